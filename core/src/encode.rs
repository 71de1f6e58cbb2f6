//! The one canonical query encoding.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// Bytes that are percent-encoded in a query component: everything except
/// `A-Z a-z 0-9 - . _`. A space is percent-encoded by this set too, and bbbkit writes it as `+`.
///
/// This is stricter than RFC 3986's unreserved set (`~` is encoded too) so that no browser,
/// proxy or HTTP library finds anything left to re-encode, which would break the checksum.
pub const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_');

/// Whether a byte is written as is: `A-Z a-z 0-9 - . _`, exactly the bytes
/// [`QUERY_COMPONENT`] leaves alone (a test checks every byte against it).
static RAW: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'.' || c == b'_';
        b += 1;
    }
    t
};

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Appends `value` to `out` in the canonical `application/x-www-form-urlencoded` form:
/// space as `+`, `A-Z a-z 0-9 - . _` raw, every other UTF-8 byte as uppercase `%XX`.
pub(crate) fn push_encoded(out: &mut String, value: &str) {
    let bytes = value.as_bytes();
    // Most values (IDs, numbers, enum spellings) need no encoding: copied in one piece. The
    // first byte to encode is ASCII or a lead byte, so `first` is a character boundary.
    let first = raw_prefix_len(bytes);
    out.push_str(&value[..first]);
    if first == bytes.len() {
        return;
    }
    // The rest is encoded into a stack buffer of ASCII, appended whenever it is nearly full.
    out.reserve(bytes.len() - first + 8);
    let mut buf = [0u8; 128];
    let mut n = 0;
    for &b in &bytes[first..] {
        if n > buf.len() - 3 {
            push_ascii(out, &buf[..n]);
            n = 0;
        }
        if RAW[usize::from(b)] {
            buf[n] = b;
            n += 1;
        } else if b == b' ' {
            buf[n] = b'+';
            n += 1;
        } else {
            buf[n] = b'%';
            buf[n + 1] = HEX_UPPER[usize::from(b >> 4)];
            buf[n + 2] = HEX_UPPER[usize::from(b & 0x0f)];
            n += 3;
        }
    }
    push_ascii(out, &buf[..n]);
}

/// How many bytes at the start need no encoding: eight at a time, without a branch per byte.
#[inline]
fn raw_prefix_len(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut i = 0;
    for c in &mut chunks {
        let all = c.iter().fold(true, |all, &b| all & RAW[usize::from(b)]);
        if !all {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && RAW[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// Appends bytes that are all ASCII (as every caller writes them).
#[inline]
pub(crate) fn push_ascii(out: &mut String, ascii: &[u8]) {
    debug_assert!(ascii.is_ascii());
    out.push_str(std::str::from_utf8(ascii).unwrap_or_default());
}

/// Appends `name=value`, both encoded, to a query; the caller writes the `&` between pairs.
pub(crate) fn push_pair(out: &mut String, name: &str, value: &str) {
    push_encoded(out, name);
    out.push('=');
    push_encoded(out, value);
}

/// Encodes one query component the way bbbkit emits it.
///
/// # Examples
///
/// ```
/// assert_eq!(bbbkit::encode_component("Jean-Luc O'Brien ~*"), "Jean-Luc+O%27Brien+%7E%2A");
/// assert_eq!(bbbkit::encode_component("Zoë"), "Zo%C3%AB");
/// ```
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    push_encoded(&mut out, value);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::utf8_percent_encode;

    /// The reference: the `percent-encoding` crate with [`QUERY_COMPONENT`], `%20` as `+`.
    fn reference(value: &str) -> String {
        utf8_percent_encode(value, QUERY_COMPONENT)
            .map(|chunk| if chunk == "%20" { "+" } else { chunk })
            .collect()
    }

    #[test]
    fn raw_table_is_the_query_component_set() {
        for b in 0..=255u8 {
            // Bytes from 0x80 on only occur inside multi-byte characters: always encoded.
            let raw = b < 0x80 && {
                let s = char::from(b).to_string();
                utf8_percent_encode(&s, QUERY_COMPONENT).to_string() == s
            };
            assert_eq!(RAW[usize::from(b)], raw, "byte {b:#04x}");
        }
    }

    #[test]
    fn every_char_encodes_as_the_reference() {
        let samples = [
            "",
            " ",
            "a",
            "~",
            "%",
            "+",
            "&=",
            "Zoë",
            "Marie Skłodowska Curie",
            "a b",
            " x ",
            "日本語",
            "😀x",
            "x😀",
            "-._",
            "ab%20cd",
            "\u{7f}\u{80}\u{ff}",
            "AZaz09",
        ];
        for s in samples {
            assert_eq!(encode_component(s), reference(s), "{s:?}");
        }
        let every: String = (0u32..0x800).filter_map(char::from_u32).collect();
        assert_eq!(encode_component(&every), reference(&every));
        // Long values cross the stack buffer's end at every offset.
        for len in 0..300 {
            for fill in ["a", " ", "ë", "%", "😀"] {
                let v = ["é".repeat(len % 7), fill.repeat(len)].concat();
                assert_eq!(encode_component(&v), reference(&v), "{len} {fill:?}");
            }
        }
        // Appending keeps what was there.
        let mut out = String::from("q=");
        push_encoded(&mut out, "a b");
        assert_eq!(out, "q=a+b");
    }
}
