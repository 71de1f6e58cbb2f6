#!/usr/bin/env bash
# Builds BbbKitFFI.xcframework for iOS (device + simulator) and macOS. Runs on macOS with Xcode
# and rustup. When the XCFramework sits next to Package.swift, the package links it instead of
# the shared library, so apps that add this package get the static library with no setup.
#
#   bindings/swift/build-xcframework.sh            → bindings/swift/BbbKitFFI.xcframework
#
# For a release, zip it (`ditto -c -k --keepParent BbbKitFFI.xcframework BbbKitFFI.xcframework.zip`),
# publish the zip and point a `.binaryTarget(url:checksum:)` at it (`swift package compute-checksum`).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"

[ "$(uname -s)" = Darwin ] || { echo "build-xcframework.sh needs macOS with Xcode (xcodebuild, lipo)"; exit 1; }
for tool in cargo rustup xcodebuild lipo; do
    command -v "$tool" >/dev/null || { echo "$tool is missing"; exit 1; }
done

IOS=aarch64-apple-ios
IOS_SIM=(aarch64-apple-ios-sim x86_64-apple-ios)
MACOS=(aarch64-apple-darwin x86_64-apple-darwin)
export IPHONEOS_DEPLOYMENT_TARGET=15.0
export MACOSX_DEPLOYMENT_TARGET=12.0

cd "$ROOT"
rustup target add "$IOS" "${IOS_SIM[@]}" "${MACOS[@]}"
for target in "$IOS" "${IOS_SIM[@]}" "${MACOS[@]}"; do
    echo "── static library for $target"
    cargo rustc --locked -p bbbkit-uniffi --lib --release --target "$target" --crate-type staticlib
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lib=libbbbkit_uniffi.a
mkdir -p "$work/ios" "$work/ios-sim" "$work/macos" "$work/headers"
cp "$CARGO_TARGET_DIR/$IOS/release/$lib" "$work/ios/$lib"
lipo -create -output "$work/ios-sim/$lib" \
    "$CARGO_TARGET_DIR/${IOS_SIM[0]}/release/$lib" "$CARGO_TARGET_DIR/${IOS_SIM[1]}/release/$lib"
lipo -create -output "$work/macos/$lib" \
    "$CARGO_TARGET_DIR/${MACOS[0]}/release/$lib" "$CARGO_TARGET_DIR/${MACOS[1]}/release/$lib"

echo "── header and module map (a static library per slice, so a plain module, not a framework)"
cargo build --locked -p bbbkit-uniffi --release
cargo run --locked --quiet -p uniffi-bindgen --bin uniffi-bindgen-swift -- \
    "$CARGO_TARGET_DIR/release/libbbbkit_uniffi.dylib" "$work/headers" \
    --headers --modulemap --module-name BbbKitFFI --modulemap-filename module.modulemap

echo "── BbbKitFFI.xcframework"
rm -rf "$HERE/BbbKitFFI.xcframework"
xcodebuild -create-xcframework \
    -library "$work/ios/$lib" -headers "$work/headers" \
    -library "$work/ios-sim/$lib" -headers "$work/headers" \
    -library "$work/macos/$lib" -headers "$work/headers" \
    -output "$HERE/BbbKitFFI.xcframework"
echo "built $HERE/BbbKitFFI.xcframework"
