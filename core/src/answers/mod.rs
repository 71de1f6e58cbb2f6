//! The typed answers of every BBB API call, and one declaration of them ([`AnswerKind`]).
//!
//! Each call has a parser (`parse_meeting_info`, …, also as a [`ParseOptions`] method) that
//! returns its typed answer, or the same errors a join answer gives: [`ApiError`](crate::ApiError) (in
//! [`Error::Api`](crate::Error::Api)) for `FAILED` in every form the server writes (single error, the
//! `<errors>` list, the JSON error form, a message without a `messageKey`), and
//! [`ParseError`](crate::ParseError) for what is not a BBB answer (an HTML page from a proxy, truncated XML,
//! a document over the size limit, a DOCTYPE, …). XML and JSON are told apart by the bytes, so
//! the text-track calls, which answer JSON on success and XML on a checksum error, need no
//! hint.
//!
//! ## How values are read
//!
//! - Text is entity-decoded and trimmed; an empty element counts as absent.
//! - An element the answer is *about* (a meeting's `meetingID`, a recording's `recordID`, a
//!   hook's `hookID`, …) is required: without it the answer is a
//!   [`ParseError::MissingField`](crate::ParseError::MissingField) naming the BBB element.
//! - Other text is `Option<String>`; other integers are `Option<i64>`; other booleans are
//!   `Option<bool>`, from `true` or `false` (any case). Anything else is a
//!   [`ParseError::InvalidField`](crate::ParseError::InvalidField) naming the element.
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
//! Every answer is `serde::Serialize`, and has `to_json()`; [`parse_answer_json`] gives the
//! JSON for a kind named at run time and [`write_answer_json`] writes it straight to bytes,
//! with no intermediate value: what the command line prints and the C ABI returns. Keys are
//! the Rust field names (the snake case of the BBB element names: `meetingName` →
//! `meeting_name`, `customdata` → `custom_data`, `recordID` → `record_id`), but `type` for
//! a format's `format_type`; booleans and integers are JSON booleans and numbers, an absent
//! optional value is `null`, and `metadata`/`custom_data` are JSON objects in the server's
//! order. Each type's docs list its keys.
//!
//! ## One declaration
//!
//! Every answer type is one block of rows in [`for_each_answer_type!`](crate::for_each_answer_type):
//! per field its docs, its Rust name and type, how it is read and from which BBB element, and
//! whether it is `[redacted]`. The struct, its reader, its JSON form, its `Debug` and its
//! entry in [`ANSWER_TYPES`] (what the front ends' generators read, also as
//! [`answer_schema_json`]) all come from those rows.
//!
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

use std::borrow::Cow;

use serde_json::Value;

use read::{ChildHook, Typed};
use stream::{parse_tree, NodeSource, Source, Tag, XmlSource};

use crate::error::Result;
#[cfg(test)]
use crate::error::{Error, ParseError};
use crate::parse::{check_input, parse_json, success_root, Input, ParseOptions};

mod declare;
pub(crate) mod read;
pub(crate) mod stream;
mod types;

pub use declare::{Answer, AnswerField, AnswerType, FieldDecl, FieldKind, Pairs};
pub use types::*;

pub use crate::answer_kind::AnswerKind;

/// Catches the `<response>`'s first `<returncode>` as the answer goes by.
struct Envelope<'i> {
    seen: bool,
    code: Option<Cow<'i, str>>,
}

impl<'i, S: Source<'i>> ChildHook<'i, S> for Envelope<'i> {
    fn child(&mut self, tag: &Tag<'i>, src: &mut S) -> Result<bool> {
        if self.seen || tag.name() != "returncode" {
            return Ok(false);
        }
        self.seen = true;
        self.code = Some(src.text()?);
        Ok(true)
    }
}

/// Parses the answer to `call` into its typed form: the XML form in one pass over quick-xml's
/// events, with no tree; the JSON form from its (small) tree. An answer that is not a
/// `SUCCESS` is read again as a tree, for the [`ApiError`](crate::ApiError) and its details
/// (a `FAILED` answer's kinds are read for that call, [`MessageKey::kind_in`](crate::MessageKey::kind_in)).
pub(crate) fn parse_typed<T: Typed>(
    call: AnswerKind,
    input: &[u8],
    opts: &ParseOptions,
) -> Result<T> {
    match check_input(input, opts)? {
        Input::Json(text) => {
            let root = success_root(parse_json(text, opts)?).map_err(|e| e.in_call(call))?;
            let tag = Tag::Node(&root);
            let mut src = NodeSource::new(&root);
            T::read_element(&mut src, &tag, None)?.value
        }
        Input::Xml(text) => {
            let (mut src, tag) = XmlSource::open(text, opts)?;
            let mut envelope = Envelope {
                seen: false,
                code: None,
            };
            let item = T::read_element(&mut src, &tag, Some(&mut envelope))?;
            src.close()?;
            if envelope.code.as_deref().map(str::trim) == Some("SUCCESS") {
                return item.value;
            }
            success_root(parse_tree(input, opts)?).map_err(|e| e.in_call(call))?;
            item.value
        }
    }
}

/// Parses the answer to a `join` with `redirect=false`.
///
/// # Examples
///
/// ```
/// use bbbkit::{parse_join_response, GuestStatus};
///
/// let xml = b"<response>
/// <returncode>SUCCESS</returncode>
/// <messageKey>successfullyJoined</messageKey>
/// <message>You have joined successfully.</message>
/// <meeting_id>183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1531155809613</meeting_id>
/// <user_id>w_euxnssffnsjl</user_id>
/// <auth_token>nrmw2bkmxxgo</auth_token>
/// <session_token>ljbp2qalayrpgs3p</session_token>
/// <guestStatus>ALLOW</guestStatus>
/// <url>https://bbb.example.com/html5client/?sessionToken=ljbp2qalayrpgs3p&amp;x=1</url>
/// </response>";
/// let joined = parse_join_response(xml)?;
/// assert_eq!(joined.session_token, "ljbp2qalayrpgs3p");
/// assert_eq!(joined.guest_status, GuestStatus::Allow);
/// assert!(joined.url.ends_with("?sessionToken=ljbp2qalayrpgs3p&x=1"));
/// # Ok::<(), bbbkit::Error>(())
/// ```
///
/// # Errors
///
/// [`ApiError`](crate::ApiError) (in [`Error::Api`](crate::Error::Api)) when the server answered `FAILED`; [`ParseError`](crate::ParseError) when the
/// input is not a BBB join response.
pub fn parse_join_response(input: &[u8]) -> Result<Joined> {
    ParseOptions::default().parse_join_response(input)
}

/// Parses the answer to a `create`.
///
/// # Examples
///
/// ```
/// let xml = br#"<?xml version="1.0"?>
/// <response>
///   <returncode>SUCCESS</returncode>
///   <meetingID>room</meetingID>
///   <internalMeetingID>a1b2-1715261728123</internalMeetingID>
///   <createTime>1715261728123</createTime>
///   <messageKey>duplicateWarning</messageKey>
///   <message>This conference was already in existence.</message>
/// </response>"#;
/// let created = bbbkit::parse_create_response(xml)?;
/// assert_eq!(created.create_time, 1715261728123);
/// assert!(created.duplicate_warning);
/// # Ok::<(), bbbkit::Error>(())
/// ```
///
/// # Errors
///
/// As [`parse_join_response`].
pub fn parse_create_response(input: &[u8]) -> Result<Created> {
    ParseOptions::default().parse_create_response(input)
}

macro_rules! free_parser {
    ($(#[$doc:meta])* $name:ident -> $ty:ty) => {
        $(#[$doc])*
        ///
        /// # Errors
        ///
        /// [`ApiError`](crate::ApiError) (in [`Error::Api`](crate::Error::Api)) when the server answered `FAILED`, in any of its
        /// forms; [`ParseError`](crate::ParseError) when the input is not a BBB answer, is over the size limit, or
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
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><meetings/>\
    ///     <messageKey>noMeetings</messageKey><message>no meetings were found on this server</message></response>";
    /// let m = bbbkit::parse_meetings(xml)?;
    /// assert!(m.meetings.is_empty());
    /// assert_eq!(m.message_key.as_deref(), Some("noMeetings"));
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
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><running>false</running></response>";
    /// assert!(!bbbkit::parse_is_meeting_running(xml)?.running);
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
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode>\
    ///     <messageKey>sentEndMeetingRequest</messageKey><message>A request to end the meeting was sent.</message></response>";
    /// let e = bbbkit::parse_end(xml)?;
    /// assert_eq!(e.message_key.as_deref(), Some("sentEndMeetingRequest"));
    /// # Ok::<(), bbbkit::Error>(())
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
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><published>Y</published></response>";
    /// let p = bbbkit::parse_publish_recordings(xml)?;
    /// assert!(p.published);
    /// assert_eq!(p.published_raw, "Y");
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
    ///
    /// ```
    /// let body = br#"{"response":{"returncode":"SUCCESS","tracks":[{"href":"https://bbb.example.com/t.vtt",
    ///     "kind":"subtitles","label":"English","lang":"en-US","source":"upload"}]}}"#;
    /// let t = bbbkit::parse_text_tracks(body)?;
    /// assert_eq!(t.tracks[0].lang.as_deref(), Some("en-US"));
    /// # Ok::<(), bbbkit::Error>(())
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
    ///
    /// ```
    /// let body = br#"{"response":{"returncode":"SUCCESS","recordId":"r-1",
    ///     "messageKey":"upload_text_track_success","message":"Text track uploaded successfully"}}"#;
    /// assert_eq!(bbbkit::parse_put_text_track(body)?.record_id, "r-1");
    /// # Ok::<(), bbbkit::Error>(())
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
    ///
    /// ```
    /// let xml = b"<response><returncode>SUCCESS</returncode><removed>true</removed></response>";
    /// assert!(bbbkit::parse_hook_destroy(xml)?.removed);
    /// # Ok::<(), bbbkit::Error>(())
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
    parse_hooks -> Hooks
}

// ------------------------------------------------------------------ the parsers by kind

macro_rules! answer_parsers {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {

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
        /// As the kind's parser: [`ApiError`](crate::ApiError) for `FAILED`, [`ParseError`](crate::ParseError) otherwise.
        pub fn parse_answer_json(kind: AnswerKind, input: &[u8], opts: &ParseOptions) -> Result<Value> {
            match kind {
                $(AnswerKind::$variant => opts.$parser(input).map(|a: $ty| a.to_json()),)*
            }
        }

        /// Parses an answer of this kind and appends its JSON form to `out`, written straight
        /// from the typed answer (no intermediate `serde_json::Value`): the bytes
        /// [`parse_answer_json`]'s value serializes to.
        ///
        /// # Examples
        ///
        /// ```
        /// use bbbkit::{answers::write_answer_json, AnswerKind, ParseOptions};
        /// let xml = b"<response><returncode>SUCCESS</returncode><running>true</running></response>";
        /// let mut out = Vec::new();
        /// write_answer_json(AnswerKind::Running, xml, &ParseOptions::default(), &mut out)?;
        /// assert_eq!(out, br#"{"running":true}"#);
        /// # Ok::<(), bbbkit::Error>(())
        /// ```
        ///
        /// # Errors
        ///
        /// As [`parse_answer_json`]; `out` is left as it was.
        pub fn write_answer_json(
            kind: AnswerKind,
            input: &[u8],
            opts: &ParseOptions,
            out: &mut Vec<u8>,
        ) -> Result<()> {
            match kind {
                $(AnswerKind::$variant => {
                    let answer: $ty = opts.$parser(input)?;
                    serde_json::to_writer(&mut *out, &answer).expect("an answer always serializes");
                })*
            }
            Ok(())
        }

        impl ParseOptions {
            $(
                #[doc = concat!("[`", stringify!($parser), "`](crate::", stringify!($parser), ") with these limits.")]
                ///
                /// # Errors
                ///
                #[doc = concat!("As [`", stringify!($parser), "`](crate::", stringify!($parser), ").")]
                pub fn $parser(&self, input: &[u8]) -> Result<$ty> {
                    parse_typed::<$ty>(AnswerKind::$variant, input, self)
                }
            )*
        }
    };
}

crate::for_each_answer_kind!(answer_parsers);

/// The answer declarations as JSON, for the generators of the front ends not written in Rust
/// (PHP, Ruby, the Python stubs): `{"types": [...], "kinds": [...]}`.
///
/// Each type has `name`, `doc` and `fields`; each field `name` (snake case), `json`, `reader`,
/// `elements`, `kind` ([`FieldKind::as_str`]), `type` (the record or enum a `record`,
/// `record_list` or `enum` field holds, else `null`), `optional`, `redacted`, `redacted_with`
/// and `doc`. Each
/// kind has `name`, `call`, `code`, `parser` and `type`.
///
/// # Examples
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&bbbkit::answers::answer_schema_json())?;
/// let info = schema["types"].as_array().unwrap().iter().find(|t| t["name"] == "MeetingInfo").unwrap();
/// let pw = info["fields"].as_array().unwrap().iter().find(|f| f["name"] == "moderator_pw").unwrap();
/// assert_eq!(pw["redacted"], true);
/// assert_eq!(pw["optional"], true);
/// assert_eq!(pw["elements"][0], "moderatorPW");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn answer_schema_json() -> String {
    let types: Vec<Value> = ANSWER_TYPES
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .fields
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "name": f.name, "json": f.json, "reader": f.reader,
                        "elements": f.elements, "kind": f.kind.as_str(),
                        "type": f.kind.type_name(), "optional": f.optional,
                        "redacted": f.redacted, "redacted_with": f.redacted_with,
                        "doc": f.doc.trim_end(),
                    })
                })
                .collect();
            serde_json::json!({"name": t.name, "doc": t.doc.trim_end(), "fields": fields})
        })
        .collect();
    let kinds: Vec<Value> = AnswerKind::ALL
        .iter()
        .map(|k| {
            serde_json::json!({
                "name": k.as_str(), "call": k.call(), "code": k.code(),
                "parser": k.parser(), "type": k.type_name(),
            })
        })
        .collect();
    serde_json::json!({"types": types, "kinds": kinds}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unreadable_recordings_are_told_apart_in_the_same_pass() {
        // `readable` tells an unreadable item by its record's first row failing for want of a
        // `recordID`, and hands the IDs to `unreadable`, declared after it.
        let first = Recording::TYPE.fields[0];
        assert_eq!(
            (first.reader, first.elements),
            ("required", &[read::UNREADABLE_WITHOUT][..])
        );
        let names: Vec<&str> = Recordings::TYPE.fields.iter().map(|f| f.reader).collect();
        let at = |r: &str| names.iter().position(|n| *n == r);
        assert!(at("readable") < at("unreadable"));
        // Another field that does not read changes nothing: the item is still unreadable.
        let xml = b"<response><returncode>SUCCESS</returncode><recordings>\
            <recording><startTime>soon</startTime><error><recordID> r-2 </recordID></error></recording>\
            <recording><recordID>r-1</recordID><error/></recording></recordings></response>";
        let r = parse_recordings(xml).unwrap();
        assert_eq!(r.unreadable, ["r-2"]);
        assert_eq!(r.recordings[0].record_id, "r-1");
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
