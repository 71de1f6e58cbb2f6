#!/usr/bin/env bash
# Runs the README's Python, C and PHP examples (the Rust one is a doctest of the core) and checks
# that they print the same join URL, the one an independent computation expects. Needs the
# Python venv and libbbbkit that the python and c suites build.
set -uo pipefail
cd "$(dirname "$0")/.."
source tests/lib.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-readme.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# extract LANG: the README's code blocks in LANG, concatenated.
extract() {
    awk -v lang="$1" '$0 == "```" lang {on = 1; next} $0 == "```" {on = 0} on' README.md
}

expected=$(python3 - <<'PY'
import hashlib
raw = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")
enc = lambda s: "".join("+" if b == 32 else chr(b) if b in raw else "%%%02X" % b for b in s.encode())
q = "&".join(f"{k}={enc(v)}" for k, v in [("meetingID", "physics-101"), ("fullName", "Marie Curie"),
                                           ("role", "MODERATOR"), ("createTime", "1715261728123")])
cs = hashlib.sha256(("join" + q + "8cd8ef52e8e101574e400365b55e11a6").encode()).hexdigest()
print(f"https://bbb.example.com/bigbluebutton/api/join?{q}&checksum={cs}")
PY
)
passed=0 failed=0
check() { # check NAME OUTPUT
    if [ "$2" = "$expected" ]; then
        passed=$((passed + 1)); echo "ok $1"
    else
        failed=$((failed + 1)); echo "FAIL $1: printed '$2', expected '$expected'"
    fi
}

PY=python/.venv/bin/python
if [ -x "$PY" ]; then
    extract python > "$WORK/readme.py"
    check python "$("$PY" "$WORK/readme.py" 2>&1)"
else
    failed=$((failed + 1)); echo "FAIL python: no venv (run tests/run python first)"
fi

LIB="$CARGO_TARGET_DIR/release"
if [ -f "$LIB/libbbbkit.so" ]; then
    extract c > "$WORK/readme.c"
    if gcc -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude "$WORK/readme.c" -o "$WORK/readme" \
        -L"$LIB" -lbbbkit -Wl,-rpath,"$LIB"; then
        check c "$("$WORK/readme" 2>&1)"
    else
        failed=$((failed + 1)); echo "FAIL c: does not compile"
    fi
    if command -v php >/dev/null; then
        extract php | sed "s|^<?php|<?php require '$PWD/bindings/php/autoload.php';|" > "$WORK/readme.php"
        check php "$(BBBKIT_LIB="$LIB/libbbbkit.so" php "$WORK/readme.php" 2>&1)"
    else
        failed=$((failed + 1)); echo "FAIL php: php is not installed (run tests/run c first)"
    fi
else
    failed=$((failed + 2)); echo "FAIL c, php: no libbbbkit.so (run tests/run c first)"
fi
echo "readme examples: $passed passed, $failed failed"
[ $failed -eq 0 ]
