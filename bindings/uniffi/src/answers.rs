//! The typed answers of every call: records and their parse functions.
//!
//! - The parse functions (`parse_meeting_info`, …; Kotlin `parseMeetingInfo(bytes)`) are
//!   expanded from the rows of [`bbbkit::for_each_answer_kind!`]: an answer kind added to the
//!   core gets its function here with no edit, once its record exists (the build says so).
//! - The records restate the core's fields (its structs are `#[non_exhaustive]`, so UniFFI
//!   cannot build them); `metadata` and `customData` are maps. The Kotlin and Swift vector
//!   runners compare each record, field by field, with the core's JSON form, so a field the
//!   core adds and this crate misses fails those suites.
//! - Their text (`toString()`, `description`) is the data-class form with the property names
//!   of Kotlin and Swift; the deprecated meeting passwords are `[redacted]` there (the fields
//!   keep the values).

use std::collections::HashMap;
use std::fmt;

use crate::calls::FromCore;
use crate::error::BbbError;
use crate::parse::options;

/// Writes a value as a Kotlin data class's `toString()` would.
trait Show {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl Show for String {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl Show for i64 {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Show for bool {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl<T: Show> Show for Option<T> {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(v) => v.show(f),
            None => f.write_str("null"),
        }
    }
}

impl<T: Show> Show for Vec<T> {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            v.show(f)?;
        }
        f.write_str("]")
    }
}

/// `{key=value, …}`, in key order.
impl Show for HashMap<String, String> {
    fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut pairs: Vec<_> = self.iter().collect();
        pairs.sort_unstable();
        f.write_str("{")?;
        for (i, (k, v)) in pairs.into_iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{k}={v}")?;
        }
        f.write_str("}")
    }
}

/// Whether a field holds a value (`false` only for `null`): what a redacted field shows.
trait Present {
    fn present(&self) -> bool {
        true
    }
}

impl<T> Present for Option<T> {
    fn present(&self) -> bool {
        self.is_some()
    }
}

impl Present for String {}
impl Present for i64 {}
impl Present for bool {}
impl<T> Present for Vec<T> {}
impl Present for HashMap<String, String> {}

/// `meeting_id` → `meetingId`: the property name in Kotlin and Swift.
fn camel(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A record mirroring one of the core's answer structs, its conversion from the core, and its
/// text, with the fields named in `redact` shown as `[redacted]` when set.
macro_rules! answer_record {
    (
        $(#[$meta:meta])*
        $name:ident, redact [$($secret:ident),*] {
            $( $(#[$fmeta:meta])* $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, uniffi::Record)]
        #[uniffi::export(Display)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl From<bbbkit::$name> for $name {
            fn from(core: bbbkit::$name) -> Self {
                $name { $( $field: FromCore::from_core(core.$field), )* }
            }
        }

        impl fmt::Display for $name {
            #[allow(unused_assignments, unused_mut)]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                const SECRETS: &[&str] = &[$(stringify!($secret)),*];
                f.write_str(concat!(stringify!($name), "("))?;
                let mut first = true;
                $(
                    if !first {
                        f.write_str(", ")?;
                    }
                    first = false;
                    write!(f, "{}=", camel(stringify!($field)))?;
                    if SECRETS.contains(&stringify!($field)) {
                        f.write_str(if Present::present(&self.$field) { bbbkit::REDACTED } else { "null" })?;
                    } else {
                        Show::show(&self.$field, f)?;
                    }
                )*
                f.write_str(")")
            }
        }

        /// As the text: no password in a log line.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }

        impl Show for $name {
            fn show(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }
    };
}

/// The lists and options of this module's records, converted item by item.
macro_rules! nested_conversions {
    ($($ty:ident),* $(,)?) => {$(
        impl FromCore<Vec<bbbkit::$ty>> for Vec<$ty> {
            fn from_core(core: Vec<bbbkit::$ty>) -> Self {
                core.into_iter().map(Into::into).collect()
            }
        }
        impl FromCore<Option<bbbkit::$ty>> for Option<$ty> {
            fn from_core(core: Option<bbbkit::$ty>) -> Self {
                core.map(Into::into)
            }
        }
    )*};
}

nested_conversions!(
    Attendee,
    MeetingInfo,
    PreviewImage,
    PlaybackFormat,
    DataFormat,
    RecordingBreakout,
    Recording,
    Pagination,
    TextTrack,
    Hook,
);

answer_record! {
    /// One user of a meeting (getMeetingInfo's and getMeetings' `<attendee>`).
    Attendee, redact [] {
        /// `userID`: the *external* user ID (`w_…` when the join gave none).
        user_id: String,
        /// `fullName`.
        full_name: Option<String>,
        /// `role`: `MODERATOR` or `VIEWER`.
        role: Option<String>,
        /// `isPresenter`.
        is_presenter: Option<bool>,
        /// `isListeningOnly`.
        is_listening_only: Option<bool>,
        /// `hasJoinedVoice`.
        has_joined_voice: Option<bool>,
        /// `hasVideo`.
        has_video: Option<bool>,
        /// `clientType` (`HTML5`, …).
        client_type: Option<String>,
        /// `customdata`: the join's `userdata-<key>` values.
        custom_data: HashMap<String, String>,
    }
}

answer_record! {
    /// A meeting: the answer to getMeetingInfo, and each meeting of getMeetings. Its text
    /// shows `[redacted]` for the two passwords.
    MeetingInfo, redact [attendee_pw, moderator_pw] {
        /// `meetingName`.
        meeting_name: Option<String>,
        /// `meetingID`, the application's ID.
        meeting_id: String,
        /// `internalMeetingID`.
        internal_meeting_id: String,
        /// `createTime`, epoch milliseconds.
        create_time: i64,
        /// `createDate`, as the server formats it.
        create_date: Option<String>,
        /// `voiceBridge`, kept as text.
        voice_bridge: Option<String>,
        /// `dialNumber`.
        dial_number: Option<String>,
        /// `attendeePW` (deprecated; getMeetings may send it empty).
        /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
        attendee_pw: Option<String>,
        /// `moderatorPW` (deprecated; getMeetings may send it empty).
        /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
        moderator_pw: Option<String>,
        /// `running`: someone is in the meeting.
        running: Option<bool>,
        /// `duration` in minutes (0: unlimited).
        duration: Option<i64>,
        /// `hasUserJoined`.
        has_user_joined: Option<bool>,
        /// `recording`: the create call's `record` flag, not "recording now".
        recording: Option<bool>,
        /// `hasBeenForciblyEnded`.
        has_been_forcibly_ended: Option<bool>,
        /// `startTime`, epoch milliseconds.
        start_time: Option<i64>,
        /// `endTime`, epoch milliseconds (0 while running).
        end_time: Option<i64>,
        /// `participantCount`.
        participant_count: Option<i64>,
        /// `listenerCount`.
        listener_count: Option<i64>,
        /// `voiceParticipantCount`.
        voice_participant_count: Option<i64>,
        /// `videoCount`: camera streams.
        video_count: Option<i64>,
        /// `maxUsers` (0: no limit).
        max_users: Option<i64>,
        /// `moderatorCount`.
        moderator_count: Option<i64>,
        /// `attendees`, in the server's order.
        attendees: Vec<Attendee>,
        /// `metadata`: the create call's `meta_` values, names lower-cased by the server.
        metadata: HashMap<String, String>,
        /// `messageKey`, when non-empty.
        message_key: Option<String>,
        /// `message`, when non-empty.
        message: Option<String>,
        /// `isBreakout`.
        is_breakout: Option<bool>,
        /// `parentMeetingID`: the parent's *internal* ID (breakout rooms only).
        parent_meeting_id: Option<String>,
        /// `sequence` (breakout rooms only).
        sequence: Option<i64>,
        /// `freeJoin` (breakout rooms only).
        free_join: Option<bool>,
        /// `breakoutRooms`: the breakout rooms' IDs.
        breakout_rooms: Vec<String>,
    }
}

answer_record! {
    /// The answer to getMeetings.
    Meetings, redact [] {
        /// The meetings, in the server's order.
        meetings: Vec<MeetingInfo>,
        /// `messageKey` (`noMeetings` when there are none).
        message_key: Option<String>,
        /// `message`.
        message: Option<String>,
    }
}

answer_record! {
    /// The answer to isMeetingRunning.
    MeetingRunning, redact [] {
        /// `running`: the meeting exists and someone is in it (`false` for an unknown meeting).
        running: bool,
    }
}

answer_record! {
    /// An answer that only says `SUCCESS` (end, insertDocument, sendChatMessage).
    Acknowledged, redact [] {
        /// `messageKey`, when non-empty.
        message_key: Option<String>,
        /// `message`, when non-empty.
        message: Option<String>,
    }
}

answer_record! {
    /// A slide thumbnail of a playback format.
    PreviewImage, redact [] {
        /// The image URL (the element's text).
        url: String,
        /// The `width` attribute.
        width: Option<i64>,
        /// The `height` attribute.
        height: Option<i64>,
        /// The `alt` attribute (the slide's title).
        alt: Option<String>,
    }
}

answer_record! {
    /// One playback format of a recording (`presentation`, `video`, `podcast`, …).
    PlaybackFormat, redact [] {
        /// `type`.
        format_type: String,
        /// `url`.
        url: Option<String>,
        /// `processingTime`, milliseconds.
        processing_time: Option<i64>,
        /// `length`, in **minutes**.
        length: Option<i64>,
        /// `size`, bytes.
        size: Option<i64>,
        /// `preview/images/image`.
        preview: Vec<PreviewImage>,
    }
}

answer_record! {
    /// One data format of a recording (`notes`, …).
    DataFormat, redact [] {
        /// `type`.
        format_type: String,
        /// `url`.
        url: Option<String>,
    }
}

answer_record! {
    /// The breakout-room details of a recording.
    RecordingBreakout, redact [] {
        /// `parentId`.
        parent_id: Option<String>,
        /// `sequence`.
        sequence: Option<i64>,
        /// `freeJoin`.
        free_join: Option<bool>,
    }
}

answer_record! {
    /// One recording of getRecordings.
    Recording, redact [] {
        /// `recordID` (the meeting's internal ID).
        record_id: String,
        /// `meetingID`, the external ID.
        meeting_id: Option<String>,
        /// `internalMeetingID`.
        internal_meeting_id: Option<String>,
        /// `name`.
        name: Option<String>,
        /// `isBreakout`.
        is_breakout: Option<bool>,
        /// `published`.
        published: Option<bool>,
        /// `state`: `processing`, `processed`, `published`, `unpublished`, `deleted`.
        state: Option<String>,
        /// `startTime`, epoch milliseconds.
        start_time: Option<i64>,
        /// `endTime`, epoch milliseconds.
        end_time: Option<i64>,
        /// `participants`.
        participants: Option<i64>,
        /// `rawSize`, bytes.
        raw_size: Option<i64>,
        /// `metadata`.
        metadata: HashMap<String, String>,
        /// `breakout`, for a breakout room's recording.
        breakout: Option<RecordingBreakout>,
        /// `breakoutRooms/breakoutRoom`.
        breakout_rooms: Vec<String>,
        /// `size`, bytes (the formats' sum).
        size: Option<i64>,
        /// `playback/format`.
        playback: Vec<PlaybackFormat>,
        /// `data/format`.
        data: Vec<DataFormat>,
        /// `protected` (Scalelite): its playback URLs are single-use links; null when not sent.
        protected: Option<bool>,
    }
}

answer_record! {
    /// The page of a getRecordings answer that had a `limit`.
    Pagination, redact [] {
        /// `pageable/offset`.
        offset: Option<i64>,
        /// `pageable/limit`.
        limit: Option<i64>,
        /// `pageable/paged`.
        paged: Option<bool>,
        /// `pageable/unpaged`.
        unpaged: Option<bool>,
        /// `totalElements`.
        total_elements: Option<i64>,
        /// `empty`.
        empty: Option<bool>,
    }
}

answer_record! {
    /// The answer to getRecordings.
    Recordings, redact [] {
        /// The recordings (the server's order is not stable).
        recordings: Vec<Recording>,
        /// `pagination`, when the request had a `limit`.
        pagination: Option<Pagination>,
        /// `messageKey` (`noRecordings`).
        message_key: Option<String>,
        /// `message`.
        message: Option<String>,        /// The record IDs of the recordings the server could not read
        /// (`<recording><error><recordID>`).
        unreadable: Vec<String>,
    }
}

answer_record! {
    /// The answer to publishRecordings.
    RecordingsPublished, redact [] {
        /// The recordings are now published.
        published: bool,
        /// `published` as the server wrote it (trimmed).
        published_raw: String,
    }
}

answer_record! {
    /// The answer to deleteRecordings.
    RecordingsDeleted, redact [] {
        /// `deleted`.
        deleted: bool,
    }
}

answer_record! {
    /// The answer to updateRecordings.
    RecordingsUpdated, redact [] {
        /// `updated`.
        updated: bool,
    }
}

answer_record! {
    /// One caption or subtitle track of a recording.
    TextTrack, redact [] {
        /// `href`: the VTT file (a single-use token, valid for an hour).
        href: String,
        /// `kind`: `subtitles` or `captions`.
        kind: Option<String>,
        /// `label`.
        label: Option<String>,
        /// `lang`, a language tag (`en-US`).
        lang: Option<String>,
        /// `source`: `live`, `automatic` or `upload`.
        source: Option<String>,
    }
}

answer_record! {
    /// The answer to getRecordingTextTracks.
    TextTracks, redact [] {
        /// The tracks.
        tracks: Vec<TextTrack>,
    }
}

answer_record! {
    /// The answer to putRecordingTextTrack.
    TextTrackUploaded, redact [] {
        /// `recordId`.
        record_id: String,
        /// `messageKey` (`upload_text_track_success`).
        message_key: Option<String>,
        /// `message`.
        message: Option<String>,
    }
}

answer_record! {
    /// The answer to hooks/create.
    HookCreated, redact [] {
        /// `hookID`: an integer on bbb-webhooks 2.x, a UUID on 3.x; always a string here.
        hook_id: String,
        /// `permanentHook`.
        permanent_hook: Option<bool>,
        /// `rawData`.
        raw_data: Option<bool>,
        /// A hook for this callback URL already existed (`duplicateWarning`); `hookId` is its ID.
        duplicate_warning: bool,
        /// `messageKey`, when non-empty.
        message_key: Option<String>,
        /// `message`, when non-empty.
        message: Option<String>,
    }
}

answer_record! {
    /// The answer to hooks/destroy.
    HookDestroyed, redact [] {
        /// `removed`.
        removed: bool,
    }
}

answer_record! {
    /// One webhook of hooks/list.
    Hook, redact [] {
        /// `hookID`, as a string.
        hook_id: String,
        /// `callbackURL`.
        callback_url: String,
        /// `meetingID`: the external ID it is limited to (null: a global hook).
        meeting_id: Option<String>,
        /// `eventID`, split on commas (empty: every event).
        event_ids: Vec<String>,
        /// `permanentHook`.
        permanent_hook: Option<bool>,
        /// `rawData`.
        raw_data: Option<bool>,
    }
}

answer_record! {
    /// The answer to hooks/list.
    Hooks, redact [] {
        /// The hooks.
        hooks: Vec<Hook>,
    }
}

/// One exported parse function per answer kind; `join` and `create` are in `parse.rs`.
macro_rules! answer_parser {
    (Join, $($rest:tt)*) => {};
    (Create, $($rest:tt)*) => {};
    ($variant:ident, $call:literal, $parser:ident, $ty:ident) => {
        // UniFFI reads literal docs only: the call is its own line.
        /// Parses the server's answer to the call below (XML, or the JSON error form), with
        /// the same limits as `parseJoinResponse`: `max_size` in bytes (default 64 MiB),
        /// `max_depth` in element nesting (default 32).
        ///
        /// # Errors
        ///
        /// [`BbbError::Api`] when the server answered `FAILED` (typed key and kind);
        /// [`BbbError::Parse`] for bytes that are not this answer (`missing_field`,
        /// `invalid_field`, `too_large`, `not_bbb`, …).
        ///
        /// BBB call:
        #[doc = $call]
        #[uniffi::export(default(max_size = None, max_depth = None))]
        pub fn $parser(
            body: Vec<u8>,
            max_size: Option<u64>,
            max_depth: Option<u32>,
        ) -> Result<$ty, BbbError> {
            Ok(options(max_size, max_depth).$parser(&body)?.into())
        }
    };
}

macro_rules! answer_parsers {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        $( answer_parser!($variant, $call, $parser, $ty); )*
    };
}

bbbkit::for_each_answer_kind!(answer_parsers);
