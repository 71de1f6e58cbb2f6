//! Parsing the server's answers: `bbbkit_joined`, `bbbkit_created`, `bbbkit_response` with its
//! `bbbkit_element` tree, and `bbbkit_api_error`.
//!
//! All of these handles are immutable, so **thread-safe** to read from several threads.

use std::ffi::c_char;

use bbbkit_core::{ApiError, Created, Element, Joined, ParseOptions, Response};

use crate::enums::guest_status_to_c;
use crate::error::{check, clear_error};
use crate::{
    bbbkit_api_error_kind, bbbkit_message_key, bbbkit_result, bbbkit_str, check_out,
    ffi_panic_boundary, free_box, read_bytes, read_cstr, to_boxed_mut_ptr, try_ffi, try_from_ptr,
    Castable,
};

/// The answer to a join with `redirect=false`: the session to open.
pub struct bbbkit_joined {
    _private: [u8; 0],
}

impl Castable for bbbkit_joined {
    type RustType = Joined;
}

/// The answer to a `create` call.
pub struct bbbkit_created {
    _private: [u8; 0],
}

impl Castable for bbbkit_created {
    type RustType = Created;
}

/// Any successful answer, as a tree of elements.
pub struct bbbkit_response {
    _private: [u8; 0],
}

impl Castable for bbbkit_response {
    type RustType = Response;
}

/// One element of a response tree. Borrowed from its `bbbkit_response`: never freed, valid
/// while the response lives.
pub struct bbbkit_element {
    _private: [u8; 0],
}

impl Castable for bbbkit_element {
    type RustType = Element;
}

/// A failure the server reported: a key and a message, and every error of the multi-error
/// form.
pub struct bbbkit_api_error {
    _private: [u8; 0],
}

impl Castable for bbbkit_api_error {
    type RustType = ApiError;
}

/// Limits for the parse functions. Pass NULL for the defaults; a field left at 0 keeps its
/// default too.
///
/// ```c
/// bbbkit_parse_options options = {.max_size = 64 * 1024};
/// bbbkit_parse_response(body, len, &options, &response);
/// ```
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct bbbkit_parse_options {
    /// The largest body accepted, in bytes; 0 means the default, 64 MiB.
    pub max_size: usize,
    /// The deepest nesting of elements accepted; 0 means the default, 32.
    pub max_depth: usize,
}

/// The core's options for a C `bbbkit_parse_options` (NULL: the defaults).
///
/// # Safety
///
/// `options` is NULL or points to a readable `bbbkit_parse_options`.
pub(crate) unsafe fn options(options: *const bbbkit_parse_options) -> ParseOptions {
    let given = options.as_ref().copied().unwrap_or_default();
    let mut o = ParseOptions::default();
    if given.max_size != 0 {
        o = o.max_size(given.max_size);
    }
    if given.max_depth != 0 {
        o = o.max_depth(given.max_depth);
    }
    o
}

/// Parses the answer to a join with `redirect=false`.
///
/// `body` is `len` bytes (NULL is allowed when `len` is 0). `parse_options` sets the size and depth
/// limits; NULL means the defaults (64 MiB, 32 levels).
///
/// On success `*out` receives a new handle that the caller frees with `bbbkit_joined_free`.
///
/// # Errors
///
/// `BBBKIT_RESULT_API` when the server answered FAILED (read it with `bbbkit_last_api_error`);
/// `BBBKIT_RESULT_PARSE` for bytes that are not a BBB answer (`bbbkit_last_error_parse_code`);
/// `BBBKIT_RESULT_NULL_PARAMETER`.
///
/// # Safety
///
/// `body` is NULL or points to `len` readable bytes; `parse_options` is NULL or readable;
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_join_response(
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    out: *mut *mut bbbkit_joined,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let body = try_ffi!(read_bytes(body, len, "body"));
        try_ffi!(check_out(out, "out"));
        let joined = try_ffi!(check(options(parse_options).parse_join_response(body)));
        *out = to_boxed_mut_ptr::<bbbkit_joined>(joined);
        clear_error()
    }
}

/// Parses the answer to a `create` call. Arguments as for [`bbbkit_parse_join_response`].
///
/// On success `*out` receives a new handle that the caller frees with `bbbkit_created_free`.
///
/// # Errors
///
/// As [`bbbkit_parse_join_response`].
///
/// # Safety
///
/// `body` is NULL or points to `len` readable bytes; `parse_options` is NULL or readable;
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_create_response(
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    out: *mut *mut bbbkit_created,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let body = try_ffi!(read_bytes(body, len, "body"));
        try_ffi!(check_out(out, "out"));
        let created = try_ffi!(check(options(parse_options).parse_create_response(body)));
        *out = to_boxed_mut_ptr::<bbbkit_created>(created);
        clear_error()
    }
}

/// Parses any answer into a tree. Arguments as for [`bbbkit_parse_join_response`].
///
/// On success `*out` receives a new handle that the caller frees with `bbbkit_response_free`.
///
/// # Errors
///
/// As [`bbbkit_parse_join_response`].
///
/// # Safety
///
/// `body` is NULL or points to `len` readable bytes; `parse_options` is NULL or readable;
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_response(
    body: *const c_char,
    len: usize,
    parse_options: *const bbbkit_parse_options,
    out: *mut *mut bbbkit_response,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let body = try_ffi!(read_bytes(body, len, "body"));
        try_ffi!(check_out(out, "out"));
        let response = try_ffi!(check(options(parse_options).parse_response(body)));
        *out = to_boxed_mut_ptr::<bbbkit_response>(response);
        clear_error()
    }
}

/// Reads the errors of a redirect to `errorRedirectUrl` (`…?errors=[{"key":…,"message":…}]`),
/// given the `Location` URL.
///
/// On success `*out` receives a new handle that the caller frees with
/// `bbbkit_api_error_free`.
///
/// # Errors
///
/// `BBBKIT_RESULT_PARSE` (code `no_errors`) when the location carries no readable errors;
/// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
///
/// # Safety
///
/// `location` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn bbbkit_parse_error_redirect(
    location: *const c_char,
    out: *mut *mut bbbkit_api_error,
) -> bbbkit_result {
    ffi_panic_boundary! {
        let location = try_ffi!(read_cstr(location, "location"));
        try_ffi!(check_out(out, "out"));
        let error = try_ffi!(check(bbbkit_core::parse_error_redirect(location)));
        *out = to_boxed_mut_ptr::<bbbkit_api_error>(error);
        clear_error()
    }
}

impl bbbkit_joined {
    /// Frees a join answer. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a handle from `bbbkit_parse_join_response`, not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_free(joined: *mut bbbkit_joined) {
        ffi_panic_boundary! { free_box(joined); }
    }

    /// `meeting_id`. Borrowed: valid while `joined` lives; absent when `joined` is NULL.
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_meeting_id(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.meeting_id.as_str())) }
    }

    /// `user_id`: the internal user ID. Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_user_id(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.user_id.as_str())) }
    }

    /// `auth_token`. Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_auth_token(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.auth_token.as_str())) }
    }

    /// `session_token`. Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_session_token(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.session_token.as_str())) }
    }

    /// `url`: the client URL to open. Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_url(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.url.as_str())) }
    }

    /// `messageKey` (may be empty). Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_message_key(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.message_key.as_str())) }
    }

    /// `message` (may be empty). Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_message(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.message.as_str())) }
    }

    /// The guest status, a [`crate::bbbkit_guest_status`] value (`ALLOW` when the server sent
    /// none); 0 when `joined` is NULL.
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_guest_status(joined: *const bbbkit_joined) -> u32 {
        ffi_panic_boundary! { try_from_ptr(joined).map_or(0, |j| guest_status_to_c(&j.guest_status) as u32) }
    }

    /// The guest status as a string (`ALLOW`, `WAIT`, `DENY` or what the server sent).
    /// Borrowed, as [`bbbkit_joined_meeting_id`].
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_guest_status_str(
        joined: *const bbbkit_joined,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(joined).map(|j| j.guest_status.as_str())) }
    }

    /// Whether the user waits in the guest lobby; false when `joined` is NULL.
    ///
    /// # Safety
    ///
    /// `joined` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_joined_is_waiting(joined: *const bbbkit_joined) -> bool {
        ffi_panic_boundary! { try_from_ptr(joined).is_some_and(Joined::is_waiting) }
    }
}

impl bbbkit_created {
    /// Frees a create answer. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a handle from `bbbkit_parse_create_response`, not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_free(created: *mut bbbkit_created) {
        ffi_panic_boundary! { free_box(created); }
    }

    /// `meetingID`. Borrowed: valid while `created` lives; absent when `created` is NULL.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_meeting_id(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).map(|c| c.meeting_id.as_str())) }
    }

    /// `internalMeetingID`. Borrowed, as [`bbbkit_created_meeting_id`].
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_internal_meeting_id(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).map(|c| c.internal_meeting_id.as_str())) }
    }

    /// `parentMeetingID`; absent (data NULL) when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_parent_meeting_id(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.parent_meeting_id.as_deref())) }
    }

    /// `attendeePW`; absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_attendee_pw(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.attendee_pw.as_deref())) }
    }

    /// `moderatorPW`; absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_moderator_pw(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.moderator_pw.as_deref())) }
    }

    /// `voiceBridge`; absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_voice_bridge(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.voice_bridge.as_deref())) }
    }

    /// `dialNumber`; absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_dial_number(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.dial_number.as_deref())) }
    }

    /// `createDate`, as the server wrote it; absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_create_date(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.create_date.as_deref())) }
    }

    /// `messageKey` (such as `duplicateWarning`); absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_message_key(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.message_key.as_deref())) }
    }

    /// `message`; absent when the server sent none. Borrowed.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_message(
        created: *const bbbkit_created,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(created).and_then(|c| c.message.as_deref())) }
    }

    /// `createTime`, epoch milliseconds: pass it to `bbbkit_join_set_create_time`. 0 when
    /// `created` is NULL.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_create_time(created: *const bbbkit_created) -> i64 {
        ffi_panic_boundary! { try_from_ptr(created).map_or(0, |c| c.create_time) }
    }

    /// `duration` in minutes: returns true and writes `*out` when the server sent one; false
    /// (and `*out` untouched) when it did not, or when an argument is NULL.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_duration(
        created: *const bbbkit_created,
        out: *mut i64,
    ) -> bool {
        ffi_panic_boundary! {
            match (try_from_ptr(created).and_then(|c| c.duration), out.is_null()) {
                (Some(d), false) => {
                    *out = d;
                    true
                }
                _ => false,
            }
        }
    }

    /// `hasUserJoined`, as [`bbbkit_created_duration`]: returns true and writes `*out` when
    /// the server sent one; false (and `*out` untouched) when it did not, or when an argument is
    /// NULL. Absent is not false.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_has_user_joined(
        created: *const bbbkit_created,
        out: *mut bool,
    ) -> bool {
        ffi_panic_boundary! { write_opt(try_from_ptr(created).and_then(|c| c.has_user_joined), out) }
    }

    /// `hasBeenForciblyEnded`, as [`bbbkit_created_has_user_joined`]: true and `*out` written
    /// when the server sent one; false when it did not or an argument is NULL.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_has_been_forcibly_ended(
        created: *const bbbkit_created,
        out: *mut bool,
    ) -> bool {
        ffi_panic_boundary! { write_opt(try_from_ptr(created).and_then(|c| c.has_been_forcibly_ended), out) }
    }

    /// Whether the meeting already existed (`messageKey` `duplicateWarning`); false when
    /// `created` is NULL.
    ///
    /// # Safety
    ///
    /// `created` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_created_duplicate_warning(
        created: *const bbbkit_created,
    ) -> bool {
        ffi_panic_boundary! { try_from_ptr(created).is_some_and(|c| c.duplicate_warning) }
    }
}

impl bbbkit_response {
    /// Frees a response and its element tree. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `response` is NULL or a handle from `bbbkit_parse_response`, not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_response_free(response: *mut bbbkit_response) {
        ffi_panic_boundary! { free_box(response); }
    }

    /// `messageKey`; absent when the server sent none (or an empty one). Borrowed: valid while
    /// `response` lives.
    ///
    /// # Safety
    ///
    /// `response` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_response_message_key(
        response: *const bbbkit_response,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(response).and_then(|r| r.message_key.as_deref())) }
    }

    /// `message`; absent when the server sent none. Borrowed, as
    /// [`bbbkit_response_message_key`].
    ///
    /// # Safety
    ///
    /// `response` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_response_message(
        response: *const bbbkit_response,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(response).and_then(|r| r.message.as_deref())) }
    }

    /// The text of the first top-level element called `name`; absent when there is none (or
    /// when an argument is NULL or not UTF-8). Borrowed, as [`bbbkit_response_message_key`].
    ///
    /// # Safety
    ///
    /// `response` is NULL or a live handle; `name` is NULL or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_response_get(
        response: *const bbbkit_response,
        name: *const c_char,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            let name = if name.is_null() { None } else { std::ffi::CStr::from_ptr(name).to_str().ok() };
            bbbkit_str::from_opt(try_from_ptr(response).zip(name).and_then(|(r, n)| r.get(n)))
        }
    }

    /// The root element (`<response>`); NULL when `response` is NULL. Borrowed: valid while
    /// `response` lives, never freed.
    ///
    /// # Safety
    ///
    /// `response` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_response_root(
        response: *const bbbkit_response,
    ) -> *const bbbkit_element {
        ffi_panic_boundary! {
            try_from_ptr(response).map_or(std::ptr::null(), |r| (&r.root as *const Element).cast())
        }
    }
}

impl bbbkit_element {
    /// The element's name. Borrowed: valid while the response lives.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_name(
        element: *const bbbkit_element,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(element).map(|e| e.name.as_str())) }
    }

    /// The element's own text, entities decoded. Borrowed: valid while the response lives.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_text(
        element: *const bbbkit_element,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(element).map(|e| e.text.as_str())) }
    }

    /// The number of child elements; 0 when `element` is NULL.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_children_len(element: *const bbbkit_element) -> usize {
        ffi_panic_boundary! { try_from_ptr(element).map_or(0, |e| e.children.len()) }
    }

    /// Child `index`, in document order; NULL when out of range. Borrowed: valid while the
    /// response lives, never freed.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_child_at(
        element: *const bbbkit_element,
        index: usize,
    ) -> *const bbbkit_element {
        ffi_panic_boundary! {
            try_from_ptr(element)
                .and_then(|e| e.children.get(index))
                .map_or(std::ptr::null(), |c| (c as *const Element).cast())
        }
    }

    /// The first child called `name`; NULL when there is none (or when an argument is NULL or
    /// not UTF-8). Borrowed: valid while the response lives, never freed.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response; `name` is NULL or a NUL-terminated
    /// string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_child(
        element: *const bbbkit_element,
        name: *const c_char,
    ) -> *const bbbkit_element {
        ffi_panic_boundary! {
            let name = if name.is_null() { None } else { std::ffi::CStr::from_ptr(name).to_str().ok() };
            try_from_ptr(element)
                .zip(name)
                .and_then(|(e, n)| e.child(n))
                .map_or(std::ptr::null(), |c| (c as *const Element).cast())
        }
    }

    /// The number of the element's attributes; 0 when `element` is NULL.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_attributes_len(
        element: *const bbbkit_element,
    ) -> usize {
        ffi_panic_boundary! { try_from_ptr(element).map_or(0, |e| e.attributes.len()) }
    }

    /// The name of attribute `index`, in document order; absent (data NULL) when out of range
    /// or when `element` is NULL. Borrowed: valid while the response lives.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_attribute_name_at(
        element: *const bbbkit_element,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(element).and_then(|e| e.attributes.get(index)).map(|(n, _)| n.as_str()))
        }
    }

    /// The value of attribute `index`, entities decoded (may be empty); absent (data NULL) when
    /// out of range or when `element` is NULL. Borrowed: valid while the response lives.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_attribute_value_at(
        element: *const bbbkit_element,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(element).and_then(|e| e.attributes.get(index)).map(|(_, v)| v.as_str()))
        }
    }

    /// The value of the attribute called `name`, entities decoded (may be empty); absent (data
    /// NULL) when the element has no such attribute (or when an argument is NULL or not UTF-8).
    /// Borrowed: valid while the response lives.
    ///
    /// # Safety
    ///
    /// `element` is NULL or an element of a live response; `name` is NULL or a NUL-terminated
    /// string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_element_attribute(
        element: *const bbbkit_element,
        name: *const c_char,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            let name = if name.is_null() { None } else { std::ffi::CStr::from_ptr(name).to_str().ok() };
            bbbkit_str::from_opt(try_from_ptr(element).zip(name).and_then(|(e, n)| e.attribute(n)))
        }
    }
}

impl bbbkit_api_error {
    /// Frees an API error from `bbbkit_parse_error_redirect`. NULL is a no-op. Never free the
    /// one from `bbbkit_last_api_error`.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a handle from `bbbkit_parse_error_redirect`, not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_free(error: *mut bbbkit_api_error) {
        ffi_panic_boundary! { free_box(error); }
    }

    /// The first error's key, typed: a [`bbbkit_message_key`] value, `BBBKIT_MESSAGE_KEY_OTHER`
    /// for a key bbbkit does not know (or a NULL `error`).
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_key(error: *const bbbkit_api_error) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(error).map_or(bbbkit_message_key::BBBKIT_MESSAGE_KEY_OTHER as u32, |e| {
                e.key.code()
            })
        }
    }

    /// What the first error means for the application: a [`bbbkit_api_error_kind`] value, the
    /// kind of its key in the call answered (`notFound` is
    /// `BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND` in a publish, delete or update answer,
    /// `BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND` elsewhere;
    /// `BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR` for a key bbbkit does not know, or a NULL
    /// `error`). Its name is `bbbkit_api_error_kind_name`.
    /// (`_get_kind`, because `bbbkit_api_error_kind` names the enum in C.)
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_get_kind(error: *const bbbkit_api_error) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(error).map_or(
                bbbkit_api_error_kind::BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR as u32,
                |e| e.kind.code(),
            )
        }
    }

    /// The first error's key exactly as the server spelled it (may be empty). Borrowed: valid
    /// while `error` lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_key_str(
        error: *const bbbkit_api_error,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(error).map(|e| e.key.as_str())) }
    }

    /// The first error's message, as sent (may be empty). Borrowed: valid while `error` lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_message(
        error: *const bbbkit_api_error,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! { bbbkit_str::from_opt(try_from_ptr(error).map(|e| e.message.as_str())) }
    }

    /// The number of errors (at least 1); 0 when `error` is NULL.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_errors_len(error: *const bbbkit_api_error) -> usize {
        ffi_panic_boundary! { try_from_ptr(error).map_or(0, |e| e.errors.len()) }
    }

    /// The key of error `index`, typed as for [`bbbkit_api_error_key`];
    /// `BBBKIT_MESSAGE_KEY_OTHER` when out of range.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_error_key(
        error: *const bbbkit_api_error,
        index: usize,
    ) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(error)
                .and_then(|e| e.errors.get(index))
                .map_or(bbbkit_message_key::BBBKIT_MESSAGE_KEY_OTHER as u32, |d| d.key.code())
        }
    }

    /// The kind of error `index`, as for [`bbbkit_api_error_get_kind`];
    /// `BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR` when out of range.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_error_kind(
        error: *const bbbkit_api_error,
        index: usize,
    ) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(error)
                .and_then(|e| e.errors.get(index))
                .map_or(
                    bbbkit_api_error_kind::BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR as u32,
                    |d| d.kind.code(),
                )
        }
    }

    /// The key of error `index` as spelled; absent when out of range. Borrowed: valid while
    /// `error` lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_error_key_str(
        error: *const bbbkit_api_error,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(error).and_then(|e| e.errors.get(index)).map(|d| d.key.as_str()))
        }
    }

    /// The message of error `index`; absent when out of range. Borrowed: valid while `error`
    /// lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_error_message(
        error: *const bbbkit_api_error,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(error).and_then(|e| e.errors.get(index)).map(|d| d.message.as_str()))
        }
    }

    /// The number of other values the `FAILED` answer carries (such as putRecordingTextTrack's
    /// `recordId`), in document order; 0 when there are none or `error` is NULL.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_details_len(error: *const bbbkit_api_error) -> usize {
        ffi_panic_boundary! { try_from_ptr(error).map_or(0, |e| e.details.len()) }
    }

    /// The element name of value `index` (`recordId`); absent when out of range. Borrowed:
    /// valid while `error` lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_detail_name(
        error: *const bbbkit_api_error,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(error).and_then(|e| e.details.get(index)).map(|(n, _)| n.as_str()))
        }
    }

    /// The text of value `index`; absent when out of range. Borrowed: valid while `error`
    /// lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_detail_value(
        error: *const bbbkit_api_error,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(error).and_then(|e| e.details.get(index)).map(|(_, v)| v.as_str()))
        }
    }

    /// The text of the first value named `name` (`"recordId"`, exact spelling); absent when
    /// the answer carries none, or when an argument is NULL or `name` is not UTF-8. Borrowed:
    /// valid while `error` lives.
    ///
    /// # Safety
    ///
    /// `error` is NULL or a live handle; `name` is NULL or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_api_error_detail(
        error: *const bbbkit_api_error,
        name: *const c_char,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            let name = if name.is_null() { None } else { std::ffi::CStr::from_ptr(name).to_str().ok() };
            bbbkit_str::from_opt(try_from_ptr(error).zip(name).and_then(|(e, n)| e.detail(n)))
        }
    }
}

/// Writes an optional value through `out`: true when it is present and `out` is not NULL.
///
/// # Safety
///
/// `out` is NULL or writable.
unsafe fn write_opt<T>(value: Option<T>, out: *mut T) -> bool {
    match (value, out.is_null()) {
        (Some(v), false) => {
            *out = v;
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn api_failure_is_kept_as_the_last_error() {
        let xml =
            b"<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>\
                    <message>Checksums do not match</message></response>";
        let mut out = null_mut();
        unsafe {
            let r = bbbkit_parse_join_response(xml.as_ptr().cast(), xml.len(), null(), &mut out);
            assert_eq!(r, bbbkit_result::BBBKIT_RESULT_API);
            assert!(out.is_null());
            let e = crate::error::bbbkit_last_api_error();
            assert_eq!(
                bbbkit_api_error::bbbkit_api_error_key(e),
                bbbkit_message_key::BBBKIT_MESSAGE_KEY_CHECKSUM_ERROR as u32
            );
            assert_eq!(bbbkit_api_error::bbbkit_api_error_errors_len(e), 1);
            assert_eq!(
                bbbkit_api_error::bbbkit_api_error_get_kind(e),
                bbbkit_api_error_kind::BBBKIT_API_ERROR_KIND_CHECKSUM_ERROR as u32
            );
            assert_eq!(
                bbbkit_api_error::bbbkit_api_error_error_kind(e, 1),
                bbbkit_api_error_kind::BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR as u32
            );
        }
    }

    #[test]
    fn empty_body_may_be_null() {
        let mut out = null_mut();
        let r = unsafe { bbbkit_parse_response(null(), 0, null(), &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_PARSE);
        let r = unsafe { bbbkit_parse_response(null(), 3, null(), &mut out) };
        assert_eq!(r, bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER);
    }

    #[test]
    fn element_attributes() {
        let xml = b"<response><returncode>SUCCESS</returncode>\
                    <image width=\"176\" alt='a &amp; &#233;' empty=\"\">u</image></response>";
        let mut out = null_mut();
        unsafe {
            let r = bbbkit_parse_response(xml.as_ptr().cast(), xml.len(), null(), &mut out);
            assert_eq!(r, bbbkit_result::BBBKIT_RESULT_OK);
            let root = bbbkit_response::bbbkit_response_root(out);
            let s = |b: bbbkit_str<'static>| {
                (!b.data.is_null()).then(|| {
                    std::str::from_utf8(std::slice::from_raw_parts(b.data, b.len)).unwrap()
                })
            };
            assert_eq!(bbbkit_element::bbbkit_element_attributes_len(root), 0);
            let image = bbbkit_element::bbbkit_element_child(root, c"image".as_ptr());
            assert_eq!(bbbkit_element::bbbkit_element_attributes_len(image), 3);
            let name_at = |i| s(bbbkit_element::bbbkit_element_attribute_name_at(image, i));
            let value_at = |i| s(bbbkit_element::bbbkit_element_attribute_value_at(image, i));
            let names: Vec<_> = (0..3).map(name_at).collect();
            assert_eq!(names, [Some("width"), Some("alt"), Some("empty")]);
            let values: Vec<_> = (0..3).map(value_at).collect();
            assert_eq!(values, [Some("176"), Some("a & \u{e9}"), Some("")]);
            assert_eq!((name_at(3), value_at(3)), (None, None));
            let attr = |n: *const c_char| s(bbbkit_element::bbbkit_element_attribute(image, n));
            assert_eq!(attr(c"alt".as_ptr()), Some("a & \u{e9}"));
            assert_eq!(attr(c"empty".as_ptr()), Some(""));
            assert_eq!(attr(c"height".as_ptr()), None);
            assert_eq!(attr(null()), None);
            assert_eq!(attr([0xffu8, 0].as_ptr().cast()), None);
            bbbkit_response::bbbkit_response_free(out);
        }
    }

    #[test]
    fn accessors_accept_null() {
        unsafe {
            assert!(bbbkit_joined::bbbkit_joined_url(null()).data.is_null());
            assert!(bbbkit_created::bbbkit_created_meeting_id(null())
                .data
                .is_null());
            assert!(bbbkit_response::bbbkit_response_root(null()).is_null());
            assert!(bbbkit_element::bbbkit_element_child(null(), null()).is_null());
            assert_eq!(bbbkit_element::bbbkit_element_attributes_len(null()), 0);
            assert!(bbbkit_element::bbbkit_element_attribute_name_at(null(), 0)
                .data
                .is_null());
            assert!(bbbkit_element::bbbkit_element_attribute_value_at(null(), 0)
                .data
                .is_null());
            assert!(bbbkit_element::bbbkit_element_attribute(null(), null())
                .data
                .is_null());
            assert_eq!(bbbkit_api_error::bbbkit_api_error_errors_len(null()), 0);
            bbbkit_joined::bbbkit_joined_free(null_mut());
            bbbkit_created::bbbkit_created_free(null_mut());
            bbbkit_response::bbbkit_response_free(null_mut());
            bbbkit_api_error::bbbkit_api_error_free(null_mut());
        }
    }
}
