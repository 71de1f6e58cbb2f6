"""Shared helpers for the bbbkit tests: where the language-neutral vectors and fixtures live."""

from __future__ import annotations

import hashlib
import io
import json
import os
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
VECTORS = Path(os.environ.get("BBBKIT_VECTORS", ROOT / "tests" / "vectors"))
FIXTURES = Path(os.environ.get("BBBKIT_FIXTURES", ROOT / "tests" / "fixtures"))

VECTOR_FILES = ("checksum", "server", "join", "api_url", "verify", "parse", "callbacks", "calls", "answers")


def load_cases(name: str) -> List[Dict[str, Any]]:
    """Every case of `tests/vectors/<name>.json`; a missing or empty file fails collection."""
    path = VECTORS / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"vector file missing: {path}")
    cases: List[Dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    if not cases:
        raise ValueError(f"vector file has no cases: {path}")
    names = [c["name"] for c in cases]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate case names in {path}")
    return cases


def fixture_bytes(name: str) -> bytes:
    """A recorded server response from `tests/fixtures/`."""
    return (FIXTURES / name).read_bytes()


# The recorded answer `fake_bbb` serves for each call.
FAKE_ANSWERS = {
    "create": "create_success.xml",
    "getMeetingInfo": "get_meeting_info.xml",
    "getRecordings": "get_recordings_presentation.xml",
}
FAKE_SECRET = "8cd8ef52e8e101574e400365b55e11a6"


class _FakeBbb:
    """A plugin with the `fake_bbb` fixture, visible to every test (the README's examples ask
    for it with ``python fixture:fake_bbb``): `urllib.request.urlopen` answers a signed API
    URL with the recorded answer of its call, after checking its checksum with hashlib."""

    @pytest.fixture
    def fake_bbb(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[List[str]]:
        calls: List[str] = []

        def urlopen(url: str, *args: Any, **kwargs: Any) -> io.BytesIO:
            parts = urlsplit(url)
            call = parts.path.rsplit("/api/", 1)[1]
            query, checksum = parts.query.rsplit("&checksum=", 1)
            digest = hashlib.sha256((call + query + FAKE_SECRET).encode()).hexdigest()
            assert checksum == digest, f"not signed with the secret: {url}"
            calls.append(call)
            return io.BytesIO(fixture_bytes(FAKE_ANSWERS[call]))

        monkeypatch.setattr(urllib.request, "urlopen", urlopen)
        yield calls


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(_FakeBbb(), "bbbkit-fake-bbb")
