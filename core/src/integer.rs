//! The one integer reader: every integer bbbkit reads from text goes through [`read`], with
//! the rule its field kind needs. A leaf: callers turn `None` into their own error (an
//! answer's integer into [`ParseError::InvalidField`](crate::ParseError::InvalidField) by
//! `parse::parse_int`).
//!
//! | field kind | where | rule |
//! |---|---|---|
//! | an answer's integer: counters (`participantCount`, `moderatorCount`, …), sizes, times (`createTime`, `startTime`, epoch ms), durations and lengths (minutes), `sequence`, a preview's `width`/`height`, pagination | every typed answer (`answers`, and `Created`/`Joined` in `parse`) | [`Grouping::Accepted`]: the trimmed text, with locale grouping separators accepted in groups of three (getMeetings prints some counters without FreeMarker's `?c`, so `1,234` or `1 234` come back) |
//! | a request parameter given as a string: `createTime` (`Millis`), counts, `limit` | `Kind::parse` of `set`/`from_params` | [`Grouping::Refused`] on the trimmed text: the value is signed and sent back, so only what Rust's `i64` parser reads (an optional sign and ASCII digits) is taken; the range is checked when the URL is written |
//! | a webhook's `timestamp` form field | `callback` | [`Grouping::Refused`] on the text as sent (not trimmed) |
//!
//! Grouping separators: `,` `.` space, U+00A0, U+202F, `'` and U+2019, one kind per number,
//! after a first group of one to three digits. `1.5`, `12,34`, `1,2345` and `1,234.567` are
//! refused.

/// Whether locale grouping separators are read (see the module's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grouping {
    /// Only an optional sign and ASCII digits (what `i64::from_str` reads).
    Refused,
    /// Also digits in groups of three, separated by one grouping separator.
    Accepted,
}

const SEPARATORS: [char; 7] = [',', '.', ' ', '\u{a0}', '\u{202f}', '\'', '\u{2019}'];

/// Reads `text` as given (callers trim where their field kind says so); `None` when it is
/// not an integer under `grouping` or does not fit an `i64`.
pub(crate) fn read(text: &str, grouping: Grouping) -> Option<i64> {
    // Up to 18 plain digits always fit: read them without `from_str`'s sign and overflow
    // checks (the common case).
    let b = text.as_bytes();
    if (1..=18).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
        return Some(b.iter().fold(0i64, |v, &d| v * 10 + i64::from(d - b'0')));
    }
    if let Ok(v) = text.parse::<i64>() {
        return Some(v);
    }
    if grouping == Grouping::Refused {
        return None;
    }
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let sep = body.chars().find(|c| !c.is_ascii_digit())?;
    if !SEPARATORS.contains(&sep) {
        return None;
    }
    let mut groups = body.split(sep);
    let first = groups.next().unwrap_or("");
    let ok = (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return None;
    }
    let mut digits = String::with_capacity(body.len() + 1);
    if neg {
        digits.push('-');
    }
    digits.extend(body.chars().filter(char::is_ascii_digit));
    digits.parse::<i64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_separators_in_groups_of_three() {
        for (s, v) in [
            ("1234", 1234),
            ("1,234", 1234),
            ("1.234", 1234),
            ("1 234", 1234),
            ("1\u{a0}234", 1234),
            ("1\u{202f}234", 1234),
            ("1'234", 1234),
            ("1\u{2019}234", 1234),
            ("12,345,678", 12_345_678),
            ("-1,234", -1234),
            (" 7 ", 7),
        ] {
            assert_eq!(read(s.trim(), Grouping::Accepted), Some(v), "{s}");
        }
        for s in [
            "1.5",
            "12,34",
            "1,2345",
            "1,234.567",
            "1.234,567",
            "abc",
            "",
            "1,,234",
            ",123",
            "1,234,",
        ] {
            assert_eq!(read(s.trim(), Grouping::Accepted), None, "{s}");
        }
    }

    #[test]
    fn refused_grouping_reads_only_plain_integers() {
        assert_eq!(
            read("1715261728123", Grouping::Refused),
            Some(1715261728123)
        );
        assert_eq!(read("-3", Grouping::Refused), Some(-3));
        assert_eq!(read("1,234", Grouping::Refused), None);
        assert_eq!(read(" 7", Grouping::Refused), None);
        assert_eq!(read("99999999999999999999", Grouping::Accepted), None);
    }
}
