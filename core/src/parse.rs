//! Reading the server's answers: XML (and the JSON error form) in, typed values out.

use std::borrow::Cow;
use std::fmt;

use crate::error::{ApiError, ApiErrorDetail, Error, MessageKey, ParseError, Result};
use crate::integer::{read, Grouping};

/// The default size limit: 64 MiB. A default server answers getRecordings with every
/// recording (12,000 recordings are about 5.4 MB), so the limit leaves room for that; entity
/// expansion is never done and parsing is linear, so time and memory stay bounded by it.
pub const DEFAULT_MAX_SIZE: usize = 64 * 1024 * 1024;
/// The default nesting limit.
pub const DEFAULT_MAX_DEPTH: usize = 32;

/// One XML element of a response: its name, its attributes, its text and its children.
///
/// Text and attribute values are entity-decoded. An element with children keeps only the
/// children.
///
/// # Examples
///
/// ```
/// let xml = br#"<response><returncode>SUCCESS</returncode>
///     <image width="176" height="136" alt="Slide 1">https://bbb.example.com/t1.png</image></response>"#;
/// let r = bbbkit::parse_response(xml)?;
/// let image = r.element("image").unwrap();
/// assert_eq!(image.attribute("width"), Some("176"));
/// assert_eq!(image.attributes[2], ("alt".to_string(), "Slide 1".to_string()));
/// assert_eq!(image.text, "https://bbb.example.com/t1.png");
/// # Ok::<(), bbbkit::Error>(())
/// ```
///
/// Every operation on a tree (parsing, conversion, `Drop`, `Clone`, `==`, `Debug`) works with an
/// explicit stack, never by recursion, so a tree of any depth the limits allow is safe on a small
/// thread stack. Because `Element` implements `Drop`, move a field out with
/// [`std::mem::take`] rather than by destructuring.
#[derive(Default)]
pub struct Element {
    /// The element's name.
    pub name: String,
    /// The attributes, in document order, values decoded (getRecordings' `<image width=…>`).
    pub attributes: Vec<(String, String)>,
    /// The decoded text of a leaf element (empty for one with children).
    pub text: String,
    /// The child elements, in document order.
    pub children: Vec<Element>,
}

impl Drop for Element {
    fn drop(&mut self) {
        // Detach every grandchild before the children are dropped, then keep detaching: each
        // element is dropped with no children, so dropping never recurses.
        let mut stack: Vec<Element> = Vec::new();
        for child in &mut self.children {
            stack.append(&mut child.children);
        }
        while let Some(mut el) = stack.pop() {
            stack.append(&mut el.children);
        }
    }
}

impl Clone for Element {
    fn clone(&self) -> Self {
        // Copies level by level: a stack of (source, copy under construction).
        let shallow = |e: &Element| Element {
            name: e.name.clone(),
            attributes: e.attributes.clone(),
            text: e.text.clone(),
            children: Vec::with_capacity(e.children.len()),
        };
        let mut stack: Vec<(&Element, Element, usize)> = vec![(self, shallow(self), 0)];
        loop {
            let top = stack.len() - 1;
            let (src, _, next) = &mut stack[top];
            let src: &Element = src;
            if let Some(child) = src.children.get(*next) {
                *next += 1;
                stack.push((child, shallow(child), 0));
                continue;
            }
            let (_, done, _) = stack.pop().expect("the stack is not empty");
            match stack.last_mut() {
                Some((_, parent, _)) => parent.children.push(done),
                None => return done,
            }
        }
    }
}

impl PartialEq for Element {
    fn eq(&self, other: &Self) -> bool {
        let mut stack: Vec<(&Element, &Element)> = vec![(self, other)];
        while let Some((a, b)) = stack.pop() {
            if a.name != b.name
                || a.text != b.text
                || a.attributes != b.attributes
                || a.children.len() != b.children.len()
            {
                return false;
            }
            stack.extend(a.children.iter().zip(&b.children));
        }
        true
    }
}

impl Eq for Element {}

impl fmt::Debug for Element {
    /// The derived form (`Element { name: …, attributes: […], text: …, children: […] }`),
    /// written without recursion; `{:#?}` indents one element field per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pretty = f.alternate();
        let indent = |f: &mut fmt::Formatter<'_>, level: usize| -> fmt::Result {
            for _ in 0..level {
                f.write_str("    ")?;
            }
            Ok(())
        };
        // An element at depth d: `Element {` at 2d levels of indentation, its fields at 2d+1,
        // its children at 2d+2.
        let open = |f: &mut fmt::Formatter<'_>, e: &Element, depth: usize| -> fmt::Result {
            if pretty {
                f.write_str("Element {\n")?;
                for (name, value) in [
                    ("name", &e.name as &dyn fmt::Debug),
                    ("attributes", &e.attributes),
                    ("text", &e.text),
                ] {
                    indent(f, 2 * depth + 1)?;
                    writeln!(f, "{name}: {value:?},")?;
                }
                indent(f, 2 * depth + 1)?;
                f.write_str("children: [")
            } else {
                write!(
                    f,
                    "Element {{ name: {:?}, attributes: {:?}, text: {:?}, children: [",
                    e.name, e.attributes, e.text
                )
            }
        };
        // (element, index of the next child to write); the depth is the stack's length - 1.
        let mut stack: Vec<(&Element, usize)> = Vec::new();
        open(f, self, 0)?;
        stack.push((self, 0));
        while !stack.is_empty() {
            let depth = stack.len() - 1;
            let (e, next) = &mut stack[depth];
            let e: &Element = e;
            if let Some(child) = e.children.get(*next) {
                if pretty {
                    f.write_str("\n")?;
                    indent(f, 2 * depth + 2)?;
                } else if *next > 0 {
                    f.write_str(", ")?;
                }
                *next += 1;
                open(f, child, depth + 1)?;
                stack.push((child, 0));
                continue;
            }
            if pretty {
                if !e.children.is_empty() {
                    f.write_str("\n")?;
                    indent(f, 2 * depth + 1)?;
                }
                f.write_str("],\n")?;
                indent(f, 2 * depth)?;
                f.write_str("}")?;
            } else {
                f.write_str("] }")?;
            }
            stack.pop();
            if pretty && !stack.is_empty() {
                f.write_str(",")?;
            }
        }
        Ok(())
    }
}

impl Element {
    /// The value of the attribute with this name.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first child with this name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The text of the first child with this name.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_str())
    }
}

/// An attribute of a [`Node`]: name and decoded value.
pub(crate) type Attribute<'i> = (Cow<'i, str>, Cow<'i, str>);

/// The parser's own tree. Names, attribute names and values and text borrow the input; only
/// what entities had to be decoded in, and the JSON form's names, are allocated. Converted to
/// [`Element`] only for [`Response`].
///
/// Memory: 80 bytes a node, attributes and children in boxed slices of their exact length,
/// each allocated once; for a getRecordings answer (45 elements per 2.4 KB recording) the tree
/// takes about 1.9 times the answer's size (`tools/bench/peak-memory.sh`).
#[derive(Debug, Default)]
pub(crate) struct Node<'i> {
    pub(crate) name: Cow<'i, str>,
    pub(crate) attributes: Box<[Attribute<'i>]>,
    pub(crate) text: Cow<'i, str>,
    pub(crate) children: Box<[Node<'i>]>,
}

impl<'i> Node<'i> {
    pub(crate) fn new(name: Cow<'i, str>) -> Node<'i> {
        Node {
            name,
            attributes: Box::default(),
            text: Cow::Borrowed(""),
            children: Box::default(),
        }
    }

    pub(crate) fn child(&self, name: &str) -> Option<&Node<'i>> {
        self.children.iter().find(|c| c.name == name)
    }

    pub(crate) fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_ref())
    }

    /// Converts the tree with an explicit stack, so that any depth is safe.
    pub(crate) fn into_element(mut self) -> Element {
        fn shallow(node: &mut Node<'_>) -> Element {
            Element {
                name: std::mem::take(&mut node.name).into_owned(),
                attributes: std::mem::take(&mut node.attributes)
                    .into_vec()
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect(),
                text: std::mem::take(&mut node.text).into_owned(),
                children: Vec::with_capacity(node.children.len()),
            }
        }
        // Each entry: the element being built and the node's children still to convert
        // (reversed, so that `pop` takes them in document order).
        let mut children = std::mem::take(&mut self.children).into_vec();
        children.reverse();
        let mut stack: Vec<(Element, Vec<Node<'i>>)> = vec![(shallow(&mut self), children)];
        loop {
            let top = stack.len() - 1;
            if let Some(mut node) = stack[top].1.pop() {
                let mut children = std::mem::take(&mut node.children).into_vec();
                children.reverse();
                stack.push((shallow(&mut node), children));
                continue;
            }
            let (done, _) = stack.pop().expect("the stack is not empty");
            match stack.last_mut() {
                Some((parent, _)) => parent.children.push(done),
                None => return done,
            }
        }
    }
}

impl Drop for Node<'_> {
    fn drop(&mut self) {
        // As `Element`'s: every node is dropped with no children, so dropping never recurses.
        let mut stack: Vec<Node<'_>> = Vec::new();
        for child in self.children.iter_mut() {
            stack.extend(std::mem::take(&mut child.children).into_vec());
        }
        while let Some(mut node) = stack.pop() {
            stack.extend(std::mem::take(&mut node.children).into_vec());
        }
    }
}

/// A `SUCCESS` response of any call: the envelope plus every element, for calls bbbkit has no
/// typed result for (getMeetings, getMeetingInfo, isMeetingRunning, end, hooks/…).
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><running>true</running></response>";
/// let r = bbbkit::parse_response(xml)?;
/// assert_eq!(r.get("running"), Some("true"));
/// assert_eq!(r.message_key, None);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Response {
    /// `messageKey`, when present and non-empty (warnings such as `duplicateWarning`).
    pub message_key: Option<String>,
    /// `message`, when present and non-empty.
    pub message: Option<String>,
    /// The `<response>` element itself, with every child.
    pub root: Element,
}

impl Response {
    /// The text of the first top-level element with this name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.root.child_text(name)
    }

    /// The first top-level element with this name.
    pub fn element(&self, name: &str) -> Option<&Element> {
        self.root.child(name)
    }
}

/// The guest status of a join: `ALLOW`, `WAIT`, `DENY`, or a value bbbkit does not know.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuestStatus {
    /// The user may enter.
    Allow,
    /// The user waits for a moderator's approval; open `url` to show the waiting page.
    Wait,
    /// The user was denied.
    Deny,
    /// A value this version of bbbkit does not know, kept as sent.
    Other(String),
}

impl GuestStatus {
    /// The value as the server writes it.
    pub fn as_str(&self) -> &str {
        match self {
            GuestStatus::Allow => "ALLOW",
            GuestStatus::Wait => "WAIT",
            GuestStatus::Deny => "DENY",
            GuestStatus::Other(s) => s,
        }
    }

    pub(crate) fn parse(s: &str) -> GuestStatus {
        match s.trim() {
            "ALLOW" => GuestStatus::Allow,
            "WAIT" => GuestStatus::Wait,
            "DENY" => GuestStatus::Deny,
            other => GuestStatus::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for GuestStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What `Debug` output and the front ends' `repr`/`toString` show instead of a token or a
/// password.
pub const REDACTED: &str = "[redacted]";

/// A join URL (or any client URL) with the value of every `sessionToken` query parameter, and
/// any other copy of `session_token`, replaced by `[redacted]`: the form to log or print.
///
/// # Examples
///
/// ```
/// let url = "https://bbb.example.com/html5client/join?sessionToken=ljbp2qalayrpgs3p&x=1";
/// assert_eq!(
///     bbbkit::redact_join_url(url, "ljbp2qalayrpgs3p"),
///     "https://bbb.example.com/html5client/join?sessionToken=[redacted]&x=1"
/// );
/// ```
pub fn redact_join_url(url: &str, session_token: &str) -> String {
    let (head, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    let mut out = match head.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((name, _)) if name.eq_ignore_ascii_case("sessionToken") => {
                        format!("{name}={REDACTED}")
                    }
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => head.to_owned(),
    };
    out.push_str(fragment);
    if session_token.is_empty() {
        out
    } else {
        out.replace(session_token, REDACTED)
    }
}

/// Writes `[redacted]` in `Debug` output.
pub(crate) struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Limits for parsing untrusted responses.
///
/// # Examples
///
/// ```
/// use bbbkit::{ParseOptions, Error, ParseError};
/// let opts = ParseOptions::default().max_size(16);
/// let err = opts.parse_response(b"<response><returncode>SUCCESS</returncode></response>");
/// assert_eq!(err, Err(Error::Parse(ParseError::TooLarge { limit: 16 })));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// The largest input accepted, in bytes.
    pub max_size: usize,
    /// The deepest element nesting accepted.
    pub max_depth: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_size: DEFAULT_MAX_SIZE,
            max_depth: DEFAULT_MAX_DEPTH,
        }
    }
}

impl ParseOptions {
    /// Sets the size limit.
    #[must_use]
    pub fn max_size(mut self, bytes: usize) -> Self {
        self.max_size = bytes;
        self
    }

    /// Sets the nesting limit.
    #[must_use]
    pub fn max_depth(mut self, levels: usize) -> Self {
        self.max_depth = levels;
        self
    }
}

/// Reads the errors of a `Location` the server redirected to: `BASE?errors=<JSON>`.
///
/// # Examples
///
/// ```
/// use bbbkit::{parse_error_redirect, MessageKey};
/// let loc = "https://bbb.example.com/?errors=[%7B%22message%22:%22You%20have%20been%20denied%20access%20to%20this%20meeting%20based%20on%20the%20meeting%27s%20guest%20policy%22,%22key%22:%22guestDeniedAccess%22%7D]";
/// let e = parse_error_redirect(loc)?;
/// assert_eq!(e.key, MessageKey::GuestDeniedAccess);
/// assert!(e.message.contains("meeting's guest policy"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
///
/// # Errors
///
/// [`ParseError::NoErrors`] when the location has no readable `errors` parameter.
pub fn parse_error_redirect(location: &str) -> Result<ApiError> {
    let no = |why: &str| Error::from(ParseError::NoErrors(why.to_owned()));
    let location = location.trim();
    let query = location
        .split_once('?')
        .map(|(_, q)| q)
        .ok_or_else(|| no("no query"))?;
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    let raw = query
        .split('&')
        .find_map(|p| p.strip_prefix("errors="))
        .ok_or_else(|| no("no errors parameter"))?;
    // The JSON is percent-encoded (spaces as %20); a literal '+' stays a plus.
    let json = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map_err(|_| no("not UTF-8"))?;
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| no(&format!("not JSON: {e}")))?;
    let items = value.as_array().ok_or_else(|| no("not a JSON array"))?;
    let mut errors = Vec::with_capacity(items.len());
    for item in items {
        let key = item
            .get("key")
            .and_then(|k| k.as_str())
            .ok_or_else(|| no("an error has no key"))?;
        let message = item
            .get("message")
            .and_then(|m| m.as_str())
            .unwrap_or_default();
        errors.push(ApiErrorDetail::new(
            MessageKey::from(key),
            message.to_owned(),
        ));
    }
    if errors.is_empty() {
        return Err(no("empty list"));
    }
    Ok(ApiError::from_details(errors))
}

pub(crate) fn non_empty(s: Option<&str>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty()).map(str::to_owned)
}

pub(crate) fn truncated(s: &str) -> String {
    s.chars().take(64).collect()
}

/// An answer's integer field: the trimmed text, grouping separators accepted (the first row
/// of the table in `integer`); otherwise [`ParseError::InvalidField`] naming the BBB element,
/// with the value as the server wrote it (truncated).
pub(crate) fn parse_int(field: &'static str, s: &str) -> Result<i64> {
    read(s.trim(), Grouping::Accepted).ok_or_else(|| {
        ParseError::InvalidField {
            field,
            value: truncated(s),
        }
        .into()
    })
}

/// Checks the envelope: `SUCCESS` gives the root, `FAILED` the [`ApiError`].
pub(crate) fn success_root(root: Node<'_>) -> Result<Node<'_>> {
    let code = root.child_text("returncode").ok_or(ParseError::NotBbb(
        "the <response> has no <returncode>".to_owned(),
    ))?;
    match code.trim() {
        "SUCCESS" => Ok(root),
        "FAILED" => Err(api_error(&root).into()),
        other => Err(ParseError::InvalidField {
            field: "returncode",
            value: truncated(other),
        }
        .into()),
    }
}

fn api_error(root: &Node<'_>) -> ApiError {
    let detail = |e: &Node<'_>| {
        ApiErrorDetail::new(
            MessageKey::from(e.child_text("key").unwrap_or_default().trim()),
            e.child_text("message").unwrap_or_default().to_owned(),
        )
    };
    // XML: <errors><error><key/><message/></error>…</errors>. JSON: "errors": [{key, message}…],
    // which reads as one `errors` element per item.
    let mut errors: Vec<ApiErrorDetail> = Vec::new();
    for errs in root.children.iter().filter(|c| c.name == "errors") {
        if errs.child("key").is_some() {
            errors.push(detail(errs));
        }
        errors.extend(
            errs.children
                .iter()
                .filter(|e| e.name == "error")
                .map(detail),
        );
    }
    // insertDocument and getJoinUrl fail with a message and no messageKey: keep the message,
    // under the key of its own (`MessageKey::NoKey`).
    let key = non_empty(root.child_text("messageKey"));
    if key.is_some() || errors.is_empty() {
        let detail = ApiErrorDetail::new(
            key.map_or(MessageKey::NoKey, |k| MessageKey::from(k.trim())),
            root.child_text("message").unwrap_or_default().to_owned(),
        );
        if errors.first() != Some(&detail) {
            errors.insert(0, detail);
        }
    }
    let mut e = ApiError::from_details(errors);
    // What else the answer carries (putRecordingTextTrack's `recordId`): top-level elements
    // with text and no children, in document order.
    e.details = root
        .children
        .iter()
        .filter(|c| {
            !matches!(
                c.name.as_ref(),
                "returncode" | "messageKey" | "message" | "errors"
            ) && c.children.is_empty()
        })
        .filter_map(|c| non_empty(Some(c.text.trim())).map(|v| (c.name.to_string(), v)))
        .collect();
    e
}

/// The input, checked for size, UTF-8 and NUL: the XML form, or the JSON form (trimmed).
pub(crate) enum Input<'i> {
    Xml(&'i str),
    Json(&'i str),
}

/// Checks the input's size, encoding and first character, and tells XML from JSON.
pub(crate) fn check_input<'i>(input: &'i [u8], opts: &ParseOptions) -> Result<Input<'i>> {
    if input.len() > opts.max_size {
        return Err(ParseError::TooLarge {
            limit: opts.max_size,
        }
        .into());
    }
    let text = std::str::from_utf8(input).map_err(|_| ParseError::InvalidUtf8)?;
    if memchr::memchr(0, input).is_some() {
        return Err(
            ParseError::Malformed("a NUL character, which XML does not allow".to_owned()).into(),
        );
    }
    let stripped = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = stripped.trim_start();
    if trimmed.starts_with('{') {
        return Ok(Input::Json(trimmed));
    }
    if trimmed.is_empty() {
        return Err(ParseError::NotBbb("the response is empty".to_owned()).into());
    }
    Ok(Input::Xml(text))
}

pub(crate) fn malformed(e: &dyn fmt::Display) -> Error {
    Error::from(ParseError::Malformed(e.to_string()))
}

/// `part`, a slice of an event that quick-xml read from `input` (the whole document), as a
/// slice of `input` itself, so that it lives as long as the input rather than the event; an
/// owned copy when it is not one (an event that had to copy).
#[inline]
pub(crate) fn borrow_input<'i>(input: &'i str, part: &str) -> Cow<'i, str> {
    let start = (part.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
    match input.get(start..start.wrapping_add(part.len())) {
        Some(s) if s.as_ptr() == part.as_ptr() => Cow::Borrowed(s),
        _ => Cow::Owned(part.to_owned()),
    }
}

/// Checks an element's attributes, values decoded with the five predefined entities and
/// character references only (as text is), and appends them to `out` when given; names and
/// values without entities borrow the input.
pub(crate) fn attributes<'i>(
    input: &'i str,
    e: &quick_xml::events::BytesStart<'_>,
    mut out: Option<&mut Vec<Attribute<'i>>>,
) -> Result<()> {
    if e.attributes_raw().trim_ascii().is_empty() {
        return Ok(());
    }
    if let Some(out) = out.as_deref_mut() {
        let start = out.len();
        if simple_attributes(input, e.attributes_raw(), out) {
            return Ok(());
        }
        out.truncate(start);
    }
    all_attributes(input, e, out)
}

/// [`attributes`] through quick-xml's iterator: every case.
fn all_attributes<'i>(
    input: &'i str,
    e: &quick_xml::events::BytesStart<'_>,
    mut out: Option<&mut Vec<Attribute<'i>>>,
) -> Result<()> {
    use quick_xml::escape::EscapeError;
    for attr in e.attributes() {
        let attr = attr.map_err(|e| ParseError::Malformed(e.to_string()))?;
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| match e {
                quick_xml::Error::Escape(EscapeError::UnrecognizedEntity(_, name)) => {
                    ParseError::UnknownEntity(truncated(&name))
                }
                other => ParseError::Malformed(other.to_string()),
            })?;
        let name: &str = attr.key.as_ref();
        let is_name_start = |c: char| c.is_alphabetic() || c == '_' || c == ':';
        let valid = if name.is_ascii() {
            // The same test, byte by byte.
            let b = name.as_bytes();
            b.first()
                .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'_' || c == b':')
                && b.iter()
                    .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'-' | b'.'))
        } else {
            name.chars().next().is_some_and(is_name_start)
                && name
                    .chars()
                    .all(|c| is_name_start(c) || c.is_alphanumeric() || c == '-' || c == '.')
        };
        if !valid {
            return Err(ParseError::Malformed(format!(
                "`{}` is not an XML attribute name",
                truncated(name)
            ))
            .into());
        }
        if let Some(out) = out.as_deref_mut() {
            let value = match value {
                Cow::Borrowed(v) => borrow_input(input, v),
                Cow::Owned(v) => Cow::Owned(v),
            };
            out.push((borrow_input(input, name), value));
        }
    }
    Ok(())
}

/// [`attributes`] in the common case, without quick-xml's iterator: each name (ASCII name
/// characters) after whitespace, `=` right after it, a quoted value with nothing to decode or
/// normalize (no `&`, `<`, tab or line break), no name twice, at most 8 attributes. Gives
/// `false` for anything else,
/// which the full reader reads (some attributes may have been pushed).
fn simple_attributes<'i>(input: &'i str, raw: &str, out: &mut Vec<Attribute<'i>>) -> bool {
    let b = raw.as_bytes();
    let start = out.len();
    let mut i = 0;
    loop {
        let space = i;
        while b
            .get(i)
            .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        {
            i += 1;
        }
        if i == b.len() {
            return true;
        }
        if i == space || !(b[i].is_ascii_alphabetic() || matches!(b[i], b'_' | b':')) {
            return false;
        }
        let name_start = i;
        while b
            .get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'-' | b'.'))
        {
            i += 1;
        }
        let quote = match (b.get(i), b.get(i + 1)) {
            (Some(b'='), Some(&q)) if q == b'"' || q == b'\'' => q,
            _ => return false,
        };
        let (name, value_start) = (&raw[name_start..i], i + 2);
        let Some(len) = memchr::memchr(quote, &b[value_start..]) else {
            return false;
        };
        let value = &raw[value_start..value_start + len];
        if value
            .bytes()
            .any(|c| matches!(c, b'&' | b'<' | b'\t' | b'\n' | b'\r'))
            // Past a few names, the full reader's duplicate check is the linear one.
            || out.len() - start >= 8
            || out[start..].iter().any(|(k, _)| k == name)
        {
            return false;
        }
        out.push((borrow_input(input, name), borrow_input(input, value)));
        i = value_start + len + 1;
    }
}

/// The deepest nesting of JSON arrays and objects read, whatever `max_depth` says: serde_json
/// recurses once per level (up to 128 levels, about 2.5 KiB each in a debug build), and 64
/// levels stay well inside a 256 KiB thread stack. BBB's JSON answers nest 4 levels at most.
pub const JSON_MAX_DEPTH: usize = 64;

/// Whether the arrays and objects of `text` nest deeper than `limit` (strings skipped).
fn json_nests_deeper_than(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in text.as_bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// The JSON form: `{"response":{"returncode":"FAILED","messageKey":…,"message":…}}`.
pub(crate) fn parse_json(text: &str, opts: &ParseOptions) -> Result<Node<'static>> {
    if json_nests_deeper_than(text, JSON_MAX_DEPTH) {
        return Err(ParseError::TooDeep {
            limit: opts.max_depth.min(JSON_MAX_DEPTH),
        }
        .into());
    }
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ParseError::Malformed(format!("invalid JSON: {e}")))?;
    let response = value
        .get("response")
        .filter(|r| r.is_object())
        .ok_or_else(|| ParseError::NotBbb("the JSON has no \"response\" object".to_owned()))?;
    json_element("response", response, opts.max_depth, 0)
}

fn json_element(
    name: &str,
    value: &serde_json::Value,
    max_depth: usize,
    depth: usize,
) -> Result<Node<'static>> {
    use serde_json::Value;
    if depth >= max_depth {
        return Err(ParseError::TooDeep { limit: max_depth }.into());
    }
    let mut el = Node::new(Cow::Owned(name.to_owned()));
    let mut children = Vec::new();
    match value {
        Value::Null => {}
        Value::Bool(b) => el.text = Cow::Owned(b.to_string()),
        Value::Number(n) => el.text = Cow::Owned(n.to_string()),
        Value::String(s) => el.text = Cow::Owned(s.clone()),
        Value::Array(items) => {
            for item in items {
                children.push(json_element(name, item, max_depth, depth + 1)?);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if let Value::Array(items) = v {
                    for item in items {
                        children.push(json_element(k, item, max_depth, depth + 1)?);
                    }
                } else {
                    children.push(json_element(k, v, max_depth, depth + 1)?);
                }
            }
        }
    }
    el.children = children.into_boxed_slice();
    Ok(el)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever the common case reads, quick-xml's iterator reads the same.
    #[test]
    fn simple_attributes_read_as_the_iterator_does() {
        let mut many = String::new();
        for i in 0..12 {
            many.push_str(&format!(" a{i}=\"{i}\""));
        }
        let cases = [
            " a=\"1\" b='2'",
            " a=\"1\"b=\"2\"",
            " a = \"1\"",
            "\ta=\"1\"\n b=\"\"  ",
            " a=\"x&amp;y\"",
            " a=\"1\" a=\"2\"",
            " a=\"1\" b=\"2\" a=\"3\"",
            " a=\"1\t2\"",
            " a=\"<\"",
            " é=\"1\"",
            " x:y-z.w_=\"a 'b' c\" q='\"'",
            " 1a=\"1\"",
            " a=1",
            " a=\"1",
            " a",
            " a=\"1\" /",
            &many,
        ];
        for raw in cases {
            let xml = format!("<e{raw}>");
            let mut reader = quick_xml::Reader::from_str(&xml);
            // (A tag quick-xml refuses never reaches the attributes.)
            let Ok(quick_xml::events::Event::Start(e)) = reader.read_event() else {
                continue;
            };
            let mut fast = Vec::new();
            if simple_attributes(&xml, e.attributes_raw(), &mut fast) {
                let mut full = Vec::new();
                all_attributes(&xml, &e, Some(&mut full)).unwrap();
                assert_eq!(fast, full, "{raw}");
                assert!(fast
                    .iter()
                    .all(|(k, v)| matches!((k, v), (Cow::Borrowed(_), Cow::Borrowed(_)))));
            }
            // And the whole reader agrees with the iterator, value or error.
            let (mut one, mut other) = (Vec::new(), Vec::new());
            let a = attributes(&xml, &e, Some(&mut one)).map_err(|e| e.to_string());
            let b = all_attributes(&xml, &e, Some(&mut other)).map_err(|e| e.to_string());
            assert_eq!(a, b, "{raw}");
            if a.is_ok() {
                assert_eq!(one, other, "{raw}");
            }
        }
    }
}
