#!/usr/bin/env python3
"""Writes a getRecordings answer of about SIZE megabytes (10^6 bytes) to standard output: as
many recordings as fit, each with metadata (7 entries), a presentation and a video playback
format, each with three preview images. Deterministic: the same SIZE gives the same bytes.

    tools/bench/gen-recordings.py 50 > /tmp/recordings-50mb.xml
"""
import sys


def recording(i: int) -> str:
    rid = f"{i:040x}-17180{i:08d}"
    start = 1718000000000 + i * 3600000
    images = lambda fmt: "".join(  # noqa: E731
        f'<image width="176" height="136" alt="Slide {n} &amp; notes">'
        f"https://bbb.example.com/{fmt}/{rid}/thumbnails/thumb-{n}.png</image>"
        for n in (1, 2, 3)
    )
    formats = "".join(
        f"<format><type>{fmt}</type>"
        f"<url>https://bbb.example.com/playback/{fmt}/2.3/{rid}</url>"
        f"<processingTime>{91000 + i % 1000}</processingTime><length>{60 + i % 120}</length>"
        f"<size>{9043000 + i}</size><preview><images>{images(fmt)}</images></preview></format>"
        for fmt in ("presentation", "video")
    )
    return (
        f"<recording><recordID>{rid}</recordID><meetingID>course-{i % 997}</meetingID>"
        f"<internalMeetingID>{rid}</internalMeetingID><name>Course {i % 997} &#8211; session {i}</name>"
        f"<isBreakout>false</isBreakout><published>true</published><state>published</state>"
        f"<startTime>{start}</startTime><endTime>{start + 3600000}</endTime>"
        f"<participants>{i % 300}</participants><rawSize>{48211000 + i}</rawSize>"
        f"<metadata><isBreakout>false</isBreakout><meetingName>Course {i % 997}</meetingName>"
        f"<meetingId>course-{i % 997}</meetingId><bbb-origin>Moodle</bbb-origin>"
        f"<bbb-origin-version>4.3.2 (Build: 20240115)</bbb-origin-version>"
        f"<bbb-origin-server-name>moodle.example.edu</bbb-origin-server-name>"
        f"<bbb-context>Physics &lt;B&gt; {i % 50}</bbb-context></metadata>"
        f"<size>{9043000 + i}</size><playback>{formats}</playback><data></data></recording>\n"
    )


def main() -> None:
    target = int(float(sys.argv[1]) * 1_000_000) if len(sys.argv) > 1 else 50_000_000
    head = "<response><returncode>SUCCESS</returncode><recordings>\n"
    tail = "</recordings><messageKey></messageKey><message></message></response>\n"
    out = sys.stdout
    out.write(head)
    size, i = len(head) + len(tail), 0
    while True:
        r = recording(i)
        if size + len(r) > target:
            break
        out.write(r)
        size += len(r)
        i += 1
    out.write(tail)


if __name__ == "__main__":
    main()
