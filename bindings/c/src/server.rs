//! `bbbkit_server`: a BBB server (API base URL, shared secret, algorithm), and `bbbkit_checksum`.

use std::ffi::c_char;

use bbbkit_core::{JoinRequest, Server};

use crate::enums::{algorithm_from_u32, algorithm_to_c};
use crate::error::{check, clear_error};
use crate::join::bbbkit_join;
use crate::verify::bbbkit_verified;
use crate::{
    bbbkit_result, bbbkit_str, check_out, ffi_panic_boundary, free_box, read_cstr, read_cstr_array,
    read_params, to_boxed_mut_ptr, to_c_string, try_ffi, try_from_ptr, try_ref, Castable,
};

/// A BigBlueButton server: its API base URL, its shared secret and the checksum algorithm.
///
/// **Thread-safe:** a server never changes after `bbbkit_server_new`; share one handle between
/// threads and call any `bbbkit_server_*` function on it concurrently. Free it once, after the
/// last use. The secret is never part of any output and is wiped from memory when freed.
pub struct bbbkit_server {
    _private: [u8; 0],
}

impl Castable for bbbkit_server {
    type RustType = Server;
}

/// The signed URL of `join` from parameters named as in the BBB API: the typed request's
/// `from_params`, expanded from the declaration like every call's, then `Server::url`.
/// (Through `ApiRequest`, as `bbbkit_server_prepare_params` goes, costs PHP's `joinUrl` 8 %:
/// each name is looked up in the call's table, then again in the typed request.)
fn join_url_from_params<'a>(
    server: &Server,
    params: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<String, bbbkit_result> {
    let request = check(JoinRequest::from_params(params).map_err(Into::into))?;
    check(server.join_url(&request))
}

impl bbbkit_server {
    /// Creates a server that signs with SHA-256.
    ///
    /// `url` may be any form people paste: `host`, `https://host`, `https://host/bigbluebutton`,
    /// `https://host/bigbluebutton/api/`, or a custom prefix ending in `/api`. A bare host means
    /// https. The secret is trimmed.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_server_free`]. On failure `*out` is left untouched.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` naming `url` (rules `required`, `http_url`,
    /// `no_credentials`, `base_url`, `control_character`) or `secret` (`required`,
    /// `control_character`); `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `url` and `secret` are NULL or NUL-terminated strings; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_new(
        url: *const c_char,
        secret: *const c_char,
        out: *mut *mut bbbkit_server,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let url = try_ffi!(read_cstr(url, "url"));
            let secret = try_ffi!(read_cstr(secret, "secret"));
            try_ffi!(check_out(out, "out"));
            let server = try_ffi!(check(Server::new(url, secret)));
            *out = to_boxed_mut_ptr::<bbbkit_server>(server);
            clear_error()
        }
    }

    /// Creates a copy of `server` that signs with `algorithm` (a [`crate::bbbkit_algorithm`]
    /// value). `server` itself is unchanged.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_server_free`].
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `algorithm`, rule `one_of`) for a value out
    /// of range; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_with_algorithm(
        server: *const bbbkit_server,
        algorithm: u32,
        out: *mut *mut bbbkit_server,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let algorithm = try_ffi!(algorithm_from_u32(algorithm, "algorithm"));
            try_ffi!(check_out(out, "out"));
            *out = to_boxed_mut_ptr::<bbbkit_server>(server.clone().with_algorithm(algorithm));
            clear_error()
        }
    }

    /// Frees a server. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a handle from `bbbkit_server_new` / `bbbkit_server_with_algorithm`
    /// that is not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_free(server: *mut bbbkit_server) {
        ffi_panic_boundary! {
            free_box(server);
        }
    }

    /// The normalised API base URL, ending in `/`, such as
    /// `https://bbb.example.com/bigbluebutton/api/`. Borrowed: valid while `server` lives.
    /// An absent string (data NULL) when `server` is NULL.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_base_url(
        server: *const bbbkit_server,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            match try_from_ptr(server) {
                Some(s) => bbbkit_str::from_str(s.base_url()),
                None => bbbkit_str::absent(),
            }
        }
    }

    /// The algorithm used for signing, a [`crate::bbbkit_algorithm`] value; 0 when `server`
    /// is NULL.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_algorithm(server: *const bbbkit_server) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(server).map_or(0, |s| algorithm_to_c(s.algorithm()) as u32)
        }
    }

    /// The signed URL of a `join` call.
    ///
    /// On success `*out` receives a new string that the caller frees with
    /// `bbbkit_string_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` naming the first join parameter, in emission order,
    /// that breaks a rule; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `server` and `join` are NULL or live handles; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_join_url(
        server: *const bbbkit_server,
        join: *const bbbkit_join,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let join = try_ref!(join);
            try_ffi!(check_out(out, "out"));
            let url = try_ffi!(check(server.join_url(join)));
            *out = try_ffi!(to_c_string(url));
            clear_error()
        }
    }

    /// The signed URL of a `join` call from a packed buffer of parameters, in one call: the
    /// same as [`crate::bbbkit_join::bbbkit_join_from_params`] followed by
    /// [`bbbkit_server_join_url`], without a handle. `params` holds `len` bytes of
    /// NUL-separated fields `name\0value\0name\0value` (optionally with a NUL after the last
    /// value), named as in the BBB API; a name that is not a typed parameter or `userdata-<key>`
    /// is sent as an extra parameter. The buffer is only read.
    ///
    /// On success `*out` receives a new string that the caller frees with
    /// `bbbkit_string_free`; on failure `*out` is left untouched.
    ///
    /// # Errors
    ///
    /// Those of `bbbkit_join_from_params` (rules `pairs`, `utf8`, `duplicate`, conversions,
    /// `reserved`), then `BBBKIT_RESULT_INVALID_PARAMETER` naming the first join parameter, in
    /// emission order, that breaks a rule; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `params` is NULL or points to `len` readable bytes;
    /// `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_join_url_params(
        server: *const bbbkit_server,
        params: *const c_char,
        len: usize,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let params = try_ffi!(read_params(params, len, "params"));
            try_ffi!(check_out(out, "out"));
            let url = try_ffi!(join_url_from_params(server, params));
            *out = try_ffi!(to_c_string(url));
            clear_error()
        }
    }

    /// The signed URL of a `join` call from a packed buffer of parameters, as
    /// [`bbbkit_server_join_url_params`], written into the caller's buffer: nothing to free,
    /// for hosts where every call across the ABI costs (PHP FFI keeps one buffer per server).
    ///
    /// On success `*url_len` receives the URL's length in bytes, without the NUL. When it is
    /// less than `cap`, `buf` holds the URL and a NUL after it; otherwise `buf` is left
    /// untouched, and a call with a buffer of at least `*url_len + 1` bytes writes it. On
    /// failure `buf` and `*url_len` are left untouched.
    ///
    /// # Errors
    ///
    /// Those of [`bbbkit_server_join_url_params`]; `BBBKIT_RESULT_NULL_PARAMETER` for a NULL
    /// `url_len`, or a NULL `buf` with a `cap` other than 0.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `params` is NULL or points to `len` readable bytes;
    /// `buf` is NULL or points to `cap` writable bytes; `url_len` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_join_url_params_into(
        server: *const bbbkit_server,
        params: *const c_char,
        len: usize,
        buf: *mut c_char,
        cap: usize,
        url_len: *mut usize,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let params = try_ffi!(read_params(params, len, "params"));
            try_ffi!(check_out(url_len, "url_len"));
            if cap > 0 {
                try_ffi!(check_out(buf, "buf"));
            }
            let url = try_ffi!(join_url_from_params(server, params));
            if url.len() < cap {
                // SAFETY: `buf` points to `cap` writable bytes, more than the URL and its NUL.
                std::ptr::copy_nonoverlapping(url.as_ptr(), buf.cast::<u8>(), url.len());
                *buf.add(url.len()) = 0;
            }
            *url_len = url.len();
            clear_error()
        }
    }

    /// The signed URL of any API call, with `count` parameters `names[i]=values[i]` in this
    /// order. `names` and `values` may be NULL when `count` is 0.
    ///
    /// On success `*out` receives a new string that the caller frees with
    /// `bbbkit_string_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` for a bad call name (rule `call_name`), an empty
    /// parameter name, control characters, or a `checksum` parameter (rule `reserved`);
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `call` is NULL or a NUL-terminated string; `names` and
    /// `values` are NULL or arrays of `count` such strings; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_api_url(
        server: *const bbbkit_server,
        call: *const c_char,
        names: *const *const c_char,
        values: *const *const c_char,
        count: usize,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let call = try_ffi!(read_cstr(call, "call"));
            let names = try_ffi!(read_cstr_array(names, count, "names"));
            let values = try_ffi!(read_cstr_array(values, count, "values"));
            try_ffi!(check_out(out, "out"));
            let url = try_ffi!(check(server.api_url(call, names.into_iter().zip(values))));
            *out = try_ffi!(to_c_string(url));
            clear_error()
        }
    }

    /// The checksum of `call` with a `query` built elsewhere (exactly as sent, without `?` and
    /// without `checksum`), with this server's secret and algorithm: lowercase hex.
    ///
    /// On success `*out` receives a new string that the caller frees with
    /// `bbbkit_string_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `call` and `query` are NULL or NUL-terminated
    /// strings; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_checksum(
        server: *const bbbkit_server,
        call: *const c_char,
        query: *const c_char,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let call = try_ffi!(read_cstr(call, "call"));
            let query = try_ffi!(read_cstr(query, "query"));
            try_ffi!(check_out(out, "out"));
            *out = try_ffi!(to_c_string(server.checksum(call, query)));
            clear_error()
        }
    }

    /// Verifies a signed query of `call` against this server's secret, with any of the four
    /// algorithms. Use a `bbbkit_verifier` for several secrets or an allow-list.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_verified_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_CHECKSUM_*` and `BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED` when the query does
    /// not verify; `BBBKIT_RESULT_INVALID_PARAMETER` for a bad call name;
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `call` and `query` are NULL or NUL-terminated
    /// strings; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_verify(
        server: *const bbbkit_server,
        call: *const c_char,
        query: *const c_char,
        out: *mut *mut bbbkit_verified,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let call = try_ffi!(read_cstr(call, "call"));
            let query = try_ffi!(read_cstr(query, "query"));
            try_ffi!(check_out(out, "out"));
            let verified = try_ffi!(check(server.verify(call, query)));
            *out = bbbkit_verified::boxed(verified);
            clear_error()
        }
    }

    /// Verifies a full signed URL (`…/api/CALL?query`), taking the call from the path.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// `bbbkit_verified_free`.
    ///
    /// # Errors
    ///
    /// As [`bbbkit_server_verify`], and `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `url`,
    /// rule `url`) for a URL without `/api/CALL`.
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `url` is NULL or a NUL-terminated string; `out` is
    /// NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_verify_url(
        server: *const bbbkit_server,
        url: *const c_char,
        out: *mut *mut bbbkit_verified,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let url = try_ffi!(read_cstr(url, "url"));
            try_ffi!(check_out(out, "out"));
            let verified = try_ffi!(check(server.verify_url(url)));
            *out = bbbkit_verified::boxed(verified);
            clear_error()
        }
    }
}

/// The checksum BigBlueButton expects: the lowercase hex digest of `call + query + secret`
/// with `algorithm` (a [`crate::bbbkit_algorithm`] value). `query` is exactly what is sent,
/// without `?` and without `checksum`.
///
/// On success `*out` receives a new string that the caller frees with `bbbkit_string_free`.
///
/// # Errors
///
/// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `algorithm`, rule `one_of`);
/// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
///
/// # Safety
///
/// `call`, `query` and `secret` are NULL or NUL-terminated strings; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_checksum(
    call: *const c_char,
    query: *const c_char,
    secret: *const c_char,
    algorithm: u32,
    out: *mut *mut c_char,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let call = try_ffi!(read_cstr(call, "call"));
        let query = try_ffi!(read_cstr(query, "query"));
        let secret = try_ffi!(read_cstr(secret, "secret"));
        let algorithm = try_ffi!(algorithm_from_u32(algorithm, "algorithm"));
        try_ffi!(check_out(out, "out"));
        *out = try_ffi!(to_c_string(bbbkit_core::checksum(call, query, secret, algorithm)));
        clear_error()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn null_arguments_are_errors_and_leave_out_untouched() {
        let mut out: *mut bbbkit_server = null_mut();
        unsafe {
            assert_eq!(
                bbbkit_server::bbbkit_server_new(null(), c"s".as_ptr(), &mut out),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_server::bbbkit_server_new(
                    c"bbb.example.com".as_ptr(),
                    c"s".as_ptr(),
                    null_mut()
                ),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert!(out.is_null());
            let mut s: *mut c_char = null_mut();
            assert_eq!(
                bbbkit_server::bbbkit_server_join_url(null(), null(), &mut s),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert!(s.is_null());
            assert!(bbbkit_server::bbbkit_server_base_url(null()).data.is_null());
            assert_eq!(bbbkit_server::bbbkit_server_algorithm(null()), 0);
            bbbkit_server::bbbkit_server_free(null_mut());
        }
    }

    #[test]
    fn invalid_utf8_is_an_error() {
        let mut out: *mut bbbkit_server = null_mut();
        let bad = [0xffu8, 0xfe, 0];
        let r = unsafe {
            bbbkit_server::bbbkit_server_new(bad.as_ptr().cast(), c"s".as_ptr(), &mut out)
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_INVALID_UTF8);
        assert!(out.is_null());
    }

    #[test]
    fn join_url_params_into_writes_the_same_url_into_the_callers_buffer() {
        let mut server = null_mut();
        unsafe {
            bbbkit_server::bbbkit_server_new(
                c"https://bbb.example.com/bigbluebutton/api/".as_ptr(),
                c"8cd8ef52e8e101574e400365b55e11a6".as_ptr(),
                &mut server,
            );
        }
        let packed = b"meetingID\0physics-101\0fullName\0Marie Curie\0role\0MODERATOR\0createTime\x001715261728123\0userID\0u-17\0userdata-bbb_show_participants_on_login\0false\0";
        let mut owned: *mut c_char = null_mut();
        let r = unsafe {
            bbbkit_server::bbbkit_server_join_url_params(
                server,
                packed.as_ptr().cast(),
                packed.len(),
                &mut owned,
            )
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        let want = unsafe { std::ffi::CStr::from_ptr(owned) }
            .to_bytes()
            .to_vec();
        unsafe { crate::bbbkit_string_free(owned) };
        let call = |buf: &mut [u8], cap: usize, len: &mut usize| unsafe {
            bbbkit_server::bbbkit_server_join_url_params_into(
                server,
                packed.as_ptr().cast(),
                packed.len(),
                if buf.is_empty() {
                    null_mut()
                } else {
                    buf.as_mut_ptr().cast()
                },
                cap,
                len,
            )
        };
        // Room for the URL and its NUL: written, NUL-terminated, length told.
        let mut buf = vec![b'x'; want.len() + 2];
        let mut len = 0usize;
        let cap = buf.len();
        assert_eq!(
            call(&mut buf, cap, &mut len),
            bbbkit_result::BBBKIT_RESULT_OK
        );
        assert_eq!(len, want.len());
        assert_eq!(&buf[..len], &want[..]);
        assert_eq!(&buf[len..], b"\0x");
        // One byte short (no room for the NUL), or no buffer: the length only, buf untouched.
        for cap in [want.len(), 0] {
            let mut buf = vec![b'x'; want.len()];
            let mut len = 0usize;
            assert_eq!(
                call(&mut buf, cap, &mut len),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            assert_eq!(len, want.len());
            assert!(buf.iter().all(|&b| b == b'x'));
        }
        let mut len = 0usize;
        assert_eq!(call(&mut [], 0, &mut len), bbbkit_result::BBBKIT_RESULT_OK);
        assert_eq!(len, want.len());
        // A NULL buffer with a capacity, a NULL length, or a bad request: nothing written.
        let mut len = 7usize;
        let r = unsafe {
            bbbkit_server::bbbkit_server_join_url_params_into(
                server,
                packed.as_ptr().cast(),
                packed.len(),
                null_mut(),
                10,
                &mut len,
            )
        };
        assert_eq!((r, len), (bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER, 7));
        let mut buf = vec![b'x'; 8];
        let r = unsafe {
            bbbkit_server::bbbkit_server_join_url_params_into(
                server,
                packed.as_ptr().cast(),
                packed.len(),
                buf.as_mut_ptr().cast(),
                8,
                null_mut(),
            )
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        let bad = b"meetingID\0a,b\0fullName\0Ada\0role\0viewer";
        let r = unsafe {
            bbbkit_server::bbbkit_server_join_url_params_into(
                server,
                bad.as_ptr().cast(),
                bad.len(),
                buf.as_mut_ptr().cast(),
                8,
                &mut len,
            )
        };
        assert_eq!(
            (r, len),
            (bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER, 7)
        );
        assert!(buf.iter().all(|&b| b == b'x'));
        unsafe { bbbkit_server::bbbkit_server_free(server) };
    }

    #[test]
    fn join_url_params_signs_in_one_call_and_leaves_out_untouched_on_failure() {
        let mut server = null_mut();
        unsafe {
            bbbkit_server::bbbkit_server_new(
                c"https://bbb.example.com/bigbluebutton/api/".as_ptr(),
                c"8cd8ef52e8e101574e400365b55e11a6".as_ptr(),
                &mut server,
            );
        }
        let buf = b"meetingID\0physics-101\0fullName\0Marie Curie\0role\0MODERATOR\0createTime\x001715261728123\0userID\0u-17\0userdata-bbb_show_participants_on_login\0false\0";
        let mut url: *mut c_char = null_mut();
        let r = unsafe {
            bbbkit_server::bbbkit_server_join_url_params(
                server,
                buf.as_ptr().cast(),
                buf.len(),
                &mut url,
            )
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        // The URL of the benchmark's request, checked there against PHP's http_build_query + hash.
        let got = unsafe { std::ffi::CStr::from_ptr(url) }
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            got,
            "https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101&fullName=Marie+Curie&role=MODERATOR&createTime=1715261728123&userID=u-17&userdata-bbb_show_participants_on_login=false&checksum=48f0cfebd06d565c2351611041b68d6e7f9d3ed694c62f3ee39b5dd4389ea51f"
        );
        unsafe { crate::bbbkit_string_free(url) };

        let sentinel = 8usize as *mut c_char;
        for (buf, code) in [
            (
                &b"meetingID\0a,b\0fullName\0Ada\0role\0viewer"[..],
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
            ),
            (
                &b"meetingID\0room\0fullName"[..],
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
            ),
            (
                &b"meetingID\0r\xffoom"[..],
                bbbkit_result::BBBKIT_RESULT_INVALID_UTF8,
            ),
        ] {
            let mut out = sentinel;
            let r = unsafe {
                bbbkit_server::bbbkit_server_join_url_params(
                    server,
                    buf.as_ptr().cast(),
                    buf.len(),
                    &mut out,
                )
            };
            assert_eq!((r, out), (code, sentinel));
        }
        let mut out = sentinel;
        unsafe {
            assert_eq!(
                bbbkit_server::bbbkit_server_join_url_params(
                    null(),
                    buf.as_ptr().cast(),
                    buf.len(),
                    &mut out
                ),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_server::bbbkit_server_join_url_params(server, null(), 1, &mut out),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_server::bbbkit_server_join_url_params(
                    server,
                    buf.as_ptr().cast(),
                    buf.len(),
                    null_mut()
                ),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            bbbkit_server::bbbkit_server_free(server);
        }
        assert_eq!(out, sentinel);
    }
}
