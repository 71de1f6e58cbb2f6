//! `bbbkit_recording_ready`: a recording-ready callback that verified.

use bbbkit_core::RecordingReady;

use crate::enums::jwt_algorithm_code;
use crate::{bbbkit_str, ffi_panic_boundary, free_box, try_from_ptr, Castable};

/// A recording-ready callback that verified: the meeting, the recording, any other claims,
/// the algorithm and which secret matched.
///
/// Immutable, so **thread-safe** to read from several threads; free it once with
/// [`bbbkit_recording_ready_free`]. Strings are borrowed from it.
pub struct bbbkit_recording_ready {
    _private: [u8; 0],
}

impl Castable for bbbkit_recording_ready {
    type RustType = RecordingReady;
}

impl bbbkit_recording_ready {
    /// Frees a verified recording-ready callback. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a handle from `bbbkit_callback_verifier_recording_ready` that is not
    /// used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_free(ready: *mut bbbkit_recording_ready) {
        ffi_panic_boundary! {
            free_box(ready);
        }
    }

    /// The external meeting ID (claim `meeting_id`). Borrowed: valid while `ready` lives;
    /// absent (data NULL) when `ready` is NULL.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_meeting_id(
        ready: *const bbbkit_recording_ready,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(ready).map(|r| r.meeting_id.as_str()))
        }
    }

    /// The record ID (claim `record_id`): the internal meeting ID of the recorded session.
    /// Borrowed: valid while `ready` lives; absent when `ready` is NULL.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_record_id(
        ready: *const bbbkit_recording_ready,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(ready).map(|r| r.record_id.as_str()))
        }
    }

    /// The number of other claims in the token (BBB sends none; newer servers and proxies may
    /// add some); 0 when `ready` is NULL.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_other_claims_len(
        ready: *const bbbkit_recording_ready,
    ) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(ready).map_or(0, |r| r.other_claims.len())
        }
    }

    /// The name of other claim `index`, in the token's order. Absent when `index` is out of
    /// range. Borrowed: valid while `ready` lives.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_other_claim_name(
        ready: *const bbbkit_recording_ready,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(
                try_from_ptr(ready).and_then(|r| r.other_claims.get(index)).map(|c| c.0.as_str()),
            )
        }
    }

    /// The value of other claim `index` as JSON text (`"presentation"` with its quotes,
    /// `1718000000`, `{"a":1}`). Absent when `index` is out of range. Borrowed: valid while
    /// `ready` lives.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_other_claim_json(
        ready: *const bbbkit_recording_ready,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(
                try_from_ptr(ready).and_then(|r| r.other_claims.get(index)).map(|c| c.1.as_str()),
            )
        }
    }

    /// The algorithm the token was signed with, a [`crate::bbbkit_jwt_algorithm`] value; 0
    /// when `ready` is NULL.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_algorithm(
        ready: *const bbbkit_recording_ready,
    ) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(ready).map_or(0, |r| jwt_algorithm_code(r.algorithm))
        }
    }

    /// The index of the secret that matched; 0 when `ready` is NULL.
    ///
    /// # Safety
    ///
    /// `ready` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_recording_ready_key_index(
        ready: *const bbbkit_recording_ready,
    ) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(ready).map_or(0, |r| r.key_index)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn accessors_accept_null() {
        type R = bbbkit_recording_ready;
        unsafe {
            assert!(R::bbbkit_recording_ready_meeting_id(null()).data.is_null());
            assert!(R::bbbkit_recording_ready_record_id(null()).data.is_null());
            assert_eq!(R::bbbkit_recording_ready_other_claims_len(null()), 0);
            assert!(R::bbbkit_recording_ready_other_claim_name(null(), 0)
                .data
                .is_null());
            assert!(R::bbbkit_recording_ready_other_claim_json(null(), 0)
                .data
                .is_null());
            assert_eq!(R::bbbkit_recording_ready_algorithm(null()), 0);
            assert_eq!(R::bbbkit_recording_ready_key_index(null()), 0);
            R::bbbkit_recording_ready_free(null_mut());
        }
    }
}
