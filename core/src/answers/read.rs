//! The readers a declaration row names (`text("meetingName")`, `list("attendees", "attendee")`,
//! …). Each is a type of the same name, holding what the row has read so far while the events
//! of the element go by ([`stream`](super::stream)): the generated reader of an answer type
//! (`declare_answers!`) offers each child element to every row, gives it to the rows that want
//! it, then asks each row for its value, in declaration order.
//!
//! A path argument may go down several levels with `/` (`pageable/offset`); each step takes the
//! first child of that name.
//!
//! - Text is entity-decoded and trimmed; an empty element counts as absent.
//! - A required value missing is a [`ParseError::MissingField`](crate::ParseError::MissingField) naming the BBB element.
//! - Integers and booleans that do not read are a [`ParseError::InvalidField`](crate::ParseError::InvalidField) naming it.
//!
//! A value error is kept until the whole answer is read: a later syntax or limit error in the
//! document wins, and among the fields the first declared wins, as with a tree read first.

// The row types are named as the readers the declarations write (`text`, `list`, …).
#![allow(non_camel_case_types)]

use std::borrow::Cow;
use std::marker::PhantomData;

use super::stream::{descend, element_text, path_texts, step_of, Ev, Source, Tag};
use crate::error::{Error, ParseError, Result};
use crate::parse::{truncated, GuestStatus};

/// What a row does with a child element of the element being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Want {
    /// Nothing.
    No,
    /// The text at this path below the child (`""`: the child's own text).
    Text(&'static str),
    /// The whole child: [`Row::element`] reads it.
    Element,
}

impl Want {
    pub(crate) fn path(self) -> Option<&'static str> {
        match self {
            Want::Text(p) => Some(p),
            _ => None,
        }
    }
}

/// The element being read, for the rows that read it rather than a child.
pub(crate) struct Own<'i, 't> {
    /// Its own text (empty when it has child elements).
    pub(crate) text: Cow<'i, str>,
    pub(crate) tag: &'t Tag<'i>,
    pub(crate) input: &'i str,
}

/// What rows reading the same element in one pass hand each other: `readable` reads the
/// `unreadable` recordings' IDs along.
#[derive(Default)]
pub(crate) struct Shared {
    unreadable: Option<Result<Vec<String>>>,
}

/// An answer type read from the events of its element.
pub(crate) trait Typed: Sized {
    /// Reads from just after the element's start to its end. `hook` is offered the children
    /// no row wants. A syntax or limit error is the outer error; the inner one is the value's.
    fn read_element<'i, S: Source<'i>>(
        src: &mut S,
        tag: &Tag<'i>,
        hook: Option<&mut dyn ChildHook<'i, S>>,
    ) -> Result<Item<Self>>;
}

/// A record read from an element.
pub(crate) struct Item<T> {
    pub(crate) value: Result<T>,
    /// Whether the element had child elements.
    pub(crate) has_children: bool,
}

/// Offered the children of an element that no row wants; gives whether it read the child
/// (to its end).
pub(crate) trait ChildHook<'i, S> {
    fn child(&mut self, tag: &Tag<'i>, src: &mut S) -> Result<bool>;
}

/// One row of a declaration, while its element is read.
pub(crate) trait Row<'i>: Default {
    /// The field's value.
    type Out;
    /// Whether it reads the element's own text or attributes.
    const OWN: bool = false;
    /// What it does with the child `name`.
    fn want(&self, args: &[&'static str], name: &str) -> Want;
    /// The text it asked for (`None`: a step of the path is absent).
    fn text(&mut self, _args: &[&'static str], _name: &str, _value: Option<Cow<'i, str>>) {}
    /// Reads the child it asked for, from just after its start to its end.
    fn element<S: Source<'i>>(
        &mut self,
        _args: &[&'static str],
        _tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        src.skip()
    }
    /// The value, once the element has ended.
    fn finish(self, args: &[&'static str], own: &Own<'i, '_>, shared: &mut Shared)
        -> Result<Self::Out>;
}

/// The last step of a path: the element a missing or invalid field names.
fn leaf(path: &'static str) -> &'static str {
    match path.bytes().rposition(|b| b == b'/') {
        None => path,
        Some(i) => &path[i + 1..],
    }
}

fn arg(args: &[&'static str], i: usize) -> &'static str {
    args.get(i).copied().unwrap_or("")
}

fn invalid(field: &'static str, value: &str) -> Error {
    ParseError::InvalidField {
        field,
        value: truncated(value),
    }
    .into()
}

fn missing(path: &'static str) -> Error {
    ParseError::MissingField(leaf(path)).into()
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

/// The text of the first element at a path, as it went by.
#[derive(Default)]
pub(crate) struct Slot<'i> {
    seen: bool,
    text: Option<Cow<'i, str>>,
}

impl<'i> Slot<'i> {
    #[inline]
    fn want(&self, path: &'static str, name: &str) -> Want {
        if self.seen {
            return Want::No;
        }
        match step_of(path, name) {
            Some(rest) => Want::Text(rest),
            None => Want::No,
        }
    }

    fn put(&mut self, value: Option<Cow<'i, str>>) {
        self.seen = true;
        self.text = value;
    }

    /// The trimmed text, `None` when absent or blank.
    fn trimmed(&self) -> Option<&str> {
        self.text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// The text as the server wrote it, `None` when the element is absent.
    fn raw(self) -> Option<String> {
        self.text.map(Cow::into_owned)
    }
}

/// Declares a row that reads the text at its first argument (a path), and its value.
macro_rules! text_row {
    ($(#[$doc:meta])* $name:ident -> $out:ty, |$slot:ident, $path:ident, $args:ident| $value:expr) => {
        $(#[$doc])*
        pub(crate) struct $name<'i, T> {
            slot: Slot<'i>,
            _p: PhantomData<T>,
        }

        impl<T> Default for $name<'_, T> {
            fn default() -> Self {
                $name { slot: Slot::default(), _p: PhantomData }
            }
        }

        impl<'i> Row<'i> for $name<'i, $out> {
            type Out = $out;
            #[inline]
            fn want(&self, args: &[&'static str], name: &str) -> Want {
                self.slot.want(arg(args, 0), name)
            }
            fn text(&mut self, _: &[&'static str], _: &str, value: Option<Cow<'i, str>>) {
                self.slot.put(value)
            }
            fn finish(self, $args: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<$out> {
                let $slot = self.slot;
                let $path = arg($args, 0);
                let _ = ($args, $path);
                $value
            }
        }
    };
}

text_row!(
    /// The trimmed text at `path`, `None` when absent or blank.
    text -> Option<String>, |slot, path, args| Ok(slot.trimmed().map(str::to_owned))
);

text_row!(
    /// The trimmed text at `path`; absent or blank is an error.
    required -> String,
    |slot, path, args| slot.trimmed().map(str::to_owned).ok_or_else(|| missing(path))
);

text_row!(
    /// The text at `path` as the server wrote it (not trimmed); empty when absent.
    raw -> String, |slot, path, args| Ok(slot.raw().unwrap_or_default())
);

text_row!(
    /// The text at `path` as the server wrote it; a missing element is an error, an empty
    /// one is kept (join's tokens).
    raw_required -> String, |slot, path, args| slot.raw().ok_or_else(|| missing(path))
);

text_row!(
    /// The integer at `path`, `None` when absent or blank.
    int -> Option<i64>,
    |slot, path, args| slot.trimmed().map(|v| parse_integer(leaf(path), v)).transpose()
);

text_row!(
    /// The integer at `path`; absent or blank is an error.
    required_int -> i64,
    |slot, path, args| match slot.trimmed() {
        Some(v) => parse_integer(leaf(path), v),
        None => Err(missing(path)),
    }
);

text_row!(
    /// The boolean at `path`, `None` when absent or blank.
    boolean -> Option<bool>,
    |slot, path, args| slot.trimmed().map(|v| parse_boolean(leaf(path), v)).transpose()
);

text_row!(
    /// The boolean at `path`; absent or blank is an error.
    required_bool -> bool,
    |slot, path, args| match slot.trimmed() {
        Some(v) => parse_boolean(leaf(path), v),
        None => Err(missing(path)),
    }
);

text_row!(
    /// The text at `path` read as Groovy's `toBoolean()` does: `true`, `y` or `1` (any case,
    /// trimmed) are true, anything else false; absent is an error (publishRecordings' echo).
    groovy_bool -> bool,
    |slot, path, args| {
        let value = slot.trimmed().ok_or_else(|| missing(path))?;
        Ok(["true", "y"].iter().any(|t| value.eq_ignore_ascii_case(t)) || value == "1")
    }
);

text_row!(
    /// The text at `path` split on commas, trimmed, empty parts dropped (hooks' `eventID`).
    csv -> Vec<String>,
    |slot, path, args| Ok(slot
        .trimmed()
        .map(|csv| {
            csv.split(',')
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
);

/// Whether the answer's `messageKey` is the argument (`duplicateWarning`).
pub(crate) struct key_is<'i, T> {
    slot: Slot<'i>,
    _p: PhantomData<T>,
}

impl<T> Default for key_is<'_, T> {
    fn default() -> Self {
        key_is { slot: Slot::default(), _p: PhantomData }
    }
}

impl<'i> Row<'i> for key_is<'i, bool> {
    type Out = bool;
    #[inline]
    fn want(&self, _: &[&'static str], name: &str) -> Want {
        self.slot.want("messageKey", name)
    }
    fn text(&mut self, _: &[&'static str], _: &str, value: Option<Cow<'i, str>>) {
        self.slot.put(value)
    }
    fn finish(self, args: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<bool> {
        Ok(self.slot.trimmed() == Some(arg(args, 0)))
    }
}

/// A join's guest status: `guestStatus`, or `WAIT` when a server that omits it says
/// `guestWait`, else `ALLOW`.
pub(crate) struct guest_status<'i, T> {
    guest_status: Slot<'i>,
    message_key: Slot<'i>,
    _p: PhantomData<T>,
}

impl<T> Default for guest_status<'_, T> {
    fn default() -> Self {
        guest_status {
            guest_status: Slot::default(),
            message_key: Slot::default(),
            _p: PhantomData,
        }
    }
}

impl<'i> Row<'i> for guest_status<'i, GuestStatus> {
    type Out = GuestStatus;
    #[inline]
    fn want(&self, _: &[&'static str], name: &str) -> Want {
        match self.guest_status.want("guestStatus", name) {
            Want::No => self.message_key.want("messageKey", name),
            w => w,
        }
    }
    fn text(&mut self, _: &[&'static str], name: &str, value: Option<Cow<'i, str>>) {
        if name == "guestStatus" {
            self.guest_status.put(value)
        } else {
            self.message_key.put(value)
        }
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<GuestStatus> {
        Ok(match self.guest_status.trimmed() {
            Some(g) => GuestStatus::parse(g),
            None if self.message_key.text.as_deref().map(str::trim) == Some("guestWait") => {
                GuestStatus::Wait
            }
            None => GuestStatus::Allow,
        })
    }
}

/// Declares a row that reads the element at its first argument (a path) as a whole.
macro_rules! element_row {
    ($(#[$doc:meta])* $name:ident { $($state:ident : $sty:ty),* }) => {
        $(#[$doc])*
        pub(crate) struct $name<'i, T> {
            seen: bool,
            $($state: $sty,)*
            _p: PhantomData<(&'i (), T)>,
        }

        impl<T> Default for $name<'_, T> {
            fn default() -> Self {
                $name { seen: false, $($state: Default::default(),)* _p: PhantomData }
            }
        }
    };
}

/// The first step of the row's path, once: the element to read as a whole.
#[inline]
fn want_element(seen: bool, path: &'static str, name: &str) -> Want {
    if !seen && step_of(path, name).is_some() {
        Want::Element
    } else {
        Want::No
    }
}

/// The rest of `path` after the step that `name` matched.
fn rest(path: &'static str, name: &str) -> &'static str {
    step_of(path, name).unwrap_or("")
}

element_row!(
    /// The children of the element at `path` as ordered (name, trimmed text) pairs; absent is
    /// empty.
    pairs { pairs: Vec<(String, String)> }
);

impl<'i> Row<'i> for pairs<'i, Vec<(String, String)>> {
    type Out = Vec<(String, String)>;
    #[inline]
    fn want(&self, args: &[&'static str], name: &str) -> Want {
        want_element(self.seen, arg(args, 0), name)
    }
    fn element<S: Source<'i>>(&mut self, args: &[&'static str], tag: Tag<'i>, src: &mut S) -> Result<()> {
        self.seen = true;
        let pairs = &mut self.pairs;
        let path = rest(arg(args, 0), tag.name());
        descend(src, tag, path, &mut |src, _| {
            loop {
                match src.next()? {
                    Ev::Start(child) => {
                        let name = child.name().to_owned();
                        let text = element_text(src)?;
                        pairs.push((name, text.trim().to_owned()));
                    }
                    Ev::Text(_) => {}
                    Ev::End => return Ok(()),
                }
            }
        })
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        Ok(self.pairs)
    }
}

/// Reads the `item` children of the element at the row's path, once: `each` is called with
/// each item's tag, the source just inside it; it reads to the item's end.
fn items<'i, S: Source<'i>>(
    seen: &mut bool,
    args: &[&'static str],
    tag: Tag<'i>,
    src: &mut S,
    each: &mut dyn FnMut(&mut S, Tag<'i>) -> Result<()>,
) -> Result<()> {
    *seen = true;
    let item = arg(args, 1);
    let path = rest(arg(args, 0), tag.name());
    descend(src, tag, path, &mut |src, _| loop {
        match src.next()? {
            Ev::Start(child) if child.name() == item => each(src, child)?,
            Ev::Start(_) => src.skip()?,
            Ev::Text(_) => {}
            Ev::End => return Ok(()),
        }
    })
}

element_row!(
    /// The non-empty trimmed texts of the `item` children of the element at `path`.
    texts { texts: Vec<String> }
);

impl<'i> Row<'i> for texts<'i, Vec<String>> {
    type Out = Vec<String>;
    #[inline]
    fn want(&self, args: &[&'static str], name: &str) -> Want {
        want_element(self.seen, arg(args, 0), name)
    }
    fn element<S: Source<'i>>(&mut self, args: &[&'static str], tag: Tag<'i>, src: &mut S) -> Result<()> {
        let texts = &mut self.texts;
        items(&mut self.seen, args, tag, src, &mut |src, _| {
            let t = element_text(src)?;
            let t = t.trim();
            if !t.is_empty() {
                texts.push(t.to_owned());
            }
            Ok(())
        })
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        Ok(self.texts)
    }
}

/// Records read one after the other: the first error is kept, and the items after it are only
/// checked.
struct Records<T> {
    items: Vec<T>,
    error: Option<Error>,
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Records {
            items: Vec::new(),
            error: None,
        }
    }
}

impl<T> Records<T> {
    fn push(&mut self, value: Result<T>) {
        match value {
            Ok(v) if self.error.is_none() => self.items.push(v),
            Ok(_) => {}
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(e);
                }
            }
        }
    }

    fn finish(self) -> Result<Vec<T>> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.items),
        }
    }
}

/// The `item` children of the element at `path`, each read as a record.
pub(crate) struct list<'i, T: Many> {
    seen: bool,
    records: Records<T::Item>,
    _p: PhantomData<&'i ()>,
}

/// A field type that holds records: `Vec<T>`.
pub(crate) trait Many {
    type Item;
}

impl<T> Many for Vec<T> {
    type Item = T;
}

impl<T: Many> Default for list<'_, T> {
    fn default() -> Self {
        list {
            seen: false,
            records: Records::default(),
            _p: PhantomData,
        }
    }
}

impl<'i, U: Typed> Row<'i> for list<'i, Vec<U>> {
    type Out = Vec<U>;
    #[inline]
    fn want(&self, args: &[&'static str], name: &str) -> Want {
        want_element(self.seen, arg(args, 0), name)
    }
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let records = &mut self.records;
        items(&mut self.seen, args, tag, src, &mut |src, item| {
            if records.error.is_some() {
                return src.skip();
            }
            records.push(U::read_element(src, &item, None)?.value);
            Ok(())
        })
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        self.records.finish()
    }
}

/// The `item` children at `path` that the server could read: those without an `<error>` in
/// place of their `recordID` (getRecordings). The others' IDs (`error/recordID`) are read in
/// the same pass, for the `unreadable` row of the same list.
pub(crate) struct readable<'i, T: Many> {
    seen: bool,
    records: Records<T::Item>,
    unreadable: Records<String>,
    _p: PhantomData<&'i ()>,
}

impl<T: Many> Default for readable<'_, T> {
    fn default() -> Self {
        readable {
            seen: false,
            records: Records::default(),
            unreadable: Records::default(),
            _p: PhantomData,
        }
    }
}

/// Catches an item's first `<error>`: the `recordID` inside it.
struct ErrorChild<'i> {
    seen: bool,
    record_id: Option<Cow<'i, str>>,
}

impl<'i, S: Source<'i>> ChildHook<'i, S> for ErrorChild<'i> {
    fn child(&mut self, tag: &Tag<'i>, src: &mut S) -> Result<bool> {
        if self.seen || tag.name() != "error" {
            return Ok(false);
        }
        self.seen = true;
        let mut found = [None];
        path_texts(src, &[Some("recordID")], &mut found)?;
        let [found] = found;
        self.record_id = found;
        Ok(true)
    }
}

/// The element an item that the server could not read lacks: its `recordID`, which the
/// record's first row requires (a test checks that it is so).
pub(crate) const UNREADABLE_WITHOUT: &str = "recordID";

impl<'i, U: Typed> Row<'i> for readable<'i, Vec<U>> {
    type Out = Vec<U>;
    #[inline]
    fn want(&self, args: &[&'static str], name: &str) -> Want {
        want_element(self.seen, arg(args, 0), name)
    }
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let (records, unreadable) = (&mut self.records, &mut self.unreadable);
        items(&mut self.seen, args, tag, src, &mut |src, item| {
            let mut error = ErrorChild {
                seen: false,
                record_id: None,
            };
            let read = U::read_element(src, &item, Some(&mut error))?;
            // Without a `recordID` the record's first row fails with `MissingField`; with an
            // `<error>` besides, the server could not read the recording.
            let lacks_id = matches!(
                &read.value,
                Err(Error::Parse(ParseError::MissingField(UNREADABLE_WITHOUT)))
            );
            if error.seen && lacks_id {
                let id = error
                    .record_id
                    .as_deref()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .ok_or_else(|| missing(UNREADABLE_WITHOUT));
                unreadable.push(id);
            } else {
                records.push(read.value);
            }
            Ok(())
        })
    }
    fn finish(
        self,
        _: &[&'static str],
        _: &Own<'i, '_>,
        shared: &mut Shared,
    ) -> Result<Self::Out> {
        shared.unreadable = Some(self.unreadable.finish());
        self.records.finish()
    }
}

/// The `recordID`s inside the `<error>` of the `item` children at `path` the server could not
/// read (`<recording><error><recordID>…</recordID></error></recording>`), read by the
/// `readable` row of the same list (declared before it).
#[derive(Default)]
pub(crate) struct unreadable<'i, T> {
    _p: PhantomData<(&'i (), T)>,
}

impl<'i> Row<'i> for unreadable<'i, Vec<String>> {
    type Out = Vec<String>;
    fn want(&self, _: &[&'static str], _: &str) -> Want {
        Want::No
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, shared: &mut Shared) -> Result<Vec<String>> {
        shared.unreadable.take().unwrap_or(Ok(Vec::new()))
    }
}

/// Every child named `name` that has children, read as a record (the JSON arrays of
/// getRecordingTextTracks, one element per item).
pub(crate) struct each<'i, T: Many> {
    records: Records<T::Item>,
    _p: PhantomData<&'i ()>,
}

impl<T: Many> Default for each<'_, T> {
    fn default() -> Self {
        each {
            records: Records::default(),
            _p: PhantomData,
        }
    }
}

impl<'i, U: Typed> Row<'i> for each<'i, Vec<U>> {
    type Out = Vec<U>;
    #[inline]
    fn want(&self, args: &[&'static str], name: &str) -> Want {
        if name == arg(args, 0) {
            Want::Element
        } else {
            Want::No
        }
    }
    fn element<S: Source<'i>>(
        &mut self,
        _: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        if self.records.error.is_some() {
            return src.skip();
        }
        let read = U::read_element(src, &tag, None)?;
        if read.has_children {
            self.records.push(read.value);
        }
        Ok(())
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        self.records.finish()
    }
}

/// The element at `path` read as a record, `None` when absent.
pub(crate) struct child<'i, T: One> {
    seen: bool,
    value: Option<Result<T::Item>>,
    _p: PhantomData<&'i ()>,
}

/// A field type that holds one record: `Option<T>`.
pub(crate) trait One {
    type Item;
}

impl<T> One for Option<T> {
    type Item = T;
}

impl<T: One> Default for child<'_, T> {
    fn default() -> Self {
        child {
            seen: false,
            value: None,
            _p: PhantomData,
        }
    }
}

impl<'i, U: Typed> Row<'i> for child<'i, Option<U>> {
    type Out = Option<U>;
    #[inline]
    fn want(&self, args: &[&'static str], name: &str) -> Want {
        want_element(self.seen, arg(args, 0), name)
    }
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        self.seen = true;
        let value = &mut self.value;
        let path = rest(arg(args, 0), tag.name());
        descend(src, tag, path, &mut |src, tag| {
            *value = Some(U::read_element(src, &tag, None)?.value);
            Ok(())
        })
    }
    fn finish(self, _: &[&'static str], _: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        self.value.transpose()
    }
}

/// The element's own trimmed text (a preview image's URL).
#[derive(Default)]
pub(crate) struct own_text<'i, T> {
    _p: PhantomData<(&'i (), T)>,
}

impl<'i> Row<'i> for own_text<'i, String> {
    type Out = String;
    const OWN: bool = true;
    fn want(&self, _: &[&'static str], _: &str) -> Want {
        Want::No
    }
    fn finish(self, _: &[&'static str], own: &Own<'i, '_>, _: &mut Shared) -> Result<String> {
        Ok(own.text.trim().to_owned())
    }
}

/// The trimmed attribute `name`, `None` when absent or blank.
fn attribute(own: &Own<'_, '_>, name: &str) -> Result<Option<String>> {
    Ok(own
        .tag
        .attribute(own.input, name)?
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty()))
}

/// The trimmed attribute `name`, `None` when absent or blank.
#[derive(Default)]
pub(crate) struct attr<'i, T> {
    _p: PhantomData<(&'i (), T)>,
}

impl<'i> Row<'i> for attr<'i, Option<String>> {
    type Out = Option<String>;
    fn want(&self, _: &[&'static str], _: &str) -> Want {
        Want::No
    }
    fn finish(self, args: &[&'static str], own: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        attribute(own, arg(args, 0))
    }
}

/// The attribute `name` as an integer, `None` when absent or blank.
#[derive(Default)]
pub(crate) struct attr_int<'i, T> {
    _p: PhantomData<(&'i (), T)>,
}

impl<'i> Row<'i> for attr_int<'i, Option<i64>> {
    type Out = Option<i64>;
    fn want(&self, _: &[&'static str], _: &str) -> Want {
        Want::No
    }
    fn finish(self, args: &[&'static str], own: &Own<'i, '_>, _: &mut Shared) -> Result<Self::Out> {
        let name = arg(args, 0);
        attribute(own, name)?
            .map(|v| parse_integer(name, &v))
            .transpose()
    }
}

/// The metadata value for `key` among `pairs`, compared ignoring ASCII case.
pub(crate) fn lookup<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}
