"""The Python surface: keyword arguments, enums and strings, bytes and str, types, results."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any, Dict
from urllib.parse import parse_qsl, urlsplit

import pytest

import bbbkit
from bbbkit import Algorithm, GuestStatus, Layout, Role, Server
from conftest import fixture_bytes

SECRET = "8cd8ef52e8e101574e400365b55e11a6"
BASE = "https://bbb.example.com/bigbluebutton/api/"

# The core's documented example, checked against the spec's rules by hand.
ZOE_SHA1 = (
    "https://bbb.example.com/bigbluebutton/api/join?meetingID=room"
    "&fullName=Zo%C3%AB+O%27Neil&role=VIEWER"
    "&checksum=94a2b0cd67e5989714fef9c179821921eac67104"
)


@pytest.fixture
def server() -> Server:
    return Server(BASE, SECRET)


def query_of(url: str) -> Dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def independent_checksum(url: str, secret: str, alg: str = "sha256") -> str:
    """The checksum recomputed with hashlib from the emitted URL."""
    parts = urlsplit(url)
    call = parts.path.rsplit("/api/", 1)[1]
    signed = parts.query.rsplit("&checksum=", 1)[0]
    return hashlib.new(alg, (call + signed + secret).encode()).hexdigest()


class TestServer:
    def test_known_answer(self) -> None:
        server = Server(BASE, "secret", algorithm="sha1")
        assert server.join_url("room", "Zoë O'Neil", "viewer") == ZOE_SHA1

    def test_algorithm_enum_string_and_case(self) -> None:
        for alg in (Algorithm.SHA1, "sha1", "SHA1", "Sha-1"):
            server = Server(BASE, "secret", algorithm=alg)
            assert server.algorithm is Algorithm.SHA1
            assert server.join_url("room", "Zoë O'Neil", Role.VIEWER) == ZOE_SHA1

    def test_default_algorithm_is_sha256(self, server: Server) -> None:
        assert server.algorithm is Algorithm.SHA256
        url = server.join_url("room", "Ada", "viewer")
        assert len(query_of(url)["checksum"]) == 64
        assert query_of(url)["checksum"] == independent_checksum(url, SECRET)

    def test_unknown_algorithm(self) -> None:
        with pytest.raises(bbbkit.InvalidParameter) as info:
            Server(BASE, "secret", algorithm="md5")
        assert (info.value.parameter, info.value.rule) == ("algorithm", "one_of")

    def test_repr_and_base_url(self, server: Server) -> None:
        assert server.base_url == BASE
        assert repr(server) == f"Server(base_url='{BASE}', algorithm='sha256')"

    def test_positional_and_keyword_names(self, server: Server) -> None:
        a = server.join_url("room", "Ada", "moderator")
        b = server.join_url(meeting_id="room", full_name="Ada", role=Role.MODERATOR)
        assert a == b

    def test_every_keyword(self, server: Server) -> None:
        url = server.join_url(
            "room-1",
            "Ada Lovelace",
            Role.MODERATOR,
            password="mp-secret",
            create_time=1715261728123,
            user_id="u-1",
            first_name="Ada",
            last_name="Lovelace",
            avatar_url="https://example.com/a.png",
            webcam_background_url="https://example.com/b.png",
            redirect=False,
            error_redirect_url="https://lms.example.com/error",
            logout_url="https://lms.example.com/bye",
            guest=True,
            auth=True,
            bot=True,
            exclude_from_dashboard=True,
            enforce_layout=Layout.VIDEO_FOCUS,
            default_layout="smart_layout",
            existing_user_id="w_1",
            session_name="tab 2",
            replace_session_token="tok",
            userdata={"bbb_show_participants_on_login": "false"},
            extra={"lang": "de"},
        )
        names = [k for k, _ in parse_qsl(urlsplit(url).query)]
        assert names == [
            "meetingID", "fullName", "role", "password", "createTime", "userID", "firstName",
            "lastName", "avatarURL", "webcamBackgroundURL", "redirect", "errorRedirectUrl",
            "logoutURL", "guest", "auth", "bot", "excludeFromDashboard", "enforceLayout",
            "defaultLayout", "existingUserID", "sessionName", "replaceSessionToken",
            "userdata-bbb_show_participants_on_login", "lang", "checksum",
        ]  # fmt: skip
        q = query_of(url)
        assert q["createTime"] == "1715261728123"
        assert q["redirect"] == "false"
        assert q["enforceLayout"] == "VIDEO_FOCUS"
        assert q["defaultLayout"] == "SMART_LAYOUT"
        assert q["checksum"] == independent_checksum(url, SECRET)

    def test_none_means_not_sent(self, server: Server) -> None:
        assert server.join_url(
            "room", "Ada", "viewer", user_id=None, create_time=None, userdata=None, auth=None
        ) == server.join_url("room", "Ada", "viewer")

    def test_guest_false_is_not_sent(self, server: Server) -> None:
        assert "guest" not in query_of(server.join_url("room", "Ada", "viewer", guest=False))
        assert query_of(server.join_url("room", "Ada", "viewer", guest=True))["guest"] == "true"

    def test_userdata_order_is_kept(self, server: Server) -> None:
        data = OrderedDict([("z", "1"), ("a", "2")])
        url = server.join_url("room", "Ada", "viewer", userdata=data)
        assert url.index("userdata-z=1") < url.index("userdata-a=2")
        assert server.join_url("room", "Ada", "viewer", userdata=[("z", "1"), ("a", "2")]) == url
        assert server.join_url("room", "Ada", "viewer", userdata=dict(data)) == url

    def test_api_url(self, server: Server) -> None:
        url = server.api_url("getMeetingInfo", {"meetingID": "room 1"})
        assert url.startswith(BASE + "getMeetingInfo?meetingID=room+1&checksum=")
        assert query_of(url)["checksum"] == independent_checksum(url, SECRET)
        assert server.api_url("getMeetings").startswith(BASE + "getMeetings?checksum=")
        assert server.api_url("getMeetings", None) == server.api_url("getMeetings", {})

    def test_verify_round_trip(self, server: Server) -> None:
        url = server.api_url("end", [("meetingID", "physics 101")])
        ok = server.verify_url(url)
        assert (ok.call, ok.key_index, ok.algorithm) == ("end", 0, Algorithm.SHA256)
        assert ok.params() == [("meetingID", "physics 101")]
        assert ok.query == "meetingID=physics+101"
        assert server.verify("end", urlsplit(url).query) == ok
        assert "Verified(algorithm='sha256'" in repr(ok)


class TestKeywordErrors:
    def test_unknown_keyword(self, server: Server) -> None:
        with pytest.raises(TypeError, match="meetingID"):
            server.join_url("room", "Ada", "viewer", meetingID="x")  # type: ignore[call-arg]

    def test_keyword_only(self, server: Server) -> None:
        with pytest.raises(TypeError):
            server.join_url("room", "Ada", "viewer", "password")  # type: ignore[call-arg]

    def test_missing_required(self, server: Server) -> None:
        with pytest.raises(TypeError, match="full_name"):
            server.join_url("room")  # type: ignore[call-arg]

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"create_time": "1715261728123"}, "create_time"),
            ({"create_time": 1.5}, "create_time"),
            ({"create_time": True}, "create_time"),
            ({"redirect": "false"}, "redirect"),
            ({"guest": 1}, "guest"),
            ({"auth": "yes"}, "auth"),
            ({"user_id": 42}, "user_id"),
            ({"enforce_layout": 3}, "enforce_layout"),
            ({"userdata": "a=b"}, "userdata"),
            ({"userdata": {"a": 1}}, "userdata"),
            ({"extra": [("a",)]}, "extra"),
            ({"extra": 5}, "extra"),
        ],
    )
    def test_wrong_types_raise_type_error(
        self, server: Server, kwargs: Dict[str, Any], name: str
    ) -> None:
        with pytest.raises(TypeError, match=name):
            server.join_url("room", "Ada", "viewer", **kwargs)

    def test_wrong_positional_types(self, server: Server) -> None:
        with pytest.raises(TypeError, match="meeting_id"):
            server.join_url(b"room", "Ada", "viewer")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="role"):
            server.join_url("room", "Ada", 1)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            Server(BASE, b"secret")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            server.api_url("create", {"duration": 60})  # type: ignore[arg-type]

    def test_create_time_overflow(self, server: Server) -> None:
        with pytest.raises(OverflowError):
            server.join_url("room", "Ada", "viewer", create_time=2**64)

    def test_value_errors_name_the_bbb_parameter(self, server: Server) -> None:
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.join_url("room", "Ada", "viewer", create_time=0)
        assert (info.value.parameter, info.value.rule) == ("createTime", "positive")
        assert isinstance(info.value, ValueError)
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.join_url("room", "Ada", "viewer", default_layout="nope")
        assert (info.value.parameter, info.value.rule) == ("defaultLayout", "one_of")
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.join_url("room", "Ada", "admin")
        assert (info.value.parameter, info.value.rule) == ("role", "one_of")
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.join_url("room", "Ada")
        assert (info.value.parameter, info.value.rule) == ("role", "role_or_password")


class TestEnums:
    def test_are_real_str_enums(self) -> None:
        import enum

        for cls in (Role, Algorithm, Layout, GuestStatus):
            assert issubclass(cls, enum.Enum) and issubclass(cls, str)
        assert Role.MODERATOR == "MODERATOR"
        assert str(Algorithm.SHA512) == "sha512"
        assert f"{Layout.MEDIA_ONLY}" == "MEDIA_ONLY"
        assert [m.value for m in GuestStatus] == ["ALLOW", "WAIT", "DENY"]
        assert len(Layout) == 9

    @pytest.mark.parametrize("text", ["moderator", "MODERATOR", "Moderator", " moderator "])
    def test_role_any_case(self, server: Server, text: str) -> None:
        assert Role(text) is Role.MODERATOR
        assert server.join_url("room", "Ada", text) == server.join_url(
            "room", "Ada", Role.MODERATOR
        )

    def test_layout_spellings(self) -> None:
        assert Layout("video-focus") is Layout.VIDEO_FOCUS
        assert Layout("PARTICIPANTS_CHAT_ONLY") is Layout.PARTICIPANTS_AND_CHAT_ONLY

    def test_algorithm_spellings(self) -> None:
        assert Algorithm("SHA-384") is Algorithm.SHA384

    def test_unknown_value(self) -> None:
        with pytest.raises(bbbkit.InvalidParameter) as info:
            Role("admin")
        assert info.value.parameter == "role"
        with pytest.raises(ValueError):
            GuestStatus("MAYBE")
        with pytest.raises(ValueError):
            Role(3)


JOIN_XML = fixture_bytes("join_success_3.0.xml")


class TestParsing:
    def test_bytes_str_bytearray_agree(self) -> None:
        a = bbbkit.parse_join_response(JOIN_XML)
        assert bbbkit.parse_join_response(JOIN_XML.decode()) == a
        assert bbbkit.parse_join_response(bytearray(JOIN_XML)) == a
        assert a.session_token == "ljbp2qalayrpgs3p"
        assert a.guest_status is GuestStatus.ALLOW
        assert not a.is_waiting

    def test_wrong_type(self) -> None:
        with pytest.raises(TypeError, match="bytes or str"):
            bbbkit.parse_join_response(42)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            bbbkit.parse_join_response(None)  # type: ignore[arg-type]

    def test_results_are_immutable(self) -> None:
        joined = bbbkit.parse_join_response(JOIN_XML)
        with pytest.raises(AttributeError):
            joined.url = "https://evil.example.com/"  # type: ignore[misc]
        with pytest.raises((AttributeError, TypeError)):
            joined.extra = 1  # type: ignore[attr-defined]

    def test_equality_and_repr(self) -> None:
        a = bbbkit.parse_join_response(JOIN_XML)
        b = bbbkit.parse_join_response(JOIN_XML)
        assert a == b and a is not b
        assert a != bbbkit.parse_join_response(fixture_bytes("join_guest_wait_2.7.xml"))
        assert a != object()
        assert repr(a).startswith("Joined(meeting_id='183f0bf3a0982a127bdb8161e0c44eb696b3e75c")
        assert "guest_status='ALLOW'" in repr(a)

    def test_created(self) -> None:
        created = bbbkit.parse_create_response(fixture_bytes("create_success.xml"))
        assert created.create_time == 1715261728123
        assert isinstance(created.create_time, int)
        assert created == bbbkit.parse_create_response(fixture_bytes("create_success.xml"))
        assert "create_time=1715261728123" in repr(created)
        assert "duplicate_warning=False" in repr(created)

    def test_generic_response(self) -> None:
        r = bbbkit.parse_response(fixture_bytes("get_meeting_info.xml"))
        assert "meetingID" in r and "nope" not in r
        assert r.get("nope") is None and r.get("nope", "x") == "x"
        with pytest.raises(KeyError):
            r["nope"]
        root = r.root
        assert root.name == "response"
        assert len(root) == len(root.children) > 0
        assert root.child_text("returncode") == "SUCCESS"
        el = r.element("returncode")
        assert el is not None and el.text == "SUCCESS" and el.children == ()
        assert repr(el) == "Element(name='returncode', text='SUCCESS')"

    def test_max_size(self) -> None:
        with pytest.raises(bbbkit.ParseError) as info:
            bbbkit.parse_join_response(JOIN_XML, max_size=16)
        assert info.value.code == "too_large"

    def test_api_error_raised(self) -> None:
        with pytest.raises(bbbkit.CreateTimeMismatch) as info:
            bbbkit.parse_join_response(fixture_bytes("error_mismatch_create_time.xml"))
        assert info.value.message_key == "mismatchCreateTimeParam"

    def test_error_redirect_returns_the_exception(self) -> None:
        loc = (
            "https://bbb.example.com/?errors=[%7B%22message%22:%22Denied%22,"
            "%22key%22:%22guestDeniedAccess%22%7D]"
        )
        e = bbbkit.parse_error_redirect(loc)
        assert isinstance(e, bbbkit.GuestDenied)
        with pytest.raises(bbbkit.GuestDenied):
            raise e


class TestVerifier:
    def test_rotation_and_allow_list(self) -> None:
        q = "meetingID=room"
        old = hashlib.sha256(("end" + q + "old").encode()).hexdigest()
        v = bbbkit.Verifier(["new", "old"], allowed=[Algorithm.SHA256, "SHA512"])
        assert v.allowed == [Algorithm.SHA256, Algorithm.SHA512]
        ok = v.verify("end", f"{q}&checksum={old}")
        assert (ok.key_index, ok.algorithm) == (1, Algorithm.SHA256)
        sha1 = hashlib.sha1(("end" + q + "new").encode()).hexdigest()
        with pytest.raises(bbbkit.AlgorithmNotAllowed) as info:
            v.verify("end", f"{q}&checksum={sha1}")
        assert info.value.algorithm is Algorithm.SHA1

    def test_bad_arguments(self) -> None:
        with pytest.raises(TypeError, match="single str"):
            bbbkit.Verifier("secret")
        with pytest.raises(TypeError):
            bbbkit.Verifier([1])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            bbbkit.Verifier(["s"], allowed="sha1")
        with pytest.raises(bbbkit.InvalidParameter) as info:
            bbbkit.Verifier([])
        assert info.value.parameter == "secrets"
        with pytest.raises(bbbkit.InvalidParameter):
            bbbkit.Verifier(["s"], allowed=["md5"])

    def test_repr_hides_secrets(self) -> None:
        v = bbbkit.Verifier(["first-secret", "second-secret"])
        assert repr(v) == "Verifier(secrets=2, allowed=['sha1', 'sha256', 'sha384', 'sha512'])"


def test_checksum_function() -> None:
    expected = hashlib.sha384(b"getMeetings" + b"" + b"AFFE").hexdigest()
    assert bbbkit.checksum("getMeetings", "", "AFFE", "sha384") == expected
    assert bbbkit.checksum("getMeetings", "", "AFFE") == hashlib.sha256(b"getMeetingsAFFE").hexdigest()


def test_version() -> None:
    assert bbbkit.__version__.count(".") == 2


def test_results_are_hashable_values() -> None:
    a = bbbkit.parse_join_response(JOIN_XML)
    b = bbbkit.parse_join_response(JOIN_XML.decode())
    assert hash(a) == hash(b) and len({a, b}) == 1
    created = bbbkit.parse_create_response(fixture_bytes("create_success.xml"))
    assert hash(created) == hash(bbbkit.parse_create_response(fixture_bytes("create_success.xml")))
    r = bbbkit.parse_response(fixture_bytes("get_meeting_info.xml"))
    assert {r, bbbkit.parse_response(fixture_bytes("get_meeting_info.xml"))} == {r}
    assert hash(r.root) == hash(r.root) and r.root == r.root
    server = Server(BASE, SECRET)
    ok = server.verify_url(server.api_url("end", {"meetingID": "m1"}))
    assert len({ok, server.verify_url(server.api_url("end", {"meetingID": "m1"}))}) == 1


def test_public_names_live_in_bbbkit() -> None:
    import pickle

    for name in bbbkit.__all__:
        obj = getattr(bbbkit, name)
        if isinstance(obj, type):
            assert obj.__module__ == "bbbkit", name
    assert pickle.loads(pickle.dumps(Role.VIEWER)) is Role.VIEWER
    assert repr(bbbkit.InvalidParameter("m", "meetingID", "empty")).startswith("InvalidParameter(")


class TestDeclarations:
    """What the package derives from the core's declarations."""

    def test_join_parameters(self) -> None:
        params = bbbkit.JOIN_PARAMETERS
        assert [p.name for p in params[:3]] == ["meetingID", "fullName", "role"]
        assert all(isinstance(p, bbbkit.Parameter) for p in params)
        by_name = {p.name: p for p in params}
        assert by_name["createTime"].field == "create_time"
        assert by_name["createTime"].type == "integer"
        assert by_name["meetingID"].required and "no_comma" in by_name["meetingID"].rules
        assert by_name["guest"].only_when_true and not by_name["auth"].only_when_true
        assert by_name["sessionName"].requires == "existingUserID"
        assert by_name["role"].alternative == "password"
        assert {p.type for p in params} <= {"text", "url", "boolean", "integer", "role", "layout", "meta"}
        assert params[-1].name == "userdata-" and params[-1].type == "meta"
        assert all(p.doc for p in params)

    def test_join_url_keywords_are_the_declared_fields(self) -> None:
        import inspect

        names = list(inspect.signature(Server.join_url).parameters)[1:]
        assert names == [p.field for p in bbbkit.JOIN_PARAMETERS] + ["extra"]
        assert names[-2] == "userdata"

    def test_every_declared_parameter_is_sent(self, server: Server) -> None:
        # One value of each declared type per keyword: each lands under its BBB name.
        values = {
            "text": "x1",
            "url": "https://example.com/x",
            "boolean": True,
            "integer": 1715261728123,
            "role": "viewer",
            "layout": "video_focus",
            "meta": {"bbb_x": "1"},
        }
        kwargs: Dict[str, Any] = {p.field: values[p.type] for p in bbbkit.JOIN_PARAMETERS}
        kwargs["meeting_id"] = "room-1"
        q = query_of(server.join_url(**kwargs))
        for p in bbbkit.JOIN_PARAMETERS:
            name = p.name + "bbb_x" if p.type == "meta" else p.name
            assert name in q, name

    def test_unknown_keyword_is_a_type_error(self, server: Server) -> None:
        with pytest.raises(TypeError, match="unexpected keyword argument 'webcam_url'"):
            server.join_url("room", "Ada", "viewer", webcam_url="x")  # type: ignore[call-arg]

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"redirect": 1}, "redirect must be bool, not int"),
            ({"bot": "true"}, "bot must be bool, not str"),
            ({"create_time": True}, "create_time must be int, not bool"),
            ({"logout_url": b"https://x"}, "logout_url must be str, not bytes"),
            ({"default_layout": 7}, "default_layout must be str, not int"),
        ],
    )
    def test_type_errors_name_the_keyword(
        self, server: Server, kwargs: Dict[str, Any], message: str
    ) -> None:
        with pytest.raises(TypeError) as info:
            server.join_url("room", "Ada", "viewer", **kwargs)
        assert str(info.value) == message

    def test_flags_none_is_not_sent(self, server: Server) -> None:
        plain = server.join_url("room", "Ada", "viewer")
        assert server.join_url("room", "Ada", "viewer", guest=None, bot=False) == plain

    def test_enum_members_are_the_core_spellings(self) -> None:
        from bbbkit import _bbbkit

        assert [m.value for m in Role] == list(_bbbkit._ROLES)
        assert [m.value for m in Layout] == list(_bbbkit._LAYOUTS)
        assert [m.value for m in Algorithm] == list(_bbbkit._ALGORITHMS)

    def test_every_error_kind_has_its_class(self) -> None:
        from bbbkit import _bbbkit

        def pascal(snake: str) -> str:
            return "".join(w.capitalize() for w in snake.split("_"))

        for kind in _bbbkit._API_ERROR_KINDS:
            cls = getattr(bbbkit, pascal(kind))
            assert issubclass(cls, bbbkit.ApiError), kind
        for code in _bbbkit._VERIFY_ERROR_CODES:
            verify_cls = getattr(bbbkit, pascal(code))
            assert issubclass(verify_cls, bbbkit.VerifyError) and verify_cls.code == code


def test_parse_options() -> None:
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_response(b"<response>" * 3 + b"</response>" * 3, max_depth=2)
    assert info.value.code == "too_deep"
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_create_response(fixture_bytes("create_success.xml"), max_size=10)
    assert info.value.code == "too_large"
    ok = bbbkit.parse_join_response(JOIN_XML, max_size=len(JOIN_XML), max_depth=2)
    assert ok.session_token == "ljbp2qalayrpgs3p"
