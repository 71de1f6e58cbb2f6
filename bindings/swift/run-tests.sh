#!/usr/bin/env bash
# The Swift suite.
# 1. Regenerates the Swift sources and the C header into a temporary folder and fails on any
#    difference with the committed ones (runs everywhere, so they never go stale).
# 2. Runs `swift test` (XCTest and Swift Testing: every case of tests/vectors/ plus Swift-specific
#    tests; warnings are errors) against the release library when `swift` is on PATH, then builds
#    and runs Examples/SignAndVerify; without `swift` it prints `skipped: no Swift toolchain`
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

echo "── Examples/SignAndVerify"
swift build -Xswiftc -warnings-as-errors -Xlinker -L"$lib" -Xlinker -rpath -Xlinker "$lib" --product sign-and-verify
tool="$(swift build --show-bin-path)/sign-and-verify"
# The expected URL and the worked callback example come from an independent computation
# (hashlib) and from bbb-callbacks.md §7, never from bbbkit.
want=$(python3 - <<'PY'
import hashlib
q = "meetingID=physics-101&fullName=Marie+Curie+%28TA%29&role=MODERATOR"
print("https://bbb.example.com/bigbluebutton/api/join?" + q + "&checksum="
      + hashlib.sha256(("join" + q + "8cd8ef52e8e101574e400365b55e11a6").encode()).hexdigest())
PY
)
got=$(BBB_URL=https://bbb.example.com/bigbluebutton/ BBB_SECRET=8cd8ef52e8e101574e400365b55e11a6 "$tool" join physics-101 "Marie Curie (TA)" moderator)
[ "$got" = "$want" ] || { echo "FAIL: join printed $got, expected $want"; exit 1; }
token="eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0.8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8"
export BBB_SECRET=639259d4-9dd8-4b25-bf01-95f9567eaf4b  # bbb-callbacks.md §7
got=$(printf 'signed_parameters=%s' "$token" | "$tool" recording-ready)
[ "$got" = "meeting test01 recording ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124" ] ||
    { echo "FAIL: recording-ready printed $got"; exit 1; }
if refused=$(printf 'signed_parameters=%s' "${token/8vrk/8vrl}" | "$tool" recording-ready 2>&1); then
    echo "FAIL: a forged recording-ready callback was accepted: $refused"; exit 1
fi
case $refused in *"(callback_signature)"*"answer HTTP 401"*) ;; *) echo "FAIL: forged callback: $refused"; exit 1 ;; esac
demo=$(env -u BBB_URL -u BBB_SECRET "$tool" join physics-101 "Marie Curie" 2>&1 >/dev/null)
case $demo in *"DEMO server"*) ;; *) echo "FAIL: no demo-server warning: $demo"; exit 1 ;; esac
echo "ok: sign-and-verify signs the join URL hashlib expects, accepts the worked callback and refuses a forgery (401)"
