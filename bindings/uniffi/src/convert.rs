//! Enums and the join request: plain conversions to and from the core types.

/// A name and a value, in the order they go into the query.
///
/// A list of these (not a map) keeps the order, so the same input always gives the same URL.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct QueryParam {
    /// The parameter's name, as the BBB API spells it (for userdata: the key without
    /// `userdata-`).
    pub name: String,
    /// The value, unencoded.
    pub value: String,
}

impl QueryParam {
    /// A pair, for Rust callers.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        QueryParam {
            name: name.into(),
            value: value.into(),
        }
    }
}

pub(crate) fn pairs(params: Vec<QueryParam>) -> Vec<(String, String)> {
    params.into_iter().map(|p| (p.name, p.value)).collect()
}

pub(crate) fn params(pairs: Vec<(String, String)>) -> Vec<QueryParam> {
    pairs
        .into_iter()
        .map(|(name, value)| QueryParam { name, value })
        .collect()
}

/// A checksum algorithm that BigBlueButton accepts. SHA-256 is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ChecksumAlgorithm {
    /// SHA-1: 40 hex digits. The only one that pre-2.5 servers know.
    Sha1,
    /// SHA-256: 64 hex digits. The default.
    Sha256,
    /// SHA-384: 96 hex digits.
    Sha384,
    /// SHA-512: 128 hex digits.
    Sha512,
}

impl From<ChecksumAlgorithm> for bbbkit::Algorithm {
    fn from(a: ChecksumAlgorithm) -> Self {
        match a {
            ChecksumAlgorithm::Sha1 => bbbkit::Algorithm::Sha1,
            ChecksumAlgorithm::Sha256 => bbbkit::Algorithm::Sha256,
            ChecksumAlgorithm::Sha384 => bbbkit::Algorithm::Sha384,
            ChecksumAlgorithm::Sha512 => bbbkit::Algorithm::Sha512,
        }
    }
}

impl From<bbbkit::Algorithm> for ChecksumAlgorithm {
    fn from(a: bbbkit::Algorithm) -> Self {
        match a {
            bbbkit::Algorithm::Sha1 => ChecksumAlgorithm::Sha1,
            bbbkit::Algorithm::Sha256 => ChecksumAlgorithm::Sha256,
            bbbkit::Algorithm::Sha384 => ChecksumAlgorithm::Sha384,
            bbbkit::Algorithm::Sha512 => ChecksumAlgorithm::Sha512,
        }
    }
}

/// The user's role in the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Role {
    /// `MODERATOR`.
    Moderator,
    /// `VIEWER`.
    Viewer,
}

impl From<Role> for bbbkit::Role {
    fn from(r: Role) -> Self {
        match r {
            Role::Moderator => bbbkit::Role::Moderator,
            Role::Viewer => bbbkit::Role::Viewer,
        }
    }
}

impl From<bbbkit::Role> for Role {
    fn from(r: bbbkit::Role) -> Self {
        match r {
            bbbkit::Role::Moderator => Role::Moderator,
            bbbkit::Role::Viewer => Role::Viewer,
        }
    }
}

macro_rules! layouts {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// A client layout for `enforceLayout` and `defaultLayout`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum Layout {
            $($(#[$doc])* $name,)*
        }

        impl From<Layout> for bbbkit::Layout {
            fn from(l: Layout) -> Self {
                match l {
                    $(Layout::$name => bbbkit::Layout::$name,)*
                }
            }
        }

        impl From<bbbkit::Layout> for Layout {
            fn from(l: bbbkit::Layout) -> Self {
                match l {
                    $(bbbkit::Layout::$name => Layout::$name,)*
                }
            }
        }
    };
}

layouts!(
    /// `UNIFIED_LAYOUT`.
    UnifiedLayout,
    /// `CUSTOM_LAYOUT`.
    CustomLayout,
    /// `SMART_LAYOUT`.
    SmartLayout,
    /// `PRESENTATION_FOCUS`.
    PresentationFocus,
    /// `VIDEO_FOCUS`.
    VideoFocus,
    /// `CAMERAS_ONLY`.
    CamerasOnly,
    /// `PARTICIPANTS_AND_CHAT_ONLY`.
    ParticipantsAndChatOnly,
    /// `PRESENTATION_ONLY`.
    PresentationOnly,
    /// `MEDIA_ONLY`.
    MediaOnly,
);

/// Whether a guest may enter: the `guestStatus` of a join answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum GuestStatus {
    /// `ALLOW`: open the URL.
    Allow,
    /// `WAIT`: the guest waits for a moderator's decision.
    Wait,
    /// `DENY`.
    Deny,
    /// A status this version does not know, as the server sent it.
    Other {
        /// The status text.
        value: String,
    },
}

impl From<bbbkit::GuestStatus> for GuestStatus {
    fn from(g: bbbkit::GuestStatus) -> Self {
        match g {
            bbbkit::GuestStatus::Allow => GuestStatus::Allow,
            bbbkit::GuestStatus::Wait => GuestStatus::Wait,
            bbbkit::GuestStatus::Deny => GuestStatus::Deny,
            other => GuestStatus::Other {
                value: other.as_str().to_owned(),
            },
        }
    }
}

/// Every parameter of the `join` call. Only `meeting_id` and `full_name` are required; give a
/// `role` too (or the deprecated `password`). Every other field is unset by default.
///
/// The URL's parameters come out in a fixed order, whatever the order of the fields here.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct JoinRequest {
    /// `meetingID`: 2 to 256 characters, no comma.
    pub meeting_id: String,
    /// `fullName`: the name shown to others.
    pub full_name: String,
    /// `role`: `MODERATOR` or `VIEWER`.
    #[uniffi(default = None)]
    pub role: Option<Role>,
    /// `password`: the deprecated alternative to `role`.
    #[uniffi(default = None)]
    pub password: Option<String>,
    /// `createTime`: the meeting's creation time in milliseconds; the join fails if the
    /// meeting was recreated since.
    #[uniffi(default = None)]
    pub create_time: Option<i64>,
    /// `userID`: the application's ID for the user.
    #[uniffi(default = None)]
    pub user_id: Option<String>,
    /// `firstName`.
    #[uniffi(default = None)]
    pub first_name: Option<String>,
    /// `lastName`.
    #[uniffi(default = None)]
    pub last_name: Option<String>,
    /// `avatarURL`: an absolute http(s) URL.
    #[uniffi(default = None)]
    pub avatar_url: Option<String>,
    /// `webcamBackgroundURL`: an absolute http(s) URL.
    #[uniffi(default = None)]
    pub webcam_background_url: Option<String>,
    /// `redirect`: `false` asks for an XML answer instead of a redirect.
    #[uniffi(default = None)]
    pub redirect: Option<bool>,
    /// `errorRedirectUrl`: where the server sends the browser on failure.
    #[uniffi(default = None)]
    pub error_redirect_url: Option<String>,
    /// `logoutURL`: where the client goes after leaving.
    #[uniffi(default = None)]
    pub logout_url: Option<String>,
    /// `guest`: join as a guest (subject to the guest policy). `false` is never sent.
    #[uniffi(default = false)]
    pub guest: bool,
    /// `auth`: whether the user is authenticated; unset means "not a guest".
    #[uniffi(default = None)]
    pub auth: Option<bool>,
    /// `bot`: the user is a bot.
    #[uniffi(default = false)]
    pub bot: bool,
    /// `excludeFromDashboard`.
    #[uniffi(default = false)]
    pub exclude_from_dashboard: bool,
    /// `enforceLayout`.
    #[uniffi(default = None)]
    pub enforce_layout: Option<Layout>,
    /// `defaultLayout`.
    #[uniffi(default = None)]
    pub default_layout: Option<Layout>,
    /// `existingUserID`: join as another session of this user.
    #[uniffi(default = None)]
    pub existing_user_id: Option<String>,
    /// `sessionName`: needs `existing_user_id`.
    #[uniffi(default = None)]
    pub session_name: Option<String>,
    /// `replaceSessionToken`: needs `existing_user_id`.
    #[uniffi(default = None)]
    pub replace_session_token: Option<String>,
    /// `userdata-KEY=VALUE` pairs, in order; `name` is the key without `userdata-`.
    #[uniffi(default = [])]
    pub userdata: Vec<QueryParam>,
    /// Any other parameter, in order, after the typed ones.
    #[uniffi(default = [])]
    pub extra: Vec<QueryParam>,
}

impl JoinRequest {
    /// A request with a meeting ID and a name and nothing else set, for Rust callers.
    pub fn new(meeting_id: impl Into<String>, full_name: impl Into<String>) -> Self {
        JoinRequest {
            meeting_id: meeting_id.into(),
            full_name: full_name.into(),
            role: None,
            password: None,
            create_time: None,
            user_id: None,
            first_name: None,
            last_name: None,
            avatar_url: None,
            webcam_background_url: None,
            redirect: None,
            error_redirect_url: None,
            logout_url: None,
            guest: false,
            auth: None,
            bot: false,
            exclude_from_dashboard: false,
            enforce_layout: None,
            default_layout: None,
            existing_user_id: None,
            session_name: None,
            replace_session_token: None,
            userdata: Vec::new(),
            extra: Vec::new(),
        }
    }
}

impl From<JoinRequest> for bbbkit::JoinRequest {
    fn from(r: JoinRequest) -> Self {
        let mut j = bbbkit::JoinRequest::default();
        j.meeting_id = r.meeting_id;
        j.full_name = r.full_name;
        j.role = r.role.map(Into::into);
        j.password = r.password;
        j.create_time = r.create_time;
        j.user_id = r.user_id;
        j.first_name = r.first_name;
        j.last_name = r.last_name;
        j.avatar_url = r.avatar_url;
        j.webcam_background_url = r.webcam_background_url;
        j.redirect = r.redirect;
        j.error_redirect_url = r.error_redirect_url;
        j.logout_url = r.logout_url;
        j.guest = r.guest;
        j.auth = r.auth;
        j.bot = r.bot;
        j.exclude_from_dashboard = r.exclude_from_dashboard;
        j.enforce_layout = r.enforce_layout.map(Into::into);
        j.default_layout = r.default_layout.map(Into::into);
        j.existing_user_id = r.existing_user_id;
        j.session_name = r.session_name;
        j.replace_session_token = r.replace_session_token;
        j.userdata = pairs(r.userdata);
        j.extra = pairs(r.extra);
        j
    }
}

#[uniffi::export]
impl JoinRequest {
    /// The `auth` value the server will see: `auth` if set, else `!guest`.
    pub fn effective_auth(&self) -> bool {
        bbbkit::JoinRequest::from(self.clone()).effective_auth()
    }
}
