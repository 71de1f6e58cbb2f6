"""bbbkit's exceptions.

Every exception bbbkit raises is a :class:`BbbError`:

- :class:`InvalidParameter` (also a :class:`ValueError`): input refused before signing; it
  names the parameter (in the BBB spelling) and the rule it broke.
- :class:`VerifyError` and its subclasses: an incoming signed query did not verify.
- :class:`ParseError` (also a :class:`ValueError`): bytes that are not a BBB response.
- :class:`ApiError` and its subclasses: the server answered ``FAILED``. Catch the subclass
  for the keys your application handles, or :class:`ApiError` for all of them.
- :class:`CallbackError` and its subclasses: something BBB supposedly sent back (a
  recording-ready callback, a webhook event, …) did not verify; answer its
  :attr:`CallbackError.http_status`.

The classes follow the core's names: an :class:`ApiError` subclass is the PascalCase of its
:attr:`ApiError.kind` (``meeting_not_found`` → :class:`MeetingNotFound`), a
:class:`VerifyError` or :class:`CallbackError` subclass the PascalCase of its ``code``
(``callback_signature`` → :class:`CallbackSignature`).

A wrong Python type raises :class:`TypeError`. No message ever contains the shared secret.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, ClassVar, Iterable, Mapping, NamedTuple, Optional, Sequence, Tuple

from . import _bbbkit
from ._types import Algorithm, JwtAlgorithm

__all__ = [
    "AlgorithmNotAllowed",
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
    "ChecksumDuplicate",
    "ChecksumError",
    "ChecksumLength",
    "ChecksumMalformed",
    "ChecksumMismatch",
    "ChecksumMissing",
    "CreateTimeMismatch",
    "GuestDenied",
    "InvalidParameter",
    "InvalidRequest",
    "MaxParticipantsReached",
    "MeetingEnded",
    "MeetingIdNotUnique",
    "MeetingNotFound",
    "ParseError",
    "RecordingNotFound",
    "UnknownApiError",
    "UserNotFound",
    "VerifyError",
]


class BbbError(Exception):
    """The base class of every bbbkit error."""


class InvalidParameter(BbbError, ValueError):
    """Input refused before anything was signed.

    >>> from bbbkit import Server
    >>> try:
    ...     Server("bbb.example.com", "secret").join_url("a,b", "Ada", "viewer")
    ... except InvalidParameter as e:
    ...     print(e.parameter, e.rule)
    ...     print(e)
    meetingID no_comma
    invalid parameter `meetingID`: must not contain a comma
    """

    parameter: str
    """The parameter as the BBB API spells it: ``meetingID``, ``userdata-foo``, ``secret``."""
    rule: str
    """The rule's code: ``required``, ``empty``, ``length``, ``no_comma``, ``one_of``, …, and
    ``utf8`` for a ``str`` that cannot be UTF-8 (a lone surrogate)."""

    def __init__(self, message: str, parameter: str, rule: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.rule = rule

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.parameter, self.rule))


class VerifyError(BbbError):
    """An incoming signed query did not verify. Subclasses tell why."""

    code: ClassVar[str] = "verify"
    """A stable code: ``checksum_missing``, ``checksum_mismatch``, …"""

    def __init__(self, message: str) -> None:
        super().__init__(message)


class ChecksumMissing(VerifyError):
    """The query has no ``checksum`` parameter, or an empty one."""

    code = "checksum_missing"


class ChecksumDuplicate(VerifyError):
    """The query carries more than one ``checksum`` parameter."""

    code = "checksum_duplicate"


class ChecksumMalformed(VerifyError):
    """The checksum is not hexadecimal."""

    code = "checksum_malformed"


class ChecksumLength(VerifyError):
    """No algorithm has a digest of this many hex digits."""

    code = "checksum_length"
    length: int
    """The number of hex digits found."""

    def __init__(self, message: str, length: int) -> None:
        super().__init__(message)
        self.length = length

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.length))


class AlgorithmNotAllowed(VerifyError):
    """The checksum's algorithm is not on the verifier's allow-list."""

    code = "algorithm_not_allowed"
    algorithm: Algorithm
    """The algorithm the checksum was made with."""

    def __init__(self, message: str, algorithm: Algorithm | str) -> None:
        super().__init__(message)
        self.algorithm = Algorithm(algorithm)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.algorithm.value))


class ChecksumMismatch(VerifyError):
    """The checksum does not match the call, the query and any of the secrets."""

    code = "checksum_mismatch"


class ParseError(BbbError, ValueError):
    """Bytes that could not be read as a BigBlueButton response."""

    code: str
    """A stable code: ``too_large``, ``invalid_utf8``, ``doctype``, ``malformed``,
    ``not_bbb``, ``missing_field``, ``invalid_field``, ``no_errors``, …"""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.code))


class _ApiErrorDetail(NamedTuple):
    key: str
    """The ``messageKey`` (or ``<key>`` in the multi-error form), as sent."""
    message: str
    """The human-readable message, as sent (may be empty)."""


class ApiErrorDetail(_ApiErrorDetail):
    """One error as the server reports it: a ``(key, message)`` pair, and its :attr:`kind`."""

    kind: str
    """What :attr:`key` means in the call answered, as :attr:`ApiError.kind`:
    ``meeting_not_found``, ``recording_not_found``, … Given without one, the kind of the key
    whatever the call."""

    def __new__(cls, key: str, message: str, kind: Optional[str] = None) -> "ApiErrorDetail":
        self = super().__new__(cls, key, message)
        self.kind = kind or _bbbkit._api_error_kind(key)
        return self

    def __getattr__(self, name: str) -> str:
        # A copy made without __new__ (``_replace``, ``_make``): the key's own kind.
        if name == "kind":
            return _bbbkit._api_error_kind(self.key)
        raise AttributeError(name)

    def __getnewargs__(self) -> Tuple[str, str, str]:  # type: ignore[override]
        return (self.key, self.message, self.kind)


class ApiError(BbbError):
    """The server answered ``FAILED``.

    :attr:`message_key` and :attr:`message` are those of the first error; :attr:`errors`
    holds all of them. Match on the class or on :attr:`message_key`, never on the message:
    servers word the same key differently.

    >>> from bbbkit import parse_join_response
    >>> try:
    ...     parse_join_response(b"<response><returncode>FAILED</returncode>"
    ...         b"<messageKey>checksumError</messageKey>"
    ...         b"<message>Checksums do not match</message></response>")
    ... except ChecksumError as e:
    ...     print(e.message_key, "/", e.message, "/", len(e.errors), "/", e.kind)
    checksumError / Checksums do not match / 1 / checksum_error
    """

    message_key: str
    """The first error's key, exactly as the server spells it (empty when it sent none)."""
    kind: str
    """What :attr:`message_key` means for the application, as the core classifies it:
    ``checksum_error``, ``meeting_ended``, ``meeting_not_found``,
    ``max_participants_reached``, ``guest_denied``, ``create_time_mismatch``,
    ``user_not_found``, ``meeting_id_not_unique``, ``api_not_enabled``, ``invalid_request``,
    ``recording_not_found`` or ``unknown_api_error``. It depends on the call: ``notFound``
    is ``recording_not_found`` in a publishRecordings, deleteRecordings or updateRecordings
    answer, ``meeting_not_found`` elsewhere. The exception's class is named after it."""
    message: str
    """The first error's message."""
    errors: Tuple[ApiErrorDetail, ...]
    """Every error, in the order the server sent them."""
    details: Mapping[str, str]
    """The other values of the ``FAILED`` answer, a read-only mapping in document order:
    a failed putRecordingTextTrack keeps its ``recordId`` here. Usually empty.

    >>> from bbbkit import parse_put_text_track
    >>> try:
    ...     parse_put_text_track(b'{"response":{"returncode":"FAILED",'
    ...         b'"messageKey":"upload_text_track_failed","message":"Text track upload failed.",'
    ...         b'"recordId":"r-1"}}')
    ... except ApiError as e:
    ...     print(e.details["recordId"], dict(e.details))
    r-1 {'recordId': 'r-1'}
    """

    def __init__(
        self,
        message_key: str,
        message: str,
        errors: Sequence[ApiErrorDetail] = (),
        details: Iterable[Tuple[str, str]] = (),
        kind: Optional[str] = None,
    ) -> None:
        super().__init__(message_key, message)
        self.message_key = message_key
        self.kind = kind or _bbbkit._api_error_kind(message_key)
        self.message = message
        self.errors = tuple(e if isinstance(e, ApiErrorDetail) else ApiErrorDetail(*e) for e in errors)
        pairs: dict = {}
        for name, value in details:
            pairs.setdefault(name, value)
        self.details = MappingProxyType(pairs)

    def __str__(self) -> str:
        return f"BigBlueButton answered FAILED: {self.message_key}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message_key={self.message_key!r}, message={self.message!r})"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (
            type(self),
            (self.message_key, self.message, self.errors, tuple(self.details.items()), self.kind),
        )


class ChecksumError(ApiError):
    """``checksumError``: the server computed another checksum (wrong secret or algorithm,
    or the URL was re-encoded on the way)."""


class MeetingNotFound(ApiError):
    """``notFound`` or ``invalidMeetingIdentifier``: no meeting with that ID."""


class MeetingEnded(ApiError):
    """``meetingForciblyEnded``: the meeting was ended. A join reports this for an unknown
    meeting too: create the meeting, then join."""


class MaxParticipantsReached(ApiError):
    """``maxParticipantsReached``: the meeting is full."""


class GuestDenied(ApiError):
    """``guestDeniedAccess``: the guest policy or a moderator denied the user."""


class CreateTimeMismatch(ApiError):
    """``mismatchCreateTimeParam``: the meeting was created again since the URL was made."""


class UserNotFound(ApiError):
    """``userNotFound``: an unknown ``existingUserID``."""


class MeetingIdNotUnique(ApiError):
    """``idNotUnique``: ``create`` with a meeting ID in use with other settings."""


class ApiNotEnabled(ApiError):
    """``apiNotEnabled``: the API is switched off on the server."""


class InvalidRequest(ApiError):
    """The server refused the request's parameters: ``missingParamMeetingID``,
    ``missingParamFullName``, ``sizeError``, ``validationError``, ``invalidPassword``,
    ``Params required``, ``unsupportedContentType``."""


class RecordingNotFound(ApiError):
    """``notFound`` on publishRecordings, deleteRecordings or updateRecordings: no recording
    has the IDs given."""


class UnknownApiError(ApiError):
    """Any other key, kept as the server sent it (possibly empty)."""


class CallbackError(BbbError):
    """A callback BBB supposedly sent (recording ready, analytics, webhook, end of meeting)
    did not verify: answer :attr:`http_status`, and do not act on it. Subclasses tell why.

    >>> from bbbkit import CallbackVerifier
    >>> try:
    ...     CallbackVerifier("secret").recording_ready(b"")  # an empty POST
    ... except CallbackError as e:
    ...     print(type(e).__name__, e.code, e.http_status)
    CallbackMissing callback_missing 401
    """

    code: str = "callback"
    """A stable code: ``callback_signature``, ``callback_expired``, …; the class is named
    after it."""
    http_status: int
    """The HTTP status to answer, as the core decides: 401 (bbb-webhooks stops retrying on
    it; any other error status makes it retry, then delete the hook)."""

    def __init__(self, message: str, http_status: int = 401) -> None:
        super().__init__(message)
        self.http_status = http_status

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.http_status), self.__dict__)


class CallbackMalformed(CallbackError):
    """The body, token, header or URL is not of the expected form (the message says what)."""

    code = "callback_malformed"


class CallbackTooLarge(CallbackError):
    """The body or token is larger than the verifier's ``max_size``."""

    code = "callback_too_large"
    limit: int
    """The limit, in bytes."""

    def __init__(self, message: str, limit: int, http_status: int = 401) -> None:
        super().__init__(message, http_status)
        self.limit = limit

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.limit, self.http_status))


class CallbackMissing(CallbackError):
    """There is nothing to check: no token, no ``signed_parameters``, no ``Authorization``
    header or no ``checksum``."""

    code = "callback_missing"


class CallbackAlgorithmNone(CallbackError):
    """The token is unsigned (``alg: none``): never accepted."""

    code = "callback_algorithm_none"


class CallbackAlgorithmUnsupported(CallbackError):
    """The token's algorithm is not HS256, HS384 or HS512."""

    code = "callback_algorithm_unsupported"


class CallbackAlgorithmNotAllowed(CallbackError):
    """The token's algorithm is not allowed (see :class:`CallbackVerifier`'s ``allow``)."""

    code = "callback_algorithm_not_allowed"
    algorithm: JwtAlgorithm
    """The algorithm the token was signed with."""

    def __init__(
        self, message: str, algorithm: JwtAlgorithm | str, http_status: int = 401
    ) -> None:
        super().__init__(message, http_status)
        self.algorithm = JwtAlgorithm(algorithm)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.algorithm.value, self.http_status))


class CallbackChecksumLength(CallbackError):
    """The webhook checksum's length matches no algorithm (40, 64, 96 or 128 hex digits)."""

    code = "callback_checksum_length"
    length: int
    """The number of characters found."""

    def __init__(self, message: str, length: int, http_status: int = 401) -> None:
        super().__init__(message, http_status)
        self.length = length

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.length, self.http_status))


class CallbackSignature(CallbackError):
    """The signature, checksum or bearer secret matches none of the secrets: a forgery, a
    tampered body, or a wrong secret (behind Scalelite: the Scalelite or tenant secret)."""

    code = "callback_signature"


class CallbackExpired(CallbackError):
    """The token's ``exp`` (or an end callback URL's expiry) has passed."""

    code = "callback_expired"
    expires_at: int
    """The expiry, in seconds since the epoch."""

    def __init__(self, message: str, expires_at: int, http_status: int = 401) -> None:
        super().__init__(message, http_status)
        self.expires_at = expires_at

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.expires_at, self.http_status))


class CallbackNotYetValid(CallbackError):
    """The token's ``nbf`` has not come yet."""

    code = "callback_not_yet_valid"
    not_before: int
    """The ``nbf`` claim, in seconds since the epoch."""

    def __init__(self, message: str, not_before: int, http_status: int = 401) -> None:
        super().__init__(message, http_status)
        self.not_before = not_before

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.not_before, self.http_status))


class CallbackMissingClaim(CallbackError):
    """A claim or field the callback must carry is missing or of the wrong type
    (``record_id``, ``exp``, ``event``, …)."""

    code = "callback_missing_claim"
    claim: str
    """The claim or field: ``meeting_id``, ``record_id``, ``exp``, ``event``, ``timestamp``,
    ``domain``, ``meetingID``, …"""

    def __init__(self, message: str, claim: str, http_status: int = 401) -> None:
        super().__init__(message, http_status)
        self.claim = claim

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self), self.claim, self.http_status))


class CallbackReplayableChecksum(CallbackError):
    """The webhook carries bbb-webhooks 3.0–3.3's constant checksum, which does not cover the
    body and can be replayed by anyone who saw one callback. Upgrade bbb-webhooks to 3.4+, or
    pass ``accept_replayable_v3_0_checksum=True`` to :meth:`CallbackVerifier.webhook`."""

    code = "callback_replayable_checksum"
