//! The enums: algorithm, role, layout, guest status and message key, with their conversions.
//!
//! Functions take enum values as `uint32_t`, so a value out of range is an error code
//! (`BBBKIT_RESULT_INVALID_PARAMETER`, rule `one_of`) and never undefined behaviour.

use std::ffi::c_char;

use bbbkit_core::{Algorithm, GuestStatus, Layout, MessageKey, Role};

use crate::error::{check, clear_error, set_enum_error};
use crate::{bbbkit_result, check_out, ffi_panic_boundary, read_cstr, try_ffi};

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

/// The user's role in the meeting.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_role {
    /// `MODERATOR`.
    BBBKIT_ROLE_MODERATOR = 1,
    /// `VIEWER`.
    BBBKIT_ROLE_VIEWER = 2,
}

/// A client layout, for `enforceLayout` and `defaultLayout`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_layout {
    /// `UNIFIED_LAYOUT`.
    BBBKIT_LAYOUT_UNIFIED_LAYOUT = 1,
    /// `CUSTOM_LAYOUT`.
    BBBKIT_LAYOUT_CUSTOM_LAYOUT = 2,
    /// `SMART_LAYOUT`.
    BBBKIT_LAYOUT_SMART_LAYOUT = 3,
    /// `PRESENTATION_FOCUS`.
    BBBKIT_LAYOUT_PRESENTATION_FOCUS = 4,
    /// `VIDEO_FOCUS`.
    BBBKIT_LAYOUT_VIDEO_FOCUS = 5,
    /// `CAMERAS_ONLY`.
    BBBKIT_LAYOUT_CAMERAS_ONLY = 6,
    /// `PARTICIPANTS_AND_CHAT_ONLY` (the docs' `PARTICIPANTS_CHAT_ONLY`).
    BBBKIT_LAYOUT_PARTICIPANTS_AND_CHAT_ONLY = 7,
    /// `PRESENTATION_ONLY`.
    BBBKIT_LAYOUT_PRESENTATION_ONLY = 8,
    /// `MEDIA_ONLY`.
    BBBKIT_LAYOUT_MEDIA_ONLY = 9,
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

/// The `messageKey` of a failed call. Match on the key, never on the message.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_message_key {
    /// Any other key: read it as a string with `bbbkit_api_error_key_str`.
    BBBKIT_MESSAGE_KEY_OTHER = 0,
    /// `checksumError`: wrong secret or re-encoded URL.
    BBBKIT_MESSAGE_KEY_CHECKSUM_ERROR = 1,
    /// `meetingForciblyEnded`; also an unknown meeting on join.
    BBBKIT_MESSAGE_KEY_MEETING_FORCIBLY_ENDED = 2,
    /// `invalidMeetingIdentifier`.
    BBBKIT_MESSAGE_KEY_INVALID_MEETING_IDENTIFIER = 3,
    /// `missingParamMeetingID`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_MEETING_ID = 4,
    /// `missingParamFullName`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_FULL_NAME = 5,
    /// `sizeError`.
    BBBKIT_MESSAGE_KEY_SIZE_ERROR = 6,
    /// `validationError`.
    BBBKIT_MESSAGE_KEY_VALIDATION_ERROR = 7,
    /// `invalidPassword`.
    BBBKIT_MESSAGE_KEY_INVALID_PASSWORD = 8,
    /// `mismatchCreateTimeParam`: the meeting was recreated since the URL was made.
    BBBKIT_MESSAGE_KEY_MISMATCH_CREATE_TIME_PARAM = 9,
    /// `maxParticipantsReached`.
    BBBKIT_MESSAGE_KEY_MAX_PARTICIPANTS_REACHED = 10,
    /// `guestDeniedAccess`.
    BBBKIT_MESSAGE_KEY_GUEST_DENIED_ACCESS = 11,
    /// `Params required` (with a space).
    BBBKIT_MESSAGE_KEY_PARAMS_REQUIRED = 12,
    /// `unsupportedContentType`.
    BBBKIT_MESSAGE_KEY_UNSUPPORTED_CONTENT_TYPE = 13,
    /// `apiNotEnabled`.
    BBBKIT_MESSAGE_KEY_API_NOT_ENABLED = 14,
    /// `userNotFound`: unknown `existingUserID`.
    BBBKIT_MESSAGE_KEY_USER_NOT_FOUND = 15,
    /// `notFound`: unknown meeting on getMeetingInfo or end.
    BBBKIT_MESSAGE_KEY_NOT_FOUND = 16,
    /// `idNotUnique`.
    BBBKIT_MESSAGE_KEY_ID_NOT_UNIQUE = 17,
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
    Ok(match value {
        1 => Role::Moderator,
        2 => Role::Viewer,
        _ => return Err(set_enum_error(parameter)),
    })
}

fn role_to_c(r: Role) -> bbbkit_role {
    match r {
        Role::Moderator => bbbkit_role::BBBKIT_ROLE_MODERATOR,
        Role::Viewer => bbbkit_role::BBBKIT_ROLE_VIEWER,
    }
}

pub(crate) fn layout_from_u32(value: u32, parameter: &str) -> Result<Layout, bbbkit_result> {
    let index = (value as usize).wrapping_sub(1);
    Layout::ALL
        .get(index)
        .copied()
        .ok_or_else(|| set_enum_error(parameter))
}

fn layout_to_c(l: Layout) -> u32 {
    Layout::ALL
        .iter()
        .position(|x| *x == l)
        .map_or(0, |i| i as u32 + 1)
}

pub(crate) fn guest_status_to_c(g: &GuestStatus) -> bbbkit_guest_status {
    match g {
        GuestStatus::Allow => bbbkit_guest_status::BBBKIT_GUEST_STATUS_ALLOW,
        GuestStatus::Wait => bbbkit_guest_status::BBBKIT_GUEST_STATUS_WAIT,
        GuestStatus::Deny => bbbkit_guest_status::BBBKIT_GUEST_STATUS_DENY,
        _ => bbbkit_guest_status::BBBKIT_GUEST_STATUS_OTHER,
    }
}

pub(crate) fn message_key_to_c(k: &MessageKey) -> bbbkit_message_key {
    use bbbkit_message_key as C;
    match k {
        MessageKey::ChecksumError => C::BBBKIT_MESSAGE_KEY_CHECKSUM_ERROR,
        MessageKey::MeetingForciblyEnded => C::BBBKIT_MESSAGE_KEY_MEETING_FORCIBLY_ENDED,
        MessageKey::InvalidMeetingIdentifier => C::BBBKIT_MESSAGE_KEY_INVALID_MEETING_IDENTIFIER,
        MessageKey::MissingParamMeetingId => C::BBBKIT_MESSAGE_KEY_MISSING_PARAM_MEETING_ID,
        MessageKey::MissingParamFullName => C::BBBKIT_MESSAGE_KEY_MISSING_PARAM_FULL_NAME,
        MessageKey::SizeError => C::BBBKIT_MESSAGE_KEY_SIZE_ERROR,
        MessageKey::ValidationError => C::BBBKIT_MESSAGE_KEY_VALIDATION_ERROR,
        MessageKey::InvalidPassword => C::BBBKIT_MESSAGE_KEY_INVALID_PASSWORD,
        MessageKey::MismatchCreateTimeParam => C::BBBKIT_MESSAGE_KEY_MISMATCH_CREATE_TIME_PARAM,
        MessageKey::MaxParticipantsReached => C::BBBKIT_MESSAGE_KEY_MAX_PARTICIPANTS_REACHED,
        MessageKey::GuestDeniedAccess => C::BBBKIT_MESSAGE_KEY_GUEST_DENIED_ACCESS,
        MessageKey::ParamsRequired => C::BBBKIT_MESSAGE_KEY_PARAMS_REQUIRED,
        MessageKey::UnsupportedContentType => C::BBBKIT_MESSAGE_KEY_UNSUPPORTED_CONTENT_TYPE,
        MessageKey::ApiNotEnabled => C::BBBKIT_MESSAGE_KEY_API_NOT_ENABLED,
        MessageKey::UserNotFound => C::BBBKIT_MESSAGE_KEY_USER_NOT_FOUND,
        MessageKey::NotFound => C::BBBKIT_MESSAGE_KEY_NOT_FOUND,
        MessageKey::IdNotUnique => C::BBBKIT_MESSAGE_KEY_ID_NOT_UNIQUE,
        _ => C::BBBKIT_MESSAGE_KEY_OTHER,
    }
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

/// Parses a role: `moderator` or `viewer`, any case. Writes a [`bbbkit_role`] value to
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
        *out = role_to_c(role) as u32;
        clear_error()
    }
}

/// Parses a layout name, any case, `-` or space for `_`; the docs' `PARTICIPANTS_CHAT_ONLY`
/// is accepted. Writes a [`bbbkit_layout`] value to `*out` on success.
///
/// # Errors
///
/// `BBBKIT_RESULT_INVALID_PARAMETER` (rule `one_of`) for another name;
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
        *out = layout_to_c(layout);
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

/// The value of a [`bbbkit_role`] as sent (`"MODERATOR"`), or NULL when out of range.
/// A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_role_name(role: u32) -> *const c_char {
    ffi_panic_boundary! {
        static_name(match role {
            1 => Some("MODERATOR\0"),
            2 => Some("VIEWER\0"),
            _ => None,
        })
    }
}

/// The value of a [`bbbkit_layout`] as sent (`"VIDEO_FOCUS"`), or NULL when out of range.
/// A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_layout_name(layout: u32) -> *const c_char {
    const NAMES: [&str; 9] = [
        "UNIFIED_LAYOUT\0",
        "CUSTOM_LAYOUT\0",
        "SMART_LAYOUT\0",
        "PRESENTATION_FOCUS\0",
        "VIDEO_FOCUS\0",
        "CAMERAS_ONLY\0",
        "PARTICIPANTS_AND_CHAT_ONLY\0",
        "PRESENTATION_ONLY\0",
        "MEDIA_ONLY\0",
    ];
    ffi_panic_boundary! {
        static_name(NAMES.get((layout as usize).wrapping_sub(1)).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_names_follow_the_core() {
        for (i, l) in Layout::ALL.into_iter().enumerate() {
            let n = unsafe { std::ffi::CStr::from_ptr(bbbkit_layout_name(i as u32 + 1)) };
            assert_eq!(n.to_str().unwrap(), l.as_str());
            assert_eq!(layout_to_c(l), i as u32 + 1);
        }
        assert!(bbbkit_layout_name(0).is_null());
        assert!(bbbkit_layout_name(10).is_null());
    }

    #[test]
    fn out_of_range_enums_are_errors() {
        assert!(role_from_u32(0, "role").is_err());
        assert!(role_from_u32(3, "role").is_err());
        assert!(algorithm_from_u32(5, "algorithm").is_err());
        assert!(layout_from_u32(u32::MAX, "enforceLayout").is_err());
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
