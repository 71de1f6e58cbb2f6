//! The XML body of `create` and `insertDocument`: `<modules>` with the presentation documents
//! and, on BBB 3.0, the `clientSettingsOverride` module.
//!
//! The body is **not signed**: the checksum covers only the URL's query. Anyone who can change
//! the request in transit can change the documents, so send it over HTTPS, and keep document
//! URLs that carry access tokens out of logs.

use base64::Engine as _;

use crate::invalid::{InvalidParameter, Rule};
use crate::validate::{check_http_url, check_no_control, check_xml_chars};

/// Where a document's bytes come from.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocumentSource {
    /// The server downloads it from this http(s) URL.
    Url(String),
    /// The bytes themselves, sent base64-encoded in the body.
    Content(Vec<u8>),
}

impl std::fmt::Debug for DocumentSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentSource::Url(u) => f.debug_tuple("Url").field(u).finish(),
            DocumentSource::Content(b) => write!(f, "Content({} bytes)", b.len()),
        }
    }
}

/// One presentation document of a `create` or `insertDocument` body.
///
/// The flags default to what the server's code does when they are absent (not what its docs
/// say): not current, **not downloadable**, **removable**. bbbkit always writes all three, so
/// every server version reads the same thing.
///
/// # Examples
///
/// ```
/// use bbbkit::Document;
/// let slides = Document::url("https://files.example.com/slides.pdf").filename("slides.pdf").current(true);
/// let notes = Document::content("notes.txt", b"Week 1".to_vec()).downloadable(true);
/// assert!(slides.current && !slides.downloadable && slides.removable);
/// assert!(notes.downloadable);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Document {
    /// The URL or the bytes.
    pub source: DocumentSource,
    /// The file name the server uses for the type (`slides.pdf`); required for inline bytes.
    pub filename: Option<String>,
    /// Show this document first (the first current one wins; for `create` the first document
    /// is current anyway).
    pub current: bool,
    /// Users may download it (server default: false).
    pub downloadable: bool,
    /// Presenters may remove it (server default: true).
    pub removable: bool,
}

impl Document {
    /// A document the server downloads from an http(s) URL.
    pub fn url(url: impl Into<String>) -> Document {
        Document::with_source(DocumentSource::Url(url.into()), None)
    }

    /// A document sent inline: its file name (which gives the type) and its bytes.
    pub fn content(filename: impl Into<String>, bytes: Vec<u8>) -> Document {
        Document::with_source(DocumentSource::Content(bytes), Some(filename.into()))
    }

    fn with_source(source: DocumentSource, filename: Option<String>) -> Document {
        Document {
            source,
            filename,
            current: false,
            downloadable: false,
            removable: true,
        }
    }

    /// Sets the file name.
    #[must_use]
    pub fn filename(mut self, filename: impl Into<String>) -> Self {
        self.filename = Some(filename.into());
        self
    }

    /// Sets `current`.
    #[must_use]
    pub fn current(mut self, yes: bool) -> Self {
        self.current = yes;
        self
    }

    /// Sets `downloadable`.
    #[must_use]
    pub fn downloadable(mut self, yes: bool) -> Self {
        self.downloadable = yes;
        self
    }

    /// Sets `removable`.
    #[must_use]
    pub fn removable(mut self, yes: bool) -> Self {
        self.removable = yes;
        self
    }

    /// Reads documents written as JSON, the form used where only strings cross (the C ABI,
    /// `set("document", …)`): one object or an array of objects with `url` or `content`
    /// (base64), and optional `filename`, `current`, `downloadable`, `removable`.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Document, DocumentSource};
    /// let docs = Document::from_json(
    ///     "document",
    ///     r#"[{"url": "https://f.example.com/a.pdf", "current": true}, {"content": "SGk=", "filename": "hi.txt"}]"#,
    /// )?;
    /// assert_eq!(docs[1].source, DocumentSource::Content(b"Hi".to_vec()));
    /// assert!(docs[0].current);
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] naming `parameter` with [`Rule::Json`] when the JSON is not of this
    /// shape.
    pub fn from_json(parameter: &str, json: &str) -> Result<Vec<Document>, InvalidParameter> {
        use serde_json::Value;
        let bad = || InvalidParameter::new(parameter, Rule::Json);
        let value: Value = serde_json::from_str(json).map_err(|_| bad())?;
        let items = match value {
            Value::Array(items) => items,
            one @ Value::Object(_) => vec![one],
            _ => return Err(bad()),
        };
        items
            .into_iter()
            .map(|item| {
                let Value::Object(o) = item else {
                    return Err(bad());
                };
                if o.keys().any(|k| {
                    !matches!(
                        k.as_str(),
                        "url" | "content" | "filename" | "current" | "downloadable" | "removable"
                    )
                }) {
                    return Err(bad());
                }
                let text = |k: &str| match o.get(k) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::String(s)) => Ok(Some(s.clone())),
                    Some(_) => Err(bad()),
                };
                let flag = |k: &str, default: bool| match o.get(k) {
                    None | Some(Value::Null) => Ok(default),
                    Some(Value::Bool(b)) => Ok(*b),
                    Some(_) => Err(bad()),
                };
                let source = match (text("url")?, text("content")?) {
                    (Some(u), None) => DocumentSource::Url(u),
                    (None, Some(c)) => DocumentSource::Content(
                        base64::engine::general_purpose::STANDARD
                            .decode(c.as_bytes())
                            .map_err(|_| bad())?,
                    ),
                    _ => return Err(bad()),
                };
                Ok(Document {
                    source,
                    filename: text("filename")?,
                    current: flag("current", false)?,
                    downloadable: flag("downloadable", false)?,
                    removable: flag("removable", true)?,
                })
            })
            .collect()
    }

    /// Checks the document as the body would carry it.
    fn check(&self, parameter: &str) -> Result<(), InvalidParameter> {
        match &self.source {
            DocumentSource::Url(u) => {
                check_http_url(parameter, u)?;
                check_xml_chars(parameter, u)?;
            }
            DocumentSource::Content(bytes) => {
                if bytes.is_empty() {
                    return Err(InvalidParameter::new(parameter, Rule::Empty));
                }
                if self.filename.is_none() {
                    return Err(InvalidParameter::new(parameter, Rule::Required));
                }
            }
        }
        if let Some(f) = &self.filename {
            check_no_control(parameter, f)?;
            check_xml_chars(parameter, f)?;
            if f.trim().is_empty() {
                return Err(InvalidParameter::new(parameter, Rule::Empty));
            }
        }
        Ok(())
    }

    fn write(&self, out: &mut String) {
        let flags = |out: &mut String| {
            for (name, v) in [
                ("current", self.current),
                ("downloadable", self.downloadable),
                ("removable", self.removable),
            ] {
                out.push(' ');
                out.push_str(name);
                out.push_str(if v { "=\"true\"" } else { "=\"false\"" });
            }
        };
        match &self.source {
            DocumentSource::Url(u) => {
                out.push_str("<document url=\"");
                escape_attr(out, u);
                out.push('"');
                if let Some(f) = &self.filename {
                    out.push_str(" filename=\"");
                    escape_attr(out, f);
                    out.push('"');
                }
                flags(out);
                out.push_str("/>");
            }
            DocumentSource::Content(bytes) => {
                let name = self.filename.as_deref().unwrap_or_default();
                out.push_str("<document name=\"");
                escape_attr(out, name);
                out.push_str("\" filename=\"");
                escape_attr(out, name);
                out.push('"');
                flags(out);
                out.push('>');
                base64::engine::general_purpose::STANDARD.encode_string(bytes, out);
                out.push_str("</document>");
            }
        }
    }
}

fn escape_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

/// Checks a `clientSettingsOverride` value: a JSON object with at least one member, written
/// as characters an XML body can carry (JSON escapes such as `\uFFFE` can stand for any
/// other). An empty object overrides nothing, so it is refused as empty (leave the parameter
/// unset): every front end then behaves the same, never sending a body for nothing nor
/// dropping the value silently.
pub(crate) fn check_client_settings(parameter: &str, json: &str) -> Result<(), InvalidParameter> {
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(serde_json::Value::Object(o)) if o.is_empty() => {
            Err(InvalidParameter::new(parameter, Rule::Empty))
        }
        Ok(serde_json::Value::Object(_)) => check_xml_chars(parameter, json),
        _ => Err(InvalidParameter::new(parameter, Rule::Json)),
    }
}

/// The media type of every `<modules>` body.
pub const MODULES_CONTENT_TYPE: &str = "application/xml";

/// Writes the `<modules>` body, or `None` when there is nothing to send.
///
/// `documents_parameter` names the documents in errors (`document`).
pub(crate) fn modules_body(
    documents_parameter: &str,
    documents: &[Document],
    client_settings_override: Option<&str>,
) -> Result<Option<Vec<u8>>, InvalidParameter> {
    if documents.is_empty() && client_settings_override.is_none() {
        return Ok(None);
    }
    let mut out = String::with_capacity(
        64 + documents
            .iter()
            .map(|d| match &d.source {
                DocumentSource::Url(u) => u.len() + 96,
                DocumentSource::Content(b) => b.len() * 4 / 3 + 128,
            })
            .sum::<usize>(),
    );
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?><modules>");
    if !documents.is_empty() {
        out.push_str("<module name=\"presentation\">");
        for d in documents {
            d.check(documents_parameter)?;
            d.write(&mut out);
        }
        out.push_str("</module>");
    }
    if let Some(json) = client_settings_override {
        check_client_settings("clientSettingsOverride", json)?;
        out.push_str("<module name=\"clientSettingsOverride\"><![CDATA[");
        // `]]>` cannot appear inside CDATA: end the section and start another between the
        // two `]` and the `>`.
        out.push_str(&json.replace("]]>", "]]]]><![CDATA[>"));
        out.push_str("]]></module>");
    }
    out.push_str("</modules>");
    Ok(Some(out.into_bytes()))
}
