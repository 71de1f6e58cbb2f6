//! Result codes and the last error of this thread.

use std::cell::RefCell;
use std::ffi::{c_char, CString};

use bbbkit_core::{ApiError, CallbackError, Error, VerifyError};

use crate::cstr::c_strings;
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
    /// Callback: the body, token, header or URL is not of the expected form.
    BBBKIT_RESULT_CALLBACK_MALFORMED = 7500,
    /// Callback: the body or token is larger than the verifier's size limit.
    BBBKIT_RESULT_CALLBACK_TOO_LARGE = 7501,
    /// Callback: no token, `signed_parameters`, `Authorization` value or `checksum` to check.
    BBBKIT_RESULT_CALLBACK_MISSING = 7502,
    /// Callback: the JWT is unsigned (`alg: none`), never accepted.
    BBBKIT_RESULT_CALLBACK_ALGORITHM_NONE = 7503,
    /// Callback: the JWT's algorithm is not HS256, HS384 or HS512.
    BBBKIT_RESULT_CALLBACK_ALGORITHM_UNSUPPORTED = 7504,
    /// Callback: the JWT's algorithm is not on the verifier's allow-list.
    BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED = 7505,
    /// Callback: the webhook checksum's length matches no algorithm.
    BBBKIT_RESULT_CALLBACK_CHECKSUM_LENGTH = 7506,
    /// Callback: the signature, checksum or bearer secret matches none of the secrets.
    BBBKIT_RESULT_CALLBACK_SIGNATURE = 7507,
    /// Callback: the token has expired.
    BBBKIT_RESULT_CALLBACK_EXPIRED = 7508,
    /// Callback: the token is not valid yet (`nbf`).
    BBBKIT_RESULT_CALLBACK_NOT_YET_VALID = 7509,
    /// Callback: a claim or field it must carry is missing or of the wrong type.
    BBBKIT_RESULT_CALLBACK_MISSING_CLAIM = 7510,
    /// Callback: the webhook carries bbb-webhooks 3.0–3.3's constant checksum, which does not
    /// cover the body and can be replayed; refused unless accepted explicitly.
    BBBKIT_RESULT_CALLBACK_REPLAYABLE_CHECKSUM = 7511,
}

impl bbbkit_result {
    const ALL: [bbbkit_result; 25] = [
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
        bbbkit_result::BBBKIT_RESULT_CALLBACK_MALFORMED,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_TOO_LARGE,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_MISSING,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NONE,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_UNSUPPORTED,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_CHECKSUM_LENGTH,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_SIGNATURE,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_EXPIRED,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_NOT_YET_VALID,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_MISSING_CLAIM,
        bbbkit_result::BBBKIT_RESULT_CALLBACK_REPLAYABLE_CHECKSUM,
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
            bbbkit_result::BBBKIT_RESULT_CALLBACK_MALFORMED => "the callback is malformed\0",
            bbbkit_result::BBBKIT_RESULT_CALLBACK_TOO_LARGE => {
                "the callback is larger than the size limit\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_MISSING => {
                "the callback carries no token, signature or checksum\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NONE => {
                "the callback's token is unsigned (alg none)\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_UNSUPPORTED => {
                "the callback's token is not signed with HS256, HS384 or HS512\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED => {
                "the callback's token algorithm is not allowed\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_CHECKSUM_LENGTH => {
                "the callback's checksum length matches no algorithm\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_SIGNATURE => {
                "the callback's signature does not match\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_EXPIRED => "the callback's token has expired\0",
            bbbkit_result::BBBKIT_RESULT_CALLBACK_NOT_YET_VALID => {
                "the callback's token is not valid yet\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_MISSING_CLAIM => {
                "the callback lacks a claim or field it must carry\0"
            }
            bbbkit_result::BBBKIT_RESULT_CALLBACK_REPLAYABLE_CHECKSUM => {
                "the webhook's checksum is bbb-webhooks 3.0-3.3's replayable constant\0"
            }
        }
    }

    /// The result for a callback failure, by its code (`BBBKIT_RESULT_` + the code in
    /// capitals; a test checks every code of the core has its result). A kind newer than this
    /// layer reads as a signature failure, and keeps its own code in
    /// [`bbbkit_last_error_callback_code`].
    fn from_callback_code(code: &str) -> bbbkit_result {
        match code {
            "callback_malformed" => bbbkit_result::BBBKIT_RESULT_CALLBACK_MALFORMED,
            "callback_too_large" => bbbkit_result::BBBKIT_RESULT_CALLBACK_TOO_LARGE,
            "callback_missing" => bbbkit_result::BBBKIT_RESULT_CALLBACK_MISSING,
            "callback_algorithm_none" => bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NONE,
            "callback_algorithm_unsupported" => {
                bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_UNSUPPORTED
            }
            "callback_algorithm_not_allowed" => {
                bbbkit_result::BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED
            }
            "callback_checksum_length" => bbbkit_result::BBBKIT_RESULT_CALLBACK_CHECKSUM_LENGTH,
            "callback_expired" => bbbkit_result::BBBKIT_RESULT_CALLBACK_EXPIRED,
            "callback_not_yet_valid" => bbbkit_result::BBBKIT_RESULT_CALLBACK_NOT_YET_VALID,
            "callback_missing_claim" => bbbkit_result::BBBKIT_RESULT_CALLBACK_MISSING_CLAIM,
            "callback_replayable_checksum" => {
                bbbkit_result::BBBKIT_RESULT_CALLBACK_REPLAYABLE_CHECKSUM
            }
            // `callback_signature` and any later kind: the callback did not verify.
            _ => bbbkit_result::BBBKIT_RESULT_CALLBACK_SIGNATURE,
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
    callback_code: Option<CString>,
    http_status: u16,
    api: Option<ApiError>,
}

impl LastError {
    /// A failure with only a message.
    fn new(message: CString) -> LastError {
        LastError {
            message,
            parameter: None,
            rule: None,
            parse_code: None,
            verify_code: None,
            callback_code: None,
            http_status: 0,
            api: None,
        }
    }
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
        parameter: Some(c_text(parameter)),
        rule: Some(c_text(rule.code())),
        ..LastError::new(c_text(&format!(
            "invalid argument `{parameter}`: {}{note}",
            rule.describe()
        )))
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
                parameter: Some(c_text(e.parameter())),
                rule: Some(c_text(e.rule().code())),
                ..LastError::new(message)
            },
        ),
        Error::Verify(e) => (
            bbbkit_result::from_verify(&e),
            LastError {
                verify_code: Some(c_text(e.code())),
                ..LastError::new(message)
            },
        ),
        Error::Parse(e) => (
            bbbkit_result::BBBKIT_RESULT_PARSE,
            LastError {
                parse_code: Some(c_text(e.code())),
                ..LastError::new(message)
            },
        ),
        Error::Api(e) => (
            bbbkit_result::BBBKIT_RESULT_API,
            LastError {
                api: Some(e),
                ..LastError::new(message)
            },
        ),
        Error::Callback(e) => (
            bbbkit_result::from_callback_code(e.code()),
            LastError {
                callback_code: Some(c_text(e.code())),
                http_status: e.http_status(),
                ..LastError::new(message)
            },
        ),
        // A kind of error newer than this layer: keep its message.
        _ => (
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
            LastError::new(message),
        ),
    };
    store(last);
    code
}

/// Records a caught panic and returns its code.
fn set_panic() -> bbbkit_result {
    store(LastError::new(c_text(
        "a panic inside bbbkit was caught (a bug in bbbkit)",
    )));
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

impl PanicValue for u16 {
    fn panic_value() -> Self {
        0
    }
}

impl PanicValue for u64 {
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

/// For the callback results (`BBBKIT_RESULT_CALLBACK_*`): why the callback did not verify, as
/// a stable code such as `callback_signature` or `callback_expired` (the core's
/// `CallbackError::code`, the vectors' error kinds; the result is `BBBKIT_RESULT_` + this code
/// in capitals); NULL otherwise.
///
/// Valid and owned as for [`bbbkit_last_error_message`].
#[no_mangle]
pub extern "C" fn bbbkit_last_error_callback_code() -> *const c_char {
    ffi_panic_boundary! {
        with_last(|e| e.callback_code.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    }
}

/// The HTTP status to answer the sender of a callback that did not verify: 401 after any
/// `BBBKIT_RESULT_CALLBACK_*` failure on this thread (the core's `CallbackError::http_status`:
/// bbb-webhooks treats 401 as final, any other error status makes it retry and then delete the
/// hook), 0 when the last failure was not a callback's or the last call succeeded.
#[no_mangle]
pub extern "C" fn bbbkit_last_error_http_status() -> u16 {
    ffi_panic_boundary! {
        LAST_ERROR.with(|cell| cell.borrow().as_ref().map_or(0, |e| e.http_status))
    }
}

/// The stable code of the callback failure at `index` (`callback_malformed`, …, in the
/// core's order, `CallbackError::CODES`), or NULL past the end: every code
/// [`bbbkit_last_error_callback_code`] can give. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_callback_error_code(index: usize) -> *const c_char {
    ffi_panic_boundary! {
        c_strings!(CallbackError::CODES).get(index)
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
    fn every_callback_code_has_its_result() {
        let mut seen = Vec::new();
        for (i, code) in CallbackError::CODES.iter().enumerate() {
            let name = unsafe { CStr::from_ptr(bbbkit_callback_error_code(i)) };
            assert_eq!(name.to_str().unwrap(), *code);
            let result = bbbkit_result::ALL
                .into_iter()
                .find(|r| {
                    format!("{r:?}") == format!("BBBKIT_RESULT_{}", code.to_ascii_uppercase())
                })
                .unwrap_or_else(|| panic!("no BBBKIT_RESULT_ for {code}"));
            assert_eq!(bbbkit_result::from_callback_code(code), result);
            assert!(!seen.contains(&result));
            seen.push(result);
        }
        assert!(bbbkit_callback_error_code(CallbackError::CODES.len()).is_null());
    }

    #[test]
    fn a_callback_error_is_recorded_with_its_code_and_status() {
        let e = bbbkit_core::CallbackVerifier::new(["k"])
            .unwrap()
            .recording_ready(b"")
            .unwrap_err();
        assert_eq!(
            set_error(e.clone().into()),
            bbbkit_result::from_callback_code(e.code())
        );
        let code = unsafe { CStr::from_ptr(bbbkit_last_error_callback_code()) };
        assert_eq!(code.to_str().unwrap(), e.code());
        assert_eq!(bbbkit_last_error_http_status(), e.http_status());
        assert!(bbbkit_last_error_verify_code().is_null());
        clear_error();
        assert_eq!(bbbkit_last_error_http_status(), 0);
        assert!(bbbkit_last_error_callback_code().is_null());
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
