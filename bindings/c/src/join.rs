//! `bbbkit_join`: a builder for every parameter of the `join` call, set by name
//! (`bbbkit_join_set`) from the core's one declaration, which `bbbkit_join_parameter_*` lists
//! (through `bbbkit_call_parameter_*`, as for every call).

use std::ffi::{c_char, CStr};

use bbbkit_core::JoinRequest;

use crate::call;
use crate::enums::role_from_u32;
use crate::error::{check, clear_error};
use crate::{
    bbbkit_result, check_out, ffi_panic_boundary, free_box, read_cstr, read_params,
    to_boxed_mut_ptr, to_c_string, try_ffi, try_from_ptr, try_mut, try_ref, Castable,
};

/// The call whose declaration `bbbkit_join_parameter_*` reads.
const JOIN: &CStr = c"join";

/// A join request: every parameter of the `join` call, set one by one by its BBB name
/// (`bbbkit_join_set`); the parameters are listed by
/// `bbbkit_join_parameters_len` and its siblings.
///
/// Conversions (a role, a layout, a boolean, an integer) are checked when a value is set;
/// every other rule waits for `bbbkit_server_join_url`, which refuses bad input naming the
/// parameter and the rule. Parameters are emitted in a fixed, documented order.
///
/// **Not thread-safe:** setters change the handle; do not use one handle from two threads
/// at once. A finished request may be read (`bbbkit_server_join_url`) from several threads
/// at once as long as nobody changes it.
pub struct bbbkit_join {
    _private: [u8; 0],
}

impl Castable for bbbkit_join {
    type RustType = JoinRequest;
}

impl bbbkit_join {
    /// Creates a join request for `meeting_id` and `full_name` (both copied), with no role
    /// yet: set one with [`bbbkit_join_set_role`] (or, for servers before 3.0, the deprecated
    /// password with [`bbbkit_join_set`]).
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_join_free`].
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`. The values are checked
    /// by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `meeting_id` and `full_name` are NULL or NUL-terminated strings; `out` is NULL or
    /// writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_new(
        meeting_id: *const c_char,
        full_name: *const c_char,
        out: *mut *mut bbbkit_join,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let meeting_id = try_ffi!(read_cstr(meeting_id, "meetingID"));
            let full_name = try_ffi!(read_cstr(full_name, "fullName"));
            try_ffi!(check_out(out, "out"));
            let mut request = JoinRequest::default();
            request.meeting_id = meeting_id.to_owned();
            request.full_name = full_name.to_owned();
            *out = to_boxed_mut_ptr::<bbbkit_join>(request);
            clear_error()
        }
    }

    /// Creates a join request from a packed buffer of parameters named as in the BBB API:
    /// `len` bytes of NUL-separated fields `name\0value\0name\0value`, optionally with a NUL
    /// after the last value (so `name\0` alone is a name with an empty value). For bindings
    /// where one call is much cheaper than one call per parameter.
    ///
    /// Each pair is set as by [`bbbkit_join_set`]: a declared parameter (see
    /// [`bbbkit_join_parameter_name`]), `userdata-<key>`, or any other name as an extra
    /// parameter; a declared parameter given twice is refused. Extra parameters that may name a typed one (and must then be refused, rule `reserved`)
    /// are added with [`bbbkit_join_add_param`] instead. The buffer is only read; every string
    /// is copied. `params` may be NULL when `len` is 0 (no parameters).
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_join_free`]; on failure `*out` is left untouched.
    ///
    /// # Errors
    ///
    /// - `BBBKIT_RESULT_INVALID_PARAMETER`, parameter `params`, rule `pairs`: an odd number of
    ///   fields (a name without a value).
    /// - `BBBKIT_RESULT_INVALID_UTF8`, rule `utf8`: a name that is not UTF-8 (parameter
    ///   `params`; the message gives the field's position) or a value that is not (parameter:
    ///   its name).
    /// - `BBBKIT_RESULT_INVALID_PARAMETER` naming the parameter: a typed parameter given twice
    ///   (rule `duplicate`), a value that does not convert (`role`, `createTime`, a boolean, a
    ///   layout), or `checksum` (rule `reserved`). Every other rule is checked by
    ///   `bbbkit_server_join_url`, as for any request.
    /// - `BBBKIT_RESULT_NULL_PARAMETER`: `params` NULL with `len` > 0, or `out` NULL.
    ///
    /// # Safety
    ///
    /// `params` is NULL or points to `len` readable bytes; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_from_params(
        params: *const c_char,
        len: usize,
        out: *mut *mut bbbkit_join,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let params = try_ffi!(read_params(params, len, "params"));
            try_ffi!(check_out(out, "out"));
            let request = try_ffi!(check(JoinRequest::from_params(params).map_err(Into::into)));
            *out = to_boxed_mut_ptr::<bbbkit_join>(request);
            clear_error()
        }
    }

    /// Frees a join request. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a handle from `bbbkit_join_new` or `bbbkit_join_from_params` that is
    /// not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_free(join: *mut bbbkit_join) {
        ffi_panic_boundary! {
            free_box(join);
        }
    }

    /// Sets `role` to a [`crate::bbbkit_role`] value.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `role`, rule `one_of`) for a value out of
    /// range; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_role(
        join: *mut bbbkit_join,
        role: u32,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.role = Some(try_ffi!(role_from_u32(role, "role")));
            clear_error()
        }
    }

    /// Sets `createTime`: the create answer's `createTime`, in epoch milliseconds.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`. A value of 0 or less is refused by
    /// `bbbkit_server_join_url` (rule `positive`).
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_create_time(
        join: *mut bbbkit_join,
        millis: i64,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.create_time = Some(millis);
            clear_error()
        }
    }

    /// Sets one parameter, named and written as in the BBB API, as the core's
    /// `JoinRequest::set` does: a declared parameter (listed by
    /// [`bbbkit_join_parameters_len`] and [`bbbkit_join_parameter_name`]; booleans `true` or
    /// `false`, integers in decimal digits, a role or layout by name in any case) is replaced;
    /// `userdata-<key>` adds a userdata pair; any other name adds an extra parameter. Both
    /// strings are copied. A request cannot unset a parameter: build a new one.
    ///
    /// The typed setters ([`bbbkit_join_set_role`], [`bbbkit_join_set_create_time`]) are
    /// shortcuts for two common parameters.
    ///
    /// # Errors
    ///
    /// - `BBBKIT_RESULT_INVALID_PARAMETER` naming the parameter: a value that does not
    ///   convert to its type (rule `one_of` for a role, a layout or a boolean, `positive` for
    ///   an integer), or the name `checksum` (rule `reserved`). Every other rule is checked by
    ///   `bbbkit_server_join_url`, as for any request.
    /// - `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`: a bad `name` (parameter
    ///   `name`) or `value` (parameter: the name given).
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `name` and `value` are NULL or
    /// NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set(
        join: *mut bbbkit_join,
        name: *const c_char,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            let name = try_ffi!(read_cstr(name, "name"));
            let value = try_ffi!(read_cstr(value, name));
            try_ffi!(check(join.set(name, value).map_err(Into::into)));
            clear_error()
        }
    }

    /// Adds a `userdata-<key>=<value>` pair; give `key` without the `userdata-` prefix. Both
    /// strings are copied.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`. The key and value are
    /// checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `key` and `value` are NULL or
    /// NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_add_userdata(
        join: *mut bbbkit_join,
        key: *const c_char,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            let key = try_ffi!(read_cstr(key, "key"));
            let value = try_ffi!(read_cstr(value, "value"));
            join.userdata.push((key.to_owned(), value.to_owned()));
            clear_error()
        }
    }

    /// Adds a parameter newer than bbbkit, sent as given after everything else. It may not
    /// shadow a typed parameter, `checksum` or a `userdata-` one. Both strings are copied.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`. The name and value are
    /// checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `name` and `value` are NULL or
    /// NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_add_param(
        join: *mut bbbkit_join,
        name: *const c_char,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            let name = try_ffi!(read_cstr(name, "name"));
            let value = try_ffi!(read_cstr(value, "value"));
            join.extra.push((name.to_owned(), value.to_owned()));
            clear_error()
        }
    }

    /// The validated, encoded query of this join, without `checksum`: what
    /// `bbbkit_server_join_url` signs.
    ///
    /// On success `*out` receives a new string that the caller frees with
    /// `bbbkit_string_free`.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` naming the first parameter, in emission order, that
    /// breaks a rule; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_query(
        join: *const bbbkit_join,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_ref!(join);
            try_ffi!(check_out(out, "out"));
            let query = try_ffi!(check(join.to_query().map_err(Into::into)));
            *out = try_ffi!(to_c_string(query));
            clear_error()
        }
    }

    /// Whether the server will treat the user as authenticated: `auth` if set, else true
    /// unless `guest` is true. False when `join` is NULL.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_effective_auth(join: *const bbbkit_join) -> bool {
        ffi_panic_boundary! {
            try_from_ptr(join).is_some_and(JoinRequest::effective_auth)
        }
    }

    /// The number of declared parameters of the `join` call: the core's one declaration
    /// (`JoinRequest::PARAMETERS`), in emission order, the `userdata-` prefix last. Index `0`
    /// to `len - 1` with the `bbbkit_join_parameter_*` functions to build forms, flags or
    /// bindings from it. The same as [`bbbkit_call_parameter_count`](crate::call::bbbkit_call_parameter_count)
    /// of `"join"`, which these functions call.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameters_len() -> usize {
        unsafe { call::bbbkit_call_parameter_count(JOIN.as_ptr()) }
    }

    /// The BBB name of declared parameter `index` (`"meetingID"`, `"userdata-"` for the
    /// prefix of the userdata pairs): what [`bbbkit_join_set`] and `bbbkit_join_from_params`
    /// take. NULL when out of range. A static string, never freed.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_name(index: usize) -> *const c_char {
        unsafe { call::bbbkit_call_parameter_name(JOIN.as_ptr(), index) }
    }

    /// The field name of declared parameter `index`, in snake case (`"meeting_id"`): front
    /// ends derive their own spelling from it. NULL when out of range. A static string, never
    /// freed.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_field(index: usize) -> *const c_char {
        unsafe { call::bbbkit_call_parameter_field(JOIN.as_ptr(), index) }
    }

    /// The type of declared parameter `index`: `"text"`, `"url"`, `"boolean"`, `"integer"`,
    /// `"role"`, `"layout"` or `"meta"` (prefixed pairs). NULL when out of range. A static
    /// string, never freed.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_type(index: usize) -> *const c_char {
        unsafe { call::bbbkit_call_parameter_type(JOIN.as_ptr(), index) }
    }

    /// One sentence on what declared parameter `index` does. NULL when out of range. A static
    /// string, never freed.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_doc(index: usize) -> *const c_char {
        unsafe { call::bbbkit_call_parameter_doc(JOIN.as_ptr(), index) }
    }

    /// The BBB name of the parameter without which declared parameter `index` is refused
    /// (`sessionName` requires `existingUserID`), or NULL when there is none or `index` is out
    /// of range. A static string, never freed.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_requires(index: usize) -> *const c_char {
        unsafe { call::bbbkit_call_parameter_requires(JOIN.as_ptr(), index) }
    }

    /// The BBB name of the parameter that may stand in for required parameter `index`, or
    /// NULL when there is none or `index` is out of range. A static string, never freed.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_alternative(index: usize) -> *const c_char {
        unsafe { call::bbbkit_call_parameter_alternative(JOIN.as_ptr(), index) }
    }

    /// Whether declared parameter `index` is required. False when out of range.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_required(index: usize) -> bool {
        unsafe { call::bbbkit_call_parameter_required(JOIN.as_ptr(), index) }
    }

    /// Whether declared parameter `index` is a boolean sent only when true (`false` is never
    /// sent). False when out of range.
    #[no_mangle]
    pub extern "C" fn bbbkit_join_parameter_only_when_true(index: usize) -> bool {
        unsafe { call::bbbkit_call_parameter_only_when_true(JOIN.as_ptr(), index) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn setters_refuse_a_null_handle() {
        unsafe {
            assert_eq!(
                bbbkit_join::bbbkit_join_set(null_mut(), c"userID".as_ptr(), c"u".as_ptr()),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_join::bbbkit_join_set_role(null_mut(), 1),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert!(!bbbkit_join::bbbkit_join_effective_auth(null()));
            bbbkit_join::bbbkit_join_free(null_mut());
        }
    }

    fn new_join() -> *mut bbbkit_join {
        let mut join = null_mut();
        let r =
            unsafe { bbbkit_join::bbbkit_join_new(c"room".as_ptr(), c"Ada".as_ptr(), &mut join) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        join
    }

    #[test]
    fn set_takes_every_declared_parameter_by_its_bbb_name() {
        let join = new_join();
        // A value of each type, as the BBB API writes it.
        for p in JoinRequest::PARAMETERS {
            let value = match p.ty.as_str() {
                "boolean" => c"true",
                "integer" => c"17",
                "role" => c"viewer",
                "layout" => c"video_focus",
                "url" => c"https://example.com/x",
                _ => c"some text",
            };
            // A prefix (`userdata-`) takes a pair under a key after it.
            let name = match p.ty.as_str() {
                "meta" => format!("{}key", p.name),
                _ => p.name.to_owned(),
            };
            let name = std::ffi::CString::new(name).unwrap();
            let r = unsafe { bbbkit_join::bbbkit_join_set(join, name.as_ptr(), value.as_ptr()) };
            assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK, "{}", p.name);
        }
        let req = unsafe { &*join.cast::<JoinRequest>() };
        assert!(req.extra.is_empty());
        assert_eq!(req.userdata, [("key".to_owned(), "some text".to_owned())]);
        assert_eq!(req.create_time, Some(17));
        assert!(req.guest);
        unsafe { bbbkit_join::bbbkit_join_free(join) };
    }

    #[test]
    fn set_names_the_parameter_whose_value_does_not_convert() {
        let join = new_join();
        for p in JoinRequest::PARAMETERS {
            if !matches!(p.ty.as_str(), "boolean" | "integer" | "role" | "layout") {
                continue;
            }
            let name = std::ffi::CString::new(p.name).unwrap();
            let r =
                unsafe { bbbkit_join::bbbkit_join_set(join, name.as_ptr(), c"sideways".as_ptr()) };
            assert_eq!(r, bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER);
            assert_eq!(last_parameter_and_rule().0, p.name);
        }
        let r = unsafe { bbbkit_join::bbbkit_join_set(join, c"checksum".as_ptr(), c"00".as_ptr()) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER);
        assert_eq!(
            last_parameter_and_rule(),
            ("checksum".to_owned(), "reserved".to_owned())
        );
        let r = unsafe { bbbkit_join::bbbkit_join_set(join, c"userID".as_ptr(), null()) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        assert_eq!(
            last_parameter_and_rule(),
            ("userID".to_owned(), "not_null".to_owned())
        );
        assert_eq!(
            unsafe { bbbkit_join::bbbkit_join_set_role(join, 0) },
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
        );
        unsafe { bbbkit_join::bbbkit_join_free(join) };
    }

    #[test]
    fn set_adds_userdata_and_extra_parameters() {
        let join = new_join();
        unsafe {
            bbbkit_join::bbbkit_join_set(join, c"userdata-k".as_ptr(), c"v".as_ptr());
            bbbkit_join::bbbkit_join_set(join, c"lang".as_ptr(), c"de".as_ptr());
        }
        let req = unsafe { &*join.cast::<JoinRequest>() };
        assert_eq!(req.userdata, [("k".to_owned(), "v".to_owned())]);
        assert_eq!(req.extra, [("lang".to_owned(), "de".to_owned())]);
        unsafe { bbbkit_join::bbbkit_join_free(join) };
    }

    #[test]
    fn the_declaration_reads_as_the_cores() {
        let text = |p: *const c_char| {
            (!p.is_null()).then(|| unsafe { std::ffi::CStr::from_ptr(p) }.to_str().unwrap())
        };
        let n = bbbkit_join::bbbkit_join_parameters_len();
        assert_eq!(n, JoinRequest::PARAMETERS.len());
        for (i, p) in JoinRequest::PARAMETERS.iter().enumerate() {
            assert_eq!(
                text(bbbkit_join::bbbkit_join_parameter_name(i)),
                Some(p.name)
            );
            assert_eq!(
                text(bbbkit_join::bbbkit_join_parameter_field(i)),
                Some(p.field)
            );
            assert_eq!(
                text(bbbkit_join::bbbkit_join_parameter_type(i)),
                Some(p.ty.as_str())
            );
            assert_eq!(text(bbbkit_join::bbbkit_join_parameter_doc(i)), Some(p.doc));
            assert_eq!(
                text(bbbkit_join::bbbkit_join_parameter_requires(i)),
                p.requires
            );
            assert_eq!(
                text(bbbkit_join::bbbkit_join_parameter_alternative(i)),
                p.alternative
            );
            assert_eq!(bbbkit_join::bbbkit_join_parameter_required(i), p.required);
            assert_eq!(
                bbbkit_join::bbbkit_join_parameter_only_when_true(i),
                p.only_when_true
            );
        }
        assert!(bbbkit_join::bbbkit_join_parameter_name(n).is_null());
        assert!(bbbkit_join::bbbkit_join_parameter_type(usize::MAX).is_null());
        assert!(!bbbkit_join::bbbkit_join_parameter_required(n));
    }

    fn last_parameter_and_rule() -> (String, String) {
        use crate::error::{bbbkit_last_error_parameter, bbbkit_last_error_rule};
        let text = |p: *const c_char| {
            unsafe { std::ffi::CStr::from_ptr(p) }
                .to_str()
                .unwrap()
                .to_owned()
        };
        (
            text(bbbkit_last_error_parameter()),
            text(bbbkit_last_error_rule()),
        )
    }

    fn from_params(buf: &[u8]) -> (bbbkit_result, *mut bbbkit_join) {
        let sentinel = 8usize as *mut bbbkit_join;
        let mut out = sentinel;
        let r = unsafe {
            bbbkit_join::bbbkit_join_from_params(buf.as_ptr().cast(), buf.len(), &mut out)
        };
        if r != bbbkit_result::BBBKIT_RESULT_OK {
            assert_eq!(out, sentinel, "out written on failure");
        }
        (r, out)
    }

    #[test]
    fn from_params_reads_every_pair_with_or_without_a_trailing_nul() {
        for buf in [
            &b"meetingID\0room\0fullName\0Ada\0role\0VIEWER\0createTime\x00017\0guest\0true\0userdata-k\0\0lang\0de"[..],
            &b"meetingID\0room\0fullName\0Ada\0role\0VIEWER\0createTime\x00017\0guest\0true\0userdata-k\0\0lang\0de\0"[..],
        ] {
            let (r, join) = from_params(buf);
            assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
            let req = unsafe { &*join.cast::<JoinRequest>() };
            assert_eq!((req.meeting_id.as_str(), req.full_name.as_str()), ("room", "Ada"));
            assert_eq!(req.role, Some(bbbkit_core::Role::Viewer));
            assert_eq!(req.create_time, Some(17));
            assert!(req.guest);
            assert_eq!(req.userdata, [("k".to_owned(), String::new())]);
            assert_eq!(req.extra, [("lang".to_owned(), "de".to_owned())]);
            unsafe { bbbkit_join::bbbkit_join_free(join) };
        }
    }

    #[test]
    fn from_params_with_no_fields_is_an_empty_request() {
        let (r, join) = from_params(b"");
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        assert_eq!(
            unsafe { &*join.cast::<JoinRequest>() },
            &JoinRequest::default()
        );
        unsafe { bbbkit_join::bbbkit_join_free(join) };
        let mut out = null_mut();
        let r = unsafe { bbbkit_join::bbbkit_join_from_params(null(), 0, &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        unsafe { bbbkit_join::bbbkit_join_free(out) };
    }

    #[test]
    fn a_last_empty_value_may_end_the_buffer_with_or_without_the_final_nul() {
        for buf in [
            &b"meetingID\0room\0fullName\0"[..],
            &b"meetingID\0room\0fullName\0\0"[..],
        ] {
            let (r, join) = from_params(buf);
            assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
            let req = unsafe { &*join.cast::<JoinRequest>() };
            assert_eq!(
                (req.meeting_id.as_str(), req.full_name.as_str()),
                ("room", "")
            );
            assert!(req.extra.is_empty());
            unsafe { bbbkit_join::bbbkit_join_free(join) };
        }
    }

    #[test]
    fn from_params_refuses_an_odd_number_of_fields() {
        for (buf, fields) in [
            (&b"meetingID"[..], 1),
            (&b"meetingID\0room\0fullName"[..], 3),
            (&b"a\0b\0\0\0c"[..], 5),
        ] {
            assert_eq!(
                from_params(buf).0,
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            assert_eq!(
                last_parameter_and_rule(),
                ("params".to_owned(), "pairs".to_owned())
            );
            let msg =
                unsafe { std::ffi::CStr::from_ptr(crate::error::bbbkit_last_error_message()) };
            let want = format!("an even number of fields, not {fields}");
            assert!(msg.to_str().unwrap().contains(&want), "{msg:?}");
        }
    }

    #[test]
    fn from_params_refuses_invalid_utf8_naming_the_field() {
        assert_eq!(
            from_params(b"meetingID\0room\0fullName\0A\xffda").0,
            bbbkit_result::BBBKIT_RESULT_INVALID_UTF8
        );
        assert_eq!(
            last_parameter_and_rule(),
            ("fullName".to_owned(), "utf8".to_owned())
        );
        assert_eq!(
            from_params(b"meetingID\0room\0full\xffName\0Ada").0,
            bbbkit_result::BBBKIT_RESULT_INVALID_UTF8
        );
        assert_eq!(
            last_parameter_and_rule(),
            ("params".to_owned(), "utf8".to_owned())
        );
        let msg = unsafe { std::ffi::CStr::from_ptr(crate::error::bbbkit_last_error_message()) };
        assert!(msg.to_str().unwrap().contains("field 3, a name"), "{msg:?}");
    }

    #[test]
    fn from_params_passes_on_the_cores_conversion_errors() {
        assert_eq!(
            from_params(b"meetingID\0room\0role\0admin").0,
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
        );
        assert_eq!(
            last_parameter_and_rule(),
            ("role".to_owned(), "one_of".to_owned())
        );
        assert_eq!(
            from_params(b"meetingID\0a\0meetingID\0b").0,
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
        );
        assert_eq!(
            last_parameter_and_rule(),
            ("meetingID".to_owned(), "duplicate".to_owned())
        );
        assert_eq!(
            from_params(b"checksum\0ab").0,
            bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
        );
        assert_eq!(
            last_parameter_and_rule(),
            ("checksum".to_owned(), "reserved".to_owned())
        );
    }

    #[test]
    fn from_params_refuses_null_pointers() {
        let mut out = null_mut();
        let r = unsafe { bbbkit_join::bbbkit_join_from_params(null(), 3, &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        assert_eq!(
            last_parameter_and_rule(),
            ("params".to_owned(), "not_null".to_owned())
        );
        let r = unsafe { bbbkit_join::bbbkit_join_from_params(c"a".as_ptr(), 0, null_mut()) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
        assert_eq!(
            last_parameter_and_rule(),
            ("out".to_owned(), "not_null".to_owned())
        );
        assert!(out.is_null());
    }
}
