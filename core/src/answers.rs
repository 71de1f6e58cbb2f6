//! The typed answers of every BBB API call, and one declaration of them ([`AnswerKind`]).
//!
//! Each call has a parser (`parse_meeting_info`, …, also as a [`ParseOptions`] method) that
//! returns its typed answer, or the same errors a join answer gives: [`ApiError`](crate::ApiError) (in
//! [`Error::Api`]) for `FAILED` in every form the server writes (single error, the
//! `<errors>` list, the JSON error form, a message without a `messageKey`), and
//! [`ParseError`] for what is not a BBB answer (an HTML page from a proxy, truncated XML,
//! a document over the size limit, a DOCTYPE, …). XML and JSON are told apart by the bytes, so
//! the text-track calls, which answer JSON on success and XML on a checksum error, need no
//! hint.
//!
//! ## How values are read
//!
//! - Text is entity-decoded and trimmed; an empty element counts as absent.
//! - An element the answer is *about* (a meeting's `meetingID`, a recording's `recordID`, a
//!   hook's `hookID`, …) is required: without it the answer is a
//!   [`ParseError::MissingField`] naming the BBB element.
//! - Other text is `Option<String>`; other integers are `Option<i64>`; other booleans are
//!   `Option<bool>`, from `true` or `false` (any case). Anything else is a
//!   [`ParseError::InvalidField`] naming the element.
//! - Absent stays absent: a value the server did not send is `None` (`null` in JSON), never a
//!   default (a duplicate hooks/create answer has no `permanentHook`, so it is `None`, not
//!   `false`). Only lists and maps read an absent element as empty.
//! - Integers accept locale grouping separators (`1,234`, `1.234`, `1 234`, U+00A0, U+202F,
//!   `'`, U+2019: getMeetings prints some counters without `?c`), only in groups of three
//!   digits; `1.5` or `12,34` are refused.
//! - `metadata` and `customdata` are ordered lists of (name, value) pairs, names as the
//!   server wrote them (it lower-cases `meta_` names on create; getRecordings also carries
//!   `meetingId`, `isBreakout`, … from the recording's own metadata).
//!
//! ## The JSON form
//!
//! Every answer has `to_json()`, and [`parse_answer_json`] gives it for a kind named at run
//! time: what the command line prints and the C ABI returns. Keys are the snake case of the
//! BBB element names (`meetingName` → `meeting_name`, `customdata` → `custom_data`,
//! `recordID` → `record_id`), booleans and integers are JSON booleans and numbers, an absent
//! optional value is `null`, and `metadata`/`custom_data` are JSON objects in the server's
//! order. Per kind:
//!
//! | kind | JSON keys |
//! |---|---|
//! | `join` | `meeting_id`, `user_id`, `auth_token`, `session_token`, `guest_status`, `url`, `message_key`, `message` |
//! | `create` | `meeting_id`, `internal_meeting_id`, `parent_meeting_id`, `attendee_pw`, `moderator_pw`, `create_time`, `voice_bridge`, `dial_number`, `create_date`, `has_user_joined`, `duration`, `has_been_forcibly_ended`, `message_key`, `message`, `duplicate_warning` |
//! | `meeting-info` | a *meeting* (below) |
//! | `meetings` | `meetings` (list of *meeting*), `message_key`, `message` |
//! | `running` | `running` |
//! | `end` | `message_key`, `message` |
//! | `recordings` | `recordings` (list of *recording*), `pagination` (`offset`, `limit`, `paged`, `unpaged`, `total_elements`, `empty`, or `null`), `message_key`, `message`, `unreadable` (the record IDs of the recordings the server could not read) |
//! | `publish` | `published` (bool), `published_raw` (the echoed text) |
//! | `delete` / `update` | `deleted` / `updated` |
//! | `text-tracks` | `tracks` (list of `href`, `kind`, `label`, `lang`, `source`) |
//! | `put-text-track` | `record_id`, `message_key`, `message` |
//! | `insert-document` / `chat` | `message_key`, `message` |
//! | `hook-create` | `hook_id` (a string), `permanent_hook`, `raw_data`, `duplicate_warning`, `message_key`, `message` |
//! | `hook-destroy` | `removed` |
//! | `hooks` | `hooks` (list of `hook_id`, `callback_url`, `meeting_id`, `event_ids` (list), `permanent_hook`, `raw_data`) |
//!
//! A *meeting*: `meeting_name`, `meeting_id`, `internal_meeting_id`, `create_time`,
//! `create_date`, `voice_bridge`, `dial_number`, `attendee_pw`, `moderator_pw`, `running`,
//! `duration`, `has_user_joined`, `recording`, `has_been_forcibly_ended`, `start_time`,
//! `end_time`, `participant_count`, `listener_count`, `voice_participant_count`, `video_count`,
//! `max_users`, `moderator_count`, `attendees` (list of `user_id`, `full_name`, `role`,
//! `is_presenter`, `is_listening_only`, `has_joined_voice`, `has_video`, `client_type`,
//! `custom_data` (object)), `metadata` (object), `message_key`, `message`, `is_breakout`,
//! `parent_meeting_id`, `sequence`, `free_join` (`null` unless a breakout room),
//! `breakout_rooms` (list of IDs).
//!
//! A *recording*: `record_id`, `meeting_id`, `internal_meeting_id`, `name`, `is_breakout`,
//! `published`, `state`, `start_time`, `end_time`, `participants`, `raw_size`, `metadata`
//! (object), `breakout` (`parent_id`, `sequence`, `free_join`, or `null`), `breakout_rooms`,
//! `size`, `playback` (list of `type`, `url`, `processing_time`, `length` (minutes), `size`,
//! `preview` (list of `url`, `width`, `height`, `alt`)), `data` (list of `type`, `url`),
//! `protected` (Scalelite's `<protected>`; `null` where not sent).
//!
//! # Examples
//!
//! ```
//! use bbbkit::{parse_answer_json, AnswerKind, ParseOptions};
//!
//! let kind: AnswerKind = "running".parse()?;
//! let xml = b"<response><returncode>SUCCESS</returncode><running>true</running></response>";
//! let json = parse_answer_json(kind, xml, &ParseOptions::default())?;
//! assert_eq!(json, serde_json::json!({"running": true}));
//! # Ok::<(), bbbkit::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde_json::{json, Map, Value};

use crate::error::{Error, InvalidParameter, ParseError, Result, Rule};
use crate::parse::{
    answer_root, non_empty, parse_tree, success_root, truncated, Created, Joined, Node,
    ParseOptions, Redacted,
};

// ------------------------------------------------------------------ reading helpers

/// The trimmed text of the first child `name`, `None` when absent or blank.
fn text(n: &Node<'_>, name: &str) -> Option<String> {
    non_empty(n.child_text(name)).map(|s| s.trim().to_owned())
}

fn required(n: &Node<'_>, name: &'static str) -> Result<String> {
    text(n, name).ok_or_else(|| ParseError::MissingField(name).into())
}

fn invalid(field: &'static str, value: &str) -> Error {
    ParseError::InvalidField {
        field,
        value: truncated(value),
    }
    .into()
}

/// An integer, tolerant of locale grouping separators in groups of three digits.
fn parse_integer(field: &'static str, s: &str) -> Result<i64> {
    let t = s.trim();
    if let Ok(v) = t.parse::<i64>() {
        return Ok(v);
    }
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    const SEPARATORS: [char; 7] = [',', '.', ' ', '\u{a0}', '\u{202f}', '\'', '\u{2019}'];
    let sep = body.chars().find(|c| !c.is_ascii_digit());
    let ok = match sep {
        Some(sep) if SEPARATORS.contains(&sep) => {
            let mut groups = body.split(sep);
            let first = groups.next().unwrap_or("");
            (1..=3).contains(&first.len())
                && first.bytes().all(|b| b.is_ascii_digit())
                && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    };
    if !ok {
        return Err(invalid(field, s));
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let signed = if neg { format!("-{digits}") } else { digits };
    signed.parse::<i64>().map_err(|_| invalid(field, s))
}

fn int(n: &Node<'_>, name: &'static str) -> Result<Option<i64>> {
    text(n, name).map(|v| parse_integer(name, &v)).transpose()
}

fn parse_boolean(field: &'static str, s: &str) -> Result<bool> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if t.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(invalid(field, t))
    }
}

fn opt_bool(n: &Node<'_>, name: &'static str) -> Result<Option<bool>> {
    text(n, name).map(|v| parse_boolean(name, &v)).transpose()
}

fn required_bool(n: &Node<'_>, name: &'static str) -> Result<bool> {
    opt_bool(n, name)?.ok_or_else(|| ParseError::MissingField(name).into())
}

/// The children of `name` as ordered (name, trimmed text) pairs.
fn pairs(n: &Node<'_>, name: &str) -> Vec<(String, String)> {
    n.child(name)
        .map(|m| {
            m.children
                .iter()
                .map(|c| (c.name.to_string(), c.text.trim().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// The non-empty texts of the `item` children of `list`.
fn texts(n: &Node<'_>, list: &str, item: &str) -> Vec<String> {
    n.child(list)
        .map(|l| {
            l.children
                .iter()
                .filter(|c| c.name == item)
                .map(|c| c.text.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn children<'a, 'i>(n: &'a Node<'i>, list: &str, item: &'a str) -> Vec<&'a Node<'i>> {
    n.child(list)
        .map(|l| l.children.iter().filter(|c| c.name == item).collect())
        .unwrap_or_default()
}

fn map_json(pairs: &[(String, String)]) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect::<Map<String, Value>>(),
    )
}

fn lookup<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}

fn root<'i>(input: &'i [u8], opts: &ParseOptions) -> Result<Node<'i>> {
    success_root(parse_tree(input, opts)?)
}

// ------------------------------------------------------------------ getMeetingInfo

/// One user of a meeting, from getMeetingInfo's (or getMeetings') `<attendee>`.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><meetingID>m</meetingID>\
///     <internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>\
///     <attendees><attendee><userID>u-1</userID><fullName>Ada</fullName><role>VIEWER</role>\
///     <customdata><color>red</color></customdata></attendee></attendees></response>";
/// let info = bbbkit::parse_meeting_info(xml)?;
/// let ada = &info.attendees[0];
/// assert_eq!(ada.user_id, "u-1");
/// assert_eq!(ada.custom_data, [("color".to_string(), "red".to_string())]);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Attendee {
    /// `userID`: the *external* user ID (`w_…` when the join gave none).
    pub user_id: String,
    /// `fullName`.
    pub full_name: Option<String>,
    /// `role`: `MODERATOR` or `VIEWER`.
    pub role: Option<String>,
    /// `isPresenter`.
    pub is_presenter: Option<bool>,
    /// `isListeningOnly`.
    pub is_listening_only: Option<bool>,
    /// `hasJoinedVoice`.
    pub has_joined_voice: Option<bool>,
    /// `hasVideo`.
    pub has_video: Option<bool>,
    /// `clientType` (`HTML5`, …).
    pub client_type: Option<String>,
    /// `customdata`: the join's `userdata-<key>` values, in the server's order.
    pub custom_data: Vec<(String, String)>,
}

impl Attendee {
    fn read(n: &Node<'_>) -> Result<Attendee> {
        Ok(Attendee {
            user_id: required(n, "userID")?,
            full_name: text(n, "fullName"),
            role: text(n, "role"),
            is_presenter: opt_bool(n, "isPresenter")?,
            is_listening_only: opt_bool(n, "isListeningOnly")?,
            has_joined_voice: opt_bool(n, "hasJoinedVoice")?,
            has_video: opt_bool(n, "hasVideo")?,
            client_type: text(n, "clientType"),
            custom_data: pairs(n, "customdata"),
        })
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "user_id": self.user_id, "full_name": self.full_name, "role": self.role,
            "is_presenter": self.is_presenter, "is_listening_only": self.is_listening_only,
            "has_joined_voice": self.has_joined_voice, "has_video": self.has_video,
            "client_type": self.client_type, "custom_data": map_json(&self.custom_data),
        })
    }
}

/// A meeting: the answer to getMeetingInfo, and each meeting of getMeetings.
///
/// Its `Debug` output shows `[redacted]` for the passwords; the fields keep the values.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><meetingName>CS 101</meetingName>\
///     <meetingID>cs101</meetingID><internalMeetingID>2f1b-1718000000000</internalMeetingID>\
///     <createTime>1718000000000</createTime><moderatorPW>pY7wLc2e</moderatorPW>\
///     <running>true</running><participantCount>1</participantCount>\
///     <metadata><bbb-origin>myapp</bbb-origin></metadata><isBreakout>false</isBreakout></response>";
/// let info = bbbkit::parse_meeting_info(xml)?;
/// assert_eq!(info.running, Some(true));
/// assert_eq!(info.recording, None); // not sent: absent, not false
/// assert_eq!(info.participant_count, Some(1));
/// assert_eq!(info.meta("bbb-origin"), Some("myapp"));
/// assert!(!format!("{info:?}").contains("pY7wLc2e"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MeetingInfo {
    /// `meetingName`.
    pub meeting_name: Option<String>,
    /// `meetingID`, the application's ID.
    pub meeting_id: String,
    /// `internalMeetingID`.
    pub internal_meeting_id: String,
    /// `createTime`, epoch milliseconds.
    pub create_time: i64,
    /// `createDate`, as the server formats it.
    pub create_date: Option<String>,
    /// `voiceBridge`, kept as text.
    pub voice_bridge: Option<String>,
    /// `dialNumber`.
    pub dial_number: Option<String>,
    /// `attendeePW` (deprecated; getMeetings may send it empty).
    pub attendee_pw: Option<String>,
    /// `moderatorPW` (deprecated; getMeetings may send it empty).
    pub moderator_pw: Option<String>,
    /// `running`: someone is in the meeting.
    pub running: Option<bool>,
    /// `duration` in minutes (0: unlimited).
    pub duration: Option<i64>,
    /// `hasUserJoined`.
    pub has_user_joined: Option<bool>,
    /// `recording`: the create call's `record` flag, not "recording now".
    pub recording: Option<bool>,
    /// `hasBeenForciblyEnded`.
    pub has_been_forcibly_ended: Option<bool>,
    /// `startTime`, epoch milliseconds.
    pub start_time: Option<i64>,
    /// `endTime`, epoch milliseconds (0 while running).
    pub end_time: Option<i64>,
    /// `participantCount`.
    pub participant_count: Option<i64>,
    /// `listenerCount`.
    pub listener_count: Option<i64>,
    /// `voiceParticipantCount`.
    pub voice_participant_count: Option<i64>,
    /// `videoCount`: camera streams.
    pub video_count: Option<i64>,
    /// `maxUsers` (0: no limit).
    pub max_users: Option<i64>,
    /// `moderatorCount`.
    pub moderator_count: Option<i64>,
    /// `attendees`, in the server's order.
    pub attendees: Vec<Attendee>,
    /// `metadata`: the create call's `meta_` values, names lower-cased by the server.
    pub metadata: Vec<(String, String)>,
    /// `messageKey`, when non-empty.
    pub message_key: Option<String>,
    /// `message`, when non-empty.
    pub message: Option<String>,
    /// `isBreakout`.
    pub is_breakout: Option<bool>,
    /// `parentMeetingID`: the parent's *internal* ID (breakout rooms only).
    pub parent_meeting_id: Option<String>,
    /// `sequence` (breakout rooms only).
    pub sequence: Option<i64>,
    /// `freeJoin` (breakout rooms only).
    pub free_join: Option<bool>,
    /// `breakoutRooms`: the breakout rooms' IDs.
    pub breakout_rooms: Vec<String>,
}

impl fmt::Debug for MeetingInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pw = |p: &Option<String>| p.as_ref().map(|_| Redacted);
        f.debug_struct("MeetingInfo")
            .field("meeting_name", &self.meeting_name)
            .field("meeting_id", &self.meeting_id)
            .field("internal_meeting_id", &self.internal_meeting_id)
            .field("create_time", &self.create_time)
            .field("create_date", &self.create_date)
            .field("voice_bridge", &self.voice_bridge)
            .field("dial_number", &self.dial_number)
            .field("attendee_pw", &pw(&self.attendee_pw))
            .field("moderator_pw", &pw(&self.moderator_pw))
            .field("running", &self.running)
            .field("duration", &self.duration)
            .field("has_user_joined", &self.has_user_joined)
            .field("recording", &self.recording)
            .field("has_been_forcibly_ended", &self.has_been_forcibly_ended)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("participant_count", &self.participant_count)
            .field("listener_count", &self.listener_count)
            .field("voice_participant_count", &self.voice_participant_count)
            .field("video_count", &self.video_count)
            .field("max_users", &self.max_users)
            .field("moderator_count", &self.moderator_count)
            .field("attendees", &self.attendees)
            .field("metadata", &self.metadata)
            .field("message_key", &self.message_key)
            .field("message", &self.message)
            .field("is_breakout", &self.is_breakout)
            .field("parent_meeting_id", &self.parent_meeting_id)
            .field("sequence", &self.sequence)
            .field("free_join", &self.free_join)
            .field("breakout_rooms", &self.breakout_rooms)
            .finish()
    }
}

impl MeetingInfo {
    fn read(n: &Node<'_>) -> Result<MeetingInfo> {
        let create_time = required(n, "createTime")?;
        Ok(MeetingInfo {
            meeting_name: text(n, "meetingName"),
            meeting_id: required(n, "meetingID")?,
            internal_meeting_id: required(n, "internalMeetingID")?,
            create_time: parse_integer("createTime", &create_time)?,
            create_date: text(n, "createDate"),
            voice_bridge: text(n, "voiceBridge"),
            dial_number: text(n, "dialNumber"),
            attendee_pw: text(n, "attendeePW"),
            moderator_pw: text(n, "moderatorPW"),
            running: opt_bool(n, "running")?,
            duration: int(n, "duration")?,
            has_user_joined: opt_bool(n, "hasUserJoined")?,
            recording: opt_bool(n, "recording")?,
            has_been_forcibly_ended: opt_bool(n, "hasBeenForciblyEnded")?,
            start_time: int(n, "startTime")?,
            end_time: int(n, "endTime")?,
            participant_count: int(n, "participantCount")?,
            listener_count: int(n, "listenerCount")?,
            voice_participant_count: int(n, "voiceParticipantCount")?,
            video_count: int(n, "videoCount")?,
            max_users: int(n, "maxUsers")?,
            moderator_count: int(n, "moderatorCount")?,
            attendees: children(n, "attendees", "attendee")
                .into_iter()
                .map(Attendee::read)
                .collect::<Result<_>>()?,
            metadata: pairs(n, "metadata"),
            message_key: text(n, "messageKey"),
            message: text(n, "message"),
            is_breakout: opt_bool(n, "isBreakout")?,
            parent_meeting_id: text(n, "parentMeetingID"),
            sequence: int(n, "sequence")?,
            free_join: opt_bool(n, "freeJoin")?,
            breakout_rooms: texts(n, "breakoutRooms", "breakout"),
        })
    }

    /// The metadata value for `key`, compared ignoring ASCII case.
    pub fn meta(&self, key: &str) -> Option<&str> {
        lookup(&self.metadata, key)
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "meeting_name": self.meeting_name, "meeting_id": self.meeting_id,
            "internal_meeting_id": self.internal_meeting_id, "create_time": self.create_time,
            "create_date": self.create_date, "voice_bridge": self.voice_bridge,
            "dial_number": self.dial_number, "attendee_pw": self.attendee_pw,
            "moderator_pw": self.moderator_pw, "running": self.running,
            "duration": self.duration, "has_user_joined": self.has_user_joined,
            "recording": self.recording, "has_been_forcibly_ended": self.has_been_forcibly_ended,
            "start_time": self.start_time, "end_time": self.end_time,
            "participant_count": self.participant_count, "listener_count": self.listener_count,
            "voice_participant_count": self.voice_participant_count,
            "video_count": self.video_count, "max_users": self.max_users,
            "moderator_count": self.moderator_count,
            "attendees": self.attendees.iter().map(Attendee::to_json).collect::<Vec<_>>(),
            "metadata": map_json(&self.metadata),
            "message_key": self.message_key, "message": self.message,
            "is_breakout": self.is_breakout, "parent_meeting_id": self.parent_meeting_id,
            "sequence": self.sequence, "free_join": self.free_join,
            "breakout_rooms": self.breakout_rooms,
        })
    }
}

/// The answer to getMeetings: every meeting on the server.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><meetings/>\
///     <messageKey>noMeetings</messageKey><message>no meetings were found on this server</message></response>";
/// let m = bbbkit::parse_meetings(xml)?;
/// assert!(m.meetings.is_empty());
/// assert_eq!(m.message_key.as_deref(), Some("noMeetings"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Meetings {
    /// The meetings, in the server's order.
    pub meetings: Vec<MeetingInfo>,
    /// `messageKey` (`noMeetings` when there are none).
    pub message_key: Option<String>,
    /// `message`.
    pub message: Option<String>,
}

impl Meetings {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "meetings": self.meetings.iter().map(MeetingInfo::to_json).collect::<Vec<_>>(),
            "message_key": self.message_key, "message": self.message,
        })
    }
}

/// The answer to isMeetingRunning.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><running>false</running></response>";
/// assert!(!bbbkit::parse_is_meeting_running(xml)?.running);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MeetingRunning {
    /// `running`: the meeting exists and someone is in it (`false` for an unknown meeting).
    pub running: bool,
}

impl MeetingRunning {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"running": self.running})
    }
}

/// A `SUCCESS` that carries only `messageKey` and `message`: end (`sentEndMeetingRequest`),
/// insertDocument (a message, no key), sendChatMessage (both empty).
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode>\
///     <messageKey>sentEndMeetingRequest</messageKey><message>A request to end the meeting was sent.</message></response>";
/// let e = bbbkit::parse_end(xml)?;
/// assert_eq!(e.message_key.as_deref(), Some("sentEndMeetingRequest"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Acknowledged {
    /// `messageKey`, when non-empty.
    pub message_key: Option<String>,
    /// `message`, when non-empty.
    pub message: Option<String>,
}

impl Acknowledged {
    fn read(n: &Node<'_>) -> Acknowledged {
        Acknowledged {
            message_key: text(n, "messageKey"),
            message: text(n, "message"),
        }
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"message_key": self.message_key, "message": self.message})
    }
}

// ------------------------------------------------------------------ getRecordings

/// A preview image of a playback format: `<image width height alt>URL</image>`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PreviewImage {
    /// The image URL (the element's text).
    pub url: String,
    /// The `width` attribute.
    pub width: Option<i64>,
    /// The `height` attribute.
    pub height: Option<i64>,
    /// The `alt` attribute (the slide's title).
    pub alt: Option<String>,
}

impl PreviewImage {
    fn read(n: &Node<'_>) -> Result<PreviewImage> {
        let attr = |name: &str| {
            n.attributes
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        Ok(PreviewImage {
            url: n.text.trim().to_owned(),
            width: attr("width")
                .map(|v| parse_integer("width", &v))
                .transpose()?,
            height: attr("height")
                .map(|v| parse_integer("height", &v))
                .transpose()?,
            alt: attr("alt"),
        })
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"url": self.url, "width": self.width, "height": self.height, "alt": self.alt})
    }
}

/// A playback format of a recording (`presentation`, `video`, `podcast`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PlaybackFormat {
    /// `type`.
    pub format_type: String,
    /// `url`.
    pub url: Option<String>,
    /// `processingTime`, milliseconds.
    pub processing_time: Option<i64>,
    /// `length`, in **minutes**.
    pub length: Option<i64>,
    /// `size`, bytes.
    pub size: Option<i64>,
    /// `preview/images/image`.
    pub preview: Vec<PreviewImage>,
}

impl PlaybackFormat {
    fn read(n: &Node<'_>) -> Result<PlaybackFormat> {
        let images = n
            .child("preview")
            .map(|p| children(p, "images", "image"))
            .unwrap_or_default();
        Ok(PlaybackFormat {
            format_type: required(n, "type")?,
            url: text(n, "url"),
            processing_time: int(n, "processingTime")?,
            length: int(n, "length")?,
            size: int(n, "size")?,
            preview: images
                .into_iter()
                .map(PreviewImage::read)
                .collect::<Result<_>>()?,
        })
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "type": self.format_type, "url": self.url, "processing_time": self.processing_time,
            "length": self.length, "size": self.size,
            "preview": self.preview.iter().map(PreviewImage::to_json).collect::<Vec<_>>(),
        })
    }
}

/// A data format of a recording (`<data><format><type/><url/></format></data>`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DataFormat {
    /// `type`.
    pub format_type: String,
    /// `url`.
    pub url: Option<String>,
}

impl DataFormat {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"type": self.format_type, "url": self.url})
    }
}

/// A recording's `<breakout>`: the parent of a breakout room's recording.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordingBreakout {
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `sequence`.
    pub sequence: Option<i64>,
    /// `freeJoin`.
    pub free_join: Option<bool>,
}

impl RecordingBreakout {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"parent_id": self.parent_id, "sequence": self.sequence, "free_join": self.free_join})
    }
}

/// One recording of getRecordings.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Recording {
    /// `recordID` (the meeting's internal ID).
    pub record_id: String,
    /// `meetingID`, the external ID.
    pub meeting_id: Option<String>,
    /// `internalMeetingID`.
    pub internal_meeting_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `isBreakout`.
    pub is_breakout: Option<bool>,
    /// `published`.
    pub published: Option<bool>,
    /// `state`: `processing`, `processed`, `published`, `unpublished`, `deleted`.
    pub state: Option<String>,
    /// `startTime`, epoch milliseconds.
    pub start_time: Option<i64>,
    /// `endTime`, epoch milliseconds.
    pub end_time: Option<i64>,
    /// `participants`.
    pub participants: Option<i64>,
    /// `rawSize`, bytes.
    pub raw_size: Option<i64>,
    /// `metadata`, in the server's order.
    pub metadata: Vec<(String, String)>,
    /// `breakout`, for a breakout room's recording.
    pub breakout: Option<RecordingBreakout>,
    /// `breakoutRooms/breakoutRoom`.
    pub breakout_rooms: Vec<String>,
    /// `size`, bytes (the formats' sum).
    pub size: Option<i64>,
    /// `playback/format`.
    pub playback: Vec<PlaybackFormat>,
    /// `data/format`.
    pub data: Vec<DataFormat>,
    /// `protected` (Scalelite): the recording is protected, its playback URLs are single-use
    /// links. `None` where the server does not send it (BBB itself, or Scalelite with protected
    /// recordings off).
    pub protected: Option<bool>,
}

impl Recording {
    fn read(n: &Node<'_>) -> Result<Recording> {
        let breakout = n
            .child("breakout")
            .map(|b| -> Result<RecordingBreakout> {
                Ok(RecordingBreakout {
                    parent_id: text(b, "parentId"),
                    sequence: int(b, "sequence")?,
                    free_join: opt_bool(b, "freeJoin")?,
                })
            })
            .transpose()?;
        Ok(Recording {
            record_id: required(n, "recordID")?,
            meeting_id: text(n, "meetingID"),
            internal_meeting_id: text(n, "internalMeetingID"),
            name: text(n, "name"),
            is_breakout: opt_bool(n, "isBreakout")?,
            published: opt_bool(n, "published")?,
            state: text(n, "state"),
            start_time: int(n, "startTime")?,
            end_time: int(n, "endTime")?,
            participants: int(n, "participants")?,
            raw_size: int(n, "rawSize")?,
            metadata: pairs(n, "metadata"),
            breakout,
            breakout_rooms: texts(n, "breakoutRooms", "breakoutRoom"),
            size: int(n, "size")?,
            playback: children(n, "playback", "format")
                .into_iter()
                .map(PlaybackFormat::read)
                .collect::<Result<_>>()?,
            data: children(n, "data", "format")
                .into_iter()
                .map(|f| {
                    Ok(DataFormat {
                        format_type: required(f, "type")?,
                        url: text(f, "url"),
                    })
                })
                .collect::<Result<_>>()?,
            protected: opt_bool(n, "protected")?,
        })
    }

    /// The metadata value for `key`, compared ignoring ASCII case.
    pub fn meta(&self, key: &str) -> Option<&str> {
        lookup(&self.metadata, key)
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "record_id": self.record_id, "meeting_id": self.meeting_id,
            "internal_meeting_id": self.internal_meeting_id, "name": self.name,
            "is_breakout": self.is_breakout, "published": self.published, "state": self.state,
            "start_time": self.start_time, "end_time": self.end_time,
            "participants": self.participants, "raw_size": self.raw_size,
            "metadata": map_json(&self.metadata),
            "breakout": self.breakout.as_ref().map(RecordingBreakout::to_json),
            "breakout_rooms": self.breakout_rooms, "size": self.size,
            "playback": self.playback.iter().map(PlaybackFormat::to_json).collect::<Vec<_>>(),
            "data": self.data.iter().map(DataFormat::to_json).collect::<Vec<_>>(),
            "protected": self.protected,
        })
    }
}

/// getRecordings' `<pagination>` (2.6+, with `limit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Pagination {
    /// `pageable/offset`.
    pub offset: Option<i64>,
    /// `pageable/limit`.
    pub limit: Option<i64>,
    /// `pageable/paged`.
    pub paged: Option<bool>,
    /// `pageable/unpaged`.
    pub unpaged: Option<bool>,
    /// `totalElements`.
    pub total_elements: Option<i64>,
    /// `empty`.
    pub empty: Option<bool>,
}

impl Pagination {
    fn read(n: &Node<'_>) -> Result<Pagination> {
        let none = Node::default();
        let p = n.child("pageable").unwrap_or(&none);
        Ok(Pagination {
            offset: int(p, "offset")?,
            limit: int(p, "limit")?,
            paged: opt_bool(p, "paged")?,
            unpaged: opt_bool(p, "unpaged")?,
            total_elements: int(n, "totalElements")?,
            empty: opt_bool(n, "empty")?,
        })
    }

    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "offset": self.offset, "limit": self.limit, "paged": self.paged,
            "unpaged": self.unpaged, "total_elements": self.total_elements, "empty": self.empty,
        })
    }
}

/// The answer to getRecordings. The three "no recordings" forms (no `<recordings>` element,
/// an empty one, either with an XML declaration or whitespace) all give an empty list and
/// `message_key` `noRecordings`.
///
/// # Examples
///
/// ```
/// let xml = br#"<?xml version="1.0" encoding="UTF-8"?><response><returncode>SUCCESS</returncode>
///   <messageKey>noRecordings</messageKey><message>No recordings found.</message></response>"#;
/// let r = bbbkit::parse_recordings(xml)?;
/// assert!(r.recordings.is_empty());
/// assert_eq!(r.message_key.as_deref(), Some("noRecordings"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
///
/// A recording the server could not read does not fail the answer: it is listed in
/// `unreadable`, and the others parse.
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><recordings>\
///     <recording><recordID>r-1</recordID></recording>\
///     <recording><error><recordID>r-2</recordID></error></recording></recordings></response>";
/// let r = bbbkit::parse_recordings(xml)?;
/// assert_eq!(r.recordings[0].record_id, "r-1");
/// assert_eq!(r.unreadable, ["r-2"]);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Recordings {
    /// The recordings (the server's order is not stable).
    pub recordings: Vec<Recording>,
    /// `pagination`, when the request had a `limit`.
    pub pagination: Option<Pagination>,
    /// `messageKey` (`noRecordings`).
    pub message_key: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// The record IDs of the recordings the server could not read, in its order: bbb-web writes
    /// `<recording><error><recordID>…</recordID></error></recording>` for a recording whose
    /// metadata it failed to read. They are not in `recordings`.
    pub unreadable: Vec<String>,
}

impl Recordings {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "recordings": self.recordings.iter().map(Recording::to_json).collect::<Vec<_>>(),
            "pagination": self.pagination.as_ref().map(Pagination::to_json),
            "message_key": self.message_key, "message": self.message,
            "unreadable": self.unreadable,
        })
    }
}

/// The answer to publishRecordings.
///
/// The server echoes the request's `publish` value; `published` reads it as Groovy's
/// `toBoolean()` does (`true`, `y` or `1`, any case, trimmed → true; anything else false).
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><published>Y</published></response>";
/// let p = bbbkit::parse_publish_recordings(xml)?;
/// assert!(p.published);
/// assert_eq!(p.published_raw, "Y");
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordingsPublished {
    /// The recordings are now published.
    pub published: bool,
    /// `published` as the server wrote it (trimmed).
    pub published_raw: String,
}

impl RecordingsPublished {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"published": self.published, "published_raw": self.published_raw})
    }
}

/// The answer to deleteRecordings.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><deleted>true</deleted></response>";
/// assert!(bbbkit::parse_delete_recordings(xml)?.deleted);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordingsDeleted {
    /// `deleted`.
    pub deleted: bool,
}

impl RecordingsDeleted {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"deleted": self.deleted})
    }
}

/// The answer to updateRecordings.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><updated>true</updated></response>";
/// assert!(bbbkit::parse_update_recordings(xml)?.updated);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordingsUpdated {
    /// `updated`.
    pub updated: bool,
}

impl RecordingsUpdated {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"updated": self.updated})
    }
}

// ------------------------------------------------------------------ text tracks

/// One text track of getRecordingTextTracks.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextTrack {
    /// `href`: the VTT file (a single-use token, valid for an hour).
    pub href: String,
    /// `kind`: `subtitles` or `captions`.
    pub kind: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `lang`, a language tag (`en-US`).
    pub lang: Option<String>,
    /// `source`: `live`, `automatic` or `upload`.
    pub source: Option<String>,
}

impl TextTrack {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"href": self.href, "kind": self.kind, "label": self.label, "lang": self.lang,
               "source": self.source})
    }
}

/// The answer to getRecordingTextTracks (JSON).
///
/// # Examples
///
/// ```
/// let body = br#"{"response":{"returncode":"SUCCESS","tracks":[{"href":"https://bbb.example.com/t.vtt",
///     "kind":"subtitles","label":"English","lang":"en-US","source":"upload"}]}}"#;
/// let t = bbbkit::parse_text_tracks(body)?;
/// assert_eq!(t.tracks[0].lang.as_deref(), Some("en-US"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextTracks {
    /// The tracks.
    pub tracks: Vec<TextTrack>,
}

impl TextTracks {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"tracks": self.tracks.iter().map(TextTrack::to_json).collect::<Vec<_>>()})
    }
}

/// The answer to putRecordingTextTrack (JSON): the upload was accepted (it is converted
/// asynchronously).
///
/// # Examples
///
/// ```
/// let body = br#"{"response":{"returncode":"SUCCESS","recordId":"r-1",
///     "messageKey":"upload_text_track_success","message":"Text track uploaded successfully"}}"#;
/// assert_eq!(bbbkit::parse_put_text_track(body)?.record_id, "r-1");
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextTrackUploaded {
    /// `recordId`.
    pub record_id: String,
    /// `messageKey` (`upload_text_track_success`).
    pub message_key: Option<String>,
    /// `message`.
    pub message: Option<String>,
}

impl TextTrackUploaded {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"record_id": self.record_id, "message_key": self.message_key,
               "message": self.message})
    }
}

// ------------------------------------------------------------------ webhooks

/// The answer to hooks/create.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><hookID>1</hookID>\
///     <messageKey>duplicateWarning</messageKey><message>There is already a hook for this callback URL.</message></response>";
/// let h = bbbkit::parse_hook_create(xml)?;
/// assert_eq!(h.hook_id, "1");
/// assert!(h.duplicate_warning);
/// assert_eq!(h.permanent_hook, None); // not sent on a duplicate
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct HookCreated {
    /// `hookID`: an integer on bbb-webhooks 2.x, a UUID on 3.x; always a string here.
    pub hook_id: String,
    /// `permanentHook`.
    pub permanent_hook: Option<bool>,
    /// `rawData`.
    pub raw_data: Option<bool>,
    /// A hook for this callback URL already existed (`duplicateWarning`); `hook_id` is its ID.
    pub duplicate_warning: bool,
    /// `messageKey`, when non-empty.
    pub message_key: Option<String>,
    /// `message`, when non-empty.
    pub message: Option<String>,
}

impl HookCreated {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "hook_id": self.hook_id, "permanent_hook": self.permanent_hook,
            "raw_data": self.raw_data, "duplicate_warning": self.duplicate_warning,
            "message_key": self.message_key, "message": self.message,
        })
    }
}

/// The answer to hooks/destroy.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><removed>true</removed></response>";
/// assert!(bbbkit::parse_hook_destroy(xml)?.removed);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct HookDestroyed {
    /// `removed`.
    pub removed: bool,
}

impl HookDestroyed {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"removed": self.removed})
    }
}

/// One hook of hooks/list.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Hook {
    /// `hookID`, as a string.
    pub hook_id: String,
    /// `callbackURL`.
    pub callback_url: String,
    /// `meetingID`: the external ID it is limited to (`None`: a global hook).
    pub meeting_id: Option<String>,
    /// `eventID`, split on commas (empty: every event).
    pub event_ids: Vec<String>,
    /// `permanentHook`.
    pub permanent_hook: Option<bool>,
    /// `rawData`.
    pub raw_data: Option<bool>,
}

impl Hook {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({
            "hook_id": self.hook_id, "callback_url": self.callback_url,
            "meeting_id": self.meeting_id, "event_ids": self.event_ids,
            "permanent_hook": self.permanent_hook, "raw_data": self.raw_data,
        })
    }
}

/// The answer to hooks/list.
///
/// # Examples
///
/// ```
/// let xml = b"<response><returncode>SUCCESS</returncode><hooks><hook><hookID>1</hookID>\
///     <callbackURL><![CDATA[https://app.example.com/hook?a=1&b=2]]></callbackURL>\
///     <eventID>meeting-created,user-joined</eventID><permanentHook>false</permanentHook>\
///     <rawData>false</rawData></hook></hooks></response>";
/// let hooks = bbbkit::parse_hooks(xml)?.hooks;
/// assert_eq!(hooks[0].callback_url, "https://app.example.com/hook?a=1&b=2");
/// assert_eq!(hooks[0].event_ids, ["meeting-created", "user-joined"]);
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Hooks {
    /// The hooks.
    pub hooks: Vec<Hook>,
}

impl Hooks {
    /// The JSON form (see the [module docs](crate::answers)).
    pub fn to_json(&self) -> Value {
        json!({"hooks": self.hooks.iter().map(Hook::to_json).collect::<Vec<_>>()})
    }
}

// ------------------------------------------------------------------ join and create

impl Joined {
    /// The JSON form: `meeting_id`, `user_id`, `auth_token`, `session_token`,
    /// `guest_status`, `url`, `message_key`, `message` (tokens in clear: this is data, not a
    /// log line).
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><meeting_id>m</meeting_id>\
    ///     <user_id>u</user_id><auth_token>a</auth_token><session_token>s</session_token>\
    ///     <url>https://bbb.example.com/c?sessionToken=s</url></response>";
    /// let j = bbbkit::parse_join_response(xml)?.to_json();
    /// assert_eq!(j["guest_status"], "ALLOW");
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    pub fn to_json(&self) -> Value {
        json!({
            "meeting_id": self.meeting_id, "user_id": self.user_id,
            "auth_token": self.auth_token, "session_token": self.session_token,
            "guest_status": self.guest_status.as_str(), "url": self.url,
            "message_key": self.message_key, "message": self.message,
        })
    }
}

impl Created {
    /// The JSON form: `meeting_id`, `internal_meeting_id`, `parent_meeting_id`,
    /// `attendee_pw`, `moderator_pw`, `create_time`, `voice_bridge`, `dial_number`,
    /// `create_date`, `has_user_joined`, `duration`, `has_been_forcibly_ended`,
    /// `message_key`, `message`, `duplicate_warning`.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><meetingID>r</meetingID>\
    ///     <internalMeetingID>i-1</internalMeetingID><createTime>1</createTime></response>";
    /// let c = bbbkit::parse_create_response(xml)?.to_json();
    /// assert_eq!(c["create_time"], 1);
    /// assert_eq!(c["attendee_pw"], serde_json::Value::Null);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    pub fn to_json(&self) -> Value {
        json!({
            "meeting_id": self.meeting_id, "internal_meeting_id": self.internal_meeting_id,
            "parent_meeting_id": self.parent_meeting_id, "attendee_pw": self.attendee_pw,
            "moderator_pw": self.moderator_pw, "create_time": self.create_time,
            "voice_bridge": self.voice_bridge, "dial_number": self.dial_number,
            "create_date": self.create_date, "has_user_joined": self.has_user_joined,
            "duration": self.duration, "has_been_forcibly_ended": self.has_been_forcibly_ended,
            "message_key": self.message_key, "message": self.message,
            "duplicate_warning": self.duplicate_warning,
        })
    }
}

// ------------------------------------------------------------------ the parsers

impl ParseOptions {
    /// [`parse_meeting_info`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_meeting_info`].
    pub fn parse_meeting_info(&self, input: &[u8]) -> Result<MeetingInfo> {
        MeetingInfo::read(&root(input, self)?)
    }

    /// [`parse_meetings`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_meetings`].
    pub fn parse_meetings(&self, input: &[u8]) -> Result<Meetings> {
        let r = root(input, self)?;
        Ok(Meetings {
            meetings: children(&r, "meetings", "meeting")
                .into_iter()
                .map(MeetingInfo::read)
                .collect::<Result<_>>()?,
            message_key: text(&r, "messageKey"),
            message: text(&r, "message"),
        })
    }

    /// [`parse_is_meeting_running`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_is_meeting_running`].
    pub fn parse_is_meeting_running(&self, input: &[u8]) -> Result<MeetingRunning> {
        Ok(MeetingRunning {
            running: required_bool(&root(input, self)?, "running")?,
        })
    }

    /// [`parse_end`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_end`].
    pub fn parse_end(&self, input: &[u8]) -> Result<Acknowledged> {
        Ok(Acknowledged::read(&root(input, self)?))
    }

    /// [`parse_recordings`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_recordings`].
    pub fn parse_recordings(&self, input: &[u8]) -> Result<Recordings> {
        let r = root(input, self)?;
        let mut recordings = Vec::new();
        let mut unreadable = Vec::new();
        for rec in children(&r, "recordings", "recording") {
            // bbb-web's form for a recording it could not read: only `<error><recordID>`.
            match rec.child("error") {
                Some(e) if text(rec, "recordID").is_none() => {
                    unreadable.push(required(e, "recordID")?);
                }
                _ => recordings.push(Recording::read(rec)?),
            }
        }
        Ok(Recordings {
            recordings,
            unreadable,
            pagination: r.child("pagination").map(Pagination::read).transpose()?,
            message_key: text(&r, "messageKey"),
            message: text(&r, "message"),
        })
    }

    /// [`parse_publish_recordings`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_publish_recordings`].
    pub fn parse_publish_recordings(&self, input: &[u8]) -> Result<RecordingsPublished> {
        let raw = required(&answer_root(AnswerKind::Publish, input, self)?, "published")?;
        Ok(RecordingsPublished {
            published: ["true", "y"].iter().any(|t| raw.eq_ignore_ascii_case(t)) || raw == "1",
            published_raw: raw,
        })
    }

    /// [`parse_delete_recordings`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_delete_recordings`].
    pub fn parse_delete_recordings(&self, input: &[u8]) -> Result<RecordingsDeleted> {
        Ok(RecordingsDeleted {
            deleted: required_bool(&answer_root(AnswerKind::Delete, input, self)?, "deleted")?,
        })
    }

    /// [`parse_update_recordings`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_update_recordings`].
    pub fn parse_update_recordings(&self, input: &[u8]) -> Result<RecordingsUpdated> {
        Ok(RecordingsUpdated {
            updated: required_bool(&answer_root(AnswerKind::Update, input, self)?, "updated")?,
        })
    }

    /// [`parse_text_tracks`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_text_tracks`].
    pub fn parse_text_tracks(&self, input: &[u8]) -> Result<TextTracks> {
        let r = root(input, self)?;
        let tracks = r
            .children
            .iter()
            .filter(|c| c.name == "tracks" && !c.children.is_empty())
            .map(|t| {
                Ok(TextTrack {
                    href: required(t, "href")?,
                    kind: text(t, "kind"),
                    label: text(t, "label"),
                    lang: text(t, "lang"),
                    source: text(t, "source"),
                })
            })
            .collect::<Result<_>>()?;
        Ok(TextTracks { tracks })
    }

    /// [`parse_put_text_track`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_put_text_track`].
    pub fn parse_put_text_track(&self, input: &[u8]) -> Result<TextTrackUploaded> {
        let r = root(input, self)?;
        Ok(TextTrackUploaded {
            record_id: required(&r, "recordId")?,
            message_key: text(&r, "messageKey"),
            message: text(&r, "message"),
        })
    }

    /// [`parse_insert_document`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_insert_document`].
    pub fn parse_insert_document(&self, input: &[u8]) -> Result<Acknowledged> {
        Ok(Acknowledged::read(&root(input, self)?))
    }

    /// [`parse_send_chat_message`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_send_chat_message`].
    pub fn parse_send_chat_message(&self, input: &[u8]) -> Result<Acknowledged> {
        Ok(Acknowledged::read(&root(input, self)?))
    }

    /// [`parse_hook_create`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_hook_create`].
    pub fn parse_hook_create(&self, input: &[u8]) -> Result<HookCreated> {
        let r = root(input, self)?;
        let message_key = text(&r, "messageKey");
        Ok(HookCreated {
            hook_id: required(&r, "hookID")?,
            permanent_hook: opt_bool(&r, "permanentHook")?,
            raw_data: opt_bool(&r, "rawData")?,
            duplicate_warning: message_key.as_deref() == Some("duplicateWarning"),
            message_key,
            message: text(&r, "message"),
        })
    }

    /// [`parse_hook_destroy`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_hook_destroy`].
    pub fn parse_hook_destroy(&self, input: &[u8]) -> Result<HookDestroyed> {
        Ok(HookDestroyed {
            removed: required_bool(&root(input, self)?, "removed")?,
        })
    }

    /// [`parse_hooks`] with these limits.
    ///
    /// # Errors
    ///
    /// As [`parse_hooks`].
    pub fn parse_hooks(&self, input: &[u8]) -> Result<Hooks> {
        let r = root(input, self)?;
        let hooks = children(&r, "hooks", "hook")
            .into_iter()
            .map(|h| {
                Ok(Hook {
                    hook_id: required(h, "hookID")?,
                    callback_url: required(h, "callbackURL")?,
                    meeting_id: text(h, "meetingID"),
                    event_ids: text(h, "eventID")
                        .map(|csv| {
                            csv.split(',')
                                .map(str::trim)
                                .filter(|e| !e.is_empty())
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default(),
                    permanent_hook: opt_bool(h, "permanentHook")?,
                    raw_data: opt_bool(h, "rawData")?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Hooks { hooks })
    }
}

/// Declares a free function that parses with the default limits.
macro_rules! free_parser {
    ($(#[$doc:meta])* $name:ident -> $ty:ty) => {
        $(#[$doc])*
        ///
        /// # Errors
        ///
        /// [`ApiError`](crate::ApiError) (in [`Error::Api`]) when the server answered `FAILED`, in any of its
        /// forms; [`ParseError`] when the input is not a BBB answer, is over the size limit, or
        /// lacks or garbles a field (the error names the BBB element).
        pub fn $name(input: &[u8]) -> Result<$ty> {
            ParseOptions::default().$name(input)
        }
    };
}

free_parser! {
    /// Parses the answer to getMeetingInfo.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><meetingID>room</meetingID>\
    ///     <internalMeetingID>5e1c-1718000100000</internalMeetingID><createTime>1718000100000</createTime>\
    ///     <isBreakout>true</isBreakout><parentMeetingID>2f1b-1718000000000</parentMeetingID>\
    ///     <sequence>1</sequence><freeJoin>false</freeJoin></response>";
    /// let info = bbbkit::parse_meeting_info(xml)?;
    /// assert_eq!(info.is_breakout, Some(true));
    /// assert_eq!(info.sequence, Some(1));
    /// assert_eq!(info.free_join, Some(false));
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_meeting_info -> MeetingInfo
}

free_parser! {
    /// Parses the answer to getMeetings. Counters written with grouping separators
    /// (`1,234`) are read as integers.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><meetings><meeting>\
    ///     <meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>\
    ///     <attendeePW></attendeePW><participantCount>1,234</participantCount></meeting></meetings></response>";
    /// let m = &bbbkit::parse_meetings(xml)?.meetings[0];
    /// assert_eq!(m.participant_count, Some(1234));
    /// assert_eq!(m.attendee_pw, None);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_meetings -> Meetings
}

free_parser! {
    /// Parses the answer to isMeetingRunning.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><running>true</running></response>";
    /// assert!(bbbkit::parse_is_meeting_running(xml)?.running);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_is_meeting_running -> MeetingRunning
}

free_parser! {
    /// Parses the answer to end (`sentEndMeetingRequest`: the meeting ends a little later).
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::{Error, MessageKey};
    /// let xml = b"<response><returncode>FAILED</returncode><messageKey>notFound</messageKey>\
    ///     <message>A meeting with that ID does not exist</message></response>";
    /// let Err(Error::Api(e)) = bbbkit::parse_end(xml) else { panic!() };
    /// assert_eq!(e.key, MessageKey::NotFound);
    /// ```
    parse_end -> Acknowledged
}

free_parser! {
    /// Parses the answer to getRecordings.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = br#"<response><returncode>SUCCESS</returncode><recordings><recording>
    ///   <recordID>r-1</recordID><published>true</published><playback><format><type>video</type>
    ///   <url>https://bbb.example.com/v</url><length>60</length></format></playback>
    ///   </recording></recordings></response>"#;
    /// let r = bbbkit::parse_recordings(xml)?;
    /// assert_eq!(r.recordings[0].playback[0].length, Some(60));
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_recordings -> Recordings
}

free_parser! {
    /// Parses the answer to publishRecordings.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><published>false</published></response>";
    /// assert!(!bbbkit::parse_publish_recordings(xml)?.published);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_publish_recordings -> RecordingsPublished
}

free_parser! {
    /// Parses the answer to deleteRecordings.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><deleted>true</deleted></response>";
    /// assert!(bbbkit::parse_delete_recordings(xml)?.deleted);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_delete_recordings -> RecordingsDeleted
}

free_parser! {
    /// Parses the answer to updateRecordings.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><updated>true</updated></response>";
    /// assert!(bbbkit::parse_update_recordings(xml)?.updated);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_update_recordings -> RecordingsUpdated
}

free_parser! {
    /// Parses the answer to getRecordingTextTracks: JSON on success and for most errors, XML
    /// for a checksum error or a missing `recordID`; the bytes tell which.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Error;
    /// let body = br#"{"response":{"returncode":"FAILED","messageKey":"noCaptionsFound","message":"No captions found for r-1"}}"#;
    /// let Err(Error::Api(e)) = bbbkit::parse_text_tracks(body) else { panic!() };
    /// assert_eq!(e.key.as_str(), "noCaptionsFound");
    /// ```
    parse_text_tracks -> TextTracks
}

free_parser! {
    /// Parses the answer to putRecordingTextTrack (JSON; XML for a checksum error). A
    /// `FAILED` without a `messageKey` is an [`ApiError`](crate::ApiError) with `MessageKey::NoKey`.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Error;
    /// let body = br#"{"response":{"returncode":"FAILED","messageKey":"invalidKind",
    ///     "message":"Invalid kind parameter, expected='subtitles|captions' actual=x"}}"#;
    /// let Err(Error::Api(e)) = bbbkit::parse_put_text_track(body) else { panic!() };
    /// assert_eq!(e.key.as_str(), "invalidKind");
    /// ```
    parse_put_text_track -> TextTrackUploaded
}

free_parser! {
    /// Parses the answer to insertDocument (a `message`, no `messageKey`; a `FAILED` is an
    /// [`ApiError`](crate::ApiError) with `MessageKey::NoKey` and the message kept).
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><message>Presentation is being uploaded</message></response>";
    /// let a = bbbkit::parse_insert_document(xml)?;
    /// assert_eq!(a.message.as_deref(), Some("Presentation is being uploaded"));
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_insert_document -> Acknowledged
}

free_parser! {
    /// Parses the answer to sendChatMessage (3.0; `SUCCESS` with empty `messageKey` and
    /// `message`).
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><messageKey></messageKey><message></message></response>";
    /// assert_eq!(bbbkit::parse_send_chat_message(xml)?.message_key, None);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_send_chat_message -> Acknowledged
}

free_parser! {
    /// Parses the answer to hooks/create (bbb-webhooks).
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><hookID>3f0c2f0e-6f1b-4c8e-9b3a-1d2e3f4a5b6c</hookID>\
    ///     <permanentHook>false</permanentHook><rawData>true</rawData></response>";
    /// let h = bbbkit::parse_hook_create(xml)?;
    /// assert_eq!(h.raw_data, Some(true));
    /// assert!(!h.duplicate_warning);
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_hook_create -> HookCreated
}

free_parser! {
    /// Parses the answer to hooks/destroy.
    ///
    /// # Examples
    ///
    /// ```
    /// use bbbkit::Error;
    /// let xml = b"<response><returncode>FAILED</returncode><messageKey>destroyMissingHook</messageKey>\
    ///     <message>The hook informed was not found.</message></response>";
    /// let Err(Error::Api(e)) = bbbkit::parse_hook_destroy(xml) else { panic!() };
    /// assert_eq!(e.key.as_str(), "destroyMissingHook");
    /// ```
    parse_hook_destroy -> HookDestroyed
}

free_parser! {
    /// Parses the answer to hooks/list.
    ///
    /// # Examples
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><hooks></hooks></response>";
    /// assert!(bbbkit::parse_hooks(xml)?.hooks.is_empty());
    /// # Ok::<(), bbbkit::Error>(())
    /// ```
    parse_hooks -> Hooks
}

// ------------------------------------------------------------------ the kinds

/// The declaration of [`AnswerKind`]: each answer with its stable code, its name (as the
/// command line spells it), the BBB call it answers, its parser (a free function and a
/// [`ParseOptions`] method of the same name) and its type. Front ends that need a type or a
/// table of their own call it with a macro of theirs, which receives rows
/// `/// doc  Variant = (code, "name", "call", parser, Type),`.
///
/// # Examples
///
/// ```
/// macro_rules! calls {
///     ($($(#[$doc:meta])* $v:ident = ($code:literal, $name:literal, $call:literal, $f:ident, $t:ident),)*) => {
///         [$($call),*]
///     };
/// }
/// let calls = bbbkit::for_each_answer_kind!(calls);
/// assert_eq!(calls.len(), bbbkit::AnswerKind::ALL.len());
/// assert!(calls.contains(&"hooks/list"));
/// ```
#[macro_export]
macro_rules! for_each_answer_kind {
    ($m:ident) => {
        $m! {
            /// join with `redirect=false`.
            Join = (1, "join", "join", parse_join_response, Joined),
            /// create.
            Create = (2, "create", "create", parse_create_response, Created),
            /// getMeetingInfo.
            MeetingInfo = (3, "meeting-info", "getMeetingInfo", parse_meeting_info, MeetingInfo),
            /// getMeetings.
            Meetings = (4, "meetings", "getMeetings", parse_meetings, Meetings),
            /// isMeetingRunning.
            Running = (5, "running", "isMeetingRunning", parse_is_meeting_running, MeetingRunning),
            /// end.
            End = (6, "end", "end", parse_end, Acknowledged),
            /// getRecordings.
            Recordings = (7, "recordings", "getRecordings", parse_recordings, Recordings),
            /// publishRecordings.
            Publish = (8, "publish", "publishRecordings", parse_publish_recordings, RecordingsPublished),
            /// deleteRecordings.
            Delete = (9, "delete", "deleteRecordings", parse_delete_recordings, RecordingsDeleted),
            /// updateRecordings.
            Update = (10, "update", "updateRecordings", parse_update_recordings, RecordingsUpdated),
            /// getRecordingTextTracks.
            TextTracks = (11, "text-tracks", "getRecordingTextTracks", parse_text_tracks, TextTracks),
            /// putRecordingTextTrack.
            PutTextTrack = (12, "put-text-track", "putRecordingTextTrack", parse_put_text_track, TextTrackUploaded),
            /// insertDocument.
            InsertDocument = (13, "insert-document", "insertDocument", parse_insert_document, Acknowledged),
            /// sendChatMessage.
            Chat = (14, "chat", "sendChatMessage", parse_send_chat_message, Acknowledged),
            /// hooks/create.
            HookCreate = (15, "hook-create", "hooks/create", parse_hook_create, HookCreated),
            /// hooks/destroy.
            HookDestroy = (16, "hook-destroy", "hooks/destroy", parse_hook_destroy, HookDestroyed),
            /// hooks/list.
            Hooks = (17, "hooks", "hooks/list", parse_hooks, Hooks),
        }
    };
}

macro_rules! answer_kinds {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        /// Which call an answer is for: picks the parser when the call is known only at run time
        /// (the command line's `--kind`, the C ABI), with [`parse_answer_json`].
        ///
        /// # Examples
        ///
        /// ```
        /// use bbbkit::AnswerKind;
        /// let kind: AnswerKind = "meeting-info".parse()?;
        /// assert_eq!(kind, AnswerKind::MeetingInfo);
        /// assert_eq!(kind.call(), "getMeetingInfo");
        /// assert_eq!(kind.as_str(), "meeting-info");
        /// assert!(AnswerKind::ALL.iter().all(|k| k.code() != 0));
        /// # Ok::<(), bbbkit::InvalidParameter>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum AnswerKind {
            $( $(#[$doc])* $variant, )*
        }

        impl AnswerKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [AnswerKind] = &[$(AnswerKind::$variant),*];

            /// The name, as the command line spells it (`meeting-info`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(AnswerKind::$variant => $name,)*
                }
            }

            /// The BBB call it answers (`getMeetingInfo`, `hooks/list`).
            pub const fn call(self) -> &'static str {
                match self {
                    $(AnswerKind::$variant => $call,)*
                }
            }

            /// A stable number, as the C ABI uses it (never 0).
            pub const fn code(self) -> u32 {
                match self {
                    $(AnswerKind::$variant => $code,)*
                }
            }
        }

        const KIND_NAMES: &str = concat!($($name, ", "),*);

        /// Parses an answer of this kind into its JSON form (see the [module docs](crate::answers)).
        ///
        /// # Examples
        ///
        /// ```
        /// use bbbkit::{parse_answer_json, AnswerKind, ParseOptions};
        /// let xml = b"<response><returncode>SUCCESS</returncode><hooks><hook><hookID>1</hookID>\
        ///     <callbackURL>https://app.example.com/h</callbackURL></hook></hooks></response>";
        /// let v = parse_answer_json(AnswerKind::Hooks, xml, &ParseOptions::default())?;
        /// assert_eq!(v["hooks"][0]["event_ids"], serde_json::json!([]));
        /// assert_eq!(v["hooks"][0]["meeting_id"], serde_json::Value::Null);
        /// # Ok::<(), bbbkit::Error>(())
        /// ```
        ///
        /// # Errors
        ///
        /// As the kind's parser: [`ApiError`](crate::ApiError) for `FAILED`, [`ParseError`] otherwise.
        pub fn parse_answer_json(kind: AnswerKind, input: &[u8], opts: &ParseOptions) -> Result<Value> {
            match kind {
                $(AnswerKind::$variant => opts.$parser(input).map(|a: $ty| a.to_json()),)*
            }
        }
    };
}

crate::for_each_answer_kind!(answer_kinds);

impl fmt::Display for AnswerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AnswerKind {
    type Err = InvalidParameter;

    /// Reads a kind's name (`meeting-info`; `_` for `-` and any case are accepted).
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        let wanted = s.trim().replace('_', "-");
        AnswerKind::ALL
            .iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(&wanted))
            .copied()
            .ok_or_else(|| {
                InvalidParameter::new("kind", Rule::OneOf(KIND_NAMES.trim_end_matches(", ")))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_separators_in_groups_of_three() {
        for (s, v) in [
            ("1234", 1234),
            ("1,234", 1234),
            ("1.234", 1234),
            ("1 234", 1234),
            ("1\u{a0}234", 1234),
            ("1\u{202f}234", 1234),
            ("12,345,678", 12_345_678),
            ("-1,234", -1234),
            (" 7 ", 7),
        ] {
            assert_eq!(parse_integer("x", s), Ok(v), "{s}");
        }
        for s in [
            "1.5",
            "12,34",
            "1,2345",
            "1,234.567",
            "abc",
            "",
            "1,,234",
            ",123",
            "1,234,",
        ] {
            assert!(parse_integer("x", s).is_err(), "{s}");
        }
        // Mixed separators are garbage.
        assert!(parse_integer("x", "1,234.567").is_err());
        assert!(parse_integer("x", "1.234,567").is_err());
    }

    #[test]
    fn kind_names_round_trip_and_codes_are_unique() {
        let mut codes: Vec<u32> = AnswerKind::ALL.iter().map(|k| k.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), AnswerKind::ALL.len());
        for k in AnswerKind::ALL {
            assert_eq!(k.as_str().parse::<AnswerKind>(), Ok(*k));
        }
        assert_eq!(
            "TEXT_TRACKS".parse::<AnswerKind>(),
            Ok(AnswerKind::TextTracks)
        );
        let e = "generic".parse::<AnswerKind>().unwrap_err();
        assert_eq!(e.parameter(), "kind");
        assert!(e.to_string().contains("meeting-info"));
    }

    #[test]
    fn publish_follows_groovy_to_boolean() {
        let publish = |v: &str| {
            let xml = format!(
                "<response><returncode>SUCCESS</returncode><published>{v}</published></response>"
            );
            parse_publish_recordings(xml.as_bytes()).map(|p| p.published)
        };
        for t in ["true", "TRUE", "y", "Y", "1", " true "] {
            assert_eq!(publish(t), Ok(true), "{t}");
        }
        for f in ["false", "no", "yes", "0", "t", "on"] {
            assert_eq!(publish(f), Ok(false), "{f}");
        }
    }

    #[test]
    fn meeting_info_debug_hides_passwords_only() {
        let xml = b"<response><returncode>SUCCESS</returncode><meetingID>m</meetingID>\
            <internalMeetingID>i</internalMeetingID><createTime>1</createTime>\
            <attendeePW>secret-ap</attendeePW><moderatorPW>secret-mp</moderatorPW></response>";
        let info = parse_meeting_info(xml).unwrap();
        let dbg = format!("{info:?}");
        assert!(!dbg.contains("secret-ap") && !dbg.contains("secret-mp"));
        assert!(dbg.contains("[redacted]") && dbg.contains("internal_meeting_id: \"i\""));
        assert_eq!(info.attendee_pw.as_deref(), Some("secret-ap"));
        assert_eq!(info.to_json()["moderator_pw"], "secret-mp");
    }

    #[test]
    fn meetings_debug_hides_every_meetings_passwords() {
        let xml = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/get_meetings_two.xml"
        ))
        .unwrap();
        let meetings = parse_meetings(&xml).unwrap();
        let dbg = format!("{meetings:?}");
        assert!(
            !dbg.contains("kT3mQz8a") && !dbg.contains("pY7wLc2e"),
            "{dbg}"
        );
        assert_eq!(
            meetings.meetings[1].moderator_pw.as_deref(),
            Some("pY7wLc2e")
        );
        // Empty passwords are absent, and show as absent.
        assert_eq!(meetings.meetings[0].attendee_pw, None);
        assert!(dbg.contains("attendee_pw: None"));
    }

    #[test]
    fn garbage_counter_names_its_field() {
        let xml = b"<response><returncode>SUCCESS</returncode><meetings><meeting><meetingID>m</meetingID>\
            <internalMeetingID>i</internalMeetingID><createTime>1</createTime>\
            <videoCount>lots</videoCount></meeting></meetings></response>";
        assert_eq!(
            parse_meetings(xml),
            Err(Error::Parse(ParseError::InvalidField {
                field: "videoCount",
                value: "lots".to_owned()
            }))
        );
    }
}
