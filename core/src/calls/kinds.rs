//! The kinds of the calls' parameters (the string, boolean and enum kinds shared with the
//! answers' checks live in [`params`](crate::params)): how each value is typed, checked, read
//! from a string and written into the query.

use super::modules::{check_client_settings, Document};
use super::values::{Group, PluginManifest};
use crate::enums::{Feature, FeatureName, GuestPolicy, RecordingState, TextTrackKind};
use crate::integer::{read, Grouping};
use crate::invalid::{InvalidParameter, Rule};
use crate::params::{
    boolean, checks, optional_string_kind, required_string_kind, seen_by_server, Kind, ParamType,
    Query,
};
use crate::validate::{check_http_url, check_no_control, first_repeat, has_control};

pub(crate) use crate::params::kinds::{
    Bool, Flag, LayoutKind, MeetingId, Millis, Name, Password, RoleKind, Text, Url,
};

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
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
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
    fn write(q: &mut Query<'_>, name: &'static str, v: &String) -> Result<(), InvalidParameter> {
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
                read(v.trim(), Grouping::Refused).map(Some).ok_or_else(|| {
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
    const RULES: &'static [Rule] = &[Rule::OneOf(Feature::SPELLINGS), Rule::Name, Rule::Duplicate];
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

/// A prefix kind's pair from a parameter named `<prefix><key>`: the key and the value.
fn pair_after(prefix: &str, name: &str, value: &str) -> (String, String) {
    let key = name.strip_prefix(prefix).unwrap_or(name);
    (key.to_owned(), value.to_owned())
}

/// A prefix kind (`meta_<key>`, `userdata-<key>`): ordered pairs, each parameter named
/// `<prefix><key>` adds one; `$write` checks and writes them.
macro_rules! prefix_kind {
    ($kind:ident, $prefix:literal, $rules:expr, $write:expr) => {
        impl Kind for $kind {
            type Value = Vec<(String, String)>;
            const TYPE: ParamType = ParamType::Meta;
            const RULES: &'static [Rule] = $rules;
            const PREFIX: Option<&'static str> = Some($prefix);
            fn parse(name: &str, v: &str) -> Result<Vec<(String, String)>, InvalidParameter> {
                Ok(vec![pair_after($prefix, name, v)])
            }
            fn set(
                slot: &mut Vec<(String, String)>,
                name: &str,
                value: &str,
            ) -> Result<(), InvalidParameter> {
                slot.push(pair_after($prefix, name, value));
                Ok(())
            }
            fn write(
                q: &mut Query<'_>,
                _: &'static str,
                v: &Vec<(String, String)>,
            ) -> Result<(), InvalidParameter> {
                $write(q, v)
            }
            fn estimated_len(v: &Vec<(String, String)>) -> usize {
                v.iter().map(|(k, v)| k.len() + v.len() + 12).sum()
            }
        }
    };
}
prefix_kind!(
    Meta,
    "meta_",
    &[Rule::MetaName, Rule::Duplicate, Rule::ControlCharacter],
    |q, v| write_meta(q, v, true)
);
prefix_kind!(
    MetaFilter,
    "meta_",
    &[
        Rule::MetaName,
        Rule::Duplicate,
        Rule::ControlCharacter,
        Rule::Empty,
    ],
    |q, v| write_meta(q, v, false)
);

/// `join`'s `userdata-<key>` pairs: a key without `-`, `=` or `&`, no control characters,
/// each key once; empty values are sent.
pub(crate) struct Userdata;

prefix_kind!(
    Userdata,
    "userdata-",
    &[Rule::UserdataKey, Rule::ControlCharacter, Rule::Duplicate],
    write_userdata
);

fn write_userdata(q: &mut Query<'_>, v: &[(String, String)]) -> Result<(), InvalidParameter> {
    let repeat = first_repeat(v, |(k, _)| k.as_str());
    for (i, (key, value)) in v.iter().enumerate() {
        // The full name is only built for an error.
        let name = || ["userdata-", key].concat();
        if key.is_empty() || key.contains(['-', '=', '&']) {
            return Err(InvalidParameter::new(name(), Rule::UserdataKey));
        }
        if has_control(key) || has_control(value) {
            return Err(InvalidParameter::new(name(), Rule::ControlCharacter));
        }
        if repeat == Some(i) {
            return Err(InvalidParameter::new(name(), Rule::Duplicate));
        }
        q.pair_prefixed("userdata-", key, value);
    }
    Ok(())
}

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
