"""What to tell the user when bbbkit's compiled extension is missing or does not load."""

from __future__ import annotations

import importlib.machinery
import platform
import sys
from pathlib import Path


def native_import_error(cause: ImportError) -> ImportError:
    """An ImportError that says why ``bbbkit._bbbkit`` did not load and what to do about it."""
    here = Path(__file__).resolve().parent
    found = sorted(
        p.name
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
        for p in here.glob("_bbbkit*" + suffix)
    )
    where = (
        f"{platform.python_implementation()} {platform.python_version()} on "
        f"{sys.platform} {platform.machine()}"
    )
    if found:
        what = (
            f"bbbkit's compiled extension ({', '.join(found)} in {here}) is there but does not "
            f"load on this Python ({where}): {cause}. It was built for another platform or "
            "Python, or the file is damaged."
        )
    else:
        what = (
            f"bbbkit's compiled extension (bbbkit._bbbkit) is missing from {here}: the package "
            "was installed without it, or it was copied without its native file."
        )
    todo = (
        " To fix it, reinstall the wheel for this platform: "
        "`python -m pip install --force-reinstall --no-cache-dir bbbkit`. "
        "Wheels exist for Linux x86_64 (manylinux2014, glibc 2.17 or newer) and CPython 3.9 "
        "or newer; on any other platform pip builds the source distribution, which needs a "
        "Rust toolchain: install Rust (https://rustup.rs, or your system's `cargo` package), "
        "then run the same command."
    )
    error = ImportError(what + todo, name="bbbkit._bbbkit", path=str(here))
    error.__cause__ = cause
    return error
