"""Runs the examples in the docstrings of the package and of the native module."""

from __future__ import annotations

import doctest
from typing import List

import pytest

import bbbkit
import bbbkit._bbbkit
import bbbkit._errors
import bbbkit._types


def docstring_examples() -> List[doctest.DocTest]:
    finder = doctest.DocTestFinder()
    tests: List[doctest.DocTest] = []
    for module in (bbbkit, bbbkit._bbbkit, bbbkit._errors, bbbkit._types):
        tests.extend(t for t in finder.find(module, globs=vars(bbbkit).copy()) if t.examples)
    unique = {t.name: t for t in tests}
    return sorted(unique.values(), key=lambda t: t.name)


EXAMPLES = docstring_examples()


def test_the_native_docstrings_have_examples() -> None:
    names = {t.name for t in EXAMPLES}
    for name in (
        "Server",
        "Server.join_url",
        "checksum",
        "parse_error_redirect",
        "CallbackVerifier",
        "CallbackVerifier.end_callback_url",
    ):
        assert any(n.endswith(name) for n in names), name


@pytest.mark.parametrize("test", EXAMPLES, ids=lambda t: t.name)
def test_docstring_example(test: doctest.DocTest) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"
