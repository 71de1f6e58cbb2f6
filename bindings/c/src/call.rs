//! The declared calls and their parameters, by name: `bbbkit_call_*` lists every call the core
//! declares in `bbbkit::for_each_call!` (`join` first), and for each call its parameters
//! (`bbbkit_join_parameter_*` reads `join`'s through these). Front ends generate their typed
//! surface from it (the PHP package does); forms and flags can be built from it at run time.
//!
//! Every string is static (packed at compile time from the core's declaration): never freed.
//! A `call` argument that is NULL, not UTF-8 or not a declared call gives NULL, 0 or false.

use std::ffi::{c_char, CStr};

use bbbkit_core::{ApiRequest, Param};

use crate::cstr::{c_strings, column};
use crate::ffi_panic_boundary;

/// A text column of a call's parameter list.
#[derive(Clone, Copy)]
enum Column {
    Name,
    Field,
    Type,
    Doc,
    Requires,
    Alternative,
}

/// The static C string of `column` for parameter `index` of a const parameter list.
macro_rules! param_text {
    ($params:expr, $column:expr, $index:expr) => {
        match $column {
            Column::Name => c_strings!(column!($params, |p| p.name)).get($index),
            Column::Field => c_strings!(column!($params, |p| p.field)).get($index),
            Column::Type => c_strings!(column!($params, |p| p.ty.as_str())).get($index),
            Column::Doc => c_strings!(column!($params, |p| p.doc)).get($index),
            Column::Requires => c_strings!(column!($params, |p| match p.requires {
                Some(n) => n,
                None => "",
            }))
            .get($index),
            Column::Alternative => c_strings!(column!($params, |p| match p.alternative {
                Some(n) => n,
                None => "",
            }))
            .get($index),
        }
    };
}

/// Expands the core's declaration of the calls into the tables below.
macro_rules! call_tables {
    ($( [$ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal] { $($rows:tt)* } )*) => {
        /// The calls, in the order of `ApiRequest::CALLS` (a test checks it).
        const NAMES: &[&str] = &[$($call),*];
        /// How each call is sent when it carries no body.
        const METHODS: &[&str] = &[$(bbbkit_core::Method::$method.as_str()),*];
        /// One line on each call.
        const DOCS: &[&str] = &[$($tydoc),*];

        /// A text of parameter `index` of `call`, or NULL.
        fn text(call: &str, column: Column, index: usize) -> *const c_char {
            match call {
                $( $call => param_text!(bbbkit_core::$ty::PARAMETERS, column, index), )*
                _ => std::ptr::null(),
            }
        }
    };
}
bbbkit_core::for_each_call!(call_tables);

/// The call named by a C argument, if it is a declared one: its index in [`NAMES`].
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
unsafe fn call_index(call: *const c_char) -> Option<usize> {
    if call.is_null() {
        return None;
    }
    let call = CStr::from_ptr(call).to_str().ok()?;
    NAMES.iter().position(|n| *n == call)
}

/// The declared parameter `index` of `call`.
///
/// # Safety
///
/// As [`call_index`].
unsafe fn param(call: *const c_char, index: usize) -> Option<&'static Param> {
    let i = call_index(call)?;
    ApiRequest::parameters_of(NAMES[i])?.get(index)
}

/// A text column of parameter `index` of `call`; NULL for an optional column that is unset.
///
/// # Safety
///
/// As [`call_index`].
unsafe fn column_text(call: *const c_char, column: Column, index: usize) -> *const c_char {
    let Some(p) = param(call, index) else {
        return std::ptr::null();
    };
    let unset = match column {
        Column::Requires => p.requires.is_none(),
        Column::Alternative => p.alternative.is_none(),
        _ => false,
    };
    if unset {
        return std::ptr::null();
    }
    text(NAMES[call_index(call).unwrap_or(usize::MAX)], column, index)
}

/// The number of calls bbbkit declares: `join` first, then `create`, `end`, … `hooks/list`
/// (the core's `ApiRequest::CALLS`). Index `0` to `count - 1` with [`bbbkit_call_name`].
#[no_mangle]
pub extern "C" fn bbbkit_call_count() -> usize {
    ffi_panic_boundary! { NAMES.len() }
}

/// The name of call `index` as the API spells it (`"getMeetingInfo"`, `"hooks/create"`): what
/// `bbbkit_request_new` takes. NULL when out of range. A static string, never freed.
#[no_mangle]
pub extern "C" fn bbbkit_call_name(index: usize) -> *const c_char {
    ffi_panic_boundary! { c_strings!(NAMES).get(index) }
}

/// How `call` is sent when the request carries no body: `"GET"` or `"POST"`
/// (`putRecordingTextTrack`, `insertDocument`). A request with a body is always sent as POST:
/// read the method of each prepared request with `bbbkit_prepared_method`. NULL for a call
/// bbbkit does not declare. A static string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_method(call: *const c_char) -> *const c_char {
    ffi_panic_boundary! {
        call_index(call).map_or(std::ptr::null(), |i| c_strings!(METHODS).get(i))
    }
}

/// One sentence on what `call` does. NULL for a call bbbkit does not declare. A static string,
/// never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_doc(call: *const c_char) -> *const c_char {
    ffi_panic_boundary! {
        call_index(call).map_or(std::ptr::null(), |i| c_strings!(DOCS).get(i))
    }
}

/// The number of declared parameters of `call` (the core's `PARAMETERS` of that call, in
/// emission order); 0 for a call bbbkit does not declare. Index `0` to `count - 1` with the
/// `bbbkit_call_parameter_*` functions. For `join` these are the same as
/// `bbbkit_join_parameter_*`.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_count(call: *const c_char) -> usize {
    ffi_panic_boundary! {
        call_index(call)
            .and_then(|i| ApiRequest::parameters_of(NAMES[i]))
            .map_or(0, <[Param]>::len)
    }
}

/// The BBB name of parameter `index` of `call` (`"meetingID"`; `"meta_"` for the `meta_<name>`
/// pairs, `"document"` for the documents): what `bbbkit_request_set` takes. NULL when out of
/// range. A static string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_name(
    call: *const c_char,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary! { column_text(call, Column::Name, index) }
}

/// The field name of parameter `index` of `call`, in snake case (`"meeting_id"`, `"meta"`,
/// `"documents"`): front ends derive their own spelling from it. NULL when out of range. A
/// static string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_field(
    call: *const c_char,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary! { column_text(call, Column::Field, index) }
}

/// The type of parameter `index` of `call`, the core's `ParamType::as_str`: `"text"`,
/// `"url"`, `"boolean"`, `"integer"`, `"role"`, `"layout"`, `"guest_policy"`, `"list"`,
/// `"features"`, `"states"`, `"text_track_kind"`, `"meta"`, `"groups"`,
/// `"plugin_manifests"`, `"documents"` or `"json"` (how each is written as a string: see
/// `bbbkit_request_set`). NULL when out of range. A static string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_type(
    call: *const c_char,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary! { column_text(call, Column::Type, index) }
}

/// One sentence on what parameter `index` of `call` does. NULL when out of range. A static
/// string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_doc(
    call: *const c_char,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary! { column_text(call, Column::Doc, index) }
}

/// The BBB name of a parameter without which parameter `index` of `call` is refused (rule
/// `requires`: `attendeePW` requires `moderatorPW`), or NULL when there is none or `index` is
/// out of range. A static string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_requires(
    call: *const c_char,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary! { column_text(call, Column::Requires, index) }
}

/// The BBB name of the parameter that may stand in for required parameter `index` of `call`,
/// or NULL when there is none or `index` is out of range. A static string, never freed.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_alternative(
    call: *const c_char,
    index: usize,
) -> *const c_char {
    ffi_panic_boundary! { column_text(call, Column::Alternative, index) }
}

/// Whether parameter `index` of `call` is required. False when out of range.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_required(call: *const c_char, index: usize) -> bool {
    ffi_panic_boundary! { param(call, index).is_some_and(|p| p.required) }
}

/// Whether parameter `index` of `call` is a boolean sent only when true (`false` is never
/// sent). False when out of range.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_only_when_true(
    call: *const c_char,
    index: usize,
) -> bool {
    ffi_panic_boundary! { param(call, index).is_some_and(|p| p.only_when_true) }
}

/// Whether parameter `index` of `call` is sent in the request's body (not signed), not in the
/// query: `create`'s and `insertDocument`'s documents, `clientSettingsOverride`. False when out
/// of range.
///
/// # Safety
///
/// `call` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_call_parameter_in_body(call: *const c_char, index: usize) -> bool {
    ffi_panic_boundary! { param(call, index).is_some_and(|p| p.in_body) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CString;
    use std::ptr::null;

    fn text(p: *const c_char) -> Option<&'static str> {
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_str().unwrap())
    }

    #[test]
    fn the_calls_are_the_cores_in_order() {
        assert_eq!(NAMES, ApiRequest::CALLS);
        assert_eq!(bbbkit_call_count(), ApiRequest::CALLS.len());
        for (i, c) in ApiRequest::CALLS.iter().enumerate() {
            assert_eq!(text(bbbkit_call_name(i)), Some(*c));
        }
        assert!(bbbkit_call_name(NAMES.len()).is_null());
        let method = |c: &CStr| text(unsafe { bbbkit_call_method(c.as_ptr()) });
        assert_eq!(method(c"join"), Some("GET"));
        assert_eq!(method(c"create"), Some("GET"));
        assert_eq!(method(c"insertDocument"), Some("POST"));
        assert_eq!(method(c"putRecordingTextTrack"), Some("POST"));
        assert_eq!(method(c"getMeeting"), None);
        assert!(unsafe { bbbkit_call_method(null()) }.is_null());
        assert!(text(unsafe { bbbkit_call_doc(c"hooks/list".as_ptr()) }).is_some());
    }

    #[test]
    fn every_parameter_list_reads_as_the_cores() {
        for call in ApiRequest::CALLS {
            let c = CString::new(*call).unwrap();
            let c = c.as_ptr();
            let params = ApiRequest::parameters_of(call).unwrap();
            unsafe {
                assert_eq!(bbbkit_call_parameter_count(c), params.len(), "{call}");
                for (i, p) in params.iter().enumerate() {
                    assert_eq!(text(bbbkit_call_parameter_name(c, i)), Some(p.name));
                    assert_eq!(text(bbbkit_call_parameter_field(c, i)), Some(p.field));
                    assert_eq!(text(bbbkit_call_parameter_type(c, i)), Some(p.ty.as_str()));
                    assert_eq!(text(bbbkit_call_parameter_doc(c, i)), Some(p.doc));
                    assert_eq!(text(bbbkit_call_parameter_requires(c, i)), p.requires);
                    assert_eq!(text(bbbkit_call_parameter_alternative(c, i)), p.alternative);
                    assert_eq!(bbbkit_call_parameter_required(c, i), p.required);
                    assert_eq!(bbbkit_call_parameter_only_when_true(c, i), p.only_when_true);
                    assert_eq!(bbbkit_call_parameter_in_body(c, i), p.in_body);
                }
                let n = params.len();
                assert!(bbbkit_call_parameter_name(c, n).is_null());
                assert!(!bbbkit_call_parameter_required(c, n));
            }
        }
        unsafe {
            assert_eq!(bbbkit_call_parameter_count(null()), 0);
            assert_eq!(bbbkit_call_parameter_count(c"getMeeting".as_ptr()), 0);
            assert!(bbbkit_call_parameter_name(null(), 0).is_null());
            assert!(bbbkit_call_parameter_name(c"\xff".as_ptr(), 0).is_null());
        }
    }
}
