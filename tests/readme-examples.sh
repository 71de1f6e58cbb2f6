#!/usr/bin/env bash
# Runs the README's Python, C and PHP examples (the Rust one is a doctest of the core, the Kotlin
# one a JUnit test). Each creates a meeting, joins it and reads getMeetingInfo. Their HTTP client
# is replaced by one that answers from tests/fixtures/ only for the exact create and
# getMeetingInfo URLs that an independent computation (Python's hashlib) expects, and fails on
# any other URL. Each must print the join URL that computation expects, then the meeting.
# Needs the Python venv and libbbbkit that the python and c suites build.
set -uo pipefail
cd "$(dirname "$0")/.."
source tests/lib.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-readme.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FIXTURES=$PWD/tests/fixtures

# extract LANG: the README's code blocks in LANG, concatenated.
extract() {
    awk -v lang="$1" '$0 == "```" lang {on = 1; next} $0 == "```" {on = 0} on' README.md
}

# The three URLs, computed with hashlib and an encoder written from the rule in design.md.
eval "$(python3 - <<'PY'
import hashlib
raw = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")
enc = lambda s: "".join("+" if b == 32 else chr(b) if b in raw else "%%%02X" % b for b in s.encode())
def url(call, pairs):
    q = "&".join(f"{k}={enc(v)}" for k, v in pairs)
    cs = hashlib.sha256((call + q + "8cd8ef52e8e101574e400365b55e11a6").encode()).hexdigest()
    return f"https://bbb.example.com/bigbluebutton/api/{call}?{q}&checksum={cs}"
print("CREATE_URL='%s'" % url("create", [("name", "Physics 101"), ("meetingID", "physics-101"), ("record", "true")]))
print("INFO_URL='%s'" % url("getMeetingInfo", [("meetingID", "physics-101")]))
print("JOIN_URL='%s'" % url("join", [("meetingID", "physics-101"), ("fullName", "Marie Curie"),
                                     ("role", "MODERATOR"), ("createTime", "1715261728123")]))
PY
)"
export CREATE_URL INFO_URL FIXTURES
# get_meeting_info.xml: meetingName "Physics &amp; Chemistry 101", participantCount 2.
MEETING="2 in Physics & Chemistry 101"
expected=$(printf '%s\n%s' "$JOIN_URL" "$MEETING")

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
    cat > "$WORK/readme.py" <<'PY'
import os, urllib.request
_ANSWERS = {os.environ["CREATE_URL"]: "create_success.xml", os.environ["INFO_URL"]: "get_meeting_info.xml"}
class _Answer:
    def __init__(self, url): self.path = os.path.join(os.environ["FIXTURES"], _ANSWERS[url])
    def read(self):
        with open(self.path, "rb") as f: return f.read()
urllib.request.urlopen = _Answer
PY
    extract python >> "$WORK/readme.py"
    check python "$("$PY" "$WORK/readme.py" 2>&1)"
else
    failed=$((failed + 1)); echo "FAIL python: no venv (run tests/run python first)"
fi

LIB="$CARGO_TARGET_DIR/release"
if [ -f "$LIB/libbbbkit.so" ]; then
    extract c > "$WORK/readme.c"
    cat > "$WORK/http.c" <<'C'
#include <bbbkit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* The README's HTTP client: a recorded answer for the two expected URLs, NULL for any other. */
char *http_get(bbbkit_str url, size_t *len) {
    const char *file = NULL, *create = getenv("CREATE_URL"), *info = getenv("INFO_URL");
    if (url.len == strlen(create) && memcmp(url.data, create, url.len) == 0) file = "create_success.xml";
    if (url.len == strlen(info) && memcmp(url.data, info, url.len) == 0) file = "get_meeting_info.xml";
    if (!file) { fprintf(stderr, "unexpected URL %.*s\n", (int)url.len, (const char *)url.data); return NULL; }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", getenv("FIXTURES"), file);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *body = malloc(1 << 16);
    *len = fread(body, 1, 1 << 16, f);
    fclose(f);
    return body;
}
C
    if gcc -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude "$WORK/readme.c" "$WORK/http.c" -o "$WORK/readme" \
        -L"$LIB" -lbbbkit -Wl,-rpath,"$LIB"; then
        out=$("$WORK/readme" 2>&1)
        # C prints the typed answer as JSON: the same meeting, read with Python's json.
        meeting=$(printf '%s\n' "$out" | sed -n 2p | python3 -c \
            'import json, sys; a = json.load(sys.stdin); print(str(a["participant_count"]) + " in " + a["meeting_name"])' 2>&1)
        check c "$(printf '%s\n%s' "$(printf '%s\n' "$out" | sed -n 1p)" "$meeting")"
    else
        failed=$((failed + 1)); echo "FAIL c: does not compile"
    fi
    if command -v php >/dev/null; then
        extract php | sed "s|^<?php|<?php require '$PWD/bindings/php/autoload.php';\n\
function http_get(string \$url): string {\n\
    \$answers = [getenv('CREATE_URL') => 'create_success.xml', getenv('INFO_URL') => 'get_meeting_info.xml'];\n\
    if (!isset(\$answers[\$url])) { throw new RuntimeException(\"unexpected URL \$url\"); }\n\
    return file_get_contents(getenv('FIXTURES') . '/' . \$answers[\$url]);\n\
}|" > "$WORK/readme.php"
        check php "$(BBBKIT_LIB="$LIB/libbbbkit.so" php "$WORK/readme.php" 2>&1)"
    else
        failed=$((failed + 1)); echo "FAIL php: php is not installed (run tests/run c first)"
    fi
else
    failed=$((failed + 2)); echo "FAIL c, php: no libbbbkit.so (run tests/run c first)"
fi
echo "readme examples: $passed passed, $failed failed"
[ $failed -eq 0 ]
