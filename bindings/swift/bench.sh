#!/usr/bin/env bash
# The Swift bench: bbbkit's Swift API against the core's own calls, on the same inputs, in one
# run. The two contenders alternate (Swift, core, Swift, core, …: RUNS each, default 5); each
# prints its best round (200 calls a round, ROUNDS rounds, default 40), and the table takes the
# best of every run. Before timing, it checks that both give the same join URL and the same
# attendee counts. A benchmark, not a test: nothing here passes or fails on time.
#
#   bindings/swift/bench.sh [RUNS] [ROUNDS]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"
runs=${1:-5} rounds=${2:-40}
lib="$CARGO_TARGET_DIR/release"

cd "$ROOT"
cargo build --locked --quiet --release -p bbbkit-uniffi
(cd "$HERE" && swift build -c release --product bbbkit-bench -Xlinker -L"$lib" -Xlinker -rpath -Xlinker "$lib" >/dev/null)
swift_bench="$(cd "$HERE" && swift build -c release --show-bin-path)/bbbkit-bench"
# The inputs, the alternation and the table are shared with Kotlin's bench.
exec "$ROOT/tools/bench/same-calls.sh" Swift "$runs" "$rounds" -- "$swift_bench"
