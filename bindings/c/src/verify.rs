//! `bbbkit_verifier` (several secrets, an allow-list) and `bbbkit_verified` (a query that
//! verified).

use std::ffi::c_char;

use bbbkit_core::{Algorithm, Verified, Verifier};

use crate::enums::{algorithm_from_u32, algorithm_to_c};
use crate::error::{check, clear_error};
use crate::{
    bbbkit_result, bbbkit_str, check_out, ffi_panic_boundary, free_box, read_cstr, read_cstr_array,
    to_boxed_mut_ptr, try_ffi, try_from_ptr, try_mut, try_ref, Castable,
};

/// Checks incoming signed queries against one or more secrets (rotation), with an allow-list
/// of algorithms. The comparison is constant-time.
///
/// **Thread-safe once set up:** call [`bbbkit_verifier_allow`] before sharing the handle; after
/// that, `bbbkit_verifier_verify` and `bbbkit_verifier_verify_url` may run on several threads
/// at once.
pub struct bbbkit_verifier {
    _private: [u8; 0],
}

impl Castable for bbbkit_verifier {
    type RustType = Verifier;
}

/// A query that verified: the algorithm, which secret matched, and the signed parameters.
///
/// Immutable, so **thread-safe** to read from several threads; free it once.
pub struct bbbkit_verified {
    _private: [u8; 0],
}

/// A verified query with its parameters decoded once.
pub(crate) struct VerifiedParams {
    verified: Verified,
    params: Vec<(String, String)>,
}

impl Castable for bbbkit_verified {
    type RustType = VerifiedParams;
}

impl bbbkit_verified {
    pub(crate) fn boxed(verified: Verified) -> *mut bbbkit_verified {
        let params = verified.params();
        to_boxed_mut_ptr::<bbbkit_verified>(VerifiedParams { verified, params })
    }
}

impl bbbkit_verifier {
    /// Creates a verifier for `count` secrets (tried in order), allowing all four algorithms.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_verifier_free`].
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` naming `secrets` (rule `required`) when `count` is 0,
    /// or `secret` when one is empty; `BBBKIT_RESULT_NULL_PARAMETER`,
    /// `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `secrets` is NULL or an array of `count` NUL-terminated strings; `out` is NULL or
    /// writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verifier_new(
        secrets: *const *const c_char,
        count: usize,
        out: *mut *mut bbbkit_verifier,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let secrets = try_ffi!(read_cstr_array(secrets, count, "secrets"));
            try_ffi!(check_out(out, "out"));
            let verifier = try_ffi!(check(Verifier::new(secrets)));
            *out = to_boxed_mut_ptr::<bbbkit_verifier>(verifier);
            clear_error()
        }
    }

    /// Accepts only the `count` algorithms in `algorithms` ([`crate::bbbkit_algorithm`]
    /// values). `algorithms` may be NULL when `count` is 0, which allows none.
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `algorithm`, rule `one_of`) for a value out
    /// of range, and then the verifier is unchanged; `BBBKIT_RESULT_NULL_PARAMETER`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle that no other thread uses meanwhile; `algorithms`
    /// is NULL or an array of `count` values.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verifier_allow(
        verifier: *mut bbbkit_verifier,
        algorithms: *const u32,
        count: usize,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_mut!(verifier);
            let values: &[u32] = if count == 0 {
                &[]
            } else if algorithms.is_null() {
                return crate::error::set_ffi_error(
                    bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER,
                    "algorithms",
                    crate::error::FfiRule::NotNull,
                );
            } else {
                std::slice::from_raw_parts(algorithms, count)
            };
            let allowed = try_ffi!(values
                .iter()
                .map(|&a| algorithm_from_u32(a, "algorithm"))
                .collect::<Result<Vec<Algorithm>, _>>());
            *verifier = verifier.clone().allow(&allowed);
            clear_error()
        }
    }

    /// Whether the verifier accepts checksums made with `algorithm` (a
    /// [`crate::bbbkit_algorithm`] value); false for a value out of range or a NULL `verifier`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verifier_allows(
        verifier: *const bbbkit_verifier,
        algorithm: u32,
    ) -> bool {
        ffi_panic_boundary! {
            let alg = match algorithm {
                1 => Algorithm::Sha1,
                2 => Algorithm::Sha256,
                3 => Algorithm::Sha384,
                4 => Algorithm::Sha512,
                _ => return false,
            };
            try_from_ptr(verifier).is_some_and(|v| v.allowed().contains(&alg))
        }
    }

    /// Frees a verifier. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a handle from `bbbkit_verifier_new` that is not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verifier_free(verifier: *mut bbbkit_verifier) {
        ffi_panic_boundary! {
            free_box(verifier);
        }
    }

    /// Verifies the query of `call` (with or without a leading `?`).
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_verified_free`].
    ///
    /// # Errors
    ///
    /// `BBBKIT_RESULT_CHECKSUM_*` and `BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED` when the query does
    /// not verify; `BBBKIT_RESULT_INVALID_PARAMETER` for a bad call name;
    /// `BBBKIT_RESULT_NULL_PARAMETER`, `BBBKIT_RESULT_INVALID_UTF8`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `call` and `query` are NULL or NUL-terminated
    /// strings; `out` is NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verifier_verify(
        verifier: *const bbbkit_verifier,
        call: *const c_char,
        query: *const c_char,
        out: *mut *mut bbbkit_verified,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let call = try_ffi!(read_cstr(call, "call"));
            let query = try_ffi!(read_cstr(query, "query"));
            try_ffi!(check_out(out, "out"));
            let verified = try_ffi!(check(verifier.verify(call, query)));
            *out = bbbkit_verified::boxed(verified);
            clear_error()
        }
    }

    /// Verifies a full signed URL (`…/api/CALL?query`), taking the call from the path.
    ///
    /// On success `*out` receives a new handle that the caller frees with
    /// [`bbbkit_verified_free`].
    ///
    /// # Errors
    ///
    /// As [`bbbkit_verifier_verify`], and `BBBKIT_RESULT_INVALID_PARAMETER` (parameter `url`,
    /// rule `url`) for a URL without `/api/CALL`.
    ///
    /// # Safety
    ///
    /// `verifier` is NULL or a live handle; `url` is NULL or a NUL-terminated string; `out` is
    /// NULL or writable.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verifier_verify_url(
        verifier: *const bbbkit_verifier,
        url: *const c_char,
        out: *mut *mut bbbkit_verified,
    ) -> bbbkit_result {
        ffi_panic_boundary! {
            let verifier = try_ref!(verifier);
            let url = try_ffi!(read_cstr(url, "url"));
            try_ffi!(check_out(out, "out"));
            let verified = try_ffi!(check(verifier.verify_url(url)));
            *out = bbbkit_verified::boxed(verified);
            clear_error()
        }
    }
}

impl bbbkit_verified {
    /// Frees a verified query. NULL is a no-op.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a handle from a verify function that is not used afterwards.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_free(verified: *mut bbbkit_verified) {
        ffi_panic_boundary! {
            free_box(verified);
        }
    }

    /// The algorithm the checksum was made with, a [`crate::bbbkit_algorithm`] value; 0 when
    /// `verified` is NULL.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_algorithm(verified: *const bbbkit_verified) -> u32 {
        ffi_panic_boundary! {
            try_from_ptr(verified).map_or(0, |v| algorithm_to_c(v.verified.algorithm) as u32)
        }
    }

    /// The index of the secret that matched (0 for a server); 0 when `verified` is NULL.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_key_index(verified: *const bbbkit_verified) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(verified).map_or(0, |v| v.verified.key_index)
        }
    }

    /// The call that was verified. Borrowed: valid while `verified` lives.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_call(
        verified: *const bbbkit_verified,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(verified).map(|v| v.verified.call()))
        }
    }

    /// The signed query exactly as received, without `?` and without the checksum. Borrowed:
    /// valid while `verified` lives.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_query(
        verified: *const bbbkit_verified,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(try_from_ptr(verified).map(|v| v.verified.query()))
        }
    }

    /// The number of signed parameters; 0 when `verified` is NULL.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_params_len(verified: *const bbbkit_verified) -> usize {
        ffi_panic_boundary! {
            try_from_ptr(verified).map_or(0, |v| v.params.len())
        }
    }

    /// The decoded name of signed parameter `index` (`+` and `%XX` decoded; may contain NUL
    /// bytes, so use the length). Absent (data NULL) when `index` is out of range. Borrowed:
    /// valid while `verified` lives.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_param_name(
        verified: *const bbbkit_verified,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(
                try_from_ptr(verified).and_then(|v| v.params.get(index)).map(|p| p.0.as_str()),
            )
        }
    }

    /// The decoded value of signed parameter `index`. Absent (data NULL) when `index` is out of
    /// range. Borrowed: valid while `verified` lives.
    ///
    /// # Safety
    ///
    /// `verified` is NULL or a live handle.
    #[no_mangle]
    pub unsafe extern "C" fn bbbkit_verified_param_value(
        verified: *const bbbkit_verified,
        index: usize,
    ) -> bbbkit_str<'static> {
        ffi_panic_boundary! {
            bbbkit_str::from_opt(
                try_from_ptr(verified).and_then(|v| v.params.get(index)).map(|p| p.1.as_str()),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::{null, null_mut};

    #[test]
    fn accessors_accept_null() {
        unsafe {
            assert_eq!(bbbkit_verified::bbbkit_verified_algorithm(null()), 0);
            assert_eq!(bbbkit_verified::bbbkit_verified_params_len(null()), 0);
            assert!(bbbkit_verified::bbbkit_verified_param_name(null(), 0)
                .data
                .is_null());
            bbbkit_verified::bbbkit_verified_free(null_mut());
            bbbkit_verifier::bbbkit_verifier_free(null_mut());
        }
    }

    #[test]
    fn allow_refuses_an_unknown_algorithm_and_keeps_the_list() {
        unsafe {
            let secrets = [c"one".as_ptr()];
            let mut v = null_mut();
            assert_eq!(
                bbbkit_verifier::bbbkit_verifier_new(secrets.as_ptr(), 1, &mut v),
                bbbkit_result::BBBKIT_RESULT_OK
            );
            let algs = [2u32, 9];
            assert_eq!(
                bbbkit_verifier::bbbkit_verifier_allow(v, algs.as_ptr(), 2),
                bbbkit_result::BBBKIT_RESULT_INVALID_PARAMETER
            );
            assert_eq!((*v.cast::<Verifier>()).allowed().len(), 4);
            assert_eq!(
                bbbkit_verifier::bbbkit_verifier_allow(v, null(), 1),
                bbbkit_result::BBBKIT_RESULT_NULL_PARAMETER
            );
            bbbkit_verifier::bbbkit_verifier_free(v);
        }
    }
}
