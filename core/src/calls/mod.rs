//! Every API call, each declared once: its name, HTTP method, body, and the rows of its
//! parameters. One file per concern:
//!
//! - `table`: [`for_each_call!`](crate::for_each_call), the declaration of every call,
//!   `join` first;
//! - `call`: [`ApiCall`], which every typed request implements, [`Method`] and
//!   [`PreparedRequest`];
//! - `requests`: the typed requests expanded from the table ([`JoinRequest`] included), and
//!   their constructors;
//! - `join`: what [`JoinRequest`] adds: its constructors and `effective_auth`;
//! - `any`: [`ApiRequest`], any declared call built by name;
//! - `kinds`: the kinds of the calls' parameters (the shared string, boolean and enum kinds
//!   are in `params`);
//! - `values`: [`Group`] and [`PluginManifest`];
//! - `modules`: the `<modules>` XML body and its [`Document`]s.
//!
//! [`Server`](crate::Server)'s methods that sign a call live with `Server`.

mod any;
mod call;
mod join;
mod kinds;
mod modules;
mod requests;
mod table;
mod values;

pub use any::ApiRequest;
pub(crate) use any::WithCall;
pub use call::{ApiCall, Method, PreparedRequest};
pub use modules::{Document, DocumentSource, MODULES_CONTENT_TYPE};
pub use requests::{
    CreateRequest, DeleteRecordingsRequest, EndRequest, GetMeetingInfoRequest, GetMeetingsRequest,
    GetRecordingTextTracksRequest, GetRecordingsRequest, HooksCreateRequest, HooksDestroyRequest,
    HooksListRequest, InsertDocumentRequest, IsMeetingRunningRequest, JoinRequest,
    PublishRecordingsRequest, PutRecordingTextTrackRequest, SendChatMessageRequest,
    UpdateRecordingsRequest,
};
pub use values::{Group, PluginManifest};
