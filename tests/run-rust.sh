#!/usr/bin/env bash
# The Rust suite: freshness of the generated files that need only Rust and Python
# (tools/regen --check --fast), formatting, lints, every crate's tests (unit, doctests, the
# shared vectors, property tests, the CLI's tests), the core's API docs with warnings as errors, and a
# smoke run of the `bbbkit` command.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/lib.sh

command -v cargo >/dev/null || { echo "cargo is missing: install Rust (rustup) first"; exit 1; }
for comp in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp"
done

echo "── every package carries the workspace's version"
python3 tests/check-versions.py

echo "── core/src has no import circle"
python3 tests/check-layout.py

echo "── generated files are fresh (tools/regen --check --fast: vectors, C enums, C headers)"
tools/regen --check --fast

echo "── cargo fmt --check"
cargo fmt --all --check

echo "── cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "── cargo test"
cargo test --workspace --locked

echo "── the core's API docs build without a warning (links, HTML in docs)"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p bbbkit

echo "── smoke: bbbkit join on the demo server, then verify it"
url=$(cargo run -q --locked -p bbbkit-cli -- join --meeting-id smoke-test --full-name "Smoke Test" --role viewer 2>/tmp/bbbkit-smoke.err)
grep -q "DEMO server" /tmp/bbbkit-smoke.err
case "$url" in https://bbb.example.com/bigbluebutton/api/join?meetingID=smoke-test\&fullName=Smoke+Test\&role=VIEWER\&checksum=*) ;;
    *) echo "unexpected URL: $url"; exit 1 ;; esac
# The demo secret is public: without a configured secret, verify is a usage error (exit 2).
rc=0; cargo run -q --locked -p bbbkit-cli -- verify "$url" >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || { echo "verify without a secret exited $rc, not 2"; exit 1; }
demo=bbbkit-demo-secret-not-for-real-servers
alg=$(BBB_SECRET=$demo cargo run -q --locked -p bbbkit-cli -- verify "$url" 2>/dev/null)
[ "$alg" = sha256 ] || { echo "verify printed '$alg'"; exit 1; }
if BBB_SECRET=$demo cargo run -q --locked -p bbbkit-cli -- verify "${url/Smoke/Smoky}" 2>/dev/null; then
    echo "a tampered URL verified"; exit 1
fi
echo "smoke: 4 passed, 0 failed"
