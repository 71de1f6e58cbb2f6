//! Shared validation rules.

use crate::error::{InvalidParameter, Rule};

/// The length as the Java server counts it: UTF-16 code units.
pub(crate) fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Refuses C0 and C1 control characters, which the server strips or refuses.
pub(crate) fn check_no_control(name: &str, value: &str) -> Result<(), InvalidParameter> {
    // C0 and DEL are single bytes; C1 (U+0080–U+009F) is encoded as 0xC2 0x80–0x9F. Bytes
    // first, as almost every value is clean; chars only when a 0xC2 lead byte shows up.
    let suspicious = value.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2);
    if suspicious && value.chars().any(char::is_control) {
        return Err(InvalidParameter::new(name, Rule::ControlCharacter));
    }
    Ok(())
}

/// An absolute http(s) URL with a host and without credentials, written without surrounding
/// white space.
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
    let ok = !call.is_empty()
        && call.split('/').all(|seg| {
            !seg.is_empty()
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        });
    if ok {
        Ok(())
    } else {
        Err(InvalidParameter::new("call", Rule::CallName))
    }
}
