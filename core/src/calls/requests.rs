//! The typed requests ([`CreateRequest`], [`GetRecordingsRequest`], …), expanded from the rows
//! of [`for_each_call!`](crate::for_each_call): fields, setters, validation, query writing,
//! `set`/`from_params`, reserved names and `PARAMETERS`; then each one's constructor.

use super::call::{ApiCall, Body, Method};
use super::kinds;
use super::modules::{modules_body, Document, MODULES_CONTENT_TYPE};
use super::values::{Group, PluginManifest};
use crate::enums::{FeatureName, GuestPolicy, Layout, RecordingState, Role, TextTrackKind};
use crate::invalid::{InvalidParameter, Rule};
use crate::params::{bbb_name, Kind, Param, ParamType, Query};
use crate::validate::{check_no_control, first_repeat};

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
    (@role $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: Role) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@millis $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "` (epoch milliseconds).")]
        #[must_use]
        pub fn $field(mut self, millis: i64) -> Self {
            self.$field = Some(millis);
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
    (@pairs $field:ident, $name:literal) => {
        #[doc = concat!("Adds a `", $name, "<key>` pair; give the key without the prefix.")]
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
    ($field:ident, $name:literal, Name) => {
        call_setter!(@string $field, $name);
    };
    ($field:ident, $name:literal, RoleKind) => {
        call_setter!(@role $field, $name);
    };
    ($field:ident, $name:literal, Millis) => {
        call_setter!(@millis $field, $name);
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
        call_setter!(@pairs $field, $name);
    };
    ($field:ident, $name:literal, MetaFilter) => {
        call_setter!(@pairs $field, $name);
    };
    ($field:ident, $name:literal, Userdata) => {
        call_setter!(@pairs $field, $name);
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

/// What a row's cross-parameter rule puts in its [`Param`]: `(requires, requires_all,
/// alternative)`.
macro_rules! call_cross_param {
    () => {
        (None, &[], None)
    };
    (requires $first:ident $(, $other:ident)* $(: $rule:ident)?) => {
        (
            Some(bbb_name(Self::FIELDS, stringify!($first))),
            const { &[bbb_name(Self::FIELDS, stringify!($first)) $(, bbb_name(Self::FIELDS, stringify!($other)))*] },
            None,
        )
    };
    (or $other:ident: $rule:ident) => {
        (None, &[], Some(bbb_name(Self::FIELDS, stringify!($other))))
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
    ($self:ident, $field:ident, $name:literal, requires $($other:ident),+ : $rule:ident) => {
        $(
            if IsSet::is_set(&$self.$field) && !IsSet::is_set(&$self.$other) {
                return Err(InvalidParameter::new($name, Rule::$rule));
            }
        )+
    };
    ($self:ident, $field:ident, $name:literal, or $other:ident: $rule:ident) => {
        if !IsSet::is_set(&$self.$field) && !IsSet::is_set(&$self.$other) {
            return Err(InvalidParameter::new($name, Rule::$rule));
        }
    };
}

/// Writes the extra parameters of a request after the declared ones.
#[inline]
fn write_extra(
    q: &mut Query<'_>,
    extra: &[(String, String)],
    is_reserved: fn(&str) -> bool,
) -> Result<(), InvalidParameter> {
    if extra.is_empty() {
        return Ok(());
    }
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
        $( ($field:ident, $name:literal, $kind:ident, $fty:ty, [$($default:tt)?], [$($cross:tt)*], $doc:literal) )*
    ) => {
        #[doc = concat!("`", $call, "`: ", $tydoc)]
        ///
        /// Every parameter is declared once in [`for_each_call!`](crate::for_each_call) and
        /// emitted in that order ([`PARAMETERS`](Self::PARAMETERS)), then the extra parameters
        /// in the order they were added. Nothing is checked until the URL is signed
        /// ([`Server::url`](crate::Server::url), [`Server::prepare`](crate::Server::prepare)) or [`to_query`](Self::to_query) runs.
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

            /// What the call does, in one sentence (its declaration's).
            pub const DOC: &'static str = $tydoc;

            /// Every declared parameter, in emission order: BBB name, field name, type, rules
            /// and quirks.
            pub const PARAMETERS: &'static [Param] = &[$(
                {
                    let (requires, requires_all, alternative) = call_cross_param!($($cross)*);
                    Param {
                        name: $name,
                        field: stringify!($field),
                        ty: <kinds::$kind as Kind>::TYPE,
                        required: <kinds::$kind as Kind>::REQUIRED,
                        rules: <kinds::$kind as Kind>::RULES,
                        only_when_true: <kinds::$kind as Kind>::ONLY_WHEN_TRUE,
                        requires,
                        requires_all,
                        in_body: <kinds::$kind as Kind>::IN_BODY,
                        alternative,
                        doc: $doc,
                    }
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
                let mut out = String::with_capacity(self.estimated_len());
                ApiCall::write_query(self, &mut out)?;
                Ok(out)
            }

            /// Bytes the query may take, to size its buffer once.
            pub(crate) fn estimated_len(&self) -> usize {
                let extra: usize = self.extra.iter().map(|(k, v)| k.len() + v.len() + 12).sum();
                0 $(+ <kinds::$kind as Kind>::estimated_len(&self.$field))* + extra + 72
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
                    call_cross_rule!(self, $field, $name, $($cross)*);
                    <kinds::$kind as Kind>::write(q, $name, &self.$field)?;
                )*
                write_extra(q, &self.extra, Self::is_reserved)
            }

            fn body(&self) -> Result<Option<Body>, InvalidParameter> {
                bodies::$body(self)
            }

            fn estimated_len(&self) -> usize {
                $ty::estimated_len(self)
            }
        }
    };
}

/// The bodies the declarations name: none, the `<modules>` XML of `create` and
/// `insertDocument`, and the multipart upload of `putRecordingTextTrack`.
mod bodies {
    use super::*;

    pub(crate) fn none<T>(_: &T) -> Result<Option<Body>, InvalidParameter> {
        Ok(None)
    }

    pub(crate) fn create(r: &CreateRequest) -> Result<Option<Body>, InvalidParameter> {
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

    pub(crate) fn insert_document(
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

    pub(crate) fn text_track(
        _: &PutRecordingTextTrackRequest,
    ) -> Result<Option<Body>, InvalidParameter> {
        Ok(Some(Body {
            bytes: None,
            content_type: "multipart/form-data",
            file_field: Some(PutRecordingTextTrackRequest::FILE_FIELD),
        }))
    }
}

macro_rules! define_requests {
    ($( [$ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal] { $($rows:tt)* } )*) => {
        $( define_call! { $ty, $call, $method, $body, $tydoc, $($rows)* } )*
    };
}

crate::for_each_call!(define_requests);

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
