//! Input refused before anything is signed: [`InvalidParameter`] names the parameter and the
//! [`Rule`] it broke. A leaf: every module that validates input uses it, and it uses none of
//! them (the aggregate [`Error`](crate::Error) wraps it).

use std::fmt;

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
    /// A BBB API base URL names no call (`…/api/join`), spells `api` in lower case, and has no
    /// query and no fragment.
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
    /// An integer out of the range the server reads (it silently falls back to its default).
    Range {
        /// Inclusive minimum.
        min: i64,
        /// Inclusive maximum.
        max: i64,
    },
    /// The server refuses a value that it would change by trimming (leading or trailing white
    /// space).
    Trimmed,
    /// Only works together with the named parameter.
    Requires(&'static str),
    /// A metadata name is `meta_` and then a letter followed by letters, digits or `-`; the
    /// server silently drops any other name, and lower-cases the rest.
    MetaName,
    /// Decimal digits only, as a number the server reads (at most 2147483647).
    Digits,
    /// A language, or a language and a two-letter region (`en`, `pt-BR`, `pt_BR`, any case), as
    /// every version of the server's locale parser reads it: no script, numeric region or
    /// variant.
    LanguageTag,
    /// The value must be valid JSON of the documented shape.
    Json,
    /// A newer value the bbbkit version does not know must be well-formed: a letter followed
    /// by letters and digits.
    Name,
    /// A value sent in an XML body (`create`'s and `insertDocument`'s `<modules>`) may hold
    /// only characters XML 1.0 allows: no U+FFFE, U+FFFF or control character but tab, line
    /// feed and carriage return. The server's XML parser fails on any other (HTTP 500).
    XmlCharacter,
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
            Rule::Range { .. } => "range",
            Rule::Trimmed => "trimmed",
            Rule::Requires(_) => "requires",
            Rule::MetaName => "meta_name",
            Rule::Digits => "digits",
            Rule::LanguageTag => "language_tag",
            Rule::Json => "json",
            Rule::Name => "name",
            Rule::XmlCharacter => "xml_character",
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
            Rule::BaseUrl => f.write_str(
                "must be an API base URL such as https://host/bigbluebutton/api/, without a call \
                 name, query or fragment",
            ),
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
            Rule::Range { min, max } => write!(f, "must be an integer from {min} to {max}"),
            Rule::Trimmed => {
                f.write_str("must not start or end with white space (the server refuses it)")
            }
            Rule::Requires(other) => write!(f, "only works together with {other}"),
            Rule::MetaName => f.write_str(
                "must be meta_ followed by a letter, then letters, digits or '-' (the server \
                 silently drops other names, and lower-cases every name)",
            ),
            Rule::Digits => f.write_str("must be decimal digits forming a number up to 2147483647"),
            Rule::LanguageTag => f.write_str(
                "must be a language, or a language and a two-letter region, such as en or pt-BR \
                 (the server's locale parser reads no script, numeric region or variant)",
            ),
            Rule::Json => f.write_str("must be valid JSON of the documented shape"),
            Rule::Name => f.write_str(
                "must be a known value, or a newer one written as a letter followed by letters \
                 and digits",
            ),
            Rule::XmlCharacter => f.write_str(
                "must hold only characters XML 1.0 allows (no U+FFFE, U+FFFF or control \
                 characters): it is sent in an XML body",
            ),
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
