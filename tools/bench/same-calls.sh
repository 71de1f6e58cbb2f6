#!/usr/bin/env bash
# A foreign language's bbbkit against the core's own calls, on the same inputs, in one run: the
# join URL and getMeetingInfo with 2 and 100 attendees. The two contenders alternate (foreign,
# core, foreign, core, …: RUNS each); each prints its best round (200 calls a round, ROUNDS
# rounds), and the table takes the best of every run. Before the table, it checks that both
# printed the same join URL and the same attendee counts. A benchmark, not a test: nothing here
# passes or fails on time.
#
#   tools/bench/same-calls.sh NAME RUNS ROUNDS -- COMMAND...
#
# COMMAND is the foreign side (bindings/swift/bench.sh and bindings/kotlin/bench.sh give it):
# run as `COMMAND ROUNDS FILE...`, it prints `url URL`, `attendees FILE N`, `join_url NS` and
# `parse_meeting_info FILE NS`, as core/examples/same_calls.rs does. Builds into
# $CARGO_TARGET_DIR (or target/).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
name=$1 runs=$2 rounds=$3
shift 3
[ "${1:-}" = "--" ] && shift
lib="${CARGO_TARGET_DIR:-$ROOT/target}/release"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$ROOT"
cargo build --locked --quiet --release -p bbbkit --example same_calls
core_bench="$lib/examples/same_calls"

# getMeetingInfo answers: the 2-attendee fixture and one with 100 attendees, written here.
cp tests/fixtures/get_meeting_info.xml "$work/meeting_info_2.xml"
python3 - "$work/meeting_info_100.xml" <<'PY'
import sys
attendee = ("<attendee><userID>w_{i:04d}</userID><fullName>Student {i}</fullName><role>VIEWER</role>"
            "<isPresenter>false</isPresenter><isListeningOnly>false</isListeningOnly><hasJoinedVoice>true</hasJoinedVoice>"
            "<hasVideo>false</hasVideo><clientType>HTML5</clientType><customdata><course>CS &amp; Maths</course></customdata></attendee>")
body = ("<response><returncode>SUCCESS</returncode><meetingName>Physics 101</meetingName><meetingID>physics-101</meetingID>"
        "<internalMeetingID>5b1f4f4c6a7c2e8e59a8c1f0b2a3d4e5f6a7b8c9-1715261728123</internalMeetingID><createTime>1715261728123</createTime>"
        "<running>true</running><participantCount>100</participantCount><attendees>"
        + "".join(attendee.format(i=i) for i in range(100)) + "</attendees><metadata><bbb-origin>Moodle</bbb-origin></metadata></response>")
open(sys.argv[1], "w").write(body)
PY
inputs=("$work/meeting_info_2.xml" "$work/meeting_info_100.xml")

for r in $(seq "$runs"); do
    "$@" "$rounds" "${inputs[@]}" > "$work/foreign.$r"
    "$core_bench" "$rounds" "${inputs[@]}" > "$work/core.$r"
done
python3 - "$work" "$runs" "$name" <<'PY'
import sys, pathlib
work, runs, name = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
def load(who):
    best, facts = {}, set()
    for r in range(1, runs + 1):
        for line in (work / f"{who}.{r}").read_text().splitlines():
            key, _, value = line.rpartition(" ")
            if line.startswith(("url ", "attendees ")):
                facts.add(line)
            else:
                best[key] = min(best.get(key, float("inf")), float(value))
    return best, facts
foreign, foreign_facts = load("foreign")
core, core_facts = load("core")
assert foreign_facts == core_facts, f"outputs differ:\n{sorted(foreign_facts)}\n{sorted(core_facts)}"
print(f"outputs equal: {len(core_facts)} facts (the join URL, the attendee counts)")
print(f"{'operation':48} {name:>10} {'core':>10} {name + ' ÷ core':>14}")
for key, ns in foreign.items():
    c = core.get(key)
    ratio = f"{ns / c:.2f}x" if c else ""
    print(f"{key:48} {ns:8.1f} ns {(f'{c:8.1f} ns' if c else ''):>10} {ratio:>14}")
PY
