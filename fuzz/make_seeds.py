#!/usr/bin/env python3
"""Writes fuzz/seeds/<target>/ from tests/fixtures and tests/vectors (regenerated each run)."""
import hashlib
import json
import shutil
from pathlib import Path

here = Path(__file__).resolve().parent
tests = here.parent / "tests"
seeds = here / "seeds"
shutil.rmtree(seeds, ignore_errors=True)


def put(target, data):
    d = seeds / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


for f in (tests / "fixtures").iterdir():
    if f.suffix in (".xml", ".json", ".html"):
        for t in ("parse_join", "parse_create", "parse_generic", "answers"):
            put(t, f.read_bytes())
for case in json.loads((tests / "vectors" / "parse.json").read_text())["cases"]:
    if "location" in case:
        put("parse_error_redirect", case["location"])
    elif "input" in case:
        for t in ("parse_join", "parse_generic"):
            put(t, case["input"])
for case in json.loads((tests / "vectors" / "verify.json").read_text())["cases"]:
    put("verify", case.get("url") or case["query"])
for case in json.loads((tests / "vectors" / "server.json").read_text())["cases"]:
    put("server_new", case["url"])
for case in json.loads((tests / "vectors" / "join.json").read_text())["cases"]:
    put("join_build", json.dumps(case["request"]))
for case in json.loads((tests / "vectors" / "callbacks.json").read_text())["cases"]:
    head = case.get("url") or case.get("authorization") or ""
    put("callbacks", head + "\n" + case.get("body", ""))
for i, case in enumerate(json.loads((tests / "vectors" / "calls.json").read_text())["cases"]):
    # arbitrary reads a byte for the call, then the pairs: the vector's text gives it material.
    put("calls_build", bytes([i % 17]) + "\0".join(v for p in case["params"] for v in p).encode())
for case in json.loads((tests / "vectors" / "answers.json").read_text())["cases"]:
    if "input" in case:
        put("answers", case["input"])
