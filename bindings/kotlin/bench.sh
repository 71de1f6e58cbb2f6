#!/usr/bin/env bash
# The Kotlin/JVM bench against the core's own calls: the join URL and getMeetingInfo with 2 and
# 100 attendees, through the Kotlin package (JNA, UniFFI's generated code and the buffer calls)
# and through the core with no FFI (core/examples/same_calls.rs), alternating, RUNS each; the
# table takes each side's best round (tools/bench/same-calls.sh). The hand-rolled JVM
# comparison is Bench.kt (BENCHMARKS.md).
#
#   bindings/kotlin/bench.sh [RUNS] [ROUNDS]      (after `tests/run kotlin`, or it runs mvn first)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"
runs=${1:-5} rounds=${2:-200}

cd "$HERE"
mvn -B -q --no-transfer-progress -Dstyle.color=never -DskipTests test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$HERE/target/bench.classpath" >/dev/null
cp="$HERE/target/test-classes:$HERE/target/classes:$(cat "$HERE/target/bench.classpath")"
exec "$ROOT/tools/bench/same-calls.sh" Kotlin "$runs" "$rounds" -- \
    java -cp "$cp" org.bbbkit.bench.SameCallsKt
