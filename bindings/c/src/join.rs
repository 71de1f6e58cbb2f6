//! `bbbkit_join`: a builder for every parameter of the `join` call.

use std::ffi::c_char;

use bbbkit_core::JoinRequest;

use crate::enums::{layout_from_u32, role_from_u32};
use crate::error::{check, clear_error};
use crate::{
    bbbkit_result, check_out, ffi_panic_boundary, free_box, read_cstr, read_opt_cstr, read_params,
    to_boxed_mut_ptr, to_c_string, try_ffi, try_from_ptr, try_mut, try_ref, Castable,
};

/// A join request: every parameter of the `join` call, set one by one.
///
/// Nothing is checked until `bbbkit_server_join_url`, which refuses bad input naming the
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
    /// password with [`bbbkit_join_set_password`]).
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
    /// Names: `meetingID`, `fullName`, `role` (`moderator` or `viewer`, any case), `createTime`
    /// (decimal digits), `redirect`, `guest`, `auth`, `bot`, `excludeFromDashboard` (`true` or
    /// `false`), `enforceLayout` and `defaultLayout` (a layout name), the other string
    /// parameters (`password`, `userID`, `firstName`, `lastName`, `avatarURL`,
    /// `webcamBackgroundURL`, `errorRedirectUrl`, `logoutURL`, `existingUserID`, `sessionName`,
    /// `replaceSessionToken`), `userdata-<key>`, and any other name as an extra parameter.
    /// Extra parameters that may name a typed one (and must then be refused, rule `reserved`)
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

    /// Sets `enforceLayout` to a [`crate::bbbkit_layout`] value.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `enforceLayout`, rule `one_of`) for a
    /// value out of range; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_enforce_layout(
        join: *mut bbbkit_join,
        layout: u32,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.enforce_layout = Some(try_ffi!(layout_from_u32(layout, "enforceLayout")));
            clear_error()
        }
    }

    /// Sets `defaultLayout` to a [`crate::bbbkit_layout`] value.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `defaultLayout`, rule `one_of`) for a
    /// value out of range; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_default_layout(
        join: *mut bbbkit_join,
        layout: u32,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.default_layout = Some(try_ffi!(layout_from_u32(layout, "defaultLayout")));
            clear_error()
        }
    }

    /// Sets the deprecated `password` (servers before 3.0).
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_password(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.password = try_ffi!(read_opt_cstr(value, "password")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `userID`, the application's user ID.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_user_id(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.user_id = try_ffi!(read_opt_cstr(value, "userID")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `firstName`, used for sorting.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_first_name(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.first_name = try_ffi!(read_opt_cstr(value, "firstName")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `lastName`, used for sorting.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_last_name(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.last_name = try_ffi!(read_opt_cstr(value, "lastName")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `avatarURL`, an absolute http(s) URL.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_avatar_url(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.avatar_url = try_ffi!(read_opt_cstr(value, "avatarURL")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `webcamBackgroundURL`, an absolute http(s) URL.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_webcam_background_url(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.webcam_background_url = try_ffi!(read_opt_cstr(value, "webcamBackgroundURL")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `errorRedirectUrl`, an absolute http(s) URL.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_error_redirect_url(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.error_redirect_url = try_ffi!(read_opt_cstr(value, "errorRedirectUrl")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `logoutURL`, an absolute http(s) URL.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_logout_url(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.logout_url = try_ffi!(read_opt_cstr(value, "logoutURL")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `existingUserID`, to rejoin an existing session.
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_existing_user_id(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.existing_user_id = try_ffi!(read_opt_cstr(value, "existingUserID")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `sessionName` (needs `existingUserID`).
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_session_name(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.session_name = try_ffi!(read_opt_cstr(value, "sessionName")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `replaceSessionToken` (needs `existingUserID`).
    ///
    /// The string is copied. NULL unsets the parameter.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`; `BBBKIT_RESULT_INVALID_UTF8`. The
    /// value itself is checked by `bbbkit_server_join_url`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread; `value` is NULL or a
    /// NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_replace_session_token(
        join: *mut bbbkit_join,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.replace_session_token = try_ffi!(read_opt_cstr(value, "replaceSessionToken")).map(str::to_owned);
            clear_error()
        }
    }

    /// Sets `redirect`; `false` asks the server for an XML answer instead of a redirect.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_redirect(
        join: *mut bbbkit_join,
        value: bool,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.redirect = Some(value);
            clear_error()
        }
    }

    /// Sets `guest`; `false` is never sent (any `guest` parameter makes the user a guest).
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_guest(
        join: *mut bbbkit_join,
        value: bool,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.guest = value;
            clear_error()
        }
    }

    /// Sets `auth` explicitly.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_auth(
        join: *mut bbbkit_join,
        value: bool,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.auth = Some(value);
            clear_error()
        }
    }

    /// Sets `bot`; sent only when true.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_bot(
        join: *mut bbbkit_join,
        value: bool,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.bot = value;
            clear_error()
        }
    }

    /// Sets `excludeFromDashboard`; sent only when true.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER` for a NULL `join`.
    ///
    /// # Safety
    ///
    /// `join` is NULL or a live handle used by no other thread.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_join_set_exclude_from_dashboard(
        join: *mut bbbkit_join,
        value: bool,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let join = try_mut!(join);
            join.exclude_from_dashboard = value;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn setters_refuse_a_null_handle() {
        unsafe {
            assert_eq!(
                bbbkit_join::bbbkit_join_set_user_id(null_mut(), c"u".as_ptr()),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_join::bbbkit_join_set_guest(null_mut(), true),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert!(!bbbkit_join::bbbkit_join_effective_auth(null()));
            bbbkit_join::bbbkit_join_free(null_mut());
        }
    }

    #[test]
    fn null_unsets_an_optional_string() {
        unsafe {
            let mut join = null_mut();
            assert_eq!(
                bbbkit_join::bbbkit_join_new(c"room".as_ptr(), c"Ada".as_ptr(), &mut join),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            bbbkit_join::bbbkit_join_set_user_id(join, c"u-1".as_ptr());
            assert_eq!(
                (*join.cast::<JoinRequest>()).user_id.as_deref(),
                Some("u-1")
            );
            bbbkit_join::bbbkit_join_set_user_id(join, null());
            assert_eq!((*join.cast::<JoinRequest>()).user_id, None);
            assert_eq!(
                bbbkit_join::bbbkit_join_set_role(join, 0),
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            bbbkit_join::bbbkit_join_free(join);
        }
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
