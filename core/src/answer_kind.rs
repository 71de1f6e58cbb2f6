//! [`AnswerKind`]: which call an answer is for, declared once ([`for_each_answer_kind!`](crate::for_each_answer_kind)).
//! The parsers of each kind are in [`crate::answers`]; the error kinds read the call from here
//! (`notFound` means another thing on the recording calls).

use std::fmt;
use std::str::FromStr;

use crate::invalid::{InvalidParameter, Rule};

/// The declaration of [`AnswerKind`]: each answer with its stable code, its name (as the
/// command line spells it), the BBB call it answers, its parser (a free function and a
/// [`ParseOptions`](crate::ParseOptions) method of the same name) and its type. Front ends that need a type or a
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

macro_rules! answer_kind_enum {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        /// Which call an answer is for: picks the parser when the call is known only at run time
        /// (the command line's `--kind`, the C ABI), with [`parse_answer_json`](crate::parse_answer_json).
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

            /// The name of its parser (`parse_meeting_info`).
            pub const fn parser(self) -> &'static str {
                match self {
                    $(AnswerKind::$variant => stringify!($parser),)*
                }
            }

            /// The name of its answer type (`MeetingInfo`).
            pub const fn type_name(self) -> &'static str {
                match self {
                    $(AnswerKind::$variant => stringify!($ty),)*
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
    };
}

crate::for_each_answer_kind!(answer_kind_enum);

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
}
