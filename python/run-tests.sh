#!/usr/bin/env bash
# The Python suite. Sets up what it needs (a venv with pinned tools), builds and installs
# bbbkit with `pip install ./python`, then runs: the freshness check of the sections generated
# from the core's declarations (tools/gen_stubs.py --check), pytest (every vector file, the
# Python tests, the docstring examples and the README's examples), mypy --strict on the tests,
# the benchmark, the tools and the Django example, mypy's stubtest on the package, and the
# Django example's tests. Exits 0 when everything passed, 77 when the suite cannot run here, 1 otherwise.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
# shellcheck source=../tests/lib.sh
source "$ROOT/tests/lib.sh"
cd "$HERE"

if ! command -v cargo >/dev/null 2>&1; then
    echo "python: SKIPPED: no Rust toolchain (cargo) to build the native module"
    exit 77
fi
PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    need_apt python3 python3-venv
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))'; then
    echo "python: SKIPPED: $("$PYTHON" --version 2>&1) is older than 3.9"
    exit 77
fi
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need_apt python3-venv
command -v cc >/dev/null 2>&1 || need_apt gcc libc6-dev

VENV="$HERE/.venv"
PY="$VENV/bin/python"
export PATH="$VENV/bin:$PATH"
if [ ! -x "$PY" ]; then
    echo "python: creating $VENV"
    "$PYTHON" -m venv "$VENV" || exit 1
fi
stamp="$VENV/.requirements-dev.sha256"
want="$(sha256sum requirements-dev.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "python: installing requirements-dev.txt"
    "$PY" -m pip install -q --disable-pip-version-check -r requirements-dev.txt || exit 1
    echo "$want" >"$stamp"
fi

echo "python: building and installing bbbkit (pip install ./python)"
# A leftover editable build (`maturin develop`) must not shadow the installed wheel.
rm -f bbbkit/_bbbkit*.so
"$PY" -m pip install -q --disable-pip-version-check --no-build-isolation --no-deps \
    --force-reinstall "$HERE" || exit 1

failed=0
steps_passed=0
steps_failed=0
step() { # step NAME COMMAND...: runs one check and counts it.
    local name=$1
    shift
    echo
    echo "──── python: $name"
    if "$@"; then
        steps_passed=$((steps_passed + 1))
    else
        echo "python: $name FAILED"
        steps_failed=$((steps_failed + 1))
        failed=1
    fi
}

# Run from tests/ so that `import bbbkit` is the installed package, not the source folder.
step "generated sections match the core (tools/gen_stubs.py --check)" \
    bash -c 'cd tests && "$0" ../tools/gen_stubs.py --check' "$PY"
step "mypy --strict (tests, bench, tools)" \
    bash -c 'cd tests && "$0" -m mypy --strict --config-file ../pyproject.toml . ../bench ../tools' "$PY"
step "mypy --strict (Django example)" \
    bash -c 'cd examples/django && "$0" -m mypy --config-file mypy.ini .' "$PY"
step "stubtest" \
    bash -c 'cd tests && "$0" -m mypy.stubtest bbbkit --allowlist ../stubtest-allowlist.txt' "$PY"
django_log="$(mktemp)"
step "Django example tests" \
    bash -c 'cd examples/django && "$0" manage.py test -v 1 2>&1 | tee "$1"; exit "${PIPESTATUS[0]}"' \
    "$PY" "$django_log"
django_tests="$(sed -n 's/^Ran \([0-9]*\) tests\? .*/\1/p' "$django_log" | tail -1)"
rm -f "$django_log"

echo
echo "──── python: pytest (vectors, Python tests, docstring and README examples)"
"$VENV/bin/pytest" -p no:cacheprovider --markdown-docs tests README.md
rc=$?
[ $rc -eq 0 ] || failed=1

echo
echo "python: other checks: $steps_passed passed, $steps_failed failed (Django: ${django_tests:-0} tests)"
exit $failed
