//! NUL-terminated copies of the core's static strings (its spellings, its join declaration),
//! made at compile time: the core's are Rust strings without a NUL, and a copy made at run
//! time would be heap memory that lives until exit (valgrind's "still reachable").
//!
//! `c_strings!(column!(Role::ALL, |r| r.as_str()))` is a `&'static CStrings` whose
//! [`get`](CStrings::get) gives the `i`-th string as a `const char *`.

use std::ffi::c_char;

/// Strings packed one after another, each followed by a NUL, with where each starts.
pub(crate) struct CStrings<const N: usize, const M: usize> {
    bytes: [u8; N],
    starts: [usize; M],
}

/// The bytes `items` take with a NUL after each.
pub(crate) const fn packed_len(items: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < items.len() {
        n += items[i].len() + 1;
        i += 1;
    }
    n
}

impl<const N: usize, const M: usize> CStrings<N, M> {
    /// Packs `items` (no item may hold a NUL: the build fails).
    pub(crate) const fn new(items: &[&str]) -> Self {
        let mut bytes = [0u8; N];
        let mut starts = [0usize; M];
        let mut at = 0;
        let mut i = 0;
        while i < items.len() {
            starts[i] = at;
            let item = items[i].as_bytes();
            let mut j = 0;
            while j < item.len() {
                assert!(item[j] != 0, "a static string holds a NUL");
                bytes[at] = item[j];
                at += 1;
                j += 1;
            }
            at += 1; // the NUL
            i += 1;
        }
        assert!(at == N && i == M);
        CStrings { bytes, starts }
    }

    /// The `index`-th string, or NULL when out of range. Static: never freed.
    pub(crate) fn get(&'static self, index: usize) -> *const c_char {
        self.starts
            .get(index)
            .map_or(std::ptr::null(), |&s| self.bytes[s..].as_ptr().cast())
    }
}

/// A `&'static [&str]` made at compile time from a const slice and a const expression of
/// each element (`|x| …`, `x` a reference to the element).
macro_rules! column {
    ($slice:expr, |$x:ident| $f:expr) => {{
        const LEN: usize = $slice.len();
        const OUT: [&str; LEN] = {
            let mut out = [""; LEN];
            let mut i = 0;
            while i < LEN {
                let $x = &$slice[i];
                out[i] = $f;
                i += 1;
            }
            out
        };
        &OUT
    }};
}
pub(crate) use column;

/// A `&'static CStrings` of a `&'static [&str]` const expression.
macro_rules! c_strings {
    ($items:expr) => {{
        const ITEMS: &[&str] = $items;
        const N: usize = $crate::cstr::packed_len(ITEMS);
        const M: usize = ITEMS.len();
        static TABLE: $crate::cstr::CStrings<N, M> = $crate::cstr::CStrings::new(ITEMS);
        &TABLE
    }};
}
pub(crate) use c_strings;

#[cfg(test)]
mod tests {
    use std::ffi::CStr;

    #[test]
    fn every_string_ends_in_a_nul_and_out_of_range_is_null() {
        let t = c_strings!(&["a", "", "xyz"]);
        let s = |i| unsafe { CStr::from_ptr(t.get(i)) }.to_str().unwrap();
        assert_eq!((s(0), s(1), s(2)), ("a", "", "xyz"));
        assert!(t.get(3).is_null());
        let lens = c_strings!(column!(["ab", "c"], |x| *x));
        assert_eq!(unsafe { CStr::from_ptr(lens.get(1)) }.to_bytes(), b"c");
    }
}
