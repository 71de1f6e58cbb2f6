//! The `join` call: every parameter, validated before signing.

use std::fmt;
use std::str::FromStr;

use crate::encode::{push_encoded, push_pair};
use crate::error::{InvalidParameter, Rule};
use crate::validate::{check_http_url, check_no_control, utf16_len};

/// The user's role in the meeting (`role`, BBB 3.0+).
///
/// # Examples
///
/// ```
/// use bbbkit::Role;
/// assert_eq!("moderator".parse::<Role>()?, Role::Moderator);
/// assert_eq!(Role::Viewer.as_str(), "VIEWER");
/// # Ok::<(), bbbkit::InvalidParameter>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// `MODERATOR`.
    Moderator,
    /// `VIEWER`.
    Viewer,
}

impl Role {
    /// The value as sent: `MODERATOR` or `VIEWER`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Moderator => "MODERATOR",
            Role::Viewer => "VIEWER",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = InvalidParameter;
    /// Case-insensitive, as on the server.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            t if t.eq_ignore_ascii_case("moderator") => Ok(Role::Moderator),
            t if t.eq_ignore_ascii_case("viewer") => Ok(Role::Viewer),
            _ => Err(InvalidParameter::new(
                "role",
                Rule::OneOf("MODERATOR, VIEWER"),
            )),
        }
    }
}

/// A client layout, for `enforceLayout` and `defaultLayout`.
///
/// The HTML5 client looks the exact key up and silently ignores anything else, so bbbkit only
/// ever sends these nine spellings. The official docs' `PARTICIPANTS_CHAT_ONLY` is accepted
/// when parsing and sent as the spelling the client understands, `PARTICIPANTS_AND_CHAT_ONLY`.
///
/// # Examples
///
/// ```
/// use bbbkit::Layout;
/// let l: Layout = "participants_chat_only".parse()?;
/// assert_eq!(l.as_str(), "PARTICIPANTS_AND_CHAT_ONLY");
/// # Ok::<(), bbbkit::InvalidParameter>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// `UNIFIED_LAYOUT`
    UnifiedLayout,
    /// `CUSTOM_LAYOUT`
    CustomLayout,
    /// `SMART_LAYOUT`
    SmartLayout,
    /// `PRESENTATION_FOCUS`
    PresentationFocus,
    /// `VIDEO_FOCUS`
    VideoFocus,
    /// `CAMERAS_ONLY`
    CamerasOnly,
    /// `PARTICIPANTS_AND_CHAT_ONLY`
    ParticipantsAndChatOnly,
    /// `PRESENTATION_ONLY`
    PresentationOnly,
    /// `MEDIA_ONLY`
    MediaOnly,
}

impl Layout {
    /// All nine layouts.
    pub const ALL: [Layout; 9] = [
        Layout::UnifiedLayout,
        Layout::CustomLayout,
        Layout::SmartLayout,
        Layout::PresentationFocus,
        Layout::VideoFocus,
        Layout::CamerasOnly,
        Layout::ParticipantsAndChatOnly,
        Layout::PresentationOnly,
        Layout::MediaOnly,
    ];

    /// The exact key the client understands.
    pub const fn as_str(self) -> &'static str {
        match self {
            Layout::UnifiedLayout => "UNIFIED_LAYOUT",
            Layout::CustomLayout => "CUSTOM_LAYOUT",
            Layout::SmartLayout => "SMART_LAYOUT",
            Layout::PresentationFocus => "PRESENTATION_FOCUS",
            Layout::VideoFocus => "VIDEO_FOCUS",
            Layout::CamerasOnly => "CAMERAS_ONLY",
            Layout::ParticipantsAndChatOnly => "PARTICIPANTS_AND_CHAT_ONLY",
            Layout::PresentationOnly => "PRESENTATION_ONLY",
            Layout::MediaOnly => "MEDIA_ONLY",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Layout {
    type Err = InvalidParameter;
    /// Case-insensitive; `-` and space count as `_`; the docs' `PARTICIPANTS_CHAT_ONLY` is
    /// accepted.
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
            .into_iter()
            .find(|l| l.as_str() == norm)
            .ok_or_else(|| {
                InvalidParameter::new(
                "enforceLayout",
                Rule::OneOf(
                    "UNIFIED_LAYOUT, CUSTOM_LAYOUT, SMART_LAYOUT, PRESENTATION_FOCUS, VIDEO_FOCUS, \
                     CAMERAS_ONLY, PARTICIPANTS_AND_CHAT_ONLY, PRESENTATION_ONLY, MEDIA_ONLY",
                ),
            )
            })
    }
}

/// Every parameter of the `join` call.
///
/// Build one with [`JoinRequest::new`] (or [`JoinRequest::with_password`] for pre-3.0
/// servers) and chain the setters; the fields are public too. Nothing is checked until
/// [`Server::join_url`](crate::Server::join_url) or [`JoinRequest::to_query`], which refuse
/// bad input with an [`InvalidParameter`] naming the parameter and the rule.
///
/// Parameters are emitted in this fixed order, so the same request always gives the same URL:
/// `meetingID`, `fullName`, `role`, `password`, `createTime`, `userID`, `firstName`,
/// `lastName`, `avatarURL`, `webcamBackgroundURL`, `redirect`, `errorRedirectUrl`,
/// `logoutURL`, `guest`, `auth`, `bot`, `excludeFromDashboard`, `enforceLayout`,
/// `defaultLayout`, `existingUserID`, `sessionName`, `replaceSessionToken`, then the
/// `userdata-*` pairs and the extra parameters in the order they were added.
///
/// Server quirks handled here:
/// - `guest=false` is never sent: a `guest` parameter of any value makes the user start
///   unauthenticated. Likewise `bot` and `excludeFromDashboard` are sent only when true.
/// - `auth` is sent only when set explicitly; [`JoinRequest::effective_auth`] tells what the
///   server will decide.
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct JoinRequest {
    /// `meetingID`: 2–256 characters, no comma.
    pub meeting_id: String,
    /// `fullName`: the display name, non-empty.
    pub full_name: String,
    /// `role`: MODERATOR or VIEWER (BBB 3.0+).
    pub role: Option<Role>,
    /// `password`: deprecated since 3.0; 2–64 characters.
    pub password: Option<String>,
    /// `createTime`: the create response's `createTime`, epoch milliseconds.
    pub create_time: Option<i64>,
    /// `userID`: the application's user ID.
    pub user_id: Option<String>,
    /// `firstName`: used for sorting.
    pub first_name: Option<String>,
    /// `lastName`: used for sorting.
    pub last_name: Option<String>,
    /// `avatarURL`: an absolute http(s) URL.
    pub avatar_url: Option<String>,
    /// `webcamBackgroundURL`: an absolute http(s) URL.
    pub webcam_background_url: Option<String>,
    /// `redirect`: `Some(false)` asks for an XML answer instead of a browser redirect.
    pub redirect: Option<bool>,
    /// `errorRedirectUrl`: an absolute http(s) URL.
    pub error_redirect_url: Option<String>,
    /// `logoutURL`: an absolute http(s) URL.
    pub logout_url: Option<String>,
    /// `guest`: sent only when true.
    pub guest: bool,
    /// `auth`: sent only when set.
    pub auth: Option<bool>,
    /// `bot`: sent only when true.
    pub bot: bool,
    /// `excludeFromDashboard`: sent only when true.
    pub exclude_from_dashboard: bool,
    /// `enforceLayout`.
    pub enforce_layout: Option<Layout>,
    /// `defaultLayout` (undocumented in 3.0, still read).
    pub default_layout: Option<Layout>,
    /// `existingUserID`: rejoin an existing session.
    pub existing_user_id: Option<String>,
    /// `sessionName`: needs `existingUserID`.
    pub session_name: Option<String>,
    /// `replaceSessionToken`: needs `existingUserID`.
    pub replace_session_token: Option<String>,
    /// `userdata-<key>` pairs, keys without the `userdata-` prefix.
    pub userdata: Vec<(String, String)>,
    /// Parameters newer than bbbkit, sent as given after everything else.
    pub extra: Vec<(String, String)>,
}

/// The names bbbkit emits itself; the extra parameters may not shadow them.
pub(crate) const TYPED_NAMES: [&str; 23] = [
    "meetingID",
    "fullName",
    "role",
    "password",
    "createTime",
    "userID",
    "firstName",
    "lastName",
    "avatarURL",
    "webcamBackgroundURL",
    "redirect",
    "errorRedirectUrl",
    "logoutURL",
    "guest",
    "auth",
    "bot",
    "excludeFromDashboard",
    "enforceLayout",
    "defaultLayout",
    "existingUserID",
    "sessionName",
    "replaceSessionToken",
    "checksum",
];

macro_rules! string_setter {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[must_use]
        pub fn $name(mut self, value: impl Into<String>) -> Self {
            self.$name = Some(value.into());
            self
        }
    )*};
}

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

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, role: Role) -> Self {
        self.role = Some(role);
        self
    }

    /// Sets `createTime` (epoch milliseconds, from the create response).
    #[must_use]
    pub fn create_time(mut self, millis: i64) -> Self {
        self.create_time = Some(millis);
        self
    }

    string_setter!(
        /// Sets the deprecated `password`.
        password,
        /// Sets `userID`.
        user_id,
        /// Sets `firstName`.
        first_name,
        /// Sets `lastName`.
        last_name,
        /// Sets `avatarURL`.
        avatar_url,
        /// Sets `webcamBackgroundURL`.
        webcam_background_url,
        /// Sets `errorRedirectUrl`.
        error_redirect_url,
        /// Sets `logoutURL`.
        logout_url,
        /// Sets `existingUserID`.
        existing_user_id,
        /// Sets `sessionName` (needs `existingUserID`).
        session_name,
        /// Sets `replaceSessionToken` (needs `existingUserID`).
        replace_session_token,
    );

    /// Sets `redirect`; `false` asks the server for an XML answer.
    #[must_use]
    pub fn redirect(mut self, redirect: bool) -> Self {
        self.redirect = Some(redirect);
        self
    }

    /// Sets `guest`; `false` is never sent.
    #[must_use]
    pub fn guest(mut self, guest: bool) -> Self {
        self.guest = guest;
        self
    }

    /// Sets `auth` explicitly.
    #[must_use]
    pub fn auth(mut self, auth: bool) -> Self {
        self.auth = Some(auth);
        self
    }

    /// Sets `bot`.
    #[must_use]
    pub fn bot(mut self, bot: bool) -> Self {
        self.bot = bot;
        self
    }

    /// Sets `excludeFromDashboard`.
    #[must_use]
    pub fn exclude_from_dashboard(mut self, exclude: bool) -> Self {
        self.exclude_from_dashboard = exclude;
        self
    }

    /// Sets `enforceLayout`.
    #[must_use]
    pub fn enforce_layout(mut self, layout: Layout) -> Self {
        self.enforce_layout = Some(layout);
        self
    }

    /// Sets `defaultLayout`.
    #[must_use]
    pub fn default_layout(mut self, layout: Layout) -> Self {
        self.default_layout = Some(layout);
        self
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

    /// A request from parameters named and written as in the BBB API: `meetingID`,
    /// `fullName`, `role` (any case), `createTime` (decimal digits), `redirect`, `guest`,
    /// `auth`, `bot`, `excludeFromDashboard` (`true` or `false`, any case), `enforceLayout`,
    /// `defaultLayout`, the other typed names, `userdata-<key>`, and anything else as an extra
    /// parameter. For hosts that hold a join as name/value strings (a form, a config, or a
    /// language binding that passes one buffer instead of one call per parameter).
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
    /// [`InvalidParameter`] for a typed parameter given twice, a value that does not convert
    /// (`role`, `createTime`, a boolean, a layout), or `checksum`. Everything else is checked
    /// when the URL is signed, as for any request.
    pub fn from_params<I, K, V>(params: I) -> Result<JoinRequest, InvalidParameter>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        fn boolean(name: &str, v: &str) -> Result<bool, InvalidParameter> {
            match v.trim() {
                t if t.eq_ignore_ascii_case("true") => Ok(true),
                t if t.eq_ignore_ascii_case("false") => Ok(false),
                _ => Err(InvalidParameter::new(name, Rule::OneOf("true, false"))),
            }
        }
        fn once<T>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), InvalidParameter> {
            if slot.replace(value).is_some() {
                return Err(InvalidParameter::new(name, Rule::Duplicate));
            }
            Ok(())
        }
        let mut r = JoinRequest::default();
        let (mut id, mut name, mut guest, mut bot, mut exclude) = (None, None, None, None, None);
        for (k, v) in params {
            let (k, v) = (k.as_ref(), v.as_ref());
            let text = || v.to_owned();
            match k {
                "meetingID" => once(&mut id, k, text())?,
                "fullName" => once(&mut name, k, text())?,
                "role" => once(&mut r.role, k, v.parse::<Role>()?)?,
                "password" => once(&mut r.password, k, text())?,
                "createTime" => {
                    let t = v
                        .trim()
                        .parse::<i64>()
                        .map_err(|_| InvalidParameter::new(k, Rule::Positive))?;
                    once(&mut r.create_time, k, t)?
                }
                "userID" => once(&mut r.user_id, k, text())?,
                "firstName" => once(&mut r.first_name, k, text())?,
                "lastName" => once(&mut r.last_name, k, text())?,
                "avatarURL" => once(&mut r.avatar_url, k, text())?,
                "webcamBackgroundURL" => once(&mut r.webcam_background_url, k, text())?,
                "redirect" => once(&mut r.redirect, k, boolean(k, v)?)?,
                "errorRedirectUrl" => once(&mut r.error_redirect_url, k, text())?,
                "logoutURL" => once(&mut r.logout_url, k, text())?,
                "guest" => once(&mut guest, k, boolean(k, v)?)?,
                "auth" => once(&mut r.auth, k, boolean(k, v)?)?,
                "bot" => once(&mut bot, k, boolean(k, v)?)?,
                "excludeFromDashboard" => once(&mut exclude, k, boolean(k, v)?)?,
                "enforceLayout" => once(&mut r.enforce_layout, k, v.parse::<Layout>()?)?,
                "defaultLayout" => {
                    let l = v.parse::<Layout>().map_err(|e| e.with_parameter(k))?;
                    once(&mut r.default_layout, k, l)?
                }
                "existingUserID" => once(&mut r.existing_user_id, k, text())?,
                "sessionName" => once(&mut r.session_name, k, text())?,
                "replaceSessionToken" => once(&mut r.replace_session_token, k, text())?,
                "checksum" => return Err(InvalidParameter::new(k, Rule::Reserved)),
                _ => match k.strip_prefix("userdata-") {
                    Some(key) => r.userdata.push((key.to_owned(), text())),
                    None => r.extra.push((k.to_owned(), text())),
                },
            }
        }
        r.meeting_id = id.unwrap_or_default();
        r.full_name = name.unwrap_or_default();
        r.guest = guest.unwrap_or(false);
        r.bot = bot.unwrap_or(false);
        r.exclude_from_dashboard = exclude.unwrap_or(false);
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
        let strings = [
            &self.password,
            &self.user_id,
            &self.first_name,
            &self.last_name,
            &self.avatar_url,
            &self.webcam_background_url,
            &self.error_redirect_url,
            &self.logout_url,
            &self.existing_user_id,
            &self.session_name,
            &self.replace_session_token,
        ];
        let opt: usize = strings
            .iter()
            .flat_map(|s| s.as_deref())
            .map(|s| s.len() + 24)
            .sum();
        let pairs: usize = self
            .userdata
            .iter()
            .chain(&self.extra)
            .map(|(k, v)| k.len() + v.len() + 12)
            .sum();
        (self.meeting_id.len() + self.full_name.len()) * 2 + opt + pairs + 96
    }

    /// Validates and appends the query to `out`.
    pub(crate) fn write_query(&self, out: &mut String) -> Result<(), InvalidParameter> {
        let start = out.len();
        let q = &mut Query { out, start };

        let id = &self.meeting_id;
        if id.is_empty() {
            return Err(InvalidParameter::new("meetingID", Rule::Required));
        }
        check_no_control("meetingID", id)?;
        if id.contains(',') {
            return Err(InvalidParameter::new("meetingID", Rule::NoComma));
        }
        if !(2..=256).contains(&utf16_len(id)) {
            return Err(InvalidParameter::new(
                "meetingID",
                Rule::Length { min: 2, max: 256 },
            ));
        }
        q.pair("meetingID", id);

        if self.full_name.is_empty() {
            return Err(InvalidParameter::new("fullName", Rule::Required));
        }
        check_no_control("fullName", &self.full_name)?;
        q.pair("fullName", &self.full_name);

        if self.role.is_none() && self.password.is_none() {
            return Err(InvalidParameter::new("role", Rule::RoleOrPassword));
        }
        if let Some(role) = self.role {
            q.pair("role", role.as_str());
        }
        if let Some(pw) = &self.password {
            check_no_control("password", pw)?;
            if !(2..=64).contains(&utf16_len(pw)) {
                return Err(InvalidParameter::new(
                    "password",
                    Rule::Length { min: 2, max: 64 },
                ));
            }
            q.pair("password", pw);
        }
        if let Some(t) = self.create_time {
            if t <= 0 {
                return Err(InvalidParameter::new("createTime", Rule::Positive));
            }
            q.pair("createTime", itoa::Buffer::new().format(t));
        }
        q.text("userID", &self.user_id)?;
        q.text("firstName", &self.first_name)?;
        q.text("lastName", &self.last_name)?;
        q.url("avatarURL", &self.avatar_url)?;
        q.url("webcamBackgroundURL", &self.webcam_background_url)?;
        if let Some(r) = self.redirect {
            q.pair("redirect", if r { "true" } else { "false" });
        }
        q.url("errorRedirectUrl", &self.error_redirect_url)?;
        q.url("logoutURL", &self.logout_url)?;
        if self.guest {
            q.pair("guest", "true");
        }
        if let Some(a) = self.auth {
            q.pair("auth", if a { "true" } else { "false" });
        }
        if self.bot {
            q.pair("bot", "true");
        }
        if self.exclude_from_dashboard {
            q.pair("excludeFromDashboard", "true");
        }
        if let Some(l) = self.enforce_layout {
            q.pair("enforceLayout", l.as_str());
        }
        if let Some(l) = self.default_layout {
            q.pair("defaultLayout", l.as_str());
        }
        q.text("existingUserID", &self.existing_user_id)?;
        if self.existing_user_id.is_none() {
            if self.session_name.is_some() {
                return Err(InvalidParameter::new(
                    "sessionName",
                    Rule::RequiresExistingUserId,
                ));
            }
            if self.replace_session_token.is_some() {
                return Err(InvalidParameter::new(
                    "replaceSessionToken",
                    Rule::RequiresExistingUserId,
                ));
            }
        }
        q.text("sessionName", &self.session_name)?;
        q.text("replaceSessionToken", &self.replace_session_token)?;

        for (i, (key, value)) in self.userdata.iter().enumerate() {
            let name = ["userdata-", key].concat();
            if key.is_empty() || key.contains(['-', '=', '&']) {
                return Err(InvalidParameter::new(name, Rule::UserdataKey));
            }
            check_no_control(&name, key)?;
            check_no_control(&name, value)?;
            if self.userdata[..i].iter().any(|(k, _)| k == key) {
                return Err(InvalidParameter::new(name, Rule::Duplicate));
            }
            q.pair_encoded(&name, value);
        }
        for (i, (name, value)) in self.extra.iter().enumerate() {
            check_extra_name(name)?;
            check_no_control(name, value)?;
            if self.extra[..i].iter().any(|(n, _)| n == name) {
                return Err(InvalidParameter::new(name.as_str(), Rule::Duplicate));
            }
            q.pair_encoded(name, value);
        }
        Ok(())
    }
}

/// An extra parameter's name: non-empty, no control characters, not a typed one.
fn check_extra_name(name: &str) -> Result<(), InvalidParameter> {
    if name.is_empty() {
        return Err(InvalidParameter::new("extra", Rule::Empty));
    }
    check_no_control(name, name)?;
    // Compared as bytes: the ninth byte may fall inside a multi-byte character.
    let shadows = TYPED_NAMES.iter().any(|t| t.eq_ignore_ascii_case(name))
        || name
            .as_bytes()
            .get(..9)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"userdata-"));
    if shadows {
        return Err(InvalidParameter::new(name, Rule::Reserved));
    }
    Ok(())
}

struct Query<'a> {
    out: &'a mut String,
    start: usize,
}

impl Query<'_> {
    /// A typed parameter: its name is a constant of plain ASCII letters, written as is.
    fn pair(&mut self, name: &'static str, value: &str) {
        debug_assert!(name.bytes().all(|b| b.is_ascii_alphanumeric()));
        if self.out.len() > self.start {
            self.out.push('&');
        }
        self.out.push_str(name);
        self.out.push('=');
        push_encoded(self.out, value);
    }

    /// A userdata or extra parameter (never the first: `meetingID` always is): the name is
    /// encoded too.
    fn pair_encoded(&mut self, name: &str, value: &str) {
        self.out.push('&');
        push_pair(self.out, name, value);
    }

    fn text(&mut self, name: &'static str, value: &Option<String>) -> Result<(), InvalidParameter> {
        if let Some(v) = value {
            if v.is_empty() {
                return Err(InvalidParameter::new(name, Rule::Empty));
            }
            check_no_control(name, v)?;
            self.pair(name, v);
        }
        Ok(())
    }

    fn url(&mut self, name: &'static str, value: &Option<String>) -> Result<(), InvalidParameter> {
        if let Some(v) = value {
            check_http_url(name, v)?;
            self.pair(name, v);
        }
        Ok(())
    }
}
