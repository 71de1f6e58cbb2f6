#!/usr/bin/env bash
# The peak memory of a typed parse of a large getRecordings answer in every front end.
#
#   tools/bench/peak-memory.sh [SIZE_MB]      (default 50)
#
# Generates the answer (tools/bench/gen-recordings.py: many recordings, two playback formats
# with three preview images each, seven metadata entries), then runs, for each front end, the
# same program twice under /usr/bin/time -v: once only reading the bytes (the baseline) and once
# reading and parsing them. The parse's peak is the difference of the two maximum resident set
# sizes; the table gives it divided by the answer's size (the issue's target: at most 4x).
#
# Front ends: the core (core/examples/peak_memory.rs: typed, the JSON text written as it goes,
# the JSON through a serde_json::Value, the generic tree),
# the CLI (`bbbkit parse --kind recordings`; its baseline is the same command with --max-size 1,
# which reads the input and refuses it), C (`bbbkit_parse_answer`, tools/bench/peak_c.c), PHP
# (`Recordings::parse`), Python (`parse_recordings`), Ruby (`BbbKit.parse_recordings`), and
# Kotlin (`parseRecordings`, tools/bench/PeakKotlin.java) when BBBKIT_KOTLIN_CP is the class
# path of the package's jar and its dependencies (JNA, kotlin-stdlib): build the jar with
# `mvn -DskipTests package` in bindings/kotlin. The JVM runs with a fixed heap and a small young
# generation (-Xms2g -Xmx2g -Xmn16m -XX:+UseSerialGC) in both runs; its peak includes the garbage
# a young collection had not yet reclaimed.
# A front end whose toolchain is missing is skipped. Builds into $CARGO_TARGET_DIR (or target/).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
SIZE=${1:-50}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
REL="$TARGET/release"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-peak.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

ANSWER="$WORK/recordings.xml"
python3 "$HERE/gen-recordings.py" "$SIZE" > "$ANSWER"
BYTES=$(stat -c %s "$ANSWER")
echo "answer: $BYTES bytes, $(grep -c '<recording>' "$ANSWER") recordings"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cpus"

cargo build --release --quiet -p bbbkit --example peak_memory || exit 1
cargo build --release --quiet -p bbbkit-cli -p bbbkit-c || exit 1

# maxrss COMMAND...: the command's maximum resident set size in KiB (and its status)
maxrss() {
    /usr/bin/time -v "$@" 2> "$WORK/time.txt" > /dev/null
    local rc=$?
    if [ $rc -ne 0 ]; then
        echo "FAILED ($rc): $*" >&2; sed -n '1,5p' "$WORK/time.txt" >&2; echo 0; return
    fi
    sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$WORK/time.txt"
}

printf '\n| front end | what | baseline (MB) | peak (MB) | parse peak (MB) | ÷ answer |\n|---|---|---:|---:|---:|---:|\n'
# row NAME WHAT BASELINE-COMMAND -- PARSE-COMMAND
row() {
    local name=$1 what=$2; shift 2
    local base=() parse=()
    while [ "$1" != "--" ]; do base+=("$1"); shift; done; shift
    parse=("$@")
    local b p
    b=$(maxrss "${base[@]}"); p=$(maxrss "${parse[@]}")
    awk -v n="$name" -v w="$what" -v b="$b" -v p="$p" -v s="$BYTES" 'BEGIN {
        d = (p - b) * 1024
        printf "| %s | %s | %.1f | %.1f | %.1f | %.2f× |\n", n, w, b*1024/1e6, p*1024/1e6, d/1e6, d/s }'
}

EX="$REL/examples/peak_memory"
row core "parse_recordings (typed)" "$EX" read "$ANSWER" -- "$EX" typed "$ANSWER"
row core "write_answer_json (JSON text, as C)" "$EX" read "$ANSWER" -- "$EX" json "$ANSWER"
row core "parse_answer_json (a Value, then text)" "$EX" read "$ANSWER" -- "$EX" value "$ANSWER"
row core "parse_response (generic tree)" "$EX" read "$ANSWER" -- "$EX" generic "$ANSWER"

CLI="$REL/bbbkit"
row CLI "bbbkit parse --kind recordings" sh -c "'$CLI' parse --kind recordings --max-size 1 < '$ANSWER'; [ \$? -eq 2 ]" \
    -- sh -c "'$CLI' parse --kind recordings --max-size $BYTES < '$ANSWER'"

if command -v cc > /dev/null; then
    cc -O2 -I include -o "$WORK/peak_c" "$HERE/peak_c.c" -L "$REL" -lbbbkit -Wl,-rpath,"$REL" &&
        row C "bbbkit_parse_answer (JSON)" "$WORK/peak_c" read "$ANSWER" -- "$WORK/peak_c" json "$ANSWER"
fi
if command -v php > /dev/null; then
    export BBBKIT_LIB="$REL/libbbbkit.so"
    row PHP "Recordings::parse" php -d memory_limit=-1 "$HERE/peak.php" read "$ANSWER" \
        -- php -d memory_limit=-1 "$HERE/peak.php" typed "$ANSWER"
fi
if command -v ruby > /dev/null && ruby -e 'require "ffi"' 2> /dev/null; then
    export BBBKIT_LIB="$REL/libbbbkit.so"
    row Ruby "BbbKit.parse_recordings" ruby -I bindings/ruby/lib "$HERE/peak.rb" read "$ANSWER" \
        -- ruby -I bindings/ruby/lib "$HERE/peak.rb" typed "$ANSWER"
fi
# Python: the extension built here, beside a copy of the package's Python sources.
PY=${PYTHON:-python3}
if cargo build --release --quiet -p bbbkit-python 2> /dev/null; then
    mkdir -p "$WORK/py/bbbkit"
    cp python/bbbkit/*.py "$WORK/py/bbbkit/"
    cp "$REL/lib_bbbkit.so" "$WORK/py/bbbkit/_bbbkit.abi3.so"
    row Python "parse_recordings" env PYTHONPATH="$WORK/py" "$PY" "$HERE/peak.py" read "$ANSWER" \
        -- env PYTHONPATH="$WORK/py" "$PY" "$HERE/peak.py" typed "$ANSWER"
fi
if [ -n "${BBBKIT_KOTLIN_CP:-}" ] && command -v javac > /dev/null &&
    javac -d "$WORK/kt" -cp "$BBBKIT_KOTLIN_CP" "$HERE/PeakKotlin.java"; then
    JVM=(java -Xms2g -Xmx2g -Xmn16m -XX:+UseSerialGC -cp "$WORK/kt:$BBBKIT_KOTLIN_CP" PeakKotlin)
    row Kotlin "parseRecordings" "${JVM[@]}" read "$ANSWER" -- "${JVM[@]}" typed "$ANSWER"
fi
