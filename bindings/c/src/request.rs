//! `bbbkit_request`: a request of any declared call, set by name (`bbbkit_request_set`), and
//! `bbbkit_prepared`: what `bbbkit_server_prepare` makes of it (method, signed URL, body,
//! content type, file field). One generic surface for every call; the parameters of each are
//! listed by `bbbkit_call_parameter_*`.

use std::ffi::c_char;

use bbbkit_core::{ApiRequest, PreparedRequest};

use crate::cstr::c_strings;
use crate::error::{check, clear_error};
use crate::server::bbbkit_server;
use crate::{
    bbbkit_result, bbbkit_str, check_out, ffi_panic_boundary, free_box, read_cstr, read_params,
    to_boxed_mut_ptr, to_c_string, try_ffi, try_from_ptr, try_mut, try_ref, Castable,
};

/// A request of one declared call (`create`, `getRecordings`, `hooks/create`, … and `join`),
/// its parameters set one by one by their BBB names (`bbbkit_request_set`).
///
/// Conversions (a boolean, an integer, an enum, a list, JSON) are checked when a value is set;
/// every other rule waits for `bbbkit_server_prepare`, which refuses bad input naming the
/// parameter and the rule.
///
/// **Not thread-safe:** setters change the handle; do not use one handle from two threads at
/// once. A finished request may be prepared from several threads at once as long as nobody
/// changes it.
pub struct bbbkit_request {
    _private: [u8; 0],
}

impl Castable for bbbkit_request {
    type RustType = ApiRequest;
}

/// A call ready to send: the HTTP method, the signed URL and, when the call has one, the body
/// and its `Content-Type` (and for an upload, the multipart field of the file). bbbkit never
/// sends it: your HTTP client does. The body is **not** covered by the checksum (the server
/// signs only the URL's query).
///
/// Immutable, so **thread-safe** to read from several threads.
pub struct bbbkit_prepared {
    _private: [u8; 0],
}

impl Castable for bbbkit_prepared {
    type RustType = PreparedRequest;
}

impl bbbkit_request {
    /// Creates an empty request for `call`, named as the API spells it (`"create"`,
    /// `"getRecordings"`, `"hooks/create"`; `bbbkit_call_name` lists them).
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_request_free`]; on failure `*out` is left untouched.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER`, parameter `call`, rule `one_of`, for a call bbbkit
    /// does not declare (sign those with `bbbkit_server_api_url`);
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `call` is NULL or a NUL-terminated string; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_new(
        call: *const c_char,
        out: *mut *mut bbbkit_request,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let call = try_ffi!(read_cstr(call, "call"));
            try_ffi!(check_out(out, "out"));
            let request = try_ffi!(check(ApiRequest::new(call).map_err(Into::into)));
            *out = to_boxed_mut_ptr::<bbbkit_request>(request);
            clear_error()
        }
    }

    /// Frees a request. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `request` is NULL or a handle from `bbbkit_request_new` that is not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_free(request: *mut bbbkit_request) {
        ffi_panic_boundary! {
            free_box(request);
        }
    }

    /// The call of `request` (`"create"`), or NULL when `request` is NULL. A static string,
    /// never freed.
    ///
    /// # Safety
    ///
    /// `request` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_call(request: *const bbbkit_request) -> *const c_char {
        ffi_panic_boundary! {
            match try_from_ptr(request) {
                Some(r) => {
                    let calls = c_strings!(ApiRequest::CALLS);
                    calls.get(ApiRequest::CALLS.iter().position(|c| *c == r.call()).unwrap_or(usize::MAX))
                }
                None => std::ptr::null(),
            }
        }
    }

    /// Sets one parameter, named and written as in the BBB API (the core's `ApiRequest::set`):
    /// a declared parameter of the call (`bbbkit_call_parameter_name`) is set once (BBB reads
    /// the first value of a repeated parameter, so a second value is refused, rule
    /// `duplicate`, rather than signed in its place); `meta_<name>` adds a metadata pair; `document` adds documents; any other name adds an extra parameter,
    /// sent as given after the declared ones. Both strings are copied.
    ///
    /// Values are strings, by the parameter's type (`bbbkit_call_parameter_type`): booleans
    /// `true`/`false` (any case); integers in decimal; lists comma-separated (meeting, record
    /// and event IDs, `state`, `disabledFeatures`); enums in any case (`guestPolicy`,
    /// `meetingLayout`, `state`, `kind`); a feature newer than bbbkit as `newer:NAME`; `groups`
    /// and `pluginManifests` as JSON arrays; `document` as JSON, one object or an array, with
    /// `url` or `content` (base64) and optional `filename`, `current`, `downloadable`,
    /// `removable`; `clientSettingsOverride` as a JSON object.
    ///
    /// # Errors
    ///
    /// - `BBBKIT_RESULT_INVALID_PARAMETER` naming the parameter: a value that does not convert
    ///   (rules `one_of`, `range`, `json`, `name`, …), a declared parameter set a second time
    ///   (rule `duplicate`), or `checksum` (rule `reserved`). Every other rule is checked by
    ///   `bbbkit_server_prepare`.
    /// - `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`: a bad `name` (parameter
    ///   `name`) or `value` (parameter: the name given).
    ///
    /// # Safety
    ///
    /// `request` is NULL or a live handle used by no other thread; `name` and `value` are NULL
    /// or NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_set(
        request: *mut bbbkit_request,
        name: *const c_char,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let request = try_mut!(request);
            let name = try_ffi!(read_cstr(name, "name"));
            let value = try_ffi!(read_cstr(value, name));
            try_ffi!(check(request.set(name, value).map_err(Into::into)));
            clear_error()
        }
    }

    /// Adds a parameter newer than bbbkit, sent as given after the declared ones (the core's
    /// `ApiRequest::add_param`). Unlike [`bbbkit_request_set`], the name is never read as a
    /// declared parameter's: one that names a declared parameter (in any case), a declared
    /// prefix (`meta_`, `userdata-`) or `checksum` is refused by `bbbkit_server_prepare`,
    /// rule `reserved`. Both strings are copied.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8` (parameter `name`, or the
    /// name given for the value). The name and value are checked by `bbbkit_server_prepare`.
    ///
    /// # Safety
    ///
    /// `request` is NULL or a live handle used by no other thread; `name` and `value` are NULL
    /// or NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_add_param(
        request: *mut bbbkit_request,
        name: *const c_char,
        value: *const c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let request = try_mut!(request);
            let name = try_ffi!(read_cstr(name, "name"));
            let value = try_ffi!(read_cstr(value, name));
            request.add_param(name, value);
            clear_error()
        }
    }

    /// Sets several parameters from a packed buffer, in order, each as by
    /// [`bbbkit_request_set`]: `len` bytes of NUL-separated fields `name\0value\0name\0value`,
    /// optionally with a NUL after the last value. For bindings where one call is much cheaper
    /// than one call per parameter. The buffer is only read; every string is copied. `params`
    /// may be NULL when `len` is 0.
    ///
    /// The buffer is read whole before anything is set: a malformed buffer changes nothing.
    /// A value refused by its conversion stops there, with the pairs before it set.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER`, parameter `params`, rule `pairs` (an odd number of
    /// fields); `BBBKIT_RESULT_INVALID_UTF8` (parameter `params` for a name, the name for a
    /// value); then those of [`bbbkit_request_set`]; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `request` is NULL or a live handle used by no other thread; `params` is NULL or points
    /// to `len` readable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_set_params(
        request: *mut bbbkit_request,
        params: *const c_char,
        len: usize,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let request = try_mut!(request);
            let params = try_ffi!(read_params(params, len, "params"));
            for (name, value) in params {
                try_ffi!(check(request.set(name, value).map_err(Into::into)));
            }
            clear_error()
        }
    }

    /// The validated, encoded query of `request`, without `checksum`: what
    /// `bbbkit_server_prepare` signs.
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
    /// `request` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_request_query(
        request: *const bbbkit_request,
        out: *mut *mut c_char,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let request = try_ref!(request);
            try_ffi!(check_out(out, "out"));
            let query = try_ffi!(check(request.to_query().map_err(Into::into)));
            *out = try_ffi!(to_c_string(query));
            clear_error()
        }
    }
}

impl bbbkit_server {
    /// Validates and signs `request`: its method, signed URL and, when it has one, its body.
    /// `create` with documents or `clientSettingsOverride` and `insertDocument` are POSTs with
    /// an XML body; `putRecordingTextTrack` is a multipart POST whose file the caller adds in
    /// the field `bbbkit_prepared_file_field`; every other call is a GET without a body.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_prepared_free`]; on failure `*out` is left untouched. The prepared request
    /// owns copies of everything: `server` and `request` may be freed before it.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` naming the first parameter, in emission order, that
    /// breaks a rule (then a document or `clientSettingsOverride` of the body);
    /// `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `server` and `request` are NULL or live handles; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_prepare(
        server: *const bbbkit_server,
        request: *const bbbkit_request,
        out: *mut *mut bbbkit_prepared,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let request = try_ref!(request);
            try_ffi!(check_out(out, "out"));
            let prepared = try_ffi!(check(server.prepare_request(request)));
            *out = to_boxed_mut_ptr::<bbbkit_prepared>(prepared);
            clear_error()
        }
    }

    /// [`bbbkit_request_new`](bbbkit_request::bbbkit_request_new),
    /// [`bbbkit_request_set_params`](bbbkit_request::bbbkit_request_set_params) and
    /// [`bbbkit_server_prepare`] in one call, without a request handle: `params` is a packed
    /// buffer as for `bbbkit_request_set_params`.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_prepared_free`]; on failure `*out` is left untouched.
    ///
    /// # Errors
    ///
    /// Those of the three functions, in that order; and `BBBKIT_RESULT_INVALID_PARAMETER`,
    /// rule `duplicate`, for a declared single-valued parameter given twice (`meta_` pairs and
    /// `document` may repeat).
    ///
    /// # Safety
    ///
    /// `server` is NULL or a live handle; `call` is NULL or a NUL-terminated string; `params`
    /// is NULL or points to `len` readable bytes; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_prepare_params(
        server: *const bbbkit_server,
        call: *const c_char,
        params: *const c_char,
        len: usize,
        out: *mut *mut bbbkit_prepared,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let call = try_ffi!(read_cstr(call, "call"));
            let params = try_ffi!(read_params(params, len, "params"));
            try_ffi!(check_out(out, "out"));
            let request = try_ffi!(check(ApiRequest::from_params(call, params).map_err(Into::into)));
            let prepared = try_ffi!(check(server.prepare_request(&request)));
            *out = to_boxed_mut_ptr::<bbbkit_prepared>(prepared);
            clear_error()
        }
    }

    /// [`bbbkit_server_prepare_params`] with parameters newer than bbbkit in a second packed
    /// buffer, `extra` (`extra_len` bytes, the same `name\0value\0…` form), each added as by
    /// [`bbbkit_request_add_param`](bbbkit_request::bbbkit_request_add_param): sent as given
    /// after the declared ones, and refused (rule `reserved`) when one names a declared
    /// parameter in any case, a declared prefix or `checksum`. For bindings whose calls take
    /// the declared parameters and the newer ones apart.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_prepared_free`]; on failure `*out` is left untouched.
    ///
    /// # Errors
    ///
    /// Those of `bbbkit_server_prepare_params`, with parameter `extra` for a malformed or
    /// non-UTF-8 `extra` buffer; rule `reserved` naming an extra parameter that shadows a
    /// declared one.
    ///
    /// # Safety
    ///
    /// As `bbbkit_server_prepare_params`; `extra` is NULL or points to `extra_len` readable
    /// bytes.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_server_prepare_params_extra(
        server: *const bbbkit_server,
        call: *const c_char,
        params: *const c_char,
        len: usize,
        extra: *const c_char,
        extra_len: usize,
        out: *mut *mut bbbkit_prepared,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let server = try_ref!(server);
            let call = try_ffi!(read_cstr(call, "call"));
            let params = try_ffi!(read_params(params, len, "params"));
            let extra = try_ffi!(read_params(extra, extra_len, "extra"));
            try_ffi!(check_out(out, "out"));
            let mut request = try_ffi!(check(ApiRequest::from_params(call, params).map_err(Into::into)));
            for (name, value) in extra {
                request.add_param(name, value);
            }
            let prepared = try_ffi!(check(server.prepare_request(&request)));
            *out = to_boxed_mut_ptr::<bbbkit_prepared>(prepared);
            clear_error()
        }
    }
}

impl bbbkit_prepared {
    /// Frees a prepared request. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `prepared` is NULL or a handle from `bbbkit_server_prepare` (or `_params`) that is not
    /// used afterwards; the strings borrowed from it die with it.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_prepared_free(prepared: *mut bbbkit_prepared) {
        ffi_panic_boundary! {
            free_box(prepared);
        }
    }

    /// The HTTP method: `GET` or `POST`. Static; absent when `prepared` is NULL.
    ///
    /// # Safety
    ///
    /// `prepared` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_prepared_method(
        prepared: *const bbbkit_prepared,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            try_from_ptr(prepared).map_or(bbbkit_str::absent(), |p| bbbkit_str::from_str(p.method.as_str()))
        }
    }

    /// The signed URL. Borrowed: valid while `prepared` lives. Absent when `prepared` is NULL.
    ///
    /// # Safety
    ///
    /// `prepared` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_prepared_url(
        prepared: *const bbbkit_prepared,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            try_from_ptr(prepared).map_or(bbbkit_str::absent(), |p| bbbkit_str::from_str(&p.url))
        }
    }

    /// The body to send, as `len` bytes at `data` (binary-safe: compare and copy by length,
    /// never as a C string). The bodies bbbkit builds today are UTF-8 XML. Absent (data NULL)
    /// when the call sends no body. Borrowed: valid while `prepared` lives.
    ///
    /// # Safety
    ///
    /// `prepared` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_prepared_body(
        prepared: *const bbbkit_prepared,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            match try_from_ptr(prepared).and_then(|p| p.body.as_deref()) {
                Some(b) => bbbkit_str::from_bytes(b),
                None => bbbkit_str::absent(),
            }
        }
    }

    /// The body's `Content-Type` (`application/xml`), or for an upload `multipart/form-data`
    /// (your HTTP client adds the boundary). Absent when there is none. Static.
    ///
    /// # Safety
    ///
    /// `prepared` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_prepared_content_type(
        prepared: *const bbbkit_prepared,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(prepared).and_then(|p| p.content_type))
        }
    }

    /// For `putRecordingTextTrack`: the multipart field that carries the file (`file`). Absent
    /// for every other call. Static.
    ///
    /// # Safety
    ///
    /// `prepared` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_prepared_file_field(
        prepared: *const bbbkit_prepared,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(prepared).and_then(|p| p.file_field))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    fn bytes(s: bbbkit_str<'_>) -> Option<&[u8]> {
        (!s.data.is_null()).then(|| unsafe { std::slice::from_raw_parts(s.data, s.len) })
    }

    fn server() -> *mut bbbkit_server {
        let mut s = null_mut();
        let r = unsafe {
            bbbkit_server::bbbkit_server_new(
                c"https://bbb.example.com".as_ptr(),
                c"secret".as_ptr(),
                &mut s,
            )
        };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
        s
    }

    #[test]
    fn a_request_by_name_prepares_as_the_cores() {
        let s = server();
        let mut req = null_mut();
        unsafe {
            assert_eq!(
                bbbkit_request::bbbkit_request_new(c"create".as_ptr(), &mut req),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            let buf = b"meetingID\0room-1\0name\0Physics 101\0document\0{\"url\":\"https://f.example.com/a.pdf\"}\0";
            assert_eq!(
                bbbkit_request::bbbkit_request_set_params(req, buf.as_ptr().cast(), buf.len()),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            assert_eq!(
                std::ffi::CStr::from_ptr(bbbkit_request::bbbkit_request_call(req)).to_str(),
                Ok("create")
            );
            let mut p = null_mut();
            assert_eq!(
                bbbkit_server::bbbkit_server_prepare(s, req, &mut p),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            let mut core = ApiRequest::new("create").unwrap();
            core.set("meetingID", "room-1").unwrap();
            core.set("name", "Physics 101").unwrap();
            core.set("document", "{\"url\":\"https://f.example.com/a.pdf\"}")
                .unwrap();
            let want = bbbkit_core::Server::new("https://bbb.example.com", "secret")
                .unwrap()
                .prepare_request(&core)
                .unwrap();
            assert_eq!(
                bytes(bbbkit_prepared::bbbkit_prepared_method(p)),
                Some(&b"POST"[..])
            );
            assert_eq!(
                bytes(bbbkit_prepared::bbbkit_prepared_url(p)),
                Some(want.url.as_bytes())
            );
            assert_eq!(
                bytes(bbbkit_prepared::bbbkit_prepared_body(p)),
                want.body.as_deref()
            );
            assert_eq!(
                bytes(bbbkit_prepared::bbbkit_prepared_content_type(p)),
                want.content_type.map(str::as_bytes)
            );
            assert_eq!(bytes(bbbkit_prepared::bbbkit_prepared_file_field(p)), None);
            bbbkit_prepared::bbbkit_prepared_free(p);
            bbbkit_request::bbbkit_request_free(req);
            bbbkit_server::bbbkit_server_free(s);
        }
    }

    #[test]
    fn null_and_unknown_calls_are_refused() {
        let mut req = null_mut();
        unsafe {
            assert_eq!(
                bbbkit_request::bbbkit_request_new(c"getMeeting".as_ptr(), &mut req),
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            assert!(req.is_null());
            assert_eq!(
                bbbkit_request::bbbkit_request_new(null(), &mut req),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_request::bbbkit_request_set(null_mut(), c"a".as_ptr(), c"b".as_ptr()),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert_eq!(
                bbbkit_server::bbbkit_server_prepare(null(), null(), null_mut()),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            assert!(bbbkit_request::bbbkit_request_call(null()).is_null());
            assert!(bbbkit_prepared::bbbkit_prepared_url(null()).data.is_null());
            assert!(bbbkit_prepared::bbbkit_prepared_method(null())
                .data
                .is_null());
            bbbkit_request::bbbkit_request_free(null_mut());
            bbbkit_prepared::bbbkit_prepared_free(null_mut());
        }
    }
}
