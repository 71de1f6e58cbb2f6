//! The readers a declaration row names (`text("meetingName")`, `list("attendees", "attendee")`,
//! …). Each takes the element being read and the row's arguments, and gives the field's value.
//!
//! A path argument may go down several levels with `/` (`pageable/offset`); each step takes the
//! first child of that name.
//!
//! - Text is entity-decoded and trimmed; an empty element counts as absent.
//! - A required value missing is a [`ParseError::MissingField`](crate::ParseError::MissingField) naming the BBB element.
//! - Integers and booleans that do not read are a [`ParseError::InvalidField`](crate::ParseError::InvalidField) naming it.

use crate::error::{Error, ParseError, Result};
use crate::parse::{non_empty, truncated, GuestStatus, Node};

/// An answer type read from an element.
pub(crate) trait Read: Sized {
    fn read(n: &Node<'_>) -> Result<Self>;
}

/// The element at `path` below `n`.
fn at<'a, 'i>(n: &'a Node<'i>, path: &str) -> Option<&'a Node<'i>> {
    match path.bytes().position(|b| b == b'/') {
        None => n.child(path),
        Some(i) => at(n.child(&path[..i])?, &path[i + 1..]),
    }
}

/// The last step of a path: the element a missing or invalid field names.
fn leaf(path: &'static str) -> &'static str {
    match path.bytes().rposition(|b| b == b'/') {
        None => path,
        Some(i) => &path[i + 1..],
    }
}

fn invalid(field: &'static str, value: &str) -> Error {
    ParseError::InvalidField {
        field,
        value: truncated(value),
    }
    .into()
}

/// The trimmed text at `path`, `None` when absent or blank.
pub(crate) fn text(n: &Node<'_>, path: &'static str) -> Result<Option<String>> {
    Ok(trimmed(n, path).map(str::to_owned))
}

/// The trimmed text at `path`, borrowed, `None` when absent or blank.
fn trimmed<'a>(n: &'a Node<'_>, path: &str) -> Option<&'a str> {
    at(n, path).map(|c| c.text.trim()).filter(|t| !t.is_empty())
}

/// The trimmed text at `path`; absent or blank is an error.
pub(crate) fn required(n: &Node<'_>, path: &'static str) -> Result<String> {
    text(n, path)?.ok_or_else(|| ParseError::MissingField(leaf(path)).into())
}

/// The text at `path` as the server wrote it (not trimmed); empty when absent.
pub(crate) fn raw(n: &Node<'_>, path: &'static str) -> Result<String> {
    Ok(at(n, path)
        .map(|c| c.text.clone().into_owned())
        .unwrap_or_default())
}

/// The text at `path` as the server wrote it; a missing element is an error, an empty one is
/// kept (join's tokens).
pub(crate) fn raw_required(n: &Node<'_>, path: &'static str) -> Result<String> {
    at(n, path)
        .map(|c| c.text.clone().into_owned())
        .ok_or_else(|| ParseError::MissingField(leaf(path)).into())
}

/// An answer's integer: the trimmed text, locale grouping separators accepted in groups of three
/// (`1,234`, `1.234`, `1 234`, U+00A0, U+202F, `'`, U+2019: getMeetings prints some counters
/// without `?c`); `1.5` or `12,34` are refused. The one integer reader
/// ([`crate::integer`]), with the answers' rule.
pub(crate) fn parse_integer(field: &'static str, s: &str) -> Result<i64> {
    crate::parse::parse_int(field, s)
}

/// `true` or `false`, any case, trimmed.
fn parse_boolean(field: &'static str, s: &str) -> Result<bool> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if t.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(invalid(field, t))
    }
}

/// The integer at `path`, `None` when absent or blank.
pub(crate) fn int(n: &Node<'_>, path: &'static str) -> Result<Option<i64>> {
    trimmed(n, path)
        .map(|v| parse_integer(leaf(path), v))
        .transpose()
}

/// The integer at `path`; absent or blank is an error.
pub(crate) fn required_int(n: &Node<'_>, path: &'static str) -> Result<i64> {
    match trimmed(n, path) {
        Some(v) => parse_integer(leaf(path), v),
        None => Err(ParseError::MissingField(leaf(path)).into()),
    }
}

/// The boolean at `path`, `None` when absent or blank.
pub(crate) fn boolean(n: &Node<'_>, path: &'static str) -> Result<Option<bool>> {
    trimmed(n, path)
        .map(|v| parse_boolean(leaf(path), v))
        .transpose()
}

/// The boolean at `path`; absent or blank is an error.
pub(crate) fn required_bool(n: &Node<'_>, path: &'static str) -> Result<bool> {
    boolean(n, path)?.ok_or_else(|| ParseError::MissingField(leaf(path)).into())
}

/// The text at `path` read as Groovy's `toBoolean()` does: `true`, `y` or `1` (any case,
/// trimmed) are true, anything else false; absent is an error (publishRecordings' echo).
pub(crate) fn groovy_bool(n: &Node<'_>, path: &'static str) -> Result<bool> {
    let raw = required(n, path)?;
    Ok(["true", "y"].iter().any(|t| raw.eq_ignore_ascii_case(t)) || raw == "1")
}

/// Whether the answer's `messageKey` is `key` (`duplicateWarning`).
pub(crate) fn key_is(n: &Node<'_>, key: &'static str) -> Result<bool> {
    Ok(trimmed(n, "messageKey") == Some(key))
}

/// The children of the element at `path` as ordered (name, trimmed text) pairs; absent is
/// empty.
pub(crate) fn pairs(n: &Node<'_>, path: &'static str) -> Result<Vec<(String, String)>> {
    Ok(at(n, path)
        .map(|m| {
            m.children
                .iter()
                .map(|c| (c.name.to_string(), c.text.trim().to_owned()))
                .collect()
        })
        .unwrap_or_default())
}

/// The `item` children of the element at `path`.
fn items<'a, 'i>(n: &'a Node<'i>, path: &str, item: &'a str) -> impl Iterator<Item = &'a Node<'i>> {
    at(n, path)
        .into_iter()
        .flat_map(move |l| l.children.iter().filter(move |c| c.name == item))
}

/// The non-empty trimmed texts of the `item` children of the element at `path`.
pub(crate) fn texts(n: &Node<'_>, path: &'static str, item: &'static str) -> Result<Vec<String>> {
    Ok(items(n, path, item)
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect())
}

/// The text at `path` split on commas, trimmed, empty parts dropped (hooks' `eventID`).
pub(crate) fn csv(n: &Node<'_>, path: &'static str) -> Result<Vec<String>> {
    Ok(trimmed(n, path)
        .map(|csv| {
            csv.split(',')
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

/// The `item` children of the element at `path`, each read as a record.
pub(crate) fn list<T: Read>(
    n: &Node<'_>,
    path: &'static str,
    item: &'static str,
) -> Result<Vec<T>> {
    items(n, path, item).map(T::read).collect()
}

/// The `item` children at `path` that the server could read: those without an `<error>` in
/// place of their `recordID` (getRecordings).
pub(crate) fn readable<T: Read>(
    n: &Node<'_>,
    path: &'static str,
    item: &'static str,
) -> Result<Vec<T>> {
    items(n, path, item)
        .filter(|r| !unreadable_item(r))
        .map(T::read)
        .collect()
}

fn unreadable_item(r: &Node<'_>) -> bool {
    r.child("error").is_some() && non_empty(r.child_text("recordID")).is_none()
}

/// The `recordID`s inside the `<error>` of the `item` children at `path` the server could not
/// read (`<recording><error><recordID>…</recordID></error></recording>`).
pub(crate) fn unreadable(
    n: &Node<'_>,
    path: &'static str,
    item: &'static str,
) -> Result<Vec<String>> {
    items(n, path, item)
        .filter(|r| unreadable_item(r))
        .map(|r| required(r, "error/recordID"))
        .collect()
}

/// Every child named `name` that has children, read as a record (the JSON arrays of
/// getRecordingTextTracks, one element per item).
pub(crate) fn each<T: Read>(n: &Node<'_>, name: &'static str) -> Result<Vec<T>> {
    n.children
        .iter()
        .filter(|c| c.name == name && !c.children.is_empty())
        .map(T::read)
        .collect()
}

/// The element at `path` read as a record, `None` when absent.
pub(crate) fn child<T: Read>(n: &Node<'_>, path: &'static str) -> Result<Option<T>> {
    at(n, path).map(T::read).transpose()
}

/// The element's own trimmed text (a preview image's URL).
pub(crate) fn own_text(n: &Node<'_>) -> Result<String> {
    Ok(n.text.trim().to_owned())
}

/// The trimmed attribute `name`, `None` when absent or blank.
pub(crate) fn attr(n: &Node<'_>, name: &'static str) -> Result<Option<String>> {
    Ok(n.attributes
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty()))
}

/// The attribute `name` as an integer, `None` when absent or blank.
pub(crate) fn attr_int(n: &Node<'_>, name: &'static str) -> Result<Option<i64>> {
    attr(n, name)?.map(|v| parse_integer(name, &v)).transpose()
}

/// A join's guest status: `guestStatus`, or `WAIT` when a server that omits it says
/// `guestWait`, else `ALLOW`.
pub(crate) fn guest_status(n: &Node<'_>) -> Result<GuestStatus> {
    Ok(match non_empty(n.child_text("guestStatus")) {
        Some(g) => GuestStatus::parse(&g),
        None if n.child_text("messageKey").map(str::trim) == Some("guestWait") => GuestStatus::Wait,
        None => GuestStatus::Allow,
    })
}

/// The metadata value for `key` among `pairs`, compared ignoring ASCII case.
pub(crate) fn lookup<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}
