#!/usr/bin/env bash
# Join URL generation: C ABI, PHP through FFI, and pure PHP, in one run (see BENCHMARKS.md); then
# parsing answers from PHP, bbbkit against SimpleXML.
#   bindings/c/bench.sh [ITERATIONS [PARSE_ITERATIONS]]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
source "$ROOT/tests/lib.sh"
cd "$ROOT"
cargo build --release --quiet -p bbbkit-c
LIBDIR="$CARGO_TARGET_DIR/release"
BIN=$(mktemp -d)/bench_join
trap 'rm -rf "$(dirname "$BIN")"' EXIT
gcc -std=c11 -O2 -Wall -Wextra -Wpedantic -Werror -Iinclude tests/c/bench_join.c -o "$BIN" -L"$LIBDIR" -lbbbkit -Wl,-rpath,"$LIBDIR"
BBBKIT_LIB="$LIBDIR/libbbbkit.so" php bindings/php/bench/join_url.php "${1:-200000}" "$BIN"
# Typed answers (getMeetingInfo, getRecordings): bbbkit through FFI against plain SimpleXML.
BBBKIT_LIB="$LIBDIR/libbbbkit.so" php bindings/php/bench/parse_answers.php "${2:-5000}"
