//! Handing freed memory back to the system after large answers.
//!
//! glibc keeps freed heap pages resident. After the parse of a large answer (the element tree
//! and the typed answer freed) and after its JSON string is freed, the caller's own allocations
//! (PHP's and Ruby's arrays and objects made from the JSON) would come on top of those pages;
//! trimming the heap then lets them take their place. Answers under 1 MiB skip it:
//! `malloc_trim` walks the heap.

/// The size of answer (or of JSON string) from which the heap is trimmed: 1 MiB.
pub(crate) const TRIM_FROM: usize = 1 << 20;

/// Returns the heap's free pages to the system when `len` (the size of the answer just parsed,
/// or of the string just freed) is at least [`TRIM_FROM`] (glibc's `malloc_trim`; nothing on
/// other C libraries).
pub(crate) fn release_if_large(len: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if len >= TRIM_FROM {
        extern "C" {
            fn malloc_trim(pad: usize) -> std::ffi::c_int;
        }
        // SAFETY: `malloc_trim` takes no pointer, allocates nothing and only releases free pages.
        unsafe { malloc_trim(0) };
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = len;
}
