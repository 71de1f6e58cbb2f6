//! A BigBlueButton server: the API base URL, the shared secret and the algorithm.

use std::fmt;

use crate::algorithm::{digest, push_checksum, push_hex, Algorithm};
use crate::calls::{
    ApiCall, ApiRequest, CreateRequest, JoinRequest, Method, PreparedRequest, WithCall,
};
use crate::encode::push_pair;
use crate::error::Result;
use crate::invalid::{InvalidParameter, Rule};
use crate::secret::Secret;
use crate::validate::{check_call, check_no_control};
use crate::verify::{verify_query, verify_url, Verified, ALL_ALLOWED};

/// A BigBlueButton server: its API base URL, its shared secret and the checksum algorithm.
///
/// `Server` is immutable, cheap to share, and `Send + Sync`: create one at start-up and use
/// it from every thread. Its `Debug` output never shows the secret, and the secret is wiped
/// from memory when the last copy is dropped.
///
/// # Examples
///
/// ```
/// use bbbkit::{Algorithm, JoinRequest, Role, Server};
///
/// let server = Server::new("bbb.example.com", "8cd8ef52e8e101574e400365b55e11a6")?
///     .with_algorithm(Algorithm::Sha256);
/// assert_eq!(server.base_url(), "https://bbb.example.com/bigbluebutton/api/");
/// assert!(!format!("{server:?}").contains("8cd8ef52"));
///
/// let url = server.join_url(&JoinRequest::new("room-1", "Ada", Role::Viewer))?;
/// assert!(url.starts_with("https://bbb.example.com/bigbluebutton/api/join?meetingID=room-1&"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone)]
pub struct Server {
    base: String,
    secret: Secret,
    algorithm: Algorithm,
}

impl fmt::Debug for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Server")
            .field("base_url", &self.base)
            .field("secret", &self.secret)
            .field("algorithm", &self.algorithm)
            .finish()
    }
}

impl Server {
    /// A server from its API URL and shared secret, signing with SHA-256.
    ///
    /// `url` may be any of the forms people paste: `host`, `https://host`,
    /// `https://host/bigbluebutton`, `https://host/bigbluebutton/api/`, or a custom prefix
    /// such as `https://lb.example.com/scalelite/bigbluebutton/api`. A bare host means https.
    /// A path that does not end in `/api` gets `/bigbluebutton/api` (or `/api` after
    /// `/bigbluebutton`) appended. The secret is trimmed.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Server;
    /// let s = Server::new("https://lb.example.com/scalelite/bigbluebutton/api", "s3cr3t")?;
    /// assert_eq!(s.base_url(), "https://lb.example.com/scalelite/bigbluebutton/api/");
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for `url` (not http(s), no host, credentials, a query or a
    /// fragment) or `secret` (empty, or control characters).
    pub fn new(url: &str, secret: &str) -> Result<Server> {
        let base = normalize_base(url)?;
        let secret = Secret::new("secret", secret)?;
        Ok(Server {
            base,
            secret,
            algorithm: Algorithm::default(),
        })
    }

    /// The same server, signing with `algorithm`.
    #[must_use]
    pub fn with_algorithm(mut self, algorithm: Algorithm) -> Server {
        self.algorithm = algorithm;
        self
    }

    /// The normalised API base URL, ending in `/`.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// The algorithm used for signing.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The signed URL of a `join` call.
    ///
    /// The checksum covers exactly the emitted query, which uses only characters no browser
    /// or proxy re-encodes.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Algorithm, JoinRequest, Role, Server};
    ///
    /// let server = Server::new("https://bbb.example.com/bigbluebutton/api/", "secret")?
    ///     .with_algorithm(Algorithm::Sha1);
    /// let url = server.join_url(&JoinRequest::new("room", "Zoë O'Neil", Role::Viewer))?;
    /// assert_eq!(
    ///     url,
    ///     "https://bbb.example.com/bigbluebutton/api/join?meetingID=room\
    ///      &fullName=Zo%C3%AB+O%27Neil&role=VIEWER\
    ///      &checksum=94a2b0cd67e5989714fef9c179821921eac67104"
    /// );
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] naming the first parameter that breaks a rule; see
    /// [`JoinRequest`].
    pub fn join_url(&self, request: &JoinRequest) -> Result<String> {
        self.url(request)
    }

    /// The signed URL of any API call, with the parameters in the given order.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Server;
    ///
    /// let server = Server::new("https://bbb.example.com", "secret")?;
    /// let url = server.api_url("getMeetingInfo", [("meetingID", "room 1")])?;
    /// assert!(url.starts_with(
    ///     "https://bbb.example.com/bigbluebutton/api/getMeetingInfo?meetingID=room+1&checksum="
    /// ));
    /// let hooks = server.api_url("hooks/list", [] as [(&str, &str); 0])?;
    /// assert!(hooks.starts_with("https://bbb.example.com/bigbluebutton/api/hooks/list?checksum="));
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for a bad call name, an empty parameter name, control characters,
    /// or a `checksum` parameter.
    pub fn api_url<I, K, V>(&self, call: &str, params: I) -> Result<String>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        check_call(call)?;
        let mut url = String::with_capacity(self.base.len() + call.len() + 200);
        url.push_str(&self.base);
        url.push_str(call);
        url.push('?');
        let start = url.len();
        for (name, value) in params {
            let (name, value) = (name.as_ref(), value.as_ref());
            if name.is_empty() {
                return Err(InvalidParameter::new("name", Rule::Empty).into());
            }
            check_no_control(name, name)?;
            if name.eq_ignore_ascii_case("checksum") {
                return Err(InvalidParameter::new(name, Rule::Reserved).into());
            }
            check_no_control(name, value)?;
            if url.len() > start {
                url.push('&');
            }
            push_pair(&mut url, name, value);
        }
        self.finish(&mut url, call, start);
        Ok(url)
    }

    /// The checksum of `call` with a query you built yourself, with this server's secret and
    /// algorithm. The query must be exactly what you send, without `?` and `checksum`.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Algorithm, Server};
    /// let s = Server::new("bbb.example.com", "AFFE")?.with_algorithm(Algorithm::Sha1);
    /// assert_eq!(s.checksum("getMeetings", ""), "e0a2f45a343479c590e64a9bdd673331adff2a75");
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    pub fn checksum(&self, call: &str, query: &str) -> String {
        let mut out = String::with_capacity(self.algorithm.hex_len());
        push_checksum(self.algorithm, call, query, self.secret.expose(), &mut out);
        out
    }

    /// Verifies a signed query for `call` against this server's secret, with any of the four
    /// algorithms (told apart by length). Use a [`Verifier`](crate::Verifier) for several
    /// secrets or an allow-list.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Algorithm, Server};
    /// let s = Server::new("bbb.example.com", "AFFE")?;
    /// let ok = s.verify("getMeetings", "checksum=e0a2f45a343479c590e64a9bdd673331adff2a75")?;
    /// assert_eq!(ok.algorithm, Algorithm::Sha1);
    /// assert!(s.verify("getMeetings", "checksum=00").is_err());
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`VerifyError`](crate::VerifyError) inside [`Error::Verify`](crate::Error::Verify) for
    /// a missing, duplicated, malformed, unknown-length or wrong checksum;
    /// [`InvalidParameter`] for a bad call name.
    pub fn verify(&self, call: &str, query: &str) -> Result<Verified> {
        verify_query(std::slice::from_ref(&self.secret), ALL_ALLOWED, call, query)
    }

    /// Verifies a full signed URL (`…/api/CALL?query`), taking the call from the path.
    ///
    /// # Errors
    ///
    /// As [`Server::verify`], and [`InvalidParameter`] for `url` when it has no `/api/CALL`.
    pub fn verify_url(&self, url: &str) -> Result<Verified> {
        verify_url(std::slice::from_ref(&self.secret), ALL_ALLOWED, url)
    }

    pub(crate) fn finish(&self, url: &mut String, call: &str, start: usize) {
        let mut raw = [0u8; 64];
        let len = digest(
            self.algorithm,
            call,
            &url[start..],
            self.secret.expose(),
            &mut raw,
        );
        if url.len() > start {
            url.push('&');
        }
        url.push_str("checksum=");
        push_hex(url, &raw[..len]);
    }
}

impl Server {
    /// The signed URL of any typed call.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{GetRecordingsRequest, RecordingState, Server};
    /// let server = Server::new("https://bbb.example.com", "secret")?;
    /// let url = server.url(&GetRecordingsRequest::new().meeting_id(["cs101"]).state([RecordingState::Published]).limit(10))?;
    /// assert!(url.contains("/api/getRecordings?meetingID=cs101&state=published&limit=10&checksum="));
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`](crate::InvalidParameter) naming the first parameter that breaks a
    /// rule.
    pub fn url<C: ApiCall>(&self, call: &C) -> Result<String> {
        // The query, then `&checksum=` and up to 128 hex digits.
        let mut url =
            String::with_capacity(self.base.len() + C::CALL.len() + call.estimated_len() + 140);
        url.push_str(&self.base);
        url.push_str(C::CALL);
        url.push('?');
        let start = url.len();
        call.write_query(&mut url)?;
        self.finish(&mut url, C::CALL, start);
        Ok(url)
    }

    /// The signed URL of a `create`. With documents or a client-settings override, use
    /// [`Server::prepare`], which also gives the body.
    ///
    /// # Errors
    ///
    /// As [`Server::url`].
    pub fn create_url(&self, request: &CreateRequest) -> Result<String> {
        self.url(request)
    }

    /// Method, signed URL and body of any typed call.
    ///
    /// # Errors
    ///
    /// As [`Server::url`], and for a body that breaks a rule (a document or the
    /// `clientSettingsOverride` JSON).
    pub fn prepare<C: ApiCall>(&self, call: &C) -> Result<PreparedRequest> {
        let url = self.url(call)?;
        Ok(match call.body()? {
            None => PreparedRequest {
                method: C::METHOD,
                url,
                body: None,
                content_type: None,
                file_field: None,
            },
            Some(b) => PreparedRequest {
                method: Method::Post,
                url,
                body: b.bytes,
                content_type: Some(b.content_type),
                file_field: b.file_field,
            },
        })
    }

    /// Method, signed URL and body of a call built by name ([`ApiRequest`]).
    ///
    /// # Errors
    ///
    /// As [`Server::prepare`].
    pub fn prepare_request(&self, request: &ApiRequest) -> Result<PreparedRequest> {
        struct Prepare<'a>(&'a Server);
        impl WithCall for Prepare<'_> {
            type Output = Result<PreparedRequest>;
            fn with<C: ApiCall>(self, call: &C) -> Result<PreparedRequest> {
                self.0.prepare(call)
            }
        }
        request.with(Prepare(self))
    }
}

/// Normalises every base-URL form of the spec to `scheme://host[:port]/prefix/api/`.
fn normalize_base(input: &str) -> Result<String, InvalidParameter> {
    const P: &str = "url";
    let t = input.trim();
    if t.is_empty() {
        return Err(InvalidParameter::new(P, Rule::Required));
    }
    check_no_control(P, t)?;
    let with_scheme;
    let s = if let Some((_, rest)) = t.split_once("://") {
        if rest.starts_with('/') {
            return Err(InvalidParameter::new(P, Rule::HttpUrl));
        }
        t
    } else {
        with_scheme = ["https://", t].concat();
        &with_scheme
    };
    let mut url = url::Url::parse(s).map_err(|_| InvalidParameter::new(P, Rule::HttpUrl))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(InvalidParameter::new(P, Rule::HttpUrl));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(InvalidParameter::new(P, Rule::NoCredentials));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(InvalidParameter::new(P, Rule::BaseUrl));
    }
    let path = url.path().trim_end_matches('/');
    // `…/api/join` or `…/API` would become `…/api/join/bigbluebutton/api/`: a base URL names
    // no call, and the server's path is case-sensitive.
    let mut segments = path.split('/');
    while let Some(seg) = segments.next() {
        let names_call = seg == "api" && segments.clone().next().is_some();
        if names_call || (seg != "api" && seg.eq_ignore_ascii_case("api")) {
            return Err(InvalidParameter::new(P, Rule::BaseUrl));
        }
    }
    let path = if path.ends_with("/api") {
        [path, "/"].concat()
    } else if path.ends_with("/bigbluebutton") {
        [path, "/api/"].concat()
    } else {
        [path, "/bigbluebutton/api/"].concat()
    };
    url.set_path(&path);
    Ok(url.into())
}
