"""CallbackVerifier's Python surface: argument types, results, the spec's worked examples
(bbb-callbacks.md §7). Every case of callbacks.json runs in test_vectors.py."""

from __future__ import annotations

import hashlib
import hmac
import json
from base64 import urlsafe_b64encode
from typing import Any, Dict

import pytest

import bbbkit

SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"  # bbb-callbacks.md §7
TOKEN = (
    "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4"
    "YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0."
    "8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8"
)
RECORD_ID = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124"
ANALYTICS = (
    "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJleHAiOjE3MDg0Njc1NTV9.z4wBKpPHLA6pnppsLxVuFfcM2"
    "vMxcmVK6IrC-duo5vLbpVL2f_7k__bm3sAHeX-_ra0V6gdIp27Jj5Phr3XcQA"
)
HOOK_URL = "https://app.example.com/bbb/webhook"
HOOK_BODY = (
    b"domain=bbb.example.com&event=%5B%7B%22data%22%3A%7B%22type%22%3A%22event%22%2C%22id%22%3A"
    b"%22meeting-ended%22%2C%22attributes%22%3A%7B%22meeting%22%3A%7B%22internal-meeting-id%22%3A"
    b"%228043c8452ae9830aac14c517adff3839dbd9228f-1698771157700%22%2C%22external-meeting-id%22%3A"
    b"%22random-9019868%22%7D%7D%2C%22event%22%3A%7B%22ts%22%3A1708381155717%7D%7D%7D%5D"
    b"&timestamp=1708381155720"
)
V3_4_SHA1 = "a0b4421819f70615cf414fadc3df8ced3861b145"
V3_4_SHA256 = "6e7d93431984e60fe5eaf0a3c5ac1942876cb298199cd72dc9c8d5bb10b07ae6"
V3_0_CONSTANT = "616c50847930b35b4cceafc2484db5d3c72508b0"
V2_SHA1 = "f21e92f84a2eb47431c57895974e9fafb8790062"


def b64(data: bytes) -> str:
    return urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(claims: Dict[str, Any], secret: str = SECRET, alg: str = "HS256") -> str:
    """A JWT made with the standard library, independently of bbbkit."""
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    signing = b64(json.dumps({"alg": alg}).encode()) + "." + b64(json.dumps(claims).encode())
    signature = hmac.new(secret.encode(), signing.encode(), digest).digest()
    return signing + "." + b64(signature)


def test_recording_ready_spec_example() -> None:
    verifier = bbbkit.CallbackVerifier(SECRET)
    for body in (f"signed_parameters={TOKEN}", f"signed_parameters={TOKEN}".encode(), TOKEN):
        ready = verifier.recording_ready(body)
        assert (ready.meeting_id, ready.record_id) == ("test01", RECORD_ID)
        assert ready.algorithm is bbbkit.JwtAlgorithm.HS256 and ready.algorithm == "HS256"
        assert ready.key_index == 0 and ready.other_claims == {}
    ready = verifier.recording_ready(bytearray(json.dumps({"signed_parameters": TOKEN}).encode()))
    assert ready == verifier.recording_ready(TOKEN)
    assert hash(ready) == hash(verifier.recording_ready(TOKEN))
    assert repr(ready) == (
        f"RecordingReady(meeting_id='test01', record_id='{RECORD_ID}', other_claims={{}}, "
        "algorithm='HS256', key_index=0)"
    )
    with pytest.raises(bbbkit.CallbackSignature) as info:
        verifier.recording_ready(TOKEN.replace("8vrk", "8vrl"))
    assert info.value.http_status == 401 and info.value.code == "callback_signature"


def test_recording_ready_other_claims_are_python_values() -> None:
    token = jwt({"meeting_id": "m", "record_id": "r", "type": "video", "formats": ["a", "b"],
                 "n": 1, "x": {"ok": True, "none": None}})
    ready = bbbkit.CallbackVerifier(SECRET).recording_ready("signed_parameters=" + token)
    assert ready.other_claims == {"type": "video", "formats": ["a", "b"], "n": 1,
                                  "x": {"ok": True, "none": None}}
    assert list(ready.other_claims) == ["type", "formats", "n", "x"]
    assert repr(ready) == (
        "RecordingReady(meeting_id='m', record_id='r', other_claims={'type': 'video', "
        "'formats': ['a', 'b'], 'n': 1, 'x': {'ok': True, 'none': None}}, algorithm='HS256', "
        "key_index=0)"
    )
    ready.other_claims["type"] = "changed"  # a new dict each time: the result is unchanged
    assert ready.other_claims["type"] == "video"


def test_secrets_rotation_and_allow() -> None:
    token = jwt({"meeting_id": "m", "record_id": "r"}, secret="old", alg="HS512")
    with pytest.raises(bbbkit.CallbackAlgorithmNotAllowed) as info:
        bbbkit.CallbackVerifier(["new", "old"]).recording_ready(token)
    assert info.value.algorithm is bbbkit.JwtAlgorithm.HS512
    for allow in (["HS256", "HS512"], ["hs512"], [bbbkit.JwtAlgorithm.HS512], ("HS512",)):
        ready = bbbkit.CallbackVerifier(("new", "old"), allowed=allow).recording_ready(token)
        assert ready.key_index == 1 and ready.algorithm is bbbkit.JwtAlgorithm.HS512
    with pytest.raises(bbbkit.CallbackSignature):
        bbbkit.CallbackVerifier("new", allowed=["HS512"]).recording_ready(token)


def test_analytics_spec_example() -> None:
    verifier = bbbkit.CallbackVerifier(SECRET, now=1708467554)
    token = verifier.analytics(ANALYTICS)
    assert (token.expires_at, token.algorithm, token.key_index) == (1708467555, "HS512", 0)
    assert repr(token) == "AnalyticsToken(expires_at=1708467555, algorithm='HS512', key_index=0)"
    with pytest.raises(bbbkit.CallbackExpired) as info:
        bbbkit.CallbackVerifier(SECRET, now=1708467555).analytics(ANALYTICS)
    assert info.value.expires_at == 1708467555
    with pytest.raises(bbbkit.CallbackMissing):
        verifier.analytics(None)  # request.headers.get("Authorization") without the header
    with pytest.raises(bbbkit.CallbackMissing):
        verifier.analytics("")


def test_webhook_spec_examples() -> None:
    verifier = bbbkit.CallbackVerifier(SECRET)
    post = verifier.webhook(f"{HOOK_URL}?checksum={V3_4_SHA1}", HOOK_BODY)
    assert (post.domain, post.timestamp, post.scheme) == ("bbb.example.com", 1708381155720, "v3.4")
    assert post.algorithm is bbbkit.Algorithm.SHA1 and post.key_index == 0
    [event] = post.events
    assert event.id == "meeting-ended"
    assert event.internal_meeting_id == "8043c8452ae9830aac14c517adff3839dbd9228f-1698771157700"
    assert event.external_meeting_id == "random-9019868"
    assert event.timestamp == 1708381155717
    assert event.raw["data"]["attributes"]["meeting"]["external-meeting-id"] == "random-9019868"
    assert json.loads(event.raw_json) == event.raw
    assert repr(post) == (
        "WebhookPost(domain='bbb.example.com', timestamp=1708381155720, events=['meeting-ended'], "
        "scheme='v3.4', algorithm='sha1', key_index=0)"
    )
    assert repr(event).startswith("WebhookEvent(id='meeting-ended', internal_meeting_id='8043")
    sha256 = verifier.webhook(f"{HOOK_URL}?checksum={V3_4_SHA256}", HOOK_BODY.decode())
    assert sha256.algorithm is bbbkit.Algorithm.SHA256 and sha256.events == post.events

    # Tampered: another meeting ID in the body.
    with pytest.raises(bbbkit.CallbackSignature):
        tampered = HOOK_BODY.replace(b"9019868", b"9019869")
        verifier.webhook(f"{HOOK_URL}?checksum={V3_4_SHA1}", tampered)
    # bbb-webhooks 2.x: opt-in.
    with pytest.raises(bbbkit.CallbackSignature):
        verifier.webhook(f"{HOOK_URL}?checksum={V2_SHA1}", HOOK_BODY)
    v2 = verifier.webhook(f"{HOOK_URL}?checksum={V2_SHA1}", HOOK_BODY, accept_v2=True)
    assert v2.scheme == "v2"
    # bbb-webhooks 3.0-3.3's constant checksum: refused unless explicitly accepted.
    with pytest.raises(bbbkit.CallbackReplayableChecksum):
        verifier.webhook(f"{HOOK_URL}?checksum={V3_0_CONSTANT}", HOOK_BODY, accept_v2=True)
    replayable = verifier.webhook(
        f"{HOOK_URL}?checksum={V3_0_CONSTANT}", HOOK_BODY, accept_replayable_v3_0_checksum=True
    )
    assert replayable.scheme == "v3.0-constant"
    with pytest.raises(bbbkit.CallbackMissing):
        verifier.webhook(f"{HOOK_URL}?checksum=", HOOK_BODY)
    with pytest.raises(bbbkit.CallbackChecksumLength) as info:
        verifier.webhook(f"{HOOK_URL}?checksum=abc", HOOK_BODY)
    assert info.value.length == 3


def test_webhook_bearer() -> None:
    verifier = bbbkit.CallbackVerifier(["other", SECRET])
    post = verifier.webhook_bearer(f"Bearer {SECRET}", HOOK_BODY)
    assert (post.scheme, post.algorithm, post.key_index) == ("bearer", None, 1)
    with pytest.raises(bbbkit.CallbackSignature):
        verifier.webhook_bearer("Bearer nope", HOOK_BODY)
    with pytest.raises(bbbkit.CallbackMissing):
        verifier.webhook_bearer(None, HOOK_BODY)


def test_end_callback_round_trip() -> None:
    keys = bbbkit.CallbackVerifier(["an-application-key"], now=1_700_000_000)
    url = keys.end_callback_url("https://lms.example.com/bbb/ended", "physics 101", 1_700_086_400)
    called = url + "&recordingmarks=false&meetingID=physics+101"  # what BBB appends
    ended = keys.end_callback(called)
    assert (ended.meeting_id, ended.recording_marks, ended.key_index) == ("physics 101", False, 0)
    assert ended == keys.end_callback(called) and hash(ended) == hash(keys.end_callback(called))
    with pytest.raises(bbbkit.CallbackSignature):
        keys.end_callback(url + "&recordingmarks=false&meetingID=chemistry")
    with pytest.raises(bbbkit.CallbackExpired):
        bbbkit.CallbackVerifier("an-application-key", now=1_700_086_400).end_callback(
            url + "&recordingmarks=false&meetingID=physics+101"
        )
    with pytest.raises(bbbkit.InvalidParameter) as info:
        keys.end_callback_url("ftp://lms.example.com/", "m", 1)
    assert (info.value.parameter, info.value.rule) == ("url", "http_url")
    with pytest.raises(bbbkit.InvalidParameter) as info:
        keys.end_callback_url("https://lms.example.com/", "", 1)
    assert (info.value.parameter, info.value.rule) == ("meetingID", "required")


def test_allow_is_the_deprecated_spelling_of_allowed() -> None:
    # One keyword across the API (Verifier(allowed=...)); the old one still works, and warns.
    with pytest.warns(DeprecationWarning, match="allowed"):
        old = bbbkit.CallbackVerifier("s", allow=["HS512"])
    assert repr(old) == repr(bbbkit.CallbackVerifier("s", allowed=["HS512"]))
    with pytest.raises(TypeError, match="not both"):
        bbbkit.CallbackVerifier("s", allowed=["HS512"], allow=["HS256"])


def test_constructor_arguments() -> None:
    assert repr(bbbkit.CallbackVerifier(["a", "b"], allowed=["hs512", "HS256", "HS512"])) == (
        "CallbackVerifier(secrets=2, allowed=['HS512', 'HS256'], now=None, max_size=1048576)"
    )
    with pytest.raises(bbbkit.InvalidParameter) as info:
        bbbkit.CallbackVerifier([])
    assert (info.value.parameter, info.value.rule) == ("secrets", "required")
    with pytest.raises(bbbkit.InvalidParameter) as info:
        bbbkit.CallbackVerifier("s", allowed=["RS256"])
    assert (info.value.parameter, info.value.rule) == ("allowed", "one_of")
    assert str(info.value) == "invalid parameter `allowed`: must be one of HS256, HS384, HS512"
    with pytest.raises(bbbkit.InvalidParameter):
        bbbkit.JwtAlgorithm("none")
    with pytest.raises(TypeError):
        bbbkit.CallbackVerifier("s", allowed="HS256")  # a str is refused, not read as letters
    with pytest.raises(TypeError):
        bbbkit.CallbackVerifier(b"s")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bbbkit.CallbackVerifier("s", now=True)
    with pytest.raises(TypeError):
        bbbkit.CallbackVerifier("s", now=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        bbbkit.CallbackVerifier("s", now=-1)
    with pytest.raises(TypeError):
        bbbkit.CallbackVerifier("s").recording_ready(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        keys = bbbkit.CallbackVerifier("s")
        keys.end_callback_url("https://a.example/", "m", "1")  # type: ignore[arg-type]
    with pytest.raises(bbbkit.CallbackTooLarge) as too_large:
        bbbkit.CallbackVerifier(SECRET, max_size=10).recording_ready(TOKEN)
    assert too_large.value.limit == 10


def test_results_are_frozen() -> None:
    ready = bbbkit.CallbackVerifier(SECRET).recording_ready(TOKEN)
    with pytest.raises(AttributeError):
        ready.record_id = "x"  # type: ignore[misc]
    post = bbbkit.CallbackVerifier(SECRET).webhook(f"{HOOK_URL}?checksum={V3_4_SHA1}", HOOK_BODY)
    assert isinstance(post.events, tuple)
    with pytest.raises(AttributeError):
        post.events[0].id = "x"  # type: ignore[misc]
