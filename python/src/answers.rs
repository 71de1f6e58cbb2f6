//! The typed answers of every call (`MeetingInfo`, `Recordings`, `Hooks`, …) and their parse
//! functions (`parse_meeting_info`, …), one per kind of the core's `for_each_answer_kind!`.
//!
//! Each class wraps the core's value and converts a field to Python on first access, then
//! hands out that object: `info.attendees is info.attendees`. Lists are tuples of frozen
//! objects, `metadata` and `custom_data` read-only mappings; the passwords show as
//! `[redacted]` in a `repr`. A field is converted by its Rust type ([`ToPyField`]).

use std::hash::{DefaultHasher, Hash, Hasher};

use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyMappingProxy, PyString, PyTuple};
use pyo3::IntoPyObjectExt;

use crate::errors::IntoPyResult;
use crate::results::{options, parse_with, PyCreated, PyJoined};
use crate::types::{input, text};

/// A core answer type with its Python class.
pub(crate) trait AnswerClass: Clone {
    type Class;
    fn wrap(self) -> Self::Class;
    /// The Python object of `self`.
    fn into_object(self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

/// A field's Python value.
pub(crate) trait ToPyField {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

macro_rules! scalar_fields {
    ($($ty:ty),*) => {$(
        impl ToPyField for $ty {
            fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                self.clone().into_py_any(py)
            }
        }
    )*};
}
scalar_fields!(String, Option<String>, i64, Option<i64>, bool, Option<bool>);

/// A list of strings: a tuple.
impl ToPyField for Vec<String> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyTuple::new(py, self)?.into_any().unbind())
    }
}

/// Name/value pairs (`metadata`, `custom_data`): a read-only mapping, in document order.
impl ToPyField for Vec<(String, String)> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let dict = PyDict::new(py);
        for (k, v) in self {
            dict.set_item(k, v)?;
        }
        Ok(PyMappingProxy::new(py, dict.as_mapping())
            .into_any()
            .unbind())
    }
}

/// A list of answer objects: a tuple of frozen objects.
impl<T: AnswerClass> ToPyField for Vec<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let items = self
            .iter()
            .map(|v| v.clone().into_object(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyTuple::new(py, items)?.into_any().unbind())
    }
}

/// An optional answer object.
impl<T: AnswerClass> ToPyField for Option<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            Some(v) => v.clone().into_object(py),
            None => Ok(py.None()),
        }
    }
}

/// The index of `name` in `names`, at compile time.
const fn index_of(names: &[&str], name: &str) -> usize {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no such field")
}

/// A field's value in a `repr`: its Python repr, or the core's `[redacted]` for a secret that
/// is set.
fn field_repr(value: &Bound<'_, PyAny>, secret: bool) -> PyResult<String> {
    if secret {
        if let Ok(s) = value.cast::<PyString>() {
            if !s.to_cow()?.is_empty() {
                return Ok(bbbkit::REDACTED.to_owned());
            }
        }
    }
    Ok(value.repr()?.to_cow()?.into_owned())
}

macro_rules! secret {
    () => {
        false
    };
    (secret) => {
        true
    };
}

/// Declares the Python class of a core answer type: a frozen class with one getter per field
/// (named after the field, or the name after `as`), `==`, `hash` and a `repr`.
macro_rules! answer_classes {
    ($(
        $(#[doc = $doc:literal])*
        $py:ident = $core:ident($name:literal) {
            $( $([$secret:ident])? $field:ident $(as $pyname:literal)? : $ty:ty => $fdoc:literal, )*
        }
    )*) => {$(
        $(#[doc = $doc])*
        #[pyclass(frozen, eq, module = "bbbkit", name = $name)]
        pub(crate) struct $py {
            inner: bbbkit::$core,
            /// Each field's Python value, made on first access.
            cache: [PyOnceLock<Py<PyAny>>; $py::NAMES.len()],
        }

        impl PartialEq for $py {
            fn eq(&self, other: &Self) -> bool {
                self.inner == other.inner
            }
        }

        impl AnswerClass for bbbkit::$core {
            type Class = $py;
            fn wrap(self) -> $py {
                $py { inner: self, cache: [const { PyOnceLock::new() }; $py::NAMES.len()] }
            }
            fn into_object(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                Ok(Py::new(py, self.wrap())?.into_any())
            }
        }

        impl $py {
            /// The Python names of the fields, in order.
            const NAMES: &'static [&'static str] = &[$( answer_classes!(@name $field $($pyname)?) ),*];
            /// (Python name, Rust type, doc) of each field, for the stubs.
            const FIELDS: &'static [(&'static str, &'static str, &'static str)] =
                &[$( (answer_classes!(@name $field $($pyname)?), stringify!($ty), $fdoc) ),*];
            /// Whether each field is a secret (`[redacted]` in a `repr`).
            const SECRET: &'static [bool] = &[$( secret!($($secret)?) ),*];

            fn field<'py>(
                &self,
                py: Python<'py>,
                i: usize,
                value: impl FnOnce() -> PyResult<Py<PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                self.cache[i].get_or_try_init(py, value).map(|v| v.bind(py).clone())
            }

            /// Every field's value, in order.
            fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
                Ok(vec![$( self.$field(py)? ),*])
            }
        }

        #[pymethods]
        impl $py {
            $(
                #[doc = $fdoc]
                #[getter]
                $( #[pyo3(name = $pyname)] )?
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    const I: usize = index_of($py::NAMES, answer_classes!(@name $field $($pyname)?));
                    self.field(py, I, || ToPyField::to_py(&self.inner.$field, py))
                }
            )*

            fn __hash__(&self, py: Python<'_>) -> PyResult<u64> {
                let mut h = DefaultHasher::new();
                for v in self.values(py)? {
                    // Tuples and mappings of frozen objects: hash what they hold.
                    v.repr()?.to_cow()?.hash(&mut h);
                }
                Ok(h.finish())
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let mut parts = Vec::with_capacity(Self::NAMES.len());
                for (i, v) in self.values(py)?.iter().enumerate() {
                    parts.push(format!("{}={}", Self::NAMES[i], field_repr(v, Self::SECRET[i])?));
                }
                Ok(format!("{}({})", $name, parts.join(", ")))
            }
        }
    )*

        /// Adds the answer classes to the module.
        pub(crate) fn add_classes(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_class::<$py>()?; )*
            Ok(())
        }

        /// (class name, its fields) of every answer class, for `_ANSWER_CLASSES`.
        pub(crate) const CLASSES: &[(&str, &[(&str, &str, &str)])] = &[$( ($name, $py::FIELDS) ),*];
    };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $pyname:literal) => { $pyname };
}

answer_classes! {
    /// One user of a meeting (:attr:`MeetingInfo.attendees`). Immutable.
    PyAttendee = Attendee("Attendee") {
        user_id: String => "``userID``: the user's internal ID.",
        full_name: Option<String> => "``fullName``.",
        role: Option<String> => "``role``: ``MODERATOR`` or ``VIEWER``.",
        is_presenter: Option<bool> => "``isPresenter``.",
        is_listening_only: Option<bool> => "``isListeningOnly``.",
        has_joined_voice: Option<bool> => "``hasJoinedVoice``.",
        has_video: Option<bool> => "``hasVideo``.",
        client_type: Option<String> => "``clientType`` (``HTML5``).",
        custom_data: Vec<(String, String)> => "``customdata``: the join's ``userdata-`` values, a read-only mapping.",
    }
    /// A meeting: the answer to ``getMeetingInfo`` (:func:`parse_meeting_info`), and each
    /// meeting of ``getMeetings``. Immutable. Its ``repr`` shows ``[redacted]`` for the
    /// passwords; the attributes hold the values.
    PyMeetingInfo = MeetingInfo("MeetingInfo") {
        meeting_name: Option<String> => "``meetingName``.",
        meeting_id: String => "``meetingID``: the application's ID.",
        internal_meeting_id: String => "``internalMeetingID``.",
        create_time: i64 => "``createTime``, epoch milliseconds: pass it to ``join_url(create_time=...)``.",
        create_date: Option<String> => "``createDate``, as the server formats it.",
        voice_bridge: Option<String> => "``voiceBridge``, kept as text.",
        dial_number: Option<String> => "``dialNumber``.",
        [secret] attendee_pw: Option<String> => "``attendeePW`` (deprecated).",
        [secret] moderator_pw: Option<String> => "``moderatorPW`` (deprecated).",
        running: Option<bool> => "``running``: users are in the meeting.",
        duration: Option<i64> => "``duration`` in minutes (0: unlimited).",
        has_user_joined: Option<bool> => "``hasUserJoined``.",
        recording: Option<bool> => "``recording``: the recording is on now.",
        has_been_forcibly_ended: Option<bool> => "``hasBeenForciblyEnded``.",
        start_time: Option<i64> => "``startTime``, epoch milliseconds.",
        end_time: Option<i64> => "``endTime``, epoch milliseconds (0 while running).",
        participant_count: Option<i64> => "``participantCount``.",
        listener_count: Option<i64> => "``listenerCount``.",
        voice_participant_count: Option<i64> => "``voiceParticipantCount``.",
        video_count: Option<i64> => "``videoCount``.",
        max_users: Option<i64> => "``maxUsers``.",
        moderator_count: Option<i64> => "``moderatorCount``.",
        attendees: Vec<bbbkit::Attendee> => "``attendees``: a tuple of :class:`Attendee`.",
        metadata: Vec<(String, String)> => "``metadata``: a read-only mapping (the server lower-cases the names).",
        message_key: Option<String> => "``messageKey``, when non-empty.",
        message: Option<String> => "``message``, when non-empty.",
        is_breakout: Option<bool> => "``isBreakout``.",
        parent_meeting_id: Option<String> => "``parentMeetingID`` of a breakout room.",
        sequence: Option<i64> => "``sequence`` of a breakout room.",
        free_join: Option<bool> => "``freeJoin`` of a breakout room.",
        breakout_rooms: Vec<String> => "``breakoutRooms``: the internal IDs of its breakout rooms, a tuple.",
    }
    /// The answer to ``getMeetings`` (:func:`parse_meetings`). Immutable.
    PyMeetings = Meetings("Meetings") {
        meetings: Vec<bbbkit::MeetingInfo> => "The meetings: a tuple of :class:`MeetingInfo`.",
        message_key: Option<String> => "``messageKey`` (``noMeetings`` when there are none).",
        message: Option<String> => "``message``.",
    }
    /// The answer to ``isMeetingRunning`` (:func:`parse_is_meeting_running`). Immutable.
    PyMeetingRunning = MeetingRunning("MeetingRunning") {
        running: bool => "``running``.",
    }
    /// An answer that carries only ``messageKey`` and ``message``: ``end``, ``insertDocument``,
    /// ``sendChatMessage``. Immutable.
    PyAcknowledged = Acknowledged("Acknowledged") {
        message_key: Option<String> => "``messageKey``, when non-empty.",
        message: Option<String> => "``message``, when non-empty.",
    }
    /// A preview image of a playback format. Immutable.
    PyPreviewImage = PreviewImage("PreviewImage") {
        url: String => "The image's URL.",
        width: Option<i64> => "``width``.",
        height: Option<i64> => "``height``.",
        alt: Option<String> => "``alt``.",
    }
    /// A playback format of a recording (``presentation``, ``video``, …). Immutable.
    PyPlaybackFormat = PlaybackFormat("PlaybackFormat") {
        format_type as "type": String => "``type``: ``presentation``, ``video``, ``podcast``, …",
        url: Option<String> => "``url``: where to watch it.",
        processing_time: Option<i64> => "``processingTime``, milliseconds.",
        length: Option<i64> => "``length``, in **minutes**.",
        size: Option<i64> => "``size``, bytes.",
        preview: Vec<bbbkit::PreviewImage> => "``preview/images``: a tuple of :class:`PreviewImage`.",
    }
    /// A data format of a recording. Immutable.
    PyDataFormat = DataFormat("DataFormat") {
        format_type as "type": String => "``type``.",
        url: Option<String> => "``url``.",
    }
    /// A breakout room's recording's parent (:attr:`Recording.breakout`). Immutable.
    PyRecordingBreakout = RecordingBreakout("RecordingBreakout") {
        parent_id: Option<String> => "``parentId``.",
        sequence: Option<i64> => "``sequence``.",
        free_join: Option<bool> => "``freeJoin``.",
    }
    /// One recording of ``getRecordings``. Immutable.
    PyRecording = Recording("Recording") {
        record_id: String => "``recordID``.",
        meeting_id: Option<String> => "``meetingID``: the application's meeting ID.",
        internal_meeting_id: Option<String> => "``internalMeetingID``.",
        name: Option<String> => "``name``: the meeting's name.",
        is_breakout: Option<bool> => "``isBreakout``.",
        published: Option<bool> => "``published``.",
        state: Option<String> => "``state``: ``published``, ``unpublished``, ``processing``, …",
        start_time: Option<i64> => "``startTime``, epoch milliseconds.",
        end_time: Option<i64> => "``endTime``, epoch milliseconds.",
        participants: Option<i64> => "``participants``.",
        raw_size: Option<i64> => "``rawSize``, bytes.",
        metadata: Vec<(String, String)> => "``metadata``: a read-only mapping.",
        breakout: Option<bbbkit::RecordingBreakout> => "``breakout``: the parent of a breakout room's recording, or ``None``.",
        breakout_rooms: Vec<String> => "``breakoutRooms``: a tuple of IDs.",
        size: Option<i64> => "``size``, bytes.",
        playback: Vec<bbbkit::PlaybackFormat> => "``playback``: a tuple of :class:`PlaybackFormat`.",
        data: Vec<bbbkit::DataFormat> => "``data``: a tuple of :class:`DataFormat`.",
        protected: Option<bool> => "``protected`` (Scalelite): its playback URLs are single-use links; ``None`` when not sent.",
    }
    /// ``getRecordings``' pagination (BBB 2.6+, with ``limit``). Immutable.
    PyPagination = Pagination("Pagination") {
        offset: Option<i64> => "``pageable/offset``.",
        limit: Option<i64> => "``pageable/pageSize``.",
        paged: Option<bool> => "``pageable/paged``.",
        unpaged: Option<bool> => "``pageable/unpaged``.",
        total_elements: Option<i64> => "``totalElements``.",
        empty: Option<bool> => "``empty``.",
    }
    /// The answer to ``getRecordings`` (:func:`parse_recordings`). Immutable. No recordings
    /// gives an empty tuple and ``message_key`` ``noRecordings``.
    PyRecordings = Recordings("Recordings") {
        recordings: Vec<bbbkit::Recording> => "The recordings: a tuple of :class:`Recording`.",
        pagination: Option<bbbkit::Pagination> => "The pagination, when the server sent one.",
        message_key: Option<String> => "``messageKey`` (``noRecordings`` when there are none).",
        message: Option<String> => "``message``.",
        unreadable: Vec<String> => "The record IDs of the recordings the server could not read (``<recording><error><recordID>``), a tuple.",
    }
    /// The answer to ``publishRecordings`` (:func:`parse_publish_recordings`). Immutable.
    PyRecordingsPublished = RecordingsPublished("RecordingsPublished") {
        published: bool => "``published``, read as the server reads the request's value.",
        published_raw: String => "``published`` as the server echoed it.",
    }
    /// The answer to ``deleteRecordings`` (:func:`parse_delete_recordings`). Immutable.
    PyRecordingsDeleted = RecordingsDeleted("RecordingsDeleted") {
        deleted: bool => "``deleted``.",
    }
    /// The answer to ``updateRecordings`` (:func:`parse_update_recordings`). Immutable.
    PyRecordingsUpdated = RecordingsUpdated("RecordingsUpdated") {
        updated: bool => "``updated``.",
    }
    /// One text track of ``getRecordingTextTracks``. Immutable.
    PyTextTrack = TextTrack("TextTrack") {
        href: String => "``href``: the track's URL.",
        kind: Option<String> => "``kind``: ``subtitles`` or ``captions``.",
        label: Option<String> => "``label``.",
        lang: Option<String> => "``lang``.",
        source: Option<String> => "``source``: ``upload``, ``live``, …",
    }
    /// The answer to ``getRecordingTextTracks`` (:func:`parse_text_tracks`, JSON). Immutable.
    PyTextTracks = TextTracks("TextTracks") {
        tracks: Vec<bbbkit::TextTrack> => "The tracks: a tuple of :class:`TextTrack`.",
    }
    /// The answer to ``putRecordingTextTrack`` (:func:`parse_put_text_track`, JSON): the
    /// upload was accepted (it is converted later). Immutable.
    PyTextTrackUploaded = TextTrackUploaded("TextTrackUploaded") {
        record_id: String => "``recordId``.",
        message_key: Option<String> => "``messageKey``.",
        message: Option<String> => "``message``.",
    }
    /// The answer to ``hooks/create`` (:func:`parse_hook_create`). Immutable.
    PyHookCreated = HookCreated("HookCreated") {
        hook_id: String => "``hookID``: a number, or a UUID on bbb-webhooks 3.",
        permanent_hook: Option<bool> => "``permanentHook``.",
        raw_data: Option<bool> => "``rawData``.",
        duplicate_warning: bool => "The hook already existed (``duplicateWarning``).",
        message_key: Option<String> => "``messageKey``.",
        message: Option<String> => "``message``.",
    }
    /// The answer to ``hooks/destroy`` (:func:`parse_hook_destroy`). Immutable.
    PyHookDestroyed = HookDestroyed("HookDestroyed") {
        removed: bool => "``removed``.",
    }
    /// One hook of ``hooks/list``. Immutable.
    PyHook = Hook("Hook") {
        hook_id: String => "``hookID``.",
        callback_url: String => "``callbackURL``.",
        meeting_id: Option<String> => "``meetingID``, for a hook of one meeting.",
        event_ids: Vec<String> => "``eventID``: the events it receives (all when empty), a tuple.",
        permanent_hook: Option<bool> => "``permanentHook``.",
        raw_data: Option<bool> => "``rawData``.",
    }
    /// The answer to ``hooks/list`` (:func:`parse_hooks`). Immutable.
    PyHooks = Hooks("Hooks") {
        hooks: Vec<bbbkit::Hook> => "The hooks: a tuple of :class:`Hook`.",
    }
}

/// A parsed answer as its Python object.
pub(crate) trait IntoPyAnswer {
    fn into_py_answer(self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

impl<T: AnswerClass> IntoPyAnswer for T {
    fn into_py_answer(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.into_object(py)
    }
}

impl IntoPyAnswer for bbbkit::Joined {
    fn into_py_answer(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, PyJoined::from(self))?.into_any())
    }
}

impl IntoPyAnswer for bbbkit::Created {
    fn into_py_answer(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, PyCreated::from(self))?.into_any())
    }
}

/// The Python class of a core answer type.
macro_rules! answer_class_name {
    (Joined) => {
        "Joined"
    };
    (Created) => {
        "Created"
    };
    ($ty:ident) => {
        stringify!($ty)
    };
}

/// A parse function per answer kind, but join's and create's (`results.rs` has them).
macro_rules! parse_function {
    (parse_join_response, $($rest:tt)*) => {};
    (parse_create_response, $($rest:tt)*) => {};
    ($parser:ident, $call:literal, $ty:ident) => {
        #[doc = concat!(
            "Parses the answer to ``", $call, "``: a :class:`", stringify!($ty), "`.\n\n",
            "Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any\n",
            "of its forms), and :class:`ParseError` when ``data`` is not that answer (the error\n",
            "names the element)."
        )]
        #[pyfunction]
        #[pyo3(signature = (data, *, max_size = None, max_depth = None))]
        pub(crate) fn $parser(
            py: Python<'_>,
            data: &Bound<'_, PyAny>,
            max_size: Option<usize>,
            max_depth: Option<usize>,
        ) -> PyResult<Py<<bbbkit::$ty as AnswerClass>::Class>> {
            let data = input(data)?;
            let opts = options(max_size, max_depth);
            let answer = parse_with(py, data.as_bytes(), |d| opts.$parser(d))?;
            Py::new(py, answer.wrap())
        }
    };
}

macro_rules! add_parse_function {
    ($m:ident, parse_join_response) => {};
    ($m:ident, parse_create_response) => {};
    ($m:ident, $parser:ident) => {
        $m.add_function(wrap_pyfunction!($parser, $m)?)?;
    };
}

macro_rules! answer_kinds {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $call:literal, $parser:ident, $ty:ident), )*) => {
        $( parse_function!($parser, $call, $ty); )*

        /// Adds the parse functions to the module.
        pub(crate) fn add_parse_functions(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( add_parse_function!(m, $parser); )*
            Ok(())
        }

        /// (name, call, parse function, class) of every answer kind, in the core's order.
        pub(crate) const KINDS: &[(&str, &str, &str, &str)] =
            &[$( ($name, $call, stringify!($parser), answer_class_name!($ty)) ),*];

        /// `parse_answer`'s dispatch.
        fn parse_kind(
            py: Python<'_>,
            kind: bbbkit::AnswerKind,
            data: &[u8],
            opts: &bbbkit::ParseOptions,
        ) -> PyResult<Py<PyAny>> {
            match kind {
                $( bbbkit::AnswerKind::$variant => {
                    parse_with(py, data, |d| opts.$parser(d))?.into_py_answer(py)
                } )*
                #[allow(unreachable_patterns)]
                _ => Err(PyAttributeError::new_err(format!("no parser for {kind}"))),
            }
        }
    };
}

bbbkit::for_each_answer_kind!(answer_kinds);

/// The module's declarations of the answers: `_ANSWER_KINDS` (name, call, parse function,
/// class) and `_ANSWER_CLASSES` (class → its fields as (name, Rust type, doc)).
pub(crate) fn add_declarations(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("_ANSWER_KINDS", PyTuple::new(py, KINDS)?)?;
    let classes = PyDict::new(py);
    for (name, fields) in CLASSES {
        classes.set_item(name, PyTuple::new(py, *fields)?)?;
    }
    m.add("_ANSWER_CLASSES", classes)?;
    add_classes(m)?;
    add_parse_functions(m)?;
    m.add_function(wrap_pyfunction!(parse_answer, m)?)
}

/// Parses the answer of the call that ``kind`` names (``"meeting-info"``, ``"recordings"``,
/// … as :data:`ANSWER_KINDS` lists them, in any case): the class that call's ``parse_*``
/// function returns. For code that knows the call only at run time.
///
/// >>> parse_answer("running", b"<response><returncode>SUCCESS</returncode><running>true</running></response>")
/// MeetingRunning(running=True)
#[pyfunction]
#[pyo3(signature = (kind, data, *, max_size = None, max_depth = None))]
pub(crate) fn parse_answer(
    py: Python<'_>,
    kind: &Bound<'_, PyAny>,
    data: &Bound<'_, PyAny>,
    max_size: Option<usize>,
    max_depth: Option<usize>,
) -> PyResult<Py<PyAny>> {
    let kind: bbbkit::AnswerKind = text(kind, "kind")?.parse().py_err(py)?;
    let data = input(data)?;
    parse_kind(py, kind, data.as_bytes(), &options(max_size, max_depth))
}
