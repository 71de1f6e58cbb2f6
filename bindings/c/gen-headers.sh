#!/usr/bin/env bash
# Generates include/bbbkit.h and include/bbbkit_ffi.h (the PHP FFI flavour) with cbindgen.
#
#   bindings/c/gen-headers.sh            writes them into include/
#   bindings/c/gen-headers.sh DIR        writes them into DIR (the freshness check uses this)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-$ROOT/include}
CBINDGEN=${CBINDGEN:-cbindgen}
mkdir -p "$OUT"
cd "$ROOT"
"$CBINDGEN" --quiet --config bindings/c/cbindgen.toml --output "$OUT/bbbkit.h" bindings/c
# PHP's FFI parser skips `#` lines, so the typed-enum conditionals that cbindgen writes for C23
# must be resolved: the C preprocessor keeps the C11 branch (`typedef uint32_t bbbkit_result;`
# after the enum of its values) and the comments.
"$CBINDGEN" --quiet --config bindings/c/cbindgen-ffi.toml bindings/c \
    | cpp -P -C -std=c11 -undef -nostdinc - > "$OUT/bbbkit_ffi.h"
