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
Every contender returns the same fields, and the outputs are checked equal before timing.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import sys
import timeit
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple
from urllib.parse import urlencode

import jxmlease  # type: ignore[import-untyped]
import xmltodict
from bigbluebutton_api_python import BigBlueButton  # type: ignore[import-untyped]

import bbbkit

BASE = "https://bbb.example.com/bigbluebutton/api/"
SECRET = "8cd8ef52e8e101574e400365b55e11a6"
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
