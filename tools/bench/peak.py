"""The peak memory of bbbkit.parse_recordings, for peak-memory.sh:
    python3 peak.py read|typed FILE
`read` only reads the file (the baseline)."""
import sys

import bbbkit

mode, path = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    body = f.read()
if mode == "typed":
    r = bbbkit.parse_recordings(body, max_size=len(body))
    print(f"{len(r.recordings)} recordings", file=sys.stderr)
elif mode != "read":
    sys.exit("usage: peak.py read|typed FILE")
