//! The enums: algorithm, role, layout, guest status, message key, API error kind, JWT
//! algorithm and webhook scheme, with their conversions.
//!
//! Functions take enum values as `uint32_t`, so a value out of range is an error code
//! (`BBBKIT_RESULT_INVALID_PARAMETER`, rule `one_of`) and never undefined behaviour.
//!
//! Role, layout, message key, API error kind and JWT algorithm are the core's tables: their C enums are
//! written out in `generated.rs` (cbindgen reads only written-out Rust), and every conversion
//! here goes through the core's `code()` / `from_code()` and spellings.

use std::ffi::c_char;

use bbbkit_core::{
    Algorithm, ApiErrorKind, Feature, GuestPolicy, GuestStatus, JwtAlgorithm, Layout, MessageKey,
    RecordingState, Role, TextTrackKind, WebhookScheme, WebhookSchemes,
};

use crate::cstr::{c_strings, column};
use crate::error::{check, clear_error, set_enum_error};
use crate::{bbbkit_result, bbbkit_str, check_out, ffi_panic_boundary, read_cstr, try_ffi};

/// A checksum algorithm. SHA-256 is the default.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_algorithm {
    /// SHA-1: 40 hex digits.
    BBBKIT_ALGORITHM_SHA1 = 1,
    /// SHA-256: 64 hex digits, the default.
    BBBKIT_ALGORITHM_SHA256 = 2,
    /// SHA-384: 96 hex digits.
    BBBKIT_ALGORITHM_SHA384 = 3,
    /// SHA-512: 128 hex digits.
    BBBKIT_ALGORITHM_SHA512 = 4,
}

/// The guest status of a join answer.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_guest_status {
    /// `ALLOW`: the user may enter.
    BBBKIT_GUEST_STATUS_ALLOW = 1,
    /// `WAIT`: the user waits in the guest lobby.
    BBBKIT_GUEST_STATUS_WAIT = 2,
    /// `DENY`: the user was refused.
    BBBKIT_GUEST_STATUS_DENY = 3,
    /// Any other value: read it with `bbbkit_joined_guest_status_str`.
    BBBKIT_GUEST_STATUS_OTHER = 99,
}

/// A bbb-webhooks signing scheme. As a result (`bbbkit_webhook_post_scheme`), the scheme that
/// matched; as the `schemes` argument of `bbbkit_callback_verifier_webhook`, a bit set of the
/// schemes to accept (`BBBKIT_WEBHOOK_SCHEME_V3_4` alone is the default and the safe choice).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_webhook_scheme {
    /// `v3.4`: bbb-webhooks 3.4+, a checksum over the callback URL, the raw body and the secret.
    BBBKIT_WEBHOOK_SCHEME_V3_4 = 1,
    /// `v2`: bbb-webhooks 2.x (BBB 2.6, 2.7), a checksum over the URL and the fields as JSON.
    BBBKIT_WEBHOOK_SCHEME_V2 = 2,
    /// `v3.0-constant`: bbb-webhooks 3.0–3.3, a checksum of the URL alone, the same for every
    /// event. It authenticates nothing about the body and can be replayed: accept it only
    /// while the server cannot be upgraded.
    BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT = 4,
    /// `bearer`: `Authorization: Bearer <secret>` (`bbbkit_callback_verifier_webhook_bearer`);
    /// a result only, not a bit of `schemes`.
    BBBKIT_WEBHOOK_SCHEME_BEARER = 8,
}

/// The C value of a scheme that matched: bit `i` for the core's `WebhookScheme::ALL[i]`
/// (1, 2, 4, 8); 0 for a scheme newer than this layer.
pub(crate) fn webhook_scheme_to_c(s: WebhookScheme) -> u32 {
    WebhookScheme::ALL
        .iter()
        .position(|x| *x == s)
        .map_or(0, |i| 1 << i)
}

/// The schemes of a `schemes` bit set (the v3.4, v2 and v3.0-constant bits).
pub(crate) fn webhook_schemes_from_u32(
    bits: u32,
    parameter: &str,
) -> Result<WebhookSchemes, bbbkit_result> {
    let known = bbbkit_webhook_scheme::BBBKIT_WEBHOOK_SCHEME_V3_4 as u32
        | bbbkit_webhook_scheme::BBBKIT_WEBHOOK_SCHEME_V2 as u32
        | bbbkit_webhook_scheme::BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT as u32;
    if bits & !known != 0 {
        return Err(set_enum_error(parameter));
    }
    let mut schemes = WebhookSchemes::default();
    schemes.v3_4 = bits & bbbkit_webhook_scheme::BBBKIT_WEBHOOK_SCHEME_V3_4 as u32 != 0;
    if bits & bbbkit_webhook_scheme::BBBKIT_WEBHOOK_SCHEME_V2 as u32 != 0 {
        schemes = schemes.with_v2();
    }
    if bits & bbbkit_webhook_scheme::BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT as u32 != 0 {
        schemes = schemes.with_replayable_v3_0_constant();
    }
    Ok(schemes)
}

/// The C value of a JWT algorithm: the core's `code()`.
pub(crate) fn jwt_algorithm_code(a: JwtAlgorithm) -> u32 {
    a.code()
}

pub(crate) fn jwt_algorithm_from_u32(
    value: u32,
    parameter: &str,
) -> Result<JwtAlgorithm, bbbkit_result> {
    JwtAlgorithm::from_code(value).ok_or_else(|| set_enum_error(parameter))
}

pub(crate) fn algorithm_from_u32(value: u32, parameter: &str) -> Result<Algorithm, bbbkit_result> {
    Ok(match value {
        1 => Algorithm::Sha1,
        2 => Algorithm::Sha256,
        3 => Algorithm::Sha384,
        4 => Algorithm::Sha512,
        _ => return Err(set_enum_error(parameter)),
    })
}

pub(crate) fn algorithm_to_c(a: Algorithm) -> bbbkit_algorithm {
    match a {
        Algorithm::Sha1 => bbbkit_algorithm::BBBKIT_ALGORITHM_SHA1,
        Algorithm::Sha256 => bbbkit_algorithm::BBBKIT_ALGORITHM_SHA256,
        Algorithm::Sha384 => bbbkit_algorithm::BBBKIT_ALGORITHM_SHA384,
        Algorithm::Sha512 => bbbkit_algorithm::BBBKIT_ALGORITHM_SHA512,
    }
}

pub(crate) fn role_from_u32(value: u32, parameter: &str) -> Result<Role, bbbkit_result> {
    Role::from_code(value).ok_or_else(|| set_enum_error(parameter))
}

pub(crate) fn guest_status_to_c(g: &GuestStatus) -> bbbkit_guest_status {
    match g {
        GuestStatus::Allow => bbbkit_guest_status::BBBKIT_GUEST_STATUS_ALLOW,
        GuestStatus::Wait => bbbkit_guest_status::BBBKIT_GUEST_STATUS_WAIT,
        GuestStatus::Deny => bbbkit_guest_status::BBBKIT_GUEST_STATUS_DENY,
        _ => bbbkit_guest_status::BBBKIT_GUEST_STATUS_OTHER,
    }
}

/// The known message key with this code, if any (0, `OTHER`, is none).
pub(crate) fn message_key_from_code(code: u32) -> Option<&'static MessageKey> {
    MessageKey::KNOWN.iter().find(|k| k.code() == code)
}

/// Parses an algorithm name: `sha1`, `sha256`, `sha384` or `sha512`, any case, with or without
/// a dash (`SHA-256`). Writes a [`bbbkit_algorithm`] value to `*out` on success.
///
/// # Errors
///
/// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `algorithm`, rule `one_of`) for another name;
/// `BBBKIT_RESULT_NULL_PARAMETER` or `BBBKIT_RESULT_INVALID_UTF8` for a bad argument.
///
/// # Safety
///
/// `name` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_algorithm_from_str(
    name: *const c_char,
    out: *mut u32,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let name = try_ffi!(read_cstr(name, "name"));
        try_ffi!(check_out(out, "out"));
        let alg = try_ffi!(check(name.parse::<Algorithm>().map_err(Into::into)));
        *out = algorithm_to_c(alg) as u32;
        clear_error()
    }
}

/// Parses a role, any case (`moderator`, `viewer`). Writes a [`crate::bbbkit_role`] value to
/// `*out` on success.
///
/// # Errors
///
/// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `role`, rule `one_of`) for another name;
/// `BBBKIT_RESULT_NULL_PARAMETER` or `BBBKIT_RESULT_INVALID_UTF8` for a bad argument.
///
/// # Safety
///
/// `name` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_role_from_str(name: *const c_char, out: *mut u32) -> bbbkit_result {
    ffi_panic_boundary! {
        let name = try_ffi!(read_cstr(name, "name"));
        try_ffi!(check_out(out, "out"));
        let role = try_ffi!(check(name.parse::<Role>().map_err(Into::into)));
        *out = role.code();
        clear_error()
    }
}

/// Parses a layout name, any case, `-` or space for `_`; the docs' `PARTICIPANTS_CHAT_ONLY`
/// is accepted. Writes a [`crate::bbbkit_layout`] value to `*out` on success.
///
/// # Errors
///
/// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `layout`, rule `one_of`) for another name: a
/// join request names the parameter instead (`bbbkit_join_set`);
/// `BBBKIT_RESULT_NULL_PARAMETER` or `BBBKIT_RESULT_INVALID_UTF8` for a bad argument.
///
/// # Safety
///
/// `name` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_layout_from_str(
    name: *const c_char,
    out: *mut u32,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let name = try_ffi!(read_cstr(name, "name"));
        try_ffi!(check_out(out, "out"));
        let layout = try_ffi!(check(name.parse::<Layout>().map_err(Into::into)));
        *out = layout.code();
        clear_error()
    }
}

/// Parses a JWT algorithm name as in a token's `alg` header, any case (`HS256`, `hs512`).
/// Writes a [`crate::bbbkit_jwt_algorithm`] value to `*out` on success.
///
/// # Errors
///
/// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `algorithm`, rule `one_of`) for another name,
/// such as `none` or `RS256`; `BBBKIT_RESULT_NULL_PARAMETER` or `BBBKIT_RESULT_INVALID_UTF8`
/// for a bad argument.
///
/// # Safety
///
/// `name` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_jwt_algorithm_from_str(
    name: *const c_char,
    out: *mut u32,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let name = try_ffi!(read_cstr(name, "name"));
        try_ffi!(check_out(out, "out"));
        let Some(alg) = JwtAlgorithm::ALL.into_iter().find(|a| a.as_str().eq_ignore_ascii_case(name)) else {
            return set_enum_error("algorithm");
        };
        *out = jwt_algorithm_code(alg);
        clear_error()
    }
}

fn static_name(s: Option<&'static str>) -> *const c_char {
    s.map_or(std::ptr::null(), |s| s.as_ptr().cast())
}

/// The name of a [`bbbkit_algorithm`] value (`"sha256"`), or NULL when out of range.
/// A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_algorithm_name(algorithm: u32) -> *const c_char {
    ffi_panic_boundary! {
        static_name(match algorithm {
            1 => Some("sha1\0"),
            2 => Some("sha256\0"),
            3 => Some("sha384\0"),
            4 => Some("sha512\0"),
            _ => None,
        })
    }
}

/// The `alg` spelling of a [`crate::bbbkit_jwt_algorithm`] value (`"HS256"`), or NULL when out
/// of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_jwt_algorithm_name(algorithm: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(JwtAlgorithm::ALL, |a| a.as_str()));
        names.get((algorithm as usize).wrapping_sub(1))
    }
}

/// The name of one [`bbbkit_webhook_scheme`] value: `"v3.4"`, `"v2"`, `"v3.0-constant"`,
/// `"bearer"` (the core's `WebhookScheme::as_str`), or NULL for any other value (0, a
/// combination of bits). A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_webhook_scheme_name(scheme: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(WebhookScheme::ALL, |s| s.as_str()));
        if scheme.is_power_of_two() {
            names.get(scheme.trailing_zeros() as usize)
        } else {
            std::ptr::null()
        }
    }
}

/// The value of a [`crate::bbbkit_role`] as sent (`"MODERATOR"`), or NULL when out of range.
/// A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_role_name(role: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(Role::ALL, |r| r.as_str()));
        names.get(Role::ALL.iter().position(|r| r.code() == role).unwrap_or(usize::MAX))
    }
}

/// The value of a [`crate::bbbkit_layout`] as sent (`"VIDEO_FOCUS"`), or NULL when out of
/// range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_layout_name(layout: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(Layout::ALL, |l| l.as_str()));
        names.get(Layout::ALL.iter().position(|l| l.code() == layout).unwrap_or(usize::MAX))
    }
}

/// The key of a [`crate::bbbkit_message_key`] value exactly as the server spells it
/// (`checksumError`, `Params required`; empty for `BBBKIT_MESSAGE_KEY_NO_KEY`), absent for
/// `BBBKIT_MESSAGE_KEY_OTHER` and values out of range. Static, not NUL-terminated, as
/// `bbbkit_api_error_key_str`.
#[no_mangle]
pub extern "C" fn bbbkit_message_key_name(key: u32) -> bbbkit_str<'static> {
    ffi_panic_boundary! {
        bbbkit_str::from_opt(message_key_from_code(key).map(MessageKey::as_str))
    }
}

/// What a [`crate::bbbkit_message_key`] value means for the application, whatever the call:
/// its [`crate::bbbkit_api_error_kind`] value. `BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR` for
/// `BBBKIT_MESSAGE_KEY_OTHER` and values out of range. A parsed error's kind is read for the
/// call it answered (`bbbkit_api_error_get_kind`: `notFound` on publish, delete or update is
/// `BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND`).
#[no_mangle]
pub extern "C" fn bbbkit_message_key_kind(key: u32) -> u32 {
    ffi_panic_boundary! {
        message_key_from_code(key).map_or(ApiErrorKind::UnknownApiError, MessageKey::kind).code()
    }
}

/// The name of a [`crate::bbbkit_api_error_kind`] value, such as `"meeting_not_found"` or
/// `"create_time_mismatch"` (a stable, language-neutral name: the PHP exception class is its
/// PascalCase plus `Exception`), or NULL when out of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_api_error_kind_name(kind: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(ApiErrorKind::ALL, |k| k.as_str()));
        names.get(ApiErrorKind::ALL.iter().position(|k| k.code() == kind).unwrap_or(usize::MAX))
    }
}

/// The value of a [`crate::bbbkit_guest_policy`] as sent (`"ASK_MODERATOR"`), or NULL when
/// out of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_guest_policy_name(policy: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(GuestPolicy::ALL, |v| v.as_str()));
        names.get(GuestPolicy::ALL.iter().position(|v| v.code() == policy).unwrap_or(usize::MAX))
    }
}

/// The value of a [`crate::bbbkit_recording_state`] as sent (`"published"`), or NULL when out
/// of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_recording_state_name(state: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(RecordingState::ALL, |v| v.as_str()));
        names.get(RecordingState::ALL.iter().position(|v| v.code() == state).unwrap_or(usize::MAX))
    }
}

/// The value of a [`crate::bbbkit_text_track_kind`] as sent (`"captions"`), or NULL when out
/// of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_text_track_kind_name(kind: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(TextTrackKind::ALL, |v| v.as_str()));
        names.get(TextTrackKind::ALL.iter().position(|v| v.code() == kind).unwrap_or(usize::MAX))
    }
}

/// The value of a [`crate::bbbkit_feature`] as sent (`"sharedNotes"`), or NULL when out of
/// range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_feature_name(feature: u32) -> *const c_char {
    ffi_panic_boundary! {
        let names = c_strings!(column!(Feature::ALL, |v| v.as_str()));
        names.get(Feature::ALL.iter().position(|v| v.code() == feature).unwrap_or(usize::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn text(p: *const c_char) -> &'static str {
        assert!(!p.is_null());
        unsafe { CStr::from_ptr(p) }.to_str().unwrap()
    }

    #[test]
    fn names_follow_the_cores_tables() {
        for l in Layout::ALL {
            assert_eq!(text(bbbkit_layout_name(l.code())), l.as_str());
        }
        for r in Role::ALL {
            assert_eq!(text(bbbkit_role_name(r.code())), r.as_str());
        }
        for k in MessageKey::KNOWN {
            let name = bbbkit_message_key_name(k.code());
            let name = unsafe { std::slice::from_raw_parts(name.data, name.len) };
            assert_eq!(name, k.as_str().as_bytes());
            assert_eq!(bbbkit_message_key_kind(k.code()), k.kind().code());
        }
        for k in ApiErrorKind::ALL {
            assert_eq!(text(bbbkit_api_error_kind_name(k.code())), k.as_str());
        }
        for v in GuestPolicy::ALL {
            assert_eq!(text(bbbkit_guest_policy_name(v.code())), v.as_str());
        }
        for v in RecordingState::ALL {
            assert_eq!(text(bbbkit_recording_state_name(v.code())), v.as_str());
        }
        for v in TextTrackKind::ALL {
            assert_eq!(text(bbbkit_text_track_kind_name(v.code())), v.as_str());
        }
        for v in Feature::ALL {
            assert_eq!(text(bbbkit_feature_name(v.code())), v.as_str());
        }
        assert!(bbbkit_guest_policy_name(0).is_null());
        assert!(bbbkit_feature_name(Feature::ALL.len() as u32 + 1).is_null());
        assert!(bbbkit_layout_name(0).is_null());
        assert!(bbbkit_layout_name(Layout::ALL.len() as u32 + 1).is_null());
        assert!(bbbkit_message_key_name(0).data.is_null());
        assert!(bbbkit_message_key_name(u32::MAX).data.is_null());
        assert_eq!(
            bbbkit_message_key_kind(0),
            ApiErrorKind::UnknownApiError.code()
        );
        assert!(bbbkit_api_error_kind_name(u32::MAX).is_null());
    }

    #[test]
    fn jwt_algorithms_and_webhook_schemes_follow_the_core() {
        for a in JwtAlgorithm::ALL {
            let code = jwt_algorithm_code(a);
            assert_eq!(text(bbbkit_jwt_algorithm_name(code)), a.as_str());
            assert_eq!(jwt_algorithm_from_u32(code, "a").unwrap(), a);
            let name = std::ffi::CString::new(a.as_str().to_ascii_lowercase()).unwrap();
            let mut out = 0;
            let r = unsafe { bbbkit_jwt_algorithm_from_str(name.as_ptr(), &mut out) };
            assert_eq!((r, out), (bbbkit_result::BBBKIT_RESULT_OK, code));
        }
        assert!(bbbkit_jwt_algorithm_name(0).is_null());
        assert!(bbbkit_jwt_algorithm_name(4).is_null());
        assert!(jwt_algorithm_from_u32(0, "a").is_err());
        let mut out = 7;
        let r = unsafe { bbbkit_jwt_algorithm_from_str(c"none".as_ptr(), &mut out) };
        assert_eq!(
            (r, out),
            (bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER, 7)
        );
        let r = unsafe { bbbkit_jwt_algorithm_from_str(std::ptr::null(), &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        for s in WebhookScheme::ALL {
            assert_eq!(
                text(bbbkit_webhook_scheme_name(webhook_scheme_to_c(s))),
                s.as_str()
            );
        }
        assert!(bbbkit_webhook_scheme_name(0).is_null());
        assert!(bbbkit_webhook_scheme_name(3).is_null());
        assert!(bbbkit_webhook_scheme_name(16).is_null());
        assert_eq!(
            webhook_schemes_from_u32(1, "s").unwrap(),
            WebhookSchemes::default()
        );
        let all = webhook_schemes_from_u32(7, "s").unwrap();
        assert!(all.v3_4 && all.v2 && all.v3_0_constant_replayable);
        assert!(!webhook_schemes_from_u32(2, "s").unwrap().v3_4);
        assert!(webhook_schemes_from_u32(8, "s").is_err());
    }

    #[test]
    fn out_of_range_enums_are_errors() {
        assert!(role_from_u32(0, "role").is_err());
        assert!(role_from_u32(3, "role").is_err());
        assert!(algorithm_from_u32(5, "algorithm").is_err());
        assert!(bbbkit_algorithm_name(0).is_null());
        assert!(bbbkit_role_name(7).is_null());
    }

    #[test]
    fn from_str_rejects_null() {
        let mut out = 0u32;
        let r = unsafe { bbbkit_role_from_str(std::ptr::null(), &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        let r = unsafe { bbbkit_role_from_str(c"viewer".as_ptr(), std::ptr::null_mut()) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        assert_eq!(out, 0);
    }
}
