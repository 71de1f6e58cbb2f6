//! The events the typed answers are read from, in one pass: quick-xml's borrowed events of the
//! XML form ([`XmlSource`], which enforces every limit), or a walk of the JSON form's tree
//! ([`NodeSource`]). No generic tree is built for XML; text borrows the input unless an entity
//! or a line ending had to be decoded.

use std::borrow::Cow;

use quick_xml::events::{BytesCData, BytesStart, BytesText, Event};
use quick_xml::Reader;

use crate::error::{Error, ParseError, Result};
use crate::parse::{
    attributes, borrow_input, check_input, malformed, non_empty, parse_json, success_root,
    truncated, Attribute, Input, Node, ParseOptions, Response,
};

/// One event of the element being read.
pub(crate) enum Ev<'i> {
    /// A child element starts (an empty element gives `Start` then `End`).
    Start(Tag<'i>),
    /// A piece of the element's text (text, CDATA, or one decoded reference), decoded only
    /// when asked for ([`Text::get`]).
    Text(Text<'i>),
    /// The element being read ends.
    End,
}

/// A piece of text as quick-xml gave it: line endings are normalized only for a reader that
/// keeps it.
pub(crate) enum Text<'i> {
    Xml(BytesText<'i>),
    CData(BytesCData<'i>),
    Str(Cow<'i, str>),
}

impl<'i> Text<'i> {
    /// The text, line endings normalized (XML 1.0); borrowed from the input when they need
    /// none.
    #[inline]
    pub(crate) fn get(self) -> Cow<'i, str> {
        // Only a carriage return needs normalizing: without one, the text as it is.
        match self {
            Text::Xml(t) if !t.as_bytes().contains(&b'\r') => t.into_inner(),
            Text::Xml(t) => t.xml10_content(),
            Text::CData(t) if !t.as_bytes().contains(&b'\r') => t.into_inner(),
            Text::CData(t) => t.xml10_content(),
            Text::Str(s) => s,
        }
    }
}

/// A start tag: its name and attributes.
pub(crate) enum Tag<'i> {
    Xml(BytesStart<'i>),
    Node(&'i Node<'i>),
}

impl<'i> Tag<'i> {
    /// The element's name.
    pub(crate) fn name(&self) -> &str {
        match self {
            Tag::Xml(e) => e.name().0,
            Tag::Node(n) => &n.name,
        }
    }

    /// The attributes, decoded.
    pub(crate) fn attributes(&self, input: &'i str) -> Result<Vec<Attribute<'i>>> {
        match self {
            Tag::Xml(e) => {
                let mut all: Vec<Attribute<'i>> = Vec::new();
                attributes(input, e, Some(&mut all))?;
                Ok(all)
            }
            Tag::Node(n) => Ok(n.attributes.to_vec()),
        }
    }
}

/// A stream of events, from just after an element's start to its end.
pub(crate) trait Source<'i> {
    /// The next event of the element being read.
    fn next(&mut self) -> Result<Ev<'i>>;

    /// The input the events borrow (for attribute values).
    fn input(&self) -> &'i str;

    /// How far into [`Source::input`] the events have read (0 when there is no input text).
    fn position(&self) -> usize {
        0
    }

    /// The number of open elements (the root is 1); 0 when not known.
    fn depth(&self) -> usize {
        0
    }

    /// The attributes of `tag`, whose `Start` was just returned, decoded.
    fn attributes(&mut self, tag: &Tag<'i>) -> Result<Vec<Attribute<'i>>> {
        tag.attributes(self.input())
    }

    /// The text of the element whose `Start` was just returned, read to its end
    /// ([`element_text`]).
    fn text(&mut self) -> Result<Cow<'i, str>>
    where
        Self: Sized,
    {
        element_text(self)
    }

    /// Reads past the end of the element whose `Start` was just returned, checking what it
    /// holds as everything else is checked.
    fn skip(&mut self) -> Result<()> {
        let mut depth = 0usize;
        loop {
            match self.next()? {
                Ev::Start(_) => depth += 1,
                Ev::End if depth == 0 => return Ok(()),
                Ev::End => depth -= 1,
                Ev::Text(_) => {}
            }
        }
    }
}

/// The text of the element whose `Start` was just returned, read to its end: the text, CDATA
/// and references, concatenated; empty when it has child elements (as in the generic tree).
pub(crate) fn element_text<'i, S: Source<'i>>(src: &mut S) -> Result<Cow<'i, str>> {
    let mut text: Cow<'i, str> = Cow::Borrowed("");
    loop {
        let ev = src.next()?;
        if text_event(src, &mut text, ev)? {
            return Ok(text);
        }
    }
}

/// One event of [`element_text`]: appends a text to `text`; gives whether the element ended
/// (after reading to its end, with `text` emptied, at a child element).
#[inline]
fn text_event<'i, S: Source<'i>>(src: &mut S, text: &mut Cow<'i, str>, ev: Ev<'i>) -> Result<bool> {
    match ev {
        Ev::Text(t) if text.is_empty() => *text = t.get(),
        Ev::Text(t) => text.to_mut().push_str(&t.get()),
        Ev::End => return Ok(true),
        Ev::Start(_) => {
            src.skip()?;
            // An element with children has no text: read on to its end.
            *text = Cow::Borrowed("");
            loop {
                match src.next()? {
                    Ev::Start(_) => src.skip()?,
                    Ev::End => return Ok(true),
                    Ev::Text(_) => {}
                }
            }
        }
    }
    Ok(false)
}

/// The first step of a path (`pageable` of `pageable/offset`) and the rest (`offset`; `""`
/// for a one-step path).
pub(crate) fn split_step(path: &str) -> (&str, &str) {
    match path.bytes().position(|b| b == b'/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => (path, ""),
    }
}

/// Whether `name` is the first step of `path`: `Some(rest)` (`""` when it is the whole path).
#[inline]
pub(crate) fn step_of(path: &'static str, name: &str) -> Option<&'static str> {
    let (p, n) = (path.as_bytes(), name.as_bytes());
    if p.len() < n.len() || n.is_empty() || p[0] != n[0] {
        return None;
    }
    if p.len() == n.len() {
        return (p == n).then_some("");
    }
    if p[n.len()] == b'/' && &p[..n.len()] == n {
        path.get(n.len() + 1..)
    } else {
        None
    }
}

/// Reads the element whose `Start` was just returned and gives, for each `Some(path)` of
/// `paths` (relative to it, `""` for its own text), the text at that path: each step takes the
/// first child of that name; `None` when a step is absent.
pub(crate) fn path_texts<'i, S: Source<'i>>(
    src: &mut S,
    paths: &[Option<&'static str>],
    out: &mut [Option<Cow<'i, str>>],
) -> Result<()> {
    let wants_own = paths.contains(&Some(""));
    let mut entered: Vec<bool> = vec![false; paths.len()];
    let mut own: Cow<'i, str> = Cow::Borrowed("");
    let mut has_children = false;
    loop {
        match src.next()? {
            Ev::Text(t) if wants_own && !has_children => {
                if own.is_empty() {
                    own = t.get();
                } else {
                    own.to_mut().push_str(&t.get());
                }
            }
            Ev::Text(_) => {}
            Ev::End => break,
            Ev::Start(tag) => {
                has_children = true;
                let name = tag.name();
                let mut sub: Vec<Option<&'static str>> = vec![None; paths.len()];
                let mut any = false;
                for (i, p) in paths.iter().enumerate() {
                    if let Some(p) = p {
                        if !p.is_empty() && !entered[i] {
                            let (first, rest) = split_step(p);
                            if first == name {
                                entered[i] = true;
                                sub[i] = Some(rest);
                                any = true;
                            }
                        }
                    }
                }
                drop(tag);
                if any {
                    let mut found: Vec<Option<Cow<'i, str>>> = vec![None; paths.len()];
                    path_texts(src, &sub, &mut found)?;
                    for (i, f) in found.into_iter().enumerate() {
                        if sub[i].is_some() {
                            out[i] = f;
                        }
                    }
                } else {
                    src.skip()?;
                }
            }
        }
    }
    for (i, p) in paths.iter().enumerate() {
        if *p == Some("") {
            out[i] = Some(if has_children {
                Cow::Borrowed("")
            } else {
                own.clone()
            });
        }
    }
    Ok(())
}

/// Reads the element whose `Start` (`tag`) was just returned, goes down `path` (each step the
/// first child of that name) and calls `at` with the element found, the source just inside
/// it; `at` reads to that element's end. Nothing is called when a step is absent.
pub(crate) fn descend<'i, S: Source<'i>>(
    src: &mut S,
    tag: Tag<'i>,
    path: &'static str,
    at: &mut dyn FnMut(&mut S, Tag<'i>) -> Result<()>,
) -> Result<()> {
    if path.is_empty() {
        return at(src, tag);
    }
    drop(tag);
    let (first, rest) = split_step(path);
    let mut done = false;
    loop {
        match src.next()? {
            Ev::Start(t) if !done && t.name() == first => {
                done = true;
                descend(src, t, rest, at)?;
            }
            Ev::Start(_) => src.skip()?,
            Ev::Text(_) => {}
            Ev::End => return Ok(()),
        }
    }
}

/// The events of an XML answer, straight from quick-xml, with every limit checked as they
/// come: nesting depth, attribute syntax, entities (the five predefined ones and character
/// references only), no DOCTYPE, nothing after the root.
pub(crate) struct XmlSource<'i> {
    input: &'i str,
    reader: Reader<&'i [u8]>,
    max_depth: usize,
    /// The number of open elements (the root is 1).
    depth: usize,
    /// An empty element was returned as `Start`: its `End` comes next.
    pending_end: bool,
    /// The attributes of the last start tag, decoded as they were checked.
    attributes: Vec<Attribute<'i>>,
    /// The input holds a carriage return: texts may need their line endings normalized.
    has_cr: bool,
}

impl<'i> XmlSource<'i> {
    /// Reads up to the root element's start (which must be `<response>`) and gives it.
    pub(crate) fn open(input: &'i str, opts: &ParseOptions) -> Result<(XmlSource<'i>, Tag<'i>)> {
        let mut reader = Reader::from_str(input);
        let cfg = reader.config_mut();
        cfg.check_end_names = true;
        cfg.expand_empty_elements = false;
        let mut src = XmlSource {
            input,
            reader,
            max_depth: opts.max_depth,
            depth: 0,
            pending_end: false,
            attributes: Vec::new(),
            has_cr: memchr::memchr(b'\r', input.as_bytes()).is_some(),
        };
        loop {
            match src.reader.read_event().map_err(|e| malformed(&e))? {
                Event::Start(e) | Event::Empty(e) if e.name().0 != "response" => {
                    // An HTML error page from a proxy, or some other document.
                    return Err(ParseError::NotBbb(format!(
                        "the root element is <{}>, not <response>",
                        truncated(e.name().0)
                    ))
                    .into());
                }
                Event::Start(e) => {
                    src.start(&e)?;
                    return Ok((src, Tag::Xml(e)));
                }
                Event::Empty(e) => {
                    src.check_attributes(&e)?;
                    src.depth = 1;
                    src.pending_end = true;
                    return Ok((src, Tag::Xml(e)));
                }
                Event::End(_) => return Err(malformed(&"unexpected end tag")),
                Event::Eof => {
                    return Err(ParseError::NotBbb("no root element".to_owned()).into());
                }
                other => src.outside(other)?,
            }
        }
    }

    /// Reads what follows the root element: nothing but whitespace, comments and processing
    /// instructions.
    pub(crate) fn close(mut self) -> Result<()> {
        loop {
            match self.reader.read_event().map_err(|e| malformed(&e))? {
                Event::Start(_) | Event::Empty(_) => {
                    return Err(malformed(&"content after the root element"));
                }
                Event::End(_) => return Err(malformed(&"unexpected end tag")),
                Event::Eof => return Ok(()),
                other => self.outside(other)?,
            }
        }
    }

    /// An event outside the root element other than a tag or the end.
    fn outside(&mut self, event: Event<'i>) -> Result<()> {
        match event {
            Event::Text(t) if t.xml10_content().trim().is_empty() => Ok(()),
            Event::Text(_) => {
                Err(ParseError::NotBbb("text outside the root element".to_owned()).into())
            }
            Event::CData(_) => Err(malformed(&"CDATA outside the root element")),
            Event::GeneralRef(r) => {
                // An invalid reference is reported as such, as inside the root.
                reference(&r)?;
                Err(malformed(&"reference outside the root element"))
            }
            Event::DocType(d) => Err(doctype(&d)),
            _ => Ok(()),
        }
    }

    /// A start tag that is not empty: one level deeper, within the limit.
    #[inline]
    fn start(&mut self, e: &BytesStart<'_>) -> Result<()> {
        if self.depth >= self.max_depth {
            return Err(ParseError::TooDeep {
                limit: self.max_depth,
            }
            .into());
        }
        self.check_attributes(e)?;
        self.depth += 1;
        Ok(())
    }

    /// Checks a start tag's attributes, keeping them decoded for [`Source::attributes`].
    #[inline]
    fn check_attributes(&mut self, e: &BytesStart<'_>) -> Result<()> {
        self.attributes.clear();
        // Most tags have none: no call.
        if e.attributes_raw().is_empty() {
            return Ok(());
        }
        attributes(self.input, e, Some(&mut self.attributes))
    }
}

impl<'i> XmlSource<'i> {
    /// A text event's text: as it is when the input holds no carriage return.
    #[inline]
    fn text_of(&self, t: BytesText<'i>) -> Text<'i> {
        if self.has_cr {
            Text::Xml(t)
        } else {
            Text::Str(t.into_inner())
        }
    }

    /// The event quick-xml gave, checked: `None` for one the readers do not see (a comment,
    /// a processing instruction).
    #[inline]
    fn event(&mut self, event: quick_xml::Result<Event<'i>>) -> Result<Option<Ev<'i>>> {
        Ok(Some(match event {
            Ok(Event::Start(e)) => {
                self.start(&e)?;
                Ev::Start(Tag::Xml(e))
            }
            Ok(Event::Empty(e)) => {
                self.check_attributes(&e)?;
                self.depth += 1;
                self.pending_end = true;
                Ev::Start(Tag::Xml(e))
            }
            Ok(Event::End(_)) => {
                if self.depth == 0 {
                    return Err(malformed(&"unexpected end tag"));
                }
                self.depth -= 1;
                Ev::End
            }
            Ok(Event::Text(t)) => Ev::Text(self.text_of(t)),
            Ok(Event::CData(t)) if self.has_cr => Ev::Text(Text::CData(t)),
            Ok(Event::CData(t)) => Ev::Text(Text::Str(t.into_inner())),
            Ok(Event::GeneralRef(r)) => Ev::Text(Text::Str(Cow::Owned(reference(&r)?.to_string()))),
            Ok(Event::DocType(d)) => return Err(doctype(&d)),
            Ok(Event::Decl(_) | Event::PI(_) | Event::Comment(_)) => return Ok(None),
            Ok(Event::Eof) => {
                return Err(ParseError::Malformed(
                    "unexpected end of document (truncated?)".to_owned(),
                )
                .into())
            }
            Err(e) => return Err(malformed(&e)),
        }))
    }
}

impl<'i> Source<'i> for XmlSource<'i> {
    // One copy, called from every reader: the code of a parse stays in the instruction cache.
    #[inline(never)]
    fn next(&mut self) -> Result<Ev<'i>> {
        if self.pending_end {
            self.pending_end = false;
            self.depth -= 1;
            return Ok(Ev::End);
        }
        loop {
            let event = self.reader.read_event();
            if let Some(ev) = self.event(event)? {
                return Ok(ev);
            }
        }
    }

    // A leaf's text and end straight from quick-xml's events (the common case); anything
    // else as `next` gives it.
    #[inline(never)]
    fn text(&mut self) -> Result<Cow<'i, str>> {
        if self.pending_end {
            self.pending_end = false;
            self.depth -= 1;
            return Ok(Cow::Borrowed(""));
        }
        let mut text: Cow<'i, str> = Cow::Borrowed("");
        loop {
            let ev = match self.reader.read_event() {
                Ok(Event::Text(t)) if text.is_empty() => {
                    text = self.text_of(t).get();
                    continue;
                }
                // Inside the element: the depth is at least 1.
                Ok(Event::End(_)) => {
                    self.depth -= 1;
                    return Ok(text);
                }
                event => match self.event(event)? {
                    Some(ev) => ev,
                    None => continue,
                },
            };
            if text_event(self, &mut text, ev)? {
                return Ok(text);
            }
        }
    }

    fn input(&self) -> &'i str {
        self.input
    }

    fn position(&self) -> usize {
        usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX)
    }

    fn depth(&self) -> usize {
        self.depth
    }

    fn attributes(&mut self, _: &Tag<'i>) -> Result<Vec<Attribute<'i>>> {
        Ok(std::mem::take(&mut self.attributes))
    }
}

/// The character a reference stands for: a character reference, or one of the five
/// predefined entities; any other entity is refused (no DTD is read).
fn reference(r: &quick_xml::events::BytesRef<'_>) -> Result<char> {
    match r.resolve_char_ref().map_err(|e| malformed(&e))? {
        Some(c) => Ok(c),
        None => match &*r.xml10_content() {
            "amp" => Ok('&'),
            "lt" => Ok('<'),
            "gt" => Ok('>'),
            "quot" => Ok('"'),
            "apos" => Ok('\''),
            other => Err(ParseError::UnknownEntity(truncated(other)).into()),
        },
    }
}

fn doctype(d: &quick_xml::events::BytesText<'_>) -> Error {
    if d.xml10_content()
        .trim()
        .to_ascii_lowercase()
        .starts_with("html")
    {
        ParseError::NotBbb("an HTML page".to_owned()).into()
    } else {
        ParseError::Doctype.into()
    }
}

/// The events of the JSON form's tree (or any [`Node`]), below one element.
pub(crate) struct NodeSource<'i> {
    /// The open elements: each with the index of its next child; the text of the innermost
    /// is given first.
    stack: Vec<(&'i Node<'i>, usize, bool)>,
}

impl<'i> NodeSource<'i> {
    /// The events inside `root`.
    pub(crate) fn new(root: &'i Node<'i>) -> NodeSource<'i> {
        NodeSource {
            stack: vec![(root, 0, false)],
        }
    }
}

impl<'i> Source<'i> for NodeSource<'i> {
    fn next(&mut self) -> Result<Ev<'i>> {
        let Some((node, next, text_given)) = self.stack.last_mut() else {
            return Err(malformed(&"unexpected event"));
        };
        let node: &'i Node<'i> = node;
        if !*text_given {
            *text_given = true;
            if !node.text.is_empty() {
                return Ok(Ev::Text(Text::Str(Cow::Borrowed(node.text.as_ref()))));
            }
        }
        match node.children.get(*next) {
            Some(child) => {
                *next += 1;
                self.stack.push((child, 0, false));
                Ok(Ev::Start(Tag::Node(child)))
            }
            None => {
                self.stack.pop();
                Ok(Ev::End)
            }
        }
    }

    fn input(&self) -> &'i str {
        ""
    }
}

/// Parses the input into the `<response>` element tree (XML, or the JSON error form).
pub(crate) fn parse_tree<'i>(input: &'i [u8], opts: &ParseOptions) -> Result<Node<'i>> {
    match check_input(input, opts)? {
        Input::Json(text) => parse_json(text, opts),
        Input::Xml(text) => parse_xml(text, opts),
    }
}

/// The generic tree of an XML answer, built from the same checked events as the typed answers
/// ([`XmlSource`]).
fn parse_xml<'i>(text: &'i str, opts: &ParseOptions) -> Result<Node<'i>> {
    // A node for a start tag; `scratch` is reused from element to element, so that each
    // element's attributes are one allocation of their exact size.
    let node = |tag: &Tag<'i>, scratch: &mut Vec<Attribute<'i>>| -> Result<Node<'i>> {
        let mut node = Node::new(borrow_input(text, tag.name()));
        if let Tag::Xml(e) = tag {
            scratch.clear();
            attributes(text, e, Some(scratch))?;
            if !scratch.is_empty() {
                node.attributes = scratch.drain(..).collect();
            }
        }
        Ok(node)
    };
    let (mut src, root) = XmlSource::open(text, opts)?;
    let mut scratch: Vec<Attribute<'i>> = Vec::new();
    // The open elements, each with the index in `pending` of its first child. The children of
    // every open element wait at the end of `pending`, one buffer reused throughout, and move
    // into an allocation of their exact size when their parent ends: no vector grows or shrinks
    // per element, which would leave holes between the tree's blocks.
    let mut stack: Vec<(Node<'i>, usize)> = Vec::with_capacity(4);
    stack.push((node(&root, &mut scratch)?, 0));
    let mut pending: Vec<Node<'i>> = Vec::new();
    let root = loop {
        match src.next()? {
            Ev::Start(tag) => {
                let el = node(&tag, &mut scratch)?;
                stack.push((el, pending.len()));
            }
            Ev::Text(t) => {
                if let Some((el, first)) = stack.last_mut() {
                    // Text between child elements (indentation) is not kept.
                    if pending.len() > *first {
                    } else if el.text.is_empty() {
                        el.text = t.get();
                    } else {
                        el.text.to_mut().push_str(&t.get());
                    }
                }
            }
            Ev::End => {
                let (mut el, first) = stack
                    .pop()
                    .ok_or_else(|| malformed(&"unexpected end tag"))?;
                if pending.len() > first {
                    el.text = Cow::Borrowed("");
                    el.children = pending.drain(first..).collect();
                } else if let Cow::Owned(t) = &mut el.text {
                    t.shrink_to_fit();
                }
                if stack.is_empty() {
                    break el;
                }
                pending.push(el);
            }
        }
    };
    src.close()?;
    Ok(root)
}

impl ParseOptions {
    /// [`parse_response`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_response`].
    pub fn parse_response(&self, input: &[u8]) -> Result<Response> {
        let root = success_root(parse_tree(input, self)?)?;
        Ok(Response {
            message_key: non_empty(root.child_text("messageKey")),
            message: non_empty(root.child_text("message")),
            root: root.into_element(),
        })
    }
}

/// Parses the answer to any call into the generic envelope.
///
/// # Errors
///
/// As [`parse_join_response`](crate::parse_join_response).
pub fn parse_response(input: &[u8]) -> Result<Response> {
    ParseOptions::default().parse_response(input)
}
