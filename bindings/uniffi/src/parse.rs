//! The server's answers: parse functions and the records they return.

use crate::convert::GuestStatus;
use crate::error::BbbError;

/// One error as the server reports it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ApiErrorDetail {
    /// The `messageKey`, as the server spells it (`checksumError`, `Params required`).
    pub key: String,
    /// The human-readable message, as sent (may be empty).
    pub message: String,
}

impl From<bbbkit::ApiErrorDetail> for ApiErrorDetail {
    fn from(d: bbbkit::ApiErrorDetail) -> Self {
        ApiErrorDetail {
            key: d.key.as_str().to_owned(),
            message: d.message,
        }
    }
}

/// The errors of a `?errors=` redirect (what `errorRedirectUrl` receives).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ErrorRedirect {
    /// The first error's key.
    pub key: String,
    /// The first error's message.
    pub message: String,
    /// Every error, in order; never empty.
    pub errors: Vec<ApiErrorDetail>,
}

/// A successful `join` answer (`redirect=false`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Joined {
    /// `meeting_id`.
    pub meeting_id: String,
    /// `user_id`: the server's internal user ID.
    pub user_id: String,
    /// `auth_token`.
    pub auth_token: String,
    /// `session_token`.
    pub session_token: String,
    /// `guestStatus`; `Allow` when the server sends none.
    pub guest_status: GuestStatus,
    /// `url`: where to send the browser.
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

/// A successful `create` answer.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Created {
    /// `meetingID`, the application's ID.
    pub meeting_id: String,
    /// `internalMeetingID`.
    pub internal_meeting_id: String,
    /// `parentMeetingID` (`bbb-none` for a meeting that is not a breakout room).
    pub parent_meeting_id: Option<String>,
    /// `attendeePW`.
    pub attendee_pw: Option<String>,
    /// `moderatorPW`.
    pub moderator_pw: Option<String>,
    /// `createTime` in milliseconds: pass it to the join request.
    pub create_time: i64,
    /// `voiceBridge`.
    pub voice_bridge: Option<String>,
    /// `dialNumber`.
    pub dial_number: Option<String>,
    /// `createDate`, as the server formats it.
    pub create_date: Option<String>,
    /// `hasUserJoined`.
    pub has_user_joined: bool,
    /// `duration` in minutes (0: unlimited).
    pub duration: Option<i64>,
    /// `hasBeenForciblyEnded`.
    pub has_been_forcibly_ended: bool,
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

/// One XML element of a response: its name, its text and its child elements.
#[derive(Clone, Debug, Default, PartialEq, Eq, uniffi::Record)]
pub struct ResponseElement {
    /// The element's name.
    pub name: String,
    /// Its text, with entities decoded (empty for an element with children).
    pub text: String,
    /// Its child elements, in document order.
    pub children: Vec<ResponseElement>,
}

impl From<bbbkit::Element> for ResponseElement {
    fn from(e: bbbkit::Element) -> Self {
        ResponseElement {
            name: e.name,
            text: e.text,
            children: e.children.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<ResponseElement> for bbbkit::Element {
    fn from(e: ResponseElement) -> Self {
        bbbkit::Element {
            name: e.name,
            text: e.text,
            children: e.children.into_iter().map(Into::into).collect(),
        }
    }
}

#[uniffi::export]
impl ResponseElement {
    /// The text of the first child element with this name, if any.
    pub fn child_text(&self, name: String) -> Option<String> {
        bbbkit::Element::from(self.clone())
            .child_text(&name)
            .map(str::to_owned)
    }
}

/// A successful answer to any call, as a tree under `<response>`.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ApiResponse {
    /// `messageKey`, if present and not empty.
    pub message_key: Option<String>,
    /// `message`, if present and not empty.
    pub message: Option<String>,
    /// The `<response>` element.
    pub root: ResponseElement,
}

#[uniffi::export]
impl ApiResponse {
    /// The text of a top-level element (`running`, `meetingID`), if present.
    pub fn get(&self, name: String) -> Option<String> {
        self.root.child_text(name)
    }
}

impl From<bbbkit::Response> for ApiResponse {
    fn from(r: bbbkit::Response) -> Self {
        ApiResponse {
            message_key: r.message_key,
            message: r.message,
            root: r.root.into(),
        }
    }
}

fn options(max_size: Option<u64>) -> bbbkit::ParseOptions {
    let options = bbbkit::ParseOptions::default();
    match max_size {
        Some(n) => options.max_size(usize::try_from(n).unwrap_or(usize::MAX)),
        None => options,
    }
}

/// Parses the answer to a `join` with `redirect=false`. `max_size` limits the input's size
/// in bytes (default 4 MiB).
///
/// # Errors
///
/// [`BbbError::Api`] when the server answered `FAILED`; [`BbbError::Parse`] for bytes that are
/// not a join answer.
#[uniffi::export(default(max_size = None))]
pub fn parse_join_response(body: Vec<u8>, max_size: Option<u64>) -> Result<Joined, BbbError> {
    Ok(options(max_size).parse_join_response(&body)?.into())
}

/// Parses the answer to a `create`.
///
/// # Errors
///
/// As [`parse_join_response`].
#[uniffi::export(default(max_size = None))]
pub fn parse_create_response(body: Vec<u8>, max_size: Option<u64>) -> Result<Created, BbbError> {
    Ok(options(max_size).parse_create_response(&body)?.into())
}

/// Parses the answer to any call into a generic tree.
///
/// # Errors
///
/// As [`parse_join_response`].
#[uniffi::export(default(max_size = None))]
pub fn parse_response(body: Vec<u8>, max_size: Option<u64>) -> Result<ApiResponse, BbbError> {
    Ok(options(max_size).parse_response(&body)?.into())
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
        key: e.key.as_str().to_owned(),
        message: e.message,
        errors: e.errors.into_iter().map(Into::into).collect(),
    })
}
