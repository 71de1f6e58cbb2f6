//! Errors: one public [`Error`] built from one error type per layer.

use std::fmt;

use crate::algorithm::Algorithm;
use crate::answer_kind::AnswerKind;
use crate::callback::CallbackError;
use crate::invalid::InvalidParameter;

/// A specialised `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in bbbkit.
///
/// Each variant wraps the error of one layer, so callers can match on the layer and then on
/// its details. No variant ever carries the shared secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Input refused before anything was signed.
    #[error(transparent)]
    InvalidParameter(#[from] InvalidParameter),
    /// An incoming signed query did not verify.
    #[error(transparent)]
    Verify(#[from] VerifyError),
    /// Bytes that are not a BigBlueButton response.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The server answered `FAILED`.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// A callback from the server (recording ready, analytics, webhook, end) did not verify.
    #[error(transparent)]
    Callback(#[from] CallbackError),
}

impl Error {
    /// A stable, language-neutral name for the kind of error, as used in `tests/vectors/`:
    /// `invalid_parameter`, the [`VerifyError::code`], `parse`, `api` or the
    /// [`CallbackError::code`](crate::CallbackError::code).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidParameter(_) => "invalid_parameter",
            Error::Verify(e) => e.code(),
            Error::Parse(_) => "parse",
            Error::Api(_) => "api",
            Error::Callback(e) => e.code(),
        }
    }
}

/// Why an incoming signed query did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// There is no `checksum` parameter, or it is empty.
    #[error("the query has no checksum parameter")]
    MissingChecksum,
    /// The query carries more than one checksum parameter.
    #[error("the query carries more than one checksum parameter")]
    DuplicateChecksum,
    /// The checksum is not hexadecimal.
    #[error("the checksum is not hexadecimal")]
    MalformedChecksum,
    /// No algorithm has a digest of this many hex digits.
    #[error("a checksum of {0} hex digits matches no algorithm (40, 64, 96 or 128 expected)")]
    UnknownLength(usize),
    /// The checksum's algorithm is not on the allow-list.
    #[error("checksum algorithm {0} is not allowed")]
    AlgorithmNotAllowed(Algorithm),
    /// The checksum does not match the call, the query and any of the secrets.
    #[error("the checksum does not match")]
    Mismatch,
}

impl VerifyError {
    /// Every kind of verification failure, by its [`code`](Self::code).
    pub const CODES: &'static [&'static str] = &[
        "checksum_missing",
        "checksum_duplicate",
        "checksum_malformed",
        "checksum_length",
        "algorithm_not_allowed",
        "checksum_mismatch",
    ];

    /// A stable, language-neutral code, as used in `tests/vectors/`. It is also the kind
    /// front ends name their classes after (`checksum_mismatch` → `ChecksumMismatch`).
    pub fn code(&self) -> &'static str {
        match self {
            VerifyError::MissingChecksum => "checksum_missing",
            VerifyError::DuplicateChecksum => "checksum_duplicate",
            VerifyError::MalformedChecksum => "checksum_malformed",
            VerifyError::UnknownLength(_) => "checksum_length",
            VerifyError::AlgorithmNotAllowed(_) => "algorithm_not_allowed",
            VerifyError::Mismatch => "checksum_mismatch",
        }
    }
}

/// Bytes that could not be read as a BigBlueButton response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input is larger than the configured limit.
    #[error("the response is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The input is not valid UTF-8.
    #[error("the response is not valid UTF-8")]
    InvalidUtf8,
    /// The document declares a DOCTYPE; entity declarations are never expanded.
    #[error("the response declares a DOCTYPE, which BBB never sends; entities are not expanded")]
    Doctype,
    /// The document uses an entity other than the five predefined ones or a character reference.
    #[error("the response uses the undefined entity `&{0};`")]
    UnknownEntity(String),
    /// Elements are nested deeper than the configured limit.
    #[error("the response nests elements deeper than {limit} levels")]
    TooDeep {
        /// The limit in levels.
        limit: usize,
    },
    /// The XML or JSON is not well-formed (truncated, mismatched tags, …).
    #[error("the response is malformed: {0}")]
    Malformed(String),
    /// Well-formed, but not a BBB response (no `<response>` root with a `returncode`,
    /// for example an HTML error page from a proxy).
    #[error("not a BigBlueButton response: {0}")]
    NotBbb(String),
    /// A field the response must carry is missing.
    #[error("the response has no `{0}`")]
    MissingField(&'static str),
    /// A field has a value of the wrong form.
    #[error("the response's `{field}` is not valid: {value:?}")]
    InvalidField {
        /// The element name.
        field: &'static str,
        /// The value found (truncated to 64 characters).
        value: String,
    },
    /// An error redirect (`?errors=`) carries no readable errors.
    #[error("the location has no readable `errors` parameter: {0}")]
    NoErrors(String),
}

impl ParseError {
    /// A stable, language-neutral code, as used in `tests/vectors/`.
    pub fn code(&self) -> &'static str {
        match self {
            ParseError::TooLarge { .. } => "too_large",
            ParseError::InvalidUtf8 => "invalid_utf8",
            ParseError::Doctype => "doctype",
            ParseError::UnknownEntity(_) => "unknown_entity",
            ParseError::TooDeep { .. } => "too_deep",
            ParseError::Malformed(_) => "malformed",
            ParseError::NotBbb(_) => "not_bbb",
            ParseError::MissingField(_) => "missing_field",
            ParseError::InvalidField { .. } => "invalid_field",
            ParseError::NoErrors(_) => "no_errors",
        }
    }
}

/// The declaration of [`ApiErrorKind`]: each kind with its stable code and snake-case name.
/// Front ends that need a type of their own (the UniFFI enum) call it with a macro of theirs,
/// which receives rows `/// doc  Variant = (code, "name"),`.
///
/// # Examples
///
/// ```
/// macro_rules! names {
///     ($($(#[$doc:meta])* $v:ident = ($code:literal, $name:literal),)*) => { [$($name),*] };
/// }
/// assert_eq!(bbbkit::for_each_api_error_kind!(names).len(), bbbkit::ApiErrorKind::ALL.len());
/// ```
#[macro_export]
macro_rules! for_each_api_error_kind {
    ($m:ident) => {
        $m! {
            /// The checksum did not match: wrong secret, or a URL re-encoded on the way.
            ChecksumError = (1, "checksum_error"),
            /// The meeting has ended (or, on join, does not exist).
            MeetingEnded = (2, "meeting_ended"),
            /// No such meeting.
            MeetingNotFound = (3, "meeting_not_found"),
            /// The meeting is full.
            MaxParticipantsReached = (4, "max_participants_reached"),
            /// A moderator denied the guest.
            GuestDenied = (5, "guest_denied"),
            /// The meeting was recreated since the join URL was made: create it again, then join.
            CreateTimeMismatch = (6, "create_time_mismatch"),
            /// `existingUserID` names no user.
            UserNotFound = (7, "user_not_found"),
            /// The meeting ID is in use with other settings.
            MeetingIdNotUnique = (8, "meeting_id_not_unique"),
            /// The API is switched off on the server.
            ApiNotEnabled = (9, "api_not_enabled"),
            /// The server refused the request's parameters.
            InvalidRequest = (10, "invalid_request"),
            /// No recording has the IDs given (`notFound` on publishRecordings,
            /// deleteRecordings and updateRecordings, `noRecordings` on the text track calls).
            RecordingNotFound = (11, "recording_not_found"),
            /// A key bbbkit does not know (or none at all).
            UnknownApiError = (0, "unknown_api_error"),
        }
    };
}

macro_rules! api_error_kinds {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal), )*) => {
        /// What a failed call means for the application: the kind of its [`MessageKey`].
        /// Front ends pick their exception class from the kind, one class per kind, named
        /// after [`as_str`](Self::as_str) (`meeting_not_found` → `MeetingNotFound`).
        ///
        /// # Examples
        ///
        /// ```
        /// use bbbkit::{ApiErrorKind, MessageKey};
        /// assert_eq!(MessageKey::NotFound.kind(), ApiErrorKind::MeetingNotFound);
        /// assert_eq!(MessageKey::from("somethingNew").kind(), ApiErrorKind::UnknownApiError);
        /// assert_eq!(ApiErrorKind::CreateTimeMismatch.as_str(), "create_time_mismatch");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ApiErrorKind {
            $( $(#[$doc])* $variant, )*
        }

        impl ApiErrorKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [ApiErrorKind] = &[$(ApiErrorKind::$variant),*];

            /// A stable, language-neutral name in snake case.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ApiErrorKind::$variant => $name,)*
                }
            }

            /// A stable number (0 for [`UnknownApiError`](Self::UnknownApiError)), as the C
            /// ABI uses it.
            pub const fn code(self) -> u32 {
                match self {
                    $(ApiErrorKind::$variant => $code,)*
                }
            }
        }
    };
}

crate::for_each_api_error_kind!(api_error_kinds);

impl fmt::Display for ApiErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! message_keys {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $spelling:literal, $kind:ident), )*) => {
        /// The `messageKey` of a failed call, typed where applications act on it.
        ///
        /// Match on the key or its [`kind`](MessageKey::kind), never on the message: old
        /// servers word the same key differently.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum MessageKey {
            $( $(#[$doc])* $variant, )*
            /// Any other key, kept as the server sent it.
            Other(String),
        }

        impl MessageKey {
            /// Every known key, in declaration order.
            pub const KNOWN: &'static [MessageKey] = &[$(MessageKey::$variant),*];

            /// The key exactly as the server spells it.
            ///
            /// # Examples
            ///
            /// ```
            /// use bbbkit::MessageKey;
            /// assert_eq!(MessageKey::ParamsRequired.as_str(), "Params required");
            /// assert_eq!(MessageKey::from("somethingNew").as_str(), "somethingNew");
            /// ```
            pub fn as_str(&self) -> &str {
                match self {
                    $(MessageKey::$variant => $spelling,)*
                    MessageKey::Other(s) => s,
                }
            }

            /// What the key means for the application, whatever the call; the answer parsers use
            /// [`kind_in`](MessageKey::kind_in), which knows the call.
            pub const fn kind(&self) -> ApiErrorKind {
                match self {
                    $(MessageKey::$variant => ApiErrorKind::$kind,)*
                    MessageKey::Other(_) => ApiErrorKind::UnknownApiError,
                }
            }

            /// A stable number for a known key (0 for [`Other`](MessageKey::Other)), as the C
            /// ABI uses it.
            pub const fn code(&self) -> u32 {
                match self {
                    $(MessageKey::$variant => $code,)*
                    MessageKey::Other(_) => 0,
                }
            }
        }

        impl From<&str> for MessageKey {
            fn from(s: &str) -> Self {
                match s {
                    $($spelling => MessageKey::$variant,)*
                    other => MessageKey::Other(other.to_owned()),
                }
            }
        }
    };
}

/// The declaration of [`MessageKey`]: each known key with its stable code, its spelling and
/// its [`ApiErrorKind`]. Front ends that need a type of their own (the UniFFI enum) call it
/// with a macro of theirs, which receives rows `/// doc  Variant = (code, "spelling", Kind),`.
///
/// # Examples
///
/// ```
/// macro_rules! spellings {
///     ($($(#[$doc:meta])* $v:ident = ($code:literal, $s:literal, $kind:ident),)*) => { [$($s),*] };
/// }
/// assert_eq!(bbbkit::for_each_message_key!(spellings)[0], "checksumError");
/// ```
#[macro_export]
macro_rules! for_each_message_key {
    ($m:ident) => {
        $m! {
            /// `checksumError`: wrong secret or re-encoded URL.
            ChecksumError = (1, "checksumError", ChecksumError),
            /// `meetingForciblyEnded`; also what the server reports for an unknown meeting on join.
            MeetingForciblyEnded = (2, "meetingForciblyEnded", MeetingEnded),
            /// `invalidMeetingIdentifier`.
            InvalidMeetingIdentifier = (3, "invalidMeetingIdentifier", MeetingNotFound),
            /// `missingParamMeetingID`.
            MissingParamMeetingId = (4, "missingParamMeetingID", InvalidRequest),
            /// `missingParamFullName`.
            MissingParamFullName = (5, "missingParamFullName", InvalidRequest),
            /// `sizeError`.
            SizeError = (6, "sizeError", InvalidRequest),
            /// `validationError`.
            ValidationError = (7, "validationError", InvalidRequest),
            /// `invalidPassword`.
            InvalidPassword = (8, "invalidPassword", InvalidRequest),
            /// `mismatchCreateTimeParam`: the meeting was recreated since the URL was made.
            MismatchCreateTimeParam = (9, "mismatchCreateTimeParam", CreateTimeMismatch),
            /// `maxParticipantsReached`.
            MaxParticipantsReached = (10, "maxParticipantsReached", MaxParticipantsReached),
            /// `guestDeniedAccess`.
            GuestDeniedAccess = (11, "guestDeniedAccess", GuestDenied),
            /// `Params required` (with a space): neither a valid role nor a correct password.
            ParamsRequired = (12, "Params required", InvalidRequest),
            /// `unsupportedContentType`.
            UnsupportedContentType = (13, "unsupportedContentType", InvalidRequest),
            /// `apiNotEnabled`.
            ApiNotEnabled = (14, "apiNotEnabled", ApiNotEnabled),
            /// `userNotFound`: unknown `existingUserID`.
            UserNotFound = (15, "userNotFound", UserNotFound),
            /// `notFound`: unknown meeting on getMeetingInfo or end; on publishRecordings,
            /// deleteRecordings and updateRecordings no recording has the IDs given, so its kind
            /// there is `RecordingNotFound` (see [`MessageKey::kind_in`]).
            NotFound = (16, "notFound", MeetingNotFound),
            /// `idNotUnique`: create with a meeting ID in use with other settings.
            IdNotUnique = (17, "idNotUnique", MeetingIdNotUnique),
            /// No `messageKey` at all, only a message (insertDocument and getJoinUrl fail this way).
            /// Spelled as the empty string.
            NoKey = (18, "", UnknownApiError),
            /// `missingParamRecordID`: a recording call without `recordID`.
            MissingParamRecordId = (19, "missingParamRecordID", InvalidRequest),
            /// `missingParamPublish`: publishRecordings without `publish`.
            MissingParamPublish = (20, "missingParamPublish", InvalidRequest),
            /// `paramError`: putRecordingTextTrack without a required parameter.
            ParamError = (21, "paramError", InvalidRequest),
            /// `invalidKind`: a text track `kind` other than `subtitles` or `captions`.
            InvalidKind = (22, "invalidKind", InvalidRequest),
            /// `invalidLang`: a text track `lang` that is not a language tag.
            InvalidLang = (23, "invalidLang", InvalidRequest),
            /// `empty_uploaded_text_track`: putRecordingTextTrack without a file.
            EmptyUploadedTextTrack = (24, "empty_uploaded_text_track", InvalidRequest),
            /// `meetingNotFound`: sendChatMessage to a meeting that is not running.
            MeetingNotFound = (25, "meetingNotFound", MeetingNotFound),
            /// `missingParamCallbackURL`: hooks/create without `callbackURL`.
            MissingParamCallbackUrl = (26, "missingParamCallbackURL", InvalidRequest),
            /// `missingParamHookID`: hooks/destroy without `hookID`.
            MissingParamHookId = (27, "missingParamHookID", InvalidRequest),
            /// `noRecordings`: getRecordingTextTracks or putRecordingTextTrack for a recording the
            /// server does not have. (getRecordings sends it too, in a `SUCCESS` answer with no
            /// recordings, where it is no error.)
            NoRecordings = (28, "noRecordings", RecordingNotFound),
        }
    };
}

crate::for_each_message_key!(message_keys);

impl fmt::Display for MessageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl MessageKey {
    /// What the key means in the answer to `call`. The server reuses a few keys across calls:
    /// `notFound` is an unknown meeting on getMeetingInfo and end, but on publishRecordings,
    /// deleteRecordings and updateRecordings it means that no recording has the IDs given
    /// ([`ApiErrorKind::RecordingNotFound`]). Every other key means what [`kind`](Self::kind)
    /// says. This is the one table of call-dependent kinds; every front end reads it through
    /// [`ApiError::kind`].
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{AnswerKind, ApiErrorKind, MessageKey};
    /// assert_eq!(MessageKey::NotFound.kind_in(AnswerKind::MeetingInfo), ApiErrorKind::MeetingNotFound);
    /// assert_eq!(MessageKey::NotFound.kind_in(AnswerKind::Publish), ApiErrorKind::RecordingNotFound);
    /// assert_eq!(MessageKey::ChecksumError.kind_in(AnswerKind::Delete), ApiErrorKind::ChecksumError);
    /// ```
    pub fn kind_in(&self, call: AnswerKind) -> ApiErrorKind {
        match (self, call) {
            (
                MessageKey::NotFound,
                AnswerKind::Publish | AnswerKind::Delete | AnswerKind::Update,
            ) => ApiErrorKind::RecordingNotFound,
            _ => self.kind(),
        }
    }
}

/// One error as the server reports it: a key and a human message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiErrorDetail {
    /// The `messageKey` (or `<key>` in the multi-error form).
    pub key: MessageKey,
    /// The human-readable message, as sent (may be empty).
    pub message: String,
    /// What the key means in the answer it came from ([`MessageKey::kind_in`]; the
    /// call-independent [`MessageKey::kind`] where the call is unknown).
    pub kind: ApiErrorKind,
}

impl ApiErrorDetail {
    pub(crate) fn new(key: MessageKey, message: String) -> ApiErrorDetail {
        let kind = key.kind();
        ApiErrorDetail { key, message, kind }
    }
}

/// The server answered `FAILED` (or redirected to `?errors=`).
///
/// `key` and `message` are those of the first error; `errors` holds all of them, in order, and
/// is never empty. `kind` is what the first error means for the call answered (`notFound` is
/// [`ApiErrorKind::RecordingNotFound`] on publishRecordings, [`ApiErrorKind::MeetingNotFound`]
/// on getMeetingInfo). `details` keeps whatever else the answer carries, such as the
/// `recordId` of a failed putRecordingTextTrack.
///
/// # Examples
///
/// ```
/// use bbbkit::{parse_join_response, ApiErrorKind, Error, MessageKey};
///
/// let xml = b"<response><returncode>FAILED</returncode>\
///             <messageKey>checksumError</messageKey>\
///             <message>Checksums do not match</message></response>";
/// let Err(Error::Api(e)) = parse_join_response(xml) else { panic!() };
/// assert_eq!(e.key, MessageKey::ChecksumError);
/// assert_eq!(e.kind, ApiErrorKind::ChecksumError);
/// assert_eq!(e.message, "Checksums do not match");
/// assert_eq!(e.errors.len(), 1);
/// assert!(e.details.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("BigBlueButton answered FAILED: {key}: {message}")]
#[non_exhaustive]
pub struct ApiError {
    /// The first error's key.
    pub key: MessageKey,
    /// The first error's message.
    pub message: String,
    /// What the first error means for the call answered.
    pub kind: ApiErrorKind,
    /// Every error, in the order the server sent them.
    pub errors: Vec<ApiErrorDetail>,
    /// The other values of the `FAILED` answer, as (element name, text) pairs in document
    /// order: every top-level element with text but `returncode`, `messageKey`, `message` and
    /// `errors` (a failed putRecordingTextTrack keeps its `recordId`). Empty for most answers.
    pub details: Vec<(String, String)>,
}

impl ApiError {
    pub(crate) fn from_details(errors: Vec<ApiErrorDetail>) -> ApiError {
        let first = errors
            .first()
            .cloned()
            .unwrap_or_else(|| ApiErrorDetail::new(MessageKey::NoKey, String::new()));
        let errors = if errors.is_empty() {
            vec![first.clone()]
        } else {
            errors
        };
        ApiError {
            key: first.key,
            message: first.message,
            kind: first.kind,
            errors,
            details: Vec::new(),
        }
    }

    /// The same error, its kinds read for the answer to `call` ([`MessageKey::kind_in`]).
    #[must_use]
    pub(crate) fn in_call(mut self, call: AnswerKind) -> ApiError {
        self.kind = self.key.kind_in(call);
        for d in &mut self.errors {
            d.kind = d.key.kind_in(call);
        }
        self
    }

    /// The text of the first [`details`](Self::details) pair named `name` (exact spelling).
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Error;
    /// let body = br#"{"response":{"returncode":"FAILED","messageKey":"upload_text_track_failed",
    ///     "message":"Text track upload failed.","recordId":"r-1"}}"#;
    /// let Err(Error::Api(e)) = bbbkit::parse_put_text_track(body) else { panic!() };
    /// assert_eq!(e.detail("recordId"), Some("r-1"));
    /// assert_eq!(e.detail("nope"), None);
    /// ```
    pub fn detail(&self, name: &str) -> Option<&str> {
        self.details
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Error {
    /// The same error, an [`ApiError`]'s kinds read for the answer to `call`.
    #[must_use]
    pub(crate) fn in_call(self, call: AnswerKind) -> Error {
        match self {
            Error::Api(e) => Error::Api(e.in_call(call)),
            other => other,
        }
    }
}
