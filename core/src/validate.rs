//! Shared validation rules.

use crate::invalid::{InvalidParameter, Rule};

/// The length as the Java server counts it: UTF-16 code units.
pub(crate) fn utf16_len(s: &str) -> usize {
    // One unit per character (every byte that is not a continuation byte `10xxxxxx`), and a
    // second one for each character outside the BMP (lead bytes `11110xxx`). Branch-free, so
    // the loop vectorizes.
    s.bytes()
        .map(|b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0))
        .sum()
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of the word is zero (exact, as a whole: no false answer either way).
#[inline]
fn has_zero_byte(w: u64) -> bool {
    w.wrapping_sub(ONES) & !w & HIGHS != 0
}

/// Whether any byte of the word is below 0x20, is DEL (0x7f) or is 0xc2, the lead byte of
/// every C1 control. Exact as a whole, a word at a time.
#[inline]
fn word_suspicious(w: u64) -> bool {
    // Below 0x20: for bytes under 0x80, `b - 0x20` borrows into the high bit exactly when
    // b < 0x20; `& !w` drops bytes that had the high bit already.
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGHS != 0;
    below_space || has_zero_byte(w ^ (ONES * 0x7f)) || has_zero_byte(w ^ (ONES * 0xc2))
}

/// Whether `bytes` holds a byte that may start a control character: C0 and DEL, or 0xc2.
#[inline]
fn any_suspicious_byte(bytes: &[u8]) -> bool {
    let word = |chunk: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        word_suspicious(u64::from_le_bytes(w))
    };
    if bytes.len() < 8 {
        return bytes.iter().any(|&b| b < 0x20 || b == 0x7f || b == 0xc2);
    }
    let mut chunks = bytes.chunks_exact(8);
    if chunks.any(word) {
        return true;
    }
    // The tail: the last eight bytes, overlapping the chunks already read.
    !chunks.remainder().is_empty() && word(&bytes[bytes.len() - 8..])
}

/// Refuses C0 and C1 control characters, which the server strips or refuses.
pub(crate) fn check_no_control(name: &str, value: &str) -> Result<(), InvalidParameter> {
    if has_control(value) {
        return Err(InvalidParameter::new(name, Rule::ControlCharacter));
    }
    Ok(())
}

/// Whether `value` holds a C0 or C1 control character.
pub(crate) fn has_control(value: &str) -> bool {
    // C0 and DEL are single bytes; C1 (U+0080–U+009F) is encoded as 0xC2 0x80–0x9F. Bytes
    // first, as almost every value is clean; chars only when a 0xC2 lead byte shows up.
    any_suspicious_byte(value.as_bytes()) && value.chars().any(char::is_control)
}

/// An absolute http(s) URL with a host and without credentials, written without surrounding
/// white space.
/// Every character of `value` is one XML 1.0 allows (`Char`: tab, line feed, carriage return,
/// U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above), for values written into an XML body.
pub(crate) fn check_xml_chars(name: &str, value: &str) -> Result<(), InvalidParameter> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    };
    if value.chars().all(allowed) {
        Ok(())
    } else {
        Err(InvalidParameter::new(name, Rule::XmlCharacter))
    }
}

pub(crate) fn check_http_url(name: &str, value: &str) -> Result<url::Url, InvalidParameter> {
    if value.is_empty() {
        return Err(InvalidParameter::new(name, Rule::Empty));
    }
    check_no_control(name, value)?;
    if value.trim() != value {
        return Err(InvalidParameter::new(name, Rule::HttpUrl));
    }
    let url = url::Url::parse(value).map_err(|_| InvalidParameter::new(name, Rule::HttpUrl))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(InvalidParameter::new(name, Rule::HttpUrl));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(InvalidParameter::new(name, Rule::NoCredentials));
    }
    Ok(url)
}

/// An API call name: `/`-separated segments of `A-Z a-z 0-9 _ -`.
pub(crate) fn check_call(call: &str) -> Result<(), InvalidParameter> {
    // Every segment non-empty: no `/` first, last or after another `/`.
    let mut after_slash = true;
    for &b in call.as_bytes() {
        if b == b'/' {
            if after_slash {
                return Err(InvalidParameter::new("call", Rule::CallName));
            }
            after_slash = true;
        } else if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' {
            after_slash = false;
        } else {
            return Err(InvalidParameter::new("call", Rule::CallName));
        }
    }
    if after_slash {
        return Err(InvalidParameter::new("call", Rule::CallName));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suspicious_by_bytes(bytes: &[u8]) -> bool {
        bytes.iter().any(|&b| b < 0x20 || b == 0x7f || b == 0xc2)
    }

    #[test]
    fn the_word_scan_finds_exactly_the_suspicious_bytes() {
        // Every byte value at every position of 1 to 17 bytes of clean filler, with a
        // neighbour of each kind around it (borrows between bytes must not hide or invent one).
        for len in 1..=17 {
            for pos in 0..len {
                for b in 0..=255u8 {
                    for filler in [b'a', 0x20, 0x80, 0xff, 0x21, 0x7e, 0xc3, 0xc1] {
                        let mut v = vec![filler; len];
                        v[pos] = b;
                        assert_eq!(any_suspicious_byte(&v), suspicious_by_bytes(&v), "{v:02x?}");
                    }
                }
            }
        }
        assert!(!any_suspicious_byte(b""));
    }

    #[test]
    fn utf16_len_counts_as_java() {
        for s in [
            "",
            "a",
            "Zoë",
            "日本語",
            "😀",
            "a😀b",
            "Marie Skłodowska Curie",
            "\u{10ffff}\u{ffff}",
        ] {
            assert_eq!(
                utf16_len(s),
                s.chars().map(char::len_utf16).sum::<usize>(),
                "{s:?}"
            );
        }
        let every: String = (0u32..0x11_0000)
            .step_by(97)
            .filter_map(char::from_u32)
            .collect();
        assert_eq!(utf16_len(&every), every.encode_utf16().count());
    }

    #[test]
    fn call_names_are_slash_separated_segments() {
        let by_split = |call: &str| {
            !call.is_empty()
                && call.split('/').all(|seg| {
                    !seg.is_empty()
                        && seg
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                })
        };
        let parts = ["", "/", "a", "Z9", "_", "-", "hooks", "x y", "ä", ".", "//"];
        for a in parts {
            for b in parts {
                for c in parts {
                    let call = [a, b, c].concat();
                    assert_eq!(check_call(&call).is_ok(), by_split(&call), "{call:?}");
                }
            }
        }
    }

    #[test]
    fn control_characters_are_refused_and_nothing_else() {
        for c in (0u32..0x300).filter_map(char::from_u32) {
            let v = format!("ab{c}cd");
            assert_eq!(check_no_control("p", &v).is_err(), c.is_control(), "{c:?}");
        }
    }
}

/// The index of the first item whose key repeats an earlier item's, in O(n): a short list is
/// scanned (the few pairs of a usual request), a longer one goes through a hash set, so that n
/// pairs never cost n² comparisons.
pub(crate) fn first_repeat<'a, T, K: std::hash::Hash + Eq>(
    items: &'a [T],
    key: impl Fn(&'a T) -> K,
) -> Option<usize> {
    if items.len() <= 8 {
        return (1..items.len()).find(|&i| {
            let k = key(&items[i]);
            items[..i].iter().any(|o| key(o) == k)
        });
    }
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items.iter().position(|item| !seen.insert(key(item)))
}

#[cfg(test)]
mod first_repeat_tests {
    use super::first_repeat;

    #[test]
    fn finds_the_first_repeat_in_short_and_long_lists() {
        for n in [2, 8, 9, 1000] {
            let mut v: Vec<String> = (0..n).map(|i| format!("k{i}")).collect();
            assert_eq!(first_repeat(&v, |s| s.as_str()), None, "{n}");
            v.push("k1".to_owned());
            v.push("k0".to_owned());
            assert_eq!(first_repeat(&v, |s| s.as_str()), Some(n), "{n}");
            assert_eq!(first_repeat(&v[1..], |s| s.as_str()), Some(n - 1), "{n}");
        }
        assert_eq!(first_repeat::<String, &str>(&[], |s| s.as_str()), None);
    }
}
