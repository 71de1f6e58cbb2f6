"""A missing or broken compiled extension gives an ImportError that says what to do."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import bbbkit

PACKAGE = Path(bbbkit.__file__).resolve().parent


def import_from_copy(tmp_path: Path, native: bytes | None) -> subprocess.CompletedProcess[str]:
    """`import bbbkit` from a copy of the installed package's Python files, with the compiled
    extension left out (``native is None``) or replaced by these bytes."""
    copy = tmp_path / "bbbkit"
    copy.mkdir()
    for f in PACKAGE.iterdir():
        if f.suffix in (".py", ".pyi", ".typed"):
            shutil.copy(f, copy / f.name)
    if native is not None:
        (copy / "_bbbkit.abi3.so").write_bytes(native)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "try:\n"
        "    import bbbkit\n"
        "except ImportError as e:\n"
        "    print(type(e).__name__, e.name, '|', e, '|', type(e.__cause__).__name__)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    )


def test_a_missing_extension_says_to_reinstall_or_install_rust(tmp_path: Path) -> None:
    out = import_from_copy(tmp_path, None).stdout
    assert out.startswith("ImportError bbbkit._bbbkit | "), out
    assert "is missing from" in out
    assert "pip install --force-reinstall --no-cache-dir bbbkit" in out
    assert "Rust toolchain" in out and "https://rustup.rs" in out
    # The original error is kept as the cause.
    assert out.rstrip().endswith(("| ImportError", "| ModuleNotFoundError")), out


def test_a_broken_extension_names_the_file_and_the_platform(tmp_path: Path) -> None:
    out = import_from_copy(tmp_path, b"not a shared library").stdout
    assert out.startswith("ImportError bbbkit._bbbkit | "), out
    assert "_bbbkit.abi3.so" in out and "does not load on this Python" in out
    assert sys.platform in out
    assert "pip install --force-reinstall --no-cache-dir bbbkit" in out
    assert "Rust toolchain" in out
    assert out.rstrip().endswith("| ImportError"), out
