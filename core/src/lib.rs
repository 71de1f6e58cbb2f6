//! # bbbkit
//!
//! Build and sign BigBlueButton API URLs, the `join` URL first; verify incoming checksums;
//! parse the server's answers. bbbkit is *sans-IO*: it never opens a socket. Your HTTP stack
//! sends the URL; bbbkit makes sense of the bytes that come back.
//!
//! - **One encoding.** Space as `+`; only `A-Z a-z 0-9 - . _` stay raw, so no browser or proxy
//!   re-encodes the URL and breaks the checksum.
//! - **All four algorithms**, SHA-256 by default.
//! - **Validation before signing**: a URL the server would reject is never produced.
//! - **Server quirks handled**: `guest=false` is never sent, layouts use the spelling the
//!   client understands, `createTime` is an integer.
//! - **The secret** never appears in `Debug` output or errors and is wiped on drop.
//!
//! ## End to end
//!
//! ```
//! use bbbkit::{parse_join_response, Error, JoinRequest, MessageKey, Role, Server};
//!
//! // Once, at start-up.
//! let server = Server::new("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")?;
//!
//! // For each user: the URL to redirect the browser to.
//! let request = JoinRequest::new("physics-101", "Marie Curie", Role::Moderator)
//!     .create_time(1715261728123)
//!     .user_id("u-17");
//! let url = server.join_url(&request)?;
//! assert!(url.starts_with("https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101"));
//!
//! // Server-side join: ask for XML (`redirect=false`), send the URL with your HTTP client,
//! // then parse the answer.
//! let url = server.join_url(&request.clone().redirect(false))?;
//! # let _ = url;
//! let body = b"<response><returncode>FAILED</returncode>\
//!     <messageKey>mismatchCreateTimeParam</messageKey>\
//!     <message>The createTime parameter submitted mismatches with the current meeting.</message>\
//!     </response>";
//! match parse_join_response(body) {
//!     Ok(joined) => println!("open {}", joined.url),
//!     Err(Error::Api(e)) if e.key == MessageKey::MismatchCreateTimeParam => {
//!         println!("the meeting was restarted: create it again, then join");
//!     }
//!     Err(e) => return Err(e),
//! }
//!
//! // Checking a signed URL that reaches your application.
//! let verified = server.verify_url(&server.api_url("end", [("meetingID", "physics-101")])?)?;
//! assert_eq!(verified.params(), [("meetingID".to_string(), "physics-101".to_string())]);
//! # Ok::<(), bbbkit::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod algorithm;
mod answer_kind;
pub mod answers;
mod callback;
mod calls;
mod encode;
mod enums;
mod error;
mod integer;
mod invalid;
mod params;
mod parse;
mod secret;
mod server;
mod validate;
mod verify;

pub use algorithm::{checksum, Algorithm};
pub use answers::stream::parse_response;
pub use answers::{
    parse_answer_json, parse_create_response, parse_delete_recordings, parse_end,
    parse_hook_create, parse_hook_destroy, parse_hooks, parse_insert_document,
    parse_is_meeting_running, parse_join_response, parse_meeting_info, parse_meetings,
    parse_publish_recordings, parse_put_text_track, parse_recordings, parse_send_chat_message,
    parse_text_tracks, parse_update_recordings, Acknowledged, AnswerKind, Attendee, Created,
    DataFormat, Hook, HookCreated, HookDestroyed, Hooks, Joined, MeetingInfo, MeetingRunning,
    Meetings, Pagination, PlaybackFormat, PreviewImage, Recording, RecordingBreakout, Recordings,
    RecordingsDeleted, RecordingsPublished, RecordingsUpdated, TextTrack, TextTrackUploaded,
    TextTracks,
};
pub use callback::{
    AnalyticsToken, CallbackError, CallbackErrorKind, CallbackVerifier, EndCallback, JwtAlgorithm,
    RecordingReady, WebhookEvent, WebhookPost, WebhookScheme, WebhookSchemes,
    DEFAULT_CALLBACK_MAX_SIZE,
};
pub use calls::{
    ApiCall, ApiRequest, CreateRequest, DeleteRecordingsRequest, Document, DocumentSource,
    EndRequest, GetMeetingInfoRequest, GetMeetingsRequest, GetRecordingTextTracksRequest,
    GetRecordingsRequest, Group, HooksCreateRequest, HooksDestroyRequest, HooksListRequest,
    InsertDocumentRequest, IsMeetingRunningRequest, JoinRequest, Method, PluginManifest,
    PreparedRequest, PublishRecordingsRequest, PutRecordingTextTrackRequest,
    SendChatMessageRequest, UpdateRecordingsRequest, MODULES_CONTENT_TYPE,
};
pub use encode::{encode_component, QUERY_COMPONENT};
pub use enums::{Feature, FeatureName, GuestPolicy, Layout, RecordingState, Role, TextTrackKind};
pub use error::{
    ApiError, ApiErrorDetail, ApiErrorKind, Error, MessageKey, ParseError, Result, VerifyError,
};
pub use invalid::{InvalidParameter, Rule};
pub use params::{Param, ParamType};
pub use parse::{
    parse_error_redirect, redact_join_url, Element, GuestStatus, ParseOptions, Response,
    DEFAULT_MAX_DEPTH, DEFAULT_MAX_SIZE, JSON_MAX_DEPTH, REDACTED,
};
pub use server::Server;
pub use verify::{Verified, Verifier};

/// The version of bbbkit.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The repository README's Rust example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
