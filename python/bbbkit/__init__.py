"""bbbkit: signed BigBlueButton API URLs, checksum verification and response parsing.

A thin layer over a Rust core that every bbbkit language shares, so a URL built here is the
same, byte for byte, as one built in Kotlin, PHP or C. bbbkit never opens a socket: your HTTP
client sends the URL, bbbkit makes sense of the bytes that come back.

>>> import bbbkit
>>> server = bbbkit.Server("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
>>> url = server.join_url("physics-101", "Marie Curie", "moderator", create_time=1715261728123)
>>> url.startswith("https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101&")
True
"""

from __future__ import annotations

from ._bbbkit import (
    AnalyticsToken,
    CallbackVerifier,
    Created,
    Element,
    EndCallback,
    Joined,
    RecordingReady,
    Response,
    Server,
    Verified,
    Verifier,
    WebhookEvent,
    WebhookPost,
    __version__,
    checksum,
    effective_auth,
    parse_create_response,
    parse_error_redirect,
    parse_join_response,
    parse_response,
)
from ._errors import (
    AlgorithmNotAllowed,
    ApiError,
    ApiErrorDetail,
    ApiNotEnabled,
    BbbError,
    CallbackAlgorithmNone,
    CallbackAlgorithmNotAllowed,
    CallbackAlgorithmUnsupported,
    CallbackChecksumLength,
    CallbackError,
    CallbackExpired,
    CallbackMalformed,
    CallbackMissing,
    CallbackMissingClaim,
    CallbackNotYetValid,
    CallbackReplayableChecksum,
    CallbackSignature,
    CallbackTooLarge,
    ChecksumDuplicate,
    ChecksumError,
    ChecksumLength,
    ChecksumMalformed,
    ChecksumMismatch,
    ChecksumMissing,
    CreateTimeMismatch,
    GuestDenied,
    InvalidParameter,
    InvalidRequest,
    MaxParticipantsReached,
    MeetingEnded,
    MeetingIdNotUnique,
    MeetingNotFound,
    ParseError,
    UnknownApiError,
    UserNotFound,
    VerifyError,
)
from ._types import (
    JOIN_PARAMETERS,
    Algorithm,
    GuestStatus,
    JwtAlgorithm,
    Layout,
    Parameter,
    Role,
)

__all__ = [
    "JOIN_PARAMETERS",
    "Algorithm",
    "AlgorithmNotAllowed",
    "AnalyticsToken",
    "ApiError",
    "ApiErrorDetail",
    "ApiNotEnabled",
    "BbbError",
    "CallbackAlgorithmNone",
    "CallbackAlgorithmNotAllowed",
    "CallbackAlgorithmUnsupported",
    "CallbackChecksumLength",
    "CallbackError",
    "CallbackExpired",
    "CallbackMalformed",
    "CallbackMissing",
    "CallbackMissingClaim",
    "CallbackNotYetValid",
    "CallbackReplayableChecksum",
    "CallbackSignature",
    "CallbackTooLarge",
    "CallbackVerifier",
    "ChecksumDuplicate",
    "ChecksumError",
    "ChecksumLength",
    "ChecksumMalformed",
    "ChecksumMismatch",
    "ChecksumMissing",
    "CreateTimeMismatch",
    "Created",
    "Element",
    "EndCallback",
    "GuestDenied",
    "GuestStatus",
    "InvalidParameter",
    "InvalidRequest",
    "Joined",
    "JwtAlgorithm",
    "Layout",
    "MaxParticipantsReached",
    "MeetingEnded",
    "MeetingIdNotUnique",
    "MeetingNotFound",
    "Parameter",
    "ParseError",
    "RecordingReady",
    "Response",
    "Role",
    "Server",
    "UnknownApiError",
    "UserNotFound",
    "Verified",
    "Verifier",
    "VerifyError",
    "WebhookEvent",
    "WebhookPost",
    "__version__",
    "checksum",
    "effective_auth",
    "parse_create_response",
    "parse_error_redirect",
    "parse_join_response",
    "parse_response",
]


def _present_as_bbbkit() -> None:
    """Shows the public classes as ``bbbkit.X`` (in tracebacks, reprs and pickles)."""
    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and obj.__module__.startswith("bbbkit._"):
            obj.__module__ = __name__


_present_as_bbbkit()
