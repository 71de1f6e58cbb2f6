#!/usr/bin/env python3
"""Writes the parts of the Python package that restate the core's declarations.

The core declares each call's parameters and each enum's spellings once. The native module
exposes them (``bbbkit.JOIN_PARAMETERS``, ``_bbbkit._ROLES``, …), and this script writes them
into the marked sections (``@generated begin <name>`` … ``@generated end <name>``) of:

- ``bbbkit/_bbbkit.pyi``: the parameters of ``Server.join_url``, the methods of every other
  call (``create_url``, ``get_recordings_url``, …) with their parameters, and the answer
  classes (``MeetingInfo``, …) with their fields and parse functions, so type checkers know
  them;
- ``bbbkit/_types.py``: the members of ``Role``, ``Layout``, ``Algorithm``, ``JwtAlgorithm``,
  ``GuestPolicy``, ``RecordingState``, ``TextTrackKind`` and ``Feature``;
- ``bbbkit/__init__.py``: the imports and ``__all__`` entries of the answer classes and their
  parse functions;
- ``README.md``: the table of ``join_url``'s keywords and the table of the calls' methods.

Run it with the Python that has the freshly built bbbkit installed (``tools/regen python``
builds, installs and runs it):

    python/.venv/bin/python python/tools/gen_stubs.py           # rewrite the sections
    python/.venv/bin/python python/tools/gen_stubs.py --check   # fail (exit 1) if stale

It refuses to run (exit 2) when the installed native module is older than the newest file of
the sources it is built from (core/src, python/src, …): stubs written from a stale install
would restate another declaration.

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
INIT = "bbbkit/__init__.py"
README = "README.md"

# The Python type of each of the core's parameter types (ParamType::as_str).
PYTHON_TYPES = {
    "text": "str",
    "url": "str",
    "integer": "int",
    "boolean": "bool",
    "role": "Role",
    "layout": "Layout",
    "guest_policy": "GuestPolicy",
    "text_track_kind": "TextTrackKind",
    # One str counts as a list of one.
    "list": "Union[str, Iterable[str]]",
    "features": "Iterable[Union[Feature, str]]",
    "states": "Union[RecordingState, str, Iterable[Union[RecordingState, str]]]",
    "meta": "_Params",
    "groups": "Iterable[Union[Group, Mapping[str, Any]]]",
    "plugin_manifests": "Iterable[Union[PluginManifest, Mapping[str, Optional[str]]]]",
    "documents": "Union[Document, Iterable[Document]]",
    "json": "Union[str, Mapping[str, Any]]",
}
ENUM_TYPES = {"role", "layout", "guest_policy", "text_track_kind"}

# How README.md shows the types that are not a single name.
README_TYPES = {
    "list": "`str` or list of `str`",
    "features": "list of `Feature \\| str` (`\"newer:NAME\"` for a newer one)",
    "states": "`RecordingState \\| str` or a list of them",
    "meta": "mapping or `(name, value)` pairs (names without `meta_`)",
    "groups": "list of `Group` or mappings",
    "plugin_manifests": "list of `PluginManifest` or mappings",
    "documents": "`Document` or a list of them",
    "json": "mapping or JSON `str`",
}


def python_type(p: bbbkit.Parameter) -> str:
    try:
        return PYTHON_TYPES[p.type]
    except KeyError:
        sys.exit(f"gen_stubs: no Python type for {p.name}'s type {p.type!r}: add one here")


def join_url_parameters() -> List[str]:
    """``Server.join_url``'s parameters as the native module declares them (expanded from the
    core's declaration), typed by the core's parameter types."""
    return parameters(_bbbkit.Server.join_url, bbbkit.JOIN_PARAMETERS)


def parameters(method: object, declared: Sequence[bbbkit.Parameter]) -> List[str]:
    """A native method's parameters (after ``self``), typed by the core's parameter types;
    ``userdata`` and ``extra`` take name/value pairs."""
    by_field = {p.field: p for p in declared}
    sig = inspect.signature(method)  # type: ignore[arg-type]
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
            none = "" if arg.default is inspect.Parameter.empty else ", None"
            t = f"Union[{python_type(p)}, str{none}]"
        elif arg.default is inspect.Parameter.empty:
            t = python_type(p)
        else:
            t = f"Optional[{python_type(p)}]"
        if arg.default is inspect.Parameter.empty:
            lines.append(f"{arg.name}: {t},")
        else:
            lines.append(f"{arg.name}: {t} = {arg.default!r},")
    return lines


def method_names(call: str) -> List[str]:
    """The ``Server`` methods of a call: ``<snake case of the call>_url`` and/or ``_request``,
    whichever the native module has (build.rs writes them)."""
    base = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", call).replace("/", "_").lower()
    names = [f"{base}_{kind}" for kind in ("url", "request") if hasattr(_bbbkit.Server, f"{base}_{kind}")]
    if not names:
        sys.exit(f"gen_stubs: the native Server has no method for {call!r}")
    return names


def docstring(text: str, indent: str) -> List[str]:
    lines = text.strip().splitlines()
    out = [f'{indent}"""{lines[0]}'] + [f"{indent}{line}".rstrip() for line in lines[1:]]
    out[-1] += '"""'
    return out


def call_methods() -> List[str]:
    """Every call's ``Server`` method but ``join_url``: signature and docstring as the native
    module declares them, typed by the core's parameter types."""
    lines: List[str] = []
    for call, declared in bbbkit.CALL_PARAMETERS.items():
        if call == "join":
            continue
        for name in method_names(call):
            method = getattr(_bbbkit.Server, name)
            ret = "str" if name.endswith("_url") else "PreparedRequest"
            lines.append(f"def {name}(")
            lines.append("    self,")
            lines.extend(f"    {line}" for line in parameters(method, declared))
            lines.append(f") -> {ret}:")
            lines.extend(docstring(inspect.getdoc(method) or "", "    "))
    return lines


def call_methods_table() -> List[str]:
    lines = ["| call | `Server` method | positional arguments |", "|---|---|---|"]
    for call, declared in bbbkit.CALL_PARAMETERS.items():
        if call == "join":
            continue
        for name in method_names(call):
            sig = inspect.signature(getattr(_bbbkit.Server, name))
            pos = [
                f"`{a.name}`"
                for a in sig.parameters.values()
                if a.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and a.name != "self"
            ]
            lines.append(f"| `{call}` | `{name}` | {', '.join(pos) or '—'} |")
    return lines


def call_keywords_table() -> List[str]:
    lines = ["| call | keyword | BBB parameter | type | what it sets |", "|---|---|---|---|---|"]
    for call, declared in bbbkit.CALL_PARAMETERS.items():
        if call == "join":
            continue
        for p in declared:
            doc = p.doc.replace("|", "\\|")
            lines.append(f"| `{call}` | `{p.field}` | `{p.name}` | {readme_type(p)} | {doc} |")
    return lines


def answer_type(rust: str) -> str:
    """The Python type of an answer field's Rust type (``Option<Vec<String>>``, …)."""
    t = rust.replace(" ", "").replace("bbbkit::", "")
    inner = re.fullmatch(r"Option<(.+)>", t)
    if inner:
        return f"Optional[{answer_type(inner.group(1))}]"
    if t in ("Vec<(String,String)>", "Pairs"):
        return "Mapping[str, str]"
    if t == "GuestStatus":
        return "Union[GuestStatus, str]"
    inner = re.fullmatch(r"Vec<(.+)>", t)
    if inner:
        return f"Tuple[{answer_type(inner.group(1))}, ...]"
    simple = {"String": "str", "i64": "int", "bool": "bool"}
    if t in simple:
        return simple[t]
    if t in _bbbkit._ANSWER_CLASSES:
        return t
    sys.exit(f"gen_stubs: no Python type for the answer field type {rust!r}: add one here")


# The properties an answer class has besides its declared fields, with their types: written by
# hand in python/src/answers.rs, so listed here; a property missing from this table fails.
EXTRA_PROPERTIES: Dict[str, List[Tuple[str, str]]] = {"Joined": [("is_waiting", "bool")]}


def answer_classes() -> List[str]:
    """A stub class per answer class of the native module: a property per field."""
    lines: List[str] = []
    for name, fields in _bbbkit._ANSWER_CLASSES.items():
        cls = getattr(_bbbkit, name)
        lines.append("@final")
        lines.append(f"class {name}:")
        lines.extend(docstring(inspect.getdoc(cls) or name, "    "))
        lines.append("")
        for field, rust, doc in fields:
            doc = inspect.cleandoc(doc)
            lines.append("    @property")
            lines.append(f"    def {field}(self) -> {answer_type(rust)}:")
            lines.extend(docstring(doc, "        "))
        declared = {f for f, _, _ in fields}
        extras = dict(EXTRA_PROPERTIES.get(name, []))
        for prop in sorted(k for k, v in vars(cls).items() if inspect.isdatadescriptor(v)):
            if prop in declared or prop.startswith("__"):
                continue
            if prop not in extras:
                sys.exit(f"gen_stubs: {name}.{prop} is not a declared field: add it to EXTRA_PROPERTIES")
            lines.append("    @property")
            lines.append(f"    def {prop}(self) -> {extras[prop]}:")
            lines.extend(docstring(inspect.getdoc(getattr(cls, prop)) or prop, "        "))
        lines.append("")
    return lines


def answer_functions() -> List[str]:
    """A stub per parse function of the answer kinds (join's and create's are written out),
    and ``_Answer``, what :func:`parse_answer` returns."""
    lines: List[str] = []
    for _kind, _call, function, cls in _bbbkit._ANSWER_KINDS:
        lines.append(f"def {function}(")
        lines.append("    data: _Data, *, max_size: Optional[int] = None, max_depth: Optional[int] = None")
        lines.append(f") -> {cls}:")
        lines.extend(docstring(inspect.getdoc(getattr(_bbbkit, function)) or function, "    "))
    classes = [k[3] for k in _bbbkit._ANSWER_KINDS]
    lines.append("")
    lines.append("_Answer = Union[")
    lines.extend(f"    {c}," for c in dict.fromkeys(classes))
    lines.append("]")
    lines.append('"""What :func:`parse_answer` returns: the class of the kind\'s parse function."""')
    return lines


def answer_names() -> List[str]:
    """The answer classes and parse functions of the native module, sorted."""
    functions = [k[2] for k in _bbbkit._ANSWER_KINDS]
    return sorted(_bbbkit._ANSWER_CLASSES) + sorted(functions)


def answer_imports() -> List[str]:
    return ["from ._bbbkit import ("] + [f"    {n}," for n in answer_names()] + [")"]


def answer_all() -> List[str]:
    return [f'"{n}",' for n in answer_names()]


def answer_functions_table() -> List[str]:
    lines = ["| call | parse function | returns | `parse_answer` kind |", "|---|---|---|---|"]
    for kind, call, function, cls in _bbbkit._ANSWER_KINDS:
        lines.append(f"| `{call}` | `{function}` | `{cls}` | `{kind}` |")
    return lines


def readme_type(p: bbbkit.Parameter) -> str:
    if p.type in README_TYPES:
        return README_TYPES[p.type]
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


def member_name(value: str) -> str:
    """``sha256`` → ``SHA256``, ``ASK_MODERATOR`` → ``ASK_MODERATOR``, ``sharedNotes`` →
    ``SHARED_NOTES``."""
    return re.sub(r"[^A-Z0-9]", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value).upper())


def members(values: Sequence[str]) -> Callable[[], List[str]]:
    def lines() -> List[str]:
        return [f'{member_name(v)} = "{v}"' for v in values]

    return lines


# file → {section name → generator of its lines (without indentation)}
SECTIONS: Dict[str, Dict[str, Callable[[], List[str]]]] = {
    STUB: {
        "join-url-parameters": join_url_parameters,
        "call-methods": call_methods,
        "answer-classes": answer_classes,
        "answer-functions": answer_functions,
        "answer-all": answer_all,
    },
    INIT: {"answer-imports": answer_imports, "answer-all": answer_all},
    TYPES: {
        "role-members": members(_bbbkit._ROLES),
        "algorithm-members": members(_bbbkit._ALGORITHMS),
        "jwt-algorithm-members": members(_bbbkit._JWT_ALGORITHMS),
        "layout-members": members(_bbbkit._LAYOUTS),
        "guest-policy-members": members(_bbbkit._GUEST_POLICIES),
        "recording-state-members": members(_bbbkit._RECORDING_STATES),
        "text-track-kind-members": members(_bbbkit._TEXT_TRACK_KINDS),
        "feature-members": members(_bbbkit._FEATURES),
    },
    README: {
        "join-keywords": join_keywords_table,
        "call-methods": call_methods_table,
        "call-keywords": call_keywords_table,
        "answer-functions": answer_functions_table,
    },
}


def rewrite(text: str, sections: Dict[str, Callable[[], List[str]]], where: str) -> str:
    lines = text.splitlines(keepends=True)
    for name, generate in sections.items():
        # `@generated begin NAME` … `@generated end NAME`, as in every generated region of the
        # repository (the older `BEGIN GENERATED NAME` … `END GENERATED NAME` still reads).
        begin = [
            i
            for i, line in enumerate(lines)
            if f"@generated begin {name} " in line.rstrip() + " "
            or f"BEGIN GENERATED {name} " in line.rstrip() + " "
        ]
        end = [
            i
            for i, line in enumerate(lines)
            if f"@generated end {name} " in line.rstrip() + " "
            or f"END GENERATED {name} " in line.rstrip() + " "
        ]
        if len(begin) != 1 or len(end) != 1 or end[0] < begin[0]:
            sys.exit(f"gen_stubs: {where}: expected one `@generated begin/end {name}` pair")
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


# What the native module is built from: an installed module older than the newest of these
# was built from other sources, and would write stubs for another declaration.
SOURCES = ("core/src", "core/Cargo.toml", "python/src", "python/build.rs", "python/Cargo.toml")


def stale_install() -> str | None:
    """Why the installed native module is older than the sources, or None when it is not."""
    native = Path(_bbbkit.__file__ or "")
    if not native.is_file():
        return f"bbbkit._bbbkit is not a built module ({native})"
    built = native.stat().st_mtime
    root = HERE.parent
    newest: Tuple[float, str] = (0.0, "")
    for src in SOURCES:
        path = root / src
        found: List[Path] = [path] if path.is_file() else []
        if path.is_dir():
            found = [f for f in path.rglob("*") if f.is_file()]
        for f in found:
            newest = max(newest, (f.stat().st_mtime, str(f.relative_to(root))))
    if newest[0] > built:
        return (
            f"the installed {native} is older than {newest[1]}: it was built from other "
            "sources. Rebuild and install it first (python/tools/install-dev.sh, or tools/regen "
            "python, which does both)"
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if a section is stale")
    args = parser.parse_args(argv)
    why = stale_install()
    if why is not None:
        print(f"gen_stubs: refusing to run: {why}", file=sys.stderr)
        return 2
    if args.check:
        return check()
    generate(HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
