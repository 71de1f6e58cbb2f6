"""The typed methods of every call beside join (`create_url`, `get_recordings_url`, …), the
by-name path (`Server.prepare`), `PreparedRequest` and the value classes. Every vector of
`calls.json` runs in test_vectors.py; these tests cover the Python side: which Python values
are accepted, the TypeErrors, the classes' behaviour. Expected URLs and bodies are written out
from the spec (docs/spec/bbb-api.md), not computed by bbbkit."""

from __future__ import annotations

import inspect
import re
from typing import Any, Callable, Dict, List, Tuple

import pytest

import bbbkit
from bbbkit import Document, Feature, Group, GuestPolicy, PluginManifest, RecordingState, Server

SECRET = "8cd8ef52e8e101574e400365b55e11a6"
BASE = "https://bbb.example.com/bigbluebutton/api/"


@pytest.fixture
def server() -> Server:
    return Server("https://bbb.example.com/bigbluebutton/api/", SECRET)


def query(url: str) -> str:
    """The query of a signed URL without the checksum."""
    q = url.split("?", 1)[1]
    assert re.search(r"&?checksum=[0-9a-f]{64}$", q), url
    return re.sub(r"&?checksum=[0-9a-f]{64}$", "", q)


# The calls bbbkit declares (docs/spec/bbb-api.md) and the Server methods they get.
METHODS = {
    "create": ["create_url", "create_request"],
    "end": ["end_url"],
    "isMeetingRunning": ["is_meeting_running_url"],
    "getMeetingInfo": ["get_meeting_info_url"],
    "getMeetings": ["get_meetings_url"],
    "getRecordings": ["get_recordings_url"],
    "publishRecordings": ["publish_recordings_url"],
    "deleteRecordings": ["delete_recordings_url"],
    "updateRecordings": ["update_recordings_url"],
    "getRecordingTextTracks": ["get_recording_text_tracks_url"],
    "putRecordingTextTrack": ["put_recording_text_track_request"],
    "insertDocument": ["insert_document_request"],
    "sendChatMessage": ["send_chat_message_url"],
    "hooks/create": ["hooks_create_url"],
    "hooks/destroy": ["hooks_destroy_url"],
    "hooks/list": ["hooks_list_url"],
}


class TestDeclarations:
    def test_every_call_is_declared_with_its_methods(self) -> None:
        assert list(bbbkit.CALL_PARAMETERS) == ["join", *METHODS]
        names = {n for n in dir(Server) if n.endswith(("_url", "_request"))}
        assert names == {m for ms in METHODS.values() for m in ms} | {
            "join_url",
            "api_url",
            "verify_url",
            "base_url",
        }, names

    def test_call_parameters_are_read_only(self) -> None:
        with pytest.raises(TypeError):
            bbbkit.CALL_PARAMETERS["join"] = ()  # type: ignore[index]
        assert bbbkit.CALL_PARAMETERS["join"] == bbbkit.JOIN_PARAMETERS

    @pytest.mark.parametrize("call", list(METHODS))
    def test_keywords_are_the_declared_fields(self, call: str) -> None:
        declared = bbbkit.CALL_PARAMETERS[call]
        for name in METHODS[call]:
            sig = inspect.signature(getattr(Server, name))
            params = [p for p in sig.parameters if p != "self"]
            assert params[-1] == "extra"
            fields = [p.field for p in declared if name.endswith("_request") or not p.in_body]
            assert sorted(params[:-1]) == sorted(fields)
            # The required parameters are positional, meeting_id first; the rest keyword-only.
            positional = [
                a.name
                for a in sig.parameters.values()
                if a.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and a.name != "self"
            ]
            assert set(positional) == {p.field for p in declared if p.required}
            if "meeting_id" in positional:
                assert positional[0] == "meeting_id"

    def test_parameter_descriptions(self) -> None:
        by_name = {p.name: p for p in bbbkit.CALL_PARAMETERS["create"]}
        # From the spec: the documents go in the body, the passwords need each other.
        assert by_name["document"].field == "documents"
        assert by_name["document"].type == "documents" and by_name["document"].in_body
        assert by_name["attendeePW"].requires == "moderatorPW"
        assert by_name["isBreakout"].requires_all == ("parentMeetingID", "sequence")
        assert by_name["meta_"].field == "meta" and by_name["meta_"].type == "meta"
        assert by_name["guestPolicy"].type == "guest_policy"
        assert not by_name["record"].in_body and by_name["record"].requires_all == ()
        limit = next(p for p in bbbkit.CALL_PARAMETERS["getRecordings"] if p.name == "limit")
        assert (limit.field, limit.type, limit.rules) == ("limit", "integer", ("range",))


class TestEnums:
    def test_members_are_the_spec_values(self) -> None:
        assert [m.value for m in GuestPolicy] == [
            "ALWAYS_ACCEPT",
            "ALWAYS_DENY",
            "ASK_MODERATOR",
            "ALWAYS_ACCEPT_AUTH",
        ]
        assert [m.value for m in RecordingState] == [
            "processing",
            "processed",
            "published",
            "unpublished",
            "deleted",
            "any",
        ]
        assert [m.value for m in bbbkit.TextTrackKind] == ["subtitles", "captions"]
        assert Feature.BREAKOUT_ROOMS.value == "breakoutRooms"
        assert Feature.SHARED_NOTES.value == "sharedNotes"
        assert len(Feature) == 35

    def test_any_case(self) -> None:
        assert GuestPolicy("ask-moderator") is GuestPolicy.ASK_MODERATOR
        assert RecordingState("PUBLISHED") is RecordingState.PUBLISHED
        assert bbbkit.TextTrackKind("Captions") is bbbkit.TextTrackKind.CAPTIONS
        assert Feature("SHAREDNOTES") is Feature.SHARED_NOTES
        assert str(Feature.CHAT) == "chat" and f"{GuestPolicy.ALWAYS_DENY}" == "ALWAYS_DENY"

    def test_unknown_values(self) -> None:
        for cls, value in [
            (GuestPolicy, "sometimes"),
            (RecordingState, "done"),
            (bbbkit.TextTrackKind, "audio"),
            (Feature, "chta"),
            (Feature, "newer:whiteboardAi"),  # a newer feature is not a member
        ]:
            with pytest.raises(ValueError):
                cls(value)


class TestCreate:
    def test_known_answer(self) -> None:
        # docs/spec/bbb-api.md: the create example (name, meetingID, passwords; SHA-1).
        server = Server("https://bbb.example.com", "639259d4-9dd8-4b25-bf01-95f9567eaf4b", "sha1")
        url = server.create_url(
            "abc123", "Test Meeting", attendee_pw="111222", moderator_pw="333444"
        )
        assert url == (
            "https://bbb.example.com/bigbluebutton/api/create?name=Test+Meeting&meetingID=abc123"
            "&attendeePW=111222&moderatorPW=333444"
            "&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"
        )

    def test_python_values(self, server: Server) -> None:
        url = server.create_url(
            "cs101",
            "CS 101",
            record=True,
            max_participants=0,
            meta={"bbb-origin": "Moodle", "course": "7"},
            guest_policy=GuestPolicy.ASK_MODERATOR,
            meeting_layout="video_focus",
            lock_settings_disable_cam=False,
            disabled_features=[Feature.POLLS, "SharedNotes", "newer:whiteboardAi"],
            groups=[Group("g1", "Team A", ["u-1"]), {"id": "g2"}],
            plugin_manifests=[PluginManifest("https://plugins.example.com/m.json", "abc")],
            extra={"plugin_pick": "on"},
        )
        assert query(url) == (
            "name=CS+101&meetingID=cs101&maxParticipants=0&record=true"
            "&meta_bbb-origin=Moodle&meta_course=7&lockSettingsDisableCam=false"
            "&guestPolicy=ASK_MODERATOR&meetingLayout=VIDEO_FOCUS"
            "&groups=%5B%7B%22id%22%3A%22g1%22%2C%22name%22%3A%22Team+A%22%2C%22roster%22%3A%5B%22u-1%22%5D%7D"
            "%2C%7B%22id%22%3A%22g2%22%2C%22roster%22%3A%5B%5D%7D%5D"
            "&disabledFeatures=polls%2CsharedNotes%2CwhiteboardAi"
            "&pluginManifests=%5B%7B%22url%22%3A%22https%3A%2F%2Fplugins.example.com%2Fm.json%22"
            "%2C%22checksum%22%3A%22abc%22%7D%5D"
            "&plugin_pick=on"
        )

    def test_meta_pairs_keep_their_order(self, server: Server) -> None:
        a = server.create_url("cs101", "CS 101", meta=[("b", "2"), ("a", "1")])
        b = server.create_url("cs101", "CS 101", meta={"b": "2", "a": "1"})
        assert a == b and "&meta_b=2&meta_a=1&" in a

    def test_none_is_not_sent(self, server: Server) -> None:
        assert server.create_url("cs101", "CS 101", record=None, meta=None) == server.create_url(
            "cs101", "CS 101"
        )

    def test_is_breakout_false_is_not_sent(self, server: Server) -> None:
        assert query(server.create_url("cs101", "CS 101", is_breakout=False)) == (
            "name=CS+101&meetingID=cs101"
        )

    def test_create_url_has_no_body_parameters(self, server: Server) -> None:
        with pytest.raises(TypeError, match="documents"):
            server.create_url("cs101", "CS 101", documents=[])  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="client_settings_override"):
            server.create_url("cs101", "CS 101", client_settings_override="{}")  # type: ignore[call-arg]

    def test_empty_client_settings_override_is_refused(self, server: Server) -> None:
        # One behaviour in every front end: refused as empty, never sent nor dropped.
        empties: Tuple[Any, ...] = ({}, "{}")
        for empty in empties:
            with pytest.raises(bbbkit.InvalidParameter) as info:
                server.create_request("cs101", "CS 101", client_settings_override=empty)
            assert (info.value.parameter, info.value.rule) == ("clientSettingsOverride", "empty")

    def test_request_without_body_is_a_get(self, server: Server) -> None:
        r = server.create_request("cs101", "CS 101", record=True)
        assert (r.method, r.body, r.content_type, r.file_field) == ("GET", None, None, None)
        assert r.url == server.create_url("cs101", "CS 101", record=True)

    def test_request_with_documents(self, server: Server) -> None:
        r = server.create_request(
            "cs101",
            "CS 101",
            documents=[
                Document.url("https://files.example.com/a.pdf", current=True),
                Document.content("b.pdf", b"Hi", downloadable=True, removable=False),
            ],
            client_settings_override={"public": {"app": {"appName": "Zoë"}}},
        )
        assert (r.method, r.content_type, r.file_field) == ("POST", "application/xml", None)
        # The documents are not in the signed query.
        assert query(r.url) == "name=CS+101&meetingID=cs101"
        assert r.body == (
            '<?xml version="1.0" encoding="UTF-8"?><modules><module name="presentation">'
            '<document url="https://files.example.com/a.pdf" current="true" downloadable="false" removable="true"/>'
            '<document name="b.pdf" filename="b.pdf" current="false" downloadable="true" removable="false">SGk=</document>'
            '</module><module name="clientSettingsOverride"><![CDATA[{"public":{"app":{"appName":"Zoë"}}}]]></module>'
            "</modules>"
        ).encode()

    def test_one_document_alone(self, server: Server) -> None:
        one = server.create_request("cs101", "CS 101", documents=Document.url("https://f.example.com/a.pdf"))
        listed = server.create_request("cs101", "CS 101", documents=[Document.url("https://f.example.com/a.pdf")])
        assert one == listed

    def test_client_settings_as_text(self, server: Server) -> None:
        r = server.create_request("cs101", "CS 101", client_settings_override='{"a": 1}')
        assert r.body is not None and b'<![CDATA[{"a": 1}]]>' in r.body


class TestOtherCalls:
    def test_get_recordings(self, server: Server) -> None:
        url = server.get_recordings_url(
            meeting_id=["cs101", "cs102"],
            state=[RecordingState.PUBLISHED, "Unpublished"],
            meta={"course": "%math%"},
            offset=20,
            limit=10,
        )
        assert query(url) == (
            "meetingID=cs101%2Ccs102&state=published%2Cunpublished&meta_course=%25math%25"
            "&offset=20&limit=10"
        )

    def test_one_str_is_a_list_of_one(self, server: Server) -> None:
        assert query(server.get_recordings_url(meeting_id="cs101", state="published")) == (
            "meetingID=cs101&state=published"
        )
        assert query(server.delete_recordings_url("r1")) == "recordID=r1"
        assert query(server.delete_recordings_url(("r1", "r2"))) == "recordID=r1%2Cr2"

    def test_an_id_with_a_comma_is_refused(self, server: Server) -> None:
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.delete_recordings_url(["r1,r2"])
        assert (info.value.parameter, info.value.rule) == ("recordID", "no_comma")

    @pytest.mark.parametrize(
        "make, call, expected",
        [
            (lambda s: s.end_url("cs101"), "end", "meetingID=cs101"),
            (lambda s: s.is_meeting_running_url("cs101"), "isMeetingRunning", "meetingID=cs101"),
            (lambda s: s.get_meeting_info_url("cs101"), "getMeetingInfo", "meetingID=cs101"),
            (lambda s: s.get_meetings_url(), "getMeetings", ""),
            (
                lambda s: s.publish_recordings_url(["r1", "r2"], False),
                "publishRecordings",
                "recordID=r1%2Cr2&publish=false",
            ),
            (
                lambda s: s.update_recordings_url("r1", meta={"presenter": "Jane Doe", "course": ""}),
                "updateRecordings",
                "recordID=r1&meta_presenter=Jane+Doe&meta_course=",
            ),
            (
                lambda s: s.get_recording_text_tracks_url("r1"),
                "getRecordingTextTracks",
                "recordID=r1",
            ),
            (
                lambda s: s.send_chat_message_url("cs101", "Hi ☕", user_name="Bot"),
                "sendChatMessage",
                "meetingID=cs101&message=Hi+%E2%98%95&userName=Bot",
            ),
            (
                lambda s: s.hooks_create_url(
                    "https://app.example.com/hooks", event_id=["meeting-created"], get_raw=True
                ),
                "hooks/create",
                "callbackURL=https%3A%2F%2Fapp.example.com%2Fhooks&eventID=meeting-created&getRaw=true",
            ),
            (lambda s: s.hooks_destroy_url("7"), "hooks/destroy", "hookID=7"),
            (lambda s: s.hooks_list_url(meeting_id="cs101"), "hooks/list", "meetingID=cs101"),
        ],
    )
    def test_url(
        self, server: Server, make: Callable[[Server], str], call: str, expected: str
    ) -> None:
        url = make(server)
        assert url.startswith(f"{BASE}{call}?")
        assert query(url) == expected
        # Signed with this server's secret over exactly that query.
        verified = server.verify_url(url)
        assert (verified.call, verified.query) == (call, expected)

    def test_put_recording_text_track(self, server: Server) -> None:
        r = server.put_recording_text_track_request("r1", bbbkit.TextTrackKind.SUBTITLES, "pt-BR", label="Português")
        assert (r.method, r.body, r.content_type, r.file_field) == (
            "POST",
            None,
            "multipart/form-data",
            "file",
        )
        assert query(r.url) == "recordID=r1&kind=subtitles&lang=pt_BR&label=Portugu%C3%AAs"

    def test_insert_document(self, server: Server) -> None:
        r = server.insert_document_request("cs101", [Document.url("https://f.example.com/w2.pdf", removable=False)])
        assert (r.method, r.content_type) == ("POST", "application/xml")
        assert query(r.url) == "meetingID=cs101"
        assert r.body == (
            b'<?xml version="1.0" encoding="UTF-8"?><modules><module name="presentation">'
            b'<document url="https://f.example.com/w2.pdf" current="false" downloadable="false" removable="false"/>'
            b"</module></modules>"
        )
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.insert_document_request("cs101", [])
        assert (info.value.parameter, info.value.rule) == ("document", "required")


class TestTypes:
    @pytest.mark.parametrize(
        "kwargs, message",
        [
            ({"record": "true"}, "record must be bool, not str"),
            ({"max_participants": True}, "max_participants must be int, not bool"),
            ({"max_participants": "5"}, "max_participants must be int, not str"),
            ({"welcome": 5}, "welcome must be str, not int"),
            ({"guest_policy": 1}, "guest_policy must be str, not int"),
            ({"meta": "a=b"}, "meta must be a mapping"),
            ({"meta": {"a": 1}}, "meta values must be str, not int"),
            ({"disabled_features": b"chat"}, "disabled_features must be a list, not bytes"),
            ({"disabled_features": 3}, "disabled_features must be a list, not int"),
            ({"disabled_features": [Feature.CHAT, 3]}, "each item of disabled_features must be str, not int"),
            ({"groups": ["g1"]}, "each item of groups must be a bbbkit.Group or a mapping, not str"),
            ({"groups": [{"id": "g", "size": 3}]}, "unknown key 'size'"),
            ({"groups": [{"name": "A"}]}, "each item of groups has no id"),
            ({"plugin_manifests": [{"checksum": "x"}]}, "has no url"),
            ({"extra": [("a", 1)]}, "extra values must be str, not int"),
        ],
    )
    def test_type_errors_name_the_keyword(
        self, server: Server, kwargs: Dict[str, Any], message: str
    ) -> None:
        with pytest.raises(TypeError, match=re.escape(message)):
            server.create_url("cs101", "CS 101", **kwargs)

    def test_request_type_errors(self, server: Server) -> None:
        with pytest.raises(TypeError, match="must be a bbbkit.Document"):
            server.create_request("cs101", "CS 101", documents=["https://f.example.com/a.pdf"])  # type: ignore[list-item]
        with pytest.raises(TypeError, match="client_settings_override must be a mapping or JSON text"):
            server.create_request("cs101", "CS 101", client_settings_override=[1])  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="JSON-serializable"):
            server.create_request("cs101", "CS 101", client_settings_override={"a": object()})

    def test_unknown_keyword_and_missing_argument(self, server: Server) -> None:
        with pytest.raises(TypeError, match="recrod"):
            server.create_url("cs101", "CS 101", recrod=True)  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            server.create_url("cs101")  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            server.get_recordings_url("cs101")  # type: ignore[call-arg]

    def test_validation_names_the_bbb_parameter(self, server: Server) -> None:
        checks: List[Tuple[Callable[[], object], str, str]] = [
            (lambda: server.create_url("cs101", "CS 101", guest_policy="sometimes"), "guestPolicy", "one_of"),
            (lambda: server.create_url("cs101", "CS 101", meeting_layout="sideways"), "meetingLayout", "one_of"),
            (lambda: server.create_url("cs101", "CS 101", disabled_features_exclude=["chta"]), "disabledFeaturesExclude", "one_of"),
            (lambda: server.create_url("cs101", "CS 101", disabled_features=["newer:9lives"]), "disabledFeatures", "name"),
            (lambda: server.create_url("cs101", "CS 101", meta={"a_b": "x"}), "meta_a_b", "meta_name"),
            (lambda: server.create_url("cs101", "CS 101", max_participants=-1), "maxParticipants", "range"),
            (lambda: server.create_url("cs101", "CS 101", meta={"a": "\udcff"}), "meta_a", "utf8"),
            (lambda: server.get_recordings_url(state=["done"]), "state", "one_of"),
            (lambda: server.get_recordings_url(limit=101), "limit", "range"),
            (lambda: server.put_recording_text_track_request("r1", "audio", "en"), "kind", "one_of"),
            (lambda: server.create_url("cs101", "CS 101", extra={"MeetingID": "x"}), "MeetingID", "reserved"),
        ]
        for make, parameter, rule in checks:
            with pytest.raises(bbbkit.InvalidParameter) as info:
                make()
            assert (info.value.parameter, info.value.rule) == (parameter, rule)

    def test_integers_beyond_i64(self, server: Server) -> None:
        with pytest.raises(OverflowError):
            server.create_url("cs101", "CS 101", duration=2**64)


class TestPrepareByName:
    def test_pairs_then_keywords(self, server: Server) -> None:
        r = server.prepare("create", [("meetingID", "cs101"), ("name", "CS 101")], record="true")
        assert r.method == "GET" and query(r.url) == "name=CS+101&meetingID=cs101&record=true"
        assert r == server.create_request("cs101", "CS 101", record=True)

    def test_join_by_name(self, server: Server) -> None:
        r = server.prepare("join", meetingID="cs101", fullName="Ada", role="viewer")
        assert (r.method, r.body) == ("GET", None)
        assert r.url == server.join_url("cs101", "Ada", "viewer")

    def test_a_repeated_parameter_is_refused(self, server: Server) -> None:
        # BBB reads the first value: the second must never be signed in its place.
        pairs = [("meetingID", "m1"), ("fullName", "Ada"), ("role", "VIEWER"), ("role", "MODERATOR")]
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.prepare("join", pairs)
        assert (info.value.parameter, info.value.rule) == ("role", "duplicate")
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.prepare("create", [("meetingID", "cs101"), ("name", "CS 101"), ("record", "true")], record="false")
        assert (info.value.parameter, info.value.rule) == ("record", "duplicate")

    def test_documents_by_name_add(self, server: Server) -> None:
        r = server.prepare(
            "insertDocument",
            [
                ("meetingID", "cs101"),
                ("document", '{"url": "https://f.example.com/a.pdf"}'),
                ("document", '{"content": "SGk=", "filename": "b.pdf"}'),
            ],
        )
        assert r == server.insert_document_request(
            "cs101", [Document.url("https://f.example.com/a.pdf"), Document.content("b.pdf", b"Hi")]
        )

    def test_unknown_call(self, server: Server) -> None:
        with pytest.raises(bbbkit.InvalidParameter) as info:
            server.prepare("getMeeting")
        assert (info.value.parameter, info.value.rule) == ("call", "one_of")

    def test_values_must_be_str(self, server: Server) -> None:
        with pytest.raises(TypeError, match="record must be str, not bool"):
            server.prepare("create", meetingID="cs101", name="CS 101", record=True)  # type: ignore[arg-type]


class TestValueClasses:
    def test_prepared_request(self, server: Server) -> None:
        r = server.put_recording_text_track_request("r1", "captions", "en")
        assert repr(r) == (
            f"PreparedRequest(method='POST', url={r.url!r}, body=None, "
            "content_type='multipart/form-data', file_field='file')"
        )
        with pytest.raises(AttributeError):
            r.url = "x"  # type: ignore[misc]
        assert hash(r) == hash(server.put_recording_text_track_request("r1", "captions", "en"))
        posted = server.create_request("cs101", "CS 101", documents=[Document.content("a.txt", b"x")])
        assert re.search(r"body=<\d+ bytes>", repr(posted))

    def test_document(self) -> None:
        d = Document.url("https://f.example.com/a.pdf", filename="a.pdf", current=True)
        assert (d.source, d.filename, d.current, d.downloadable, d.removable) == (
            "https://f.example.com/a.pdf",
            "a.pdf",
            True,
            False,
            True,
        )
        c = Document.content("b.pdf", bytearray(b"%PDF"), removable=False)
        assert (c.source, c.filename, c.removable) == (b"%PDF", "b.pdf", False)
        assert Document.content("b.pdf", memoryview(b"%PDF"), removable=False) == c
        assert repr(c) == "Document.content('b.pdf', <4 bytes>, current=False, downloadable=False, removable=False)"
        assert d == Document.url("https://f.example.com/a.pdf", filename="a.pdf", current=True)
        assert hash(d) == hash(Document.url("https://f.example.com/a.pdf", filename="a.pdf", current=True))
        assert d != Document.url("https://f.example.com/a.pdf")
        with pytest.raises(AttributeError):
            d.current = False  # type: ignore[misc]
        with pytest.raises(TypeError):
            Document()
        with pytest.raises(TypeError, match="content must be bytes, not str"):
            Document.content("a.txt", "text")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            Document.url("https://f.example.com/a.pdf", current=1)  # type: ignore[arg-type]

    def test_group_and_plugin_manifest(self) -> None:
        g = Group("g1", roster=["u1"])
        assert (g.id, g.name, g.roster) == ("g1", None, ("u1",))
        assert repr(g) == "Group(id='g1', name=None, roster=('u1',))"
        assert g == Group("g1", None, ("u1",)) and hash(g) == hash(Group("g1", None, ["u1"]))
        m = PluginManifest("https://p.example.com/m.json", checksum="abc")
        assert (m.url, m.checksum) == ("https://p.example.com/m.json", "abc")
        assert repr(m) == "PluginManifest(url='https://p.example.com/m.json', checksum='abc')"
        assert m == PluginManifest("https://p.example.com/m.json", "abc")
        with pytest.raises(AttributeError):
            g.id = "x"  # type: ignore[misc]
        with pytest.raises(AttributeError):
            m.url = "x"  # type: ignore[misc]

    def test_live_in_bbbkit(self) -> None:
        for cls in (Document, Group, PluginManifest, bbbkit.PreparedRequest, GuestPolicy, Feature):
            assert cls.__module__ == "bbbkit", cls
