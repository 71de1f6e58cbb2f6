//! The one canonical query encoding.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Bytes that are percent-encoded in a query component: everything except
/// `A-Z a-z 0-9 - . _`. A space is percent-encoded by this set too, and bbbkit writes it as `+`.
///
/// This is stricter than RFC 3986's unreserved set (`~` is encoded too) so that no browser,
/// proxy or HTTP library finds anything left to re-encode, which would break the checksum.
pub const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_');

/// Appends `value` to `out` in the canonical `application/x-www-form-urlencoded` form:
/// space as `+`, `A-Z a-z 0-9 - . _` raw, every other UTF-8 byte as uppercase `%XX`.
pub(crate) fn push_encoded(out: &mut String, value: &str) {
    for chunk in utf8_percent_encode(value, QUERY_COMPONENT) {
        // The encoder yields runs of raw bytes, or one `%XX` per encoded byte.
        if chunk == "%20" {
            out.push('+');
        } else {
            out.push_str(chunk);
        }
    }
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
