"""Hostile limits (issue 23): no crash at any depth the API accepts."""

from __future__ import annotations

import threading
from typing import Callable, List

import pytest

import bbbkit

LEVELS = 100_000
# The largest max_depth the API accepts (a usize); a larger int is refused by the conversion.
LARGEST_MAX_DEPTH = 2**64 - 1
DEEP = (
    b"<response><returncode>SUCCESS</returncode>"
    + b"<a>" * LEVELS
    + b"deep"
    + b"</a>" * LEVELS
    + b"</response>"
)


def check_deep() -> None:
    r = bbbkit.parse_response(DEEP, max_depth=LARGEST_MAX_DEPTH)
    assert r.get("returncode") == "SUCCESS"
    el = r.element("a")
    for _ in range(100):
        assert el is not None and el.name == "a" and len(el.children) == 1
        el = el.child("a")
    assert hash(r.root) == hash(r.root)
    again = bbbkit.parse_response(DEEP, max_depth=LARGEST_MAX_DEPTH)
    assert r.root == again.root
    assert "children=2" in repr(r.root)
    del r, again, el
    with pytest.raises(bbbkit.ApiError):
        # A typed parser builds the same tree, then finds no SUCCESS fields: a typed error.
        bbbkit.parse_join_response(DEEP.replace(b"SUCCESS", b"FAILED"), max_depth=LARGEST_MAX_DEPTH)
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_meeting_info(DEEP, max_depth=LARGEST_MAX_DEPTH)
    assert info.value.code == "missing_field"
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_response(DEEP)
    assert info.value.code == "too_deep"
    deep_json = (
        b'{"response":{"returncode":"FAILED","errors":' + b"[" * LEVELS + b"]" * LEVELS + b"}}"
    )
    with pytest.raises(bbbkit.ParseError) as info:
        bbbkit.parse_response(deep_json, max_depth=LARGEST_MAX_DEPTH)
    assert info.value.code == "too_deep"


def test_100000_levels_at_the_largest_max_depth() -> None:
    check_deep()
    with pytest.raises(OverflowError):
        bbbkit.parse_response(DEEP, max_depth=LARGEST_MAX_DEPTH + 1)


def run_on_small_stack(f: Callable[[], None]) -> None:
    errors: List[BaseException] = []

    def target() -> None:
        try:
            f()
        except BaseException as e:  # noqa: BLE001 - reported to the test's thread
            errors.append(e)

    old = threading.stack_size(256 * 1024)
    try:
        t = threading.Thread(target=target)
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if errors:
        raise errors[0]


def test_100000_levels_in_a_thread_with_a_256_kib_stack() -> None:
    run_on_small_stack(check_deep)
