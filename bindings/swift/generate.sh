#!/usr/bin/env bash
# Regenerates the Swift sources and the C header from the Rust library with uniffi-bindgen,
# then patches the generated buffer reader and writer (patch_bindings.py: same format, fewer
# copies) and writes Reflection.swift (generate_reflection.py).
#
#   ./generate.sh            writes Sources/BbbKit/BbbKit.swift, Sources/BbbKit/Reflection.swift
#                            and Sources/BbbKitFFI/BbbKitFFI.h
#   ./generate.sh DIR        writes the same three files under DIR instead (run-tests.sh compares)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"
OUT="${1:-$HERE}"

case "$(uname -s)" in
    Darwin) lib=libbbbkit_uniffi.dylib ;;
    *) lib=libbbbkit_uniffi.so ;;
esac

cd "$ROOT"
cargo build --locked --quiet -p bbbkit-uniffi --release
gen="$(mktemp -d)"
trap 'rm -rf "$gen"' EXIT
cargo run --locked --quiet -p uniffi-bindgen --bin uniffi-bindgen -- generate \
    --library "$CARGO_TARGET_DIR/release/$lib" --language swift --no-format --out-dir "$gen" >/dev/null

mkdir -p "$OUT/Sources/BbbKit" "$OUT/Sources/BbbKitFFI"
cp "$gen/BbbKit.swift" "$OUT/Sources/BbbKit/BbbKit.swift"
cp "$gen/BbbKitFFI.h" "$OUT/Sources/BbbKitFFI/BbbKitFFI.h"
python3 "$HERE/patch_bindings.py" "$OUT/Sources/BbbKit/BbbKit.swift"
python3 "$HERE/generate_reflection.py" "$OUT/Sources/BbbKit/BbbKit.swift" "$OUT/Sources/BbbKit/Reflection.swift"
