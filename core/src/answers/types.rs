//! The declaration of every typed answer: one block of rows per type, one row per field.
//!
//! A row is `/// docs`, optional flags, then `field: Type = reader("BBB element", …),`:
//!
//! - `reader` is a function of [`read`](super::read) (`text`, `required`, `int`, `boolean`,
//!   `pairs`, `texts`, `list`, `child`, `attr`, …) called with the element and the arguments;
//!   its result type must be the field's type, so a row cannot read what it does not declare;
//! - `[redacted]`: the value is a secret, `[redacted]` in `Debug` and in every front end's
//!   text form; `[redacted = method]`: `Debug` shows `self.method()` instead (a URL with its
//!   token replaced);
//! - `[json = "key"]`: the JSON key when it is not the field name.
//!
//! The struct, its reader, its JSON form, its `Debug`, its docs and its [`ANSWER_TYPES`] entry
//! are expanded from these rows by `declare_answers!`. Front ends written in Rust call
//! [`for_each_answer_type!`](crate::for_each_answer_type) with a macro of theirs to derive
//! their classes and records; the others generate theirs from [`ANSWER_TYPES`].

use super::declare::declare_answers;
pub use super::declare::Pairs;
use super::read::lookup;
use crate::parse::{redact_join_url, GuestStatus};

/// The declaration of every typed answer (see [`crate::answers`]): calls `$m!` with one block
/// per type, in this form:
///
/// ```text
/// /// type docs
/// Name {
///     /// field docs
///     [flag] [flag = value] field: Type = reader("element", …),
///     …
/// }
/// ```
///
/// Types are written as the core names them (`String`, `Option<i64>`, `Vec<String>`,
/// `Vec<Attendee>`, [`Pairs`], `GuestStatus`): a front end that calls this in a module of its own
/// resolves `Attendee` to its own record of that name.
///
/// # Examples
///
/// ```
/// macro_rules! field_counts {
///     ($( $(#[doc = $d:literal])* $name:ident {
///         $( $(#[doc = $fd:literal])* $([$flag:ident $(= $v:tt)?])* $f:ident : $t:ty = $how:ident($($a:literal),*), )*
///     } )*) => {
///         [$( (stringify!($name), [$(stringify!($f)),*].len()) ),*]
///     };
/// }
/// let counts = bbbkit::for_each_answer_type!(field_counts);
/// assert!(counts.contains(&("Hooks", 1)));
/// assert_eq!(counts.len(), bbbkit::answers::ANSWER_TYPES.len());
/// ```
#[macro_export]
macro_rules! for_each_answer_type {
    ($m:ident) => {
        $m! {
            /// A successful `join` with `redirect=false`.
            ///
            /// Its text form (Rust `Debug`, Python `repr`, Kotlin `toString()`, Swift `description`, …)
            /// shows `[redacted]` for the auth and session tokens (also inside `url`); the fields
            /// keep the values.
            Joined {
                /// The *internal* meeting ID.
                meeting_id: String = raw_required("meeting_id"),
                /// The user's internal ID.
                user_id: String = raw_required("user_id"),
                /// The auth token.
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted] auth_token: String = raw_required("auth_token"),
                /// The session token.
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted] session_token: String = raw_required("session_token"),
                /// `ALLOW` or `WAIT` (inferred from `messageKey` on servers that omit `guestStatus`).
                guest_status: GuestStatus = guest_status(),
                /// The client URL to open, entities decoded. Open it with the JSESSIONID cookie of the
                /// join response.
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted = redacted_url] url: String = raw_required("url"),
                /// `successfullyJoined`, or `guestWait` on 2.6/2.7.
                message_key: String = raw("messageKey"),
                /// The human message.
                message: String = raw("message"),
            }
            /// A successful `create`.
            ///
            /// Its text form (Rust `Debug`, Python `repr`, …) shows `[redacted]` for the meeting
            /// passwords; the fields keep the values.
            Created {
                /// `meetingID`, the application's ID.
                meeting_id: String = required("meetingID"),
                /// `internalMeetingID`.
                internal_meeting_id: String = required("internalMeetingID"),
                /// `parentMeetingID` (`bbb-none` for a meeting that is not a breakout room).
                parent_meeting_id: Option<String> = text("parentMeetingID"),
                /// `attendeePW` (deprecated).
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted] attendee_pw: Option<String> = text("attendeePW"),
                /// `moderatorPW` (deprecated).
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted] moderator_pw: Option<String> = text("moderatorPW"),
                /// `createTime`, epoch milliseconds: pass it to the join's `createTime`.
                create_time: i64 = required_int("createTime"),
                /// `voiceBridge`, kept as text.
                voice_bridge: Option<String> = text("voiceBridge"),
                /// `dialNumber`.
                dial_number: Option<String> = text("dialNumber"),
                /// `createDate`, as the server formats it.
                create_date: Option<String> = text("createDate"),
                /// `hasUserJoined`.
                has_user_joined: Option<bool> = boolean("hasUserJoined"),
                /// `duration` in minutes (0: unlimited).
                duration: Option<i64> = int("duration"),
                /// `hasBeenForciblyEnded`.
                has_been_forcibly_ended: Option<bool> = boolean("hasBeenForciblyEnded"),
                /// `messageKey`, when non-empty.
                message_key: Option<String> = text("messageKey"),
                /// `message`, when non-empty.
                message: Option<String> = text("message"),
                /// The meeting already existed with the same settings (`duplicateWarning`).
                duplicate_warning: bool = key_is("duplicateWarning"),
            }
            /// One user of a meeting, from getMeetingInfo's (or getMeetings') `<attendee>`.
            Attendee {
                /// `userID`: the *external* user ID (`w_…` when the join gave none).
                user_id: String = required("userID"),
                /// `fullName`.
                full_name: Option<String> = text("fullName"),
                /// `role`: `MODERATOR` or `VIEWER`.
                role: Option<String> = text("role"),
                /// `isPresenter`.
                is_presenter: Option<bool> = boolean("isPresenter"),
                /// `isListeningOnly`.
                is_listening_only: Option<bool> = boolean("isListeningOnly"),
                /// `hasJoinedVoice`.
                has_joined_voice: Option<bool> = boolean("hasJoinedVoice"),
                /// `hasVideo`.
                has_video: Option<bool> = boolean("hasVideo"),
                /// `clientType` (`HTML5`, …).
                client_type: Option<String> = text("clientType"),
                /// `customdata`: the join's `userdata-<key>` values, in the server's order.
                custom_data: Pairs = pairs("customdata"),
            }
            /// A meeting: the answer to getMeetingInfo, and each meeting of getMeetings.
            ///
            /// Its text form (Rust `Debug`, Python `repr`, …) shows `[redacted]` for the passwords;
            /// the fields keep the values.
            MeetingInfo {
                /// `meetingName`.
                meeting_name: Option<String> = text("meetingName"),
                /// `meetingID`, the application's ID.
                meeting_id: String = required("meetingID"),
                /// `internalMeetingID`.
                internal_meeting_id: String = required("internalMeetingID"),
                /// `createTime`, epoch milliseconds.
                create_time: i64 = required_int("createTime"),
                /// `createDate`, as the server formats it.
                create_date: Option<String> = text("createDate"),
                /// `voiceBridge`, kept as text.
                voice_bridge: Option<String> = text("voiceBridge"),
                /// `dialNumber`.
                dial_number: Option<String> = text("dialNumber"),
                /// `attendeePW` (deprecated; getMeetings may send it empty).
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted] attendee_pw: Option<String> = text("attendeePW"),
                /// `moderatorPW` (deprecated; getMeetings may send it empty).
                /// Redacted (`[redacted]`) wherever the answer is printed or reflected.
                [redacted] moderator_pw: Option<String> = text("moderatorPW"),
                /// `running`: someone is in the meeting.
                running: Option<bool> = boolean("running"),
                /// `duration` in minutes (0: unlimited).
                duration: Option<i64> = int("duration"),
                /// `hasUserJoined`.
                has_user_joined: Option<bool> = boolean("hasUserJoined"),
                /// `recording`: the create call's `record` flag, not "recording now".
                recording: Option<bool> = boolean("recording"),
                /// `hasBeenForciblyEnded`.
                has_been_forcibly_ended: Option<bool> = boolean("hasBeenForciblyEnded"),
                /// `startTime`, epoch milliseconds.
                start_time: Option<i64> = int("startTime"),
                /// `endTime`, epoch milliseconds (0 while running).
                end_time: Option<i64> = int("endTime"),
                /// `participantCount`.
                participant_count: Option<i64> = int("participantCount"),
                /// `listenerCount`.
                listener_count: Option<i64> = int("listenerCount"),
                /// `voiceParticipantCount`.
                voice_participant_count: Option<i64> = int("voiceParticipantCount"),
                /// `videoCount`: camera streams.
                video_count: Option<i64> = int("videoCount"),
                /// `maxUsers` (0: no limit).
                max_users: Option<i64> = int("maxUsers"),
                /// `moderatorCount`.
                moderator_count: Option<i64> = int("moderatorCount"),
                /// `attendees`, in the server's order.
                attendees: Vec<Attendee> = list("attendees", "attendee"),
                /// `metadata`: the create call's `meta_` values, names lower-cased by the server.
                metadata: Pairs = pairs("metadata"),
                /// `messageKey`, when non-empty.
                message_key: Option<String> = text("messageKey"),
                /// `message`, when non-empty.
                message: Option<String> = text("message"),
                /// `isBreakout`.
                is_breakout: Option<bool> = boolean("isBreakout"),
                /// `parentMeetingID`: the parent's *internal* ID (breakout rooms only).
                parent_meeting_id: Option<String> = text("parentMeetingID"),
                /// `sequence` (breakout rooms only).
                sequence: Option<i64> = int("sequence"),
                /// `freeJoin` (breakout rooms only).
                free_join: Option<bool> = boolean("freeJoin"),
                /// `breakoutRooms`: the breakout rooms' IDs.
                breakout_rooms: Vec<String> = texts("breakoutRooms", "breakout"),
            }
            /// The answer to getMeetings: every meeting on the server.
            Meetings {
                /// The meetings, in the server's order.
                meetings: Vec<MeetingInfo> = list("meetings", "meeting"),
                /// `messageKey` (`noMeetings` when there are none).
                message_key: Option<String> = text("messageKey"),
                /// `message`.
                message: Option<String> = text("message"),
            }
            /// The answer to isMeetingRunning.
            MeetingRunning {
                /// `running`: the meeting exists and someone is in it (`false` for an unknown meeting).
                running: bool = required_bool("running"),
            }
            /// A `SUCCESS` that carries only `messageKey` and `message`: end (`sentEndMeetingRequest`),
            /// insertDocument (a message, no key), sendChatMessage (both empty).
            Acknowledged {
                /// `messageKey`, when non-empty.
                message_key: Option<String> = text("messageKey"),
                /// `message`, when non-empty.
                message: Option<String> = text("message"),
            }
            /// A preview image of a playback format: `<image width height alt>URL</image>`.
            PreviewImage {
                /// The image URL (the element's text).
                url: String = own_text(),
                /// The `width` attribute.
                width: Option<i64> = attr_int("width"),
                /// The `height` attribute.
                height: Option<i64> = attr_int("height"),
                /// The `alt` attribute (the slide's title).
                alt: Option<String> = attr("alt"),
            }
            /// A playback format of a recording (`presentation`, `video`, `podcast`, …).
            PlaybackFormat {
                /// `type`.
                [json = "type"] format_type: String = required("type"),
                /// `url`.
                url: Option<String> = text("url"),
                /// `processingTime`, milliseconds.
                processing_time: Option<i64> = int("processingTime"),
                /// `length`, in **minutes**.
                length: Option<i64> = int("length"),
                /// `size`, bytes.
                size: Option<i64> = int("size"),
                /// `preview/images/image`.
                preview: Vec<PreviewImage> = list("preview/images", "image"),
            }
            /// A data format of a recording (`<data><format><type/><url/></format></data>`).
            DataFormat {
                /// `type`.
                [json = "type"] format_type: String = required("type"),
                /// `url`.
                url: Option<String> = text("url"),
            }
            /// A recording's `<breakout>`: the parent of a breakout room's recording.
            RecordingBreakout {
                /// `parentId`.
                parent_id: Option<String> = text("parentId"),
                /// `sequence`.
                sequence: Option<i64> = int("sequence"),
                /// `freeJoin`.
                free_join: Option<bool> = boolean("freeJoin"),
            }
            /// One recording of getRecordings.
            Recording {
                /// `recordID` (the meeting's internal ID).
                record_id: String = required("recordID"),
                /// `meetingID`, the external ID.
                meeting_id: Option<String> = text("meetingID"),
                /// `internalMeetingID`.
                internal_meeting_id: Option<String> = text("internalMeetingID"),
                /// `name`.
                name: Option<String> = text("name"),
                /// `isBreakout`.
                is_breakout: Option<bool> = boolean("isBreakout"),
                /// `published`.
                published: Option<bool> = boolean("published"),
                /// `state`: `processing`, `processed`, `published`, `unpublished`, `deleted`.
                state: Option<String> = text("state"),
                /// `startTime`, epoch milliseconds.
                start_time: Option<i64> = int("startTime"),
                /// `endTime`, epoch milliseconds.
                end_time: Option<i64> = int("endTime"),
                /// `participants`.
                participants: Option<i64> = int("participants"),
                /// `rawSize`, bytes.
                raw_size: Option<i64> = int("rawSize"),
                /// `metadata`, in the server's order.
                metadata: Pairs = pairs("metadata"),
                /// `breakout`, for a breakout room's recording.
                breakout: Option<RecordingBreakout> = child("breakout"),
                /// `breakoutRooms/breakoutRoom`.
                breakout_rooms: Vec<String> = texts("breakoutRooms", "breakoutRoom"),
                /// `size`, bytes (the formats' sum).
                size: Option<i64> = int("size"),
                /// `playback/format`.
                playback: Vec<PlaybackFormat> = list("playback", "format"),
                /// `data/format`.
                data: Vec<DataFormat> = list("data", "format"),
                /// `protected` (Scalelite): the recording is protected, its playback URLs are single-use
                /// links. `None` where the server does not send it (BBB itself, or Scalelite with protected
                /// recordings off).
                protected: Option<bool> = boolean("protected"),
            }
            /// getRecordings' `<pagination>` (2.6+, with `limit`).
            Pagination {
                /// `pageable/offset`.
                offset: Option<i64> = int("pageable/offset"),
                /// `pageable/limit`.
                limit: Option<i64> = int("pageable/limit"),
                /// `pageable/paged`.
                paged: Option<bool> = boolean("pageable/paged"),
                /// `pageable/unpaged`.
                unpaged: Option<bool> = boolean("pageable/unpaged"),
                /// `totalElements`.
                total_elements: Option<i64> = int("totalElements"),
                /// `empty`.
                empty: Option<bool> = boolean("empty"),
            }
            /// The answer to getRecordings. The three "no recordings" forms (no `<recordings>` element,
            /// an empty one, either with an XML declaration or whitespace) all give an empty list and
            /// `message_key` `noRecordings`.
            Recordings {
                /// The recordings (the server's order is not stable).
                recordings: Vec<Recording> = readable("recordings", "recording"),
                /// `pagination`, when the request had a `limit`.
                pagination: Option<Pagination> = child("pagination"),
                /// `messageKey` (`noRecordings`).
                message_key: Option<String> = text("messageKey"),
                /// `message`.
                message: Option<String> = text("message"),
                /// The record IDs of the recordings the server could not read, in its order: bbb-web writes
                /// `<recording><error><recordID>…</recordID></error></recording>` for a recording whose
                /// metadata it failed to read. They are not in `recordings`.
                unreadable: Vec<String> = unreadable("recordings", "recording"),
            }
            /// The answer to publishRecordings.
            ///
            /// The server echoes the request's `publish` value; `published` reads it as Groovy's
            /// `toBoolean()` does (`true`, `y` or `1`, any case, trimmed → true; anything else false).
            RecordingsPublished {
                /// The recordings are now published.
                published: bool = groovy_bool("published"),
                /// `published` as the server wrote it (trimmed).
                published_raw: String = required("published"),
            }
            /// The answer to deleteRecordings.
            RecordingsDeleted {
                /// `deleted`.
                deleted: bool = required_bool("deleted"),
            }
            /// The answer to updateRecordings.
            RecordingsUpdated {
                /// `updated`.
                updated: bool = required_bool("updated"),
            }
            /// One text track of getRecordingTextTracks.
            TextTrack {
                /// `href`: the VTT file (a single-use token, valid for an hour).
                href: String = required("href"),
                /// `kind`: `subtitles` or `captions`.
                kind: Option<String> = text("kind"),
                /// `label`.
                label: Option<String> = text("label"),
                /// `lang`, a language tag (`en-US`).
                lang: Option<String> = text("lang"),
                /// `source`: `live`, `automatic` or `upload`.
                source: Option<String> = text("source"),
            }
            /// The answer to getRecordingTextTracks (JSON).
            TextTracks {
                /// The tracks.
                tracks: Vec<TextTrack> = each("tracks"),
            }
            /// The answer to putRecordingTextTrack (JSON): the upload was accepted (it is converted
            /// asynchronously).
            TextTrackUploaded {
                /// `recordId`.
                record_id: String = required("recordId"),
                /// `messageKey` (`upload_text_track_success`).
                message_key: Option<String> = text("messageKey"),
                /// `message`.
                message: Option<String> = text("message"),
            }
            /// The answer to hooks/create.
            HookCreated {
                /// `hookID`: an integer on bbb-webhooks 2.x, a UUID on 3.x; always a string here.
                hook_id: String = required("hookID"),
                /// `permanentHook`.
                permanent_hook: Option<bool> = boolean("permanentHook"),
                /// `rawData`.
                raw_data: Option<bool> = boolean("rawData"),
                /// A hook for this callback URL already existed (`duplicateWarning`); `hook_id` is its ID.
                duplicate_warning: bool = key_is("duplicateWarning"),
                /// `messageKey`, when non-empty.
                message_key: Option<String> = text("messageKey"),
                /// `message`, when non-empty.
                message: Option<String> = text("message"),
            }
            /// The answer to hooks/destroy.
            HookDestroyed {
                /// `removed`.
                removed: bool = required_bool("removed"),
            }
            /// One hook of hooks/list.
            Hook {
                /// `hookID`, as a string.
                hook_id: String = required("hookID"),
                /// `callbackURL`.
                callback_url: String = required("callbackURL"),
                /// `meetingID`: the external ID it is limited to (`None`: a global hook).
                meeting_id: Option<String> = text("meetingID"),
                /// `eventID`, split on commas (empty: every event).
                event_ids: Vec<String> = csv("eventID"),
                /// `permanentHook`.
                permanent_hook: Option<bool> = boolean("permanentHook"),
                /// `rawData`.
                raw_data: Option<bool> = boolean("rawData"),
            }
            /// The answer to hooks/list.
            Hooks {
                /// The hooks.
                hooks: Vec<Hook> = list("hooks", "hook"),
            }
        }
    };
}

crate::for_each_answer_type!(declare_answers);

impl Joined {
    /// `url` with the session token replaced by `[redacted]` (see [`redact_join_url`]).
    pub fn redacted_url(&self) -> String {
        redact_join_url(&self.url, &self.session_token)
    }

    /// Whether the user waits for a moderator's approval.
    pub fn is_waiting(&self) -> bool {
        self.guest_status == GuestStatus::Wait
    }
}

impl MeetingInfo {
    /// The metadata value for `key`, compared ignoring ASCII case.
    pub fn meta(&self, key: &str) -> Option<&str> {
        lookup(&self.metadata, key)
    }
}

impl Recording {
    /// The metadata value for `key`, compared ignoring ASCII case.
    pub fn meta(&self, key: &str) -> Option<&str> {
        lookup(&self.metadata, key)
    }
}
