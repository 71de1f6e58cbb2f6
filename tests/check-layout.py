#!/usr/bin/env python3
"""Checks that core/src has no import circle: no module uses one that uses it back.

A module's dependencies are the `crate::NAME` paths in its files (comments and docs left out);
inside a folder module (`calls/`), a file's are the `super::NAME` paths to its siblings. Prints
the graph with --verbose; exits 1 naming each circle.

    python3 tests/check-layout.py [--verbose]
"""
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "core" / "src"


def code(path: Path) -> str:
    """The file without comments (docs included) and string literals."""
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', path.read_text())
    return re.sub(r"//[^\n]*", "", text)


def graph(files: dict, pattern: str) -> dict:
    names = set(files)
    return {
        name: {d for f in fs for d in re.findall(pattern, code(f)) if d in names and d != name}
        for name, fs in files.items()
    }


def cycles(g: dict) -> list:
    found, state = [], {}

    def visit(n, path):
        state[n] = "open"
        for d in sorted(g[n]):
            if state.get(d) == "open":
                found.append(path[path.index(d):] + [d])
            elif d not in state:
                visit(d, path + [d])
        state[n] = "done"

    for n in sorted(g):
        if n not in state:
            visit(n, [n])
    return found


def main() -> int:
    top = {}
    for f in SRC.rglob("*.rs"):
        name = f.relative_to(SRC).parts[0].removesuffix(".rs")
        if name != "lib":
            top.setdefault(name, []).append(f)
    graphs = {"core/src": graph(top, r"crate::([a-z_]+)\b")}
    for folder in sorted(p for p in SRC.iterdir() if p.is_dir()):
        files = {f.stem: [f] for f in folder.glob("*.rs") if f.stem != "mod"}
        graphs[f"core/src/{folder.name}"] = graph(files, r"super::([a-z_]+)\b")
    bad = 0
    for where, g in graphs.items():
        if "--verbose" in sys.argv:
            for n in sorted(g):
                print(f"{where}: {n} -> {', '.join(sorted(g[n])) or '-'}")
        for c in cycles(g):
            print(f"import circle in {where}: {' -> '.join(c)}")
            bad += 1
    print(f"layout: {sum(len(g) for g in graphs.values())} modules, {bad} import circles")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
