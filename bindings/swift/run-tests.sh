#!/usr/bin/env bash
# The Swift suite.
# 1. Regenerates the Swift sources and the C header into a temporary folder and fails on any
#    difference with the committed ones (runs everywhere, so they never go stale).
# 2. Runs `swift test` (XCTest: every case of tests/vectors/ plus Swift-specific tests) against
#    the release library when `swift` is on PATH; otherwise prints `skipped: no Swift toolchain`
#    and exits 77, which the runner counts as skipped, never as passed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"

command -v cargo >/dev/null || { echo "cargo is missing: install Rust (rustup) first"; exit 1; }

echo "── generated Swift sources are fresh"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
"$HERE/generate.sh" "$fresh"
stale=0
for f in Sources/BbbKit/BbbKit.swift Sources/BbbKit/Reflection.swift Sources/BbbKitFFI/BbbKitFFI.h; do
    if ! diff -u "$HERE/$f" "$fresh/$f" > "$fresh/diff"; then
        echo "STALE: bindings/swift/$f differs from what uniffi-bindgen generates:"
        head -40 "$fresh/diff"
        stale=1
    fi
done
if [ $stale -ne 0 ]; then
    echo "run bindings/swift/generate.sh and commit the result"
    exit 1
fi
echo "ok: BbbKit.swift, Reflection.swift and BbbKitFFI.h match the library"

if ! command -v swift >/dev/null; then
    echo "skipped: no Swift toolchain (swift is not on PATH); the generated sources are fresh"
    exit 77
fi

echo "── swift test"
lib="$CARGO_TARGET_DIR/release"
export LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export DYLD_LIBRARY_PATH="$lib${DYLD_LIBRARY_PATH:+:$DYLD_LIBRARY_PATH}"
export BBBKIT_TESTS="$ROOT/tests"
cd "$HERE"
swift test -Xswiftc -warnings-as-errors -Xlinker -L"$lib" -Xlinker -rpath -Xlinker "$lib"
