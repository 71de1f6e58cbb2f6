//! `bbbkit_webhook_post`: a bbb-webhooks event POST that verified, with its events.

use bbbkit_core::{WebhookEvent, WebhookPost};

use crate::enums::{algorithm_to_c, webhook_scheme_to_c};
use crate::{bbbkit_str, ffi_panic_boundary, free_box, try_from_ptr, Castable};

/// A bbb-webhooks POST that verified: the server's domain, the timestamp, the events, the
/// scheme and algorithm of its signature, and which secret matched.
///
/// Immutable, so **thread-safe** to read from several threads; free it once with
/// [`bbbkit_webhook_post_free`]. Strings are borrowed from it.
pub struct bbbkit_webhook_post {
    _private: [u8; 0],
}

impl Castable for bbbkit_webhook_post {
    type RustType = WebhookPost;
}

/// Event `index` of a post, if both exist.
unsafe fn event<'a>(post: *const bbbkit_webhook_post, index: usize) -> Option<&'a WebhookEvent> {
    try_from_ptr(post).and_then(|p| p.events.get(index))
}

impl bbbkit_webhook_post {
    /// Frees a verified webhook post. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a handle from `bbbkit_callback_verifier_webhook[_bearer]` that is not
    /// used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_free(post: *mut bbbkit_webhook_post) {
        ffi_panic_boundary! {
            free_box(post);
        }
    }

    /// The `domain` field: the BBB server's domain. Borrowed: valid while `post` lives; absent
    /// (data NULL) when `post` is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_domain(
        post: *const bbbkit_webhook_post,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(post).map(|p| p.domain.as_str()))
        }
    }

    /// The `timestamp` field, epoch milliseconds; 0 when `post` is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_timestamp(
        post: *const bbbkit_webhook_post,
    ) -> i64 {
        ffi_panic_boundary! {
            try_from_ptr(post).map_or(0, |p| p.timestamp)
        }
    }

    /// The scheme that matched, one [`crate::bbbkit_webhook_scheme`] value (its name with
    /// `bbbkit_webhook_scheme_name`); 0 when `post` is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_scheme(post: *const bbbkit_webhook_post) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(post).map_or(0, |p| webhook_scheme_to_c(p.scheme))
        }
    }

    /// The checksum's algorithm, a [`crate::bbbkit_algorithm`] value; 0 for a bearer request
    /// (no checksum) and when `post` is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_algorithm(
        post: *const bbbkit_webhook_post,
    ) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(post)
                .and_then(|p| p.algorithm)
                .map_or(0, |a| algorithm_to_c(a) as u32)
        }
    }

    /// The index of the secret that matched; 0 when `post` is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_key_index(
        post: *const bbbkit_webhook_post,
    ) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(post).map_or(0, |p| p.key_index)
        }
    }

    /// The number of events (bbb-webhooks 3.x sends one per POST; 2.x may batch several); 0
    /// when `post` is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_events_len(
        post: *const bbbkit_webhook_post,
    ) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(post).map_or(0, |p| p.events.len())
        }
    }

    /// The id of event `index` (`meeting-ended`, `user-joined`, …, or a raw event's
    /// `envelope.name`). Absent when `index` is out of range. Borrowed: valid while `post`
    /// lives.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_event_id(
        post: *const bbbkit_webhook_post,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(event(post, index).map(|e| e.id.as_str()))
        }
    }

    /// The internal meeting ID of event `index`, absent when the event has none or `index` is
    /// out of range. Borrowed: valid while `post` lives.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_event_internal_meeting_id(
        post: *const bbbkit_webhook_post,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(event(post, index).and_then(|e| e.internal_meeting_id.as_deref()))
        }
    }

    /// The external meeting ID of event `index`, absent when the event has none or `index` is
    /// out of range. Borrowed: valid while `post` lives.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_event_external_meeting_id(
        post: *const bbbkit_webhook_post,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(event(post, index).and_then(|e| e.external_meeting_id.as_deref()))
        }
    }

    /// Whether event `index` has a timestamp (`event.ts`, epoch milliseconds); when it has,
    /// writes it to `*out` (which may then not be NULL). False, and `*out` untouched, when it
    /// has none, `index` is out of range or an argument is NULL.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_event_timestamp(
        post: *const bbbkit_webhook_post,
        index: usize,
        out: *mut i64,
    ) -> bool {
        ffi_panic_boundary! {
            match event(post, index).and_then(|e| e.timestamp) {
                Some(ts) if !out.is_null() => {
                    *out = ts;
                    true
                }
                _ => false,
            }
        }
    }

    /// The whole event `index` as JSON text, for every other attribute. Absent when `index`
    /// is out of range. Borrowed: valid while `post` lives.
    ///
    /// # Safety
    ///
    /// `post` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_webhook_post_event_raw(
        post: *const bbbkit_webhook_post,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(event(post, index).map(|e| e.raw.as_str()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn accessors_accept_null() {
        type P = bbbkit_webhook_post;
        unsafe {
            assert!(P::bbbkit_webhook_post_domain(null()).data.is_null());
            assert_eq!(P::bbbkit_webhook_post_timestamp(null()), 0);
            assert_eq!(P::bbbkit_webhook_post_scheme(null()), 0);
            assert_eq!(P::bbbkit_webhook_post_algorithm(null()), 0);
            assert_eq!(P::bbbkit_webhook_post_key_index(null()), 0);
            assert_eq!(P::bbbkit_webhook_post_events_len(null()), 0);
            assert!(P::bbbkit_webhook_post_event_id(null(), 0).data.is_null());
            assert!(P::bbbkit_webhook_post_event_internal_meeting_id(null(), 0)
                .data
                .is_null());
            assert!(P::bbbkit_webhook_post_event_external_meeting_id(null(), 0)
                .data
                .is_null());
            assert!(P::bbbkit_webhook_post_event_raw(null(), 0).data.is_null());
            let mut ts = 5;
            assert!(!P::bbbkit_webhook_post_event_timestamp(null(), 0, &mut ts));
            assert_eq!(ts, 5);
            P::bbbkit_webhook_post_free(null_mut());
        }
    }
}
