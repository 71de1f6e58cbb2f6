//! The server's answers: parse functions and the records they return.

use std::sync::Arc;

use crate::answers::{Created, Joined};
use crate::body::Body;
use crate::convert::QueryParam;
use crate::error::{ApiErrorKind, BbbError, MessageKey};

/// One error as the server reports it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ApiErrorDetail {
    /// The `messageKey` (`MessageKey.ChecksumError`; `Other` keeps an unknown key as sent).
    pub key: MessageKey,
    /// What the key means for the application.
    pub kind: ApiErrorKind,
    /// The human-readable message, as sent (may be empty).
    pub message: String,
}

impl From<bbbkit::ApiErrorDetail> for ApiErrorDetail {
    fn from(d: bbbkit::ApiErrorDetail) -> Self {
        ApiErrorDetail {
            kind: d.kind.into(),
            key: d.key.into(),
            message: d.message,
        }
    }
}

/// The errors of a `?errors=` redirect (what `errorRedirectUrl` receives).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ErrorRedirect {
    /// The first error's key.
    pub key: MessageKey,
    /// What the first error's key means for the application.
    pub kind: ApiErrorKind,
    /// The first error's message.
    pub message: String,
    /// Every error, in order; never empty.
    pub errors: Vec<ApiErrorDetail>,
}

/// One XML element of a response: its name, its attributes, its text and its child elements.
///
/// A handle into the parsed tree, which every element of one response shares: looking up a
/// child copies nothing but the text asked for.
#[derive(uniffi::Object)]
#[uniffi::export(Debug, Eq)]
pub struct ResponseElement {
    root: Arc<bbbkit::Element>,
    /// Child indices from the root to this element.
    path: Vec<u32>,
}

impl ResponseElement {
    fn node(&self) -> &bbbkit::Element {
        self.path
            .iter()
            .fold(&*self.root, |e, &i| &e.children[i as usize])
    }

    fn at(&self, path: Vec<u32>) -> Arc<ResponseElement> {
        Arc::new(ResponseElement {
            root: Arc::clone(&self.root),
            path,
        })
    }
}

impl std::fmt::Debug for ResponseElement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.node(), f)
    }
}

impl PartialEq for ResponseElement {
    fn eq(&self, other: &Self) -> bool {
        self.node() == other.node()
    }
}

impl Eq for ResponseElement {}

#[uniffi::export]
impl ResponseElement {
    /// The element's name.
    pub fn name(&self) -> String {
        self.node().name.clone()
    }

    /// Its attributes, in document order, values with entities decoded (getRecordings'
    /// `<image width="176" height="136" alt="…">`).
    pub fn attributes(&self) -> Vec<QueryParam> {
        self.node()
            .attributes
            .iter()
            .map(|(name, value)| QueryParam::new(name.as_str(), value.as_str()))
            .collect()
    }

    /// The value of the attribute with this name, if any.
    pub fn attribute(&self, name: String) -> Option<String> {
        self.node().attribute(&name).map(str::to_owned)
    }

    /// Its text, with entities decoded (empty for an element with children).
    pub fn text(&self) -> String {
        self.node().text.clone()
    }

    /// Its child elements, in document order.
    pub fn children(&self) -> Vec<Arc<ResponseElement>> {
        (0..self.node().children.len() as u32)
            .map(|i| {
                let mut path = self.path.clone();
                path.push(i);
                self.at(path)
            })
            .collect()
    }

    /// The first child element with this name, if any.
    pub fn child(&self, name: String) -> Option<Arc<ResponseElement>> {
        let i = self.node().children.iter().position(|c| c.name == name)?;
        let mut path = self.path.clone();
        path.push(i as u32);
        Some(self.at(path))
    }

    /// The text of the first child element with this name, if any.
    pub fn child_text(&self, name: String) -> Option<String> {
        self.node().child_text(&name).map(str::to_owned)
    }
}

/// A successful answer to any call, as a tree under `<response>`.
///
/// Holds the parsed tree on the Rust side; [`get`](ApiResponse::get) and the elements'
/// lookups read it in place.
#[derive(uniffi::Object)]
#[uniffi::export(Debug)]
pub struct ApiResponse {
    message_key: Option<String>,
    message: Option<String>,
    root: Arc<bbbkit::Element>,
}

impl std::fmt::Debug for ApiResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiResponse")
            .field("message_key", &self.message_key)
            .field("message", &self.message)
            .field("root", &self.root)
            .finish()
    }
}

#[uniffi::export]
impl ApiResponse {
    /// `messageKey`, if present and not empty (warnings such as `duplicateWarning`).
    pub fn message_key(&self) -> Option<String> {
        self.message_key.clone()
    }

    /// `message`, if present and not empty.
    pub fn message(&self) -> Option<String> {
        self.message.clone()
    }

    /// The `<response>` element.
    pub fn root(&self) -> Arc<ResponseElement> {
        Arc::new(ResponseElement {
            root: Arc::clone(&self.root),
            path: Vec::new(),
        })
    }

    /// The text of a top-level element (`running`, `meetingID`), if present.
    pub fn get(&self, name: String) -> Option<String> {
        self.root.child_text(&name).map(str::to_owned)
    }
}

impl From<bbbkit::Response> for ApiResponse {
    fn from(r: bbbkit::Response) -> Self {
        ApiResponse {
            message_key: r.message_key,
            message: r.message,
            root: Arc::new(r.root),
        }
    }
}

pub(crate) fn options(max_size: Option<u64>, max_depth: Option<u32>) -> bbbkit::ParseOptions {
    let mut options = bbbkit::ParseOptions::default();
    if let Some(n) = max_size {
        options = options.max_size(usize::try_from(n).unwrap_or(usize::MAX));
    }
    if let Some(n) = max_depth {
        options = options.max_depth(usize::try_from(n).unwrap_or(usize::MAX));
    }
    options
}

/// Parses the answer to a `join` with `redirect=false`. `max_size` limits the input's size in
/// bytes (default 64 MiB), `max_depth` the nesting of elements (default 32).
///
/// # Errors
///
/// [`BbbError::Api`] when the server answered `FAILED`; [`BbbError::Parse`] for bytes that are
/// not a join answer (`too_large`, `too_deep`, `not_bbb`, …).
#[uniffi::export(default(max_size = None, max_depth = None))]
pub fn parse_join_response(
    body: Body,
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Joined, BbbError> {
    crate::answers::from_slice::parse_join_response(&body, max_size, max_depth)
}

/// Parses the answer to a `create`. Limits as for [`parse_join_response`].
///
/// # Errors
///
/// As [`parse_join_response`].
#[uniffi::export(default(max_size = None, max_depth = None))]
pub fn parse_create_response(
    body: Body,
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Created, BbbError> {
    crate::answers::from_slice::parse_create_response(&body, max_size, max_depth)
}

/// Parses the answer to any call into a tree. Limits as for [`parse_join_response`].
///
/// # Errors
///
/// As [`parse_join_response`].
#[uniffi::export(default(max_size = None, max_depth = None))]
pub fn parse_response(
    body: Body,
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Arc<ApiResponse>, BbbError> {
    parse_response_slice(&body, max_size, max_depth)
}

/// [`parse_response`] on a borrowed body (for the JVM's buffer entry points, `jvm.rs`).
pub(crate) fn parse_response_slice(
    body: &[u8],
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Arc<ApiResponse>, BbbError> {
    Ok(Arc::new(
        options(max_size, max_depth).parse_response(body)?.into(),
    ))
}

/// Reads the errors of a `Location` the server redirected to (`…?errors=<JSON>`).
///
/// # Errors
///
/// [`BbbError::Parse`] with code `no_errors` when the location carries no readable errors.
#[uniffi::export]
pub fn parse_error_redirect(location: String) -> Result<ErrorRedirect, BbbError> {
    let e = bbbkit::parse_error_redirect(&location)?;
    Ok(ErrorRedirect {
        kind: e.kind.into(),
        key: e.key.into(),
        message: e.message,
        errors: e.errors.into_iter().map(Into::into).collect(),
    })
}
