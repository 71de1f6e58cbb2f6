"""Type stubs for the native module ``bbbkit._bbbkit``. Import from ``bbbkit`` instead."""

from typing import (
    Any,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
    final,
    overload,
)

from ._errors import ApiError
from ._types import Algorithm, GuestStatus, JwtAlgorithm, Layout, Role

__version__: str
_JOIN_PARAMETERS: Tuple[
    Tuple[str, str, str, bool, Tuple[str, ...], bool, Optional[str], Optional[str], str], ...
]
_ROLES: Tuple[str, ...]
_LAYOUTS: Tuple[str, ...]
_ALGORITHMS: Tuple[str, ...]
_API_ERROR_KINDS: Tuple[str, ...]
_VERIFY_ERROR_CODES: Tuple[str, ...]
_JWT_ALGORITHMS: Tuple[str, ...]
_CALLBACK_ERROR_CODES: Tuple[str, ...]

__all__ = [
    "AnalyticsToken",
    "CallbackVerifier",
    "Created",
    "Element",
    "EndCallback",
    "Joined",
    "RecordingReady",
    "Response",
    "Server",
    "Verified",
    "Verifier",
    "WebhookEvent",
    "WebhookPost",
    "_ALGORITHMS",
    "_API_ERROR_KINDS",
    "_CALLBACK_ERROR_CODES",
    "_JOIN_PARAMETERS",
    "_JWT_ALGORITHMS",
    "_LAYOUTS",
    "_ROLES",
    "_VERIFY_ERROR_CODES",
    "__version__",
    "_algorithm",
    "_api_error_kind",
    "_jwt_algorithm",
    "_layout",
    "_role",
    "checksum",
    "effective_auth",
    "parse_create_response",
    "parse_error_redirect",
    "parse_join_response",
    "parse_response",
]

_T = TypeVar("_T")

_Params = Union[Mapping[str, str], Iterable[Tuple[str, str]]]
"""Name/value pairs: a mapping (its insertion order is kept) or an iterable of pairs."""

_Data = Union[bytes, bytearray, str]
"""A response body: the bytes as received, or the text."""

@final
class Server:
    """A BigBlueButton server: its API base URL, its shared secret and the checksum algorithm.

    Create one at start-up and share it: it is immutable and safe to use from any thread.
    Its ``repr`` never shows the secret.

    ``url`` may be any of the forms people paste: ``host``, ``https://host``,
    ``https://host/bigbluebutton``, ``https://host/bigbluebutton/api/``, or a custom prefix.
    Raises :class:`InvalidParameter` for a bad ``url`` or an empty ``secret``.
    """

    def __new__(
        cls, url: str, secret: str, algorithm: Union[Algorithm, str, None] = ...
    ) -> "Server": ...
    @property
    def base_url(self) -> str:
        """The normalised API base URL, ending in ``/``."""
    @property
    def algorithm(self) -> Algorithm:
        """The algorithm used for signing."""
    def join_url(
        self,
        # BEGIN GENERATED join-url-parameters (tools/gen_stubs.py, from the core): do not edit
        meeting_id: str,
        full_name: str,
        role: Union[Role, str, None] = None,
        *,
        password: Optional[str] = None,
        create_time: Optional[int] = None,
        user_id: Optional[str] = None,
        first_name: Optional[str] = None,
        last_name: Optional[str] = None,
        avatar_url: Optional[str] = None,
        webcam_background_url: Optional[str] = None,
        redirect: Optional[bool] = None,
        error_redirect_url: Optional[str] = None,
        logout_url: Optional[str] = None,
        guest: Optional[bool] = None,
        auth: Optional[bool] = None,
        bot: Optional[bool] = None,
        exclude_from_dashboard: Optional[bool] = None,
        enforce_layout: Union[Layout, str, None] = None,
        default_layout: Union[Layout, str, None] = None,
        existing_user_id: Optional[str] = None,
        session_name: Optional[str] = None,
        replace_session_token: Optional[str] = None,
        userdata: Optional[_Params] = None,
        extra: Optional[_Params] = None,
        # END GENERATED join-url-parameters
    ) -> str:
        """The signed URL of a ``join`` call.

        Every join parameter is a keyword argument named after its ``field`` in
        :data:`bbbkit.JOIN_PARAMETERS` (``create_time`` → ``createTime``, ``user_id`` →
        ``userID``, …); leave one out, or pass ``None``, to not send it.
        ``userdata`` keys come without the ``userdata-`` prefix; ``extra`` holds parameters
        newer than bbbkit. ``guest=False`` is never sent; ``redirect=False`` asks the server
        for an XML answer (see :func:`parse_join_response`).

        Raises :class:`InvalidParameter` for the first parameter, in emission order, that
        breaks a rule, and :class:`TypeError` for a wrong Python type.
        """
    def api_url(self, call: str, params: Optional[_Params] = None) -> str:
        """The signed URL of any API call, with the parameters in the given order."""
    def checksum(self, call: str, query: str) -> str:
        """The checksum of ``call`` with a query you built yourself (exactly as sent, without
        ``?`` and ``checksum``), with this server's secret and algorithm."""
    def verify(self, call: str, query: str) -> "Verified":
        """Verifies a signed query for ``call`` against this server's secret, with any of the
        four algorithms. Raises a :class:`VerifyError` subclass when it does not verify."""
    def verify_url(self, url: str) -> "Verified":
        """Verifies a full signed URL (``…/api/CALL?query``), taking the call from the path."""

@final
class Verifier:
    """Verifies signed queries against one or more secrets, with an allow-list of algorithms.

    Several secrets allow rotation: sign with the new one while still accepting the old.
    ``allowed`` defaults to all four algorithms.
    """

    def __new__(
        cls,
        secrets: Iterable[str],
        allowed: Optional[Iterable[Union[Algorithm, str]]] = None,
    ) -> "Verifier": ...
    @property
    def allowed(self) -> List[Algorithm]:
        """The algorithms accepted."""
    def verify(self, call: str, query: str) -> "Verified":
        """Verifies the query of a ``call`` (with or without a leading ``?``)."""
    def verify_url(self, url: str) -> "Verified":
        """Verifies a full signed URL (``…/api/CALL?query``)."""

@final
class Verified:
    """A query that verified. Act only on :meth:`params`: exactly what the checksum covers."""

    @property
    def algorithm(self) -> Algorithm:
        """The algorithm the checksum was made with."""
    @property
    def key_index(self) -> int:
        """The index, in the verifier's list, of the secret that matched (0 for a Server)."""
    @property
    def call(self) -> str:
        """The call that was verified."""
    @property
    def query(self) -> str:
        """The signed query, exactly as received, without ``?`` and without the checksum."""
    def params(self) -> List[Tuple[str, str]]:
        """The signed parameters, decoded, in order, as ``(name, value)`` pairs."""

@final
class Joined:
    """A successful ``join`` with ``redirect=False``. Immutable.

    Open :attr:`url` in the user's browser with the ``JSESSIONID`` cookie of the join
    response. Its ``repr`` shows ``[redacted]`` for :attr:`auth_token` and
    :attr:`session_token`, and :attr:`url` with the session token replaced by ``[redacted]``;
    the attributes hold the values.
    """

    @property
    def meeting_id(self) -> str:
        """The *internal* meeting ID."""
    @property
    def user_id(self) -> str:
        """The user's internal ID."""
    @property
    def auth_token(self) -> str:
        """The auth token."""
    @property
    def session_token(self) -> str:
        """The session token."""
    @property
    def guest_status(self) -> Union[GuestStatus, str]:
        """``GuestStatus.ALLOW`` or ``GuestStatus.WAIT`` (``DENY``, or the string as sent for
        a status bbbkit does not know)."""
    @property
    def url(self) -> str:
        """The client URL to open, entities decoded."""
    @property
    def message_key(self) -> str:
        """``successfullyJoined``, or ``guestWait`` on 2.6/2.7."""
    @property
    def message(self) -> str:
        """The human message."""
    @property
    def is_waiting(self) -> bool:
        """Whether the user waits for a moderator's approval."""

@final
class Created:
    """A successful ``create``. Immutable.

    Its ``repr`` shows ``[redacted]`` for the passwords; the attributes hold the values.
    """

    @property
    def meeting_id(self) -> str:
        """``meetingID``, the application's ID."""
    @property
    def internal_meeting_id(self) -> str:
        """``internalMeetingID``."""
    @property
    def parent_meeting_id(self) -> Optional[str]:
        """``parentMeetingID`` (``bbb-none`` for a meeting that is not a breakout room)."""
    @property
    def attendee_pw(self) -> Optional[str]:
        """``attendeePW`` (deprecated)."""
    @property
    def moderator_pw(self) -> Optional[str]:
        """``moderatorPW`` (deprecated)."""
    @property
    def create_time(self) -> int:
        """``createTime``, epoch milliseconds: pass it to ``join_url(create_time=...)``."""
    @property
    def voice_bridge(self) -> Optional[str]:
        """``voiceBridge``, kept as text."""
    @property
    def dial_number(self) -> Optional[str]:
        """``dialNumber``."""
    @property
    def create_date(self) -> Optional[str]:
        """``createDate``, as the server formats it."""
    @property
    def has_user_joined(self) -> bool:
        """``hasUserJoined``."""
    @property
    def duration(self) -> Optional[int]:
        """``duration`` in minutes (0: unlimited)."""
    @property
    def has_been_forcibly_ended(self) -> bool:
        """``hasBeenForciblyEnded``."""
    @property
    def message_key(self) -> Optional[str]:
        """``messageKey``, when non-empty."""
    @property
    def message(self) -> Optional[str]:
        """``message``, when non-empty."""
    @property
    def duplicate_warning(self) -> bool:
        """The meeting already existed with the same settings (``duplicateWarning``)."""

@final
class Element:
    """One XML element of a response: its name, its attributes, its text and its children.
    Immutable.

    Elements share the parsed tree: reading one never copies it, and the same element is the
    same object each time (``r.element("x") is r.element("x")``).
    """

    @property
    def name(self) -> str:
        """The element's name."""
    @property
    def attributes(self) -> Mapping[str, str]:
        """The attributes, values decoded, in document order: a read-only mapping."""
    def attribute(self, name: str) -> Optional[str]:
        """The value of the attribute with this name, or ``None``."""
    @property
    def text(self) -> str:
        """The decoded text of a leaf element (empty for one with children)."""
    @property
    def children(self) -> Tuple["Element", ...]:
        """The child elements, in document order: a tuple, the same one at every access."""
    def child(self, name: str) -> Optional["Element"]:
        """The first child with this name, or ``None``."""
    def child_text(self, name: str) -> Optional[str]:
        """The text of the first child with this name, or ``None``."""
    def __len__(self) -> int: ...

@final
class Response:
    """A ``SUCCESS`` response of any call: the envelope plus every element. Immutable."""

    @property
    def message_key(self) -> Optional[str]:
        """``messageKey``, when present and non-empty (warnings such as ``duplicateWarning``)."""
    @property
    def message(self) -> Optional[str]:
        """``message``, when present and non-empty."""
    @property
    def root(self) -> Element:
        """The ``<response>`` element itself, with every child."""
    @overload
    def get(self, name: str) -> Optional[str]: ...
    @overload
    def get(self, name: str, default: _T) -> Union[str, _T]: ...
    def element(self, name: str) -> Optional[Element]:
        """The first top-level element with this name, or ``None``."""
    def __getitem__(self, name: str, /) -> str: ...
    def __contains__(self, name: object, /) -> bool: ...

def checksum(
    call: str, query: str, secret: str, algorithm: Union[Algorithm, str, None] = ...
) -> str:
    """The checksum BigBlueButton expects: the lowercase hex digest of
    ``call + query + secret``. ``query`` must be the exact bytes you send, without ``?`` and
    without ``checksum``."""

def effective_auth(*, guest: bool = False, auth: Optional[bool] = None) -> bool:
    """Whether BBB will treat a user joining with these ``guest`` and ``auth`` values as
    authenticated: ``auth`` when given, else ``not guest``."""

def parse_join_response(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Joined:
    """Parses the answer to a ``join`` with ``redirect=False``.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED``, and
    :class:`ParseError` when ``data`` is not a BBB join response.
    """

def parse_create_response(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Created:
    """Parses the answer to a ``create``. Raises as :func:`parse_join_response`."""

def parse_response(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Response:
    """Parses the answer to any call into the generic envelope. Raises as
    :func:`parse_join_response`."""

def parse_error_redirect(location: str) -> ApiError:
    """Reads the errors of a ``Location`` the server redirected to (``BASE?errors=<JSON>``).

    Returns (does not raise) the :class:`ApiError` subclass for the first error's key.
    Raises :class:`ParseError` when the location has no readable errors.
    """

@final
class CallbackVerifier:
    """Verifies what a BigBlueButton server sends back: recording-ready callbacks, learning
    analytics callbacks, bbb-webhooks events, and end-meeting callbacks (through a token
    bbbkit adds to the URL).

    ``secrets`` is one secret or a list of them, tried in order (rotation, or a Scalelite
    tenant's secrets). ``allow`` restricts the JWT algorithms (by default HS256 for
    recording-ready callbacks and HS512 for analytics ones, what BBB sends); ``now`` (seconds
    since the epoch) replaces the clock for ``exp`` and ``nbf``; ``max_size`` (bytes)
    replaces the default size limit of 1 MiB. Its ``repr`` never shows the secrets.

    Every method raises a :class:`CallbackError` subclass when the callback does not verify;
    answer ``e.http_status`` (401).
    """

    def __new__(
        cls,
        secrets: Union[str, Iterable[str]],
        *,
        allow: Optional[Iterable[Union[JwtAlgorithm, str]]] = None,
        now: Optional[int] = None,
        max_size: Optional[int] = None,
    ) -> "CallbackVerifier": ...
    def recording_ready(self, body: _Data) -> "RecordingReady":
        """Verifies a recording-ready callback (``meta_bbb-recording-ready-url``): ``body`` is
        the POST body as received (``request.body``). BBB sends one callback per playback
        format with the same token: act idempotently on :attr:`RecordingReady.record_id`."""
    def analytics(self, authorization: Optional[str]) -> "AnalyticsToken":
        """Verifies a learning-analytics callback's ``Authorization`` header (``Bearer <JWT>``,
        HS512 by default, with an ``exp`` that has not passed). ``None`` counts as a missing
        header. The JSON body is **not** covered by the token: treat it as unauthenticated."""
    def webhook(
        self,
        callback_url: str,
        body: _Data,
        *,
        accept_v2: bool = False,
        accept_replayable_v3_0_checksum: bool = False,
    ) -> "WebhookPost":
        """Verifies a bbb-webhooks event POST signed with a checksum: ``callback_url`` is the
        registered callback URL followed by the request's ``checksum`` parameter, ``body`` the
        raw request body. Only bbb-webhooks 3.4+ unless ``accept_v2`` (2.x) or
        ``accept_replayable_v3_0_checksum`` (3.0–3.3, replayable) says otherwise."""
    def webhook_bearer(self, authorization: Optional[str], body: _Data) -> "WebhookPost":
        """Verifies a bbb-webhooks event POST in bearer mode (``Authorization: Bearer
        <secret>``; ``None`` counts as a missing header)."""
    def end_callback_url(self, url: str, meeting_id: str, expires_at: int) -> str:
        """The end-meeting callback URL to give ``create`` as ``meta_endCallbackUrl``, with a
        token bbbkit adds. Raises :class:`InvalidParameter` for a bad ``url`` or an empty
        ``meeting_id``."""
    def end_callback(self, url: str) -> "EndCallback":
        """Verifies an end-meeting callback made from :meth:`end_callback_url` (the full
        request URL)."""

@final
class RecordingReady:
    """A recording-ready callback that verified. Immutable."""

    @property
    def meeting_id(self) -> str:
        """The external meeting ID (the ``meetingID`` of ``create``)."""
    @property
    def record_id(self) -> str:
        """The record ID: the internal meeting ID of the recorded session."""
    @property
    def other_claims(self) -> Dict[str, Any]:
        """Every other claim of the token, decoded from JSON, in the token's order. A new
        ``dict`` at each access."""
    @property
    def algorithm(self) -> JwtAlgorithm:
        """The algorithm the token was signed with."""
    @property
    def key_index(self) -> int:
        """The index, in the verifier's list, of the secret that matched."""

@final
class AnalyticsToken:
    """A learning-analytics bearer token that verified. Immutable. The request body is
    **not** covered by it."""

    @property
    def expires_at(self) -> int:
        """The token's expiry, in seconds since the epoch."""
    @property
    def algorithm(self) -> JwtAlgorithm:
        """The algorithm the token was signed with."""
    @property
    def key_index(self) -> int:
        """The index, in the verifier's list, of the secret that matched."""

@final
class WebhookEvent:
    """One bbb-webhooks event. Immutable."""

    @property
    def id(self) -> str:
        """The event's id (``meeting-ended``, ``user-joined``, …)."""
    @property
    def internal_meeting_id(self) -> Optional[str]:
        """The internal meeting ID, if the event has one."""
    @property
    def external_meeting_id(self) -> Optional[str]:
        """The external meeting ID (the ``meetingID`` of ``create``), if the event has one."""
    @property
    def timestamp(self) -> Optional[int]:
        """When the event happened, in milliseconds since the epoch, if the event says."""
    @property
    def raw(self) -> Any:
        """The whole event, decoded from JSON (a ``dict`` for every event BBB sends). A new
        object at each access."""
    @property
    def raw_json(self) -> str:
        """The whole event as JSON text."""

@final
class WebhookPost:
    """A bbb-webhooks POST that verified. Immutable."""

    @property
    def domain(self) -> str:
        """The ``domain`` field: the BBB server's domain."""
    @property
    def timestamp(self) -> int:
        """The ``timestamp`` field, in milliseconds since the epoch."""
    @property
    def events(self) -> Tuple[WebhookEvent, ...]:
        """The events of the POST, in order."""
    @property
    def scheme(self) -> str:
        """The scheme that matched: ``"v3.4"``, ``"v2"``, ``"v3.0-constant"`` or
        ``"bearer"``."""
    @property
    def algorithm(self) -> Optional[Algorithm]:
        """The checksum's algorithm (``None`` for a bearer request)."""
    @property
    def key_index(self) -> int:
        """The index, in the verifier's list, of the secret that matched."""

@final
class EndCallback:
    """An end-meeting callback whose bbbkit token verified. Immutable."""

    @property
    def meeting_id(self) -> str:
        """The meeting the URL was signed for (the external meeting ID)."""
    @property
    def recording_marks(self) -> bool:
        """``recordingmarks``: whether recording was switched on at some point."""
    @property
    def key_index(self) -> int:
        """The index, in the verifier's list, of the key that matched."""

def _role(value: str) -> str: ...
def _layout(value: str) -> str: ...
def _algorithm(value: str) -> str: ...
def _api_error_kind(key: str) -> str: ...
def _jwt_algorithm(value: str) -> str: ...
