#!/usr/bin/env bash
# The Ruby suite (`tests/run ruby`), from a fresh Debian 12 machine:
#   1. installs Ruby 3.1, ruby-ffi, ruby-minitest, ruby-rack (and gcc, for the version check's
#      stand-in library) with apt;
#   2. builds libbbbkit.so (release);
#   3. runs the minitest suite: every case of every tests/vectors/*.json, one test per error
#      class, threads signing at once, secrets in inspect/to_s/messages, the library checks and
#      the Rack example;
#   4. checks that the vector runner fails on a wrong vector.
# Prints `ruby: N passed, N failed` last. Exits 0 when everything passed, 77 when the suite
# cannot run here, 1 otherwise.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
source "$ROOT/tests/lib.sh"
cd "$ROOT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-ruby.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if ! command -v cargo >/dev/null; then
    echo "cargo is not installed: libbbbkit cannot be built here"; exit 77
fi
if ! need_apt ruby ruby-ffi ruby-minitest ruby-rack gcc; then
    echo "cannot install the apt packages the Ruby suite needs"; exit 77
fi
echo "── build libbbbkit (release)"
cargo build --release --quiet -p bbbkit-c || { echo "ruby: 0 passed, 1 failed"; exit 1; }
export BBBKIT_LIB="$CARGO_TARGET_DIR/release/libbbbkit.so"

passed=0 failed=0
# run_minitest LOG FILES...: runs the test files in one process; adds its counts.
run_minitest() {
    local log=$1; shift
    local args=()
    for f in "$@"; do args+=(-r "$f"); done
    (cd "$HERE" && ruby -Itest -Ilib "${args[@]}" -e '' -- --verbose) >"$log" 2>&1
    local rc=$? line
    line=$(grep -E '^[0-9]+ runs, [0-9]+ assertions' "$log" | tail -1)
    if [ -z "$line" ]; then
        tail -30 "$log"; failed=$((failed + 1)); return 1
    fi
    local runs fails errors
    runs=$(awk '{print $1}' <<<"$line"); fails=$(awk '{print $5}' <<<"$line"); errors=$(awk '{print $7}' <<<"$line")
    passed=$((passed + runs - fails - errors)); failed=$((failed + fails + errors))
    grep -E '^(  [0-9]+\) (Failure|Error):)' -A8 "$log" | head -100
    echo "$line"
    return $rc
}

echo "── minitest"
run_minitest "$WORK/minitest.log" ./test/vectors_test.rb ./test/errors_test.rb ./test/threads_test.rb \
    ./test/secrets_test.rb ./test/api_test.rb ./test/rack_example_test.rb

echo "── bindings/ruby/README.md: its Ruby blocks are valid Ruby"
README="$HERE/README.md" readme_extract ruby > "$WORK/readme-snippets.rb"
if [ -s "$WORK/readme-snippets.rb" ] && ruby -c "$WORK/readme-snippets.rb" >/dev/null; then
    passed=$((passed + 1)); echo "ok"
else
    failed=$((failed + 1)); echo "FAILED: the README's Ruby blocks"
fi

echo "── the vector runner fails on a wrong vector"
cp -r "$ROOT/tests/vectors" "$WORK/vectors"
python3 - "$WORK/vectors/join.json" <<'PY'
import json, sys
path = sys.argv[1]
data = json.load(open(path))
case = next(c for c in data["cases"] if "url" in c)
case["url"] = case["url"][:-1] + ("0" if case["url"][-1] != "0" else "1")
json.dump(data, open(path, "w"))
PY
if (cd "$HERE" && BBBKIT_VECTORS="$WORK/vectors" ruby -Itest -Ilib test/vectors_test.rb -n /test_join_/) >"$WORK/wrong.log" 2>&1; then
    echo "FAILED: the suite passed with a wrong vector"; failed=$((failed + 1))
elif grep -qE '^[0-9]+ runs, [0-9]+ assertions, 1 failures, 0 errors' "$WORK/wrong.log"; then
    echo "ok: one failure, as expected"; passed=$((passed + 1))
else
    tail -20 "$WORK/wrong.log"; echo "FAILED: not the one expected failure"; failed=$((failed + 1))
fi

echo "ruby: $passed passed, $failed failed"
[ $failed -eq 0 ]
