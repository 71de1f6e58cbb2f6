#!/usr/bin/env bash
# Sets up python/.venv (pinned tools from requirements-dev.txt) and builds and installs bbbkit
# into it with `pip install ./python`, so that `import bbbkit` is the sources as they are now.
# Sourced by python/run-tests.sh (exits 77 when Python cannot run here); run by tools/regen
# before python/tools/gen_stubs.py. Sets VENV and PY, and puts the venv first on PATH.
#
#   python/tools/install-dev.sh
if [ -z "${HERE:-}" ] || [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -uo pipefail
    HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    ROOT="$(cd "$HERE/.." && pwd)"
    # shellcheck source=../../tests/lib.sh
    source "$ROOT/tests/lib.sh"
    cd "$HERE"
fi

PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    need_apt python3 python3-venv
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))'; then
    echo "python: SKIPPED: $("$PYTHON" --version 2>&1) is older than 3.9"
    return 77 2>/dev/null || exit 77
fi
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need_apt python3-venv
command -v cc >/dev/null 2>&1 || need_apt gcc libc6-dev

VENV="$HERE/.venv"
PY="$VENV/bin/python"
export PATH="$VENV/bin:$PATH"
if [ ! -x "$PY" ]; then
    echo "python: creating $VENV"
    "$PYTHON" -m venv "$VENV" || { return 1 2>/dev/null || exit 1; }
fi
stamp="$VENV/.requirements-dev.sha256"
want="$(sha256sum requirements-dev.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "python: installing requirements-dev.txt"
    "$PY" -m pip install -q --disable-pip-version-check -r requirements-dev.txt || { return 1 2>/dev/null || exit 1; }
    echo "$want" >"$stamp"
fi

echo "python: building and installing bbbkit (pip install ./python)"
# A leftover editable build (`maturin develop`) must not shadow the installed wheel.
rm -f bbbkit/_bbbkit*.so
"$PY" -m pip install -q --disable-pip-version-check --no-build-isolation --no-deps \
    --force-reinstall "$HERE" || { return 1 2>/dev/null || exit 1; }

