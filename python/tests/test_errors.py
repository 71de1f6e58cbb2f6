"""Exception classes, their attributes, pickling, and that the secret never shows."""

from __future__ import annotations

import copy
import os
import pickle
import traceback
from typing import List, Type

import pytest

import bbbkit
from conftest import fixture_bytes

SECRET = "s3cr3t-never-shown-9f1e"
BASE = "https://bbb.example.com/bigbluebutton/api/"


def test_hierarchy() -> None:
    assert issubclass(bbbkit.InvalidParameter, bbbkit.BbbError)
    assert issubclass(bbbkit.InvalidParameter, ValueError)
    assert issubclass(bbbkit.ParseError, bbbkit.BbbError)
    assert issubclass(bbbkit.ParseError, ValueError)
    verify: List[Type[bbbkit.VerifyError]] = [
        bbbkit.ChecksumMissing,
        bbbkit.ChecksumDuplicate,
        bbbkit.ChecksumMalformed,
        bbbkit.ChecksumLength,
        bbbkit.AlgorithmNotAllowed,
        bbbkit.ChecksumMismatch,
    ]
    assert len({c.code for c in verify}) == len(verify)
    for cls in verify:
        assert issubclass(cls, bbbkit.VerifyError) and issubclass(cls, bbbkit.BbbError)
    api: List[Type[bbbkit.ApiError]] = [
        bbbkit.ChecksumError,
        bbbkit.MeetingNotFound,
        bbbkit.MeetingEnded,
        bbbkit.MaxParticipantsReached,
        bbbkit.GuestDenied,
        bbbkit.CreateTimeMismatch,
        bbbkit.UserNotFound,
        bbbkit.MeetingIdNotUnique,
        bbbkit.ApiNotEnabled,
        bbbkit.RecordingNotFound,
        bbbkit.InvalidRequest,
        bbbkit.UnknownApiError,
    ]
    for api_cls in api:
        assert issubclass(api_cls, bbbkit.ApiError) and issubclass(api_cls, bbbkit.BbbError)
    assert not issubclass(bbbkit.ApiError, ValueError)


def pascal_case(code: str) -> str:
    return "".join(w.capitalize() for w in code.split("_"))


def test_every_callback_code_has_its_class() -> None:
    # The core's codes (CallbackError::CODES), not a list restated here.
    codes = bbbkit._bbbkit._CALLBACK_ERROR_CODES
    assert "callback_signature" in codes
    for code in codes:
        cls = getattr(bbbkit, pascal_case(code))
        assert isinstance(cls, type) and issubclass(cls, bbbkit.CallbackError), code
        assert cls.code == code
        assert cls.__module__ == "bbbkit" and cls.__name__ in bbbkit.__all__
    subclasses = {c.__name__ for c in bbbkit.CallbackError.__subclasses__()}
    assert subclasses == {pascal_case(c) for c in codes}
    assert issubclass(bbbkit.CallbackError, bbbkit.BbbError)
    assert not issubclass(bbbkit.CallbackError, bbbkit.VerifyError)


def test_every_verify_code_has_its_class() -> None:
    for code in bbbkit._bbbkit._VERIFY_ERROR_CODES:
        cls = getattr(bbbkit, pascal_case(code))
        assert issubclass(cls, bbbkit.VerifyError) and cls.code == code


@pytest.mark.parametrize(
    ("fixture", "cls", "key"),
    [
        ("error_checksum.xml", bbbkit.ChecksumError, "checksumError"),
        ("error_not_found.xml", bbbkit.MeetingNotFound, "notFound"),
        ("error_invalid_meeting_identifier.xml", bbbkit.MeetingNotFound, "invalidMeetingIdentifier"),
        ("error_meeting_forcibly_ended.xml", bbbkit.MeetingEnded, "meetingForciblyEnded"),
        ("error_max_participants.xml", bbbkit.MaxParticipantsReached, "maxParticipantsReached"),
        ("error_guest_denied.xml", bbbkit.GuestDenied, "guestDeniedAccess"),
        ("error_mismatch_create_time.xml", bbbkit.CreateTimeMismatch, "mismatchCreateTimeParam"),
        ("error_user_not_found.xml", bbbkit.UserNotFound, "userNotFound"),
        ("error_id_not_unique.xml", bbbkit.MeetingIdNotUnique, "idNotUnique"),
        ("error_api_not_enabled.xml", bbbkit.ApiNotEnabled, "apiNotEnabled"),
        ("error_params_required.xml", bbbkit.InvalidRequest, "Params required"),
        ("error_validation.xml", bbbkit.InvalidRequest, "validationError"),
        ("error_unknown_key.xml", bbbkit.UnknownApiError, None),
    ],
)
def test_api_error_subclasses(fixture: str, cls: Type[bbbkit.ApiError], key: str) -> None:
    with pytest.raises(bbbkit.ApiError) as info:
        bbbkit.parse_response(fixture_bytes(fixture))
    e = info.value
    assert type(e) is cls
    if key is not None:
        assert e.message_key == key
    assert e.errors and e.errors[0] == (e.message_key, e.message)
    assert e.errors[0].key == e.message_key
    assert str(e) == f"BigBlueButton answered FAILED: {e.message_key}: {e.message}"
    assert repr(e).startswith(f"{cls.__name__}(message_key=")


def test_multi_error_form() -> None:
    with pytest.raises(bbbkit.ApiError) as info:
        bbbkit.parse_create_response(fixture_bytes("error_multi.xml"))
    assert len(info.value.errors) >= 2
    assert all(isinstance(d, bbbkit.ApiErrorDetail) for d in info.value.errors)


def test_invalid_parameter_attributes() -> None:
    server = bbbkit.Server(BASE, SECRET)
    with pytest.raises(bbbkit.InvalidParameter) as info:
        server.join_url("room", "Ada", "viewer", userdata={"a-b": "x"})
    e = info.value
    assert (e.parameter, e.rule) == ("userdata-a-b", "userdata_key")
    assert str(e).startswith("invalid parameter `userdata-a-b`: ")


def test_parse_error_attributes() -> None:
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_join_response(fixture_bytes("proxy_502.html"))
    assert info.value.code == "not_bbb"
    with pytest.raises(ValueError):
        bbbkit.parse_join_response(b"\xff\xfe")


def test_verify_error_attributes() -> None:
    server = bbbkit.Server(BASE, SECRET)
    with pytest.raises(bbbkit.ChecksumLength) as info:
        server.verify("end", "meetingID=a&checksum=abc")
    assert info.value.length == 3
    assert info.value.code == "checksum_length"
    with pytest.raises(bbbkit.ChecksumMissing):
        server.verify("end", "meetingID=a")
    with pytest.raises(bbbkit.ChecksumMismatch):
        server.verify("end", "meetingID=a&checksum=" + "0" * 64)


@pytest.mark.parametrize(
    "exc",
    [
        bbbkit.InvalidParameter("invalid parameter `meetingID`: x", "meetingID", "no_comma"),
        bbbkit.ParseError("the response is malformed", "malformed"),
        bbbkit.ChecksumMismatch("the checksum does not match"),
        bbbkit.ChecksumLength("3 hex digits", 3),
        bbbkit.AlgorithmNotAllowed("checksum algorithm sha1 is not allowed", "sha1"),
        bbbkit.MeetingEnded(
            "meetingForciblyEnded", "ended", [bbbkit.ApiErrorDetail("meetingForciblyEnded", "ended")]
        ),
        bbbkit.CallbackSignature("the signature does not match"),
        bbbkit.CallbackError("from a newer core", 401),
        bbbkit.CallbackTooLarge("too large", 10),
        bbbkit.CallbackChecksumLength("3 hex digits", 3),
        bbbkit.CallbackAlgorithmNotAllowed("HS512 is not allowed", "HS512"),
        bbbkit.CallbackExpired("expired", 1708467555),
        bbbkit.CallbackNotYetValid("not yet", 1708467555),
        bbbkit.CallbackMissingClaim("no record_id", "record_id"),
    ],
)
def test_pickle_and_copy(exc: bbbkit.BbbError) -> None:
    for clone in (pickle.loads(pickle.dumps(exc)), copy.copy(exc)):
        assert type(clone) is type(exc)
        assert str(clone) == str(exc)
        assert vars(clone) == vars(exc)


def raised_text(fn: object) -> str:
    """Everything a developer could see of an exception: str, repr, args, traceback."""
    try:
        fn()  # type: ignore[operator]
    except Exception as e:  # noqa: BLE001 - any exception will do
        return "\n".join(
            [str(e), repr(e), repr(e.args), repr(vars(e)), traceback.format_exc()]
            + traceback.format_exception(type(e), e, e.__traceback__)
        )
    pytest.fail("no exception")


@pytest.mark.parametrize(
    "call",
    [
        lambda: bbbkit.Server("ftp://bbb.example.com", SECRET),
        lambda: bbbkit.Server("https://user:pw@bbb.example.com", SECRET),
        lambda: bbbkit.Server(BASE, SECRET + "\x01"),
        lambda: bbbkit.Server(BASE, SECRET, algorithm="md5"),
        lambda: bbbkit.Server(BASE, SECRET).join_url("a,b", "Ada", "viewer"),
        lambda: bbbkit.Server(BASE, SECRET).join_url("room", "Ada", "viewer", extra={"checksum": SECRET}),
        lambda: bbbkit.Server(BASE, SECRET).api_url("bad call", {}),
        lambda: bbbkit.Server(BASE, SECRET).verify("end", "checksum=" + "0" * 64),
        lambda: bbbkit.Verifier([SECRET, ""]),
        lambda: bbbkit.Verifier([SECRET], allowed=["md5"]).verify("end", "checksum=00"),
        lambda: bbbkit.checksum("end", "", SECRET, "md5"),
        lambda: bbbkit.CallbackVerifier([SECRET, ""]),
        lambda: bbbkit.CallbackVerifier(SECRET + "\x01"),
        lambda: bbbkit.CallbackVerifier(SECRET, allowed=["none"]),
        lambda: bbbkit.CallbackVerifier(SECRET).recording_ready("x." + SECRET + ".y"),
        lambda: bbbkit.CallbackVerifier(SECRET).analytics("Bearer " + SECRET),
        lambda: bbbkit.CallbackVerifier(SECRET).webhook_bearer("Bearer " + SECRET[:-1], b""),
        lambda: bbbkit.CallbackVerifier(SECRET).webhook("https://a.example/?checksum=" + "0" * 40, ""),
        lambda: bbbkit.CallbackVerifier(SECRET).end_callback("https://a.example/e?meetingID=m"),
    ],
)
def test_secret_never_in_errors(call: object) -> None:
    assert SECRET not in raised_text(call)


def test_secret_never_in_repr_or_dir() -> None:
    server = bbbkit.Server(BASE, SECRET)
    verifier = bbbkit.Verifier([SECRET])
    callbacks = bbbkit.CallbackVerifier(SECRET, allowed=["hs256"], now=1, max_size=10)
    assert repr(callbacks) == "CallbackVerifier(secrets=1, allowed=['HS256'], now=1, max_size=10)"
    for obj in (server, verifier, callbacks):
        assert SECRET not in repr(obj)
        assert SECRET not in str(obj)
        for name in dir(obj):
            value = getattr(obj, name)
            assert SECRET not in repr(value), name
    with pytest.raises(TypeError):
        pickle.dumps(server)
    with pytest.raises(TypeError):
        pickle.dumps(verifier)
    with pytest.raises(TypeError):
        pickle.dumps(callbacks)


def test_api_error_kind() -> None:
    with pytest.raises(bbbkit.MeetingNotFound) as info:
        bbbkit.parse_response(fixture_bytes("error_invalid_meeting_identifier.xml"))
    assert info.value.kind == "meeting_not_found"
    assert info.value.errors[0].kind == "meeting_not_found"
    e = bbbkit.parse_error_redirect(
        "https://x.example.com/?errors=%5B%7B%22key%22%3A%22somethingNew%22%2C%22message%22%3A%22m%22%7D%5D"
    )
    assert type(e) is bbbkit.UnknownApiError and e.kind == "unknown_api_error"
    assert pickle.loads(pickle.dumps(e)).kind == "unknown_api_error"
    assert bbbkit.ApiErrorDetail("guestDeniedAccess", "").kind == "guest_denied"


def test_not_found_depends_on_the_call() -> None:
    body = fixture_bytes("recordings_not_found.xml")
    for parse in (bbbkit.parse_publish_recordings, bbbkit.parse_delete_recordings, bbbkit.parse_update_recordings):
        with pytest.raises(bbbkit.RecordingNotFound) as info:
            parse(body)
        assert (info.value.kind, info.value.errors[0].kind) == ("recording_not_found", "recording_not_found")
        # Still a (key, message) pair; the kind survives pickling.
        assert info.value.errors[0] == ("notFound", "We could not find recordings")
        again = pickle.loads(pickle.dumps(info.value))
        assert type(again) is bbbkit.RecordingNotFound and again.errors[0].kind == "recording_not_found"
    with pytest.raises(bbbkit.MeetingNotFound):
        bbbkit.parse_meeting_info(fixture_bytes("error_not_found.xml"))


def test_failed_answer_keeps_its_details() -> None:
    body = b'{"response":{"returncode":"FAILED","messageKey":"upload_text_track_failed","message":"m","recordId":"r-1"}}'
    with pytest.raises(bbbkit.UnknownApiError) as info:
        bbbkit.parse_put_text_track(body)
    assert dict(info.value.details) == {"recordId": "r-1"}
    with pytest.raises(TypeError):
        info.value.details["recordId"] = "x"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(info.value)).details == {"recordId": "r-1"}


# A secret read from the environment or a file with os.fsdecode: non-UTF-8 bytes become lone
# surrogates (issue item 10). Encoding it used to raise UnicodeEncodeError carrying the value.
SURROGATE_SECRET = os.fsdecode(b"s3cr3t-\xe9-value")
SURROGATE_PART = "s3cr3t-"


def chain_text(e: BaseException) -> str:
    """Everything of an exception and of its __cause__/__context__ chain."""
    parts: List[str] = []
    seen: List[BaseException] = []
    cur: object = e
    while isinstance(cur, BaseException) and cur not in seen:
        seen.append(cur)
        parts += [str(cur), repr(cur), repr(cur.args), repr(vars(cur))]
        parts += traceback.format_exception(type(cur), cur, cur.__traceback__)
        cur = cur.__cause__ or cur.__context__
    return "\n".join(parts)


@pytest.mark.parametrize(
    "call",
    [
        lambda: bbbkit.Server(BASE, SURROGATE_SECRET),
        lambda: bbbkit.Verifier([SECRET, SURROGATE_SECRET]),
        lambda: bbbkit.checksum("end", "", SURROGATE_SECRET),
        lambda: bbbkit.CallbackVerifier(SURROGATE_SECRET),
        lambda: bbbkit.CallbackVerifier([SECRET, SURROGATE_SECRET]),
    ],
    ids=["Server", "Verifier", "checksum", "CallbackVerifier", "CallbackVerifier-list"],
)
def test_secret_with_lone_surrogate_is_an_invalid_parameter(call: object) -> None:
    with pytest.raises(bbbkit.InvalidParameter) as info:
        call()  # type: ignore[operator]
    e = info.value
    assert (e.parameter, e.rule) == ("secret", "utf8")
    assert "secret" in str(e) and "UTF-8" in str(e)
    text = chain_text(e)
    assert SURROGATE_PART not in text and SURROGATE_SECRET not in text
    assert e.__cause__ is None
    assert not isinstance(e.__context__, UnicodeError)


SURROGATE = "\udce9"
S = bbbkit.Server(BASE, SECRET)


def join(**kwargs: object) -> str:
    return S.join_url("room", "Ada", "viewer", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda s: bbbkit.Server(BASE + s, SECRET), "url"),
        (lambda s: S.join_url("room" + s, "Ada", "viewer"), "meetingID"),
        (lambda s: join(user_id=s), "userID"),
        (lambda s: join(userdata={"k": s}), "userdata-k"),
        (lambda s: join(userdata={s: "v"}), "userdata"),
        (lambda s: join(extra={s: "v"}), "extra"),
        (lambda s: bbbkit.Verifier([SECRET], allowed=["sha1" + s]), "allowed"),
        (lambda s: S.api_url("end" + s), "call"),
        (lambda s: S.api_url("end", {"meetingID": s}), "meetingID"),
        (lambda s: S.api_url("end", [(s, "x")]), "params"),
        (lambda s: S.checksum("end", s), "query"),
        (lambda s: S.verify("end", s), "query"),
        (lambda s: S.verify_url(BASE + s), "url"),
        (lambda s: bbbkit.Verifier([SECRET]).verify(s, "checksum=00"), "call"),
        (lambda s: bbbkit.Verifier([SECRET]).verify_url(BASE + s), "url"),
        (lambda s: bbbkit.checksum("end" + s, "", SECRET), "call"),
        (lambda s: bbbkit.parse_response(s), "data"),
        (lambda s: bbbkit.parse_error_redirect("https://x.example.com/?errors=" + s), "location"),
        (lambda s: bbbkit.CallbackVerifier(SECRET, allowed=["HS256" + s]), "allowed"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).recording_ready(s), "body"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).analytics("Bearer " + s), "authorization"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).webhook(BASE + s, b""), "callback_url"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).webhook(BASE, s), "body"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).webhook_bearer(s, b""), "authorization"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).end_callback_url(BASE + s, "m", 1), "url"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).end_callback_url(BASE, s, 1), "meetingID"),
        (lambda s: bbbkit.CallbackVerifier(SECRET).end_callback(BASE + s), "url"),
    ],
)
def test_lone_surrogates_name_the_parameter(call: object, parameter: str) -> None:
    with pytest.raises(bbbkit.InvalidParameter) as info:
        call(SURROGATE)  # type: ignore[operator]
    assert (info.value.parameter, info.value.rule) == (parameter, "utf8")
    assert SURROGATE not in chain_text(info.value)


def test_joined_and_created_reprs_hide_tokens_and_passwords() -> None:
    # Issue item 9: `%r` logging of a result must not leak what lets someone in. The marker
    # and the URL's redaction are the core's (REDACTED, redact_join_url): every language
    # prints the same.
    joined = bbbkit.parse_join_response(fixture_bytes("join_success_3.0.xml"))
    text = repr(joined)
    for secret in (joined.auth_token, joined.session_token):
        assert secret not in text
    assert "auth_token=[redacted], session_token=[redacted]" in text
    redacted_url = joined.url.replace(joined.session_token, "[redacted]")
    assert "sessionToken=[redacted]" in redacted_url
    assert f"url={redacted_url!r}" in text
    assert text.startswith("Joined(meeting_id='183f0bf3a0982a127bdb8161e0c44eb696b3e75c")
    assert "guest_status='ALLOW'" in text and "user_id='w_euxnssffnsjl'" in text
    # Still readable as attributes.
    assert joined.session_token == "ljbp2qalayrpgs3p"
    assert "sessionToken=ljbp2qalayrpgs3p" in joined.url

    created = bbbkit.parse_create_response(fixture_bytes("create_success.xml"))
    assert created.moderator_pw and created.attendee_pw
    text = repr(created)
    assert created.moderator_pw not in text and created.attendee_pw not in text
    assert "attendee_pw=[redacted], moderator_pw=[redacted]" in text
    assert "create_time=1715261728123" in text


def test_redaction_of_a_join_url_without_the_token_in_the_query() -> None:
    body = (
        b"<response><returncode>SUCCESS</returncode><messageKey>successfullyJoined</messageKey>"
        b"<message>ok</message><meeting_id>m</meeting_id><user_id>u</user_id>"
        b"<auth_token>a1</auth_token><session_token>tok123</session_token>"
        b"<url>https://bbb.example.com/html5client/join?sessionToken=tok123#tok123</url>"
        b"</response>"
    )
    text = repr(bbbkit.parse_join_response(body))
    assert "tok123" not in text and "'a1'" not in text
    assert "auth_token=[redacted], session_token=[redacted]" in text
    url = "https://bbb.example.com/html5client/join?sessionToken=[redacted]#[redacted]"
    assert f"url={url!r}" in text
