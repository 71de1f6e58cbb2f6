//! Every API call besides `join`, each declared once in [`for_each_call!`]: its name, HTTP
//! method, body, and the rows of its parameters. The typed requests ([`CreateRequest`],
//! [`GetRecordingsRequest`], …), their setters, validation, query writing, `set`/`from_params`,
//! reserved names and `PARAMETERS` lists, and the name-driven [`ApiRequest`] are expanded from
//! those rows.
//!
//! [`for_each_call!`]: crate::for_each_call

use std::fmt;
use std::str::FromStr;

use crate::error::{InvalidParameter, Result, Rule};
use crate::join::{bbb_name, string_enum, Layout};
use crate::modules::{check_client_settings, modules_body, Document, MODULES_CONTENT_TYPE};
use crate::params::{
    boolean, checks, optional_string_kind, required_string_kind, seen_by_server, Kind, Param,
    ParamType, Query,
};
use crate::server::Server;
use crate::validate::{check_http_url, check_no_control, first_repeat};
use crate::JoinRequest;

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
    bytes: Option<Vec<u8>>,
    content_type: &'static str,
    file_field: Option<&'static str>,
}

/// What every typed request of the API offers: the call's name and method, its query and its
/// body. [`Server::url`] and [`Server::prepare`] take any of them.
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
        let mut url = String::with_capacity(self.base_url().len() + C::CALL.len() + 256);
        url.push_str(self.base_url());
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
        request.prepare(self)
    }
}

/// `FromStr` for a string enum: its spellings in any case, surrounding white space ignored.
macro_rules! from_str_any_case {
    ($name:ident, $param:literal) => {
        impl FromStr for $name {
            type Err = InvalidParameter;
            #[doc = concat!("Case-insensitive, as on the server. The error names `", $param, "`.")]
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let s = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| InvalidParameter::new($param, Rule::OneOf($name::SPELLINGS)))
            }
        }
    };
}

/// Whether a field holds a value that will be sent.
trait IsSet {
    fn is_set(&self) -> bool;
}
impl<T> IsSet for Option<T> {
    fn is_set(&self) -> bool {
        self.is_some()
    }
}
impl IsSet for bool {
    fn is_set(&self) -> bool {
        *self
    }
}
impl<T> IsSet for Vec<T> {
    fn is_set(&self) -> bool {
        !self.is_empty()
    }
}
impl IsSet for String {
    fn is_set(&self) -> bool {
        !self.is_empty()
    }
}

string_enum! {
    /// Who may join as a guest (`guestPolicy` of `create`). The server does not check it: any
    /// other value is stored and then denies every guest, so bbbkit only sends these four.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::GuestPolicy;
    /// assert_eq!("ask-moderator".parse::<GuestPolicy>()?, GuestPolicy::AskModerator);
    /// assert_eq!(GuestPolicy::AlwaysAcceptAuth.as_str(), "ALWAYS_ACCEPT_AUTH");
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    pub enum GuestPolicy {
        /// `ALWAYS_ACCEPT` (the server's default).
        AlwaysAccept = (1, "ALWAYS_ACCEPT"),
        /// `ALWAYS_DENY`.
        AlwaysDeny = (2, "ALWAYS_DENY"),
        /// `ASK_MODERATOR`.
        AskModerator = (3, "ASK_MODERATOR"),
        /// `ALWAYS_ACCEPT_AUTH`: authenticated guests enter, the others wait.
        AlwaysAcceptAuth = (4, "ALWAYS_ACCEPT_AUTH"),
    }
}

impl FromStr for GuestPolicy {
    type Err = InvalidParameter;
    /// Case-insensitive; `-` and space count as `_`. The error names `guestPolicy`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = normalize_upper(s);
        GuestPolicy::ALL
            .iter()
            .copied()
            .find(|p| p.as_str() == norm)
            .ok_or_else(|| {
                InvalidParameter::new("guestPolicy", Rule::OneOf(GuestPolicy::SPELLINGS))
            })
    }
}

fn normalize_upper(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

string_enum! {
    /// A recording's state, for the `state` filter of `getRecordings`.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::RecordingState;
    /// assert_eq!("Published".parse::<RecordingState>()?, RecordingState::Published);
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    pub enum RecordingState {
        /// `processing`.
        Processing = (1, "processing"),
        /// `processed`.
        Processed = (2, "processed"),
        /// `published`.
        Published = (3, "published"),
        /// `unpublished`.
        Unpublished = (4, "unpublished"),
        /// `deleted`.
        Deleted = (5, "deleted"),
        /// `any`: every state.
        Any = (6, "any"),
    }
}

from_str_any_case!(RecordingState, "state");

string_enum! {
    /// The `kind` of a text track uploaded with `putRecordingTextTrack`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("CAPTIONS".parse::<bbbkit::TextTrackKind>()?, bbbkit::TextTrackKind::Captions);
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    pub enum TextTrackKind {
        /// `subtitles`.
        Subtitles = (1, "subtitles"),
        /// `captions`.
        Captions = (2, "captions"),
    }
}

from_str_any_case!(TextTrackKind, "kind");

/// The client features `disabledFeatures` knows, declared once: `(code, spelling)` per
/// variant, with its doc. [`Feature`] is expanded from these rows; front ends that need an enum
/// of their own (the UniFFI one, which adds a `Newer` variant) call this macro with a macro of
/// theirs.
///
/// # Examples
///
/// ```
/// macro_rules! count {
///     ($($(#[$doc:meta])* $variant:ident = ($code:literal, $spelling:literal),)*) => { [$($spelling),*].len() };
/// }
/// assert_eq!(bbbkit::for_each_feature!(count), bbbkit::Feature::ALL.len());
/// ```
#[macro_export]
macro_rules! for_each_feature {
    ($m:ident) => {
        $m! {
            /// `breakoutRooms` (2.5).
            BreakoutRooms = (1, "breakoutRooms"),
            /// `captions` (2.5; gone from the 3.0 client).
            Captions = (2, "captions"),
            /// `chat` (2.5).
            Chat = (3, "chat"),
            /// `downloadPresentationWithAnnotations` (2.5).
            DownloadPresentationWithAnnotations = (4, "downloadPresentationWithAnnotations"),
            /// `externalVideos` (2.5).
            ExternalVideos = (5, "externalVideos"),
            /// `importPresentationWithAnnotationsFromBreakoutRooms` (2.5).
            ImportPresentationWithAnnotationsFromBreakoutRooms = (6, "importPresentationWithAnnotationsFromBreakoutRooms"),
            /// `importSharedNotesFromBreakoutRooms` (2.5).
            ImportSharedNotesFromBreakoutRooms = (7, "importSharedNotesFromBreakoutRooms"),
            /// `layouts` (2.5).
            Layouts = (8, "layouts"),
            /// `learningDashboard` (2.5).
            LearningDashboard = (9, "learningDashboard"),
            /// `polls` (2.5).
            Polls = (10, "polls"),
            /// `screenshare` (2.5).
            Screenshare = (11, "screenshare"),
            /// `sharedNotes` (2.5).
            SharedNotes = (12, "sharedNotes"),
            /// `virtualBackgrounds` (2.5).
            VirtualBackgrounds = (13, "virtualBackgrounds"),
            /// `customVirtualBackgrounds` (2.5).
            CustomVirtualBackgrounds = (14, "customVirtualBackgrounds"),
            /// `liveTranscription` (2.6).
            LiveTranscription = (15, "liveTranscription"),
            /// `presentation` (2.6; also makes document uploads no-ops).
            Presentation = (16, "presentation"),
            /// `cameraAsContent` (2.7).
            CameraAsContent = (17, "cameraAsContent"),
            /// `snapshotOfCurrentSlide` (2.7).
            SnapshotOfCurrentSlide = (18, "snapshotOfCurrentSlide"),
            /// `downloadPresentationOriginalFile` (2.7).
            DownloadPresentationOriginalFile = (19, "downloadPresentationOriginalFile"),
            /// `downloadPresentationConvertedToPdf` (2.7).
            DownloadPresentationConvertedToPdf = (20, "downloadPresentationConvertedToPdf"),
            /// `timer` (2.7).
            Timer = (21, "timer"),
            /// `learningDashboardDownloadSessionData` (2.7.5).
            LearningDashboardDownloadSessionData = (22, "learningDashboardDownloadSessionData"),
            /// `infiniteWhiteboard` (3.0).
            InfiniteWhiteboard = (23, "infiniteWhiteboard"),
            /// `reactions` (3.0 client).
            Reactions = (24, "reactions"),
            /// `privateChat` (3.0 docs).
            PrivateChat = (25, "privateChat"),
            /// `deleteChatMessage` (3.0 docs).
            DeleteChatMessage = (26, "deleteChatMessage"),
            /// `editChatMessage` (3.0 docs).
            EditChatMessage = (27, "editChatMessage"),
            /// `replyChatMessage` (3.0 docs).
            ReplyChatMessage = (28, "replyChatMessage"),
            /// `chatMessageReactions` (3.0 docs).
            ChatMessageReactions = (29, "chatMessageReactions"),
            /// `chatEmojiPicker` (3.0 docs).
            ChatEmojiPicker = (30, "chatEmojiPicker"),
            /// `raiseHand` (3.0 docs).
            RaiseHand = (31, "raiseHand"),
            /// `userReactions` (3.0 docs).
            UserReactions = (32, "userReactions"),
            /// `quizzes` (3.0 docs).
            Quizzes = (33, "quizzes"),
            /// `plugins` (3.0 docs).
            Plugins = (34, "plugins"),
            /// `pinChatMessage` (3.x docs).
            PinChatMessage = (35, "pinChatMessage"),
        }
    };
}

macro_rules! define_feature {
    ($($rows:tt)*) => {
        string_enum! {
            /// A client feature that `disabledFeatures` can turn off (the values the BBB 2.5–3.0
            /// clients check). A feature newer than this list is a [`FeatureName::Newer`].
            ///
            /// # Examples
            ///
            /// ```
            /// use bbbkit::Feature;
            /// assert_eq!("sharednotes".parse::<Feature>()?, Feature::SharedNotes);
            /// assert_eq!(Feature::SharedNotes.as_str(), "sharedNotes");
            /// # Ok::<(), bbbkit::InvalidParameter>(())
            /// ```
            pub enum Feature {
                $($rows)*
            }
        }
    };
}
crate::for_each_feature!(define_feature);

from_str_any_case!(Feature, "disabledFeatures");

/// An entry of `disabledFeatures` or `disabledFeaturesExclude`: a known [`Feature`], or one
/// newer than bbbkit (the escape hatch).
///
/// Where only strings cross (`set`, the C ABI, the command line), a newer feature is written
/// `newer:NAME`, so a typo in a known one is still refused.
///
/// # Examples
///
/// ```
/// use bbbkit::{Feature, FeatureName};
/// assert_eq!("chat".parse::<FeatureName>()?, FeatureName::Known(Feature::Chat));
/// assert_eq!("newer:whiteboardAi".parse::<FeatureName>()?, FeatureName::Newer("whiteboardAi".into()));
/// assert!("chta".parse::<FeatureName>().is_err());
/// # Ok::<(), bbbkit::InvalidParameter>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FeatureName {
    /// A feature this version of bbbkit knows.
    Known(Feature),
    /// A newer one, sent as given: a letter followed by letters and digits.
    Newer(String),
}

impl FeatureName {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            FeatureName::Known(f) => f.as_str(),
            FeatureName::Newer(s) => s,
        }
    }
}

impl From<Feature> for FeatureName {
    fn from(f: Feature) -> Self {
        FeatureName::Known(f)
    }
}

impl fmt::Display for FeatureName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeatureName::Known(k) => f.write_str(k.as_str()),
            FeatureName::Newer(s) => write!(f, "newer:{s}"),
        }
    }
}

impl FromStr for FeatureName {
    type Err = InvalidParameter;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().strip_prefix("newer:") {
            Some(n) => Ok(FeatureName::Newer(n.to_owned())),
            None => s.parse().map(FeatureName::Known),
        }
    }
}

/// A group of users for breakout-room pre-assignment (`groups` of `create`, BBB 2.5+).
///
/// # Examples
///
/// ```
/// use bbbkit::Group;
/// let g = Group::new("g1").name("Team A").roster(["u-1", "u-2"]);
/// assert_eq!(g.roster.len(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Group {
    /// The group's ID (required).
    pub id: String,
    /// Its display name.
    pub name: Option<String>,
    /// The external user IDs assigned to it.
    pub roster: Vec<String>,
}

impl Group {
    /// A group with this ID.
    pub fn new(id: impl Into<String>) -> Group {
        Group {
            id: id.into(),
            ..Group::default()
        }
    }
    /// Sets the name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Group {
        self.name = Some(name.into());
        self
    }
    /// Sets the roster.
    #[must_use]
    pub fn roster<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Group {
        self.roster = ids.into_iter().map(Into::into).collect();
        self
    }
}

/// A client plugin for the meeting (`pluginManifests` of `create`, BBB 3.0).
///
/// # Examples
///
/// ```
/// let p = bbbkit::PluginManifest::new("https://plugins.example.com/pick/manifest.json");
/// assert!(p.checksum.is_none());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PluginManifest {
    /// The manifest's http(s) URL.
    pub url: String,
    /// The manifest's checksum, when the server should check it.
    pub checksum: Option<String>,
}

impl PluginManifest {
    /// A plugin by its manifest URL.
    pub fn new(url: impl Into<String>) -> PluginManifest {
        PluginManifest {
            url: url.into(),
            checksum: None,
        }
    }
    /// Sets the checksum.
    #[must_use]
    pub fn checksum(mut self, checksum: impl Into<String>) -> PluginManifest {
        self.checksum = Some(checksum.into());
        self
    }
}

/// The kinds of the calls' parameters (beside the join kinds of `params`).
pub(crate) mod kinds {
    use super::*;
    pub(crate) use crate::params::kinds::{Bool, Flag, LayoutKind, MeetingId, Password, Text, Url};

    /// A `create` meeting ID: as [`MeetingId`], and not changed by trimming.
    pub(crate) struct CreateMeetingId;
    /// A meeting name: 2–256 characters.
    pub(crate) struct MeetingName;
    /// An optional meeting ID (hooks).
    pub(crate) struct OptionalMeetingId;
    /// One required record ID.
    pub(crate) struct RecordId;
    /// A required hook ID.
    pub(crate) struct HookId;
    /// A chat message: 1–500 characters.
    pub(crate) struct ChatMessage;
    /// A chat sender name: 1–255 characters.
    pub(crate) struct UserName;
    /// A required http(s) URL.
    pub(crate) struct RequiredUrl;
    /// A voice bridge: decimal digits.
    pub(crate) struct Digits;
    /// An integer from 0 to 2147483647.
    pub(crate) struct Count;
    /// An integer from 1 to 2147483647.
    pub(crate) struct PositiveCount;
    /// `limit` of getRecordings: 1–100.
    pub(crate) struct Limit;
    /// A required boolean.
    pub(crate) struct RequiredBool;
    /// A [`GuestPolicy`].
    pub(crate) struct GuestPolicyKind;
    /// A [`TextTrackKind`] (required).
    pub(crate) struct TrackKind;
    /// A language tag (required).
    pub(crate) struct Lang;
    /// Comma-separated IDs.
    pub(crate) struct IdList;
    /// Comma-separated IDs, at least one.
    pub(crate) struct RequiredIdList;
    /// Comma-separated recording states.
    pub(crate) struct States;
    /// Comma-separated features.
    pub(crate) struct Features;
    /// `meta_<name>` pairs; an empty value is sent (updateRecordings: removes the key).
    pub(crate) struct Meta;
    /// `meta_<name>` filters: the value may not be empty.
    pub(crate) struct MetaFilter;
    /// Breakout groups, as JSON.
    pub(crate) struct Groups;
    /// Plugin manifests, as JSON.
    pub(crate) struct PluginManifests;
    /// Presentation documents, sent in the body.
    pub(crate) struct Documents;
    /// Presentation documents, sent in the body, at least one.
    pub(crate) struct RequiredDocuments;
    /// The `clientSettingsOverride` JSON, sent in the body.
    pub(crate) struct ClientSettings;

    fn create_meeting_id(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        checks::meeting_id(name, v)?;
        if v.trim() != v {
            return Err(InvalidParameter::new(name, Rule::Trimmed));
        }
        Ok(())
    }
    fn meeting_name(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        checks::required(name, v)?;
        checks::length(name, v, 2, 256)
    }
    fn record_id(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        checks::required(name, v)?;
        if v.contains(',') {
            return Err(InvalidParameter::new(name, Rule::NoComma));
        }
        Ok(())
    }
    fn chat_message(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        checks::required(name, v)?;
        checks::length(name, v, 1, 500)
    }
    fn user_name(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        checks::text(name, v)?;
        checks::length(name, v, 1, 255)
    }
    fn digits(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        let ok = !v.is_empty()
            && v.bytes().all(|b| b.is_ascii_digit())
            && v.parse::<u64>().is_ok_and(|n| n <= i32::MAX as u64);
        if ok {
            Ok(())
        } else {
            Err(InvalidParameter::new(name, Rule::Digits))
        }
    }
    fn required_url(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        if v.is_empty() {
            return Err(InvalidParameter::new(name, Rule::Required));
        }
        checks::url(name, v)
    }
    /// `lang` as every bbb-web accepts it. bbb-web reads it with commons-lang3's
    /// `LocaleUtils.toLocale`; the versions BBB has bundled (3.5 in bbb-common-web's
    /// build.sbt) take only `ll`, `lll` and `ll_CC`: a lower-case language, an underscore and
    /// an upper-case region. Later versions also take `-` and numeric regions. So `EN`,
    /// `pt-br` and `pt-BR` are sent as `en`, `pt_BR` and `pt_BR` (the server gives the track
    /// the tag `pt-BR` either way), and what no version reads as that shape is refused: a
    /// script (`zh-Hans-CN`), a numeric region (`es-419`), a variant.
    pub(crate) fn lang_tag(name: &str, v: &str) -> Result<String, InvalidParameter> {
        let bad = || InvalidParameter::new(name, Rule::LanguageTag);
        let mut parts = v.split(['-', '_']);
        let language = parts.next().unwrap_or_default();
        if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return Err(bad());
        }
        let mut out = language.to_ascii_lowercase();
        if let Some(region) = parts.next() {
            if region.len() != 2 || !region.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Err(bad());
            }
            out.push('_');
            out.push_str(&region.to_ascii_uppercase());
        }
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(out)
    }

    impl Kind for Lang {
        type Value = String;
        const TYPE: ParamType = ParamType::Text;
        const RULES: &'static [Rule] = &[Rule::Required, Rule::ControlCharacter, Rule::LanguageTag];
        const REQUIRED: bool = true;
        fn parse(_: &str, v: &str) -> Result<String, InvalidParameter> {
            Ok(v.to_owned())
        }
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &String,
        ) -> Result<(), InvalidParameter> {
            checks::required(name, v)?;
            q.pair(name, &lang_tag(name, v)?);
            Ok(())
        }
        fn estimated_len(v: &String) -> usize {
            v.len() + 8
        }
    }

    required_string_kind!(
        CreateMeetingId,
        &[
            Rule::Required,
            Rule::ControlCharacter,
            Rule::NoComma,
            Rule::Length { min: 2, max: 256 },
            Rule::Trimmed,
        ],
        create_meeting_id
    );
    required_string_kind!(
        MeetingName,
        &[
            Rule::Required,
            Rule::ControlCharacter,
            Rule::Length { min: 2, max: 256 }
        ],
        meeting_name
    );
    required_string_kind!(
        RecordId,
        &[Rule::Required, Rule::ControlCharacter, Rule::NoComma],
        record_id
    );
    required_string_kind!(
        HookId,
        &[Rule::Required, Rule::ControlCharacter],
        checks::required
    );
    required_string_kind!(
        ChatMessage,
        &[
            Rule::Required,
            Rule::ControlCharacter,
            Rule::Length { min: 1, max: 500 }
        ],
        chat_message
    );
    required_string_kind!(
        RequiredUrl,
        &[Rule::Required, Rule::HttpUrl, Rule::NoCredentials],
        required_url
    );
    optional_string_kind!(
        OptionalMeetingId,
        ParamType::Text,
        &[
            Rule::ControlCharacter,
            Rule::NoComma,
            Rule::Length { min: 2, max: 256 }
        ],
        checks::meeting_id
    );
    optional_string_kind!(
        UserName,
        ParamType::Text,
        &[
            Rule::Empty,
            Rule::ControlCharacter,
            Rule::Length { min: 1, max: 255 }
        ],
        user_name
    );
    optional_string_kind!(Digits, ParamType::Text, &[Rule::Digits], digits);

    /// An integer kind with an inclusive range.
    macro_rules! int_kind {
        ($kind:ident, $min:expr, $max:expr) => {
            impl Kind for $kind {
                type Value = Option<i64>;
                const TYPE: ParamType = ParamType::Integer;
                const RULES: &'static [Rule] = &[Rule::Range {
                    min: $min,
                    max: $max,
                }];
                fn parse(name: &str, v: &str) -> Result<Option<i64>, InvalidParameter> {
                    v.trim().parse::<i64>().map(Some).map_err(|_| {
                        InvalidParameter::new(
                            name,
                            Rule::Range {
                                min: $min,
                                max: $max,
                            },
                        )
                    })
                }
                fn write(
                    q: &mut Query<'_>,
                    name: &'static str,
                    v: &Option<i64>,
                ) -> Result<(), InvalidParameter> {
                    if let Some(n) = *v {
                        if !($min..=$max).contains(&n) {
                            return Err(InvalidParameter::new(
                                name,
                                Rule::Range {
                                    min: $min,
                                    max: $max,
                                },
                            ));
                        }
                        q.pair(name, itoa::Buffer::new().format(n));
                    }
                    Ok(())
                }
            }
        };
    }
    const INT_MAX: i64 = i32::MAX as i64;
    int_kind!(Count, 0, INT_MAX);
    int_kind!(PositiveCount, 1, INT_MAX);
    int_kind!(Limit, 1, 100);

    impl Kind for RequiredBool {
        type Value = Option<bool>;
        const TYPE: ParamType = ParamType::Boolean;
        const RULES: &'static [Rule] = &[Rule::Required];
        const REQUIRED: bool = true;
        fn parse(name: &str, v: &str) -> Result<Option<bool>, InvalidParameter> {
            boolean(name, v).map(Some)
        }
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Option<bool>,
        ) -> Result<(), InvalidParameter> {
            match *v {
                Some(b) => {
                    q.pair(name, if b { "true" } else { "false" });
                    Ok(())
                }
                None => Err(InvalidParameter::new(name, Rule::Required)),
            }
        }
    }

    /// A kind whose value is one of a string enum's values.
    macro_rules! choice_kind {
        ($kind:ident, $enum:ident, $ty:ident, required: $req:literal) => {
            impl Kind for $kind {
                type Value = Option<$enum>;
                const TYPE: ParamType = ParamType::$ty;
                const RULES: &'static [Rule] = if $req {
                    &[Rule::Required, Rule::OneOf($enum::SPELLINGS)]
                } else {
                    &[Rule::OneOf($enum::SPELLINGS)]
                };
                const REQUIRED: bool = $req;
                fn parse(name: &str, v: &str) -> Result<Option<$enum>, InvalidParameter> {
                    v.parse::<$enum>()
                        .map(Some)
                        .map_err(|e| e.with_parameter(name))
                }
                fn write(
                    q: &mut Query<'_>,
                    name: &'static str,
                    v: &Option<$enum>,
                ) -> Result<(), InvalidParameter> {
                    match *v {
                        Some(e) => q.pair(name, e.as_str()),
                        None if $req => return Err(InvalidParameter::new(name, Rule::Required)),
                        None => {}
                    }
                    Ok(())
                }
            }
        };
    }
    choice_kind!(GuestPolicyKind, GuestPolicy, GuestPolicy, required: false);
    choice_kind!(TrackKind, TextTrackKind, TextTrackKind, required: true);

    /// Writes a comma-separated list.
    fn write_list<'a>(q: &mut Query<'_>, name: &'static str, items: impl Iterator<Item = &'a str>) {
        let joined = items.collect::<Vec<_>>().join(",");
        q.pair(name, &joined);
    }

    fn check_id_items(name: &'static str, v: &[String]) -> Result<(), InvalidParameter> {
        let repeat = first_repeat(v, |id| id.as_str());
        for (i, id) in v.iter().enumerate() {
            check_no_control(name, id)?;
            if seen_by_server(id).is_empty() {
                return Err(InvalidParameter::new(name, Rule::Empty));
            }
            if id.contains(',') {
                return Err(InvalidParameter::new(name, Rule::NoComma));
            }
            if repeat == Some(i) {
                return Err(InvalidParameter::new(name, Rule::Duplicate));
            }
        }
        Ok(())
    }

    fn split_list(v: &str) -> impl Iterator<Item = &str> {
        v.split(',').map(str::trim)
    }

    macro_rules! id_list_kind {
        ($kind:ident, required: $req:literal) => {
            impl Kind for $kind {
                type Value = Vec<String>;
                const TYPE: ParamType = ParamType::List;
                const RULES: &'static [Rule] = if $req {
                    &[
                        Rule::Required,
                        Rule::Empty,
                        Rule::ControlCharacter,
                        Rule::NoComma,
                        Rule::Duplicate,
                    ]
                } else {
                    &[
                        Rule::Empty,
                        Rule::ControlCharacter,
                        Rule::NoComma,
                        Rule::Duplicate,
                    ]
                };
                const REQUIRED: bool = $req;
                fn parse(_: &str, v: &str) -> Result<Vec<String>, InvalidParameter> {
                    Ok(split_list(v).map(str::to_owned).collect())
                }
                fn write(
                    q: &mut Query<'_>,
                    name: &'static str,
                    v: &Vec<String>,
                ) -> Result<(), InvalidParameter> {
                    if v.is_empty() {
                        return if $req {
                            Err(InvalidParameter::new(name, Rule::Required))
                        } else {
                            Ok(())
                        };
                    }
                    check_id_items(name, v)?;
                    write_list(q, name, v.iter().map(String::as_str));
                    Ok(())
                }
            }
        };
    }
    id_list_kind!(IdList, required: false);
    id_list_kind!(RequiredIdList, required: true);

    impl Kind for States {
        type Value = Vec<RecordingState>;
        const TYPE: ParamType = ParamType::States;
        const RULES: &'static [Rule] = &[Rule::OneOf(RecordingState::SPELLINGS), Rule::Duplicate];
        fn parse(name: &str, v: &str) -> Result<Vec<RecordingState>, InvalidParameter> {
            split_list(v)
                .map(|s| {
                    s.parse()
                        .map_err(|e: InvalidParameter| e.with_parameter(name))
                })
                .collect()
        }
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Vec<RecordingState>,
        ) -> Result<(), InvalidParameter> {
            if !v.is_empty() {
                if v.iter().enumerate().any(|(i, s)| v[..i].contains(s)) {
                    return Err(InvalidParameter::new(name, Rule::Duplicate));
                }
                write_list(q, name, v.iter().map(|s| s.as_str()));
            }
            Ok(())
        }
    }

    impl Kind for Features {
        type Value = Vec<FeatureName>;
        const TYPE: ParamType = ParamType::Features;
        const RULES: &'static [Rule] =
            &[Rule::OneOf(Feature::SPELLINGS), Rule::Name, Rule::Duplicate];
        fn parse(name: &str, v: &str) -> Result<Vec<FeatureName>, InvalidParameter> {
            split_list(v)
                .map(|s| {
                    s.parse()
                        .map_err(|e: InvalidParameter| e.with_parameter(name))
                })
                .collect()
        }
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Vec<FeatureName>,
        ) -> Result<(), InvalidParameter> {
            if v.is_empty() {
                return Ok(());
            }
            let repeat = first_repeat(v, |f| f.as_str().to_ascii_lowercase());
            for (i, f) in v.iter().enumerate() {
                if let FeatureName::Newer(n) = f {
                    let mut b = n.bytes();
                    let ok = b.next().is_some_and(|c| c.is_ascii_alphabetic())
                        && b.all(|c| c.is_ascii_alphanumeric());
                    if !ok {
                        return Err(InvalidParameter::new(name, Rule::Name));
                    }
                }
                if repeat == Some(i) {
                    return Err(InvalidParameter::new(name, Rule::Duplicate));
                }
            }
            write_list(q, name, v.iter().map(FeatureName::as_str));
            Ok(())
        }
    }

    /// Whether `meta_<key>` survives the server's filter `^meta_[a-zA-Z][a-zA-Z0-9-]*$`.
    fn meta_key_ok(key: &str) -> bool {
        let mut b = key.bytes();
        b.next().is_some_and(|c| c.is_ascii_alphabetic())
            && b.all(|c| c.is_ascii_alphanumeric() || c == b'-')
    }

    fn write_meta(
        q: &mut Query<'_>,
        v: &[(String, String)],
        allow_empty: bool,
    ) -> Result<(), InvalidParameter> {
        // The server lower-cases the names: two keys differing only in case collide.
        let repeat = first_repeat(v, |(k, _)| k.to_ascii_lowercase());
        for (i, (key, value)) in v.iter().enumerate() {
            let name = ["meta_", key].concat();
            if !meta_key_ok(key) {
                return Err(InvalidParameter::new(name, Rule::MetaName));
            }
            if repeat == Some(i) {
                return Err(InvalidParameter::new(name, Rule::Duplicate));
            }
            check_no_control(&name, value)?;
            if !allow_empty && seen_by_server(value).is_empty() {
                return Err(InvalidParameter::new(name, Rule::Empty));
            }
            q.pair_encoded(&name, value);
        }
        Ok(())
    }

    macro_rules! meta_kind {
        ($kind:ident, allow_empty: $empty:literal) => {
            impl Kind for $kind {
                type Value = Vec<(String, String)>;
                const TYPE: ParamType = ParamType::Meta;
                const RULES: &'static [Rule] = if $empty {
                    &[Rule::MetaName, Rule::Duplicate, Rule::ControlCharacter]
                } else {
                    &[
                        Rule::MetaName,
                        Rule::Duplicate,
                        Rule::ControlCharacter,
                        Rule::Empty,
                    ]
                };
                const PREFIX: Option<&'static str> = Some("meta_");
                fn parse(name: &str, v: &str) -> Result<Vec<(String, String)>, InvalidParameter> {
                    let key = name.strip_prefix("meta_").unwrap_or(name);
                    Ok(vec![(key.to_owned(), v.to_owned())])
                }
                fn set(
                    slot: &mut Vec<(String, String)>,
                    name: &str,
                    value: &str,
                ) -> Result<(), InvalidParameter> {
                    slot.extend(Self::parse(name, value)?);
                    Ok(())
                }
                fn write(
                    q: &mut Query<'_>,
                    _: &'static str,
                    v: &Vec<(String, String)>,
                ) -> Result<(), InvalidParameter> {
                    write_meta(q, v, $empty)
                }
            }
        };
    }
    meta_kind!(Meta, allow_empty: true);
    meta_kind!(MetaFilter, allow_empty: false);

    fn json_items(
        name: &str,
        v: &str,
    ) -> Result<Vec<serde_json::Map<String, serde_json::Value>>, InvalidParameter> {
        let bad = || InvalidParameter::new(name, Rule::Json);
        match serde_json::from_str(v).map_err(|_| bad())? {
            serde_json::Value::Array(items) => items
                .into_iter()
                .map(|i| match i {
                    serde_json::Value::Object(o) => Ok(o),
                    _ => Err(bad()),
                })
                .collect(),
            _ => Err(bad()),
        }
    }

    fn json_string(
        name: &str,
        o: &serde_json::Map<String, serde_json::Value>,
        key: &str,
    ) -> Result<Option<String>, InvalidParameter> {
        match o.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(InvalidParameter::new(name, Rule::Json)),
        }
    }

    impl Kind for Groups {
        type Value = Vec<Group>;
        const TYPE: ParamType = ParamType::Groups;
        const RULES: &'static [Rule] = &[
            Rule::Json,
            Rule::Required,
            Rule::ControlCharacter,
            Rule::Duplicate,
        ];
        fn parse(name: &str, v: &str) -> Result<Vec<Group>, InvalidParameter> {
            json_items(name, v)?
                .into_iter()
                .map(|o| {
                    if o.keys()
                        .any(|k| !matches!(k.as_str(), "id" | "name" | "roster"))
                    {
                        return Err(InvalidParameter::new(name, Rule::Json));
                    }
                    let roster = match o.get("roster") {
                        None | Some(serde_json::Value::Null) => Vec::new(),
                        Some(serde_json::Value::Array(a)) => a
                            .iter()
                            .map(|u| {
                                u.as_str()
                                    .map(str::to_owned)
                                    .ok_or_else(|| InvalidParameter::new(name, Rule::Json))
                            })
                            .collect::<Result<_, _>>()?,
                        Some(_) => return Err(InvalidParameter::new(name, Rule::Json)),
                    };
                    Ok(Group {
                        id: json_string(name, &o, "id")?
                            .ok_or_else(|| InvalidParameter::new(name, Rule::Json))?,
                        name: json_string(name, &o, "name")?,
                        roster,
                    })
                })
                .collect()
        }
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Vec<Group>,
        ) -> Result<(), InvalidParameter> {
            if v.is_empty() {
                return Ok(());
            }
            let mut json = Vec::with_capacity(v.len());
            let repeat = first_repeat(v, |g| g.id.as_str());
            for (i, g) in v.iter().enumerate() {
                checks::required(name, &g.id)?;
                if repeat == Some(i) {
                    return Err(InvalidParameter::new(name, Rule::Duplicate));
                }
                let mut o = serde_json::Map::new();
                o.insert("id".into(), g.id.clone().into());
                if let Some(n) = &g.name {
                    check_no_control(name, n)?;
                    o.insert("name".into(), n.clone().into());
                }
                for u in &g.roster {
                    checks::required(name, u)?;
                }
                o.insert("roster".into(), g.roster.clone().into());
                json.push(serde_json::Value::Object(o));
            }
            q.pair(name, &serde_json::Value::Array(json).to_string());
            Ok(())
        }
    }

    impl Kind for PluginManifests {
        type Value = Vec<PluginManifest>;
        const TYPE: ParamType = ParamType::PluginManifests;
        const RULES: &'static [Rule] = &[Rule::Json, Rule::HttpUrl, Rule::Duplicate];
        fn parse(name: &str, v: &str) -> Result<Vec<PluginManifest>, InvalidParameter> {
            json_items(name, v)?
                .into_iter()
                .map(|o| {
                    if o.keys().any(|k| !matches!(k.as_str(), "url" | "checksum")) {
                        return Err(InvalidParameter::new(name, Rule::Json));
                    }
                    Ok(PluginManifest {
                        url: json_string(name, &o, "url")?
                            .ok_or_else(|| InvalidParameter::new(name, Rule::Json))?,
                        checksum: json_string(name, &o, "checksum")?,
                    })
                })
                .collect()
        }
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Vec<PluginManifest>,
        ) -> Result<(), InvalidParameter> {
            if v.is_empty() {
                return Ok(());
            }
            let mut json = Vec::with_capacity(v.len());
            let repeat = first_repeat(v, |p| p.url.as_str());
            for (i, p) in v.iter().enumerate() {
                check_http_url(name, &p.url)?;
                if repeat == Some(i) {
                    return Err(InvalidParameter::new(name, Rule::Duplicate));
                }
                let mut o = serde_json::Map::new();
                o.insert("url".into(), p.url.clone().into());
                if let Some(c) = &p.checksum {
                    checks::text(name, c)?;
                    o.insert("checksum".into(), c.clone().into());
                }
                json.push(serde_json::Value::Object(o));
            }
            q.pair(name, &serde_json::Value::Array(json).to_string());
            Ok(())
        }
    }

    macro_rules! documents_kind {
        ($kind:ident, required: $req:literal) => {
            impl Kind for $kind {
                type Value = Vec<Document>;
                const TYPE: ParamType = ParamType::Documents;
                const RULES: &'static [Rule] = if $req {
                    &[
                        Rule::Required,
                        Rule::Json,
                        Rule::HttpUrl,
                        Rule::Empty,
                        Rule::XmlCharacter,
                    ]
                } else {
                    &[Rule::Json, Rule::HttpUrl, Rule::Empty, Rule::XmlCharacter]
                };
                const REQUIRED: bool = $req;
                const IN_BODY: bool = true;
                fn parse(name: &str, v: &str) -> Result<Vec<Document>, InvalidParameter> {
                    Document::from_json(name, v)
                }
                fn set(
                    slot: &mut Vec<Document>,
                    name: &str,
                    value: &str,
                ) -> Result<(), InvalidParameter> {
                    slot.extend(Self::parse(name, value)?);
                    Ok(())
                }
                fn write(
                    _: &mut Query<'_>,
                    name: &'static str,
                    v: &Vec<Document>,
                ) -> Result<(), InvalidParameter> {
                    if $req && v.is_empty() {
                        return Err(InvalidParameter::new(name, Rule::Required));
                    }
                    Ok(())
                }
            }
        };
    }
    documents_kind!(Documents, required: false);
    documents_kind!(RequiredDocuments, required: true);

    impl Kind for ClientSettings {
        type Value = Option<String>;
        const TYPE: ParamType = ParamType::Json;
        const RULES: &'static [Rule] = &[Rule::Json, Rule::Empty, Rule::XmlCharacter];
        const IN_BODY: bool = true;
        fn parse(_: &str, v: &str) -> Result<Option<String>, InvalidParameter> {
            Ok(Some(v.to_owned()))
        }
        fn write(
            _: &mut Query<'_>,
            name: &'static str,
            v: &Option<String>,
        ) -> Result<(), InvalidParameter> {
            match v {
                Some(json) => check_client_settings(name, json),
                None => Ok(()),
            }
        }
    }
}

/// The bodies the declarations name.
mod bodies {
    use super::*;

    pub(super) fn none<T>(_: &T) -> Result<Option<Body>, InvalidParameter> {
        Ok(None)
    }

    pub(super) fn create(r: &CreateRequest) -> Result<Option<Body>, InvalidParameter> {
        Ok(modules_body(
            "document",
            &r.documents,
            r.client_settings_override.as_deref(),
        )?
        .map(|bytes| Body {
            bytes: Some(bytes),
            content_type: MODULES_CONTENT_TYPE,
            file_field: None,
        }))
    }

    pub(super) fn insert_document(
        r: &InsertDocumentRequest,
    ) -> Result<Option<Body>, InvalidParameter> {
        if r.documents.is_empty() {
            return Err(InvalidParameter::new("document", Rule::Required));
        }
        Ok(
            modules_body("document", &r.documents, None)?.map(|bytes| Body {
                bytes: Some(bytes),
                content_type: MODULES_CONTENT_TYPE,
                file_field: None,
            }),
        )
    }

    pub(super) fn text_track(
        _: &PutRecordingTextTrackRequest,
    ) -> Result<Option<Body>, InvalidParameter> {
        Ok(Some(Body {
            bytes: None,
            content_type: "multipart/form-data",
            file_field: Some(PutRecordingTextTrackRequest::FILE_FIELD),
        }))
    }
}

/// Every API call besides `join`, declared once: `[Type, "callName", Method, body, "doc"]`
/// followed by the rows of its parameters, in emission order.
///
/// A row is `(field, "bbbName", Kind, FieldType, [default], [cross-parameter rule], "doc")`,
/// as in [`for_each_join_param!`](crate::for_each_join_param); the rule is empty or
/// `requires a, b` (this parameter is refused without those). Front ends that need a type
/// of their own call this macro with a macro of theirs, which receives the same rows.
///
/// # Examples
///
/// ```
/// macro_rules! calls {
///     ($([$ty:ident, $call:literal, $($rest:tt)*] { $($rows:tt)* })*) => { [$($call),*] };
/// }
/// let calls = bbbkit::for_each_call!(calls);
/// assert_eq!(calls[0], "create");
/// assert!(calls.contains(&"hooks/create"));
/// ```
#[macro_export]
macro_rules! for_each_call {
    ($m:ident) => {
        $m! {
            [CreateRequest, "create", Get, create, "Creates a meeting (idempotent while it runs)."] {
                (name, "name", MeetingName, String, [], [],
                    "The meeting's name: 2–256 characters.")
                (meeting_id, "meetingID", CreateMeetingId, String, [], [],
                    "The application's meeting ID: 2–256 characters, no comma, no surrounding white space.")
                (attendee_pw, "attendeePW", Password, Option<String>, [None], [requires moderator_pw],
                    "The viewers' password (deprecated): 2–64 characters; give both passwords or neither, since a repeated create with one fails with idNotUnique.")
                (moderator_pw, "moderatorPW", Password, Option<String>, [None], [requires attendee_pw],
                    "The moderators' password (deprecated): 2–64 characters; give both passwords or neither.")
                (welcome, "welcome", Text, Option<String>, [None], [],
                    "The chat welcome message; %%CONFNAME%%, %%DIALNUM%%, %%CONFNUM%% and %%SERVERURL%% are replaced (3.0 keeps only safe HTML).")
                (moderator_only_message, "moderatorOnlyMessage", Text, Option<String>, [None], [],
                    "A welcome message only moderators see.")
                (dial_number, "dialNumber", Text, Option<String>, [None], [],
                    "The dial-in phone number shown to users.")
                (voice_bridge, "voiceBridge", Digits, Option<String>, [None], [],
                    "The voice conference number: decimal digits (the server picks 5 random digits by default).")
                (web_voice, "webVoice", Text, Option<String>, [None], [],
                    "The legacy web voice conference (defaults to voiceBridge).")
                (max_participants, "maxParticipants", Count, Option<i64>, [None], [],
                    "The most users at once; 0 means no limit.")
                (logout_url, "logoutURL", Url, Option<String>, [None], [],
                    "Where users go when they leave: an absolute http(s) URL.")
                (login_url, "loginURL", Url, Option<String>, [None], [],
                    "Where users go to log in again (3.0): an absolute http(s) URL.")
                (record, "record", Bool, Option<bool>, [None], [],
                    "Whether the meeting may be recorded.")
                (duration, "duration", Count, Option<i64>, [None], [],
                    "The meeting's length in minutes; 0 means no limit.")
                (auto_start_recording, "autoStartRecording", Bool, Option<bool>, [None], [],
                    "Start recording when the first user joins.")
                (allow_start_stop_recording, "allowStartStopRecording", Bool, Option<bool>, [None], [],
                    "Let moderators start and stop the recording.")
                (record_full_duration_media, "recordFullDurationMedia", Bool, Option<bool>, [None], [],
                    "Record the media of the whole meeting, not only the marked parts (2.6.9).")
                (meta, "meta_", Meta, Vec<(String, String)>, [], [],
                    "meta_<name> pairs, names without the prefix: a letter, then letters, digits or '-'; the server lower-cases the names.")
                (meeting_ended_url, "meetingEndedURL", Url, Option<String>, [None], [],
                    "A URL the server calls when the meeting ends: an absolute http(s) URL.")
                (is_breakout, "isBreakout", Flag, bool, [false], [requires parent_meeting_id, sequence],
                    "The meeting is a breakout room; sent only when true (2.6 fails on any value).")
                (parent_meeting_id, "parentMeetingID", OptionalMeetingId, Option<String>, [None], [requires is_breakout],
                    "The parent meeting of a breakout room.")
                (sequence, "sequence", PositiveCount, Option<i64>, [None], [requires is_breakout],
                    "The breakout room's number.")
                (free_join, "freeJoin", Bool, Option<bool>, [None], [requires is_breakout],
                    "Users may choose their breakout room.")
                (breakout_rooms_capture_slides, "breakoutRoomsCaptureSlides", Bool, Option<bool>, [None], [],
                    "Bring the breakout rooms' slides back to the main room (2.5).")
                (breakout_rooms_capture_notes, "breakoutRoomsCaptureNotes", Bool, Option<bool>, [None], [],
                    "Bring the breakout rooms' shared notes back to the main room (2.5).")
                (breakout_rooms_capture_slides_filename, "breakoutRoomsCaptureSlidesFilename", Text, Option<String>, [None], [],
                    "The file name of the captured slides (2.6).")
                (breakout_rooms_capture_notes_filename, "breakoutRoomsCaptureNotesFilename", Text, Option<String>, [None], [],
                    "The file name of the captured notes (2.6).")
                (breakout_rooms_enabled, "breakoutRoomsEnabled", Bool, Option<bool>, [None], [],
                    "Deprecated (2.5): false disables breakout rooms; use disabledFeatures.")
                (breakout_rooms_record, "breakoutRoomsRecord", Bool, Option<bool>, [None], [],
                    "Record the breakout rooms.")
                (breakout_rooms_private_chat_enabled, "breakoutRoomsPrivateChatEnabled", Bool, Option<bool>, [None], [],
                    "Allow private chat in breakout rooms.")
                (webcams_only_for_moderator, "webcamsOnlyForModerator", Bool, Option<bool>, [None], [],
                    "Only moderators see the viewers' webcams.")
                (banner_text, "bannerText", Text, Option<String>, [None], [],
                    "A banner shown at the top of the client.")
                (banner_color, "bannerColor", Text, Option<String>, [None], [],
                    "The banner's colour, such as #FFFFFF.")
                (logo, "logo", Url, Option<String>, [None], [],
                    "The client's logo: an absolute http(s) URL.")
                (darklogo, "darklogo", Url, Option<String>, [None], [],
                    "The logo for the dark theme (3.0): an absolute http(s) URL.")
                (copyright, "copyright", Text, Option<String>, [None], [],
                    "A copyright notice (stored; current clients ignore it).")
                (mute_on_start, "muteOnStart", Bool, Option<bool>, [None], [],
                    "Mute users when they join (the default became true in 3.0).")
                (allow_mods_to_unmute_users, "allowModsToUnmuteUsers", Bool, Option<bool>, [None], [],
                    "Let moderators unmute users.")
                (allow_mods_to_eject_cameras, "allowModsToEjectCameras", Bool, Option<bool>, [None], [],
                    "Let moderators close users' cameras.")
                (allow_requests_without_session, "allowRequestsWithoutSession", Bool, Option<bool>, [None], [],
                    "Accept join URLs without the session cookie.")
                (lock_settings_disable_cam, "lockSettingsDisableCam", Bool, Option<bool>, [None], [],
                    "Lock: viewers cannot share a webcam.")
                (lock_settings_disable_mic, "lockSettingsDisableMic", Bool, Option<bool>, [None], [],
                    "Lock: viewers listen only.")
                (lock_settings_disable_private_chat, "lockSettingsDisablePrivateChat", Bool, Option<bool>, [None], [],
                    "Lock: no private chat for viewers.")
                (lock_settings_disable_public_chat, "lockSettingsDisablePublicChat", Bool, Option<bool>, [None], [],
                    "Lock: no public chat for viewers.")
                (lock_settings_disable_notes, "lockSettingsDisableNotes", Bool, Option<bool>, [None], [],
                    "Lock: viewers cannot edit the shared notes.")
                (lock_settings_hide_user_list, "lockSettingsHideUserList", Bool, Option<bool>, [None], [],
                    "Lock: viewers do not see each other in the user list.")
                (lock_settings_lock_on_join, "lockSettingsLockOnJoin", Bool, Option<bool>, [None], [],
                    "Apply the lock settings when users join (server default: true).")
                (lock_settings_lock_on_join_configurable, "lockSettingsLockOnJoinConfigurable", Bool, Option<bool>, [None], [],
                    "Let moderators change lockSettingsLockOnJoin.")
                (lock_settings_hide_viewers_cursor, "lockSettingsHideViewersCursor", Bool, Option<bool>, [None], [],
                    "Lock: viewers do not see each other's whiteboard cursor (2.5).")
                (lock_settings_hide_viewers_annotation, "lockSettingsHideViewersAnnotation", Bool, Option<bool>, [None], [],
                    "Lock: viewers do not see each other's annotations (2.7, 3.0).")
                (guest_policy, "guestPolicy", GuestPolicyKind, Option<$crate::GuestPolicy>, [None], [],
                    "Who lets guests in: ALWAYS_ACCEPT, ALWAYS_DENY, ASK_MODERATOR or ALWAYS_ACCEPT_AUTH.")
                (allow_promote_guest_to_moderator, "allowPromoteGuestToModerator", Bool, Option<bool>, [None], [],
                    "Guests may be promoted to moderator (2.7.9).")
                (meeting_keep_events, "meetingKeepEvents", Bool, Option<bool>, [None], [],
                    "Keep the events of a meeting that is not recorded.")
                (end_when_no_moderator, "endWhenNoModerator", Bool, Option<bool>, [None], [],
                    "End the meeting when the last moderator leaves.")
                (end_when_no_moderator_delay_in_minutes, "endWhenNoModeratorDelayInMinutes", Count, Option<i64>, [None], [],
                    "Minutes to wait before ending a meeting without moderators (default 1).")
                (meeting_layout, "meetingLayout", LayoutKind, Option<$crate::Layout>, [None], [],
                    "The layout the meeting starts with (server default: CUSTOM_LAYOUT).")
                (learning_dashboard_enabled, "learningDashboardEnabled", Bool, Option<bool>, [None], [],
                    "Deprecated (2.5): false disables the learning dashboard; use disabledFeatures.")
                (learning_dashboard_cleanup_delay_in_minutes, "learningDashboardCleanupDelayInMinutes", Count, Option<i64>, [None], [],
                    "Minutes the dashboard stays after the meeting ends.")
                (virtual_backgrounds_disabled, "virtualBackgroundsDisabled", Bool, Option<bool>, [None], [],
                    "Deprecated (2.5): true disables virtual backgrounds; use disabledFeatures.")
                (user_camera_cap, "userCameraCap", Count, Option<i64>, [None], [],
                    "Webcams one user may share; 0 means no limit.")
                (meeting_camera_cap, "meetingCameraCap", Count, Option<i64>, [None], [],
                    "Webcams shared in the meeting at once; 0 means no limit.")
                (max_pinned_cameras, "maxPinnedCameras", PositiveCount, Option<i64>, [None], [],
                    "Webcams that may be pinned at once (2.6).")
                (meeting_expire_if_no_user_joined_in_minutes, "meetingExpireIfNoUserJoinedInMinutes", Count, Option<i64>, [None], [],
                    "End the meeting if nobody joins within these minutes.")
                (meeting_expire_when_last_user_left_in_minutes, "meetingExpireWhenLastUserLeftInMinutes", Count, Option<i64>, [None], [],
                    "End the meeting these minutes after the last user leaves; 0 never.")
                (logout_timer, "logoutTimer", Count, Option<i64>, [None], [],
                    "Minutes of inactivity before a user is logged out.")
                (groups, "groups", Groups, Vec<$crate::Group>, [], [],
                    "Breakout groups with their rosters, sent as JSON (2.5).")
                (disabled_features, "disabledFeatures", Features, Vec<$crate::FeatureName>, [], [],
                    "Client features to turn off; a feature newer than bbbkit is written newer:NAME.")
                (disabled_features_exclude, "disabledFeaturesExclude", Features, Vec<$crate::FeatureName>, [], [],
                    "Features to keep on although the server's configuration disables them (2.6.9).")
                (pre_uploaded_presentation_override_default, "preUploadedPresentationOverrideDefault", Bool, Option<bool>, [None], [],
                    "false also loads the server's default presentation.")
                (pre_uploaded_presentation, "preUploadedPresentation", Url, Option<String>, [None], [],
                    "A presentation to load, by URL (2.7.2; ignored by 2.6).")
                (pre_uploaded_presentation_name, "preUploadedPresentationName", Text, Option<String>, [None], [],
                    "The file name of preUploadedPresentation (2.7.2).")
                (notify_recording_is_on, "notifyRecordingIsOn", Bool, Option<bool>, [None], [],
                    "Ask users to agree when the recording starts (2.6).")
                (presentation_upload_external_url, "presentationUploadExternalUrl", Url, Option<String>, [None], [],
                    "A page where users find files to upload (2.6): an absolute http(s) URL.")
                (presentation_upload_external_description, "presentationUploadExternalDescription", Text, Option<String>, [None], [],
                    "The text that goes with presentationUploadExternalUrl (2.6).")
                (html5_instance_id, "html5InstanceId", PositiveCount, Option<i64>, [None], [],
                    "The client instance (2.6 only; the server's load balancer overwrites it).")
                (allow_override_client_settings_on_create_call, "allowOverrideClientSettingsOnCreateCall", Bool, Option<bool>, [None], [],
                    "Listed by the 3.0 docs; 3.0 servers read it from their own settings only.")
                (plugin_manifests, "pluginManifests", PluginManifests, Vec<$crate::PluginManifest>, [], [],
                    "Client plugins for this meeting, sent as JSON (3.0).")
                (plugin_manifests_fetch_url, "pluginManifestsFetchUrl", Url, Option<String>, [None], [],
                    "A URL that lists plugin manifests as JSON (3.0).")
                (presentation_conversion_cache_enabled, "presentationConversionCacheEnabled", Bool, Option<bool>, [None], [],
                    "Cache converted presentations (3.0).")
                (max_num_pages, "maxNumPages", PositiveCount, Option<i64>, [None], [],
                    "The most pages an uploaded document may have (3.0; server default 200).")
                (multi_user_whiteboard_enabled, "multiUserWhiteboardEnabled", Bool, Option<bool>, [None], [],
                    "Everyone may draw on the whiteboard from the start (3.0).")
                (camera_bridge, "cameraBridge", Text, Option<String>, [None], [],
                    "The media bridge for webcams, such as livekit (3.0).")
                (screen_share_bridge, "screenShareBridge", Text, Option<String>, [None], [],
                    "The media bridge for screen sharing (3.0).")
                (audio_bridge, "audioBridge", Text, Option<String>, [None], [],
                    "The media bridge for audio (3.0).")
                (documents, "document", Documents, Vec<$crate::Document>, [], [],
                    "Presentation documents, sent in the POST body (not signed).")
                (client_settings_override, "clientSettingsOverride", ClientSettings, Option<String>, [None], [],
                    "A JSON object overriding client settings, sent in the POST body (3.0; the server must allow it).")
            }
            [EndRequest, "end", Get, none, "Ends a meeting; the answer comes before it has ended."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
                (password, "password", Password, Option<String>, [None], [],
                    "Deprecated: only its length is checked (2–64); it is never compared.")
            }
            [IsMeetingRunningRequest, "isMeetingRunning", Get, none, "Whether a meeting has users in it."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
            }
            [GetMeetingInfoRequest, "getMeetingInfo", Get, none, "A meeting's state, users and metadata."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
            }
            [GetMeetingsRequest, "getMeetings", Get, none, "Every meeting on the server."] {
            }
            [GetRecordingsRequest, "getRecordings", Get, none, "Recordings, filtered; without a filter or limit, every recording."] {
                (meeting_id, "meetingID", IdList, Vec<String>, [], [],
                    "External meeting IDs (not internal ones); ignored when recordID is given.")
                (record_id, "recordID", IdList, Vec<String>, [], [],
                    "Record IDs or their prefixes.")
                (state, "state", States, Vec<$crate::RecordingState>, [], [],
                    "States to include (default: published and unpublished).")
                (meta, "meta_", MetaFilter, Vec<(String, String)>, [], [],
                    "Metadata filters (AND): %x% contains, %x ends with, x% starts with, else equals.")
                (offset, "offset", Count, Option<i64>, [None], [requires limit],
                    "The first recording of the page (2.6); only used with limit.")
                (limit, "limit", Limit, Option<i64>, [None], [],
                    "Recordings per page, 1–100 (2.6).")
            }
            [PublishRecordingsRequest, "publishRecordings", Get, none, "Publishes or unpublishes recordings."] {
                (record_id, "recordID", RequiredIdList, Vec<String>, [], [],
                    "The exact record IDs.")
                (publish, "publish", RequiredBool, Option<bool>, [None], [],
                    "true publishes, false unpublishes.")
            }
            [DeleteRecordingsRequest, "deleteRecordings", Get, none, "Moves recordings to the deleted state."] {
                (record_id, "recordID", RequiredIdList, Vec<String>, [], [],
                    "The exact record IDs.")
            }
            [UpdateRecordingsRequest, "updateRecordings", Get, none, "Changes recordings' metadata; record IDs match by prefix."] {
                (record_id, "recordID", RequiredIdList, Vec<String>, [], [],
                    "Record IDs; each matches every recording it is a prefix of.")
                (meta, "meta_", Meta, Vec<(String, String)>, [], [],
                    "Metadata to set; an empty value removes the key.")
            }
            [GetRecordingTextTracksRequest, "getRecordingTextTracks", Get, none, "A recording's captions and subtitles (JSON)."] {
                (record_id, "recordID", RecordId, String, [], [],
                    "One record ID.")
            }
            [PutRecordingTextTrackRequest, "putRecordingTextTrack", Post, text_track, "Uploads captions or subtitles (multipart; the caller sends the file)."] {
                (record_id, "recordID", RecordId, String, [], [],
                    "One record ID.")
                (kind, "kind", TrackKind, Option<$crate::TextTrackKind>, [None], [],
                    "subtitles or captions.")
                (lang, "lang", Lang, String, [], [],
                    "The track's language tag, such as en or pt-BR.")
                (label, "label", Text, Option<String>, [None], [],
                    "The track's label (default: the language's name).")
            }
            [InsertDocumentRequest, "insertDocument", Post, insert_document, "Adds documents to a running meeting (POST, XML body)."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
                (documents, "document", RequiredDocuments, Vec<$crate::Document>, [], [],
                    "The documents, sent in the POST body (not signed).")
            }
            [SendChatMessageRequest, "sendChatMessage", Get, none, "Posts a message to a running meeting's public chat (3.0)."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID); the meeting must have users.")
                (message, "message", ChatMessage, String, [], [],
                    "The message: 1–500 characters, shown as plain text.")
                (user_name, "userName", UserName, Option<String>, [None], [],
                    "The sender's name, up to 255 characters (default: System).")
            }
            [HooksCreateRequest, "hooks/create", Get, none, "Registers a webhook (bbb-webhooks)."] {
                (callback_url, "callbackURL", RequiredUrl, String, [], [],
                    "Where events are POSTed: an absolute http(s) URL; hooks are unique by this URL.")
                (meeting_id, "meetingID", OptionalMeetingId, Option<String>, [None], [],
                    "Only this meeting's events (external ID); unset: every meeting.")
                (event_id, "eventID", IdList, Vec<String>, [], [],
                    "Only these events (the server lower-cases them).")
                (get_raw, "getRaw", Bool, Option<bool>, [None], [],
                    "Send the raw events too.")
            }
            [HooksDestroyRequest, "hooks/destroy", Get, none, "Removes a webhook."] {
                (hook_id, "hookID", HookId, String, [], [],
                    "The hook's ID (a number on older servers, a UUID on BBB 3.0).")
            }
            [HooksListRequest, "hooks/list", Get, none, "Lists webhooks."] {
                (meeting_id, "meetingID", OptionalMeetingId, Option<String>, [None], [],
                    "This meeting's hooks and the global ones; unset: every hook.")
            }
        }
    };
}

/// A setter per row, typed by its kind.
macro_rules! call_setter {
    (@string $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: impl Into<String>) -> Self {
            self.$field = value.into();
            self
        }
    };
    (@text $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: impl Into<String>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
    (@bool $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`, sent as `true` or `false`.")]
        #[must_use]
        pub fn $field(mut self, value: bool) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@flag $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`; only `true` is ever sent.")]
        #[must_use]
        pub fn $field(mut self, value: bool) -> Self {
            self.$field = value;
            self
        }
    };
    (@count $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: i64) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@guestpolicykind $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: GuestPolicy) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@layoutkind $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: Layout) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@trackkind $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: TextTrackKind) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@idlist $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`, sent comma-separated.")]
        #[must_use]
        pub fn $field<I: IntoIterator<Item = S>, S: Into<String>>(mut self, values: I) -> Self {
            self.$field = values.into_iter().map(Into::into).collect();
            self
        }
    };
    (@states $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field<I: IntoIterator<Item = RecordingState>>(mut self, values: I) -> Self {
            self.$field = values.into_iter().collect();
            self
        }
    };
    (@features $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field<I: IntoIterator<Item = F>, F: Into<FeatureName>>(mut self, values: I) -> Self {
            self.$field = values.into_iter().map(Into::into).collect();
            self
        }
    };
    (@meta $field:ident, $name:literal) => {
        /// Adds a `meta_<key>` pair; give the key without the prefix.
        #[must_use]
        pub fn $field(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
            self.$field.push((key.into(), value.into()));
            self
        }
    };
    (@groups $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field<I: IntoIterator<Item = Group>>(mut self, values: I) -> Self {
            self.$field = values.into_iter().collect();
            self
        }
    };
    (@pluginmanifests $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field<I: IntoIterator<Item = PluginManifest>>(mut self, values: I) -> Self {
            self.$field = values.into_iter().collect();
            self
        }
    };
    (@documents $field:ident, $name:literal) => {
        /// Adds a presentation document, sent in the body.
        #[must_use]
        pub fn document(mut self, document: Document) -> Self {
            self.$field.push(document);
            self
        }
    };
    ($field:ident, $name:literal, CreateMeetingId) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, MeetingName) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, MeetingId) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, RecordId) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, HookId) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, ChatMessage) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, RequiredUrl) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, Lang) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, Text) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, Url) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, Password) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, OptionalMeetingId) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, UserName) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, Digits) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, ClientSettings) => {
        call_setter!(@text $field, $name);
    };
    ($field:ident, $name:literal, Bool) => {
        call_setter!(@bool $field, $name);
    };
    ($field:ident, $name:literal, RequiredBool) => {
        call_setter!(@bool $field, $name);
    };
    ($field:ident, $name:literal, Flag) => {
        call_setter!(@flag $field, $name);
    };
    ($field:ident, $name:literal, Count) => {
        call_setter!(@count $field, $name);
    };
    ($field:ident, $name:literal, PositiveCount) => {
        call_setter!(@count $field, $name);
    };
    ($field:ident, $name:literal, Limit) => {
        call_setter!(@count $field, $name);
    };
    ($field:ident, $name:literal, GuestPolicyKind) => {
        call_setter!(@guestpolicykind $field, $name);
    };
    ($field:ident, $name:literal, LayoutKind) => {
        call_setter!(@layoutkind $field, $name);
    };
    ($field:ident, $name:literal, TrackKind) => {
        call_setter!(@trackkind $field, $name);
    };
    ($field:ident, $name:literal, IdList) => {
        call_setter!(@idlist $field, $name);
    };
    ($field:ident, $name:literal, RequiredIdList) => {
        call_setter!(@idlist $field, $name);
    };
    ($field:ident, $name:literal, States) => {
        call_setter!(@states $field, $name);
    };
    ($field:ident, $name:literal, Features) => {
        call_setter!(@features $field, $name);
    };
    ($field:ident, $name:literal, Meta) => {
        call_setter!(@meta $field, $name);
    };
    ($field:ident, $name:literal, MetaFilter) => {
        call_setter!(@meta $field, $name);
    };
    ($field:ident, $name:literal, Groups) => {
        call_setter!(@groups $field, $name);
    };
    ($field:ident, $name:literal, PluginManifests) => {
        call_setter!(@pluginmanifests $field, $name);
    };
    ($field:ident, $name:literal, Documents) => {
        call_setter!(@documents $field, $name);
    };
    ($field:ident, $name:literal, RequiredDocuments) => {
        call_setter!(@documents $field, $name);
    };
}

/// The first parameter a row requires.
macro_rules! call_requires_first {
    () => {
        None
    };
    ($first:ident $(, $rest:ident)*) => {
        Some(bbb_name(Self::FIELDS, stringify!($first)))
    };
}

/// A row's cross-parameter rule, checked where the row is written.
macro_rules! call_cross_rule {
    ($self:ident, $field:ident, $name:literal, ) => {};
    ($self:ident, $field:ident, $name:literal, requires $($other:ident),+) => {
        $(
            if IsSet::is_set(&$self.$field) && !IsSet::is_set(&$self.$other) {
                return Err(InvalidParameter::new(
                    $name,
                    Rule::Requires(const { bbb_name(Self::FIELDS, stringify!($other)) }),
                ));
            }
        )+
    };
}

/// Writes the extra parameters of a request after the declared ones.
fn write_extra(
    q: &mut Query<'_>,
    extra: &[(String, String)],
    is_reserved: fn(&str) -> bool,
) -> Result<(), InvalidParameter> {
    let repeat = first_repeat(extra, |(n, _)| n.as_str());
    for (i, (name, value)) in extra.iter().enumerate() {
        if name.is_empty() {
            return Err(InvalidParameter::new("extra", Rule::Empty));
        }
        check_no_control(name, name)?;
        if is_reserved(name) {
            return Err(InvalidParameter::new(name.as_str(), Rule::Reserved));
        }
        check_no_control(name, value)?;
        if repeat == Some(i) {
            return Err(InvalidParameter::new(name.as_str(), Rule::Duplicate));
        }
        q.pair_encoded(name, value);
    }
    Ok(())
}

macro_rules! define_call {
    (
        $ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal,
        $( ($field:ident, $name:literal, $kind:ident, $fty:ty, [$($default:tt)?], [$($rule:ident $($other:ident),+)?], $doc:literal) )*
    ) => {
        #[doc = concat!("`", $call, "`: ", $tydoc)]
        ///
        /// Every parameter is declared once in [`for_each_call!`](crate::for_each_call) and
        /// emitted in that order ([`PARAMETERS`](Self::PARAMETERS)), then the extra parameters
        /// in the order they were added. Nothing is checked until the URL is signed
        /// ([`Server::url`], [`Server::prepare`]) or [`to_query`](Self::to_query) runs.
        ///
        /// Its `Debug` output shows `[redacted]` for a meeting password; the fields keep the
        /// values.
        #[derive(Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct $ty {
            $(
                #[doc = concat!("`", $name, "`: ", $doc)]
                pub $field: $fty,
            )*
            /// Parameters newer than bbbkit, sent as given after everything else.
            pub extra: Vec<(String, String)>,
        }

        impl std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($ty))
                    $( .field(stringify!($field), crate::params::debug_value::<kinds::$kind>(&self.$field)) )*
                    .field("extra", &self.extra)
                    .finish()
            }
        }

        impl $ty {
            /// (field, BBB name) of every row.
            #[allow(dead_code)]
            const FIELDS: &'static [(&'static str, &'static str)] = &[$((stringify!($field), $name)),*];

            /// The call's name as the API spells it.
            pub const CALL: &'static str = $call;

            /// Every declared parameter, in emission order: BBB name, field name, type, rules
            /// and quirks.
            pub const PARAMETERS: &'static [Param] = &[$(
                Param {
                    name: $name,
                    field: stringify!($field),
                    ty: <kinds::$kind as Kind>::TYPE,
                    required: <kinds::$kind as Kind>::REQUIRED,
                    rules: <kinds::$kind as Kind>::RULES,
                    only_when_true: <kinds::$kind as Kind>::ONLY_WHEN_TRUE,
                    requires: call_requires_first!($($($other),+)?),
                    requires_all: const { &[$($(bbb_name(Self::FIELDS, stringify!($other))),+)?] },
                    in_body: <kinds::$kind as Kind>::IN_BODY,
                    alternative: None,
                    doc: $doc,
                }
            ),*];

            $( call_setter!($field, $name, $kind); )*

            /// The declared parameter with this BBB name (exact case), if any.
            pub fn parameter(name: &str) -> Option<&'static Param> {
                Self::PARAMETERS.iter().find(|p| p.name == name)
            }

            /// Whether an extra parameter may not use this name: a declared one (in any case),
            /// a declared prefix (`meta_`), or `checksum`.
            pub fn is_reserved(name: &str) -> bool {
                name.eq_ignore_ascii_case("checksum")
                    || Self::PARAMETERS.iter().any(|p| {
                        p.name.eq_ignore_ascii_case(name)
                            || (p.ty == ParamType::Meta
                                && name
                                    .as_bytes()
                                    .get(..p.name.len())
                                    .is_some_and(|b| b.eq_ignore_ascii_case(p.name.as_bytes())))
                    })
            }

            /// Adds a parameter newer than bbbkit. It may not shadow a declared one or
            /// `checksum`.
            #[must_use]
            pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.extra.push((name.into(), value.into()));
                self
            }

            /// Sets one parameter named and written as in the BBB API: a declared one
            /// (booleans as `true`/`false`, lists comma-separated, enums in any case, JSON
            /// kinds as JSON), `meta_<key>` (added), `document` (JSON, added), or anything
            /// else as an extra parameter (added). A declared parameter set again is
            /// replaced.
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] naming the parameter for a value that does not convert,
            /// or for `checksum`. Everything else is checked when the URL is signed.
            #[allow(unreachable_patterns)]
            pub fn set(&mut self, name: &str, value: &str) -> Result<(), InvalidParameter> {
                match name {
                    $( $name => return <kinds::$kind as Kind>::set(&mut self.$field, $name, value), )*
                    _ => {}
                }
                $(
                    if let Some(prefix) = <kinds::$kind as Kind>::PREFIX {
                        if name.starts_with(prefix) {
                            return <kinds::$kind as Kind>::set(&mut self.$field, name, value);
                        }
                    }
                )*
                if name.eq_ignore_ascii_case("checksum") {
                    return Err(InvalidParameter::new(name, Rule::Reserved));
                }
                self.extra.push((name.to_owned(), value.to_owned()));
                Ok(())
            }

            /// A request from parameters named and written as in the BBB API, each set as by
            /// [`set`](Self::set).
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] for a declared single-valued parameter given twice, a
            /// value that does not convert, or `checksum`.
            pub fn from_params<I, K, V>(params: I) -> Result<$ty, InvalidParameter>
            where
                I: IntoIterator<Item = (K, V)>,
                K: AsRef<str>,
                V: AsRef<str>,
            {
                const _: () = assert!($ty::PARAMETERS.len() <= 128);
                let mut r = $ty::default();
                let mut seen = 0u128;
                for (k, v) in params {
                    let k = k.as_ref();
                    if let Some(i) = Self::PARAMETERS
                        .iter()
                        .position(|p| p.name == k && !p.repeatable())
                    {
                        if seen & (1 << i) != 0 {
                            return Err(InvalidParameter::new(k, Rule::Duplicate));
                        }
                        seen |= 1 << i;
                    }
                    r.set(k, v.as_ref())?;
                }
                Ok(r)
            }

            /// The validated, encoded query string, without `checksum`.
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] for the first parameter, in emission order, that breaks a
            /// rule.
            pub fn to_query(&self) -> Result<String, InvalidParameter> {
                let mut out = String::with_capacity(128);
                ApiCall::write_query(self, &mut out)?;
                Ok(out)
            }
        }

        impl ApiCall for $ty {
            const CALL: &'static str = $call;
            const METHOD: Method = Method::$method;

            #[allow(unused_variables, unused_mut)]
            fn write_query(&self, out: &mut String) -> Result<(), InvalidParameter> {
                let start = out.len();
                let q = &mut Query { out, start };
                $(
                    call_cross_rule!(self, $field, $name, $($rule $($other),+)?);
                    <kinds::$kind as Kind>::write(q, $name, &self.$field)?;
                )*
                write_extra(q, &self.extra, Self::is_reserved)
            }

            fn body(&self) -> Result<Option<Body>, InvalidParameter> {
                bodies::$body(self)
            }
        }
    };
}

macro_rules! define_calls {
    ($( [$ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal] { $($rows:tt)* } )*) => {
        $( define_call! { $ty, $call, $method, $body, $tydoc, $($rows)* } )*

        // One request at a time, usually behind a handle: the size of `create` is fine.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, Debug, PartialEq, Eq)]
        enum AnyCall {
            Join(JoinRequest),
            $( $ty($ty), )*
        }

        impl ApiRequest {
            /// Every call bbbkit declares, `join` first.
            pub const CALLS: &'static [&'static str] = &["join", $($call),*];

            /// An empty request for the call named as the API spells it (`create`,
            /// `hooks/create`).
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] naming `call` for a call bbbkit does not declare (use
            /// [`Server::api_url`] for those).
            pub fn new(call: &str) -> Result<ApiRequest, InvalidParameter> {
                Ok(ApiRequest::of(match call {
                    "join" => AnyCall::Join(JoinRequest::default()),
                    $( $call => AnyCall::$ty($ty::default()), )*
                    _ => return Err(InvalidParameter::new(
                        "call",
                        Rule::OneOf(concat!("join" $(, ", ", $call)*)),
                    )),
                }))
            }

            /// A request of the call named `call` from parameters named and written as in the
            /// BBB API, as the typed request's `from_params` reads them: a declared
            /// single-valued parameter given twice is refused.
            ///
            /// # Errors
            ///
            /// As [`ApiRequest::new`] and the typed request's `from_params`.
            pub fn from_params<I, K, V>(call: &str, params: I) -> Result<ApiRequest, InvalidParameter>
            where
                I: IntoIterator<Item = (K, V)>,
                K: AsRef<str>,
                V: AsRef<str>,
            {
                let mut request = ApiRequest::new(call)?;
                for (k, v) in params {
                    request.set(k.as_ref(), v.as_ref())?;
                }
                Ok(request)
            }

            /// What the call named `call` does, in one sentence.
            pub fn doc_of(call: &str) -> Option<&'static str> {
                match call {
                    "join" => Some(JoinRequest::DOC),
                    $( $call => Some($tydoc), )*
                    _ => None,
                }
            }

            /// The declared parameters of the call named `call`.
            pub fn parameters_of(call: &str) -> Option<&'static [Param]> {
                match call {
                    "join" => Some(JoinRequest::PARAMETERS),
                    $( $call => Some($ty::PARAMETERS), )*
                    _ => None,
                }
            }

            /// The call's name.
            pub fn call(&self) -> &'static str {
                match &self.call {
                    AnyCall::Join(_) => "join",
                    $( AnyCall::$ty(_) => $call, )*
                }
            }

            /// Sets one parameter, as the typed request's `set` does, except that a declared
            /// single-valued parameter is set once: BBB reads the first value of a repeated
            /// parameter, so a second value is refused rather than signed in place of the
            /// first (`meta_<key>` pairs and `document`s add, as in `set`).
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] with [`Rule::Duplicate`] naming a declared single-valued
            /// parameter set a second time; otherwise as the typed request's `set`.
            pub fn set(&mut self, name: &str, value: &str) -> Result<(), InvalidParameter> {
                let slot = Self::parameters_of(self.call())
                    .and_then(|ps| ps.iter().position(|p| p.name == name && !p.repeatable()));
                if let Some(i) = slot {
                    if self.seen & (1 << i) != 0 {
                        return Err(InvalidParameter::new(name, Rule::Duplicate));
                    }
                }
                match &mut self.call {
                    AnyCall::Join(r) => r.set(name, value)?,
                    $( AnyCall::$ty(r) => r.set(name, value)?, )*
                }
                if let Some(i) = slot {
                    self.seen |= 1 << i;
                }
                Ok(())
            }

            /// The validated query, without `checksum`.
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] for the first parameter that breaks a rule.
            pub fn to_query(&self) -> Result<String, InvalidParameter> {
                match &self.call {
                    AnyCall::Join(r) => r.to_query(),
                    $( AnyCall::$ty(r) => r.to_query(), )*
                }
            }

            fn prepare(&self, server: &Server) -> Result<PreparedRequest> {
                match &self.call {
                    AnyCall::Join(r) => Ok(PreparedRequest {
                        method: Method::Get,
                        url: server.join_url(r)?,
                        body: None,
                        content_type: None,
                        file_field: None,
                    }),
                    $( AnyCall::$ty(r) => server.prepare(r), )*
                }
            }
        }
    };
}

/// A request of any declared call, built by name: for hosts that hold parameters as strings
/// (the C ABI, PHP, the command line, forms). The typed requests are the same calls with
/// fields and setters.
///
/// # Examples
///
/// ```
/// use bbbkit::{ApiRequest, Server};
/// let server = Server::new("https://bbb.example.com", "secret")?;
/// let mut req = ApiRequest::new("create")?;
/// req.set("meetingID", "room-1")?;
/// req.set("name", "Physics 101")?;
/// req.set("record", "true")?;
/// req.set("meta_bbb-origin", "moodle")?;
/// let prepared = server.prepare_request(&req)?;
/// assert!(prepared.url.contains("create?name=Physics+101&meetingID=room-1&record=true&meta_bbb-origin=moodle&checksum="));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiRequest {
    call: AnyCall,
    /// The declared single-valued parameters set so far, by position in `PARAMETERS`.
    seen: u128,
}

impl ApiRequest {
    fn of(call: AnyCall) -> ApiRequest {
        ApiRequest { call, seen: 0 }
    }
}

crate::for_each_call!(define_calls);

impl JoinRequest {
    /// What `join` does, in one sentence (as each call's declaration says it).
    pub const DOC: &'static str =
        "Signs a user into a running meeting (the browser goes to the URL).";
}

impl PutRecordingTextTrackRequest {
    /// The multipart field that carries the track's file.
    pub const FILE_FIELD: &'static str = "file";
}

impl CreateRequest {
    /// A `create` with its two required parameters.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{CreateRequest, Feature, GuestPolicy, Server};
    /// let server = Server::new("https://bbb.example.com", "secret")?;
    /// let req = CreateRequest::new("cs101", "CS 101")
    ///     .record(true)
    ///     .guest_policy(GuestPolicy::AskModerator)
    ///     .disabled_features([Feature::Polls, Feature::SharedNotes])
    ///     .meta("bbb-origin", "moodle");
    /// assert_eq!(
    ///     req.to_query()?,
    ///     "name=CS+101&meetingID=cs101&record=true&meta_bbb-origin=moodle\
    ///      &guestPolicy=ASK_MODERATOR&disabledFeatures=polls%2CsharedNotes"
    /// );
    /// # let _ = server.create_url(&req)?;
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    pub fn new(meeting_id: impl Into<String>, name: impl Into<String>) -> CreateRequest {
        CreateRequest {
            meeting_id: meeting_id.into(),
            name: name.into(),
            ..CreateRequest::default()
        }
    }
}

/// `new` for the calls whose only required parameter is `meetingID`.
macro_rules! meeting_id_constructor {
    ($($ty:ident),*) => {$(
        impl $ty {
            /// The call for this meeting (its ID, or its internal ID).
            pub fn new(meeting_id: impl Into<String>) -> $ty {
                $ty {
                    meeting_id: meeting_id.into(),
                    ..$ty::default()
                }
            }
        }
    )*};
}
meeting_id_constructor!(EndRequest, IsMeetingRunningRequest, GetMeetingInfoRequest);

impl GetMeetingsRequest {
    /// `getMeetings` has no parameters.
    pub fn new() -> GetMeetingsRequest {
        GetMeetingsRequest::default()
    }
}

impl GetRecordingsRequest {
    /// A `getRecordings` without filters: set at least a filter or a `limit`, or the server
    /// lists every recording.
    pub fn new() -> GetRecordingsRequest {
        GetRecordingsRequest::default()
    }
}

impl PublishRecordingsRequest {
    /// Publishes (`true`) or unpublishes (`false`) these recordings.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(record_ids: I, publish: bool) -> Self {
        PublishRecordingsRequest {
            record_id: record_ids.into_iter().map(Into::into).collect(),
            publish: Some(publish),
            ..Self::default()
        }
    }
}

impl DeleteRecordingsRequest {
    /// Deletes these recordings.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(record_ids: I) -> Self {
        DeleteRecordingsRequest {
            record_id: record_ids.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }
}

impl UpdateRecordingsRequest {
    /// Updates the metadata of these recordings (each ID matches by prefix).
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::UpdateRecordingsRequest;
    /// let req = UpdateRecordingsRequest::new(["a1b2-1715261728123"]).meta("course", "").meta("term", "2026S");
    /// assert_eq!(req.to_query()?, "recordID=a1b2-1715261728123&meta_course=&meta_term=2026S");
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(record_ids: I) -> Self {
        UpdateRecordingsRequest {
            record_id: record_ids.into_iter().map(Into::into).collect(),
            ..Self::default()
        }
    }
}

impl GetRecordingTextTracksRequest {
    /// The text tracks of one recording.
    pub fn new(record_id: impl Into<String>) -> Self {
        GetRecordingTextTracksRequest {
            record_id: record_id.into(),
            ..Self::default()
        }
    }
}

impl PutRecordingTextTrackRequest {
    /// Uploads a track of this kind and language; send the file as the multipart field
    /// [`FILE_FIELD`](Self::FILE_FIELD).
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Method, PutRecordingTextTrackRequest, Server, TextTrackKind};
    /// let server = Server::new("https://bbb.example.com", "secret")?;
    /// let p = server.prepare(&PutRecordingTextTrackRequest::new("a1b2-1715261728123", TextTrackKind::Subtitles, "pt-BR"))?;
    /// assert_eq!((p.method, p.content_type, p.file_field), (Method::Post, Some("multipart/form-data"), Some("file")));
    /// assert!(p.body.is_none());
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    pub fn new(record_id: impl Into<String>, kind: TextTrackKind, lang: impl Into<String>) -> Self {
        PutRecordingTextTrackRequest {
            record_id: record_id.into(),
            kind: Some(kind),
            lang: lang.into(),
            ..Self::default()
        }
    }
}

impl InsertDocumentRequest {
    /// Adds documents to a running meeting.
    pub fn new<I: IntoIterator<Item = Document>>(
        meeting_id: impl Into<String>,
        documents: I,
    ) -> Self {
        InsertDocumentRequest {
            meeting_id: meeting_id.into(),
            documents: documents.into_iter().collect(),
            ..Self::default()
        }
    }
}

impl SendChatMessageRequest {
    /// Posts `message` to the meeting's public chat.
    pub fn new(meeting_id: impl Into<String>, message: impl Into<String>) -> Self {
        SendChatMessageRequest {
            meeting_id: meeting_id.into(),
            message: message.into(),
            ..Self::default()
        }
    }
}

impl HooksCreateRequest {
    /// A hook that POSTs events to `callback_url`.
    ///
    /// The webhooks plugin compares checksums case-sensitively (bbbkit writes lower case), and
    /// the plugin of BBB 2.6 and 2.7 accepts only SHA-1: sign with
    /// [`Algorithm::Sha1`](crate::Algorithm::Sha1) for those servers.
    pub fn new(callback_url: impl Into<String>) -> Self {
        HooksCreateRequest {
            callback_url: callback_url.into(),
            ..Self::default()
        }
    }
}

impl HooksDestroyRequest {
    /// Removes the hook with this ID.
    pub fn new(hook_id: impl Into<String>) -> Self {
        HooksDestroyRequest {
            hook_id: hook_id.into(),
            ..Self::default()
        }
    }
}

impl HooksListRequest {
    /// Every hook; set `meeting_id` for one meeting's hooks and the global ones.
    pub fn new() -> Self {
        HooksListRequest::default()
    }
}
