#!/usr/bin/env bash
# The Kotlin suite: builds the Rust library (release), generates the Kotlin sources with
# uniffi-bindgen, then `mvn verify` runs the JUnit tests (every case of tests/vectors/ plus the
# Kotlin-specific tests) on target/classes and the integration test on the packaged jar.
# Exits non-zero when a test fails. Maven prints Surefire's and Failsafe's summary lines.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"

command -v cargo >/dev/null || { echo "cargo is missing: install Rust (rustup) first"; exit 1; }
command -v javac >/dev/null || need_apt openjdk-17-jdk-headless
command -v mvn >/dev/null || need_apt maven

cd "$HERE"
mvn -B --no-transfer-progress -Dstyle.color=never verify "$@"
