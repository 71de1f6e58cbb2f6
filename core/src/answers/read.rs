//! The readers a declaration row names (`text("meetingName")`, `list("attendees", "attendee")`,
//! …). Each is a type of the same name that says what the row reads ([`Kind`], its paths) and
//! holds what it has read while the events of the element go by ([`stream`](super::stream)):
//! for each answer type, `declare_answers!` makes constant tables of its rows ([`Plan`]);
//! [`read_rows`], one loop for every type, gives each child element to the rows that want it
//! (a text to the row's slots, a whole element to the row), and the type then asks each row for
//! its value, in declaration order.
//!
//! A path argument may go down several levels with `/` (`pageable/offset`); each step takes the
//! first child of that name.
//!
//! - Text is entity-decoded and trimmed; an empty element counts as absent.
//! - A required value missing is a [`ParseError::MissingField`] naming the BBB element.
//! - Integers and booleans that do not read are a [`ParseError::InvalidField`] naming it.
//!
//! A value error is kept until the whole answer is read: a later syntax or limit error in the
//! document wins, and among the fields the first declared wins, as with a tree read first.

// The row types are named as the readers the declarations write (`text`, `list`, …).
#![allow(non_camel_case_types)]

use std::borrow::Cow;
use std::marker::PhantomData;

use super::stream::{descend, path_texts, step_of, Ev, Source, Tag};
use crate::error::{Error, ParseError, Result};
use crate::parse::{truncated, Attribute, GuestStatus};

/// What a row reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The text at its paths (one or two): the type's reader keeps it in the row's slots.
    Text,
    /// The first element at its path, as a whole ([`Row::element`]).
    Element,
    /// Every child with its name, as a whole ([`Row::element`]).
    Each,
    /// Nothing from the children: the element itself (its own text or attributes), or what
    /// another row hands over ([`Shared`]).
    Own,
}

/// The element being read, for the rows that read it rather than a child.
pub(crate) struct Own<'i> {
    /// Its own text (empty when it has child elements).
    pub(crate) text: Cow<'i, str>,
    /// Its attributes, decoded (when a row reads the element itself).
    pub(crate) attributes: Vec<Attribute<'i>>,
}

impl Own<'_> {
    /// The decoded value of the attribute `name`.
    fn attribute(&self, name: &str) -> Result<Option<&str>> {
        Ok(self
            .attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref()))
    }
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
    /// What it reads.
    const KIND: Kind;
    /// Reads the child it asked for, from just after its start to its end (`Element` and
    /// `Each` rows).
    fn element<S: Source<'i>>(
        &mut self,
        _args: &[&'static str],
        _tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        src.skip()
    }
    /// The value, once the element has ended; `slots` are the row's text slots.
    fn finish(
        self,
        args: &[&'static str],
        slots: &mut [Slot<'i>; 2],
        own: &Own<'i>,
        shared: &mut Shared,
    ) -> Result<Self::Out>;
}

/// How a type's reader finds its rows: per row, its kind and the paths it reads (two at most;
/// `""`: none), and the rows by their paths' first steps.
pub(crate) struct Plan {
    pub(crate) kinds: &'static [Kind],
    pub(crate) paths: &'static [[&'static str; 2]],
    pub(crate) index: &'static Index,
}

impl Plan {
    /// Whether a row reads the element itself (its own text or attributes).
    pub(crate) const fn own(&self) -> bool {
        let mut i = 0;
        while i < self.kinds.len() {
            if matches!(self.kinds[i], Kind::Own) {
                return true;
            }
            i += 1;
        }
        false
    }
}

/// Reads an element's children for the rows of `plan`: the text rows' values go to `slots`
/// (two per row), a child that an `Element` or `Each` row reads goes to `element` (with the
/// row's index), and the children no row wants to `hook`, else they are skipped. Gives the
/// element's own text (empty when it has children) and whether it has children.
///
/// One loop for every answer type: the type's generated code is only the rows' own.
pub(crate) fn read_rows<'i, S: Source<'i>>(
    src: &mut S,
    plan: &Plan,
    slots: &mut [[Slot<'i>; 2]],
    element: &mut dyn FnMut(usize, Tag<'i>, &mut S) -> Result<()>,
    mut hook: Option<&mut dyn ChildHook<'i, S>>,
) -> Result<(Cow<'i, str>, bool)> {
    let wants_own = plan.own();
    let mut own: Cow<'i, str> = Cow::Borrowed("");
    let mut has_children = false;
    // The `Element` rows that took their element (the first at their path).
    let mut entered = 0u64;
    loop {
        let child = match src.next()? {
            Ev::Text(t) => {
                if wants_own && !has_children {
                    if own.is_empty() {
                        own = t.get();
                    } else {
                        own.to_mut().push_str(&t.get());
                    }
                }
                continue;
            }
            Ev::End => break,
            Ev::Start(child) => child,
        };
        has_children = true;
        let name = child.name();
        // The row that reads the child whole, or the slots that want a text in it.
        let mut whole = usize::MAX;
        let mut texts = 0u64;
        let mut deeper = false;
        let mut candidates = plan.index.rows(name);
        while candidates != 0 {
            let i = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let paths = plan.paths.get(i).copied().unwrap_or(["", ""]);
            match plan.kinds.get(i) {
                Some(Kind::Text) => {
                    for (j, path) in paths.into_iter().enumerate() {
                        let slot = 2 * i + j;
                        if slots.get(i).is_some_and(|s| !s[j].seen) {
                            if let Some(rest) = step_of(path, name) {
                                texts |= 1 << slot;
                                deeper |= !rest.is_empty();
                            }
                        }
                    }
                }
                Some(Kind::Element)
                    if whole == usize::MAX
                        && entered & (1 << i) == 0
                        && step_of(paths[0], name).is_some() =>
                {
                    whole = i;
                }
                Some(Kind::Each) if whole == usize::MAX && paths[0] == name => whole = i,
                _ => {}
            }
        }
        if whole != usize::MAX {
            // A row that reads the whole child has it alone.
            entered |= 1 << whole;
            element(whole, child, src)?;
        } else if texts == 0 {
            let taken = match hook.as_deref_mut() {
                Some(h) => h.child(&child, src)?,
                None => false,
            };
            if !taken {
                src.skip()?;
            }
        } else if !deeper {
            // The child's own text, for every slot that wants it.
            let text = src.text()?;
            let mut rest = texts;
            while rest != 0 {
                let s = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                if let Some(slot) = slots.get_mut(s / 2) {
                    slot[s % 2].put(Some(text.clone()));
                }
            }
        } else {
            let wanted: Vec<Option<&'static str>> = (0..2 * slots.len())
                .map(|s| {
                    let path = plan.paths.get(s / 2).map_or("", |p| p[s % 2]);
                    if texts & (1 << s) != 0 {
                        step_of(path, name)
                    } else {
                        None
                    }
                })
                .collect();
            let mut found: Vec<Option<Cow<'i, str>>> = vec![None; wanted.len()];
            path_texts(src, &wanted, &mut found)?;
            for (s, (slot, f)) in slots.iter_mut().flatten().zip(found).enumerate() {
                if texts & (1 << s) != 0 {
                    slot.put(f);
                }
            }
        }
    }
    if has_children {
        own = Cow::Borrowed("");
    }
    Ok((own, has_children))
}

/// The first step of a path (`pageable` of `pageable/offset`), at compile time.
pub(crate) const fn first_step(path: &'static str) -> &'static str {
    let b = path.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' {
            // The bytes before a `/` are a whole string: the step always reads.
            return match std::str::from_utf8(b.split_at(i).0) {
                Ok(step) => step,
                Err(_) => path,
            };
        }
        i += 1;
    }
    path
}

/// A name's signature (its length, first and last bytes), which tells most names apart in
/// one comparison; 0 for none.
#[inline]
pub(crate) const fn signature(name: &str) -> u32 {
    let b = name.as_bytes();
    if b.is_empty() {
        return 0;
    }
    ((b.len() as u32 & 0xffff) << 16) | ((b[0] as u32) << 8) | b[b.len() - 1] as u32
}

/// The size of a type's [`Index`]: twice the most paths a type may have (32 rows, two each),
/// so that a probe always ends on an empty entry.
const INDEX_SIZE: usize = 128;

/// A type's rows by the signature of their paths' first steps: an open-addressing table built
/// at compile time, looked up once per child element.
pub(crate) struct Index {
    signatures: [u32; INDEX_SIZE],
    rows: [u64; INDEX_SIZE],
}

/// Where a signature's probe starts.
#[inline]
const fn home(signature: u32) -> usize {
    (signature.wrapping_mul(0x9E37_79B1) >> 25) as usize % INDEX_SIZE
}

impl Index {
    /// The index of these rows' paths (at most 32 rows).
    pub(crate) const fn new<const N: usize>(paths: [[&'static str; 2]; N]) -> Index {
        assert!(N <= 32, "two text slots a row in a 64-bit mask");
        let mut index = Index {
            signatures: [0; INDEX_SIZE],
            rows: [0; INDEX_SIZE],
        };
        let mut i = 0;
        while i < N {
            let mut j = 0;
            while j < 2 {
                let sig = signature(first_step(paths[i][j]));
                if sig != 0 {
                    let mut h = home(sig);
                    loop {
                        if index.signatures[h] == 0 {
                            index.signatures[h] = sig;
                            index.rows[h] = 1 << i;
                            break;
                        }
                        if index.signatures[h] == sig {
                            index.rows[h] |= 1 << i;
                            break;
                        }
                        h = (h + 1) % INDEX_SIZE;
                    }
                }
                j += 1;
            }
            i += 1;
        }
        index
    }

    /// The rows that may want a child with this name (its signature matches).
    #[inline]
    fn rows(&self, name: &str) -> u64 {
        let sig = signature(name);
        let mut h = home(sig);
        // At most 64 of the 128 entries are used: a probe meets an empty one.
        for _ in 0..INDEX_SIZE {
            match self.signatures[h] {
                s if s == sig => return self.rows[h],
                0 => return 0,
                _ => h = (h + 1) % INDEX_SIZE,
            }
        }
        0
    }
}

/// Declares the paths a row reads (at most two; `""`: none): the texts of a `Text` row, the
/// element of an `Element` row, the name of an `Each` row's children.
macro_rules! names {
    ($row:ident $(: $bound:ident)?, |$args:ident| $names:expr) => {
        impl<T $(: $bound)?> $row<'_, T> {
            #[allow(unused_variables)]
            pub(crate) const fn paths($args: &[&'static str]) -> [&'static str; 2] {
                $names
            }
        }
    };
}

/// `str::trim`, without decoding characters when the text starts and ends with a visible
/// ASCII character (the common case).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&f), Some(&l)) if (0x21..0x80).contains(&f) && (0x21..0x80).contains(&l) => s,
        _ => s.trim(),
    }
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

/// The integer at `path`; an error names the path's last step (found only then).
fn integer_at(path: &'static str, s: &str) -> Result<i64> {
    match crate::integer::read(trim(s), crate::integer::Grouping::Accepted) {
        Some(v) => Ok(v),
        None => parse_integer(leaf(path), s),
    }
}

/// The boolean at `path`; an error names the path's last step (found only then).
fn boolean_at(path: &'static str, s: &str) -> Result<bool> {
    let t = trim(s);
    if t.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if t.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        parse_boolean(leaf(path), s)
    }
}

/// `true` or `false`, any case, trimmed.
fn parse_boolean(field: &'static str, s: &str) -> Result<bool> {
    let t = trim(s);
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
    fn put(&mut self, value: Option<Cow<'i, str>>) {
        self.seen = true;
        self.text = value;
    }

    /// The trimmed text, `None` when absent or blank.
    fn trimmed(&self) -> Option<&str> {
        self.text.as_deref().map(trim).filter(|t| !t.is_empty())
    }

    /// The text as the server wrote it, `None` when the element is absent.
    fn raw(&mut self) -> Option<String> {
        self.text.take().map(Cow::into_owned)
    }
}

/// Declares a row that reads the text at its first argument (a path), and its value.
macro_rules! text_row {
    ($(#[$doc:meta])* $name:ident -> $out:ty, |$slot:ident, $path:ident, $args:ident| $value:expr) => {
        $(#[$doc])*
        pub(crate) struct $name<'i, T> {
            _p: PhantomData<(&'i (), T)>,
        }

        impl<T> Default for $name<'_, T> {
            fn default() -> Self {
                $name { _p: PhantomData }
            }
        }

        names!($name, |args| [args[0], ""]);

        impl<'i> Row<'i> for $name<'i, $out> {
            type Out = $out;
            const KIND: Kind = Kind::Text;
            fn finish(
                self,
                $args: &[&'static str],
                slots: &mut [Slot<'i>; 2],
                _: &Own<'i>,
                _: &mut Shared,
            ) -> Result<$out> {
                let $slot = &mut slots[0];
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
    |slot, path, args| slot.trimmed().map(|v| integer_at(path, v)).transpose()
);

text_row!(
    /// The integer at `path`; absent or blank is an error.
    required_int -> i64,
    |slot, path, args| match slot.trimmed() {
        Some(v) => integer_at(path, v),
        None => Err(missing(path)),
    }
);

text_row!(
    /// The boolean at `path`, `None` when absent or blank.
    boolean -> Option<bool>,
    |slot, path, args| slot.trimmed().map(|v| boolean_at(path, v)).transpose()
);

text_row!(
    /// The boolean at `path`; absent or blank is an error.
    required_bool -> bool,
    |slot, path, args| match slot.trimmed() {
        Some(v) => boolean_at(path, v),
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

/// Declares a row type that keeps no state of its own (its values are in its slots, or in
/// the element itself).
macro_rules! stateless_row {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub(crate) struct $name<'i, T> {
            _p: PhantomData<(&'i (), T)>,
        }

        impl<T> Default for $name<'_, T> {
            fn default() -> Self {
                $name { _p: PhantomData }
            }
        }
    };
}

stateless_row!(
    /// Whether the answer's `messageKey` is the argument (`duplicateWarning`).
    key_is
);

names!(key_is, |args| ["messageKey", ""]);

impl<'i> Row<'i> for key_is<'i, bool> {
    type Out = bool;
    const KIND: Kind = Kind::Text;
    fn finish(
        self,
        args: &[&'static str],
        slots: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<bool> {
        Ok(slots[0].trimmed() == Some(arg(args, 0)))
    }
}

stateless_row!(
    /// A join's guest status: `guestStatus`, or `WAIT` when a server that omits it says
    /// `guestWait`, else `ALLOW`.
    guest_status
);

names!(guest_status, |args| ["guestStatus", "messageKey"]);

impl<'i> Row<'i> for guest_status<'i, GuestStatus> {
    type Out = GuestStatus;
    const KIND: Kind = Kind::Text;
    fn finish(
        self,
        _: &[&'static str],
        slots: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<GuestStatus> {
        let [status, key] = slots;
        Ok(match status.trimmed() {
            Some(g) => GuestStatus::parse(g),
            None if key.text.as_deref().map(str::trim) == Some("guestWait") => GuestStatus::Wait,
            None => GuestStatus::Allow,
        })
    }
}

/// The rest of `path` after the step that `name` matched.
fn rest(path: &'static str, name: &str) -> &'static str {
    step_of(path, name).unwrap_or("")
}

/// The children of the element at `path` as ordered (name, trimmed text) pairs; absent is
/// empty.
pub(crate) struct pairs<'i, T> {
    pairs: Vec<(String, String)>,
    _p: PhantomData<(&'i (), T)>,
}

impl<T> Default for pairs<'_, T> {
    fn default() -> Self {
        pairs {
            pairs: Vec::new(),
            _p: PhantomData,
        }
    }
}

names!(pairs, |args| [args[0], ""]);

impl<'i> Row<'i> for pairs<'i, Vec<(String, String)>> {
    type Out = Vec<(String, String)>;
    const KIND: Kind = Kind::Element;
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let pairs = &mut self.pairs;
        let path = rest(arg(args, 0), tag.name());
        descend(src, tag, path, &mut |src, _| loop {
            match src.next()? {
                Ev::Start(child) => {
                    let name = child.name().to_owned();
                    let text = src.text()?;
                    pairs.push((name, trim(&text).to_owned()));
                }
                Ev::Text(_) => {}
                Ev::End => return Ok(()),
            }
        })
    }
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
        Ok(self.pairs)
    }
}

/// Reads the `item` children of the element at the row's path: `each` is called with each
/// item's tag, the source just inside it; it reads to the item's end. From the second item on,
/// `each` is also given an estimate of the items left with the first's size ([`Left`]), for
/// the room it reserves.
fn items<'i, S: Source<'i>>(
    args: &[&'static str],
    tag: Tag<'i>,
    src: &mut S,
    each: &mut EachItem<'_, 'i, S>,
) -> Result<()> {
    let item = arg(args, 1);
    let path = rest(arg(args, 0), tag.name());
    descend(src, tag, path, &mut |src, _| {
        // The estimate, made after the first item and given with the second.
        let (mut first, mut left) = (true, None);
        loop {
            match src.next()? {
                Ev::Start(child) if child.name() == item => {
                    let start = src.position();
                    each(src, child, left.take())?;
                    if first {
                        first = false;
                        let end = src.position();
                        left = items_left(src.input(), src.depth(), end, end - start);
                    }
                }
                Ev::Start(_) => src.skip()?,
                Ev::Text(_) => {}
                Ev::End => return Ok(()),
            }
        }
    })
}

/// What [`items`] calls with each item: the source, the item's tag, and from the second item
/// on the estimate of the items left.
type EachItem<'f, 'i, S> = dyn FnMut(&mut S, Tag<'i>, Option<Left>) -> Result<()> + 'f;

/// An estimate of the items left in a list.
#[derive(Clone, Copy)]
pub(crate) struct Left {
    /// About how many.
    items: usize,
    /// The bytes of input they are read from.
    bytes: usize,
}

/// About how many items of `item_len` bytes are left after `at` in `input`, for a list that is
/// a child of the root (`depth` 2: the rest of the answer is mostly the list); `None` for one
/// deeper (then nothing is reserved: the rest of the input says nothing of its length).
fn items_left(input: &str, depth: usize, at: usize, item_len: usize) -> Option<Left> {
    let bytes = input.len().checked_sub(at).filter(|_| depth == 2)?;
    Some(Left {
        items: bytes / item_len.max(1),
        bytes,
    })
}

/// The non-empty trimmed texts of the `item` children of the element at `path`.
pub(crate) struct texts<'i, T> {
    texts: Vec<String>,
    _p: PhantomData<(&'i (), T)>,
}

impl<T> Default for texts<'_, T> {
    fn default() -> Self {
        texts {
            texts: Vec::new(),
            _p: PhantomData,
        }
    }
}

names!(texts, |args| [args[0], ""]);

impl<'i> Row<'i> for texts<'i, Vec<String>> {
    type Out = Vec<String>;
    const KIND: Kind = Kind::Element;
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let texts = &mut self.texts;
        items(args, tag, src, &mut |src, _, _| {
            let t = src.text()?;
            let t = trim(&t);
            if !t.is_empty() {
                texts.push(t.to_owned());
            }
            Ok(())
        })
    }
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
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
    /// Room for the records `left` estimates, taking at most as many bytes as the input they
    /// are read from (an estimate from a small first item cannot reserve much).
    fn expect(&mut self, left: Option<Left>) {
        if let Some(left) = left {
            let most = left.bytes / std::mem::size_of::<T>().max(1);
            self.items.reserve(left.items.min(most));
        }
    }

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

/// A field type that holds records: `Vec<T>`.
pub(crate) trait Many {
    type Item;
}

impl<T> Many for Vec<T> {
    type Item = T;
}

/// A field type that holds one record: `Option<T>`.
pub(crate) trait One {
    type Item;
}

impl<T> One for Option<T> {
    type Item = T;
}

/// The `item` children of the element at `path`, each read as a record.
pub(crate) struct list<'i, T: Many> {
    records: Records<T::Item>,
    _p: PhantomData<&'i ()>,
}

impl<T: Many> Default for list<'_, T> {
    fn default() -> Self {
        list {
            records: Records::default(),
            _p: PhantomData,
        }
    }
}

names!(list: Many, |args| [args[0], ""]);

impl<'i, U: Typed> Row<'i> for list<'i, Vec<U>> {
    type Out = Vec<U>;
    const KIND: Kind = Kind::Element;
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let records = &mut self.records;
        items(args, tag, src, &mut |src, item, left| {
            if records.error.is_some() {
                return src.skip();
            }
            records.expect(left);
            records.push(U::read_element(src, &item, None)?.value);
            Ok(())
        })
    }
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
        self.records.finish()
    }
}

/// The `item` children at `path` that the server could read: those without an `<error>` in
/// place of their `recordID` (getRecordings). The others' IDs (`error/recordID`) are read in
/// the same pass, for the `unreadable` row of the same list.
pub(crate) struct readable<'i, T: Many> {
    records: Records<T::Item>,
    unreadable: Records<String>,
    _p: PhantomData<&'i ()>,
}

impl<T: Many> Default for readable<'_, T> {
    fn default() -> Self {
        readable {
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

names!(readable: Many, |args| [args[0], ""]);

impl<'i, U: Typed> Row<'i> for readable<'i, Vec<U>> {
    type Out = Vec<U>;
    const KIND: Kind = Kind::Element;
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let (records, unreadable) = (&mut self.records, &mut self.unreadable);
        items(args, tag, src, &mut |src, item, left| {
            records.expect(left);
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
                    .map(trim)
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
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        shared: &mut Shared,
    ) -> Result<Self::Out> {
        shared.unreadable = Some(self.unreadable.finish());
        self.records.finish()
    }
}

stateless_row!(
    /// The `recordID`s inside the `<error>` of the `item` children at `path` the server could
    /// not read (`<recording><error><recordID>…</recordID></error></recording>`), read by the
    /// `readable` row of the same list (declared before it).
    unreadable
);

names!(unreadable, |args| ["", ""]);

impl<'i> Row<'i> for unreadable<'i, Vec<String>> {
    type Out = Vec<String>;
    const KIND: Kind = Kind::Own;
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        shared: &mut Shared,
    ) -> Result<Vec<String>> {
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

names!(each: Many, |args| [args[0], ""]);

impl<'i, U: Typed> Row<'i> for each<'i, Vec<U>> {
    type Out = Vec<U>;
    const KIND: Kind = Kind::Each;
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
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
        self.records.finish()
    }
}

/// The element at `path` read as a record, `None` when absent.
pub(crate) struct child<'i, T: One> {
    value: Option<Result<T::Item>>,
    _p: PhantomData<&'i ()>,
}

impl<T: One> Default for child<'_, T> {
    fn default() -> Self {
        child {
            value: None,
            _p: PhantomData,
        }
    }
}

names!(child: One, |args| [args[0], ""]);

impl<'i, U: Typed> Row<'i> for child<'i, Option<U>> {
    type Out = Option<U>;
    const KIND: Kind = Kind::Element;
    fn element<S: Source<'i>>(
        &mut self,
        args: &[&'static str],
        tag: Tag<'i>,
        src: &mut S,
    ) -> Result<()> {
        let value = &mut self.value;
        let path = rest(arg(args, 0), tag.name());
        descend(src, tag, path, &mut |src, tag| {
            *value = Some(U::read_element(src, &tag, None)?.value);
            Ok(())
        })
    }
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        _: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
        self.value.transpose()
    }
}

stateless_row!(
    /// The element's own trimmed text (a preview image's URL).
    own_text
);

names!(own_text, |args| ["", ""]);

impl<'i> Row<'i> for own_text<'i, String> {
    type Out = String;
    const KIND: Kind = Kind::Own;
    fn finish(
        self,
        _: &[&'static str],
        _: &mut [Slot<'i>; 2],
        own: &Own<'i>,
        _: &mut Shared,
    ) -> Result<String> {
        Ok(trim(&own.text).to_owned())
    }
}

/// The trimmed attribute `name`, `None` when absent or blank.
fn attribute<'a>(own: &'a Own<'_>, name: &str) -> Result<Option<&'a str>> {
    Ok(own.attribute(name)?.map(trim).filter(|v| !v.is_empty()))
}

stateless_row!(
    /// The trimmed attribute `name`, `None` when absent or blank.
    attr
);

names!(attr, |args| ["", ""]);

impl<'i> Row<'i> for attr<'i, Option<String>> {
    type Out = Option<String>;
    const KIND: Kind = Kind::Own;
    fn finish(
        self,
        args: &[&'static str],
        _: &mut [Slot<'i>; 2],
        own: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
        Ok(attribute(own, arg(args, 0))?.map(str::to_owned))
    }
}

stateless_row!(
    /// The attribute `name` as an integer, `None` when absent or blank.
    attr_int
);

names!(attr_int, |args| ["", ""]);

impl<'i> Row<'i> for attr_int<'i, Option<i64>> {
    type Out = Option<i64>;
    const KIND: Kind = Kind::Own;
    fn finish(
        self,
        args: &[&'static str],
        _: &mut [Slot<'i>; 2],
        own: &Own<'i>,
        _: &mut Shared,
    ) -> Result<Self::Out> {
        let name = arg(args, 0);
        attribute(own, name)?
            .map(|v| parse_integer(name, v))
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
