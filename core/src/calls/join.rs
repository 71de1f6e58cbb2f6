//! The `join` call: every parameter, validated before signing.

use std::fmt;

use super::call::{ApiCall, Body, Method};
use crate::enums::{Layout, Role};
use crate::invalid::{InvalidParameter, Rule};
use crate::params::{bbb_name, kinds, Kind, Param, Query};
use crate::validate::{check_no_control, first_repeat, has_control};

/// The `join` call's one declaration: every typed parameter, in emission order.
///
/// Each row is `(field, "bbbName", Kind, FieldType, [default], [cross-parameter rule], "doc")`.
/// The core expands these rows into [`JoinRequest`]'s fields and setters, its validation, its
/// query writing, [`JoinRequest::from_params`], the reserved names and
/// [`JoinRequest::PARAMETERS`]. Front ends that need a type of their own (the UniFFI record)
/// call this macro with a macro of theirs, which receives the same rows:
///
/// - `Kind` is one of `MeetingId`, `Name`, `RoleKind`, `Password`, `Millis`, `Text`, `Url`,
///   `Bool` (sent as `true`/`false` when set), `Flag` (sent only when true), `LayoutKind`;
/// - `[default]` is empty for a required parameter, else `None` or `false`;
/// - the rule is empty, `or other_field` (one of the two is required) or
///   `requires other_field`.
///
/// # Examples
///
/// ```
/// macro_rules! names {
///     ($(($field:ident, $name:literal, $($rest:tt)*))*) => { [$($name),*] };
/// }
/// let names = bbbkit::for_each_join_param!(names);
/// assert_eq!(names[0], "meetingID");
/// assert_eq!(names.len(), bbbkit::JoinRequest::PARAMETERS.len());
/// ```
#[macro_export]
macro_rules! for_each_join_param {
    ($m:ident) => {
        $m! {
            (meeting_id, "meetingID", MeetingId, String, [], [],
                "The meeting's ID: 2–256 characters, no comma.")
            (full_name, "fullName", Name, String, [], [],
                "The name shown to the others.")
            (role, "role", RoleKind, Option<$crate::Role>, [None], [or password],
                "MODERATOR or VIEWER (BBB 3.0+); this or the deprecated password is required.")
            (password, "password", Password, Option<String>, [None], [],
                "The deprecated meeting password (before BBB 3.0): 2–64 characters.")
            (create_time, "createTime", Millis, Option<i64>, [None], [],
                "The create answer's createTime (epoch ms): the join fails if the meeting was recreated since.")
            (user_id, "userID", Text, Option<String>, [None], [],
                "The application's ID for the user.")
            (first_name, "firstName", Text, Option<String>, [None], [],
                "The first name, used for sorting.")
            (last_name, "lastName", Text, Option<String>, [None], [],
                "The last name, used for sorting.")
            (avatar_url, "avatarURL", Url, Option<String>, [None], [],
                "The user's avatar: an absolute http(s) URL.")
            (webcam_background_url, "webcamBackgroundURL", Url, Option<String>, [None], [],
                "A webcam background image: an absolute http(s) URL.")
            (redirect, "redirect", Bool, Option<bool>, [None], [],
                "false asks for an XML answer instead of a browser redirect.")
            (error_redirect_url, "errorRedirectUrl", Url, Option<String>, [None], [],
                "Where the browser goes when the join fails: an absolute http(s) URL.")
            (logout_url, "logoutURL", Url, Option<String>, [None], [],
                "Where the client goes after leaving: an absolute http(s) URL.")
            (guest, "guest", Flag, bool, [false], [],
                "Join as a guest, subject to the guest policy; false is never sent.")
            (auth, "auth", Bool, Option<bool>, [None], [],
                "Whether the user is authenticated; unset means not a guest.")
            (bot, "bot", Flag, bool, [false], [],
                "The user is a bot; sent only when true.")
            (exclude_from_dashboard, "excludeFromDashboard", Flag, bool, [false], [],
                "Leave the user out of the learning dashboard; sent only when true.")
            (enforce_layout, "enforceLayout", LayoutKind, Option<$crate::Layout>, [None], [],
                "The layout the user gets and cannot change.")
            (default_layout, "defaultLayout", LayoutKind, Option<$crate::Layout>, [None], [],
                "The layout the user starts with (undocumented in 3.0, still read).")
            (existing_user_id, "existingUserID", Text, Option<String>, [None], [],
                "Join as another session of this existing user.")
            (session_name, "sessionName", Text, Option<String>, [None], [requires existing_user_id],
                "A name for the extra session; needs existingUserID.")
            (replace_session_token, "replaceSessionToken", Text, Option<String>, [None], [requires existing_user_id],
                "The session to replace; needs existingUserID.")
        }
    };
}

/// A setter per row, typed by its kind.
macro_rules! join_setter {
    (MeetingId, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: impl Into<String>) -> Self {
            self.$field = value.into();
            self
        }
    };
    (Name, $field:ident, $name:literal) => {
        join_setter!(MeetingId, $field, $name);
    };
    (RoleKind, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: Role) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (LayoutKind, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: Layout) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (Millis, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "` (epoch milliseconds).")]
        #[must_use]
        pub fn $field(mut self, millis: i64) -> Self {
            self.$field = Some(millis);
            self
        }
    };
    (Bool, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`, sent as `true` or `false`.")]
        #[must_use]
        pub fn $field(mut self, value: bool) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (Flag, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`; only `true` is ever sent.")]
        #[must_use]
        pub fn $field(mut self, value: bool) -> Self {
            self.$field = value;
            self
        }
    };
    ($kind:ident, $field:ident, $name:literal) => {
        #[doc = concat!("Sets `", $name, "`.")]
        #[must_use]
        pub fn $field(mut self, value: impl Into<String>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
}

/// A row's cross-parameter rule, checked where the row is written.
macro_rules! join_cross_rule {
    ($self:ident, $field:ident, $name:literal, ) => {};
    ($self:ident, $field:ident, $name:literal, or $other:ident) => {
        if $self.$field.is_none() && $self.$other.is_none() {
            return Err(InvalidParameter::new($name, Rule::RoleOrPassword));
        }
    };
    ($self:ident, $field:ident, $name:literal, requires $other:ident) => {
        if $self.$field.is_some() && $self.$other.is_none() {
            return Err(InvalidParameter::new($name, Rule::RequiresExistingUserId));
        }
    };
}

/// The BBB name that a row's cross-parameter rule points at.
macro_rules! join_cross_param {
    (or, $other:ident) => {
        (None, Some(bbb_name(FIELDS, stringify!($other))), &[])
    };
    (requires, $other:ident) => {
        (
            Some(bbb_name(FIELDS, stringify!($other))),
            None,
            const { &[bbb_name(FIELDS, stringify!($other))] },
        )
    };
    () => {
        (None, None, &[])
    };
}
macro_rules! define_join_request {
    ($(
        ($field:ident, $name:literal, $kind:ident, $ty:ty, [$($default:tt)?], [$($rule:ident $other:ident)?], $doc:literal)
    )*) => {
        /// Every parameter of the `join` call.
        ///
        /// Build one with [`JoinRequest::new`] (or [`JoinRequest::with_password`] for pre-3.0
        /// servers) and chain the setters; the fields are public too. Nothing is checked until
        /// [`Server::join_url`](crate::Server::join_url) or [`JoinRequest::to_query`], which
        /// refuse bad input with an [`InvalidParameter`] naming the parameter and the rule.
        ///
        /// The parameters are declared once, in [`for_each_join_param!`](crate::for_each_join_param),
        /// and emitted in that fixed order (listed by [`JoinRequest::PARAMETERS`]), so the same
        /// request always gives the same URL; then come the `userdata-*` pairs and the extra
        /// parameters in the order they were added.
        ///
        /// Server quirks handled here:
        /// - `guest=false` is never sent: a `guest` parameter of any value makes the user start
        ///   unauthenticated. Likewise `bot` and `excludeFromDashboard` are sent only when true.
        /// - `auth` is sent only when set explicitly; [`JoinRequest::effective_auth`] tells
        ///   what the server will decide.
        ///
        /// # Examples
        ///
        /// ```
        /// use bbbkit::{JoinRequest, Layout, Role};
        ///
        /// let req = JoinRequest::new("room-1", "Ada Lovelace", Role::Moderator)
        ///     .create_time(1715261728123)
        ///     .user_id("42")
        ///     .enforce_layout(Layout::VideoFocus)
        ///     .userdata("bbb_show_participants_on_login", "false");
        /// assert_eq!(
        ///     req.to_query()?,
        ///     "meetingID=room-1&fullName=Ada+Lovelace&role=MODERATOR&createTime=1715261728123\
        ///      &userID=42&enforceLayout=VIDEO_FOCUS&userdata-bbb_show_participants_on_login=false"
        /// );
        /// # Ok::<(), bbbkit::InvalidParameter>(())
        /// ```
        ///
        /// Its `Debug` output shows `[redacted]` for the deprecated `password`; the field keeps
        /// the value.
        #[derive(Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct JoinRequest {
            $(
                #[doc = concat!("`", $name, "`: ", $doc)]
                pub $field: $ty,
            )*
            /// `userdata-<key>` pairs, keys without the `userdata-` prefix.
            pub userdata: Vec<(String, String)>,
            /// Parameters newer than bbbkit, sent as given after everything else.
            pub extra: Vec<(String, String)>,
        }

        impl fmt::Debug for JoinRequest {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("JoinRequest")
                    $( .field(stringify!($field), crate::params::debug_value::<kinds::$kind>(&self.$field)) )*
                    .field("userdata", &self.userdata)
                    .field("extra", &self.extra)
                    .finish()
            }
        }

        /// (field, BBB name) of every row.
        const FIELDS: &[(&str, &str)] = &[$((stringify!($field), $name)),*];

        impl JoinRequest {
            /// Every typed parameter of the `join` call, in emission order: its BBB name, field
            /// name, type, rules and quirks. Read it to build forms, flags or docs; the
            /// `userdata-*` pairs and the extra parameters come after these.
            ///
            /// # Examples
            ///
            /// ```
            /// use bbbkit::JoinRequest;
            /// let names: Vec<&str> = JoinRequest::PARAMETERS.iter().map(|p| p.name).collect();
            /// assert_eq!(&names[..3], ["meetingID", "fullName", "role"]);
            /// ```
            pub const PARAMETERS: &'static [Param] = &[$(
                {
                    let (requires, alternative, requires_all) = join_cross_param!($($rule, $other)?);
                    Param {
                        name: $name,
                        field: stringify!($field),
                        ty: <kinds::$kind as Kind>::TYPE,
                        required: <kinds::$kind as Kind>::REQUIRED,
                        rules: <kinds::$kind as Kind>::RULES,
                        only_when_true: <kinds::$kind as Kind>::ONLY_WHEN_TRUE,
                        requires,
                        requires_all,
                        in_body: false,
                        alternative,
                        doc: $doc,
                    }
                }
            ),*];

            $( join_setter!($kind, $field, $name); )*

            /// Sets one declared parameter from its value written as in the BBB API; `None`
            /// when `name` is not a declared one.
            fn set_declared(&mut self, name: &str, value: &str) -> Option<Result<(), InvalidParameter>> {
                Some(match name {
                    $($name => <kinds::$kind as Kind>::parse($name, value).map(|v| self.$field = v),)*
                    _ => return None,
                })
            }

            /// Validates the declared parameters and writes them, in order.
            fn write_declared(&self, q: &mut Query<'_>) -> Result<(), InvalidParameter> {
                $(
                    join_cross_rule!(self, $field, $name, $($rule $other)?);
                    <kinds::$kind as Kind>::write(q, $name, &self.$field)?;
                )*
                Ok(())
            }

            fn estimated_declared(&self) -> usize {
                0 $(+ <kinds::$kind as Kind>::estimated_len(&self.$field))*
            }
        }
    };
}

crate::for_each_join_param!(define_join_request);

impl JoinRequest {
    /// A join with a role (BBB 3.0+).
    pub fn new(meeting_id: impl Into<String>, full_name: impl Into<String>, role: Role) -> Self {
        JoinRequest {
            meeting_id: meeting_id.into(),
            full_name: full_name.into(),
            role: Some(role),
            ..JoinRequest::default()
        }
    }

    /// A join with the deprecated password, for servers before 3.0. Add
    /// [`role`](Self::role) too when the same URL must work on 3.0, where the role wins.
    pub fn with_password(
        meeting_id: impl Into<String>,
        full_name: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        JoinRequest {
            meeting_id: meeting_id.into(),
            full_name: full_name.into(),
            password: Some(password.into()),
            ..JoinRequest::default()
        }
    }

    /// The declared parameter with this BBB name (exact case), if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{JoinRequest, ParamType};
    /// assert_eq!(JoinRequest::parameter("createTime").unwrap().ty, ParamType::Integer);
    /// assert!(JoinRequest::parameter("userdata-x").is_none());
    /// ```
    pub fn parameter(name: &str) -> Option<&'static Param> {
        Self::PARAMETERS.iter().find(|p| p.name == name)
    }

    /// Whether an extra parameter may not use this name: a declared one (in any case),
    /// `checksum`, or one starting with `userdata-`.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::JoinRequest;
    /// assert!(JoinRequest::is_reserved("MEETINGID"));
    /// assert!(JoinRequest::is_reserved("checksum"));
    /// assert!(!JoinRequest::is_reserved("lang"));
    /// ```
    pub fn is_reserved(name: &str) -> bool {
        // Compared as bytes: the ninth byte may fall inside a multi-byte character.
        name.eq_ignore_ascii_case("checksum")
            || Self::PARAMETERS
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case(name))
            || name
                .as_bytes()
                .get(..9)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"userdata-"))
    }

    /// Adds a `userdata-<key>=<value>` pair; give the key without the prefix.
    #[must_use]
    pub fn userdata(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.userdata.push((key.into(), value.into()));
        self
    }

    /// Adds a parameter newer than bbbkit. It may not shadow a typed parameter, `checksum`
    /// or a `userdata-` one.
    #[must_use]
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// Sets one parameter named and written as in the BBB API: a declared one (see
    /// [`PARAMETERS`](Self::PARAMETERS); `role` and the layouts in any case, `createTime` in
    /// decimal digits, booleans as `true` or `false` in any case), `userdata-<key>` (added),
    /// or anything else as an extra parameter (added). A declared parameter set again is
    /// replaced.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{JoinRequest, Layout};
    /// let mut req = JoinRequest::default();
    /// req.set("defaultLayout", "video_focus")?;
    /// req.set("bot", "TRUE")?;
    /// assert_eq!(req.default_layout, Some(Layout::VideoFocus));
    /// assert!(req.bot);
    /// let err = req.set("defaultLayout", "sideways").unwrap_err();
    /// assert_eq!(err.parameter(), "defaultLayout");
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] naming the parameter for a value that does not convert (`role`,
    /// `createTime`, a boolean, a layout) or for `checksum`. Everything else is checked when
    /// the URL is signed.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), InvalidParameter> {
        if let Some(done) = self.set_declared(name, value) {
            return done;
        }
        if name == "checksum" {
            return Err(InvalidParameter::new(name, Rule::Reserved));
        }
        match name.strip_prefix("userdata-") {
            Some(key) => self.userdata.push((key.to_owned(), value.to_owned())),
            None => self.extra.push((name.to_owned(), value.to_owned())),
        }
        Ok(())
    }

    /// A request from parameters named and written as in the BBB API, each set as by
    /// [`set`](Self::set). For hosts that hold a join as name/value strings (a form, a
    /// config, or a language binding that passes one buffer instead of one call per
    /// parameter).
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{JoinRequest, Role};
    /// let req = JoinRequest::from_params([
    ///     ("meetingID", "room"), ("fullName", "Ada"), ("role", "viewer"),
    ///     ("createTime", "1715261728123"), ("guest", "true"), ("userdata-bbb_x", "1"), ("lang", "de"),
    /// ])?;
    /// assert_eq!(req.role, Some(Role::Viewer));
    /// assert_eq!(req.create_time, Some(1715261728123));
    /// assert!(req.guest);
    /// assert_eq!(req.userdata, [("bbb_x".to_string(), "1".to_string())]);
    /// assert_eq!(req.extra, [("lang".to_string(), "de".to_string())]);
    /// # Ok::<(), bbbkit::InvalidParameter>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for a declared parameter given twice, a value that does not
    /// convert, or `checksum`. Everything else is checked when the URL is signed, as for any
    /// request.
    pub fn from_params<I, K, V>(params: I) -> Result<JoinRequest, InvalidParameter>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        const _: () = assert!(JoinRequest::PARAMETERS.len() <= 64);
        let mut r = JoinRequest::default();
        let mut seen = 0u64;
        for (k, v) in params {
            let k = k.as_ref();
            if let Some(i) = Self::PARAMETERS.iter().position(|p| p.name == k) {
                if seen & (1 << i) != 0 {
                    return Err(InvalidParameter::new(k, Rule::Duplicate));
                }
                seen |= 1 << i;
            }
            r.set(k, v.as_ref())?;
        }
        Ok(r)
    }

    /// Whether the server will treat the user as authenticated: `auth` if set, else true
    /// unless `guest` is true.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{JoinRequest, Role};
    /// let r = JoinRequest::new("room", "Guest", Role::Viewer);
    /// assert!(r.effective_auth());
    /// assert!(!r.clone().guest(true).effective_auth());
    /// assert!(r.guest(true).auth(true).effective_auth());
    /// ```
    pub fn effective_auth(&self) -> bool {
        self.auth.unwrap_or(!self.guest)
    }

    /// The validated, encoded query string, without `checksum`.
    ///
    /// # Errors
    ///
    /// [`InvalidParameter`] for the first parameter, in emission order, that breaks a rule.
    pub fn to_query(&self) -> Result<String, InvalidParameter> {
        let mut out = String::with_capacity(self.estimated_len());
        self.write_query(&mut out)?;
        Ok(out)
    }

    pub(crate) fn estimated_len(&self) -> usize {
        let pairs: usize = self
            .userdata
            .iter()
            .chain(&self.extra)
            .map(|(k, v)| k.len() + v.len() + 12)
            .sum();
        self.estimated_declared() + pairs + 72
    }

    /// Validates and appends the query to `out`.
    pub(crate) fn write_query(&self, out: &mut String) -> Result<(), InvalidParameter> {
        let start = out.len();
        let q = &mut Query { out, start };
        self.write_declared(q)?;

        let repeat = first_repeat(&self.userdata, |(k, _)| k.as_str());
        for (i, (key, value)) in self.userdata.iter().enumerate() {
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
        let repeat = first_repeat(&self.extra, |(n, _)| n.as_str());
        for (i, (name, value)) in self.extra.iter().enumerate() {
            check_extra_name(name)?;
            check_no_control(name, value)?;
            if repeat == Some(i) {
                return Err(InvalidParameter::new(name.as_str(), Rule::Duplicate));
            }
            q.pair_encoded(name, value);
        }
        Ok(())
    }
}

/// An extra parameter's name: non-empty, no control characters, not a reserved one.
fn check_extra_name(name: &str) -> Result<(), InvalidParameter> {
    if name.is_empty() {
        return Err(InvalidParameter::new("extra", Rule::Empty));
    }
    check_no_control(name, name)?;
    if JoinRequest::is_reserved(name) {
        return Err(InvalidParameter::new(name, Rule::Reserved));
    }
    Ok(())
}

impl JoinRequest {
    /// What `join` does, in one sentence (as each call's declaration says it).
    pub const DOC: &'static str =
        "Signs a user into a running meeting (the browser goes to the URL).";
}

impl ApiCall for JoinRequest {
    const CALL: &'static str = "join";
    const METHOD: Method = Method::Get;

    fn write_query(&self, out: &mut String) -> Result<(), InvalidParameter> {
        JoinRequest::write_query(self, out)
    }

    fn body(&self) -> Result<Option<Body>, InvalidParameter> {
        Ok(None)
    }
}
