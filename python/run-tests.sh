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
# The venv with the pinned tools, and bbbkit built and installed into it (also what
# tools/regen runs before gen_stubs.py).
source "$HERE/tools/install-dev.sh" || exit $?

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
