"""One Server shared by many threads gives the same answers as one thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import List, Tuple

import bbbkit
from conftest import fixture_bytes

JOIN_XML = fixture_bytes("join_success_3.0.xml")


def test_shared_server_from_many_threads() -> None:
    server = bbbkit.Server("https://bbb.example.com/bigbluebutton/api/", "shared-secret")
    verifier = bbbkit.Verifier(["other", "shared-secret"])
    inputs = [(f"room-{i % 17}", f"User {i}", "moderator" if i % 3 else "viewer") for i in range(400)]
    expected = [server.join_url(m, n, r, user_id=str(i)) for i, (m, n, r) in enumerate(inputs)]

    def work(i: int) -> Tuple[str, int, str]:
        m, n, r = inputs[i]
        url = server.join_url(m, n, r, user_id=str(i))
        ok = verifier.verify_url(url)
        joined = bbbkit.parse_join_response(JOIN_XML)
        return url, ok.key_index, joined.session_token

    with ThreadPoolExecutor(max_workers=8) as pool:
        results: List[Tuple[str, int, str]] = list(pool.map(work, range(len(inputs))))
    assert [u for u, _, _ in results] == expected
    assert {k for _, k, _ in results} == {1}
    assert {t for _, _, t in results} == {"ljbp2qalayrpgs3p"}


def test_errors_from_many_threads() -> None:
    server = bbbkit.Server("bbb.example.com", "shared-secret")

    def work(i: int) -> str:
        try:
            server.join_url(f"a,{i}", "Ada", "viewer")
        except bbbkit.InvalidParameter as e:
            return f"{e.parameter}/{e.rule}"
        return "no error"

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(work, range(200))) == {"meetingID/no_comma"}


def test_large_responses_from_many_threads() -> None:
    # Large enough to be parsed without the GIL held.
    items = "".join(f"<meeting><meetingID>m-{i}</meetingID></meeting>" for i in range(2000))
    body = f"<response><returncode>SUCCESS</returncode><meetings>{items}</meetings></response>"
    assert len(body) > 64 * 1024

    def work(_: int) -> int:
        meetings = bbbkit.parse_response(body.encode()).element("meetings")
        assert meetings is not None
        return len(meetings.children)

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert set(pool.map(work, range(16))) == {2000}
