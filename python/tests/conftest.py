"""Shared helpers for the bbbkit tests: where the language-neutral vectors and fixtures live."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[2]
VECTORS = Path(os.environ.get("BBBKIT_VECTORS", ROOT / "tests" / "vectors"))
FIXTURES = Path(os.environ.get("BBBKIT_FIXTURES", ROOT / "tests" / "fixtures"))

VECTOR_FILES = ("checksum", "server", "join", "api_url", "verify", "parse", "callbacks")


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
