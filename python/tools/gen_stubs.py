#!/usr/bin/env python3
"""Writes the parts of the Python package that restate the core's declarations.

The core declares each call's parameters and each enum's spellings once. The native module
exposes them (``bbbkit.JOIN_PARAMETERS``, ``_bbbkit._ROLES``, …), and this script writes them
into the marked sections (``BEGIN GENERATED <name>`` … ``END GENERATED <name>``) of:

- ``bbbkit/_bbbkit.pyi``: the parameters of ``Server.join_url``, so type checkers know them;
- ``bbbkit/_types.py``: the members of ``Role``, ``Layout``, ``Algorithm`` and
  ``JwtAlgorithm``;
- ``README.md``: the table of ``join_url``'s keywords.

Run it with the Python that has the freshly built bbbkit installed:

    python/.venv/bin/python python/tools/gen_stubs.py           # rewrite the sections
    python/.venv/bin/python python/tools/gen_stubs.py --check   # fail (exit 1) if stale

``--check`` regenerates into a temporary copy and prints the difference; ``run-tests.sh``
runs it.
"""

from __future__ import annotations

import argparse
import difflib
import inspect
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import bbbkit
from bbbkit import _bbbkit

HERE = Path(__file__).resolve().parent.parent  # python/
STUB = "bbbkit/_bbbkit.pyi"
TYPES = "bbbkit/_types.py"
README = "README.md"

# The Python type of each of the core's parameter types (ParamType::as_str).
PYTHON_TYPES = {
    "text": "str",
    "url": "str",
    "integer": "int",
    "boolean": "bool",
    "role": "Role",
    "layout": "Layout",
}
ENUM_TYPES = {"role", "layout"}


def python_type(p: bbbkit.Parameter) -> str:
    try:
        return PYTHON_TYPES[p.type]
    except KeyError:
        sys.exit(f"gen_stubs: no Python type for {p.name}'s type {p.type!r}: add one here")


def join_url_parameters() -> List[str]:
    """``Server.join_url``'s parameters as the native module declares them (expanded from the
    core's declaration), typed by the core's parameter types."""
    by_field = {p.field: p for p in bbbkit.JOIN_PARAMETERS}
    sig = inspect.signature(_bbbkit.Server.join_url)
    lines = []
    star = False
    for arg in list(sig.parameters.values())[1:]:  # without self
        if arg.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            lines.append("*,")
            star = True
        p = by_field.get(arg.name)
        if p is None:
            # userdata and extra: the Python keywords for `userdata-*` and newer parameters.
            t = "Optional[_Params]"
        elif p.type in ENUM_TYPES:
            t = f"Union[{python_type(p)}, str, None]"
        elif arg.default is inspect.Parameter.empty:
            t = python_type(p)
        else:
            t = f"Optional[{python_type(p)}]"
        if arg.default is inspect.Parameter.empty:
            lines.append(f"{arg.name}: {t},")
        else:
            lines.append(f"{arg.name}: {t} = {arg.default!r},")
    return lines


def readme_type(p: bbbkit.Parameter) -> str:
    t = python_type(p)
    if p.type in ENUM_TYPES:
        return f"`{t} \\| str`"
    if p.type == "url":
        return "`str` (absolute http(s) URL)"
    return f"`{t}`"


def join_keywords_table() -> List[str]:
    lines = ["| keyword | BBB parameter | type | what it sets |", "|---|---|---|---|"]
    for p in bbbkit.JOIN_PARAMETERS:
        doc = p.doc.replace("|", "\\|")
        lines.append(f"| `{p.field}` | `{p.name}` | {readme_type(p)} | {doc} |")
    return lines


def members(values: Sequence[str]) -> Callable[[], List[str]]:
    def lines() -> List[str]:
        return [f'{re.sub(r"[^A-Z0-9]", "_", v.upper())} = "{v}"' for v in values]

    return lines


# file → {section name → generator of its lines (without indentation)}
SECTIONS: Dict[str, Dict[str, Callable[[], List[str]]]] = {
    STUB: {"join-url-parameters": join_url_parameters},
    TYPES: {
        "role-members": members(_bbbkit._ROLES),
        "algorithm-members": members(_bbbkit._ALGORITHMS),
        "jwt-algorithm-members": members(_bbbkit._JWT_ALGORITHMS),
        "layout-members": members(_bbbkit._LAYOUTS),
    },
    README: {"join-keywords": join_keywords_table},
}


def rewrite(text: str, sections: Dict[str, Callable[[], List[str]]], where: str) -> str:
    lines = text.splitlines(keepends=True)
    for name, generate in sections.items():
        begin = [i for i, line in enumerate(lines) if f"BEGIN GENERATED {name} " in line + " "]
        end = [i for i, line in enumerate(lines) if f"END GENERATED {name}" in line]
        if len(begin) != 1 or len(end) != 1 or end[0] < begin[0]:
            sys.exit(f"gen_stubs: {where}: expected one BEGIN/END GENERATED {name} pair")
        indent = re.match(r"\s*", lines[begin[0]]).group(0)  # type: ignore[union-attr]
        body = [f"{indent}{line}".rstrip() + "\n" for line in generate()]
        lines[begin[0] + 1 : end[0]] = body
    return "".join(lines)


def generate(root: Path) -> None:
    for rel, sections in SECTIONS.items():
        path = root / rel
        old = path.read_text(encoding="utf-8")
        new = rewrite(old, sections, rel)
        if new != old:
            path.write_text(new, encoding="utf-8")


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for rel in SECTIONS:
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(HERE / rel, copy / rel)
        generate(copy)
        stale: List[Tuple[str, List[str]]] = []
        for rel in SECTIONS:
            old = (HERE / rel).read_text(encoding="utf-8").splitlines(keepends=True)
            new = (copy / rel).read_text(encoding="utf-8").splitlines(keepends=True)
            if old != new:
                stale.append((rel, list(difflib.unified_diff(old, new, rel, rel + " (generated)"))))
    for rel, diff in stale:
        sys.stdout.writelines(diff)
    if stale:
        print(
            f"gen_stubs: stale: {', '.join(r for r, _ in stale)}; "
            "run python/tools/gen_stubs.py and commit the result"
        )
        return 1
    print(f"gen_stubs: {', '.join(SECTIONS)} match the core's declarations")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if a section is stale")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    generate(HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
