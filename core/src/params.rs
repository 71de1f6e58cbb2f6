//! The machinery behind each call's one declaration: the public description of a parameter
//! ([`Param`]), and the kinds that say how a value is typed, checked, read from a string and
//! written into the query.
//!
//! A call declares its parameters once, as rows of a table (see [`for_each_call!`]).
//! The struct, its setters, validation, query writing, `from_params`, the reserved names and
//! the public list (such as [`JoinRequest::PARAMETERS`](crate::JoinRequest::PARAMETERS)) are
//! expanded from those rows; front ends read the list or expand the same rows into their own
//! types.
//!
//! [`for_each_call!`]: crate::for_each_call

use std::fmt;

use crate::encode::{push_encoded, push_pair};
use crate::enums::{Layout, Role};
use crate::integer::{read, Grouping};
use crate::invalid::{InvalidParameter, Rule};
use crate::validate::{check_http_url, check_no_control, utf16_len};

/// What a parameter's value is, as front ends present it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParamType {
    /// A string.
    Text,
    /// An absolute `http://` or `https://` URL.
    Url,
    /// `true` or `false`.
    Boolean,
    /// A decimal integer.
    Integer,
    /// A [`Role`].
    Role,
    /// A [`Layout`].
    Layout,
    /// A [`GuestPolicy`](crate::GuestPolicy).
    GuestPolicy,
    /// A list of strings, sent comma-separated (meeting IDs, record IDs, event IDs).
    List,
    /// A list of [`Feature`](crate::Feature)s, sent comma-separated.
    Features,
    /// A list of [`RecordingState`](crate::RecordingState)s, sent comma-separated.
    States,
    /// A [`TextTrackKind`](crate::TextTrackKind).
    TextTrackKind,
    /// `<prefix><name>` pairs (`create`'s `meta_<name>`, `join`'s `userdata-<name>`): the
    /// parameter's name is the prefix.
    Meta,
    /// A list of [`Group`](crate::Group)s, sent as JSON.
    Groups,
    /// A list of [`PluginManifest`](crate::PluginManifest)s, sent as JSON.
    PluginManifests,
    /// Presentation [`Document`](crate::Document)s, sent in the body (as JSON where only
    /// strings cross).
    Documents,
    /// A JSON object, sent in the body.
    Json,
}

impl ParamType {
    /// A stable, language-neutral name: `text`, `url`, `boolean`, `integer`, `role`, `layout`,
    /// `guest_policy`, `list`, `features`, `states`, `text_track_kind`, `meta`, `groups`,
    /// `plugin_manifests`, `documents`, `json`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ParamType::Text => "text",
            ParamType::Url => "url",
            ParamType::Boolean => "boolean",
            ParamType::Integer => "integer",
            ParamType::Role => "role",
            ParamType::Layout => "layout",
            ParamType::GuestPolicy => "guest_policy",
            ParamType::List => "list",
            ParamType::Features => "features",
            ParamType::States => "states",
            ParamType::TextTrackKind => "text_track_kind",
            ParamType::Meta => "meta",
            ParamType::Groups => "groups",
            ParamType::PluginManifests => "plugin_manifests",
            ParamType::Documents => "documents",
            ParamType::Json => "json",
        }
    }
}

/// One parameter of a call, as its declaration gives it: the BBB name, the field name, the
/// type, the rules and the emission quirks. Lists of these (such as
/// [`JoinRequest::PARAMETERS`](crate::JoinRequest::PARAMETERS)) are in emission order.
///
/// # Examples
///
/// ```
/// use bbbkit::{JoinRequest, ParamType, Rule};
/// let p = JoinRequest::parameter("meetingID").unwrap();
/// assert_eq!(p.field, "meeting_id");
/// assert_eq!(p.ty, ParamType::Text);
/// assert!(p.required);
/// assert!(p.rules.contains(&Rule::NoComma));
/// assert_eq!(JoinRequest::parameter("guest").unwrap().only_when_true, true);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Param {
    /// The name as the BBB API spells it (`meetingID`, `webcamBackgroundURL`).
    pub name: &'static str,
    /// The field's name in snake case (`meeting_id`): the Rust field, the Python keyword; a
    /// front end derives its own casing from it.
    pub field: &'static str,
    /// The value's type.
    pub ty: ParamType,
    /// Whether the call needs it.
    pub required: bool,
    /// The rules its value must follow, checked before signing.
    pub rules: &'static [Rule],
    /// A boolean sent only when true (`false` is never sent).
    pub only_when_true: bool,
    /// Another parameter (BBB name) without which this one is refused: the first of
    /// [`requires_all`](Self::requires_all).
    pub requires: Option<&'static str>,
    /// Every parameter (BBB names) without which this one is refused.
    pub requires_all: &'static [&'static str],
    /// Sent in the request's body, not in the signed query (`create`'s documents).
    pub in_body: bool,
    /// Another parameter (BBB name) that may stand in for this required one.
    pub alternative: Option<&'static str>,
    /// What it does, in one sentence.
    pub doc: &'static str,
}

impl Param {
    /// Whether giving the parameter again adds a value (`meta_<key>` pairs, `document`s)
    /// rather than a second value of one parameter. A single-valued parameter given twice is
    /// refused by name: BBB reads the first value, so the signed URL must never carry a
    /// value the caller did not mean.
    pub(crate) const fn repeatable(&self) -> bool {
        matches!(self.ty, ParamType::Meta | ParamType::Documents)
    }
}

/// How a kind of parameter is typed, checked, read and written. One implementation per kind;
/// a declaration row names its kind.
pub(crate) trait Kind {
    /// The field's type.
    type Value;
    /// How front ends present it.
    const TYPE: ParamType;
    /// The rules `write` enforces.
    const RULES: &'static [Rule];
    /// Whether the call fails without it.
    const REQUIRED: bool = false;
    /// A boolean sent only when true.
    const ONLY_WHEN_TRUE: bool = false;
    /// Sent in the body, not in the query.
    const IN_BODY: bool = false;
    /// For a kind whose parameters share a name prefix (`meta_`): the prefix.
    const PREFIX: Option<&'static str> = None;
    /// Reads a value written as in the BBB API.
    fn parse(name: &str, value: &str) -> Result<Self::Value, InvalidParameter>;
    /// Sets the value read from `value`; a prefix kind adds a pair instead.
    fn set(slot: &mut Self::Value, name: &str, value: &str) -> Result<(), InvalidParameter> {
        *slot = Self::parse(name, value)?;
        Ok(())
    }
    /// Checks the value and appends `name=value` when it is to be sent.
    fn write(
        q: &mut Query<'_>,
        name: &'static str,
        value: &Self::Value,
    ) -> Result<(), InvalidParameter>;
    /// Bytes the value may take in the query, to size the buffer once.
    fn estimated_len(_value: &Self::Value) -> usize {
        24
    }
    /// Whether `Debug` shows `[redacted]` instead of the value (a meeting password).
    fn redacted(_value: &Self::Value) -> bool {
        false
    }
}

/// The value as a request's `Debug` shows it: `[redacted]` for a secret kind.
pub(crate) fn debug_value<K: Kind>(value: &K::Value) -> &dyn fmt::Debug
where
    K::Value: fmt::Debug,
{
    if K::redacted(value) {
        &crate::parse::Redacted
    } else {
        value
    }
}

pub(crate) fn boolean(name: &str, v: &str) -> Result<bool, InvalidParameter> {
    match v.trim() {
        t if t.eq_ignore_ascii_case("true") => Ok(true),
        t if t.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(InvalidParameter::new(name, Rule::OneOf("true, false"))),
    }
}

/// The value as the server validates it: it trims every value (Java's `String.trim`, after
/// stripping control characters, which bbbkit refuses), so rules apply to the trimmed value.
/// The value is still sent as given.
#[inline]
pub(crate) fn seen_by_server(v: &str) -> &str {
    let b = v.as_bytes();
    if b.first() != Some(&b' ') && b.last() != Some(&b' ') {
        return v;
    }
    v.trim_matches(' ')
}

/// The checks of each string-valued kind, on the value as given.
pub(crate) mod checks {
    use super::*;

    /// Required text: no control characters, not blank.
    pub(crate) fn required(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        check_no_control(name, v)?;
        if seen_by_server(v).is_empty() {
            return Err(InvalidParameter::new(name, Rule::Required));
        }
        Ok(())
    }

    /// A meeting ID: required, no comma, 2–256 characters.
    pub(crate) fn meeting_id(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        required(name, v)?;
        if v.contains(',') {
            return Err(InvalidParameter::new(name, Rule::NoComma));
        }
        length(name, v, 2, 256)
    }

    /// Optional text: no control characters, not blank.
    #[inline]
    pub(crate) fn text(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        check_no_control(name, v)?;
        if seen_by_server(v).is_empty() {
            return Err(InvalidParameter::new(name, Rule::Empty));
        }
        Ok(())
    }

    /// A password: no control characters, 2–64 characters.
    pub(crate) fn password(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        check_no_control(name, v)?;
        length(name, v, 2, 64)
    }

    /// An absolute http(s) URL without credentials.
    pub(crate) fn url(name: &'static str, v: &str) -> Result<(), InvalidParameter> {
        check_http_url(name, v).map(drop)
    }

    pub(crate) fn length(
        name: &str,
        v: &str,
        min: usize,
        max: usize,
    ) -> Result<(), InvalidParameter> {
        if (min..=max).contains(&utf16_len(seen_by_server(v))) {
            Ok(())
        } else {
            Err(InvalidParameter::new(name, Rule::Length { min, max }))
        }
    }
}

/// A kind whose value is a required string, checked by one function.
macro_rules! required_string_kind {
    ($kind:ident, $rules:expr, $check:path) => {
        impl Kind for $kind {
            type Value = String;
            const TYPE: ParamType = ParamType::Text;
            const RULES: &'static [Rule] = $rules;
            const REQUIRED: bool = true;
            fn parse(_: &str, v: &str) -> Result<String, InvalidParameter> {
                Ok(v.to_owned())
            }
            #[inline(always)]
            fn write(
                q: &mut Query<'_>,
                name: &'static str,
                v: &String,
            ) -> Result<(), InvalidParameter> {
                $check(name, v)?;
                q.pair(name, v);
                Ok(())
            }
            fn estimated_len(v: &String) -> usize {
                v.len() * 2 + 12
            }
        }
    };
}
pub(crate) use required_string_kind;

/// A kind whose value is an optional string, checked by one function when given.
macro_rules! optional_string_kind {
    ($kind:ident, $ty:expr, $rules:expr, $check:path) => {
        $crate::params::optional_string_kind!($kind, $ty, $rules, $check, redacted false);
    };
    ($kind:ident, $ty:expr, $rules:expr, $check:path, redacted $secret:literal) => {
        impl Kind for $kind {
            type Value = Option<String>;
            const TYPE: ParamType = $ty;
            const RULES: &'static [Rule] = $rules;
            fn parse(_: &str, v: &str) -> Result<Option<String>, InvalidParameter> {
                Ok(Some(v.to_owned()))
            }
            #[inline(always)]
            fn write(
                q: &mut Query<'_>,
                name: &'static str,
                v: &Option<String>,
            ) -> Result<(), InvalidParameter> {
                if let Some(v) = v {
                    $check(name, v)?;
                    q.pair(name, v);
                }
                Ok(())
            }
            fn estimated_len(v: &Option<String>) -> usize {
                v.as_ref().map_or(0, |s| s.len() + 24)
            }
            fn redacted(v: &Option<String>) -> bool {
                $secret && v.is_some()
            }
        }
    };
}
pub(crate) use optional_string_kind;

/// A kind whose value is one of an enum's spellings (read in any case by its `FromStr`).
macro_rules! enum_kind {
    ($kind:ident, $enum:ident) => {
        impl Kind for $kind {
            type Value = Option<$enum>;
            const TYPE: ParamType = ParamType::$enum;
            const RULES: &'static [Rule] = &[Rule::OneOf($enum::SPELLINGS)];
            fn parse(name: &str, v: &str) -> Result<Option<$enum>, InvalidParameter> {
                v.parse::<$enum>()
                    .map(Some)
                    .map_err(|e| e.with_parameter(name))
            }
            #[inline(always)]
            fn write(
                q: &mut Query<'_>,
                name: &'static str,
                v: &Option<$enum>,
            ) -> Result<(), InvalidParameter> {
                if let Some(e) = *v {
                    q.pair(name, e.as_str());
                }
                Ok(())
            }
        }
    };
}

/// The kinds of parameter, one type each.
pub(crate) mod kinds {
    use super::*;

    /// A meeting ID: required, 2–256 characters, no comma, no control characters.
    pub(crate) struct MeetingId;
    /// A required display name: non-blank, no control characters.
    pub(crate) struct Name;
    /// An optional string: non-blank when given, no control characters.
    pub(crate) struct Text;
    /// A meeting password: 2–64 characters, no control characters.
    pub(crate) struct Password;
    /// An absolute http(s) URL.
    pub(crate) struct Url;
    /// Epoch milliseconds, greater than zero.
    pub(crate) struct Millis;
    /// An optional boolean, sent as `true` or `false` when set.
    pub(crate) struct Bool;
    /// A boolean sent only when true.
    pub(crate) struct Flag;
    /// A [`Role`].
    pub(crate) struct RoleKind;
    /// A [`Layout`].
    pub(crate) struct LayoutKind;

    required_string_kind!(
        MeetingId,
        &[
            Rule::Required,
            Rule::ControlCharacter,
            Rule::NoComma,
            Rule::Length { min: 2, max: 256 },
        ],
        checks::meeting_id
    );
    required_string_kind!(
        Name,
        &[Rule::Required, Rule::ControlCharacter],
        checks::required
    );
    optional_string_kind!(
        Text,
        ParamType::Text,
        &[Rule::Empty, Rule::ControlCharacter],
        checks::text
    );
    optional_string_kind!(
        Password,
        ParamType::Text,
        &[Rule::ControlCharacter, Rule::Length { min: 2, max: 64 }],
        checks::password,
        redacted true
    );
    optional_string_kind!(
        Url,
        ParamType::Url,
        &[Rule::HttpUrl, Rule::NoCredentials],
        checks::url
    );
    enum_kind!(RoleKind, Role);
    enum_kind!(LayoutKind, Layout);

    impl Kind for Millis {
        type Value = Option<i64>;
        const TYPE: ParamType = ParamType::Integer;
        const RULES: &'static [Rule] = &[Rule::Positive];
        fn parse(name: &str, v: &str) -> Result<Option<i64>, InvalidParameter> {
            read(v.trim(), Grouping::Refused)
                .map(Some)
                .ok_or_else(|| InvalidParameter::new(name, Rule::Positive))
        }
        #[inline(always)]
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Option<i64>,
        ) -> Result<(), InvalidParameter> {
            if let Some(t) = *v {
                if t <= 0 {
                    return Err(InvalidParameter::new(name, Rule::Positive));
                }
                q.pair(name, itoa::Buffer::new().format(t));
            }
            Ok(())
        }
    }

    impl Kind for Bool {
        type Value = Option<bool>;
        const TYPE: ParamType = ParamType::Boolean;
        const RULES: &'static [Rule] = &[];
        fn parse(name: &str, v: &str) -> Result<Option<bool>, InvalidParameter> {
            boolean(name, v).map(Some)
        }
        #[inline(always)]
        fn write(
            q: &mut Query<'_>,
            name: &'static str,
            v: &Option<bool>,
        ) -> Result<(), InvalidParameter> {
            if let Some(b) = *v {
                q.pair(name, if b { "true" } else { "false" });
            }
            Ok(())
        }
    }

    impl Kind for Flag {
        type Value = bool;
        const TYPE: ParamType = ParamType::Boolean;
        const RULES: &'static [Rule] = &[];
        const ONLY_WHEN_TRUE: bool = true;
        fn parse(name: &str, v: &str) -> Result<bool, InvalidParameter> {
            boolean(name, v)
        }
        #[inline(always)]
        fn write(q: &mut Query<'_>, name: &'static str, v: &bool) -> Result<(), InvalidParameter> {
            if *v {
                q.pair(name, "true");
            }
            Ok(())
        }
    }
}

/// The BBB name of a field, at compile time (an unknown field fails the build).
pub(crate) const fn bbb_name(fields: &[(&'static str, &'static str)], field: &str) -> &'static str {
    let mut i = 0;
    while i < fields.len() {
        let (f, name) = fields[i];
        if f.len() == field.len() {
            let (a, b) = (f.as_bytes(), field.as_bytes());
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return name;
            }
        }
        i += 1;
    }
    panic!("a cross-parameter rule names an unknown field")
}

/// A query being written: pairs are joined with `&`.
pub(crate) struct Query<'a> {
    pub(crate) out: &'a mut String,
    pub(crate) start: usize,
}

impl Query<'_> {
    /// A declared parameter: its name is a constant of plain ASCII letters, written as is.
    #[inline(always)]
    pub(crate) fn pair(&mut self, name: &'static str, value: &str) {
        debug_assert!(name.bytes().all(|b| b.is_ascii_alphanumeric()));
        if self.out.len() > self.start {
            self.out.push('&');
        }
        self.out.push_str(name);
        self.out.push('=');
        push_encoded(self.out, value);
    }

    /// A parameter named by a constant prefix of plain name characters (written as is) and
    /// a key (encoded): `userdata-<key>`.
    #[inline]
    pub(crate) fn pair_prefixed(&mut self, prefix: &'static str, key: &str, value: &str) {
        debug_assert!(prefix
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        if self.out.len() > self.start {
            self.out.push('&');
        }
        self.out.push_str(prefix);
        push_pair(self.out, key, value);
    }

    /// A userdata or extra parameter: the name is encoded too.
    pub(crate) fn pair_encoded(&mut self, name: &str, value: &str) {
        if self.out.len() > self.start {
            self.out.push('&');
        }
        push_pair(self.out, name, value);
    }
}
