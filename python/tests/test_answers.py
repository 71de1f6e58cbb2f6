"""The typed answers (`parse_meeting_info`, `parse_recordings`, …) as Python objects: frozen,
tuples and read-only mappings, the same object at each access, passwords redacted in a repr,
the same exceptions as join. Every case of answers.json runs in test_vectors.py; the values
here are read from the fixtures themselves (tests/fixtures/README.md says what each holds)."""

from __future__ import annotations

import types
from typing import Any

import pytest

import bbbkit
from conftest import fixture_bytes


@pytest.fixture
def info() -> bbbkit.MeetingInfo:
    return bbbkit.parse_meeting_info(fixture_bytes("get_meeting_info_full.xml"))


def test_meeting_info(info: bbbkit.MeetingInfo) -> None:
    assert (info.meeting_id, info.meeting_name, info.create_time) == ("cs101", "CS 101", 1718000000000)
    assert info.running is True and info.participant_count == 2
    ada, zoe = info.attendees
    assert (ada.user_id, ada.role, ada.is_presenter) == ("u-42", "MODERATOR", True)
    assert dict(ada.custom_data) == {"bbb_auto_join_audio": "true", "course": "CS & Maths"}
    assert zoe.full_name == "Zoë O'Neil" and dict(zoe.custom_data) == {}
    assert info.metadata["endcallbackurl"] == "https://app.example.com/cb?m=cs101&t=1"
    assert list(info.metadata) == ["bbb-origin", "endcallbackurl", "bbb-recording-ready-url"]
    assert len(info.breakout_rooms) == 2


def test_containers_are_immutable(info: bbbkit.MeetingInfo) -> None:
    assert isinstance(info.attendees, tuple) and isinstance(info.breakout_rooms, tuple)
    assert isinstance(info.metadata, types.MappingProxyType)
    with pytest.raises(TypeError):
        info.metadata["x"] = "y"  # type: ignore[index]
    with pytest.raises(AttributeError):
        info.running = False  # type: ignore[misc]
    with pytest.raises(AttributeError):
        info.attendees[0].user_id = "x"  # type: ignore[misc]


def test_same_object_at_each_access(info: bbbkit.MeetingInfo) -> None:
    assert info.attendees is info.attendees
    assert info.metadata is info.metadata
    assert info.attendees[0].custom_data is info.attendees[0].custom_data


def test_passwords_are_redacted_in_the_repr(info: bbbkit.MeetingInfo) -> None:
    assert (info.attendee_pw, info.moderator_pw) == ("kT3mQz8a", "pY7wLc2e")
    text = repr(info)
    assert "kT3mQz8a" not in text and "pY7wLc2e" not in text
    assert "attendee_pw=[redacted], moderator_pw=[redacted]" in text
    assert text.startswith("MeetingInfo(meeting_name='CS 101', meeting_id='cs101', ")
    # Inside getMeetings too.
    meetings = bbbkit.parse_meetings(fixture_bytes("get_meetings_two.xml"))
    assert "pY7wLc2e" not in repr(meetings) and "moderator_pw=[redacted]" in repr(meetings)
    assert meetings.meetings[1].moderator_pw == "pY7wLc2e"


def test_values_compare_and_hash(info: bbbkit.MeetingInfo) -> None:
    again = bbbkit.parse_meeting_info(fixture_bytes("get_meeting_info_full.xml"))
    assert again == info and hash(again) == hash(info)
    assert info != bbbkit.parse_meeting_info(fixture_bytes("get_meeting_info_breakout.xml"))
    assert len({info, again}) == 1


def test_recordings() -> None:
    r = bbbkit.parse_recordings(fixture_bytes("get_recordings_paginated.xml"))
    first = r.recordings[0]
    assert first.published and first.state == "published"
    assert [f.type for f in first.playback] == ["presentation", "video"]
    presentation = first.playback[0]
    assert [(i.width, i.height, i.alt) for i in presentation.preview] == [
        (176, 136, "Welcome"),
        (176, 136, "Agenda & goals"),
    ]
    assert first.metadata["bbb-context"] == "Week 3 & 4"
    assert first.breakout is None and r.recordings[1].breakout is not None
    assert r.pagination is not None and r.pagination.total_elements == 57
    assert repr(r.pagination) == (
        "Pagination(offset=20, limit=10, paged=True, unpaged=False, total_elements=57, empty=False)"
    )
    assert r.unreadable == () and first.protected is None


def test_recordings_unreadable_and_protected() -> None:
    r = bbbkit.parse_recordings(fixture_bytes("get_recordings_unreadable.xml"))
    assert [x.record_id for x in r.recordings] == [
        "2f1b0f4c6a7c2e8e59a8c1f0b2a3d4e5f6a79a7c-1718000000000",
        "5e1c7d9a0b4f2e6c8d1a3b5c7e9f0a2b4c6d8e1f-1718000100000",
    ]
    assert r.unreadable == (
        "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b-1718000200000",
        "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c-1718000300000",
    )
    scalelite = bbbkit.parse_recordings(fixture_bytes("get_recordings_scalelite.xml")).recordings
    assert [x.protected for x in scalelite] == [True, False]


@pytest.mark.parametrize(
    "fixture", ["get_recordings_none.xml", "get_recordings_none_pretty.xml", "get_recordings_none_fetch_all.xml"]
)
def test_no_recordings(fixture: str) -> None:
    r = bbbkit.parse_recordings(fixture_bytes(fixture))
    assert r.recordings == () and r.message_key == "noRecordings"


def test_failed_answers_raise_the_join_exceptions() -> None:
    with pytest.raises(bbbkit.MeetingNotFound) as info:
        bbbkit.parse_meeting_info(fixture_bytes("error_not_found.xml"))
    assert info.value.message_key == "notFound"
    with pytest.raises(bbbkit.ChecksumError):
        bbbkit.parse_hooks(fixture_bytes("hooks_checksum_error.xml"))
    with pytest.raises(bbbkit.UnknownApiError) as unknown:
        bbbkit.parse_text_tracks(fixture_bytes("text_tracks_no_captions.json"))
    assert unknown.value.message_key == "noCaptionsFound"
    with pytest.raises(bbbkit.ParseError) as parse:
        bbbkit.parse_meeting_info(fixture_bytes("proxy_502.html"))
    assert parse.value.code == "not_bbb"


def test_parse_answer_by_kind() -> None:
    data = fixture_bytes("hooks_list.xml")
    assert bbbkit.parse_answer("hooks", data) == bbbkit.parse_hooks(data)
    assert bbbkit.parse_answer("HOOKS", data) == bbbkit.parse_hooks(data)
    assert isinstance(bbbkit.parse_answer("join", fixture_bytes("join_success_3.0.xml")), bbbkit.Joined)
    with pytest.raises(bbbkit.InvalidParameter) as info:
        bbbkit.parse_answer("generic", data)
    assert info.value.parameter == "kind"
    assert "meeting-info" in bbbkit.ANSWER_KINDS and "recordings" in bbbkit.ANSWER_KINDS


@pytest.mark.parametrize("data", [None, 3, ["<response/>"]])
def test_wrong_input_type(data: Any) -> None:
    with pytest.raises(TypeError, match="data must be bytes or str"):
        bbbkit.parse_meeting_info(data)


def test_limits() -> None:
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_recordings(fixture_bytes("get_recordings_paginated.xml"), max_size=100)
    assert info.value.code == "too_large"


def test_hooks_and_text_tracks() -> None:
    hooks = bbbkit.parse_hooks(fixture_bytes("hooks_list.xml")).hooks
    assert hooks[0].callback_url == "https://app.example.com/bbb/events?tenant=a&kind=all"
    assert hooks[1].event_ids == ("meeting-ended", "user-joined", "rap-publish-ended")
    created = bbbkit.parse_hook_create(fixture_bytes("hooks_create_duplicate.xml"))
    assert created.duplicate_warning
    # A duplicate carries no permanentHook/rawData: absent, not False.
    assert created.permanent_hook is None and created.raw_data is None
    tracks = bbbkit.parse_text_tracks(fixture_bytes("text_tracks.json")).tracks
    assert [t.lang for t in tracks] == ["en-US", "pt-BR"]
    assert tracks[1].label == "Português (Brasil)"


def test_classes_live_in_bbbkit() -> None:
    for name in ("MeetingInfo", "Attendee", "Recordings", "Recording", "PlaybackFormat", "Hooks"):
        cls = getattr(bbbkit, name)
        assert cls.__module__ == "bbbkit" and name in bbbkit.__all__
        with pytest.raises(TypeError):
            cls()
