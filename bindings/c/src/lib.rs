//! The C ABI of bbbkit: `libbbbkit.so` / `libbbbkit.a` and `include/bbbkit.h`.
//!
//! Conventions (after rustls-ffi):
//! - Opaque handles with `bbbkit_<type>_new` / `bbbkit_<type>_free`; `_free(NULL)` is a no-op.
//! - Every fallible function returns a [`bbbkit_result`]; [`bbbkit_result::BBBKIT_RESULT_OK`]
//!   means success. Out-parameters come last and are written only on success.
//! - Strings in are NUL-terminated UTF-8; response bodies are pointer + length.
//! - Strings the caller owns are `char *`, freed with [`bbbkit_string_free`]. Strings borrowed
//!   from a handle are [`bbbkit_str`] (pointer + length, not NUL-terminated) and live as long
//!   as the handle.
//! - Every call the core declares is built by name with one generic handle (`bbbkit_request`,
//!   `bbbkit_server_prepare`), and every answer parsed by kind into one JSON document
//!   (`bbbkit_parse_answer`); the declarations are listed at run time (`bbbkit_call_*`).
//! - After a failure, `bbbkit_last_error_*` tell the message, the parameter and the rule, for
//!   the last failing call on this thread.
//! - No panic crosses the boundary: it becomes [`bbbkit_result::BBBKIT_RESULT_PANIC`] (or
//!   NULL, 0 or false where a function returns no result code).
#![allow(non_camel_case_types)]
#![deny(missing_docs)]

use std::ffi::{c_char, CStr, CString};
use std::marker::PhantomData;

mod alloc;
mod analytics_token;
mod answer;
mod call;
mod callback_verifier;
mod compact;
mod cstr;
mod end_callback;
mod enums;
mod error;
#[cfg(test)]
mod generate;
mod generated;
mod join;
mod parse;
mod php;
mod recording_ready;
mod request;
mod server;
mod verify;
mod webhook_post;

pub use analytics_token::bbbkit_analytics_token;
pub use callback_verifier::bbbkit_callback_verifier;
pub use end_callback::bbbkit_end_callback;
pub use enums::{bbbkit_algorithm, bbbkit_guest_status, bbbkit_webhook_scheme};
pub use error::bbbkit_result;
pub use generated::{
    bbbkit_api_error_kind, bbbkit_feature, bbbkit_guest_policy, bbbkit_jwt_algorithm,
    bbbkit_layout, bbbkit_message_key, bbbkit_recording_state, bbbkit_role, bbbkit_text_track_kind,
};
pub use join::bbbkit_join;
pub use parse::{
    bbbkit_api_error, bbbkit_created, bbbkit_element, bbbkit_joined, bbbkit_parse_options,
    bbbkit_response,
};
pub use recording_ready::bbbkit_recording_ready;
pub use request::{bbbkit_prepared, bbbkit_request};
pub use server::bbbkit_server;
pub use verify::{bbbkit_verified, bbbkit_verifier};
pub use webhook_post::bbbkit_webhook_post;

use error::{set_ffi_error, set_ffi_error_in, FfiRule};

/// A string borrowed from bbbkit: `len` bytes of UTF-8 at `data`, **not** NUL-terminated
/// (hence `uint8_t`: print it with `printf("%.*s", (int)s.len, (const char *)s.data)`).
///
/// It stays valid as long as the handle it came from. `data` is NULL (and `len` 0) for a value
/// that is absent, which is different from an empty string.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct bbbkit_str<'a> {
    /// The first byte, or NULL when the value is absent.
    pub data: *const u8,
    /// The length in bytes.
    pub len: usize,
    _life: PhantomData<&'a str>,
}

impl<'a> bbbkit_str<'a> {
    pub(crate) fn from_str(s: &'a str) -> Self {
        bbbkit_str {
            data: s.as_ptr(),
            len: s.len(),
            _life: PhantomData,
        }
    }

    /// Bytes that may not be UTF-8 (a body): binary-safe, read by length.
    pub(crate) fn from_bytes(b: &'a [u8]) -> Self {
        bbbkit_str {
            data: b.as_ptr(),
            len: b.len(),
            _life: PhantomData,
        }
    }

    pub(crate) fn from_opt(s: Option<&'a str>) -> Self {
        s.map_or(Self::absent(), Self::from_str)
    }

    pub(crate) fn absent() -> Self {
        bbbkit_str {
            data: std::ptr::null(),
            len: 0,
            _life: PhantomData,
        }
    }
}

impl Default for bbbkit_str<'_> {
    fn default() -> Self {
        Self::absent()
    }
}

/// Links a C handle type to the Rust value it stands for.
pub(crate) trait Castable {
    type RustType;
}

/// Moves a value to the heap and gives C an owning pointer to it.
pub(crate) fn to_boxed_mut_ptr<C: Castable>(value: C::RustType) -> *mut C {
    Box::into_raw(Box::new(value)).cast()
}

/// Takes back and drops a value made by [`to_boxed_mut_ptr`]; NULL is a no-op.
///
/// # Safety
///
/// `ptr` must be NULL or come from [`to_boxed_mut_ptr`] for the same type, not yet freed.
pub(crate) unsafe fn free_box<C: Castable>(ptr: *mut C) {
    if !ptr.is_null() {
        drop(Box::from_raw(ptr.cast::<C::RustType>()));
    }
}

/// Borrows the value behind a handle, or `None` for NULL.
///
/// # Safety
///
/// `ptr` must be NULL or a live handle of this type.
pub(crate) unsafe fn try_from_ptr<'a, C: Castable>(ptr: *const C) -> Option<&'a C::RustType> {
    ptr.cast::<C::RustType>().as_ref()
}

/// Borrows the value behind a handle mutably, or `None` for NULL.
///
/// # Safety
///
/// `ptr` must be NULL or a live handle of this type that nothing else uses meanwhile.
pub(crate) unsafe fn try_from_mut_ptr<'a, C: Castable>(ptr: *mut C) -> Option<&'a mut C::RustType> {
    ptr.cast::<C::RustType>().as_mut()
}

/// Reads a NUL-terminated UTF-8 argument. Records the error (naming `name`) on failure.
///
/// # Safety
///
/// `ptr` must be NULL or point to a NUL-terminated string that outlives the returned slice.
pub(crate) unsafe fn read_cstr<'a>(
    ptr: *const c_char,
    name: &str,
) -> Result<&'a str, bbbkit_result> {
    if ptr.is_null() {
        return Err(set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
            name,
            FfiRule::NotNull,
        ));
    }
    CStr::from_ptr(ptr).to_str().map_err(|_| {
        set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_INVALID_UTF8,
            name,
            FfiRule::Utf8,
        )
    })
}

/// Reads `count` NUL-terminated UTF-8 strings from an array; NULL is allowed when `count` is 0.
///
/// # Safety
///
/// `ptr` must be NULL or point to `count` pointers, each as for [`read_cstr`].
pub(crate) unsafe fn read_cstr_array<'a>(
    ptr: *const *const c_char,
    count: usize,
    name: &str,
) -> Result<Vec<&'a str>, bbbkit_result> {
    if count == 0 {
        return Ok(Vec::new());
    }
    if ptr.is_null() {
        return Err(set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
            name,
            FfiRule::NotNull,
        ));
    }
    std::slice::from_raw_parts(ptr, count)
        .iter()
        .map(|&p| read_cstr(p, name))
        .collect()
}

/// Reads `len` bytes; NULL is allowed when `len` is 0.
///
/// # Safety
///
/// `ptr` must be NULL or point to `len` readable bytes.
pub(crate) unsafe fn read_bytes<'a>(
    ptr: *const c_char,
    len: usize,
    name: &str,
) -> Result<&'a [u8], bbbkit_result> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
            name,
            FfiRule::NotNull,
        ));
    }
    Ok(std::slice::from_raw_parts(ptr.cast::<u8>(), len))
}

/// Reads a packed parameter buffer: `len` bytes of NUL-separated fields
/// `name\0value\0name\0value`; NULL is allowed when `len` is 0. A NUL after the last value is
/// allowed (it would otherwise leave an odd number of fields), so `name\0` alone is a name with
/// an empty value, and an empty buffer holds no pairs. Records the error (naming `name` for the
/// buffer, or the parameter whose value is not UTF-8) on failure.
///
/// # Safety
///
/// As [`read_bytes`].
pub(crate) unsafe fn read_params<'a>(
    ptr: *const c_char,
    len: usize,
    name: &str,
) -> Result<Vec<(&'a str, &'a str)>, bbbkit_result> {
    let bytes = read_bytes(ptr, len, name)?;
    // NUL is ASCII: the buffer is UTF-8 exactly when every field is. One check for the whole
    // buffer, then a byte search per field: this runs once per join URL.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(params_utf8_error(bytes, name));
    };
    let mut pairs = Vec::with_capacity(16);
    let mut name_field: Option<&str> = None;
    let mut rest = Some(text);
    while let Some(r) = rest {
        let field = match find_nul(r.as_bytes()) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                &r[..i]
            }
            None => {
                rest = None;
                r
            }
        };
        match name_field.take() {
            None => name_field = Some(field),
            Some(k) => pairs.push((k, field)),
        }
    }
    // An odd number of fields is fine only when the last one is empty: the buffer then ends in a
    // NUL after the last value (or is empty). Otherwise a name has no value.
    if name_field.is_some_and(|k| !k.is_empty()) {
        return Err(set_ffi_error_in(
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER,
            name,
            FfiRule::Pairs,
            &format!(", not {}", 2 * pairs.len() + 1),
        ));
    }
    Ok(pairs)
}

/// The position of the first NUL byte, eight bytes at a time.
fn find_nul(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let w = u64::from_le_bytes(w);
        // The lowest flagged byte is the first zero byte (a borrow only flags bytes above one).
        let zero = w.wrapping_sub(ONES) & !w & HIGHS;
        if zero != 0 {
            return Some(at + zero.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == 0)
        .map(|i| at + i)
}

/// Records the error for the first field of a packed buffer that is not UTF-8: a name is
/// reported as `name` (the buffer) with its position, a value under its parameter's name.
#[cold]
fn params_utf8_error(bytes: &[u8], name: &str) -> bbbkit_result {
    let fields: Vec<&[u8]> = bytes.split(|&b| b == 0).collect();
    let bad = fields
        .iter()
        .position(|f| std::str::from_utf8(f).is_err())
        .unwrap_or(0);
    if bad % 2 == 1 {
        // A value: its name, the field before, is UTF-8 (the first bad field is this one).
        let parameter = std::str::from_utf8(fields[bad - 1]).unwrap_or(name);
        set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_INVALID_UTF8,
            parameter,
            FfiRule::Utf8,
        )
    } else {
        set_ffi_error_in(
            bbbkit_result::BBBKIT_RESULT_INVALID_UTF8,
            name,
            FfiRule::Utf8,
            &format!(" (field {}, a name)", bad + 1),
        )
    }
}

/// Checks that an out-parameter is not NULL.
pub(crate) fn check_out<T>(ptr: *mut T, name: &str) -> Result<(), bbbkit_result> {
    if ptr.is_null() {
        Err(set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
            name,
            FfiRule::NotNull,
        ))
    } else {
        Ok(())
    }
}

/// Hands a string to C as an owned `char *` (freed by [`bbbkit_string_free`]).
pub(crate) fn to_c_string(s: String) -> Result<*mut c_char, bbbkit_result> {
    CString::new(s).map(CString::into_raw).map_err(|_| {
        // Every string bbbkit hands out whole (URLs, checksums) is percent-encoded or hex.
        set_ffi_error(
            bbbkit_result::BBBKIT_RESULT_PANIC,
            "result",
            FfiRule::NotNull,
        )
    })
}

/// Runs an exported body, turning a panic into a value of the return type.
macro_rules! ffi_panic_boundary {
    ($($body:tt)*) => {{
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(|| { $($body)* })) {
            Ok(value) => value,
            Err(_) => $crate::error::PanicValue::panic_value(),
        }
    }};
}
pub(crate) use ffi_panic_boundary;

/// Evaluates a `Result<T, bbbkit_result>`, returning the error code from the function.
macro_rules! try_ffi {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(code) => return code,
        }
    };
}
pub(crate) use try_ffi;

/// Borrows a handle argument or returns `BBBKIT_RESULT_NULL_PARAMETER` naming it.
macro_rules! try_ref {
    ($ptr:ident) => {
        match unsafe { $crate::try_from_ptr($ptr) } {
            Some(r) => r,
            None => {
                return $crate::error::set_ffi_error(
                    $crate::bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
                    stringify!($ptr),
                    $crate::error::FfiRule::NotNull,
                )
            }
        }
    };
}
pub(crate) use try_ref;

/// Borrows a handle argument mutably or returns `BBBKIT_RESULT_NULL_PARAMETER` naming it.
macro_rules! try_mut {
    ($ptr:ident) => {
        match unsafe { $crate::try_from_mut_ptr($ptr) } {
            Some(r) => r,
            None => {
                return $crate::error::set_ffi_error(
                    $crate::bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
                    stringify!($ptr),
                    $crate::error::FfiRule::NotNull,
                )
            }
        }
    };
}
pub(crate) use try_mut;

/// Frees a string that bbbkit returned as `char *`. NULL is a no-op.
///
/// # Safety
///
/// `s` must be NULL or a string from bbbkit that was not freed yet.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_string_free(s: *mut c_char) {
    ffi_panic_boundary! {
        if !s.is_null() {
            let s = CString::from_raw(s);
            let len = s.as_bytes().len();
            drop(s);
            alloc::release_if_large(len); // a large answer's JSON
        }
    }
}

/// Percent-encodes one query component the way bbbkit signs it: space as `+`, only
/// `A-Z a-z 0-9 - . _` raw, every other UTF-8 byte as `%XX`. For queries built by hand and
/// signed with `bbbkit_checksum`.
///
/// On success `*out` receives a new string that the caller frees with [`bbbkit_string_free`].
///
/// # Errors
///
/// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
///
/// # Safety
///
/// `value` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_encode_component(
    value: *const c_char,
    out: *mut *mut c_char,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let value = try_ffi!(read_cstr(value, "value"));
        try_ffi!(check_out(out, "out"));
        *out = try_ffi!(to_c_string(bbbkit_core::encode_component(value).to_string()));
        error::clear_error()
    }
}

/// A join URL (or any client URL) with the value of every `sessionToken` query parameter, and
/// any other copy of `session_token`, replaced by `[redacted]`: the core's `redact_join_url`,
/// the form to log or print.
///
/// On success `*out` receives a new string that the caller frees with [`bbbkit_string_free`].
///
/// # Errors
///
/// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
///
/// # Safety
///
/// `url` and `session_token` are NULL or NUL-terminated strings; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_redact_join_url(
    url: *const c_char,
    session_token: *const c_char,
    out: *mut *mut c_char,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let url = try_ffi!(read_cstr(url, "url"));
        let session_token = try_ffi!(read_cstr(session_token, "session_token"));
        try_ffi!(check_out(out, "out"));
        *out = try_ffi!(to_c_string(bbbkit_core::redact_join_url(url, session_token)));
        error::clear_error()
    }
}

/// The version of bbbkit, such as `"0.1.0"`: a static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_version() -> *const c_char {
    static VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    ffi_panic_boundary! {
        debug_assert_eq!(&VERSION[..VERSION.len() - 1], bbbkit_core::VERSION);
        VERSION.as_ptr().cast()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_nul_finds_the_first_nul_at_every_position() {
        for len in 0..20 {
            for fill in [1u8, 0x80, 0xff, b'a'] {
                let none = vec![fill; len];
                assert_eq!(find_nul(&none), None);
                for at in 0..len {
                    let mut v = none.clone();
                    v[at] = 0;
                    assert_eq!(find_nul(&v), Some(at), "{v:?}");
                    // A second NUL after it, and a 0x01 before it, change nothing.
                    if at + 1 < len {
                        v[at + 1] = 0;
                        assert_eq!(find_nul(&v), Some(at));
                    }
                    if at > 0 {
                        v[at - 1] = 1;
                        assert_eq!(find_nul(&v), Some(at));
                    }
                }
            }
        }
    }

    #[test]
    fn string_free_accepts_null() {
        unsafe { bbbkit_string_free(std::ptr::null_mut()) };
    }

    fn panicking_result() -> bbbkit_result {
        ffi_panic_boundary! {
            if std::hint::black_box(true) {
                panic!("a bug");
            }
            bbbkit_result::BBBKIT_RESULT_OK
        }
    }

    fn panicking_pointer() -> *const c_char {
        ffi_panic_boundary! {
            if std::hint::black_box(true) {
                panic!("a bug");
            }
            c"x".as_ptr()
        }
    }

    #[test]
    fn a_panic_becomes_a_code_or_null() {
        assert_eq!(panicking_result(), bbbkit_result::BBBKIT_RESULT_PANIC);
        let msg = unsafe { CStr::from_ptr(error::bbbkit_last_error_message()) };
        assert!(msg.to_str().unwrap().contains("panic"));
        assert!(panicking_pointer().is_null());
    }

    #[test]
    fn version_is_the_core_version() {
        let v = unsafe { CStr::from_ptr(bbbkit_version()) };
        assert_eq!(v.to_str().unwrap(), bbbkit_core::VERSION);
    }
}
