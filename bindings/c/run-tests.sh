#!/usr/bin/env bash
# The C ABI and PHP suites, from a fresh Debian 12 machine:
#   1. installs what they need (apt; cbindgen 0.29.4 with cargo install);
#   2. builds libbbbkit.so and libbbbkit.a (release);
#   3. checks that the generated sources are fresh: the C enums written out from the core's
#      tables (bindings/c/src/generated.rs), include/bbbkit.h and include/bbbkit_ffi.h, and the
#      PHP sections generated from the library's join declaration (bindings/php/bin/generate.php);
#   4. compiles the C suite with -std=c11 -Wall -Wextra -Wpedantic -Werror and the header as C++;
#   5. runs the C suite under valgrind (full leak check), once with ASan+UBSan, once linked
#      statically; checks that the suite fails on a wrong vector; installs with pkg-config and
#      builds the README's example against it;
#   6. runs the PHPUnit suite (vectors, PHP API, php-fpm preload with the library present,
#      missing, unreadable and of another version: php-fpm starts and logs it).
# Exits 0 when everything passed, 77 when the suite cannot run here, 1 otherwise.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
source "$ROOT/tests/lib.sh"
cd "$ROOT"

CBINDGEN_VERSION=0.29.4
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-c.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

steps_passed=0 steps_failed=0
step() { # step NAME COMMAND...: runs a check and counts it
    local name=$1; shift
    echo "── $name"
    if "$@"; then
        steps_passed=$((steps_passed + 1))
    else
        steps_failed=$((steps_failed + 1))
        echo "FAILED: $name"
    fi
}

# ---- set-up ---------------------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
    echo "cargo is not installed: the C ABI cannot be built here"; exit 77
fi
if ! need_apt gcc g++ cpp pkg-config valgrind libjansson-dev python3 \
        php-cli php-opcache phpunit php-cgi php-fpm libfcgi-bin; then
    echo "cannot install the apt packages the C and PHP suites need"; exit 77
fi
CBINDGEN="$HOME/.cargo/bin/cbindgen"
if [ "$("$CBINDGEN" --version 2>/dev/null)" != "cbindgen $CBINDGEN_VERSION" ]; then
    echo "installing cbindgen $CBINDGEN_VERSION"
    cargo install --quiet --locked cbindgen --version "$CBINDGEN_VERSION" || { echo "cannot install cbindgen"; exit 77; }
fi

echo "── build libbbbkit (release)"
cargo build --release --quiet -p bbbkit-c || exit 1
LIBDIR="$CARGO_TARGET_DIR/release"
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)

# ---- generated sources ----------------------------------------------------------------------
# The C enums that are the core's tables (role, layout, message key, API error kind): cbindgen
# reads only written-out Rust, so src/generated.rs is rendered from the core and compared.
step "bindings/c/src/generated.rs is what the core's tables give" \
    cargo test --release --quiet -p bbbkit-c --lib generated_enums_are_fresh
headers_fresh() {
    CBINDGEN="$CBINDGEN" bindings/c/gen-headers.sh "$WORK/include" || return 1
    local ok=0
    for h in bbbkit.h bbbkit_ffi.h; do
        if ! diff -u "include/$h" "$WORK/include/$h"; then
            echo "include/$h is stale: run bindings/c/gen-headers.sh and commit it"; ok=1
        fi
    done
    return $ok
}
step "headers are what cbindgen $CBINDGEN_VERSION generates" headers_fresh

# The PHP sources' generated sections (JoinRequest's arguments and packing, Role and Layout):
# rendered from the library's declaration through FFI and compared.
step "the PHP sections generated from the library are fresh" \
    env BBBKIT_LIB="$LIBDIR/libbbbkit.so" php bindings/php/bin/generate.php --check

# ---- C --------------------------------------------------------------------------------------
CFLAGS=(-std=c11 -Wall -Wextra -Wpedantic -Werror -g -Iinclude "-DBBBKIT_EXPECTED_VERSION=\"$VERSION\"")
RUN=("$ROOT/tests/vectors" "$ROOT/tests/fixtures")

step "C suite compiles (-std=c11 -Wall -Wextra -Wpedantic -Werror)" \
    gcc "${CFLAGS[@]}" tests/c/test_bbbkit.c -o "$WORK/test_bbbkit" -L"$LIBDIR" -lbbbkit -ljansson -pthread -Wl,-rpath,"$LIBDIR"
step "the header compiles as C++ and links" bash -c '
    g++ -std=c++17 -Wall -Wextra -Wpedantic -Werror -Iinclude tests/c/header_cpp.cpp -o "$1/header_cpp" -L"$2" -lbbbkit -Wl,-rpath,"$2" && "$1/header_cpp"' _ "$WORK" "$LIBDIR"

valgrind_run() {
    valgrind --quiet --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
        --error-exitcode=99 "$WORK/test_bbbkit" "${RUN[@]}" > "$WORK/valgrind.out" 2> "$WORK/valgrind.err"
    local rc=$?
    grep -v '^ok ' "$WORK/valgrind.out"
    cat "$WORK/valgrind.err"
    [ $rc -eq 0 ] && [ ! -s "$WORK/valgrind.err" ]
}
step "C suite under valgrind: 0 errors, 0 bytes lost" valgrind_run

asan_run() {
    gcc "${CFLAGS[@]}" -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all \
        tests/c/test_bbbkit.c -o "$WORK/test_asan" -L"$LIBDIR" -lbbbkit -ljansson -pthread -Wl,-rpath,"$LIBDIR" || return 1
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 "$WORK/test_asan" "${RUN[@]}" | tail -n 1
    [ "${PIPESTATUS[0]}" -eq 0 ]
}
step "C suite under AddressSanitizer and UBSan" asan_run

static_run() {
    gcc "${CFLAGS[@]}" tests/c/test_bbbkit.c -o "$WORK/test_static" "$LIBDIR/libbbbkit.a" -ljansson -pthread -ldl -lm || return 1
    "$WORK/test_static" "${RUN[@]}" | tail -n 1
    [ "${PIPESTATUS[0]}" -eq 0 ]
}
step "C suite linked with the static library" static_run

# The suite must be able to fail: a vector with one wrong digit makes it fail.
mutation_run() {
    cp -r tests/vectors "$WORK/vectors"
    python3 - "$WORK/vectors/checksum.json" <<'PY' || return 1
import json, sys
path = sys.argv[1]
data = json.load(open(path))
cs = data["cases"][0]["checksum"]
data["cases"][0]["checksum"] = ("1" if cs[0] != "1" else "2") + cs[1:]
json.dump(data, open(path, "w"))
PY
    if "$WORK/test_bbbkit" "$WORK/vectors" tests/fixtures > "$WORK/mutation.out"; then
        echo "the suite passed with a wrong checksum in the vectors"; return 1
    fi
    grep -q '^FAIL checksum.json' "$WORK/mutation.out" && grep -q '^[0-9]* passed, 1 failed' "$WORK/mutation.out"
}
step "the C suite fails on a wrong vector" mutation_run

missing_run() {
    mkdir -p "$WORK/partial" && cp tests/vectors/checksum.json "$WORK/partial/"
    ! "$WORK/test_bbbkit" "$WORK/partial" tests/fixtures > /dev/null
}
step "the C suite fails when a vector file is missing" missing_run

example_run() {
    bindings/c/install.sh "$WORK/prefix" > /dev/null || return 1
    # The README's complete example is examples/join.c, verbatim.
    awk '/<!-- example: examples\/join.c -->/{f=1; getline; next} f && /^```$/{exit} f' bindings/c/README.md > "$WORK/readme-example.c"
    diff -u bindings/c/examples/join.c "$WORK/readme-example.c" || { echo "README.md's example differs from examples/join.c"; return 1; }
    export PKG_CONFIG_PATH="$WORK/prefix/lib/pkgconfig"
    gcc -std=c11 -Wall -Wextra -Wpedantic -Werror bindings/c/examples/join.c -o "$WORK/example" \
        $(pkg-config --cflags --libs bbbkit) -Wl,-rpath,"$WORK/prefix/lib" || return 1
    "$WORK/example" | grep -q 'create it again, then join' || return 1
    gcc -std=c11 -Wall -Wextra -Wpedantic -Werror bindings/c/examples/join.c -o "$WORK/example-static" \
        $(pkg-config --cflags bbbkit) "$WORK/prefix/lib/libbbbkit.a" -lpthread -ldl -lm || return 1
    "$WORK/example-static" | grep -q 'create it again, then join'
}
step "install with pkg-config; the README's example builds (shared and static) and runs" example_run

# The C suite's own closing line, under valgrind (the reference run).
C_LINE=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$WORK/valgrind.out" | tail -n 1)

# ---- PHP ------------------------------------------------------------------------------------
php_run() {
    BBBKIT_LIB="$LIBDIR/libbbbkit.so" phpunit -c bindings/php/phpunit.xml.dist --log-junit "$WORK/phpunit.xml"
}
step "PHPUnit suite" php_run

# ---- summary --------------------------------------------------------------------------------
c_passed=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<< "$C_LINE"); c_failed=$(sed -n 's/^[0-9]* passed, \([0-9]*\) failed.*/\1/p' <<< "$C_LINE")
c_skipped=$(sed -n 's/.* \([0-9]*\) skipped$/\1/p' <<< "$C_LINE")
read -r p_tests p_fail p_err p_skip < <(python3 - "$WORK/phpunit.xml" <<'PY' 2>/dev/null || echo "0 0 0 0"
import sys, xml.etree.ElementTree as ET
s = ET.parse(sys.argv[1]).getroot().find("testsuite")
print(s.get("tests"), s.get("failures"), s.get("errors"), s.get("skipped", "0"))
PY
)
php_passed=$((p_tests - p_fail - p_err - p_skip))
echo
echo "C: ${C_LINE:-no result}"
echo "PHP: $php_passed passed, $((p_fail + p_err)) failed, $p_skip skipped"
echo "checks: $steps_passed passed, $steps_failed failed"
total_passed=$(( ${c_passed:-0} + php_passed ))
total_failed=$(( ${c_failed:-1} + p_fail + p_err + steps_failed ))
echo "$total_passed passed, $total_failed failed, $(( ${c_skipped:-0} + p_skip )) skipped"
[ "$total_failed" -eq 0 ]
