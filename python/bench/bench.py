"""bbbkit against the ways Python apps build join URLs and read join responses today.

One run, the same inputs for every contender; prints the time per call and the ratios.

    python/.venv/bin/python python/bench/bench.py [--quick]

Contenders:
- join URL: ``bbbkit.Server.join_url``; a hand-rolled ``urllib.parse.urlencode`` + ``hashlib``
  version, the way most apps do it; the PyPI client ``bigbluebutton-api-python``.
- join response: ``bbbkit.parse_join_response``; ``xml.etree.ElementTree``; ``xmltodict``;
  ``jxmlease`` (what ``bigbluebutton-api-python`` parses with).
- indexed reads of a parsed 1.1 MB getRecordings answer: ``bbbkit.Response``'s elements;
  ``xml.etree.ElementTree``.
- typed answers: ``bbbkit.parse_meeting_info`` (getMeetingInfo, two attendees) and
  ``bbbkit.parse_recordings`` (a page of 100 recordings); ``xml.etree.ElementTree``;
  ``xmltodict``. Each reads the same fields into the same Python values (ints, bools, dicts).
Every contender returns the same fields, and the outputs are checked equal before timing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import sys
import timeit
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import urlencode

import jxmlease  # type: ignore[import-untyped]
import xmltodict
from bigbluebutton_api_python import BigBlueButton  # type: ignore[import-untyped]

import bbbkit

BASE = "https://bbb.example.com/bigbluebutton/api/"
SECRET = "8cd8ef52e8e101574e400365b55e11a6"
FIXTURES = Path(
    os.environ.get("BBBKIT_FIXTURES", Path(__file__).resolve().parents[2] / "tests" / "fixtures")
)

# The join inputs: a typical LMS join.
MEETING_ID = "physics-101"
FULL_NAME = "Zoë O'Neil"
ROLE = "MODERATOR"
CREATE_TIME = 1715261728123
USER_ID = "u-17"
AVATAR = "https://lms.example.com/avatars/17.png"

JOIN_FIELDS = (
    "meeting_id", "user_id", "auth_token", "session_token", "guestStatus", "url", "messageKey",
    "message",
)  # fmt: skip

SERVER = bbbkit.Server(BASE, SECRET)
SERVER_SHA1 = bbbkit.Server(BASE, SECRET, algorithm="sha1")
PYPI_CLIENT = BigBlueButton(BASE, SECRET)


def join_bbbkit() -> str:
    return SERVER.join_url(
        MEETING_ID, FULL_NAME, ROLE, create_time=CREATE_TIME, user_id=USER_ID, avatar_url=AVATAR
    )


def join_handrolled() -> str:
    query = urlencode(
        {
            "meetingID": MEETING_ID,
            "fullName": FULL_NAME,
            "role": ROLE,
            "createTime": str(CREATE_TIME),
            "userID": USER_ID,
            "avatarURL": AVATAR,
        }
    )
    checksum = hashlib.sha256(("join" + query + SECRET).encode()).hexdigest()
    return f"{BASE}join?{query}&checksum={checksum}"


def join_bbbkit_sha1() -> str:
    # The PyPI client's form: the deprecated password and SHA-1, parameters in its order.
    return SERVER_SHA1.join_url(
        MEETING_ID,
        FULL_NAME,
        ROLE,
        password="mp",
        create_time=CREATE_TIME,
        user_id=USER_ID,
        avatar_url=AVATAR,
    )


def join_pypi_client() -> str:
    params = {"role": ROLE, "createTime": CREATE_TIME, "userID": USER_ID, "avatarURL": AVATAR}
    url: str = PYPI_CLIENT.get_join_meeting_url(FULL_NAME, MEETING_ID, "mp", params)
    return url


JOIN_XML = (FIXTURES / "join_success_3.0.xml").read_bytes()


def parse_bbbkit() -> Tuple[str, ...]:
    j = bbbkit.parse_join_response(JOIN_XML)
    return (
        j.meeting_id, j.user_id, j.auth_token, j.session_token, j.guest_status, j.url,
        j.message_key, j.message,
    )  # fmt: skip


def parse_elementtree() -> Tuple[str, ...]:
    root = ET.fromstring(JOIN_XML)
    if root.findtext("returncode") != "SUCCESS":
        raise ValueError("FAILED")
    return tuple(root.findtext(f) or "" for f in JOIN_FIELDS)


def parse_xmltodict() -> Tuple[str, ...]:
    r = xmltodict.parse(JOIN_XML)["response"]
    if r["returncode"] != "SUCCESS":
        raise ValueError("FAILED")
    return tuple(r.get(f) or "" for f in JOIN_FIELDS)


def parse_jxmlease() -> Tuple[str, ...]:
    r = jxmlease.parse(JOIN_XML)["response"]
    if str(r["returncode"]) != "SUCCESS":
        raise ValueError("FAILED")
    return tuple(str(r[f]) if f in r else "" for f in JOIN_FIELDS)


# A large getRecordings answer (1000 recordings, about 1.1 MB), read by index from the root
# every time, as a template loop does: each access must cost the same however large the answer.
_RECORDINGS_FIXTURE = (FIXTURES / "get_recordings_presentation.xml").read_bytes()
_ONE_RECORDING = _RECORDINGS_FIXTURE[
    _RECORDINGS_FIXTURE.index(b"<recording>") : _RECORDINGS_FIXTURE.index(b"</recordings>")
]
RECORDINGS_XML = (
    b"<response><returncode>SUCCESS</returncode><recordings>"
    + _ONE_RECORDING * 1000
    + b"</recordings></response>"
)
RECORDINGS = bbbkit.parse_response(RECORDINGS_XML)
RECORDINGS_ET = ET.fromstring(RECORDINGS_XML)
INDEXES = range(0, 1000, 1000 // 300)


def indexed_bbbkit() -> List[Optional[str]]:
    return [RECORDINGS.root.children[1].children[i].child_text("recordID") for i in INDEXES]


def indexed_elementtree() -> List[Optional[str]]:
    return [RECORDINGS_ET[1][i].findtext("recordID") for i in INDEXES]


# getMeetingInfo with every element, two attendees, metadata (the fixture as the server sends it).
MEETING_INFO_XML = (FIXTURES / "get_meeting_info_full.xml").read_bytes()


def _bool(text: Optional[str]) -> bool:
    if text not in ("true", "false"):
        raise ValueError(f"not a boolean: {text!r}")
    return text == "true"


def _int(text: Optional[str]) -> Optional[int]:
    return None if text is None else int(text)


def meeting_info_bbbkit() -> Tuple[Any, ...]:
    m = bbbkit.parse_meeting_info(MEETING_INFO_XML)
    attendees = [(a.user_id, a.full_name, a.role, a.is_presenter) for a in m.attendees]
    return (
        m.meeting_id, m.meeting_name, m.create_time, m.running, m.participant_count,
        m.moderator_count, attendees, dict(m.metadata),
    )  # fmt: skip


def meeting_info_elementtree() -> Tuple[Any, ...]:
    root = ET.fromstring(MEETING_INFO_XML)
    if root.findtext("returncode") != "SUCCESS":
        raise ValueError("FAILED")
    attendees = [
        (a.findtext("userID"), a.findtext("fullName"), a.findtext("role"),
         _bool(a.findtext("isPresenter")))
        for a in root.iterfind("attendees/attendee")
    ]  # fmt: skip
    metadata = root.find("metadata")
    return (
        root.findtext("meetingID"), root.findtext("meetingName"),
        int(root.findtext("createTime") or ""), _bool(root.findtext("running")),
        _int(root.findtext("participantCount")), _int(root.findtext("moderatorCount")),
        attendees, {e.tag: e.text or "" for e in (metadata if metadata is not None else [])},
    )  # fmt: skip


def _list(value: Any) -> List[Any]:
    """xmltodict gives one child as a dict and several as a list."""
    return [] if value is None else value if isinstance(value, list) else [value]


def meeting_info_xmltodict() -> Tuple[Any, ...]:
    r = xmltodict.parse(MEETING_INFO_XML)["response"]
    if r["returncode"] != "SUCCESS":
        raise ValueError("FAILED")
    attendees = [
        (a["userID"], a.get("fullName"), a.get("role"), _bool(a.get("isPresenter")))
        for a in _list((r.get("attendees") or {}).get("attendee"))
    ]
    return (
        r["meetingID"], r.get("meetingName"), int(r["createTime"]), _bool(r.get("running")),
        _int(r.get("participantCount")), _int(r.get("moderatorCount")), attendees,
        {k: v or "" for k, v in (r.get("metadata") or {}).items()},
    )  # fmt: skip


# A page of 100 recordings (getRecordings' largest `limit`), from the fixture's two recordings
# (formats, preview images, metadata, a breakout room's recording).
_PAGE_FIXTURE = (FIXTURES / "get_recordings_paginated.xml").read_bytes()
_TWO_RECORDINGS = _PAGE_FIXTURE[
    _PAGE_FIXTURE.index(b"<recording>") : _PAGE_FIXTURE.index(b"</recordings>")
]
RECORDINGS_PAGE_XML = (
    b"<response><returncode>SUCCESS</returncode><recordings>"
    + _TWO_RECORDINGS * 50
    + b"</recordings></response>"
)


def recordings_bbbkit() -> List[Tuple[Any, ...]]:
    return [
        (
            r.record_id, r.meeting_id, r.name, r.published, r.start_time, dict(r.metadata),
            [(f.type, f.url, f.length, [(i.url, i.width) for i in f.preview]) for f in r.playback],
        )  # fmt: skip
        for r in bbbkit.parse_recordings(RECORDINGS_PAGE_XML).recordings
    ]


def recordings_elementtree() -> List[Tuple[Any, ...]]:
    root = ET.fromstring(RECORDINGS_PAGE_XML)
    if root.findtext("returncode") != "SUCCESS":
        raise ValueError("FAILED")
    out = []
    for r in root.iterfind("recordings/recording"):
        metadata = r.find("metadata")
        formats = [
            (f.findtext("type"), f.findtext("url"), _int(f.findtext("length")),
             [(i.text, _int(i.get("width"))) for i in f.iterfind("preview/images/image")])
            for f in r.iterfind("playback/format")
        ]  # fmt: skip
        out.append(
            (r.findtext("recordID"), r.findtext("meetingID"), r.findtext("name"),
             _bool(r.findtext("published")), _int(r.findtext("startTime")),
             {e.tag: e.text or "" for e in (metadata if metadata is not None else [])}, formats)
        )  # fmt: skip
    return out


def recordings_xmltodict() -> List[Tuple[Any, ...]]:
    doc = xmltodict.parse(RECORDINGS_PAGE_XML)["response"]
    if doc["returncode"] != "SUCCESS":
        raise ValueError("FAILED")
    out = []
    for r in _list((doc.get("recordings") or {}).get("recording")):
        formats = [
            (f["type"], f.get("url"), _int(f.get("length")),
             [(i["#text"], _int(i.get("@width")))
              for i in _list(((f.get("preview") or {}).get("images") or {}).get("image"))])
            for f in _list((r.get("playback") or {}).get("format"))
        ]  # fmt: skip
        out.append(
            (r["recordID"], r.get("meetingID"), r.get("name"), _bool(r.get("published")),
             _int(r.get("startTime")), {k: v or "" for k, v in (r.get("metadata") or {}).items()},
             formats)
        )  # fmt: skip
    return out


def best_per_call(fn: Callable[[], object], repeat: int, min_time: float) -> float:
    """The best time per call, in seconds, over `repeat` runs of at least `min_time` each."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    per_run = timer.timeit(number) / number
    number = max(number, int(min_time / per_run) if per_run > 0 else number)
    return min(timer.repeat(repeat=repeat, number=number)) / number


def run(
    title: str, contenders: List[Tuple[str, Callable[[], object]]], repeat: int, min_time: float
) -> Dict[str, float]:
    print(f"\n{title}")
    times: Dict[str, float] = {}
    for name, fn in contenders:
        times[name] = best_per_call(fn, repeat, min_time)
    ours = times[contenders[0][0]]
    for name, t in times.items():
        ratio = "" if t == ours else f"   bbbkit is {t / ours:5.1f}× faster"
        print(f"  {name:<34} {t * 1e6:8.2f} µs/call{ratio}")
    return times


def check(condition: bool, what: str) -> None:
    if not condition:
        sys.exit(f"bench: contenders disagree: {what}")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="short runs, for a smoke test")
    args = parser.parse_args(argv)
    repeat, min_time = (3, 0.05) if args.quick else (7, 0.3)

    # The same output from every contender before anything is timed.
    check(join_bbbkit() == join_handrolled(), "join URL: bbbkit vs hand-rolled")
    pypi = join_pypi_client()
    ours = join_bbbkit_sha1()
    check(sorted(pypi.split("?")[1].split("&")[:-1]) == sorted(ours.split("?")[1].split("&")[:-1]),
          "join URL parameters: bbbkit vs bigbluebutton-api-python")  # fmt: skip
    expected = parse_bbbkit()
    for fn in (parse_elementtree, parse_xmltodict, parse_jxmlease):
        check(fn() == expected, f"join response: {fn.__name__}")

    print(f"bbbkit {bbbkit.__version__}, Python {platform.python_version()}, {platform.machine()}")
    join = run(
        "join URL (6 parameters, SHA-256)",
        [("bbbkit Server.join_url", join_bbbkit), ("urlencode + hashlib", join_handrolled)],
        repeat,
        min_time,
    )
    join1 = run(
        "join URL (6 parameters, SHA-1, the PyPI client's form)",
        [
            ("bbbkit Server.join_url", join_bbbkit_sha1),
            ("bigbluebutton-api-python 0.0.11", join_pypi_client),
        ],
        repeat,
        min_time,
    )
    parse = run(
        f"join response ({len(JOIN_XML)} bytes, 8 fields)",
        [
            ("bbbkit parse_join_response", parse_bbbkit),
            ("xml.etree.ElementTree", parse_elementtree),
            ("xmltodict", parse_xmltodict),
            ("jxmlease", parse_jxmlease),
        ],
        repeat,
        min_time,
    )

    check(indexed_bbbkit() == indexed_elementtree(), "indexed access: bbbkit vs ElementTree")
    run(
        f"{len(INDEXES)} indexed reads of a getRecordings answer ({len(RECORDINGS_XML)} bytes, "
        "parsed once)",
        [
            ("bbbkit Response.root.children[...]", indexed_bbbkit),
            ("xml.etree.ElementTree", indexed_elementtree),
        ],
        repeat,
        min_time,
    )

    expected_info = meeting_info_bbbkit()
    for fn in (meeting_info_elementtree, meeting_info_xmltodict):
        check(fn() == expected_info, f"getMeetingInfo: {fn.__name__}")
    info = run(
        f"getMeetingInfo answer ({len(MEETING_INFO_XML)} bytes, 8 fields, 2 attendees, metadata)",
        [
            ("bbbkit parse_meeting_info", meeting_info_bbbkit),
            ("xml.etree.ElementTree", meeting_info_elementtree),
            ("xmltodict", meeting_info_xmltodict),
        ],
        repeat,
        min_time,
    )
    expected_recordings = recordings_bbbkit()
    check(len(expected_recordings) == 100, "getRecordings: 100 recordings")
    for rfn in (recordings_elementtree, recordings_xmltodict):
        check(rfn() == expected_recordings, f"getRecordings: {rfn.__name__}")
    recs = run(
        f"getRecordings answer ({len(RECORDINGS_PAGE_XML)} bytes, 100 recordings, 7 fields each "
        "with formats and previews)",
        [
            ("bbbkit parse_recordings", recordings_bbbkit),
            ("xml.etree.ElementTree", recordings_elementtree),
            ("xmltodict", recordings_xmltodict),
        ],
        repeat,
        min_time,
    )

    join_ratio = join["urlencode + hashlib"] / join["bbbkit Server.join_url"]
    pypi_ratio = join1["bigbluebutton-api-python 0.0.11"] / join1["bbbkit Server.join_url"]
    et_ratio = parse["xml.etree.ElementTree"] / parse["bbbkit parse_join_response"]
    xd_ratio = parse["xmltodict"] / parse["bbbkit parse_join_response"]
    print("\nTargets")
    print(f"  join_url vs urlencode + hashlib:      {join_ratio:5.1f}× (target ≥ 4×) "
          f"{'met' if join_ratio >= 4 else 'MISSED'}")  # fmt: skip
    print(f"  parse_join_response vs ElementTree:   {et_ratio:5.1f}× (target ≥ 3×) "
          f"{'met' if et_ratio >= 3 else 'MISSED'}")  # fmt: skip
    print(f"  join_url vs bigbluebutton-api-python: {pypi_ratio:5.1f}×")
    print(f"  parse_join_response vs xmltodict:     {xd_ratio:5.1f}×")
    for name, times, ours_name in (
        ("parse_meeting_info", info, "bbbkit parse_meeting_info"),
        ("parse_recordings", recs, "bbbkit parse_recordings"),
    ):
        for other in ("xml.etree.ElementTree", "xmltodict"):
            label = f"{name} vs {other}:"
            print(f"  {label:<37} {times[other] / times[ours_name]:5.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
