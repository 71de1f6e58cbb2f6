"""The enums of bbbkit: real :class:`enum.Enum` classes whose values are the strings BBB uses.

Wherever bbbkit takes one of them, a plain string works too, in any case:
``"moderator"``, ``"MODERATOR"`` and ``Role.MODERATOR`` are the same role. Calling the class
does the same lookup:

>>> Role("moderator")
<Role.MODERATOR: 'MODERATOR'>
>>> Algorithm("SHA-512")
<Algorithm.SHA512: 'sha512'>
>>> Layout("participants_chat_only")
<Layout.PARTICIPANTS_AND_CHAT_ONLY: 'PARTICIPANTS_AND_CHAT_ONLY'>
>>> str(Role.VIEWER)
'VIEWER'

The members are the core's spellings (``Role::ALL``, ``Layout::ALL``, ``Algorithm::ALL``,
``JwtAlgorithm::ALL``, ``GuestPolicy::ALL``, ``RecordingState::ALL``, ``TextTrackKind::ALL``,
``Feature::ALL``), written into the class bodies below by ``tools/gen_stubs.py``; the tests
fail when they differ.
"""

from __future__ import annotations

import enum
import types
from typing import Mapping, NamedTuple, Optional, Tuple

from . import _bbbkit

__all__ = [
    "ANSWER_KINDS",
    "CALL_PARAMETERS",
    "JOIN_PARAMETERS",
    "Algorithm",
    "Feature",
    "GuestPolicy",
    "GuestStatus",
    "JwtAlgorithm",
    "Layout",
    "Parameter",
    "RecordingState",
    "Role",
    "TextTrackKind",
]


class _StrEnum(str, enum.Enum):
    """A str-valued enum whose ``str()`` is its value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(str(self.value), format_spec)


class Role(_StrEnum):
    """The user's role in the meeting (``role``, BBB 3.0+)."""

    # @generated begin role-members (tools/gen_stubs.py, from the core): do not edit
    MODERATOR = "MODERATOR"
    VIEWER = "VIEWER"
    # @generated end role-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Role]:
        return cls(_bbbkit._role(value)) if isinstance(value, str) else None


class Algorithm(_StrEnum):
    """A checksum algorithm that BigBlueButton accepts. SHA-256 is the default."""

    # @generated begin algorithm-members (tools/gen_stubs.py, from the core): do not edit
    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA384 = "sha384"
    SHA512 = "sha512"
    # @generated end algorithm-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Algorithm]:
        return cls(_bbbkit._algorithm(value)) if isinstance(value, str) else None


class JwtAlgorithm(_StrEnum):
    """An HMAC algorithm of the JWTs BBB signs callbacks with (:class:`CallbackVerifier`'s
    ``allow``). ``none`` and asymmetric algorithms are never accepted.

    >>> JwtAlgorithm("hs512")
    <JwtAlgorithm.HS512: 'HS512'>
    """

    # @generated begin jwt-algorithm-members (tools/gen_stubs.py, from the core): do not edit
    HS256 = "HS256"
    HS384 = "HS384"
    HS512 = "HS512"
    # @generated end jwt-algorithm-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[JwtAlgorithm]:
        return cls(_bbbkit._jwt_algorithm(value)) if isinstance(value, str) else None


class Layout(_StrEnum):
    """A client layout, for ``enforce_layout`` and ``default_layout``.

    Only these spellings reach the server: the client silently ignores any other. The
    docs' ``PARTICIPANTS_CHAT_ONLY`` is accepted and sent as ``PARTICIPANTS_AND_CHAT_ONLY``.
    """

    # @generated begin layout-members (tools/gen_stubs.py, from the core): do not edit
    UNIFIED_LAYOUT = "UNIFIED_LAYOUT"
    CUSTOM_LAYOUT = "CUSTOM_LAYOUT"
    SMART_LAYOUT = "SMART_LAYOUT"
    PRESENTATION_FOCUS = "PRESENTATION_FOCUS"
    VIDEO_FOCUS = "VIDEO_FOCUS"
    CAMERAS_ONLY = "CAMERAS_ONLY"
    PARTICIPANTS_AND_CHAT_ONLY = "PARTICIPANTS_AND_CHAT_ONLY"
    PRESENTATION_ONLY = "PRESENTATION_ONLY"
    MEDIA_ONLY = "MEDIA_ONLY"
    # @generated end layout-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Layout]:
        return cls(_bbbkit._layout(value)) if isinstance(value, str) else None


class GuestPolicy(_StrEnum):
    """Who lets guests in (``guest_policy`` of :meth:`Server.create_url`).

    >>> GuestPolicy("ask-moderator")
    <GuestPolicy.ASK_MODERATOR: 'ASK_MODERATOR'>
    """

    # @generated begin guest-policy-members (tools/gen_stubs.py, from the core): do not edit
    ALWAYS_ACCEPT = "ALWAYS_ACCEPT"
    ALWAYS_DENY = "ALWAYS_DENY"
    ASK_MODERATOR = "ASK_MODERATOR"
    ALWAYS_ACCEPT_AUTH = "ALWAYS_ACCEPT_AUTH"
    # @generated end guest-policy-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[GuestPolicy]:
        return cls(_bbbkit._guest_policy(value)) if isinstance(value, str) else None


class RecordingState(_StrEnum):
    """A recording's state (``state`` of :meth:`Server.get_recordings_url`).

    >>> RecordingState("Published")
    <RecordingState.PUBLISHED: 'published'>
    """

    # @generated begin recording-state-members (tools/gen_stubs.py, from the core): do not edit
    PROCESSING = "processing"
    PROCESSED = "processed"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"
    DELETED = "deleted"
    ANY = "any"
    # @generated end recording-state-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[RecordingState]:
        return cls(_bbbkit._recording_state(value)) if isinstance(value, str) else None


class TextTrackKind(_StrEnum):
    """The kind of a text track (``kind`` of :meth:`Server.put_recording_text_track_request`)."""

    # @generated begin text-track-kind-members (tools/gen_stubs.py, from the core): do not edit
    SUBTITLES = "subtitles"
    CAPTIONS = "captions"
    # @generated end text-track-kind-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[TextTrackKind]:
        return cls(_bbbkit._text_track_kind(value)) if isinstance(value, str) else None


class Feature(_StrEnum):
    """A client feature that ``disabled_features`` (and ``disabled_features_exclude``) of
    :meth:`Server.create_url` can turn off.

    Those lists take these members or their spellings in any case. A feature newer than
    bbbkit is written ``"newer:NAME"`` (``disabled_features=["chat", "newer:whiteboardZoom"]``):
    the prefix says that the name is meant, not a typo of a known one.

    >>> Feature("sharedNotes"), Feature("SHAREDNOTES")
    (<Feature.SHARED_NOTES: 'sharedNotes'>, <Feature.SHARED_NOTES: 'sharedNotes'>)
    """

    # @generated begin feature-members (tools/gen_stubs.py, from the core): do not edit
    BREAKOUT_ROOMS = "breakoutRooms"
    CAPTIONS = "captions"
    CHAT = "chat"
    DOWNLOAD_PRESENTATION_WITH_ANNOTATIONS = "downloadPresentationWithAnnotations"
    EXTERNAL_VIDEOS = "externalVideos"
    IMPORT_PRESENTATION_WITH_ANNOTATIONS_FROM_BREAKOUT_ROOMS = "importPresentationWithAnnotationsFromBreakoutRooms"
    IMPORT_SHARED_NOTES_FROM_BREAKOUT_ROOMS = "importSharedNotesFromBreakoutRooms"
    LAYOUTS = "layouts"
    LEARNING_DASHBOARD = "learningDashboard"
    POLLS = "polls"
    SCREENSHARE = "screenshare"
    SHARED_NOTES = "sharedNotes"
    VIRTUAL_BACKGROUNDS = "virtualBackgrounds"
    CUSTOM_VIRTUAL_BACKGROUNDS = "customVirtualBackgrounds"
    LIVE_TRANSCRIPTION = "liveTranscription"
    PRESENTATION = "presentation"
    CAMERA_AS_CONTENT = "cameraAsContent"
    SNAPSHOT_OF_CURRENT_SLIDE = "snapshotOfCurrentSlide"
    DOWNLOAD_PRESENTATION_ORIGINAL_FILE = "downloadPresentationOriginalFile"
    DOWNLOAD_PRESENTATION_CONVERTED_TO_PDF = "downloadPresentationConvertedToPdf"
    TIMER = "timer"
    LEARNING_DASHBOARD_DOWNLOAD_SESSION_DATA = "learningDashboardDownloadSessionData"
    INFINITE_WHITEBOARD = "infiniteWhiteboard"
    REACTIONS = "reactions"
    PRIVATE_CHAT = "privateChat"
    DELETE_CHAT_MESSAGE = "deleteChatMessage"
    EDIT_CHAT_MESSAGE = "editChatMessage"
    REPLY_CHAT_MESSAGE = "replyChatMessage"
    CHAT_MESSAGE_REACTIONS = "chatMessageReactions"
    CHAT_EMOJI_PICKER = "chatEmojiPicker"
    RAISE_HAND = "raiseHand"
    USER_REACTIONS = "userReactions"
    QUIZZES = "quizzes"
    PLUGINS = "plugins"
    PIN_CHAT_MESSAGE = "pinChatMessage"
    # @generated end feature-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Feature]:
        return cls(_bbbkit._feature(value)) if isinstance(value, str) else None


class GuestStatus(_StrEnum):
    """The guest status of a join (:attr:`Joined.guest_status`)."""

    ALLOW = "ALLOW"
    WAIT = "WAIT"
    DENY = "DENY"


class Parameter(NamedTuple):
    """One parameter of a call, as the core declares it: the one description that the
    keywords of :meth:`Server.join_url` (and of every other call's method), the type stubs and
    the other languages are derived from.

    >>> p = next(p for p in JOIN_PARAMETERS if p.name == "createTime")
    >>> p.field, p.type, p.required, p.rules
    ('create_time', 'integer', False, ('positive',))
    >>> JOIN_PARAMETERS[0]
    Parameter(name='meetingID', field='meeting_id', type='text', required=True, ...)
    """

    name: str
    """The name as the BBB API spells it: ``meetingID``, ``createTime``."""
    field: str
    """The keyword argument: ``meeting_id``, ``create_time``."""
    type: str
    """``text``, ``url`` (an absolute http(s) URL), ``boolean``, ``integer``, ``role``,
    ``layout``, ``guest_policy``, ``list``, ``features``, ``states``, ``text_track_kind``,
    ``meta``, ``groups``, ``plugin_manifests``, ``documents`` or ``json``."""
    required: bool
    """Whether the call needs it."""
    rules: Tuple[str, ...]
    """The codes of the rules its value must follow (:attr:`InvalidParameter.rule`)."""
    only_when_true: bool
    """A boolean sent only when true (``False`` is never sent)."""
    requires: Optional[str]
    """Another parameter (BBB name) without which this one is refused."""
    alternative: Optional[str]
    """Another parameter (BBB name) that may stand in for this required one."""
    doc: str
    """What it does, in one sentence."""
    requires_all: Tuple[str, ...] = ()
    """Every parameter (BBB names) without which this one is refused."""
    in_body: bool = False
    """Sent in the request's body, not in the signed query (``create``'s documents)."""


JOIN_PARAMETERS: Tuple[Parameter, ...] = tuple(Parameter(*p) for p in _bbbkit._JOIN_PARAMETERS)
"""Every typed parameter of the ``join`` call, in the order the URL carries them. The
``userdata`` and ``extra`` keywords of :meth:`Server.join_url` come after these."""


CALL_PARAMETERS: Mapping[str, Tuple[Parameter, ...]] = types.MappingProxyType(
    {
        call: tuple(Parameter(*p) for p in params)
        for call, params in _bbbkit._CALL_PARAMETERS.items()
    }
)
"""Every call bbbkit declares (``join`` first, then ``create``, …, ``hooks/list``) → its
parameters, in the order the URL carries them: a read-only mapping. The keywords of
:meth:`Server.create_url`, :meth:`Server.get_recordings_url`, … are their ``field`` names; the
names of :meth:`Server.prepare` are their ``name``.

>>> [p.field for p in CALL_PARAMETERS["getRecordings"]]
['meeting_id', 'record_id', 'state', 'meta', 'offset', 'limit']
"""


ANSWER_KINDS: Tuple[str, ...] = tuple(kind for kind, *_ in _bbbkit._ANSWER_KINDS)
"""The kinds of answer :func:`parse_answer` reads, one per call (``join``, ``create``,
``meeting-info``, ``recordings``, …), as the core and the command line's ``parse --kind`` spell
them. Each has its own function too: ``parse_meeting_info``, ``parse_recordings``, …"""
