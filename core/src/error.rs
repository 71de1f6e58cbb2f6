//! Errors: one public [`Error`] built from one error type per layer.

use std::fmt;

use crate::algorithm::Algorithm;

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
}

impl Error {
    /// A stable, language-neutral name for the kind of error, as used in `tests/vectors/`:
    /// `invalid_parameter`, the [`VerifyError::code`], `parse` or `api`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidParameter(_) => "invalid_parameter",
            Error::Verify(e) => e.code(),
            Error::Parse(_) => "parse",
            Error::Api(_) => "api",
        }
    }
}

/// The validation rule a parameter broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// The parameter must be given.
    Required,
    /// An optional value was given but empty.
    Empty,
    /// The length, in characters (UTF-16 code units, as the Java server counts), is out of range.
    Length {
        /// Inclusive minimum.
        min: usize,
        /// Inclusive maximum.
        max: usize,
    },
    /// The server refuses a comma in a meeting ID.
    NoComma,
    /// Control characters (U+0000–U+001F, U+007F–U+009F) are stripped or refused by the server.
    ControlCharacter,
    /// A join needs `role` (or the deprecated `password`).
    RoleOrPassword,
    /// An integer that must be greater than zero.
    Positive,
    /// An absolute `http://` or `https://` URL with a host.
    HttpUrl,
    /// A URL must not carry a user name or password.
    NoCredentials,
    /// A BBB API base URL has no query and no fragment.
    BaseUrl,
    /// A userdata key must be non-empty and contain no `-`, `=` or `&`; the server drops
    /// `userdata-a-b` silently.
    UserdataKey,
    /// The same name was given twice.
    Duplicate,
    /// `sessionName` and `replaceSessionToken` only work together with `existingUserID`.
    RequiresExistingUserId,
    /// The name is reserved: bbbkit emits it itself (`checksum`) or it has a typed setter.
    Reserved,
    /// An API call name is one or more `/`-separated segments of `A-Z a-z 0-9 _ -`.
    CallName,
    /// The value must be one of the listed ones.
    OneOf(&'static str),
    /// The value is not a well-formed URL for this purpose.
    Url,
}

impl Rule {
    /// A stable, language-neutral code for the rule, as used in `tests/vectors/`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(bbbkit::Rule::NoComma.code(), "no_comma");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::Empty => "empty",
            Rule::Length { .. } => "length",
            Rule::NoComma => "no_comma",
            Rule::ControlCharacter => "control_character",
            Rule::RoleOrPassword => "role_or_password",
            Rule::Positive => "positive",
            Rule::HttpUrl => "http_url",
            Rule::NoCredentials => "no_credentials",
            Rule::BaseUrl => "base_url",
            Rule::UserdataKey => "userdata_key",
            Rule::Duplicate => "duplicate",
            Rule::RequiresExistingUserId => "requires_existing_user_id",
            Rule::Reserved => "reserved",
            Rule::CallName => "call_name",
            Rule::OneOf(_) => "one_of",
            Rule::Url => "url",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Required => f.write_str("is required"),
            Rule::Empty => f.write_str("must not be empty (leave it unset instead)"),
            Rule::Length { min, max } => write!(f, "must be {min} to {max} characters long"),
            Rule::NoComma => f.write_str("must not contain a comma"),
            Rule::ControlCharacter => f.write_str("must not contain control characters"),
            Rule::RoleOrPassword => f.write_str(
                "is required: give a role (MODERATOR or VIEWER) or the deprecated password",
            ),
            Rule::Positive => f.write_str("must be a positive integer"),
            Rule::HttpUrl => f.write_str("must be an absolute http:// or https:// URL"),
            Rule::NoCredentials => f.write_str("must not contain a user name or password"),
            Rule::BaseUrl => f.write_str("must be an API base URL without query or fragment"),
            Rule::UserdataKey => f.write_str(
                "must be a non-empty key without '-', '=' or '&' (the server drops userdata-a-b)",
            ),
            Rule::Duplicate => f.write_str("must not be given more than once"),
            Rule::RequiresExistingUserId => f.write_str("only works together with existingUserID"),
            Rule::Reserved => {
                f.write_str("is reserved: bbbkit sets it itself or it has a typed setter")
            }
            Rule::CallName => {
                f.write_str("must be an API call name such as `create` or `hooks/create`")
            }
            Rule::OneOf(values) => write!(f, "must be one of {values}"),
            Rule::Url => f.write_str("must be a BBB API URL (…/api/CALL?query)"),
        }
    }
}

/// Input refused before anything was signed: names the parameter and the rule it broke.
///
/// # Examples
///
/// ```
/// use bbbkit::{JoinRequest, Role, Server, Error, Rule};
///
/// let server = Server::new("https://bbb.example.com", "secret")?;
/// let err = server.join_url(&JoinRequest::new("a,b", "Ada", Role::Viewer)).unwrap_err();
/// let Error::InvalidParameter(e) = err else { panic!() };
/// assert_eq!(e.parameter(), "meetingID");
/// assert_eq!(e.rule(), Rule::NoComma);
/// assert_eq!(e.to_string(), "invalid parameter `meetingID`: must not contain a comma");
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid parameter `{parameter}`: {rule}")]
pub struct InvalidParameter {
    parameter: String,
    rule: Rule,
}

impl InvalidParameter {
    pub(crate) fn new(parameter: impl Into<String>, rule: Rule) -> Self {
        InvalidParameter {
            parameter: parameter.into(),
            rule,
        }
    }

    /// The parameter's name as the BBB API spells it (`meetingID`, `userdata-foo`, `secret`).
    pub fn parameter(&self) -> &str {
        &self.parameter
    }

    /// The rule that was broken.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The same error, naming `parameter` instead: for a value parsed with `FromStr` that
    /// stands for another parameter than the one its error names (a [`Layout`] given as
    /// `defaultLayout` rather than `enforceLayout`).
    ///
    /// [`Layout`]: crate::Layout
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Layout, Rule};
    /// let e = "nope".parse::<Layout>().unwrap_err().with_parameter("defaultLayout");
    /// assert_eq!(e.parameter(), "defaultLayout");
    /// assert_eq!(e.rule().code(), "one_of");
    /// ```
    #[must_use]
    pub fn with_parameter(mut self, parameter: impl Into<String>) -> InvalidParameter {
        self.parameter = parameter.into();
        self
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
    /// A stable, language-neutral code, as used in `tests/vectors/`.
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

/// The `messageKey` of a failed call, typed where applications act on it.
///
/// Match on the key, never on the message: old servers word the same key differently.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageKey {
    /// `checksumError`: wrong secret or re-encoded URL.
    ChecksumError,
    /// `meetingForciblyEnded`; also what the server reports for an unknown meeting on join.
    MeetingForciblyEnded,
    /// `invalidMeetingIdentifier`.
    InvalidMeetingIdentifier,
    /// `missingParamMeetingID`.
    MissingParamMeetingId,
    /// `missingParamFullName`.
    MissingParamFullName,
    /// `sizeError`.
    SizeError,
    /// `validationError`.
    ValidationError,
    /// `invalidPassword`.
    InvalidPassword,
    /// `mismatchCreateTimeParam`: the meeting was recreated since the URL was made.
    MismatchCreateTimeParam,
    /// `maxParticipantsReached`.
    MaxParticipantsReached,
    /// `guestDeniedAccess`.
    GuestDeniedAccess,
    /// `Params required` (with a space): neither a valid role nor a correct password.
    ParamsRequired,
    /// `unsupportedContentType`.
    UnsupportedContentType,
    /// `apiNotEnabled`.
    ApiNotEnabled,
    /// `userNotFound`: unknown `existingUserID`.
    UserNotFound,
    /// `notFound`: unknown meeting on getMeetingInfo or end.
    NotFound,
    /// `idNotUnique`: create with a meeting ID in use with other settings.
    IdNotUnique,
    /// Any other key, kept as the server sent it (may be empty).
    Other(String),
}

const KNOWN_KEYS: [(&str, MessageKey); 17] = [
    ("checksumError", MessageKey::ChecksumError),
    ("meetingForciblyEnded", MessageKey::MeetingForciblyEnded),
    (
        "invalidMeetingIdentifier",
        MessageKey::InvalidMeetingIdentifier,
    ),
    ("missingParamMeetingID", MessageKey::MissingParamMeetingId),
    ("missingParamFullName", MessageKey::MissingParamFullName),
    ("sizeError", MessageKey::SizeError),
    ("validationError", MessageKey::ValidationError),
    ("invalidPassword", MessageKey::InvalidPassword),
    (
        "mismatchCreateTimeParam",
        MessageKey::MismatchCreateTimeParam,
    ),
    ("maxParticipantsReached", MessageKey::MaxParticipantsReached),
    ("guestDeniedAccess", MessageKey::GuestDeniedAccess),
    ("Params required", MessageKey::ParamsRequired),
    ("unsupportedContentType", MessageKey::UnsupportedContentType),
    ("apiNotEnabled", MessageKey::ApiNotEnabled),
    ("userNotFound", MessageKey::UserNotFound),
    ("notFound", MessageKey::NotFound),
    ("idNotUnique", MessageKey::IdNotUnique),
];

impl MessageKey {
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
        if let MessageKey::Other(s) = self {
            return s;
        }
        KNOWN_KEYS
            .iter()
            .find(|(_, k)| k == self)
            .map(|(s, _)| *s)
            .unwrap_or("")
    }
}

impl From<&str> for MessageKey {
    fn from(s: &str) -> Self {
        KNOWN_KEYS
            .iter()
            .find(|(name, _)| *name == s)
            .map(|(_, k)| k.clone())
            .unwrap_or_else(|| MessageKey::Other(s.to_owned()))
    }
}

impl fmt::Display for MessageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One error as the server reports it: a key and a human message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiErrorDetail {
    /// The `messageKey` (or `<key>` in the multi-error form).
    pub key: MessageKey,
    /// The human-readable message, as sent (may be empty).
    pub message: String,
}

/// The server answered `FAILED` (or redirected to `?errors=`).
///
/// `key` and `message` are those of the first error; `errors` holds all of them, in order, and
/// is never empty.
///
/// # Examples
///
/// ```
/// use bbbkit::{parse_join_response, Error, MessageKey};
///
/// let xml = b"<response><returncode>FAILED</returncode>\
///             <messageKey>checksumError</messageKey>\
///             <message>Checksums do not match</message></response>";
/// let Err(Error::Api(e)) = parse_join_response(xml) else { panic!() };
/// assert_eq!(e.key, MessageKey::ChecksumError);
/// assert_eq!(e.message, "Checksums do not match");
/// assert_eq!(e.errors.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("BigBlueButton answered FAILED: {key}: {message}")]
pub struct ApiError {
    /// The first error's key.
    pub key: MessageKey,
    /// The first error's message.
    pub message: String,
    /// Every error, in the order the server sent them.
    pub errors: Vec<ApiErrorDetail>,
}

impl ApiError {
    pub(crate) fn from_details(errors: Vec<ApiErrorDetail>) -> ApiError {
        let first = errors.first().cloned().unwrap_or(ApiErrorDetail {
            key: MessageKey::Other(String::new()),
            message: String::new(),
        });
        let errors = if errors.is_empty() {
            vec![first.clone()]
        } else {
            errors
        };
        ApiError {
            key: first.key,
            message: first.message,
            errors,
        }
    }
}
