//! The server's answers: parse functions and the records they return.

use std::fmt;
use std::sync::Arc;

use crate::convert::{GuestStatus, QueryParam};
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

/// A successful `join` answer (`redirect=false`).
///
/// Its `toString()` (Kotlin) and `description` (Swift) show `[redacted]` for the auth token,
/// the session token and the `sessionToken` value in the URL; the fields keep the values.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Display)]
pub struct Joined {
    /// `meeting_id`.
    pub meeting_id: String,
    /// `user_id`: the server's internal user ID.
    pub user_id: String,
    /// `auth_token`.
    /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
    pub auth_token: String,
    /// `session_token`.
    /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
    pub session_token: String,
    /// `guestStatus`; `Allow` when the server sends none.
    pub guest_status: GuestStatus,
    /// `url`: where to send the browser. It carries the session token: reflection shows
    /// it as `[redacted]`, the text with the token redacted.
    pub url: String,
    /// `messageKey` (may be empty).
    pub message_key: String,
    /// `message` (may be empty).
    pub message: String,
}

impl From<bbbkit::Joined> for Joined {
    fn from(j: bbbkit::Joined) -> Self {
        Joined {
            meeting_id: j.meeting_id,
            user_id: j.user_id,
            auth_token: j.auth_token,
            session_token: j.session_token,
            guest_status: j.guest_status.into(),
            url: j.url,
            message_key: j.message_key,
            message: j.message,
        }
    }
}

use bbbkit::{redact_join_url as redact_url, REDACTED};

/// Writes `[redacted]` for a value, in `Debug` output.
struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// An optional value as Kotlin prints it: the value, or `null`.
struct Opt<'a, T>(&'a Option<T>);

impl<T: fmt::Display> fmt::Display for Opt<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(v) => v.fmt(f),
            None => f.write_str("null"),
        }
    }
}

/// The guest status as Kotlin and Swift name it: `Allow`, `Wait`, `Deny`, `Other(value=…)`.
struct Status<'a>(&'a GuestStatus);

impl fmt::Display for Status<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            GuestStatus::Allow => f.write_str("Allow"),
            GuestStatus::Wait => f.write_str("Wait"),
            GuestStatus::Deny => f.write_str("Deny"),
            GuestStatus::Other { value } => write!(f, "Other(value={value})"),
        }
    }
}

/// An optional password: `[redacted]`, or `null` when absent.
fn redact_opt(value: &Option<String>) -> Option<&'static str> {
    value.as_ref().map(|_| REDACTED)
}

/// The text of `toString()` and `description`: the data-class form, with the property names
/// of Kotlin and Swift, tokens redacted.
impl fmt::Display for Joined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Joined(meetingId={}, userId={}, authToken={REDACTED}, sessionToken={REDACTED}, \
             guestStatus={}, url={}, messageKey={}, message={})",
            self.meeting_id,
            self.user_id,
            Status(&self.guest_status),
            redact_url(&self.url, &self.session_token),
            self.message_key,
            self.message,
        )
    }
}

impl fmt::Debug for Joined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Joined")
            .field("meeting_id", &self.meeting_id)
            .field("user_id", &self.user_id)
            .field("auth_token", &Redacted)
            .field("session_token", &Redacted)
            .field("guest_status", &self.guest_status)
            .field("url", &redact_url(&self.url, &self.session_token))
            .field("message_key", &self.message_key)
            .field("message", &self.message)
            .finish()
    }
}

/// A successful `create` answer.
///
/// Its `toString()` (Kotlin) and `description` (Swift) show `[redacted]` for the meeting
/// passwords; the fields keep the values.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Display)]
pub struct Created {
    /// `meetingID`, the application's ID.
    pub meeting_id: String,
    /// `internalMeetingID`.
    pub internal_meeting_id: String,
    /// `parentMeetingID` (`bbb-none` for a meeting that is not a breakout room).
    pub parent_meeting_id: Option<String>,
    /// `attendeePW`.
    /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
    pub attendee_pw: Option<String>,
    /// `moderatorPW`.
    /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
    pub moderator_pw: Option<String>,
    /// `createTime` in milliseconds: pass it to the join request.
    pub create_time: i64,
    /// `voiceBridge`.
    pub voice_bridge: Option<String>,
    /// `dialNumber`.
    pub dial_number: Option<String>,
    /// `createDate`, as the server formats it.
    pub create_date: Option<String>,
    /// `hasUserJoined`; null when the server sent none.
    pub has_user_joined: Option<bool>,
    /// `duration` in minutes (0: unlimited).
    pub duration: Option<i64>,
    /// `hasBeenForciblyEnded`; null when the server sent none.
    pub has_been_forcibly_ended: Option<bool>,
    /// `messageKey`.
    pub message_key: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// Whether the meeting already existed (`messageKey` `duplicateWarning`).
    pub duplicate_warning: bool,
}

impl From<bbbkit::Created> for Created {
    fn from(c: bbbkit::Created) -> Self {
        Created {
            meeting_id: c.meeting_id,
            internal_meeting_id: c.internal_meeting_id,
            parent_meeting_id: c.parent_meeting_id,
            attendee_pw: c.attendee_pw,
            moderator_pw: c.moderator_pw,
            create_time: c.create_time,
            voice_bridge: c.voice_bridge,
            dial_number: c.dial_number,
            create_date: c.create_date,
            has_user_joined: c.has_user_joined,
            duration: c.duration,
            has_been_forcibly_ended: c.has_been_forcibly_ended,
            message_key: c.message_key,
            message: c.message,
            duplicate_warning: c.duplicate_warning,
        }
    }
}

/// The text of `toString()` and `description`, passwords redacted.
impl fmt::Display for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Created(meetingId={}, internalMeetingId={}, parentMeetingId={}, attendeePw={}, \
             moderatorPw={}, createTime={}, voiceBridge={}, dialNumber={}, createDate={}, \
             hasUserJoined={}, duration={}, hasBeenForciblyEnded={}, messageKey={}, message={}, \
             duplicateWarning={})",
            self.meeting_id,
            self.internal_meeting_id,
            Opt(&self.parent_meeting_id),
            Opt(&redact_opt(&self.attendee_pw)),
            Opt(&redact_opt(&self.moderator_pw)),
            self.create_time,
            Opt(&self.voice_bridge),
            Opt(&self.dial_number),
            Opt(&self.create_date),
            Opt(&self.has_user_joined),
            Opt(&self.duration),
            Opt(&self.has_been_forcibly_ended),
            Opt(&self.message_key),
            Opt(&self.message),
            self.duplicate_warning,
        )
    }
}

impl fmt::Debug for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Created")
            .field("meeting_id", &self.meeting_id)
            .field("internal_meeting_id", &self.internal_meeting_id)
            .field("parent_meeting_id", &self.parent_meeting_id)
            .field("attendee_pw", &self.attendee_pw.as_ref().map(|_| Redacted))
            .field(
                "moderator_pw",
                &self.moderator_pw.as_ref().map(|_| Redacted),
            )
            .field("create_time", &self.create_time)
            .field("voice_bridge", &self.voice_bridge)
            .field("dial_number", &self.dial_number)
            .field("create_date", &self.create_date)
            .field("has_user_joined", &self.has_user_joined)
            .field("duration", &self.duration)
            .field("has_been_forcibly_ended", &self.has_been_forcibly_ended)
            .field("message_key", &self.message_key)
            .field("message", &self.message)
            .field("duplicate_warning", &self.duplicate_warning)
            .finish()
    }
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
    body: Vec<u8>,
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Joined, BbbError> {
    Ok(options(max_size, max_depth)
        .parse_join_response(&body)?
        .into())
}

/// Parses the answer to a `create`. Limits as for [`parse_join_response`].
///
/// # Errors
///
/// As [`parse_join_response`].
#[uniffi::export(default(max_size = None, max_depth = None))]
pub fn parse_create_response(
    body: Vec<u8>,
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Created, BbbError> {
    Ok(options(max_size, max_depth)
        .parse_create_response(&body)?
        .into())
}

/// Parses the answer to any call into a tree. Limits as for [`parse_join_response`].
///
/// # Errors
///
/// As [`parse_join_response`].
#[uniffi::export(default(max_size = None, max_depth = None))]
pub fn parse_response(
    body: Vec<u8>,
    max_size: Option<u64>,
    max_depth: Option<u32>,
) -> Result<Arc<ApiResponse>, BbbError> {
    Ok(Arc::new(
        options(max_size, max_depth).parse_response(&body)?.into(),
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
