//! What `join` adds to its declaration (the first block of
//! [`for_each_call!`](crate::for_each_call), expanded like every other call): its two
//! constructors and [`JoinRequest::effective_auth`].

use crate::enums::Role;

use super::requests::JoinRequest;

/// Build a join with [`JoinRequest::new`] (or [`JoinRequest::with_password`] for pre-3.0
/// servers) and chain the setters; the fields are public too. Nothing is checked until
/// [`Server::join_url`](crate::Server::join_url) or [`JoinRequest::to_query`], which refuse bad
/// input with an [`InvalidParameter`](crate::InvalidParameter) naming the parameter and the
/// rule.
///
/// The parameters are emitted in their declared order (listed by
/// [`JoinRequest::PARAMETERS`]), so the same request always gives the same URL; the
/// `userdata-*` pairs are the last declared row, and the extra parameters come after them in
/// the order they were added.
///
/// Server quirks handled here:
/// - `guest=false` is never sent: a `guest` parameter of any value makes the user start
///   unauthenticated. Likewise `bot` and `excludeFromDashboard` are sent only when true.
/// - `auth` is sent only when set explicitly; [`JoinRequest::effective_auth`] tells what the
///   server will decide.
///
/// Its `Debug` output shows `[redacted]` for the deprecated `password`; the field keeps the
/// value.
///
/// # Examples
///
/// ```
/// use bbbkit::{JoinRequest, Layout, ParamType, Role};
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
///
/// // The same request from parameters named and written as in the BBB API (a form, a
/// // config): declared ones are converted, `userdata-<key>` pairs add, anything else is an
/// // extra parameter.
/// let same = JoinRequest::from_params([
///     ("meetingID", "room-1"), ("fullName", "Ada Lovelace"), ("role", "moderator"),
///     ("createTime", "1715261728123"), ("userID", "42"), ("enforceLayout", "video_focus"),
///     ("userdata-bbb_show_participants_on_login", "false"),
/// ])?;
/// assert_eq!(same, req);
/// assert_eq!(JoinRequest::parameter("createTime").unwrap().ty, ParamType::Integer);
/// assert!(JoinRequest::is_reserved("MEETINGID") && JoinRequest::is_reserved("userdata-x"));
/// assert!(!JoinRequest::is_reserved("lang"));
/// # Ok::<(), bbbkit::InvalidParameter>(())
/// ```
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
}
