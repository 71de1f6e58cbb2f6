#!/usr/bin/env bash
# Runs the README's Python, C, PHP, Ruby and Swift examples (the Rust one is a doctest of the core, the
# Kotlin one a JUnit test). Each creates a meeting, joins it and reads getMeetingInfo; their HTTP client
# answers from tests/fixtures/ only for the exact URLs that an independent computation
# (Python's hashlib) expects (tests/lib.sh), and each must print the join URL that computation
# expects, then the meeting. Needs the Python venv and libbbbkit that the python and c suites
# build; builds libbbbkit_uniffi for Swift. Where no Swift toolchain exists, the Swift example is
# counted as skipped, never as passed.
set -uo pipefail
cd "$(dirname "$0")/.."
source tests/lib.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-readme.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
readme_setup

passed=0 failed=0
check() { # check NAME OUTPUT
    if [ "$2" = "$README_EXPECTED" ]; then
        passed=$((passed + 1)); echo "ok $1"
    else
        failed=$((failed + 1)); echo "FAIL $1: printed '$2', expected '$README_EXPECTED'"
    fi
}

PY=python/.venv/bin/python
if [ -x "$PY" ]; then
    readme_python > "$WORK/readme.py"
    check python "$("$PY" "$WORK/readme.py" 2>&1)"
else
    failed=$((failed + 1)); echo "FAIL python: no venv (run tests/run python first)"
fi

LIB="$CARGO_TARGET_DIR/release"
if [ -f "$LIB/libbbbkit.so" ]; then
    readme_extract c > "$WORK/readme.c"
    readme_c_http > "$WORK/http.c"
    if gcc -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude "$WORK/readme.c" "$WORK/http.c" -o "$WORK/readme" \
        -L"$LIB" -lbbbkit -Wl,-rpath,"$LIB"; then
        check c "$(readme_c_output "$("$WORK/readme" 2>&1)")"
    else
        failed=$((failed + 1)); echo "FAIL c: does not compile"
    fi
    if command -v ruby >/dev/null && ruby -e 'require "ffi"' 2>/dev/null; then
        readme_ruby > "$WORK/readme.rb"
        check ruby "$(BBBKIT_LIB="$LIB/libbbbkit.so" ruby -I"$PWD/bindings/ruby/lib" "$WORK/readme.rb" 2>&1)"
    else
        failed=$((failed + 1)); echo "FAIL ruby: ruby or ruby-ffi is not installed (run tests/run ruby first)"
    fi
    if command -v php >/dev/null; then
        readme_php "'$PWD/bindings/php/autoload.php'" > "$WORK/readme.php"
        check php "$(BBBKIT_LIB="$LIB/libbbbkit.so" php "$WORK/readme.php" 2>&1)"
    else
        failed=$((failed + 1)); echo "FAIL php: php is not installed (run tests/run c first)"
    fi
else
    failed=$((failed + 3)); echo "FAIL c, ruby, php: no libbbbkit.so (run tests/run c first)"
fi
skipped=0
if command -v swift >/dev/null; then
    # The package builds in a cached folder next to the Rust target, so a second run is quick.
    # Not "swift": SwiftPM names a path package after its folder, and bindings/swift is "swift" too.
    readme_swift "$WORK/readme-example"
    if cargo build --locked --quiet -p bbbkit-uniffi --release &&
        (cd "$WORK/readme-example" && swift build --scratch-path "$CARGO_TARGET_DIR/swift-readme" -Xswiftc -warnings-as-errors \
            -Xlinker -L"$LIB" -Xlinker -rpath -Xlinker "$LIB" >"$WORK/swift-build.log" 2>&1); then
        check swift "$("$CARGO_TARGET_DIR/swift-readme/debug/ReadmeExample" 2>&1)"
    else
        failed=$((failed + 1)); echo "FAIL swift: does not compile"; tail -30 "$WORK/swift-build.log"
    fi
else
    skipped=$((skipped + 1)); echo "skipped swift: no Swift toolchain (swift is not on PATH)"
fi
echo "readme examples: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
