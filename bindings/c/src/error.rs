//! Result codes and the last error of this thread.

use std::cell::RefCell;
use std::ffi::{c_char, CString};

use bbbkit_core::{ApiError, Error, VerifyError};

use crate::{ffi_panic_boundary, parse::bbbkit_api_error};

/// The outcome of every fallible bbbkit function.
///
/// Codes are grouped by hundreds and never reused; success is not 0. After a failure,
/// [`bbbkit_last_error_message`] and its siblings give the details.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_result {
    /// Success.
    BBBKIT_RESULT_OK = 7000,
    /// A panic inside bbbkit was caught: a bug in bbbkit, please report it.
    BBBKIT_RESULT_PANIC = 7001,
    /// A pointer argument was NULL. [`bbbkit_last_error_parameter`] names it.
    BBBKIT_RESULT_NULL_PARAMETER = 7002,
    /// A string argument was not valid UTF-8. [`bbbkit_last_error_parameter`] names it.
    BBBKIT_RESULT_INVALID_UTF8 = 7003,
    /// Input refused before anything was signed, or an enum value out of range:
    /// [`bbbkit_last_error_parameter`] and [`bbbkit_last_error_rule`] say which and why.
    BBBKIT_RESULT_INVALID_PARAMETER = 7100,
    /// Verification: the query has no checksum.
    BBBKIT_RESULT_CHECKSUM_MISSING = 7200,
    /// Verification: the query carries two checksums.
    BBBKIT_RESULT_CHECKSUM_DUPLICATE = 7201,
    /// Verification: the checksum is not lowercase or uppercase hex.
    BBBKIT_RESULT_CHECKSUM_MALFORMED = 7202,
    /// Verification: the checksum's length matches no algorithm.
    BBBKIT_RESULT_CHECKSUM_LENGTH = 7203,
    /// Verification: the checksum's algorithm is not in the allow-list.
    BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED = 7204,
    /// Verification: the checksum does not match.
    BBBKIT_RESULT_CHECKSUM_MISMATCH = 7205,
    /// The bytes are not a BigBlueButton response: [`bbbkit_last_error_parse_code`] says why.
    BBBKIT_RESULT_PARSE = 7300,
    /// The server answered FAILED: [`bbbkit_last_api_error`] holds its key and message.
    BBBKIT_RESULT_API = 7400,
}

impl bbbkit_result {
    const ALL: [bbbkit_result; 13] = [
        bbbkit_result::BBBKIT_RESULT_OK,
        bbbkit_result::BBBKIT_RESULT_PANIC,
        bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
        bbbkit_result::BBBKIT_RESULT_INVALID_UTF8,
        bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
        bbbkit_result::BBBKIT_RESULT_CHECKSUM_MISSING,
        bbbkit_result::BBBKIT_RESULT_CHECKSUM_DUPLICATE,
        bbbkit_result::BBBKIT_RESULT_CHECKSUM_MALFORMED,
        bbbkit_result::BBBKIT_RESULT_CHECKSUM_LENGTH,
        bbbkit_result::BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED,
        bbbkit_result::BBBKIT_RESULT_CHECKSUM_MISMATCH,
        bbbkit_result::BBBKIT_RESULT_PARSE,
        bbbkit_result::BBBKIT_RESULT_API,
    ];

    /// The code for a raw value; an unknown value is "invalid parameter".
    pub(crate) fn from_u32(value: u32) -> bbbkit_result {
        Self::ALL
            .into_iter()
            .find(|r| *r as u32 == value)
            .unwrap_or(bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER)
    }

    fn message(self) -> &'static str {
        match self {
            bbbkit_result::BBBKIT_RESULT_OK => "success\0",
            bbbkit_result::BBBKIT_RESULT_PANIC => "a panic inside bbbkit was caught (a bug)\0",
            bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER => "a pointer argument was NULL\0",
            bbbkit_result::BBBKIT_RESULT_INVALID_UTF8 => "a string argument is not valid UTF-8\0",
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER => "invalid parameter\0",
            bbbkit_result::BBBKIT_RESULT_CHECKSUM_MISSING => "the query has no checksum\0",
            bbbkit_result::BBBKIT_RESULT_CHECKSUM_DUPLICATE => "the query has two checksums\0",
            bbbkit_result::BBBKIT_RESULT_CHECKSUM_MALFORMED => "the checksum is not hex\0",
            bbbkit_result::BBBKIT_RESULT_CHECKSUM_LENGTH => {
                "the checksum's length matches no algorithm\0"
            }
            bbbkit_result::BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED => {
                "the checksum's algorithm is not allowed\0"
            }
            bbbkit_result::BBBKIT_RESULT_CHECKSUM_MISMATCH => "the checksum does not match\0",
            bbbkit_result::BBBKIT_RESULT_PARSE => "not a BigBlueButton response\0",
            bbbkit_result::BBBKIT_RESULT_API => "BigBlueButton answered FAILED\0",
        }
    }

    fn from_verify(e: &VerifyError) -> bbbkit_result {
        match e {
            VerifyError::MissingChecksum => bbbkit_result::BBBKIT_RESULT_CHECKSUM_MISSING,
            VerifyError::DuplicateChecksum => bbbkit_result::BBBKIT_RESULT_CHECKSUM_DUPLICATE,
            VerifyError::MalformedChecksum => bbbkit_result::BBBKIT_RESULT_CHECKSUM_MALFORMED,
            VerifyError::UnknownLength(_) => bbbkit_result::BBBKIT_RESULT_CHECKSUM_LENGTH,
            VerifyError::AlgorithmNotAllowed(_) => {
                bbbkit_result::BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED
            }
            // `Mismatch` and any later variant: the checksum did not verify.
            _ => bbbkit_result::BBBKIT_RESULT_CHECKSUM_MISMATCH,
        }
    }
}

/// The rule a C-level argument broke (NULL, bad UTF-8, an enum value out of range).
#[derive(Clone, Copy)]
pub(crate) enum FfiRule {
    NotNull,
    Utf8,
    OneOf,
    Pairs,
}

impl FfiRule {
    fn code(self) -> &'static str {
        match self {
            FfiRule::NotNull => "not_null",
            FfiRule::Utf8 => "utf8",
            FfiRule::OneOf => "one_of",
            FfiRule::Pairs => "pairs",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            FfiRule::NotNull => "must not be NULL",
            FfiRule::Utf8 => "must be valid UTF-8",
            FfiRule::OneOf => "is not a value of its enum",
            FfiRule::Pairs => {
                "must be NUL-separated name/value pairs (`name\\0value\\0…`): an even number of fields"
            }
        }
    }
}

/// The details of the last failure on this thread.
struct LastError {
    message: CString,
    parameter: Option<CString>,
    rule: Option<CString>,
    parse_code: Option<CString>,
    verify_code: Option<CString>,
    api: Option<ApiError>,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<LastError>> = const { RefCell::new(None) };
}

/// A C string from text that may hold NUL bytes (shown as U+FFFD).
fn c_text(s: &str) -> CString {
    CString::new(s.replace('\0', "\u{fffd}")).unwrap_or_default()
}

fn store(last: LastError) {
    LAST_ERROR.with(|cell| *cell.borrow_mut() = Some(last));
}

/// Forgets the last error: called by every function that returns a result, on success.
pub(crate) fn clear_error() -> bbbkit_result {
    LAST_ERROR.with(|cell| cell.borrow_mut().take());
    bbbkit_result::BBBKIT_RESULT_OK
}

/// Records a C-level argument error and returns its code.
pub(crate) fn set_ffi_error(code: bbbkit_result, parameter: &str, rule: FfiRule) -> bbbkit_result {
    set_ffi_error_in(code, parameter, rule, "")
}

/// Like [`set_ffi_error`], with a note on where in the argument the rule is broken (appended to
/// the message, such as ` (field 3, a name)`).
pub(crate) fn set_ffi_error_in(
    code: bbbkit_result,
    parameter: &str,
    rule: FfiRule,
    note: &str,
) -> bbbkit_result {
    store(LastError {
        message: c_text(&format!(
            "invalid argument `{parameter}`: {}{note}",
            rule.describe()
        )),
        parameter: Some(c_text(parameter)),
        rule: Some(c_text(rule.code())),
        parse_code: None,
        verify_code: None,
        api: None,
    });
    code
}

/// Records an enum value out of range and returns `BBBKIT_RESULT_INVALID_PARAMETER`.
pub(crate) fn set_enum_error(parameter: &str) -> bbbkit_result {
    set_ffi_error(
        bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
        parameter,
        FfiRule::OneOf,
    )
}

/// Records a core error and returns its code.
pub(crate) fn set_error(error: Error) -> bbbkit_result {
    let message = c_text(&error.to_string());
    let (code, last) = match error {
        Error::InvalidParameter(e) => (
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
            LastError {
                message,
                parameter: Some(c_text(e.parameter())),
                rule: Some(c_text(e.rule().code())),
                parse_code: None,
                verify_code: None,
                api: None,
            },
        ),
        Error::Verify(e) => (
            bbbkit_result::from_verify(&e),
            LastError {
                message,
                parameter: None,
                rule: None,
                parse_code: None,
                verify_code: Some(c_text(e.code())),
                api: None,
            },
        ),
        Error::Parse(e) => (
            bbbkit_result::BBBKIT_RESULT_PARSE,
            LastError {
                message,
                parameter: None,
                rule: None,
                parse_code: Some(c_text(e.code())),
                verify_code: None,
                api: None,
            },
        ),
        Error::Api(e) => (
            bbbkit_result::BBBKIT_RESULT_API,
            LastError {
                message,
                parameter: None,
                rule: None,
                parse_code: None,
                verify_code: None,
                api: Some(e),
            },
        ),
        // A kind of error newer than this layer: keep its message.
        other => (
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
            LastError {
                message: c_text(&other.to_string()),
                parameter: None,
                rule: None,
                parse_code: None,
                verify_code: None,
                api: None,
            },
        ),
    };
    store(last);
    code
}

/// Records a caught panic and returns its code.
fn set_panic() -> bbbkit_result {
    store(LastError {
        message: c_text("a panic inside bbbkit was caught (a bug in bbbkit)"),
        parameter: None,
        rule: None,
        parse_code: None,
        verify_code: None,
        api: None,
    });
    bbbkit_result::BBBKIT_RESULT_PANIC
}

/// Converts a core result, recording the error. (Functions clear the last error themselves when
/// they succeed, with [`clear_error`].)
pub(crate) fn check<T>(r: bbbkit_core::Result<T>) -> Result<T, bbbkit_result> {
    r.map_err(set_error)
}

/// What an exported function returns when its body panicked.
pub(crate) trait PanicValue {
    fn panic_value() -> Self;
}

impl PanicValue for bbbkit_result {
    fn panic_value() -> Self {
        set_panic()
    }
}

impl PanicValue for () {
    fn panic_value() -> Self {}
}

impl PanicValue for bool {
    fn panic_value() -> Self {
        false
    }
}

impl PanicValue for u32 {
    fn panic_value() -> Self {
        0
    }
}

impl PanicValue for i64 {
    fn panic_value() -> Self {
        0
    }
}

impl PanicValue for usize {
    fn panic_value() -> Self {
        0
    }
}

impl<T> PanicValue for *const T {
    fn panic_value() -> Self {
        std::ptr::null()
    }
}

impl<T> PanicValue for *mut T {
    fn panic_value() -> Self {
        std::ptr::null_mut()
    }
}

impl PanicValue for crate::bbbkit_str<'_> {
    fn panic_value() -> Self {
        crate::bbbkit_str::absent()
    }
}

fn with_last<R>(f: impl FnOnce(&LastError) -> *const R) -> *const R {
    LAST_ERROR.with(|cell| cell.borrow().as_ref().map_or(std::ptr::null(), f))
}

/// A static, NUL-terminated description of a result code, such as `"the checksum does not
/// match"`. An unknown code is described as "invalid parameter". Never freed.
#[no_mangle]
pub extern "C" fn bbbkit_result_message(result: u32) -> *const c_char {
    ffi_panic_boundary! {
        bbbkit_result::from_u32(result).message().as_ptr().cast()
    }
}

/// The message of the last failure on this thread, such as
/// ``invalid parameter `meetingID`: must not contain a comma``; `""` if the last call
/// succeeded. It never contains the shared secret.
///
/// The string belongs to bbbkit and stays valid until the next bbbkit call on this thread
/// that returns a [`bbbkit_result`]. Do not free it.
#[no_mangle]
pub extern "C" fn bbbkit_last_error_message() -> *const c_char {
    ffi_panic_boundary! {
        let p = with_last(|e| e.message.as_ptr());
        if p.is_null() { c"".as_ptr() } else { p }
    }
}

/// The name of the parameter the last failure on this thread is about (BBB's spelling, such
/// as `meetingID` or `userdata-color`, or the C argument's name for a NULL or non-UTF-8
/// argument), or NULL when the failure names no parameter.
///
/// Valid and owned as for [`bbbkit_last_error_message`].
#[no_mangle]
pub extern "C" fn bbbkit_last_error_parameter() -> *const c_char {
    ffi_panic_boundary! {
        with_last(|e| e.parameter.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    }
}

/// The code of the rule the last failure on this thread broke, such as `no_comma`, `length`,
/// `http_url` or `one_of` (see `tests/vectors/README.md`), plus `not_null` and `utf8` for C
/// arguments and `pairs` for a packed parameter buffer with a name but no value; NULL when the
/// failure is not about a parameter.
///
/// Valid and owned as for [`bbbkit_last_error_message`].
#[no_mangle]
pub extern "C" fn bbbkit_last_error_rule() -> *const c_char {
    ffi_panic_boundary! {
        with_last(|e| e.rule.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    }
}

/// For [`bbbkit_result::BBBKIT_RESULT_PARSE`]: why the bytes are not a BBB response, such as
/// `malformed`, `not_bbb`, `too_large` or `missing_field`; NULL otherwise.
///
/// Valid and owned as for [`bbbkit_last_error_message`].
#[no_mangle]
pub extern "C" fn bbbkit_last_error_parse_code() -> *const c_char {
    ffi_panic_boundary! {
        with_last(|e| e.parse_code.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    }
}

/// For the verification results (`BBBKIT_RESULT_CHECKSUM_MISSING` …
/// `BBBKIT_RESULT_CHECKSUM_MISMATCH`): why the query did not verify, as a stable code such as
/// `checksum_missing` or `checksum_mismatch` (the core's `VerifyError::code`, the vectors'
/// error kinds); NULL otherwise.
///
/// Valid and owned as for [`bbbkit_last_error_message`].
#[no_mangle]
pub extern "C" fn bbbkit_last_error_verify_code() -> *const c_char {
    ffi_panic_boundary! {
        with_last(|e| e.verify_code.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    }
}

/// For [`bbbkit_result::BBBKIT_RESULT_API`]: the error the server reported, or NULL.
///
/// The handle belongs to bbbkit and stays valid until the next bbbkit call on this thread that
/// returns a [`bbbkit_result`]. Do not free it; read it with the `bbbkit_api_error_*`
/// functions.
#[no_mangle]
pub extern "C" fn bbbkit_last_api_error() -> *const bbbkit_api_error {
    ffi_panic_boundary! {
        with_last(|e| {
            e.api
                .as_ref()
                .map_or(std::ptr::null(), |a| (a as *const ApiError).cast())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    #[test]
    fn unknown_codes_read_as_invalid_parameter() {
        assert_eq!(
            bbbkit_result::from_u32(1),
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
        );
        let msg = unsafe { CStr::from_ptr(bbbkit_result_message(99_999)) };
        assert_eq!(msg.to_str().unwrap(), "invalid parameter");
    }

    #[test]
    fn every_code_has_a_message() {
        for r in bbbkit_result::ALL {
            assert_eq!(bbbkit_result::from_u32(r as u32), r);
            let msg = unsafe { CStr::from_ptr(bbbkit_result_message(r as u32)) };
            assert!(!msg.to_bytes().is_empty());
        }
    }

    #[test]
    fn no_error_reads_as_empty_and_null() {
        clear_error();
        let msg = unsafe { CStr::from_ptr(bbbkit_last_error_message()) };
        assert_eq!(msg.to_bytes(), b"");
        assert!(bbbkit_last_error_parameter().is_null());
        assert!(bbbkit_last_api_error().is_null());
    }
}
