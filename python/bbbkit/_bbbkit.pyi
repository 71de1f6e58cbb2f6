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
from ._types import (
    Algorithm,
    Feature,
    GuestPolicy,
    GuestStatus,
    JwtAlgorithm,
    Layout,
    RecordingState,
    Role,
    TextTrackKind,
)

__version__: str
_ParamTuple = Tuple[
    str, str, str, bool, Tuple[str, ...], bool, Optional[str], Optional[str], str, Tuple[str, ...], bool
]
"""One parameter as `bbbkit.Parameter` wraps it (the order of its fields)."""
_JOIN_PARAMETERS: Tuple[_ParamTuple, ...]
_ROLES: Tuple[str, ...]
_LAYOUTS: Tuple[str, ...]
_ALGORITHMS: Tuple[str, ...]
_API_ERROR_KINDS: Tuple[str, ...]
_VERIFY_ERROR_CODES: Tuple[str, ...]
_JWT_ALGORITHMS: Tuple[str, ...]
_CALLBACK_ERROR_CODES: Tuple[str, ...]
_CALL_PARAMETERS: Dict[str, Tuple[_ParamTuple, ...]]
_GUEST_POLICIES: Tuple[str, ...]
_RECORDING_STATES: Tuple[str, ...]
_TEXT_TRACK_KINDS: Tuple[str, ...]
_FEATURES: Tuple[str, ...]
_ANSWER_KINDS: Tuple[Tuple[str, str, str, str], ...]
_ANSWER_CLASSES: Dict[str, Tuple[Tuple[str, str, str], ...]]

__all__ = [
    "AnalyticsToken",
    "CallbackVerifier",
    "Created",
    "Document",
    "Element",
    "EndCallback",
    "Group",
    "Joined",
    "PluginManifest",
    "PreparedRequest",
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
    "_CALL_PARAMETERS",
    "_FEATURES",
    "_GUEST_POLICIES",
    "_JOIN_PARAMETERS",
    "_JWT_ALGORITHMS",
    "_LAYOUTS",
    "_RECORDING_STATES",
    "_ROLES",
    "_TEXT_TRACK_KINDS",
    "_VERIFY_ERROR_CODES",
    "__version__",
    "_algorithm",
    "_api_error_kind",
    "_feature",
    "_guest_policy",
    "_jwt_algorithm",
    "_layout",
    "_recording_state",
    "_role",
    "_text_track_kind",
    "checksum",
    "effective_auth",
    "parse_create_response",
    "parse_error_redirect",
    "parse_join_response",
    "parse_answer",
    "parse_response",
    "_ANSWER_CLASSES",
    "_ANSWER_KINDS",
    # @generated begin answer-all (tools/gen_stubs.py, from the core): do not edit
    "Acknowledged",
    "Attendee",
    "Created",
    "DataFormat",
    "Hook",
    "HookCreated",
    "HookDestroyed",
    "Hooks",
    "Joined",
    "MeetingInfo",
    "MeetingRunning",
    "Meetings",
    "Pagination",
    "PlaybackFormat",
    "PreviewImage",
    "Recording",
    "RecordingBreakout",
    "Recordings",
    "RecordingsDeleted",
    "RecordingsPublished",
    "RecordingsUpdated",
    "TextTrack",
    "TextTrackUploaded",
    "TextTracks",
    "parse_create_response",
    "parse_delete_recordings",
    "parse_end",
    "parse_hook_create",
    "parse_hook_destroy",
    "parse_hooks",
    "parse_insert_document",
    "parse_is_meeting_running",
    "parse_join_response",
    "parse_meeting_info",
    "parse_meetings",
    "parse_publish_recordings",
    "parse_put_text_track",
    "parse_recordings",
    "parse_send_chat_message",
    "parse_text_tracks",
    "parse_update_recordings",
    # @generated end answer-all
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
        # @generated begin join-url-parameters (tools/gen_stubs.py, from the core): do not edit
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
        # @generated end join-url-parameters
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
    def prepare(
        self,
        call: str,
        params: Optional[_Params] = None,
        *,
        extra: Optional[_Params] = None,
        **named: str,
    ) -> "PreparedRequest":
        """Method, signed URL and body of any call bbbkit declares (:data:`CALL_PARAMETERS`),
        its parameters named and written as in the BBB API (``str`` values: ``true``/``false``,
        lists comma-separated, ``meta_<name>``, JSON for ``groups``, ``pluginManifests`` and
        ``document``, ``newer:NAME`` for a newer feature). ``params`` (a mapping or pairs) is
        set in order, then the keywords; ``extra`` (a mapping or pairs) adds parameters newer
        than bbbkit after them, never read as declared ones (a name that shadows one is refused,
        rule ``reserved``). Raises :class:`InvalidParameter` for an unknown call,
        a declared parameter given twice (rule ``duplicate``: BBB reads the first value), or a
        value the server would reject."""
    # @generated begin call-methods (tools/gen_stubs.py, from the core): do not edit
    def create_url(
        self,
        meeting_id: str,
        name: str,
        *,
        attendee_pw: Optional[str] = None,
        moderator_pw: Optional[str] = None,
        welcome: Optional[str] = None,
        moderator_only_message: Optional[str] = None,
        dial_number: Optional[str] = None,
        voice_bridge: Optional[str] = None,
        web_voice: Optional[str] = None,
        max_participants: Optional[int] = None,
        logout_url: Optional[str] = None,
        login_url: Optional[str] = None,
        record: Optional[bool] = None,
        duration: Optional[int] = None,
        auto_start_recording: Optional[bool] = None,
        allow_start_stop_recording: Optional[bool] = None,
        record_full_duration_media: Optional[bool] = None,
        meta: Optional[_Params] = None,
        meeting_ended_url: Optional[str] = None,
        is_breakout: Optional[bool] = None,
        parent_meeting_id: Optional[str] = None,
        sequence: Optional[int] = None,
        free_join: Optional[bool] = None,
        breakout_rooms_capture_slides: Optional[bool] = None,
        breakout_rooms_capture_notes: Optional[bool] = None,
        breakout_rooms_capture_slides_filename: Optional[str] = None,
        breakout_rooms_capture_notes_filename: Optional[str] = None,
        breakout_rooms_enabled: Optional[bool] = None,
        breakout_rooms_record: Optional[bool] = None,
        breakout_rooms_private_chat_enabled: Optional[bool] = None,
        webcams_only_for_moderator: Optional[bool] = None,
        banner_text: Optional[str] = None,
        banner_color: Optional[str] = None,
        logo: Optional[str] = None,
        darklogo: Optional[str] = None,
        copyright: Optional[str] = None,
        mute_on_start: Optional[bool] = None,
        allow_mods_to_unmute_users: Optional[bool] = None,
        allow_mods_to_eject_cameras: Optional[bool] = None,
        allow_requests_without_session: Optional[bool] = None,
        lock_settings_disable_cam: Optional[bool] = None,
        lock_settings_disable_mic: Optional[bool] = None,
        lock_settings_disable_private_chat: Optional[bool] = None,
        lock_settings_disable_public_chat: Optional[bool] = None,
        lock_settings_disable_notes: Optional[bool] = None,
        lock_settings_hide_user_list: Optional[bool] = None,
        lock_settings_lock_on_join: Optional[bool] = None,
        lock_settings_lock_on_join_configurable: Optional[bool] = None,
        lock_settings_hide_viewers_cursor: Optional[bool] = None,
        lock_settings_hide_viewers_annotation: Optional[bool] = None,
        guest_policy: Union[GuestPolicy, str, None] = None,
        allow_promote_guest_to_moderator: Optional[bool] = None,
        meeting_keep_events: Optional[bool] = None,
        end_when_no_moderator: Optional[bool] = None,
        end_when_no_moderator_delay_in_minutes: Optional[int] = None,
        meeting_layout: Union[Layout, str, None] = None,
        learning_dashboard_enabled: Optional[bool] = None,
        learning_dashboard_cleanup_delay_in_minutes: Optional[int] = None,
        virtual_backgrounds_disabled: Optional[bool] = None,
        user_camera_cap: Optional[int] = None,
        meeting_camera_cap: Optional[int] = None,
        max_pinned_cameras: Optional[int] = None,
        meeting_expire_if_no_user_joined_in_minutes: Optional[int] = None,
        meeting_expire_when_last_user_left_in_minutes: Optional[int] = None,
        logout_timer: Optional[int] = None,
        groups: Optional[Iterable[Union[Group, Mapping[str, Any]]]] = None,
        disabled_features: Optional[Iterable[Union[Feature, str]]] = None,
        disabled_features_exclude: Optional[Iterable[Union[Feature, str]]] = None,
        pre_uploaded_presentation_override_default: Optional[bool] = None,
        pre_uploaded_presentation: Optional[str] = None,
        pre_uploaded_presentation_name: Optional[str] = None,
        notify_recording_is_on: Optional[bool] = None,
        presentation_upload_external_url: Optional[str] = None,
        presentation_upload_external_description: Optional[str] = None,
        html5_instance_id: Optional[int] = None,
        allow_override_client_settings_on_create_call: Optional[bool] = None,
        plugin_manifests: Optional[Iterable[Union[PluginManifest, Mapping[str, Optional[str]]]]] = None,
        plugin_manifests_fetch_url: Optional[str] = None,
        presentation_conversion_cache_enabled: Optional[bool] = None,
        max_num_pages: Optional[int] = None,
        multi_user_whiteboard_enabled: Optional[bool] = None,
        camera_bridge: Optional[str] = None,
        screen_share_bridge: Optional[str] = None,
        audio_bridge: Optional[str] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``create`` call. Creates a meeting (idempotent while it runs).

        Each parameter of ``create`` in :data:`CALL_PARAMETERS` that is not sent in a body is an
        argument named after its ``field``; leave one out, or pass ``None``, to not send it.
        ``extra`` holds parameters newer than bbbkit (a mapping or ``(name, value)`` pairs). Input
        the server would reject raises :class:`InvalidParameter` naming the parameter (in the BBB
        spelling) and the rule; a wrong Python type raises :class:`TypeError`.

        For the parameters sent in a body, use :meth:`create_request`."""
    def create_request(
        self,
        meeting_id: str,
        name: str,
        *,
        attendee_pw: Optional[str] = None,
        moderator_pw: Optional[str] = None,
        welcome: Optional[str] = None,
        moderator_only_message: Optional[str] = None,
        dial_number: Optional[str] = None,
        voice_bridge: Optional[str] = None,
        web_voice: Optional[str] = None,
        max_participants: Optional[int] = None,
        logout_url: Optional[str] = None,
        login_url: Optional[str] = None,
        record: Optional[bool] = None,
        duration: Optional[int] = None,
        auto_start_recording: Optional[bool] = None,
        allow_start_stop_recording: Optional[bool] = None,
        record_full_duration_media: Optional[bool] = None,
        meta: Optional[_Params] = None,
        meeting_ended_url: Optional[str] = None,
        is_breakout: Optional[bool] = None,
        parent_meeting_id: Optional[str] = None,
        sequence: Optional[int] = None,
        free_join: Optional[bool] = None,
        breakout_rooms_capture_slides: Optional[bool] = None,
        breakout_rooms_capture_notes: Optional[bool] = None,
        breakout_rooms_capture_slides_filename: Optional[str] = None,
        breakout_rooms_capture_notes_filename: Optional[str] = None,
        breakout_rooms_enabled: Optional[bool] = None,
        breakout_rooms_record: Optional[bool] = None,
        breakout_rooms_private_chat_enabled: Optional[bool] = None,
        webcams_only_for_moderator: Optional[bool] = None,
        banner_text: Optional[str] = None,
        banner_color: Optional[str] = None,
        logo: Optional[str] = None,
        darklogo: Optional[str] = None,
        copyright: Optional[str] = None,
        mute_on_start: Optional[bool] = None,
        allow_mods_to_unmute_users: Optional[bool] = None,
        allow_mods_to_eject_cameras: Optional[bool] = None,
        allow_requests_without_session: Optional[bool] = None,
        lock_settings_disable_cam: Optional[bool] = None,
        lock_settings_disable_mic: Optional[bool] = None,
        lock_settings_disable_private_chat: Optional[bool] = None,
        lock_settings_disable_public_chat: Optional[bool] = None,
        lock_settings_disable_notes: Optional[bool] = None,
        lock_settings_hide_user_list: Optional[bool] = None,
        lock_settings_lock_on_join: Optional[bool] = None,
        lock_settings_lock_on_join_configurable: Optional[bool] = None,
        lock_settings_hide_viewers_cursor: Optional[bool] = None,
        lock_settings_hide_viewers_annotation: Optional[bool] = None,
        guest_policy: Union[GuestPolicy, str, None] = None,
        allow_promote_guest_to_moderator: Optional[bool] = None,
        meeting_keep_events: Optional[bool] = None,
        end_when_no_moderator: Optional[bool] = None,
        end_when_no_moderator_delay_in_minutes: Optional[int] = None,
        meeting_layout: Union[Layout, str, None] = None,
        learning_dashboard_enabled: Optional[bool] = None,
        learning_dashboard_cleanup_delay_in_minutes: Optional[int] = None,
        virtual_backgrounds_disabled: Optional[bool] = None,
        user_camera_cap: Optional[int] = None,
        meeting_camera_cap: Optional[int] = None,
        max_pinned_cameras: Optional[int] = None,
        meeting_expire_if_no_user_joined_in_minutes: Optional[int] = None,
        meeting_expire_when_last_user_left_in_minutes: Optional[int] = None,
        logout_timer: Optional[int] = None,
        groups: Optional[Iterable[Union[Group, Mapping[str, Any]]]] = None,
        disabled_features: Optional[Iterable[Union[Feature, str]]] = None,
        disabled_features_exclude: Optional[Iterable[Union[Feature, str]]] = None,
        pre_uploaded_presentation_override_default: Optional[bool] = None,
        pre_uploaded_presentation: Optional[str] = None,
        pre_uploaded_presentation_name: Optional[str] = None,
        notify_recording_is_on: Optional[bool] = None,
        presentation_upload_external_url: Optional[str] = None,
        presentation_upload_external_description: Optional[str] = None,
        html5_instance_id: Optional[int] = None,
        allow_override_client_settings_on_create_call: Optional[bool] = None,
        plugin_manifests: Optional[Iterable[Union[PluginManifest, Mapping[str, Optional[str]]]]] = None,
        plugin_manifests_fetch_url: Optional[str] = None,
        presentation_conversion_cache_enabled: Optional[bool] = None,
        max_num_pages: Optional[int] = None,
        multi_user_whiteboard_enabled: Optional[bool] = None,
        camera_bridge: Optional[str] = None,
        screen_share_bridge: Optional[str] = None,
        audio_bridge: Optional[str] = None,
        documents: Optional[Union[Document, Iterable[Document]]] = None,
        client_settings_override: Optional[Union[str, Mapping[str, Any]]] = None,
        extra: Optional[_Params] = None,
    ) -> PreparedRequest:
        """The method, signed URL and body of a ``create`` call: a :class:`PreparedRequest`. Creates a
        meeting (idempotent while it runs).

        Each parameter of ``create`` in :data:`CALL_PARAMETERS` is an argument named after its
        ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters newer
        than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject raises
        :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a wrong
        Python type raises :class:`TypeError`.

        The body is **not** signed: the checksum covers only the URL's query. Send it over HTTPS."""
    def end_url(
        self,
        meeting_id: str,
        *,
        password: Optional[str] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``end`` call. Ends a meeting; the answer comes before it has ended.

        Each parameter of ``end`` in :data:`CALL_PARAMETERS` is an argument named after its
        ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters newer
        than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject raises
        :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a wrong
        Python type raises :class:`TypeError`."""
    def is_meeting_running_url(
        self,
        meeting_id: str,
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``isMeetingRunning`` call. Whether a meeting has users in it.

        Each parameter of ``isMeetingRunning`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def get_meeting_info_url(
        self,
        meeting_id: str,
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``getMeetingInfo`` call. A meeting's state, users and metadata.

        Each parameter of ``getMeetingInfo`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def get_meetings_url(
        self,
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``getMeetings`` call. Every meeting on the server.

        Each parameter of ``getMeetings`` in :data:`CALL_PARAMETERS` is an argument named after its
        ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters newer
        than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject raises
        :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a wrong
        Python type raises :class:`TypeError`."""
    def get_recordings_url(
        self,
        *,
        meeting_id: Optional[Union[str, Iterable[str]]] = None,
        record_id: Optional[Union[str, Iterable[str]]] = None,
        state: Optional[Union[RecordingState, str, Iterable[Union[RecordingState, str]]]] = None,
        meta: Optional[_Params] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``getRecordings`` call. Recordings, filtered; without a filter or limit,
        every recording.

        Each parameter of ``getRecordings`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def publish_recordings_url(
        self,
        record_id: Union[str, Iterable[str]],
        publish: bool,
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``publishRecordings`` call. Publishes or unpublishes recordings.

        Each parameter of ``publishRecordings`` in :data:`CALL_PARAMETERS` is an argument named
        after its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds
        parameters newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would
        reject raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the
        rule; a wrong Python type raises :class:`TypeError`."""
    def delete_recordings_url(
        self,
        record_id: Union[str, Iterable[str]],
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``deleteRecordings`` call. Moves recordings to the deleted state.

        Each parameter of ``deleteRecordings`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def update_recordings_url(
        self,
        record_id: Union[str, Iterable[str]],
        *,
        meta: Optional[_Params] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``updateRecordings`` call. Changes recordings' metadata; record IDs
        match by prefix.

        Each parameter of ``updateRecordings`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def get_recording_text_tracks_url(
        self,
        record_id: str,
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``getRecordingTextTracks`` call. A recording's captions and subtitles
        (JSON).

        Each parameter of ``getRecordingTextTracks`` in :data:`CALL_PARAMETERS` is an argument named
        after its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds
        parameters newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would
        reject raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the
        rule; a wrong Python type raises :class:`TypeError`."""
    def put_recording_text_track_request(
        self,
        record_id: str,
        kind: Union[TextTrackKind, str],
        lang: str,
        *,
        label: Optional[str] = None,
        extra: Optional[_Params] = None,
    ) -> PreparedRequest:
        """The method, signed URL and body of a ``putRecordingTextTrack`` call: a
        :class:`PreparedRequest`. Uploads captions or subtitles (multipart; the caller sends the
        file).

        Each parameter of ``putRecordingTextTrack`` in :data:`CALL_PARAMETERS` is an argument named
        after its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds
        parameters newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would
        reject raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the
        rule; a wrong Python type raises :class:`TypeError`.

        The body is **not** signed: the checksum covers only the URL's query. Send it over HTTPS."""
    def insert_document_request(
        self,
        meeting_id: str,
        documents: Union[Document, Iterable[Document]],
        *,
        extra: Optional[_Params] = None,
    ) -> PreparedRequest:
        """The method, signed URL and body of a ``insertDocument`` call: a :class:`PreparedRequest`.
        Adds documents to a running meeting (POST, XML body).

        Each parameter of ``insertDocument`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`.

        The body is **not** signed: the checksum covers only the URL's query. Send it over HTTPS."""
    def send_chat_message_url(
        self,
        meeting_id: str,
        message: str,
        *,
        user_name: Optional[str] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``sendChatMessage`` call. Posts a message to a running meeting's public
        chat (3.0).

        Each parameter of ``sendChatMessage`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def hooks_create_url(
        self,
        callback_url: str,
        *,
        meeting_id: Optional[str] = None,
        event_id: Optional[Union[str, Iterable[str]]] = None,
        get_raw: Optional[bool] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``hooks/create`` call. Registers a webhook (bbb-webhooks).

        Each parameter of ``hooks/create`` in :data:`CALL_PARAMETERS` is an argument named after its
        ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters newer
        than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject raises
        :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a wrong
        Python type raises :class:`TypeError`."""
    def hooks_destroy_url(
        self,
        hook_id: str,
        *,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``hooks/destroy`` call. Removes a webhook.

        Each parameter of ``hooks/destroy`` in :data:`CALL_PARAMETERS` is an argument named after
        its ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters
        newer than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject
        raises :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a
        wrong Python type raises :class:`TypeError`."""
    def hooks_list_url(
        self,
        *,
        meeting_id: Optional[str] = None,
        extra: Optional[_Params] = None,
    ) -> str:
        """The signed URL of a ``hooks/list`` call. Lists webhooks.

        Each parameter of ``hooks/list`` in :data:`CALL_PARAMETERS` is an argument named after its
        ``field``; leave one out, or pass ``None``, to not send it. ``extra`` holds parameters newer
        than bbbkit (a mapping or ``(name, value)`` pairs). Input the server would reject raises
        :class:`InvalidParameter` naming the parameter (in the BBB spelling) and the rule; a wrong
        Python type raises :class:`TypeError`."""
    # @generated end call-methods
    def checksum(self, call: str, query: str) -> str:
        """The checksum of ``call`` with a query you built yourself (exactly as sent, without
        ``?`` and ``checksum``), with this server's secret and algorithm."""
    def verify(self, call: str, query: str) -> "Verified":
        """Verifies a signed query for ``call`` against this server's secret, with any of the
        four algorithms. Raises a :class:`VerifyError` subclass when it does not verify."""
    def verify_url(self, url: str) -> "Verified":
        """Verifies a full signed URL (``…/api/CALL?query``), taking the call from the path."""

@final
class PreparedRequest:
    """A call ready to send: the HTTP method, the signed URL and, when the call has one, the
    body and its ``Content-Type``. Immutable. The body is **not** signed: send it over HTTPS.
    """

    @property
    def method(self) -> str:
        """``"GET"`` or ``"POST"``."""
    @property
    def url(self) -> str:
        """The signed URL."""
    @property
    def body(self) -> Optional[bytes]:
        """The body to send, or ``None`` (not signed)."""
    @property
    def content_type(self) -> Optional[str]:
        """The body's ``Content-Type`` (``application/xml``), ``multipart/form-data`` for an
        upload, or ``None``."""
    @property
    def file_field(self) -> Optional[str]:
        """For ``putRecordingTextTrack``: the multipart field that carries the file (``file``)."""

@final
class Document:
    """One presentation document of ``create`` or ``insertDocument``, made with
    :meth:`Document.url` or :meth:`Document.content`. Immutable. The flags left out keep the
    server's defaults: not current, not downloadable, removable."""

    @staticmethod
    def url(
        url: str,
        *,
        filename: Optional[str] = None,
        current: Optional[bool] = None,
        downloadable: Optional[bool] = None,
        removable: Optional[bool] = None,
    ) -> "Document":
        """A document the server downloads from an http(s) URL."""
    @staticmethod
    def content(
        filename: str,
        content: Union[bytes, bytearray, memoryview],
        *,
        current: Optional[bool] = None,
        downloadable: Optional[bool] = None,
        removable: Optional[bool] = None,
    ) -> "Document":
        """A document sent inline: its file name (which gives the type) and its bytes."""
    @property
    def source(self) -> Union[str, bytes]:
        """The URL (``str``) or the bytes (``bytes``)."""
    @property
    def filename(self) -> Optional[str]:
        """The file name, if given (always for inline bytes)."""
    @property
    def current(self) -> bool:
        """Shown first."""
    @property
    def downloadable(self) -> bool:
        """Users may download it."""
    @property
    def removable(self) -> bool:
        """Presenters may remove it."""

@final
class Group:
    """A breakout group of ``create``'s ``groups``. Immutable."""

    def __new__(
        cls, id: str, name: Optional[str] = None, roster: Optional[Iterable[str]] = None
    ) -> "Group": ...
    @property
    def id(self) -> str:
        """The group's id."""
    @property
    def name(self) -> Optional[str]:
        """The group's name, if any."""
    @property
    def roster(self) -> Tuple[str, ...]:
        """The user IDs in the group."""

@final
class PluginManifest:
    """A client plugin of ``create``'s ``plugin_manifests`` (BBB 3.0). Immutable."""

    def __new__(cls, url: str, checksum: Optional[str] = None) -> "PluginManifest": ...
    @property
    def url(self) -> str:
        """The manifest's URL."""
    @property
    def checksum(self) -> Optional[str]:
        """The manifest's checksum, if given."""

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

def parse_response(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Response:
    """Parses the answer to any call into the generic envelope. Raises as
    :func:`parse_join_response`."""

def parse_answer(
    kind: str, data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> "_Answer":
    """Parses the answer of the call that ``kind`` names (``"meeting-info"``, ``"recordings"``,
    … as :data:`ANSWER_KINDS` lists them, in any case): the class that call's ``parse_*``
    function returns. Raises :class:`InvalidParameter` for an unknown kind, and as that
    function does."""

# @generated begin answer-functions (tools/gen_stubs.py, from the core): do not edit
def parse_join_response(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Joined:
    """Parses the answer to ``join``: a :class:`Joined`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_create_response(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Created:
    """Parses the answer to ``create``: a :class:`Created`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_meeting_info(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> MeetingInfo:
    """Parses the answer to ``getMeetingInfo``: a :class:`MeetingInfo`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_meetings(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Meetings:
    """Parses the answer to ``getMeetings``: a :class:`Meetings`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_is_meeting_running(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> MeetingRunning:
    """Parses the answer to ``isMeetingRunning``: a :class:`MeetingRunning`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_end(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Acknowledged:
    """Parses the answer to ``end``: a :class:`Acknowledged`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_recordings(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Recordings:
    """Parses the answer to ``getRecordings``: a :class:`Recordings`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_publish_recordings(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> RecordingsPublished:
    """Parses the answer to ``publishRecordings``: a :class:`RecordingsPublished`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_delete_recordings(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> RecordingsDeleted:
    """Parses the answer to ``deleteRecordings``: a :class:`RecordingsDeleted`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_update_recordings(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> RecordingsUpdated:
    """Parses the answer to ``updateRecordings``: a :class:`RecordingsUpdated`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_text_tracks(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> TextTracks:
    """Parses the answer to ``getRecordingTextTracks``: a :class:`TextTracks`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_put_text_track(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> TextTrackUploaded:
    """Parses the answer to ``putRecordingTextTrack``: a :class:`TextTrackUploaded`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_insert_document(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Acknowledged:
    """Parses the answer to ``insertDocument``: a :class:`Acknowledged`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_send_chat_message(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Acknowledged:
    """Parses the answer to ``sendChatMessage``: a :class:`Acknowledged`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_hook_create(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> HookCreated:
    """Parses the answer to ``hooks/create``: a :class:`HookCreated`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_hook_destroy(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> HookDestroyed:
    """Parses the answer to ``hooks/destroy``: a :class:`HookDestroyed`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""
def parse_hooks(
    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None
) -> Hooks:
    """Parses the answer to ``hooks/list``: a :class:`Hooks`.

    Raises an :class:`ApiError` subclass when the server answered ``FAILED`` (in any
    of its forms), and :class:`ParseError` when ``data`` is not that answer (the error
    names the element)."""

_Answer = Union[
    Joined,
    Created,
    MeetingInfo,
    Meetings,
    MeetingRunning,
    Acknowledged,
    Recordings,
    RecordingsPublished,
    RecordingsDeleted,
    RecordingsUpdated,
    TextTracks,
    TextTrackUploaded,
    HookCreated,
    HookDestroyed,
    Hooks,
]
"""What :func:`parse_answer` returns: the class of the kind's parse function."""
# @generated end answer-functions

# @generated begin answer-classes (tools/gen_stubs.py, from the core): do not edit
@final
class Joined:
    """A successful `join` with `redirect=false`.

    Its text form (Rust `Debug`, Python `repr`, Kotlin `toString()`, Swift `description`, …)
    shows `[redacted]` for the auth and session tokens (also inside `url`); the fields
    keep the values."""

    @property
    def meeting_id(self) -> str:
        """The *internal* meeting ID."""
    @property
    def user_id(self) -> str:
        """The user's internal ID."""
    @property
    def auth_token(self) -> str:
        """The auth token.
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def session_token(self) -> str:
        """The session token.
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def guest_status(self) -> Union[GuestStatus, str]:
        """`ALLOW` or `WAIT` (inferred from `messageKey` on servers that omit `guestStatus`)."""
    @property
    def url(self) -> str:
        """The client URL to open, entities decoded. Open it with the JSESSIONID cookie of the
        join response.
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def message_key(self) -> str:
        """`successfullyJoined`, or `guestWait` on 2.6/2.7."""
    @property
    def message(self) -> str:
        """The human message."""
    @property
    def is_waiting(self) -> bool:
        """Whether the user waits for a moderator's approval."""

@final
class Created:
    """A successful `create`.

    Its text form (Rust `Debug`, Python `repr`, …) shows `[redacted]` for the meeting
    passwords; the fields keep the values."""

    @property
    def meeting_id(self) -> str:
        """`meetingID`, the application's ID."""
    @property
    def internal_meeting_id(self) -> str:
        """`internalMeetingID`."""
    @property
    def parent_meeting_id(self) -> Optional[str]:
        """`parentMeetingID` (`bbb-none` for a meeting that is not a breakout room)."""
    @property
    def attendee_pw(self) -> Optional[str]:
        """`attendeePW` (deprecated).
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def moderator_pw(self) -> Optional[str]:
        """`moderatorPW` (deprecated).
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def create_time(self) -> int:
        """`createTime`, epoch milliseconds: pass it to the join's `createTime`."""
    @property
    def voice_bridge(self) -> Optional[str]:
        """`voiceBridge`, kept as text."""
    @property
    def dial_number(self) -> Optional[str]:
        """`dialNumber`."""
    @property
    def create_date(self) -> Optional[str]:
        """`createDate`, as the server formats it."""
    @property
    def has_user_joined(self) -> Optional[bool]:
        """`hasUserJoined`."""
    @property
    def duration(self) -> Optional[int]:
        """`duration` in minutes (0: unlimited)."""
    @property
    def has_been_forcibly_ended(self) -> Optional[bool]:
        """`hasBeenForciblyEnded`."""
    @property
    def message_key(self) -> Optional[str]:
        """`messageKey`, when non-empty."""
    @property
    def message(self) -> Optional[str]:
        """`message`, when non-empty."""
    @property
    def duplicate_warning(self) -> bool:
        """The meeting already existed with the same settings (`duplicateWarning`)."""

@final
class Attendee:
    """One user of a meeting, from getMeetingInfo's (or getMeetings') `<attendee>`."""

    @property
    def user_id(self) -> str:
        """`userID`: the *external* user ID (`w_…` when the join gave none)."""
    @property
    def full_name(self) -> Optional[str]:
        """`fullName`."""
    @property
    def role(self) -> Optional[str]:
        """`role`: `MODERATOR` or `VIEWER`."""
    @property
    def is_presenter(self) -> Optional[bool]:
        """`isPresenter`."""
    @property
    def is_listening_only(self) -> Optional[bool]:
        """`isListeningOnly`."""
    @property
    def has_joined_voice(self) -> Optional[bool]:
        """`hasJoinedVoice`."""
    @property
    def has_video(self) -> Optional[bool]:
        """`hasVideo`."""
    @property
    def client_type(self) -> Optional[str]:
        """`clientType` (`HTML5`, …)."""
    @property
    def custom_data(self) -> Mapping[str, str]:
        """`customdata`: the join's `userdata-<key>` values, in the server's order."""

@final
class MeetingInfo:
    """A meeting: the answer to getMeetingInfo, and each meeting of getMeetings.

    Its text form (Rust `Debug`, Python `repr`, …) shows `[redacted]` for the passwords;
    the fields keep the values."""

    @property
    def meeting_name(self) -> Optional[str]:
        """`meetingName`."""
    @property
    def meeting_id(self) -> str:
        """`meetingID`, the application's ID."""
    @property
    def internal_meeting_id(self) -> str:
        """`internalMeetingID`."""
    @property
    def create_time(self) -> int:
        """`createTime`, epoch milliseconds."""
    @property
    def create_date(self) -> Optional[str]:
        """`createDate`, as the server formats it."""
    @property
    def voice_bridge(self) -> Optional[str]:
        """`voiceBridge`, kept as text."""
    @property
    def dial_number(self) -> Optional[str]:
        """`dialNumber`."""
    @property
    def attendee_pw(self) -> Optional[str]:
        """`attendeePW` (deprecated; getMeetings may send it empty).
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def moderator_pw(self) -> Optional[str]:
        """`moderatorPW` (deprecated; getMeetings may send it empty).
        Redacted (`[redacted]`) wherever the answer is printed or reflected."""
    @property
    def running(self) -> Optional[bool]:
        """`running`: someone is in the meeting."""
    @property
    def duration(self) -> Optional[int]:
        """`duration` in minutes (0: unlimited)."""
    @property
    def has_user_joined(self) -> Optional[bool]:
        """`hasUserJoined`."""
    @property
    def recording(self) -> Optional[bool]:
        """`recording`: the create call's `record` flag, not "recording now"."""
    @property
    def has_been_forcibly_ended(self) -> Optional[bool]:
        """`hasBeenForciblyEnded`."""
    @property
    def start_time(self) -> Optional[int]:
        """`startTime`, epoch milliseconds."""
    @property
    def end_time(self) -> Optional[int]:
        """`endTime`, epoch milliseconds (0 while running)."""
    @property
    def participant_count(self) -> Optional[int]:
        """`participantCount`."""
    @property
    def listener_count(self) -> Optional[int]:
        """`listenerCount`."""
    @property
    def voice_participant_count(self) -> Optional[int]:
        """`voiceParticipantCount`."""
    @property
    def video_count(self) -> Optional[int]:
        """`videoCount`: camera streams."""
    @property
    def max_users(self) -> Optional[int]:
        """`maxUsers` (0: no limit)."""
    @property
    def moderator_count(self) -> Optional[int]:
        """`moderatorCount`."""
    @property
    def attendees(self) -> Tuple[Attendee, ...]:
        """`attendees`, in the server's order."""
    @property
    def metadata(self) -> Mapping[str, str]:
        """`metadata`: the create call's `meta_` values, names lower-cased by the server."""
    @property
    def message_key(self) -> Optional[str]:
        """`messageKey`, when non-empty."""
    @property
    def message(self) -> Optional[str]:
        """`message`, when non-empty."""
    @property
    def is_breakout(self) -> Optional[bool]:
        """`isBreakout`."""
    @property
    def parent_meeting_id(self) -> Optional[str]:
        """`parentMeetingID`: the parent's *internal* ID (breakout rooms only)."""
    @property
    def sequence(self) -> Optional[int]:
        """`sequence` (breakout rooms only)."""
    @property
    def free_join(self) -> Optional[bool]:
        """`freeJoin` (breakout rooms only)."""
    @property
    def breakout_rooms(self) -> Tuple[str, ...]:
        """`breakoutRooms`: the breakout rooms' IDs."""

@final
class Meetings:
    """The answer to getMeetings: every meeting on the server."""

    @property
    def meetings(self) -> Tuple[MeetingInfo, ...]:
        """The meetings, in the server's order."""
    @property
    def message_key(self) -> Optional[str]:
        """`messageKey` (`noMeetings` when there are none)."""
    @property
    def message(self) -> Optional[str]:
        """`message`."""

@final
class MeetingRunning:
    """The answer to isMeetingRunning."""

    @property
    def running(self) -> bool:
        """`running`: the meeting exists and someone is in it (`false` for an unknown meeting)."""

@final
class Acknowledged:
    """A `SUCCESS` that carries only `messageKey` and `message`: end (`sentEndMeetingRequest`),
    insertDocument (a message, no key), sendChatMessage (both empty)."""

    @property
    def message_key(self) -> Optional[str]:
        """`messageKey`, when non-empty."""
    @property
    def message(self) -> Optional[str]:
        """`message`, when non-empty."""

@final
class PreviewImage:
    """A preview image of a playback format: `<image width height alt>URL</image>`."""

    @property
    def url(self) -> str:
        """The image URL (the element's text)."""
    @property
    def width(self) -> Optional[int]:
        """The `width` attribute."""
    @property
    def height(self) -> Optional[int]:
        """The `height` attribute."""
    @property
    def alt(self) -> Optional[str]:
        """The `alt` attribute (the slide's title)."""

@final
class PlaybackFormat:
    """A playback format of a recording (`presentation`, `video`, `podcast`, …)."""

    @property
    def type(self) -> str:
        """`type`."""
    @property
    def url(self) -> Optional[str]:
        """`url`."""
    @property
    def processing_time(self) -> Optional[int]:
        """`processingTime`, milliseconds."""
    @property
    def length(self) -> Optional[int]:
        """`length`, in **minutes**."""
    @property
    def size(self) -> Optional[int]:
        """`size`, bytes."""
    @property
    def preview(self) -> Tuple[PreviewImage, ...]:
        """`preview/images/image`."""

@final
class DataFormat:
    """A data format of a recording (`<data><format><type/><url/></format></data>`)."""

    @property
    def type(self) -> str:
        """`type`."""
    @property
    def url(self) -> Optional[str]:
        """`url`."""

@final
class RecordingBreakout:
    """A recording's `<breakout>`: the parent of a breakout room's recording."""

    @property
    def parent_id(self) -> Optional[str]:
        """`parentId`."""
    @property
    def sequence(self) -> Optional[int]:
        """`sequence`."""
    @property
    def free_join(self) -> Optional[bool]:
        """`freeJoin`."""

@final
class Recording:
    """One recording of getRecordings."""

    @property
    def record_id(self) -> str:
        """`recordID` (the meeting's internal ID)."""
    @property
    def meeting_id(self) -> Optional[str]:
        """`meetingID`, the external ID."""
    @property
    def internal_meeting_id(self) -> Optional[str]:
        """`internalMeetingID`."""
    @property
    def name(self) -> Optional[str]:
        """`name`."""
    @property
    def is_breakout(self) -> Optional[bool]:
        """`isBreakout`."""
    @property
    def published(self) -> Optional[bool]:
        """`published`."""
    @property
    def state(self) -> Optional[str]:
        """`state`: `processing`, `processed`, `published`, `unpublished`, `deleted`."""
    @property
    def start_time(self) -> Optional[int]:
        """`startTime`, epoch milliseconds."""
    @property
    def end_time(self) -> Optional[int]:
        """`endTime`, epoch milliseconds."""
    @property
    def participants(self) -> Optional[int]:
        """`participants`."""
    @property
    def raw_size(self) -> Optional[int]:
        """`rawSize`, bytes."""
    @property
    def metadata(self) -> Mapping[str, str]:
        """`metadata`, in the server's order."""
    @property
    def breakout(self) -> Optional[RecordingBreakout]:
        """`breakout`, for a breakout room's recording."""
    @property
    def breakout_rooms(self) -> Tuple[str, ...]:
        """`breakoutRooms/breakoutRoom`."""
    @property
    def size(self) -> Optional[int]:
        """`size`, bytes (the formats' sum)."""
    @property
    def playback(self) -> Tuple[PlaybackFormat, ...]:
        """`playback/format`."""
    @property
    def data(self) -> Tuple[DataFormat, ...]:
        """`data/format`."""
    @property
    def protected(self) -> Optional[bool]:
        """`protected` (Scalelite): the recording is protected, its playback URLs are single-use
        links. `None` where the server does not send it (BBB itself, or Scalelite with protected
        recordings off)."""

@final
class Pagination:
    """getRecordings' `<pagination>` (2.6+, with `limit`)."""

    @property
    def offset(self) -> Optional[int]:
        """`pageable/offset`."""
    @property
    def limit(self) -> Optional[int]:
        """`pageable/limit`."""
    @property
    def paged(self) -> Optional[bool]:
        """`pageable/paged`."""
    @property
    def unpaged(self) -> Optional[bool]:
        """`pageable/unpaged`."""
    @property
    def total_elements(self) -> Optional[int]:
        """`totalElements`."""
    @property
    def empty(self) -> Optional[bool]:
        """`empty`."""

@final
class Recordings:
    """The answer to getRecordings. The three "no recordings" forms (no `<recordings>` element,
    an empty one, either with an XML declaration or whitespace) all give an empty list and
    `message_key` `noRecordings`."""

    @property
    def recordings(self) -> Tuple[Recording, ...]:
        """The recordings (the server's order is not stable)."""
    @property
    def pagination(self) -> Optional[Pagination]:
        """`pagination`, when the request had a `limit`."""
    @property
    def message_key(self) -> Optional[str]:
        """`messageKey` (`noRecordings`)."""
    @property
    def message(self) -> Optional[str]:
        """`message`."""
    @property
    def unreadable(self) -> Tuple[str, ...]:
        """The record IDs of the recordings the server could not read, in its order: bbb-web writes
        `<recording><error><recordID>…</recordID></error></recording>` for a recording whose
        metadata it failed to read. They are not in `recordings`."""

@final
class RecordingsPublished:
    """The answer to publishRecordings.

    The server echoes the request's `publish` value; `published` reads it as Groovy's
    `toBoolean()` does (`true`, `y` or `1`, any case, trimmed → true; anything else false)."""

    @property
    def published(self) -> bool:
        """The recordings are now published."""
    @property
    def published_raw(self) -> str:
        """`published` as the server wrote it (trimmed)."""

@final
class RecordingsDeleted:
    """The answer to deleteRecordings."""

    @property
    def deleted(self) -> bool:
        """`deleted`."""

@final
class RecordingsUpdated:
    """The answer to updateRecordings."""

    @property
    def updated(self) -> bool:
        """`updated`."""

@final
class TextTrack:
    """One text track of getRecordingTextTracks."""

    @property
    def href(self) -> str:
        """`href`: the VTT file (a single-use token, valid for an hour)."""
    @property
    def kind(self) -> Optional[str]:
        """`kind`: `subtitles` or `captions`."""
    @property
    def label(self) -> Optional[str]:
        """`label`."""
    @property
    def lang(self) -> Optional[str]:
        """`lang`, a language tag (`en-US`)."""
    @property
    def source(self) -> Optional[str]:
        """`source`: `live`, `automatic` or `upload`."""

@final
class TextTracks:
    """The answer to getRecordingTextTracks (JSON)."""

    @property
    def tracks(self) -> Tuple[TextTrack, ...]:
        """The tracks."""

@final
class TextTrackUploaded:
    """The answer to putRecordingTextTrack (JSON): the upload was accepted (it is converted
    asynchronously)."""

    @property
    def record_id(self) -> str:
        """`recordId`."""
    @property
    def message_key(self) -> Optional[str]:
        """`messageKey` (`upload_text_track_success`)."""
    @property
    def message(self) -> Optional[str]:
        """`message`."""

@final
class HookCreated:
    """The answer to hooks/create."""

    @property
    def hook_id(self) -> str:
        """`hookID`: an integer on bbb-webhooks 2.x, a UUID on 3.x; always a string here."""
    @property
    def permanent_hook(self) -> Optional[bool]:
        """`permanentHook`."""
    @property
    def raw_data(self) -> Optional[bool]:
        """`rawData`."""
    @property
    def duplicate_warning(self) -> bool:
        """A hook for this callback URL already existed (`duplicateWarning`); `hook_id` is its ID."""
    @property
    def message_key(self) -> Optional[str]:
        """`messageKey`, when non-empty."""
    @property
    def message(self) -> Optional[str]:
        """`message`, when non-empty."""

@final
class HookDestroyed:
    """The answer to hooks/destroy."""

    @property
    def removed(self) -> bool:
        """`removed`."""

@final
class Hook:
    """One hook of hooks/list."""

    @property
    def hook_id(self) -> str:
        """`hookID`, as a string."""
    @property
    def callback_url(self) -> str:
        """`callbackURL`."""
    @property
    def meeting_id(self) -> Optional[str]:
        """`meetingID`: the external ID it is limited to (`None`: a global hook)."""
    @property
    def event_ids(self) -> Tuple[str, ...]:
        """`eventID`, split on commas (empty: every event)."""
    @property
    def permanent_hook(self) -> Optional[bool]:
        """`permanentHook`."""
    @property
    def raw_data(self) -> Optional[bool]:
        """`rawData`."""

@final
class Hooks:
    """The answer to hooks/list."""

    @property
    def hooks(self) -> Tuple[Hook, ...]:
        """The hooks."""

# @generated end answer-classes

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
    tenant's secrets). ``allowed`` restricts the JWT algorithms (by default HS256 for
    recording-ready callbacks and HS512 for analytics ones, what BBB sends), as
    :class:`Verifier`'s ``allowed`` does for checksums; ``allow`` is its deprecated spelling
    (it warns with :class:`DeprecationWarning`); ``now`` (seconds
    since the epoch) replaces the clock for ``exp`` and ``nbf``; ``max_size`` (bytes)
    replaces the default size limit of 1 MiB. Its ``repr`` never shows the secrets.

    Every method raises a :class:`CallbackError` subclass when the callback does not verify;
    answer ``e.http_status`` (401).
    """

    def __new__(
        cls,
        secrets: Union[str, Iterable[str]],
        *,
        allowed: Optional[Iterable[Union[JwtAlgorithm, str]]] = None,
        now: Optional[int] = None,
        max_size: Optional[int] = None,
        allow: Optional[Iterable[Union[JwtAlgorithm, str]]] = None,
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
def _guest_policy(value: str) -> str: ...
def _recording_state(value: str) -> str: ...
def _text_track_kind(value: str) -> str: ...
def _feature(value: str) -> str: ...
