//! `bbbkit_parse_answer`: the typed answer of any call, named by its kind, as one JSON document
//! written straight from the core's typed answer (`write_answer_json`), the list of kinds, and
//! the answer declarations (`bbbkit_answer_schema`).

use std::ffi::{c_char, CString};
use std::sync::OnceLock;

use bbbkit_core::answers::{answer_schema_json, write_answer_json};
use bbbkit_core::{AnswerKind, ParseOptions};

use crate::cstr::{c_strings, column};
use crate::error::{check, clear_error};
use crate::parse::{bbbkit_parse_options, options};
use crate::{
    bbbkit_result, check_out, ffi_panic_boundary, read_bytes, read_cstr, to_c_string, try_ffi,
};

/// Parses the answer to any call into its typed form, written as one JSON document: the
/// core's `parse_answer_json`. `kind` names the call's answer as the core's `AnswerKind` does
/// (`bbbkit_answer_kind_name` lists them): `"meeting-info"`, `"meetings"`, `"running"`,
/// `"end"`, `"recordings"`, `"publish"`, `"delete"`, `"update"`, `"text-tracks"`,
/// `"put-text-track"`, `"insert-document"`, `"chat"`, `"hook-create"`, `"hook-destroy"`,
/// `"hooks"`, `"join"`, `"create"` (any case, `_` for `-`).
///
/// The JSON is an object whose keys are the snake case of the BBB element names
/// (`meetingName` → `meeting_name`, `customdata` → `custom_data`); booleans and integers are
/// JSON booleans and numbers (integers fit in 64 bits), an absent optional value is `null`, lists
/// are arrays (attendees, recordings with their playback formats and preview images, hooks),
/// and `metadata` / `custom_data` are objects in the server's order. The keys of each kind are
/// listed in the core's `answers` module documentation (bindings/c/README.md summarises them).
///
/// `body` is `len` bytes as received (XML, or JSON for the text tracks; NULL is allowed when
/// `len` is 0). `parse_options` sets the size and depth limits; NULL means the defaults.
///
/// On success `*json_out` receives a new NUL-terminated UTF-8 string that the caller frees
/// with `bbbkit_string_free`; on failure it is left untouched.
///
/// # Errors
///
/// - `BBBKIT_RESULT_API` when the server answered FAILED, in any of its forms: read the key,
///   kind and message with `bbbkit_last_api_error` (as for every parse function).
/// - `BBBKIT_RESULT_PARSE` for bytes that are not this call's answer
///   (`bbbkit_last_error_parse_code`: `missing_field`, `invalid_field`, `too_large`, …).
/// - `BBBKIT_RESULT_INVALID_PARAMETER`, parameter `kind`, rule `one_of`, for an unknown kind;
///   `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
///
/// # Safety
///
/// `kind` is NULL or a NUL-terminated string; `body` is NULL or points to `len` readable bytes;
/// `parse_options` is NULL or readable; `json_out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_answer(
    kind: *const c_char,
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    json_out: *mut *mut c_char,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let kind = try_ffi!(read_cstr(kind, "kind"));
        let body = try_ffi!(read_bytes(body, len, "body"));
        try_ffi!(check_out(json_out, "json_out"));
        let kind = try_ffi!(check(kind.parse::<AnswerKind>().map_err(Into::into)));
        // The JSON is written as the typed answer is walked, with room for its NUL: no
        // intermediate tree, no copy.
        let mut json = Vec::new();
        let written = write_answer_json(kind, body, &options(parse_options), &mut json);
        crate::alloc::release_if_large(body.len()); // the tree and the typed answer
        try_ffi!(check(written));
        *json_out = try_ffi!(to_c_string_bytes(json));
        clear_error()
    }
}

/// Parses the answer to any call into its typed form, written as compact JSON: the JSON form of
/// [`bbbkit_parse_answer`] with every record (the answer itself, each attendee, recording,
/// playback format, preview image, …) written as an array of its field values in the order of
/// its type's `fields` in [`bbbkit_answer_schema`], instead of an object keyed by field name.
/// Maps (`metadata`, `custom_data`) stay objects in the server's order; lists, booleans,
/// integers, strings and `null` are as in the JSON form.
///
/// `{"running":true}` is `[true]`; a getRecordings answer is
/// `[[["rec-1","meeting-1",…],…],null,null,null,[]]` (its `recordings`, `pagination`,
/// `message_key`, `message` and `unreadable`). The text has no key, so it is about a quarter
/// shorter for a getRecordings answer and decodes into small lists instead of keyed tables: the
/// form for a front end that builds its own classes from the schema (the PHP package and the
/// Ruby gem do).
///
/// Arguments, result, errors and ownership of `*json_out` are those of [`bbbkit_parse_answer`].
///
/// # Safety
///
/// As [`bbbkit_parse_answer`].
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_answer_compact(
    kind: *const c_char,
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    json_out: *mut *mut c_char,
) -> bbbkit_result {
    ffi_panic_boundary! {
        parse_in_form(kind, body, len, parse_options, json_out, Form::CompactJson)
    }
}

/// Parses the answer to any call into its typed form, written in PHP's `serialize()` format:
/// the values of [`bbbkit_parse_answer_compact`] (each record an array of its field values in
/// the declared order, keyed `0`, `1`, …; maps keyed by their names) as PHP arrays (`a:`),
/// strings (`s:`, their length in bytes), integers (`i:`), booleans (`b:`) and nulls (`N;`),
/// never an object, a reference or a float. PHP's `unserialize($text, ['allowed_classes' =>
/// false])` reads it about twice as fast as `json_decode` reads the compact JSON: no escape to
/// undo. The PHP package reads its answers from it.
///
/// `{"running":true}` is `a:1:{i:0;b:1;}`.
///
/// Arguments, result, errors and ownership of `*out` are those of [`bbbkit_parse_answer`]: a
/// NUL-terminated string, with no NUL inside (a value holding a NUL byte is written in PHP's
/// escaped form, `S:LEN:"a\00b";`).
///
/// # Safety
///
/// As [`bbbkit_parse_answer`].
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_answer_php(
    kind: *const c_char,
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    out: *mut *mut c_char,
) -> bbbkit_result {
    ffi_panic_boundary! {
        parse_in_form(kind, body, len, parse_options, out, Form::Php)
    }
}

/// The body of the functions that write an answer in a form of [`Form`].
unsafe fn parse_in_form(
    kind: *const c_char,
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    out: *mut *mut c_char,
    form: Form,
) -> bbbkit_result {
    let kind = try_ffi!(read_cstr(kind, "kind"));
    let body = try_ffi!(read_bytes(body, len, "body"));
    let out_name = match form {
        Form::CompactJson => "json_out",
        Form::Php => "out",
    };
    try_ffi!(check_out(out, out_name));
    let kind = try_ffi!(check(kind.parse::<AnswerKind>().map_err(Into::into)));
    let mut text = Vec::new();
    let written = write_form(kind, body, &options(parse_options), &mut text, form);
    crate::alloc::release_if_large(body.len()); // the tree and the typed answer
    try_ffi!(check(written));
    *out = try_ffi!(to_c_string_bytes(text));
    clear_error()
}

/// The forms [`write_form`] writes besides the JSON form.
#[derive(Clone, Copy)]
enum Form {
    /// Each record a JSON array of its values ([`crate::compact`]).
    CompactJson,
    /// The same values in PHP's serialize format ([`crate::php`]).
    Php,
}

/// Parses an answer of this kind and writes it to `out` in `form`.
macro_rules! form_writer {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        fn write_form(
            kind: AnswerKind,
            input: &[u8],
            opts: &ParseOptions,
            out: &mut Vec<u8>,
            form: Form,
        ) -> bbbkit_core::Result<()> {
            match kind {
                $(AnswerKind::$variant => {
                    let answer: bbbkit_core::answers::$ty = opts.$parser(input)?;
                    match form {
                        Form::CompactJson => crate::compact::write(&answer, out),
                        Form::Php => crate::php::write(&answer, out),
                    }
                    .expect("an answer always serializes");
                })*
                // `AnswerKind` is non-exhaustive; `for_each_answer_kind!` lists every kind.
                _ => unreachable!("an answer kind for_each_answer_kind! does not list"),
            }
            Ok(())
        }
    };
}

bbbkit_core::for_each_answer_kind!(form_writer);

/// A JSON document has no NUL byte (serde_json escapes U+0000), so this never fails in practice.
fn to_c_string_bytes(mut bytes: Vec<u8>) -> Result<*mut c_char, crate::bbbkit_result> {
    bytes.reserve_exact(1);
    match CString::new(bytes) {
        Ok(c) => Ok(c.into_raw()),
        Err(_) => to_c_string(String::from('\0')),
    }
}

/// The answer declarations of the core, as one JSON document: `{"types": [...], "kinds":
/// [...]}`, each type with its `name`, `doc` and `fields` (`name`, `json`, `kind`, `type`,
/// `optional`, `redacted`, `doc`, …), each kind with its `name`, `call`, `parser` and `type`.
/// The PHP package's generator (`bin/generate.php`) and the Ruby gem derive their answer
/// classes from it. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_answer_schema() -> *const c_char {
    ffi_panic_boundary! {
        static SCHEMA: OnceLock<CString> = OnceLock::new();
        SCHEMA
            .get_or_init(|| CString::new(answer_schema_json()).unwrap_or_default())
            .as_ptr()
    }
}

/// The number of answer kinds (the core's `AnswerKind::ALL`). Index `0` to `count - 1` with
/// [`bbbkit_answer_kind_name`] and [`bbbkit_answer_kind_call`].
#[no_mangle]
pub extern "C" fn bbbkit_answer_kind_count() -> usize {
    ffi_panic_boundary! { AnswerKind::ALL.len() }
}

/// The name of answer kind `index` (`"meeting-info"`): what `bbbkit_parse_answer` takes. NULL
/// when out of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_answer_kind_name(index: usize) -> *const c_char {
    ffi_panic_boundary! { c_strings!(column!(AnswerKind::ALL, |k| k.as_str())).get(index) }
}

/// The call whose answer kind `index` is (`"getMeetingInfo"`, `"hooks/list"`), as
/// `bbbkit_call_name` spells it. NULL when out of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_answer_kind_call(index: usize) -> *const c_char {
    ffi_panic_boundary! { c_strings!(column!(AnswerKind::ALL, |k| k.call())).get(index) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;
    use std::ptr::{null, null_mut};

    #[test]
    fn kinds_read_as_the_cores() {
        assert_eq!(bbbkit_answer_kind_count(), AnswerKind::ALL.len());
        for (i, k) in AnswerKind::ALL.iter().enumerate() {
            let name = unsafe { CStr::from_ptr(bbbkit_answer_kind_name(i)) };
            assert_eq!(name.to_str(), Ok(k.as_str()));
            let call = unsafe { CStr::from_ptr(bbbkit_answer_kind_call(i)) };
            assert_eq!(call.to_str(), Ok(k.call()));
        }
        assert!(bbbkit_answer_kind_name(AnswerKind::ALL.len()).is_null());
        assert!(bbbkit_answer_kind_call(usize::MAX).is_null());
    }

    #[test]
    fn the_schema_lists_every_type_and_kind() {
        let schema = unsafe { CStr::from_ptr(bbbkit_answer_schema()) }
            .to_str()
            .unwrap();
        for t in bbbkit_core::answers::ANSWER_TYPES {
            assert!(
                schema.contains(&format!(r#""name":"{}""#, t.name)),
                "{}",
                t.name
            );
        }
        for k in AnswerKind::ALL {
            assert!(
                schema.contains(&format!(r#""parser":"{}""#, k.parser())),
                "{k}"
            );
        }
        assert_eq!(
            bbbkit_answer_schema(),
            bbbkit_answer_schema(),
            "one static string"
        );
    }

    #[test]
    fn an_answer_is_its_json_and_errors_keep_the_out_parameter() {
        let xml = b"<response><returncode>SUCCESS</returncode><running>true</running></response>";
        let mut out = null_mut();
        let r = unsafe {
            bbbkit_parse_answer(
                c"running".as_ptr(),
                xml.as_ptr().cast(),
                xml.len(),
                null(),
                &mut out,
            )
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        assert_eq!(
            unsafe { CStr::from_ptr(out) }.to_str(),
            Ok(r#"{"running":true}"#)
        );
        unsafe { crate::bbbkit_string_free(out) };
        let sentinel = 8usize as *mut c_char;
        let mut out = sentinel;
        for (kind, result) in [
            (c"walking", bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER),
            (c"running", bbbkit_result::BBBKIT_RESULT_PARSE),
        ] {
            let r = unsafe {
                bbbkit_parse_answer(kind.as_ptr(), c"<html>".as_ptr(), 6, null(), &mut out)
            };
            assert_eq!((r, out), (result, sentinel));
        }
        let r = unsafe { bbbkit_parse_answer(null(), null(), 0, null(), &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        let r = unsafe { bbbkit_parse_answer(c"running".as_ptr(), null(), 1, null(), &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        let r = unsafe { bbbkit_parse_answer(c"running".as_ptr(), null(), 0, null(), null_mut()) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
    }
}
