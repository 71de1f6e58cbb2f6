#!/usr/bin/env python3
"""Fails when the packages do not all carry the Cargo workspace's version, or CHANGELOG.md's
newest entry is not that version."""
import re
import sys
import tomllib
from pathlib import Path

root = Path(__file__).resolve().parent.parent
cargo = tomllib.loads((root / "Cargo.toml").read_text())["workspace"]["package"]["version"]
found = {
    "bindings/kotlin/pom.xml": re.search(r"<artifactId>bbbkit</artifactId>\s*<version>([^<]+)</version>",
                                          (root / "bindings/kotlin/pom.xml").read_text()),
    "CHANGELOG.md": re.search(r"^## (\S+)", (root / "CHANGELOG.md").read_text(), re.M),
    "bindings/ruby/lib/bbbkit/version.rb": re.search(r'VERSION = "([^"]+)"',
                                                     (root / "bindings/ruby/lib/bbbkit/version.rb").read_text()),
}
pyproject = tomllib.loads((root / "python/pyproject.toml").read_text())["project"]
bad = []
if "version" in pyproject.get("dynamic", []):
    pass  # maturin takes it from python/Cargo.toml, which inherits the workspace's
elif pyproject.get("version") != cargo:
    bad.append(f"python/pyproject.toml: {pyproject.get('version')}")
for where, m in found.items():
    if not m or m.group(1) != cargo:
        bad.append(f"{where}: {m.group(1) if m else 'no version'}")
for crate in ["core", "python", "bindings/c", "bindings/uniffi", "bindings/cli"]:
    pkg = tomllib.loads((root / crate / "Cargo.toml").read_text())["package"]
    if pkg.get("version") != {"workspace": True}:
        bad.append(f"{crate}/Cargo.toml: does not inherit the workspace version")
if bad:
    print(f"versions differ from the workspace's {cargo}:\n  " + "\n  ".join(bad), file=sys.stderr)
    sys.exit(1)
print(f"versions: every package is {cargo}")
