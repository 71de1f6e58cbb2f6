//! `bbbkit_callback_verifier`: verifies what a BigBlueButton server sends back (recording-ready
//! and analytics JWTs, bbb-webhooks POSTs, end-meeting callbacks), against one or more secrets.

use std::ffi::c_char;

use bbbkit_core::{CallbackVerifier, Error, JwtAlgorithm};

use crate::analytics_token::bbbkit_analytics_token;
use crate::end_callback::bbbkit_end_callback;
use crate::enums::{jwt_algorithm_from_u32, webhook_schemes_from_u32};
use crate::error::{check, clear_error, set_ffi_error, FfiRule};
use crate::recording_ready::bbbkit_recording_ready;
use crate::webhook_post::bbbkit_webhook_post;
use crate::{
    bbbkit_result, check_out, ffi_panic_boundary, free_box, read_bytes, read_cstr, read_cstr_array,
    to_boxed_mut_ptr, to_c_string, try_ffi, try_mut, try_ref, Castable,
};

/// Verifies the callbacks a BigBlueButton server sends back, each scheme with its own
/// function: recording-ready (a JWT), learning analytics (a bearer JWT), bbb-webhooks event
/// POSTs (a checksum, or a bearer secret) and end-meeting callbacks (unsigned by BBB: bbbkit
/// signs the URL itself with [`bbbkit_callback_verifier_end_callback_url`]).
///
/// A failure is one of the `BBBKIT_RESULT_CALLBACK_*` results; answer the sender
/// `bbbkit_last_error_http_status` (401), never another error status (a
/// webhook would be retried and then deleted).
///
/// **Thread-safe once set up:** call `_allow`, `_set_now` and `_set_max_size` before sharing
/// the handle; after that the verify functions may run on several threads at once.
pub struct bbbkit_callback_verifier {
    _private: [u8; 0],
}

impl Castable for bbbkit_callback_verifier {
    type RustType = CallbackVerifier;
}

/// Reads a body argument (`len` bytes, NULL when `len` is 0).
unsafe fn body<'a>(ptr: *const c_char, len: usize) -> Result<&'a [u8], bbbkit_result> {
    read_bytes(ptr, len, "body")
}

impl bbbkit_callback_verifier {
    /// Creates a callback verifier for `count` secrets, tried in order (rotation, or a
    /// Scalelite tenant's secrets); each is trimmed. Recording-ready tokens accept HS256 and
    /// analytics tokens HS512 until [`bbbkit_callback_verifier_allow`] says otherwise; the
    /// clock is the system's, the size limit 1 MiB.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_callback_verifier_free`]. The secrets are copied; they are wiped from memory
    /// when the handle is freed and never appear in a message.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` naming `secrets` (rule `required`) when `count` is 0,
    /// or `secret` when one is empty or has control characters; `BBBKIT_RESULT_NULL_PARAMETER`,
    /// `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `secrets` is NULL or an array of `count` NUL-terminated strings; `out` is NULL or
    /// writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_new(
        secrets: *const *const c_char,
        count: usize,
        out: *mut *mut bbbkit_callback_verifier,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let secrets = try_ffi!(read_cstr_array(secrets, count, "secrets"));
            try_ffi!(check_out(out, "out"));
            let verifier = try_ffi!(check(CallbackVerifier::new(secrets)));
            *out = to_boxed_mut_ptr::<bbbkit_callback_verifier>(verifier);
            clear_error()
        }
    }

    /// Accepts only the `count` JWT algorithms in `algorithms` ([`crate::bbbkit_jwt_algorithm`]
    /// values) for recording-ready and analytics tokens. `algorithms` may be NULL when `count`
    /// is 0, which allows none. Never `none`, never an asymmetric algorithm.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `algorithm`, rule `one_of`) for a value out
    /// of range, and then the verifier is unchanged; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle that no other thread uses meanwhile; `algorithms`
    /// is NULL or an array of `count` values.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_allow(
        verifier: *mut bbbkit_callback_verifier,
        algorithms: *const u32,
        count: usize,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_mut!(verifier);
            let values: &[u32] = if count == 0 {
                &[]
            } else if algorithms.is_null() {
                return set_ffi_error(
                    bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
                    "algorithms",
                    FfiRule::NotNull,
                );
            } else {
                std::slice::from_raw_parts(algorithms, count)
            };
            let allowed = try_ffi!(values
                .iter()
                .map(|&a| jwt_algorithm_from_u32(a, "algorithm"))
                .collect::<Result<Vec<JwtAlgorithm>, _>>());
            *verifier = verifier.clone().allow(&allowed);
            clear_error()
        }
    }

    /// Uses `unix_seconds` (seconds since the epoch) as the time for `exp` and `nbf` instead of
    /// the system clock: for tests, or to check a callback as of when it was received.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle that no other thread uses meanwhile.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_set_now(
        verifier: *mut bbbkit_callback_verifier,
        unix_seconds: u64,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_mut!(verifier);
            *verifier = verifier.clone().now(unix_seconds);
            clear_error()
        }
    }

    /// Sets the size limit of a body, token or URL in bytes (default 1 MiB); a larger one is
    /// refused with `BBBKIT_RESULT_CALLBACK_TOO_LARGE` before it is read.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle that no other thread uses meanwhile.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_set_max_size(
        verifier: *mut bbbkit_callback_verifier,
        bytes: usize,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_mut!(verifier);
            *verifier = verifier.clone().max_size(bytes);
            clear_error()
        }
    }

    /// Frees a callback verifier, wiping its secrets. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a handle from `bbbkit_callback_verifier_new` that is not used
    /// afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_free(
        verifier: *mut bbbkit_callback_verifier,
    ) {
        ffi_panic_boundary! {
            free_box(verifier);
        }
    }

    /// Verifies a recording-ready callback (`meta_bbb-recording-ready-url`). `body` is the POST
    /// body as received (`body_len` bytes): the form `signed_parameters=<JWT>` that BBB and
    /// Scalelite send, the JSON `{"signed_parameters": "<JWT>"}` of some load balancers, or the
    /// bare token. BBB sends one callback per playback format with the same token: act
    /// idempotently on the record ID.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_recording_ready_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_CALLBACK_*` when the callback does not verify
    /// (`bbbkit_last_error_callback_code` names why);
    /// `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `body` is NULL (only with `body_len` 0) or points
    /// to `body_len` readable bytes; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_recording_ready(
        verifier: *const bbbkit_callback_verifier,
        body: *const c_char,
        body_len: usize,
        out: *mut *mut bbbkit_recording_ready,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let body = try_ffi!(self::body(body, body_len));
            try_ffi!(check_out(out, "out"));
            let ready = try_ffi!(check(verifier.recording_ready(body).map_err(Error::from)));
            *out = to_boxed_mut_ptr::<bbbkit_recording_ready>(ready);
            clear_error()
        }
    }

    /// Verifies a learning-analytics callback's `Authorization` header value
    /// (`meta_analytics-callback-url`): `Bearer <JWT>`, HS512 unless allowed otherwise, with an
    /// `exp` that has not passed. The JSON body is **not** covered by the token: treat it as
    /// unauthenticated data from whoever holds a valid token.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_analytics_token_free`.
    ///
    /// # Errors
    ///
    /// As [`bbbkit_callback_verifier_recording_ready`]; `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `authorization` is NULL or a NUL-terminated
    /// string; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_analytics(
        verifier: *const bbbkit_callback_verifier,
        authorization: *const c_char,
        out: *mut *mut bbbkit_analytics_token,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let authorization = try_ffi!(read_cstr(authorization, "authorization"));
            try_ffi!(check_out(out, "out"));
            let token = try_ffi!(check(verifier.analytics(authorization).map_err(Error::from)));
            *out = to_boxed_mut_ptr::<bbbkit_analytics_token>(token);
            clear_error()
        }
    }

    /// Verifies a bbb-webhooks event POST signed with a checksum. `callback_url` is the URL the
    /// hook was registered with followed by the `checksum` parameter the request carried (the
    /// public URL you registered, not one rebuilt from a proxied request's host); `body` is the
    /// raw request body (`body_len` bytes). `schemes` is a bit set of
    /// [`crate::bbbkit_webhook_scheme`] values to accept: `BBBKIT_WEBHOOK_SCHEME_V3_4` for
    /// bbb-webhooks 3.4+ (the safe choice), `| BBBKIT_WEBHOOK_SCHEME_V2` for BBB 2.6/2.7,
    /// `| BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT` only while a 3.0–3.3 server cannot be upgraded
    /// (its checksum does not cover the body and can be replayed).
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_webhook_post_free`.
    ///
    /// # Errors
    ///
    /// As [`bbbkit_callback_verifier_recording_ready`]; `BBBKIT_RESULT_INVALID_PARAMETER`
    /// (parameter `schemes`, rule `one_of`) for another bit in `schemes`;
    /// `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `callback_url` is NULL or a NUL-terminated string;
    /// `body` is NULL (only with `body_len` 0) or points to `body_len` readable bytes; `out`
    /// is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_webhook(
        verifier: *const bbbkit_callback_verifier,
        callback_url: *const c_char,
        body: *const c_char,
        body_len: usize,
        schemes: u32,
        out: *mut *mut bbbkit_webhook_post,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let callback_url = try_ffi!(read_cstr(callback_url, "callback_url"));
            let body = try_ffi!(self::body(body, body_len));
            let schemes = try_ffi!(webhook_schemes_from_u32(schemes, "schemes"));
            try_ffi!(check_out(out, "out"));
            let post = try_ffi!(check(
                verifier.webhook(callback_url, body, schemes).map_err(Error::from)
            ));
            *out = to_boxed_mut_ptr::<bbbkit_webhook_post>(post);
            clear_error()
        }
    }

    /// Verifies a bbb-webhooks event POST in bearer mode (`bbb.auth2_0`): `authorization` is
    /// the `Authorization` header value, `Bearer <secret>`, compared in constant time; `body`
    /// is the raw request body (`body_len` bytes). The header carries the secret itself.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_webhook_post_free`.
    ///
    /// # Errors
    ///
    /// As [`bbbkit_callback_verifier_recording_ready`]; `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `authorization` is NULL or a NUL-terminated
    /// string; `body` is NULL (only with `body_len` 0) or points to `body_len` readable bytes;
    /// `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_webhook_bearer(
        verifier: *const bbbkit_callback_verifier,
        authorization: *const c_char,
        body: *const c_char,
        body_len: usize,
        out: *mut *mut bbbkit_webhook_post,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let authorization = try_ffi!(read_cstr(authorization, "authorization"));
            let body = try_ffi!(self::body(body, body_len));
            try_ffi!(check_out(out, "out"));
            let post = try_ffi!(check(
                verifier.webhook_bearer(authorization, body).map_err(Error::from)
            ));
            *out = to_boxed_mut_ptr::<bbbkit_webhook_post>(post);
            clear_error()
        }
    }

    /// The end-meeting callback URL to give `create` as `meta_endCallbackUrl`: `url` with
    /// `bbbkit_expires` and `bbbkit_token` (an HMAC of `meeting_id` and `expires_at`, seconds
    /// since the epoch, under the verifier's first secret) added. BBB does not sign this
    /// callback, so the token authenticates the URL, not BBB: anyone who can read the
    /// meeting's metadata sees the URL and can call it until it expires.
    ///
    /// On success `*out` receives a new string that the caller frees with
    /// `bbbkit_string_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` for a `url` that is not an absolute http(s) URL or has
    /// a fragment (parameter `url`), or an empty `meeting_id` (parameter `meetingID`);
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `url` and `meeting_id` are NULL or NUL-terminated
    /// strings; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_end_callback_url(
        verifier: *const bbbkit_callback_verifier,
        url: *const c_char,
        meeting_id: *const c_char,
        expires_at: u64,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let url = try_ffi!(read_cstr(url, "url"));
            let meeting_id = try_ffi!(read_cstr(meeting_id, "meeting_id"));
            try_ffi!(check_out(out, "out"));
            let signed = try_ffi!(check(
                verifier.end_callback_url(url, meeting_id, expires_at).map_err(Error::from)
            ));
            *out = try_ffi!(to_c_string(signed));
            clear_error()
        }
    }

    /// Verifies an end-meeting callback made from a URL of
    /// [`bbbkit_callback_verifier_end_callback_url`]: `url` is the request URL as received
    /// (BBB appends `recordingmarks` and `meetingID`).
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_end_callback_free`.
    ///
    /// # Errors
    ///
    /// As [`bbbkit_callback_verifier_recording_ready`]; `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `url` is NULL or a NUL-terminated string; `out` is
    /// NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_callback_verifier_end_callback(
        verifier: *const bbbkit_callback_verifier,
        url: *const c_char,
        out: *mut *mut bbbkit_end_callback,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let url = try_ffi!(read_cstr(url, "url"));
            try_ffi!(check_out(out, "out"));
            let ended = try_ffi!(check(verifier.end_callback(url).map_err(Error::from)));
            *out = to_boxed_mut_ptr::<bbbkit_end_callback>(ended);
            clear_error()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    use crate::bbbkit_string_free;

    fn verifier() -> *mut bbbkit_callback_verifier {
        let secrets = [c"639259d4-9dd8-4b25-bf01-95f9567eaf4b".as_ptr()];
        let mut v = null_mut();
        let r = unsafe {
            bbbkit_callback_verifier::bbbkit_callback_verifier_new(secrets.as_ptr(), 1, &mut v)
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        v
    }

    #[test]
    fn every_function_refuses_null() {
        use bbbkit_callback_verifier as V;
        let v = verifier();
        let null_code = bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER;
        unsafe {
            let mut h = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_new(null(), 1, &mut h),
                null_code
            );
            assert!(h.is_null());
            let secrets = [c"k".as_ptr()];
            assert_eq!(
                V::bbbkit_callback_verifier_new(secrets.as_ptr(), 1, null_mut()),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_new(null(), 0, &mut h),
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            assert_eq!(
                V::bbbkit_callback_verifier_allow(null_mut(), null(), 0),
                null_code
            );
            assert_eq!(V::bbbkit_callback_verifier_allow(v, null(), 1), null_code);
            assert_eq!(
                V::bbbkit_callback_verifier_set_now(null_mut(), 1),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_set_max_size(null_mut(), 1),
                null_code
            );

            let mut rr = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_recording_ready(null(), c"x".as_ptr(), 1, &mut rr),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_recording_ready(v, null(), 1, &mut rr),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_recording_ready(v, c"x".as_ptr(), 1, null_mut()),
                null_code
            );
            assert!(rr.is_null());
            let mut at = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_analytics(null(), c"x".as_ptr(), &mut at),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_analytics(v, null(), &mut at),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_analytics(v, c"x".as_ptr(), null_mut()),
                null_code
            );
            assert!(at.is_null());
            let mut wp = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_webhook(null(), c"u".as_ptr(), null(), 0, 1, &mut wp),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook(v, null(), null(), 0, 1, &mut wp),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook(v, c"u".as_ptr(), null(), 1, 1, &mut wp),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook(v, c"u".as_ptr(), null(), 0, 1, null_mut()),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook(v, c"u".as_ptr(), null(), 0, 8, &mut wp),
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook_bearer(
                    null(),
                    c"a".as_ptr(),
                    null(),
                    0,
                    &mut wp
                ),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook_bearer(v, null(), null(), 0, &mut wp),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_webhook_bearer(v, c"a".as_ptr(), null(), 0, null_mut()),
                null_code
            );
            assert!(wp.is_null());
            let mut s = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback_url(
                    null(),
                    c"https://a/b".as_ptr(),
                    c"m".as_ptr(),
                    1,
                    &mut s
                ),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback_url(v, null(), c"m".as_ptr(), 1, &mut s),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback_url(
                    v,
                    c"https://a/b".as_ptr(),
                    null(),
                    1,
                    &mut s
                ),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback_url(
                    v,
                    c"https://a/b".as_ptr(),
                    c"m".as_ptr(),
                    1,
                    null_mut()
                ),
                null_code
            );
            assert!(s.is_null());
            let mut ec = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback(null(), c"u".as_ptr(), &mut ec),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback(v, null(), &mut ec),
                null_code
            );
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback(v, c"u".as_ptr(), null_mut()),
                null_code
            );
            assert!(ec.is_null());
            V::bbbkit_callback_verifier_free(null_mut());
            V::bbbkit_callback_verifier_free(v);
        }
    }

    #[test]
    fn allow_refuses_an_unknown_algorithm_and_keeps_the_list() {
        use bbbkit_callback_verifier as V;
        let v = verifier();
        unsafe {
            // An HS512 recording-ready token is refused by default, accepted once allowed.
            let token = c"signed_parameters=eyJhbGciOiJIUzUxMiJ9.eyJtZWV0aW5nX2lkIjoibSIsInJlY29yZF9pZCI6InIifQ.AAAA";
            let mut rr = null_mut();
            let body = token.to_bytes();
            assert_eq!(
                V::bbbkit_callback_verifier_recording_ready(
                    v,
                    body.as_ptr().cast(),
                    body.len(),
                    &mut rr
                ),
                bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED
            );
            let bad = [3u32, 9];
            assert_eq!(
                V::bbbkit_callback_verifier_allow(v, bad.as_ptr(), 2),
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            assert_eq!(
                V::bbbkit_callback_verifier_recording_ready(
                    v,
                    body.as_ptr().cast(),
                    body.len(),
                    &mut rr
                ),
                bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED
            );
            let good = [1u32, 3];
            assert_eq!(
                V::bbbkit_callback_verifier_allow(v, good.as_ptr(), 2),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            assert_eq!(
                V::bbbkit_callback_verifier_recording_ready(
                    v,
                    body.as_ptr().cast(),
                    body.len(),
                    &mut rr
                ),
                bbbkit_result::BBBKIT_RESULT_CALLBACK_SIGNATURE
            );
            assert_eq!(crate::error::bbbkit_last_error_http_status(), 401);
            assert!(rr.is_null());
            // The end-callback URL round trip.
            let mut url = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_set_now(v, 1_700_000_000),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback_url(
                    v,
                    c"https://lms.example.com/ended".as_ptr(),
                    c"room".as_ptr(),
                    1_700_086_400,
                    &mut url
                ),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            let full = format!(
                "{}&recordingmarks=true&meetingID=room",
                std::ffi::CStr::from_ptr(url).to_str().unwrap()
            );
            bbbkit_string_free(url);
            let full = std::ffi::CString::new(full).unwrap();
            let mut ec = null_mut();
            assert_eq!(
                V::bbbkit_callback_verifier_end_callback(v, full.as_ptr(), &mut ec),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            assert!(
                crate::end_callback::bbbkit_end_callback::bbbkit_end_callback_recording_marks(ec)
            );
            crate::end_callback::bbbkit_end_callback::bbbkit_end_callback_free(ec);
            V::bbbkit_callback_verifier_free(v);
        }
    }
}
