#!/usr/bin/env bash
# Installs libbbbkit (shared and static), include/bbbkit.h and a pkg-config file under PREFIX.
#
#   bindings/c/install.sh [PREFIX]      default /usr/local; builds the release library first
#
# Then: cc app.c $(pkg-config --cflags --libs bbbkit)   (PKG_CONFIG_PATH=PREFIX/lib/pkgconfig
# when PREFIX is not a system prefix), or --static for the static library.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PREFIX=${1:-/usr/local}
source "$ROOT/tests/lib.sh"
cargo build --release --quiet -p bbbkit-c --manifest-path "$ROOT/Cargo.toml"
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml")
install -d "$PREFIX/lib/pkgconfig" "$PREFIX/include"
install -m 0755 "$CARGO_TARGET_DIR/release/libbbbkit.so" "$PREFIX/lib/libbbbkit.so"
install -m 0644 "$CARGO_TARGET_DIR/release/libbbbkit.a" "$PREFIX/lib/libbbbkit.a"
install -m 0644 "$ROOT/include/bbbkit.h" "$PREFIX/include/bbbkit.h"
sed -e "s|@PREFIX@|$PREFIX|" -e "s|@VERSION@|$VERSION|" "$HERE/bbbkit.pc.in" > "$PREFIX/lib/pkgconfig/bbbkit.pc"
echo "installed bbbkit $VERSION under $PREFIX"
