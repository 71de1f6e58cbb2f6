//! Enums and what the join request adds to its record, derived from the core's declarations.
//!
//! - [`Role`], [`Layout`] and the algorithm are the core's own types, exposed with
//!   `#[uniffi::remote(Enum)]`: no copy, no conversion. The restated variants are checked by
//!   the compiler (an added core variant breaks the build until it is listed here).
//! - [`JoinRequest`] is a record expanded from `join`'s block of [`bbbkit::for_each_call!`],
//!   like every other call's (`crate::calls`); here are its Rust constructor,
//!   `effective_auth` and the by-name helpers.

use bbbkit::{Algorithm, Layout, Role};

pub use crate::calls::JoinRequest;

/// A name and a value, in the order they go into the query.
///
/// A list of these (not a map) keeps the order, so the same input always gives the same URL.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct QueryParam {
    /// The parameter's name, as the BBB API spells it (for userdata: the key without
    /// `userdata-`).
    pub name: String,
    /// The value, unencoded.
    pub value: String,
}

impl QueryParam {
    /// A pair, for Rust callers.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        QueryParam {
            name: name.into(),
            value: value.into(),
        }
    }
}

pub(crate) fn pairs(params: Vec<QueryParam>) -> Vec<(String, String)> {
    params.into_iter().map(|p| (p.name, p.value)).collect()
}

pub(crate) fn params(pairs: Vec<(String, String)>) -> Vec<QueryParam> {
    pairs
        .into_iter()
        .map(|(name, value)| QueryParam { name, value })
        .collect()
}

/// A checksum algorithm that BigBlueButton accepts. SHA-256 is the default.
///
/// Named `ChecksumAlgorithm` in Kotlin and Swift (`Algorithm` is too generic a name there).
#[uniffi::remote(Enum)]
#[uniffi(name = "ChecksumAlgorithm")]
pub enum Algorithm {
    /// SHA-1: 40 hex digits. The only one that pre-2.5 servers know.
    Sha1,
    /// SHA-256: 64 hex digits. The default.
    Sha256,
    /// SHA-384: 96 hex digits.
    Sha384,
    /// SHA-512: 128 hex digits.
    Sha512,
}

/// The user's role in the meeting.
#[uniffi::remote(Enum)]
pub enum Role {
    /// `MODERATOR`.
    Moderator,
    /// `VIEWER`.
    Viewer,
}

/// A client layout for `enforceLayout` and `defaultLayout`.
#[uniffi::remote(Enum)]
pub enum Layout {
    /// `UNIFIED_LAYOUT`.
    UnifiedLayout,
    /// `CUSTOM_LAYOUT`.
    CustomLayout,
    /// `SMART_LAYOUT`.
    SmartLayout,
    /// `PRESENTATION_FOCUS`.
    PresentationFocus,
    /// `VIDEO_FOCUS`.
    VideoFocus,
    /// `CAMERAS_ONLY`.
    CamerasOnly,
    /// `PARTICIPANTS_AND_CHAT_ONLY` (the docs' `PARTICIPANTS_CHAT_ONLY`).
    ParticipantsAndChatOnly,
    /// `PRESENTATION_ONLY`.
    PresentationOnly,
    /// `MEDIA_ONLY`.
    MediaOnly,
}

/// Whether a guest may enter: the `guestStatus` of a join answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum GuestStatus {
    /// `ALLOW`: open the URL.
    Allow,
    /// `WAIT`: the guest waits for a moderator's decision.
    Wait,
    /// `DENY`.
    Deny,
    /// A status this version does not know, as the server sent it.
    Other {
        /// The status text.
        value: String,
    },
}

impl From<bbbkit::GuestStatus> for GuestStatus {
    fn from(g: bbbkit::GuestStatus) -> Self {
        match g {
            bbbkit::GuestStatus::Allow => GuestStatus::Allow,
            bbbkit::GuestStatus::Wait => GuestStatus::Wait,
            bbbkit::GuestStatus::Deny => GuestStatus::Deny,
            other => GuestStatus::Other {
                value: other.as_str().to_owned(),
            },
        }
    }
}

impl JoinRequest {
    /// A request with a meeting ID and a name and nothing else set, for Rust callers.
    pub fn new(meeting_id: impl Into<String>, full_name: impl Into<String>) -> Self {
        let mut j = bbbkit::JoinRequest::default();
        j.meeting_id = meeting_id.into();
        j.full_name = full_name.into();
        j.into()
    }
}

#[uniffi::export]
impl JoinRequest {
    /// The `auth` value the server will see: `auth` if set, else `!guest`.
    pub fn effective_auth(&self) -> bool {
        bbbkit::JoinRequest::from(self.clone()).effective_auth()
    }
}

/// A join request from parameters named and written as in the BBB API (`meetingID`,
/// `role` = `viewer`, `createTime` = `1715261728123`, `guest` = `true`, `userdata-KEY`, or
/// anything else as an extra parameter), in order. For applications that hold a join as
/// name/value strings: a form, a configuration file, an LMS's settings.
///
/// # Errors
///
/// [`BbbError::InvalidParameter`](crate::BbbError::InvalidParameter) naming the parameter for
/// a declared one given twice, a value that does not convert (`role`, a layout, `createTime`,
/// a boolean), or `checksum`. Everything else is checked when the URL is signed.
#[uniffi::export]
pub fn join_request_from_params(params: Vec<QueryParam>) -> Result<JoinRequest, crate::BbbError> {
    let core = bbbkit::JoinRequest::from_params(params.iter().map(|p| (&p.name, &p.value)))?;
    Ok(core.into())
}

/// The BBB names of the `join` call's declared parameters (`meetingID`, `fullName`, `role`, …,
/// and the `userdata-` prefix), in the order the URL emits them: the names
/// [`join_request_from_params`] converts.
#[uniffi::export]
pub fn join_parameter_names() -> Vec<String> {
    bbbkit::JoinRequest::PARAMETERS
        .iter()
        .map(|p| p.name.to_owned())
        .collect()
}
