//! `bbbkit_analytics_token`: a learning-analytics bearer token that verified.

use bbbkit_core::AnalyticsToken;

use crate::enums::jwt_algorithm_code;
use crate::{ffi_panic_boundary, free_box, try_from_ptr, Castable};

/// A learning-analytics bearer token that verified: when it expires, its algorithm and which
/// secret matched. The request body is **not** covered by it.
///
/// Immutable, so **thread-safe** to read from several threads; free it once with
/// [`bbbkit_analytics_token_free`].
pub struct bbbkit_analytics_token {
    _private: [u8; 0],
}

impl Castable for bbbkit_analytics_token {
    type RustType = AnalyticsToken;
}

impl bbbkit_analytics_token {
    /// Frees a verified analytics token. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `token` is NULL or a handle from `bbbkit_callback_verifier_analytics` that is not used
    /// afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_analytics_token_free(token: *mut bbbkit_analytics_token) {
        ffi_panic_boundary! {
            free_box(token);
        }
    }

    /// The token's expiry (`exp`), in seconds since the epoch; 0 when `token` is NULL.
    ///
    /// # Safety
    ///
    /// `token` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_analytics_token_expires_at(
        token: *const bbbkit_analytics_token,
    ) -> u64 {
        ffi_panic_boundary! {
            try_from_ptr(token).map_or(0, |t| t.expires_at)
        }
    }

    /// The algorithm the token was signed with, a [`crate::bbbkit_jwt_algorithm`] value; 0
    /// when `token` is NULL.
    ///
    /// # Safety
    ///
    /// `token` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_analytics_token_algorithm(
        token: *const bbbkit_analytics_token,
    ) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(token).map_or(0, |t| jwt_algorithm_code(t.algorithm))
        }
    }

    /// The index of the secret that matched; 0 when `token` is NULL.
    ///
    /// # Safety
    ///
    /// `token` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_analytics_token_key_index(
        token: *const bbbkit_analytics_token,
    ) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(token).map_or(0, |t| t.key_index)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn accessors_accept_null() {
        type T = bbbkit_analytics_token;
        unsafe {
            assert_eq!(T::bbbkit_analytics_token_expires_at(null()), 0);
            assert_eq!(T::bbbkit_analytics_token_algorithm(null()), 0);
            assert_eq!(T::bbbkit_analytics_token_key_index(null()), 0);
            T::bbbkit_analytics_token_free(null_mut());
        }
    }
}
