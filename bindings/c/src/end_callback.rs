//! `bbbkit_end_callback`: an end-meeting callback whose bbbkit token verified.

use bbbkit_core::EndCallback;

use crate::{bbbkit_str, ffi_panic_boundary, free_box, try_from_ptr, Castable};

/// An end-meeting callback whose bbbkit token verified: the meeting, whether recording was
/// switched on, and which secret matched.
///
/// Immutable, so **thread-safe** to read from several threads; free it once with
/// [`bbbkit_end_callback_free`]. Strings are borrowed from it.
pub struct bbbkit_end_callback {
    _private: [u8; 0],
}

impl Castable for bbbkit_end_callback {
    type RustType = EndCallback;
}

impl bbbkit_end_callback {
    /// Frees a verified end-meeting callback. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `ended` is NULL or a handle from `bbbkit_callback_verifier_end_callback` that is not
    /// used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_end_callback_free(ended: *mut bbbkit_end_callback) {
        ffi_panic_boundary! {
            free_box(ended);
        }
    }

    /// The meeting the URL was signed for (the last `meetingID` BBB appended). Borrowed: valid
    /// while `ended` lives; absent (data NULL) when `ended` is NULL.
    ///
    /// # Safety
    ///
    /// `ended` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_end_callback_meeting_id(
        ended: *const bbbkit_end_callback,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(ended).map(|e| e.meeting_id.as_str()))
        }
    }

    /// `recordingmarks`: whether recording was switched on at some point; false when `ended`
    /// is NULL.
    ///
    /// # Safety
    ///
    /// `ended` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_end_callback_recording_marks(
        ended: *const bbbkit_end_callback,
    ) -> bool {
        ffi_panic_boundary! {
            try_from_ptr(ended).is_some_and(|e| e.recording_marks)
        }
    }

    /// The index of the secret that matched; 0 when `ended` is NULL.
    ///
    /// # Safety
    ///
    /// `ended` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_end_callback_key_index(
        ended: *const bbbkit_end_callback,
    ) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(ended).map_or(0, |e| e.key_index)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn accessors_accept_null() {
        type E = bbbkit_end_callback;
        unsafe {
            assert!(E::bbbkit_end_callback_meeting_id(null()).data.is_null());
            assert!(!E::bbbkit_end_callback_recording_marks(null()));
            assert_eq!(E::bbbkit_end_callback_key_index(null()), 0);
            E::bbbkit_end_callback_free(null_mut());
        }
    }
}
