//! Every declared API call as a record, and the server methods that sign them.
//!
//! - One record per call ([`CreateRequest`], [`GetRecordingsRequest`], …), expanded from the
//!   rows of [`bbbkit::for_each_call!`]: its fields, their types, defaults and docs, and both
//!   conversions. A parameter added to the core appears here, in Kotlin and in Swift with no
//!   edit in this crate.
//! - A field's type is the core's, except where the core's type cannot cross the FFI: `meta`
//!   is a map ([`HashMap`], sent in key order, since a Swift dictionary has no order),
//!   `groups`, `pluginManifests` and the documents are the records below, and
//!   `disabledFeatures` is a list of [`Feature`] (whose `Newer` variant is the escape hatch).
//! - [`Server`] gets `prepare_<call>` and `<call>_url` per call (Kotlin `prepareCreate`,
//!   `createUrl`), named in [`server_calls!`]: a call added to the core fails to build here
//!   until it has its two names. [`Server::prepare_by_name`] takes any call as name/value
//!   strings.

use std::collections::HashMap;

use bbbkit::{GuestPolicy, RecordingState, TextTrackKind};

use crate::convert::{pairs, params, QueryParam};
use crate::error::BbbError;
use crate::server::Server;

/// Who may join as a guest (`guestPolicy` of `create`).
#[uniffi::remote(Enum)]
pub enum GuestPolicy {
    /// `ALWAYS_ACCEPT` (the server's default).
    AlwaysAccept,
    /// `ALWAYS_DENY`.
    AlwaysDeny,
    /// `ASK_MODERATOR`.
    AskModerator,
    /// `ALWAYS_ACCEPT_AUTH`: authenticated guests enter, the others wait.
    AlwaysAcceptAuth,
}

/// A recording's state, for the `state` filter of `getRecordings`.
#[uniffi::remote(Enum)]
pub enum RecordingState {
    /// `processing`.
    Processing,
    /// `processed`.
    Processed,
    /// `published`.
    Published,
    /// `unpublished`.
    Unpublished,
    /// `deleted`.
    Deleted,
    /// `any`: every state.
    Any,
}

/// The `kind` of a text track uploaded with `putRecordingTextTrack`.
#[uniffi::remote(Enum)]
pub enum TextTrackKind {
    /// `subtitles`.
    Subtitles,
    /// `captions`.
    Captions,
}

/// The core's `Feature`, expanded from the same rows (`bbbkit::for_each_feature!`), plus
/// `Newer`, so `disabledFeatures` takes one list.
macro_rules! feature_enum {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $spelling:literal), )*) => {
        /// A client feature for `disabledFeatures` and `disabledFeaturesExclude`: one that
        /// bbbkit knows, or `Newer` for one added to BigBlueButton after this version (a
        /// letter, then letters and digits, sent as given). Its text (`toString()`,
        /// `description`) is the value as sent, `newer:NAME` for a newer one.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
        #[uniffi::export(Display)]
        pub enum Feature {
            $( $(#[$doc])* $variant, )*
            /// A feature newer than this version of bbbkit.
            Newer {
                /// The feature's name as the client spells it (`whiteboardAi`).
                name: String,
            },
        }

        impl From<Feature> for bbbkit::FeatureName {
            fn from(f: Feature) -> Self {
                match f {
                    $( Feature::$variant => bbbkit::FeatureName::Known(bbbkit::Feature::$variant), )*
                    Feature::Newer { name } => bbbkit::FeatureName::Newer(name),
                }
            }
        }

        impl From<bbbkit::FeatureName> for Feature {
            fn from(f: bbbkit::FeatureName) -> Self {
                match f {
                    bbbkit::FeatureName::Known(k) => match k {
                        $( bbbkit::Feature::$variant => Feature::$variant, )*
                    },
                    bbbkit::FeatureName::Newer(name) => Feature::Newer { name },
                }
            }
        }
    };
}

bbbkit::for_each_feature!(feature_enum);

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&bbbkit::FeatureName::from(self.clone()), f)
    }
}

/// A group of users for breakout-room pre-assignment (`groups` of `create`, BBB 2.5+). The
/// core's `Group`, named so that it never meets SwiftUI's `Group`.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct BreakoutGroup {
    /// The group's ID (required).
    pub id: String,
    /// Its display name.
    #[uniffi(default = None)]
    pub name: Option<String>,
    /// The external user IDs assigned to it.
    #[uniffi(default)]
    pub roster: Vec<String>,
}

impl From<BreakoutGroup> for bbbkit::Group {
    fn from(g: BreakoutGroup) -> Self {
        let mut core = bbbkit::Group::new(g.id);
        core.name = g.name;
        core.roster = g.roster;
        core
    }
}

impl From<bbbkit::Group> for BreakoutGroup {
    fn from(g: bbbkit::Group) -> Self {
        BreakoutGroup {
            id: g.id,
            name: g.name,
            roster: g.roster,
        }
    }
}

/// A client plugin for the meeting (`pluginManifests` of `create`, BBB 3.0).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct PluginManifest {
    /// The manifest's http(s) URL.
    pub url: String,
    /// The manifest's checksum, when the server should check it.
    #[uniffi(default = None)]
    pub checksum: Option<String>,
}

impl From<PluginManifest> for bbbkit::PluginManifest {
    fn from(p: PluginManifest) -> Self {
        let mut core = bbbkit::PluginManifest::new(p.url);
        core.checksum = p.checksum;
        core
    }
}

impl From<bbbkit::PluginManifest> for PluginManifest {
    fn from(p: bbbkit::PluginManifest) -> Self {
        PluginManifest {
            url: p.url,
            checksum: p.checksum,
        }
    }
}

/// Where a document's bytes come from.
#[derive(Clone, PartialEq, Eq, uniffi::Enum)]
pub enum DocumentSource {
    /// The server downloads it from this http(s) URL.
    Url {
        /// The document's URL.
        url: String,
    },
    /// The bytes themselves, sent base64-encoded in the body; give the document a `filename`.
    Content {
        /// The file's bytes.
        bytes: Vec<u8>,
    },
}

impl std::fmt::Debug for DocumentSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentSource::Url { url } => f.debug_struct("Url").field("url", url).finish(),
            DocumentSource::Content { bytes } => write!(f, "Content({} bytes)", bytes.len()),
        }
    }
}

/// A presentation document of a `create` or `insertDocument` body. The body is not signed
/// (the checksum covers the URL only): send it over HTTPS.
///
/// The flags default to what the server does when they are absent: not current, not
/// downloadable, removable.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Document {
    /// The URL or the bytes.
    pub source: DocumentSource,
    /// The file name the server takes the type from (`slides.pdf`); required for bytes.
    #[uniffi(default = None)]
    pub filename: Option<String>,
    /// Show this document first.
    #[uniffi(default = false)]
    pub current: bool,
    /// Users may download it.
    #[uniffi(default = false)]
    pub downloadable: bool,
    /// Presenters may remove it.
    #[uniffi(default = true)]
    pub removable: bool,
}

impl From<Document> for bbbkit::Document {
    fn from(d: Document) -> Self {
        let mut core = match d.source {
            DocumentSource::Url { url } => bbbkit::Document::url(url),
            DocumentSource::Content { bytes } => bbbkit::Document::content("", bytes),
        };
        core.filename = d.filename;
        core.current = d.current;
        core.downloadable = d.downloadable;
        core.removable = d.removable;
        core
    }
}

impl From<bbbkit::Document> for Document {
    fn from(d: bbbkit::Document) -> Self {
        let source = match d.source {
            bbbkit::DocumentSource::Url(url) => DocumentSource::Url { url },
            bbbkit::DocumentSource::Content(bytes) => DocumentSource::Content { bytes },
            // The core's enum is non-exhaustive; a later source has no bytes here.
            _ => DocumentSource::Content { bytes: Vec::new() },
        };
        Document {
            source,
            filename: d.filename,
            current: d.current,
            downloadable: d.downloadable,
            removable: d.removable,
        }
    }
}

/// How a call is sent. Its text (`toString()`, `description`) is `GET` or `POST`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
#[uniffi::export(Display)]
pub enum HttpMethod {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
        })
    }
}

impl From<bbbkit::Method> for HttpMethod {
    fn from(m: bbbkit::Method) -> Self {
        match m {
            bbbkit::Method::Get => HttpMethod::Get,
            // The core's enum is non-exhaustive; every other method carries a body.
            _ => HttpMethod::Post,
        }
    }
}

/// A call ready to send: bbbkit never sends it, your HTTP client does.
///
/// - `GET` calls: request `url`, no body.
/// - `create` with documents or a client-settings override, `insertDocument`: `POST` `body`
///   to `url` with `Content-Type: contentType` (`application/xml`).
/// - `putRecordingTextTrack`: `POST` to `url` as `multipart/form-data` (your client adds the
///   boundary), the track's file in the field `fileField` (`file`); `body` is null.
///
/// The body is not covered by the checksum (the server signs the URL's query only).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct PreparedRequest {
    /// The HTTP method.
    pub method: HttpMethod,
    /// The signed URL.
    pub url: String,
    /// The body, when the call sends one.
    pub body: Option<Vec<u8>>,
    /// The body's `Content-Type`, or `multipart/form-data` for an upload.
    pub content_type: Option<String>,
    /// For an upload: the multipart field that carries the file.
    pub file_field: Option<String>,
}

impl From<bbbkit::PreparedRequest> for PreparedRequest {
    fn from(p: bbbkit::PreparedRequest) -> Self {
        PreparedRequest {
            method: p.method.into(),
            url: p.url,
            body: p.body,
            content_type: p.content_type.map(str::to_owned),
            file_field: p.file_field.map(str::to_owned),
        }
    }
}

/// A field's value on its way to the core: the same type for most fields, a conversion for
/// the few whose core type cannot cross the FFI.
pub(crate) trait IntoCore<C> {
    fn into_core(self) -> C;
}

/// A field's value on its way back from the core.
pub(crate) trait FromCore<C> {
    fn from_core(core: C) -> Self;
}

impl<T> IntoCore<T> for T {
    fn into_core(self) -> T {
        self
    }
}

impl<T> FromCore<T> for T {
    fn from_core(core: T) -> T {
        core
    }
}

/// `meta`: a map crosses, the core keeps pairs. Sent in key order, so the same map always
/// gives the same URL.
impl IntoCore<Vec<(String, String)>> for HashMap<String, String> {
    fn into_core(self) -> Vec<(String, String)> {
        let mut pairs: Vec<_> = self.into_iter().collect();
        pairs.sort_unstable();
        pairs
    }
}

/// `meta` back from the core: a later pair with the same key wins.
impl FromCore<Vec<(String, String)>> for HashMap<String, String> {
    fn from_core(core: Vec<(String, String)>) -> Self {
        core.into_iter().collect()
    }
}

/// `userdata`: ordered pairs cross as they are, in the order given.
impl IntoCore<Vec<(String, String)>> for Vec<QueryParam> {
    fn into_core(self) -> Vec<(String, String)> {
        pairs(self)
    }
}

impl FromCore<Vec<(String, String)>> for Vec<QueryParam> {
    fn from_core(core: Vec<(String, String)>) -> Self {
        params(core)
    }
}

/// The lists whose items are records or enums of this crate.
macro_rules! list_conversions {
    ($($ours:ty => $core:ty),* $(,)?) => {$(
        impl IntoCore<Vec<$core>> for Vec<$ours> {
            fn into_core(self) -> Vec<$core> {
                self.into_iter().map(Into::into).collect()
            }
        }
        impl FromCore<Vec<$core>> for Vec<$ours> {
            fn from_core(core: Vec<$core>) -> Self {
                core.into_iter().map(Into::into).collect()
            }
        }
    )*};
}

list_conversions! {
    BreakoutGroup => bbbkit::Group,
    PluginManifest => bbbkit::PluginManifest,
    Document => bbbkit::Document,
    Feature => bbbkit::FeatureName,
}

/// Normalises the core's rows of one call (a tt-muncher), then emits its record.
///
/// A row is `(field, "bbbName", Kind, FieldType, [default], [rule], "doc")`. The kind picks
/// the type that crosses the FFI (the core's own, or a map or a list of this crate's records)
/// and the default: `[None]` and `[false]` as written; the optional lists default to empty;
/// an empty `[]` on any other kind makes the field required.
macro_rules! call_record {
    (@rows $head:tt [$($done:tt)*]) => {
        call_record! { @emit $head $($done)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, Meta, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (HashMap<String, String>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, Userdata, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (Vec<QueryParam>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, MetaFilter, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (HashMap<String, String>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, Groups, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (Vec<BreakoutGroup>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, PluginManifests, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (Vec<PluginManifest>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, Features, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (Vec<Feature>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, Documents, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (Vec<Document>), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, RequiredDocuments, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, (Vec<Document>), [], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, IdList, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, ($fty), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, States, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, ($fty), [#[uniffi(default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, $kind:ident, $fty:ty, [$default:tt], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, ($fty), [#[uniffi(default = $default)]], $doc}] $($rest)* }
    };
    (@rows $head:tt [$($done:tt)*] ($field:ident, $name:literal, $kind:ident, $fty:ty, [], [$($r:tt)*], $doc:literal) $($rest:tt)*) => {
        call_record! { @rows $head [$($done)* {$field, $name, ($fty), [], $doc}] $($rest)* }
    };
    (@emit [$ty:ident, $call:literal, $tydoc:literal]
        $( {$field:ident, $name:literal, ($fty:ty), [$($attr:tt)*], $doc:literal} )*
    ) => {
        // UniFFI reads literal docs only (no `concat!`): the call's doc, then its name.
        #[doc = $tydoc]
        #[doc = ""]
        #[doc = "BBB call:"]
        #[doc = $call]
        #[doc = ""]
        #[doc = "The fields are the rows of the core's `for_each_call!`, in the order the URL"]
        #[doc = "emits them, then `extra`. Nothing is checked until the server signs it."]
        #[doc = ""]
        #[doc = "Its text (`toString()`, `description`) is the core's `Debug` form, with"]
        #[doc = "`[redacted]` for a meeting password."]
        #[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
        #[uniffi::export(Display)]
        pub struct $ty {
            $(
                #[doc = $doc]
                #[doc = ""]
                #[doc = "BBB parameter:"]
                #[doc = $name]
                $($attr)*
                pub $field: $fty,
            )*
            /// Parameters newer than bbbkit, sent as given after the declared ones, in order.
            /// A name may not shadow a declared one (in any case) or `checksum`.
            #[uniffi(default)]
            pub extra: Vec<QueryParam>,
        }

        impl From<$ty> for bbbkit::$ty {
            #[allow(unused_variables)]
            fn from(r: $ty) -> Self {
                let mut core = bbbkit::$ty::default();
                $( core.$field = IntoCore::into_core(r.$field); )*
                core.extra = pairs(r.extra);
                core
            }
        }

        impl From<bbbkit::$ty> for $ty {
            fn from(core: bbbkit::$ty) -> Self {
                $ty {
                    $( $field: FromCore::from_core(core.$field), )*
                    extra: params(core.extra),
                }
            }
        }

        impl CallRecord for $ty {}

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(&bbbkit::$ty::from(self.clone()), f)
            }
        }
    };
}

/// A record expanded from a `for_each_call!` row: for the check that [`server_calls!`]
/// names each one.
trait CallRecord {}

/// Implemented by [`server_calls!`] for each record it gives methods.
trait HasServerMethods {}

fn has_server_methods<T: CallRecord + HasServerMethods>() {}

macro_rules! call_records {
    ($( [$ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal] { $($rows:tt)* } )*) => {
        $(
            call_record! { @rows [$ty, $call, $tydoc] [] $($rows)* }
            // A call without `prepare_…`/`…_url` names in `server_calls!` stops the build here.
            const _: fn() = has_server_methods::<$ty>;
        )*
    };
}

bbbkit::for_each_call!(call_records);

/// The two methods of each call on [`Server`]. Names only: the call, its parameters and its
/// body come from the core. Each doc line names the call in Kotlin (`createUrl`).
macro_rules! server_calls {
    ($( $ty:ident => $prepare:ident, $url:ident; )*) => {
        #[uniffi::export]
        impl Server {
            $(
                /// Method, signed URL and, for a `POST`, the body and its `Content-Type`.
                ///
                /// # Errors
                ///
                /// [`BbbError::InvalidParameter`] naming the first parameter that breaks a
                /// rule (documents and the client-settings JSON included).
                pub fn $prepare(&self, request: $ty) -> Result<PreparedRequest, BbbError> {
                    Ok(self.inner.prepare(&bbbkit::$ty::from(request))?.into())
                }

                /// The signed URL. A call with a body (`create` with documents,
                /// `insertDocument`, `putRecordingTextTrack`) needs the prepare method, which
                /// gives the body too.
                ///
                /// # Errors
                ///
                /// [`BbbError::InvalidParameter`] naming the first parameter that breaks a
                /// rule.
                pub fn $url(&self, request: $ty) -> Result<String, BbbError> {
                    Ok(self.inner.url(&bbbkit::$ty::from(request))?)
                }
            )*
        }

        $( impl HasServerMethods for $ty {} )*
    };
}

server_calls! {
    JoinRequest => prepare_join, join_url;
    CreateRequest => prepare_create, create_url;
    EndRequest => prepare_end, end_url;
    IsMeetingRunningRequest => prepare_is_meeting_running, is_meeting_running_url;
    GetMeetingInfoRequest => prepare_get_meeting_info, get_meeting_info_url;
    GetMeetingsRequest => prepare_get_meetings, get_meetings_url;
    GetRecordingsRequest => prepare_get_recordings, get_recordings_url;
    PublishRecordingsRequest => prepare_publish_recordings, publish_recordings_url;
    DeleteRecordingsRequest => prepare_delete_recordings, delete_recordings_url;
    UpdateRecordingsRequest => prepare_update_recordings, update_recordings_url;
    GetRecordingTextTracksRequest => prepare_get_recording_text_tracks, get_recording_text_tracks_url;
    PutRecordingTextTrackRequest => prepare_put_recording_text_track, put_recording_text_track_url;
    InsertDocumentRequest => prepare_insert_document, insert_document_url;
    SendChatMessageRequest => prepare_send_chat_message, send_chat_message_url;
    HooksCreateRequest => prepare_hooks_create, hooks_create_url;
    HooksDestroyRequest => prepare_hooks_destroy, hooks_destroy_url;
    HooksListRequest => prepare_hooks_list, hooks_list_url;
}

#[uniffi::export]
impl Server {
    /// Any declared call (`join` too), its parameters named and written as in the BBB API,
    /// set in order: booleans `true`/`false`, lists comma-separated, enums in any case,
    /// `meta_KEY` (added), `groups` and `pluginManifests` as JSON arrays, `document` as JSON
    /// (added), a newer feature as `newer:NAME`, anything else as an extra parameter. For
    /// applications that hold a call as strings: a form, a configuration file. `extra` adds
    /// parameters newer than bbbkit after them, never read as declared ones: a name that
    /// shadows a declared parameter (in any case), a declared prefix or `checksum` is refused
    /// (rule `reserved`).
    ///
    /// # Errors
    ///
    /// [`BbbError::InvalidParameter`] naming `call` (rule `one_of`) for a call bbbkit does
    /// not declare (use `apiUrl` for those), or the parameter whose value does not convert or
    /// breaks a rule.
    #[uniffi::method(default(params = [], extra = []))]
    pub fn prepare_by_name(
        &self,
        call: String,
        params: Vec<QueryParam>,
        extra: Vec<QueryParam>,
    ) -> Result<PreparedRequest, BbbError> {
        let mut request = bbbkit::ApiRequest::new(&call)?;
        for p in &params {
            request.set(&p.name, &p.value)?;
        }
        for p in &extra {
            request.add_param(&p.name, &p.value);
        }
        Ok(self.inner.prepare_request(&request)?.into())
    }
}

/// One declared parameter of a call, for applications that build forms or check input.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ApiParameter {
    /// The name as the BBB API spells it (`meetingID`); `meta_` for the metadata pairs.
    pub name: String,
    /// The field in snake case (`meeting_id`): the record's field is its camel case.
    pub field: String,
    /// The value's type: `text`, `url`, `boolean`, `integer`, `list`, `meta`, `documents`, …
    pub value_type: String,
    /// Whether the call needs it.
    pub required: bool,
    /// The codes of the rules its value must follow (`required`, `no_comma`, …).
    pub rules: Vec<String>,
    /// A boolean sent only when true.
    pub only_when_true: bool,
    /// The parameters (BBB names) without which this one is refused.
    pub requires: Vec<String>,
    /// Sent in the body, not in the signed query.
    pub in_body: bool,
    /// Another parameter (BBB name) that may stand in for this required one.
    pub alternative: Option<String>,
    /// What it does, in one sentence.
    pub doc: String,
}

impl From<&bbbkit::Param> for ApiParameter {
    fn from(p: &bbbkit::Param) -> Self {
        ApiParameter {
            name: p.name.to_owned(),
            field: p.field.to_owned(),
            value_type: p.ty.as_str().to_owned(),
            required: p.required,
            rules: p.rules.iter().map(|r| r.code().to_owned()).collect(),
            only_when_true: p.only_when_true,
            requires: p.requires_all.iter().map(|&n| n.to_owned()).collect(),
            in_body: p.in_body,
            alternative: p.alternative.map(str::to_owned),
            doc: p.doc.to_owned(),
        }
    }
}

/// Every call bbbkit declares, as the API spells them: `join` first, then `create`, `end`, …,
/// `hooks/list`.
#[uniffi::export]
pub fn api_call_names() -> Vec<String> {
    bbbkit::ApiRequest::CALLS
        .iter()
        .map(|&c| c.to_owned())
        .collect()
}

/// The declared parameters of `call`, in the order the URL emits them.
///
/// # Errors
///
/// [`BbbError::InvalidParameter`] naming `call` (rule `one_of`) for a call bbbkit does not
/// declare.
#[uniffi::export]
pub fn api_parameters(call: String) -> Result<Vec<ApiParameter>, BbbError> {
    // The same list as `ApiRequest::new`: its error names `call` and lists the calls.
    bbbkit::ApiRequest::new(&call)?;
    Ok(bbbkit::ApiRequest::parameters_of(&call)
        .unwrap_or_default()
        .iter()
        .map(ApiParameter::from)
        .collect())
}
