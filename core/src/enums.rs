//! The string enums that requests share ([`Role`], [`Layout`], [`GuestPolicy`],
//! [`RecordingState`], [`TextTrackKind`], [`Feature`] and [`FeatureName`]), and `string_enum!`,
//! which declares each once: its variants, their spellings and stable numeric codes.

use std::fmt;
use std::str::FromStr;

use crate::invalid::{InvalidParameter, Rule};

macro_rules! join_spellings {
    ($first:literal $(, $rest:literal)*) => { concat!($first $(, ", ", $rest)*) };
}
pub(crate) use join_spellings;

/// An enum whose values are sent as fixed spellings, declared once: the variants, their
/// spellings, and stable numeric codes (the C enum values; a retired code is never reused).
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vdoc:meta])* $variant:ident = ($code:literal, $spelling:literal), )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vdoc])* $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Every spelling, comma-separated, as error messages list them.
            pub const SPELLINGS: &'static str = $crate::enums::join_spellings!($($spelling),*);

            /// The value exactly as sent.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $spelling,)*
                }
            }

            /// A stable number for this value (1, 2, …), as the C ABI uses it.
            pub const fn code(self) -> u32 {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            /// The value with this [`code`](Self::code), if any.
            pub const fn from_code(code: u32) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
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

string_enum! {
    /// The user's role in the meeting (`role`, BBB 3.0+).
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Role;
    /// assert_eq!("moderator".parse::<Role>()?, Role::Moderator);
    /// assert_eq!(Role::Viewer.as_str(), "VIEWER");
    /// assert_eq!(Role::from_code(Role::Viewer.code()), Some(Role::Viewer));
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    pub enum Role {
        /// `MODERATOR`.
        Moderator = (1, "MODERATOR"),
        /// `VIEWER`.
        Viewer = (2, "VIEWER"),
    }
}

impl FromStr for Role {
    type Err = InvalidParameter;
    /// Case-insensitive, as on the server. The error names `role`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Role::ALL
            .iter()
            .copied()
            .find(|r| r.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| InvalidParameter::new("role", Rule::OneOf(Role::SPELLINGS)))
    }
}

string_enum! {
    /// A client layout, for `enforceLayout` and `defaultLayout`.
    ///
    /// The HTML5 client looks the exact key up and silently ignores anything else, so bbbkit
    /// only ever sends these nine spellings. The official docs' `PARTICIPANTS_CHAT_ONLY` is
    /// accepted when parsing and sent as the spelling the client understands,
    /// `PARTICIPANTS_AND_CHAT_ONLY`.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Layout;
    /// let l: Layout = "participants_chat_only".parse()?;
    /// assert_eq!(l.as_str(), "PARTICIPANTS_AND_CHAT_ONLY");
    /// assert_eq!(Layout::ALL.len(), 9);
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    pub enum Layout {
        /// `UNIFIED_LAYOUT`
        UnifiedLayout = (1, "UNIFIED_LAYOUT"),
        /// `CUSTOM_LAYOUT`
        CustomLayout = (2, "CUSTOM_LAYOUT"),
        /// `SMART_LAYOUT`
        SmartLayout = (3, "SMART_LAYOUT"),
        /// `PRESENTATION_FOCUS`
        PresentationFocus = (4, "PRESENTATION_FOCUS"),
        /// `VIDEO_FOCUS`
        VideoFocus = (5, "VIDEO_FOCUS"),
        /// `CAMERAS_ONLY`
        CamerasOnly = (6, "CAMERAS_ONLY"),
        /// `PARTICIPANTS_AND_CHAT_ONLY` (the docs' `PARTICIPANTS_CHAT_ONLY`)
        ParticipantsAndChatOnly = (7, "PARTICIPANTS_AND_CHAT_ONLY"),
        /// `PRESENTATION_ONLY`
        PresentationOnly = (8, "PRESENTATION_ONLY"),
        /// `MEDIA_ONLY`
        MediaOnly = (9, "MEDIA_ONLY"),
    }
}

impl FromStr for Layout {
    type Err = InvalidParameter;
    /// Case-insensitive; `-` and space count as `_`; the docs' `PARTICIPANTS_CHAT_ONLY` is
    /// accepted. The error names `layout`; a request names the parameter it was given for
    /// (`enforceLayout` or `defaultLayout`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm: String = s
            .trim()
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        if norm == "PARTICIPANTS_CHAT_ONLY" {
            return Ok(Layout::ParticipantsAndChatOnly);
        }
        Layout::ALL
            .iter()
            .copied()
            .find(|l| l.as_str() == norm)
            .ok_or_else(|| InvalidParameter::new("layout", Rule::OneOf(Layout::SPELLINGS)))
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
