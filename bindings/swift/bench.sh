#!/usr/bin/env bash
# The Swift bench: bbbkit's Swift API against the core's own calls, on the same inputs, in one
# run. The two contenders alternate (Swift, core, Swift, core, …: RUNS each, default 5); each
# prints its best round (200 calls a round, ROUNDS rounds, default 40), and the table takes the
# best of every run. Before timing, it checks that both give the same join URL and the same
# attendee counts. A benchmark, not a test: nothing here passes or fails on time.
#
#   bindings/swift/bench.sh [RUNS] [ROUNDS]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/tests/lib.sh"
runs=${1:-5} rounds=${2:-40}
lib="$CARGO_TARGET_DIR/release"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$ROOT"
cargo build --locked --quiet --release -p bbbkit-uniffi -p bbbkit --example same_calls
(cd "$HERE" && swift build -c release --product bbbkit-bench -Xlinker -L"$lib" -Xlinker -rpath -Xlinker "$lib" >/dev/null)
swift_bench="$(cd "$HERE" && swift build -c release --show-bin-path)/bbbkit-bench"
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
    "$swift_bench" "$rounds" "${inputs[@]}" > "$work/swift.$r"
    "$core_bench" "$rounds" "${inputs[@]}" > "$work/core.$r"
done
python3 - "$work" "$runs" <<'PY'
import sys, pathlib
work, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
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
swift, swift_facts = load("swift")
core, core_facts = load("core")
assert swift_facts == core_facts, f"outputs differ:\n{sorted(swift_facts)}\n{sorted(core_facts)}"
print(f"outputs equal: {len(core_facts)} facts (the join URL, the attendee counts)")
print(f"{'operation':48} {'Swift':>10} {'core':>10} {'Swift ÷ core':>12}")
for key, ns in swift.items():
    c = core.get(key)
    ratio = f"{ns / c:.2f}x" if c else ""
    print(f"{key:48} {ns:8.1f} ns {(f'{c:8.1f} ns' if c else ''):>10} {ratio:>12}")
PY
