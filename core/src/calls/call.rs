//! What a call is: [`ApiCall`], which every typed request implements (`join` included), how
//! it is sent ([`Method`]) and what comes out ([`PreparedRequest`]).

use std::fmt;

use crate::invalid::InvalidParameter;

/// How a call is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
}

impl Method {
    /// `GET` or `POST`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A call ready to send: method, signed URL and, when the call has one, the body and its
/// `Content-Type`. bbbkit never sends it; your HTTP client does.
///
/// The body is not covered by the checksum (the server signs only the URL's query).
///
/// # Examples
///
/// ```
/// use bbbkit::{CreateRequest, Document, Method, Server};
/// let server = Server::new("https://bbb.example.com", "secret")?;
/// let req = CreateRequest::new("room-1", "Physics 101")
///     .document(Document::url("https://files.example.com/syllabus.pdf").current(true));
/// let prepared = server.prepare(&req)?;
/// assert_eq!(prepared.method, Method::Post);
/// assert_eq!(prepared.content_type, Some("application/xml"));
/// assert!(prepared.url.starts_with("https://bbb.example.com/bigbluebutton/api/create?name=Physics+101&meetingID=room-1&checksum="));
/// assert!(String::from_utf8(prepared.body.unwrap())?.contains(r#"<document url="https://files.example.com/syllabus.pdf" current="true""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PreparedRequest {
    /// The HTTP method.
    pub method: Method,
    /// The signed URL.
    pub url: String,
    /// The body, when the call sends one (`create` with documents, `insertDocument`).
    pub body: Option<Vec<u8>>,
    /// The body's `Content-Type`, or for a multipart upload `multipart/form-data` (your HTTP
    /// client adds the boundary).
    pub content_type: Option<&'static str>,
    /// For `putRecordingTextTrack`: the multipart field that carries the file (`file`).
    pub file_field: Option<&'static str>,
}

/// A call's body, as its declaration builds it.
#[doc(hidden)]
pub struct Body {
    pub(crate) bytes: Option<Vec<u8>>,
    pub(crate) content_type: &'static str,
    pub(crate) file_field: Option<&'static str>,
}

/// What every typed request of the API offers: the call's name and method, its query and its
/// body. [`Server::url`](crate::Server::url) and [`Server::prepare`](crate::Server::prepare)
/// take any of them.
pub trait ApiCall {
    /// The call's name as the API spells it (`create`, `hooks/create`).
    const CALL: &'static str;
    /// How the call is sent when it has no body.
    const METHOD: Method;
    /// Validates and appends the query (without `checksum`) to `out`.
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for the first parameter, in emission order, that breaks a rule.
    fn write_query(&self, out: &mut String) -> Result<(), InvalidParameter>;
    /// The body, if this request carries one.
    #[doc(hidden)]
    fn body(&self) -> Result<Option<Body>, InvalidParameter>;
    /// Bytes the query may take, to size the URL's buffer once.
    #[doc(hidden)]
    fn estimated_len(&self) -> usize {
        128
    }
}
