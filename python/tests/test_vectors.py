"""Runs every case of every file in `tests/vectors/`: the same cases the core and every other
front end run. Expected values come from the JSON files only."""

from __future__ import annotations

import base64
import inspect
import json
import pickle
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Type

import pytest

import bbbkit
from conftest import VECTOR_FILES, fixture_bytes, load_cases

Case = Dict[str, Any]

# The vector's BBB parameter names → join_url's keyword arguments, from the core's declaration.
JOIN_KWARGS = {p.name: p.field for p in bbbkit.JOIN_PARAMETERS}


def class_named_after(kind: str) -> Type[bbbkit.BbbError]:
    """The exception class for a vector's error kind or API kind: its PascalCase, the one rule
    every front end follows (``meeting_not_found`` → ``MeetingNotFound``)."""
    cls = getattr(bbbkit, "".join(w.capitalize() for w in kind.split("_")))
    assert isinstance(cls, type) and issubclass(cls, bbbkit.BbbError), kind
    return cls


def cases(name: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("case", load_cases(name), ids=lambda c: str(c["name"]))


def check_error(exc: BaseException, expected: Mapping[str, Any]) -> None:
    """Asserts that `exc` is the exception the vector's `error` describes."""
    kind = expected["kind"]
    assert isinstance(exc, bbbkit.BbbError), repr(exc)
    if kind == "invalid_parameter":
        assert type(exc) is bbbkit.InvalidParameter, repr(exc)
        assert isinstance(exc, ValueError)
        assert (exc.parameter, exc.rule) == (expected["parameter"], expected["rule"])
        assert expected["parameter"] in str(exc)
    elif kind in bbbkit._bbbkit._VERIFY_ERROR_CODES:
        assert type(exc) is class_named_after(kind), repr(exc)
        assert isinstance(exc, bbbkit.VerifyError)
        assert exc.code == kind
    elif kind in bbbkit._bbbkit._CALLBACK_ERROR_CODES:
        assert type(exc) is class_named_after(kind), repr(exc)
        assert isinstance(exc, bbbkit.CallbackError)
        assert exc.code == kind
        assert exc.http_status == 401
    elif kind == "parse":
        assert type(exc) is bbbkit.ParseError, repr(exc)
        assert exc.code == expected["code"]
    elif kind == "api":
        assert isinstance(exc, bbbkit.ApiError), repr(exc)
        check_api_error(exc, expected)
    else:
        pytest.fail(f"unknown error kind in the vectors: {kind}")


def check_api_error(exc: bbbkit.ApiError, expected: Mapping[str, Any]) -> None:
    assert type(exc) is class_named_after(expected["api_kind"]), repr(exc)
    assert isinstance(exc, bbbkit.ApiError)
    assert exc.kind == expected["api_kind"]
    assert exc.message_key == expected["key"]
    assert exc.message == expected["message"]
    assert [(e.key, e.message) for e in exc.errors] == [
        (e["key"], e["message"]) for e in expected["errors"]
    ]
    assert exc.errors[0].kind == exc.kind
    if "details" in expected:
        assert list(exc.details.items()) == [(n, v) for n, v in expected["details"]]
        for n, v in expected["details"][:1]:
            assert exc.details[n] == v
    assert pickle.loads(pickle.dumps(exc)).details == exc.details
    assert pickle.loads(pickle.dumps(exc)).kind == exc.kind


def make_server(spec: Mapping[str, Any]) -> bbbkit.Server:
    return bbbkit.Server(spec["url"], spec["secret"], algorithm=spec.get("algorithm", "sha256"))


def pairs(items: List[List[str]]) -> List[Tuple[str, str]]:
    return [(k, v) for k, v in items]


def join_args(request: Mapping[str, Any]) -> Tuple[Tuple[Any, ...], Dict[str, Any]]:
    args = (request.get("meetingID", ""), request.get("fullName", ""), request.get("role"))
    kwargs: Dict[str, Any] = {}
    for name, value in request.items():
        if name in ("meetingID", "fullName", "role"):
            continue
        if name in ("userdata", "extra"):
            kwargs[name] = pairs(value)
        else:
            kwargs[JOIN_KWARGS[name]] = value
    return args, kwargs


def test_every_vector_file_is_run() -> None:
    assert set(VECTOR_FILES) == {
        "checksum",
        "server",
        "join",
        "api_url",
        "verify",
        "parse",
        "callbacks",
        "calls",
        "answers",
    }
    for name in VECTOR_FILES:
        assert load_cases(name)


@cases("checksum")
def test_checksum(case: Case) -> None:
    got = bbbkit.checksum(case["call"], case["query"], case["secret"], case["algorithm"])
    assert got == case["checksum"]
    # The same through a Server with that secret and algorithm.
    server = bbbkit.Server("bbb.example.com", case["secret"], algorithm=case["algorithm"])
    assert server.checksum(case["call"], case["query"]) == case["checksum"]


@cases("server")
def test_server(case: Case) -> None:
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            bbbkit.Server(case["url"], case["secret"])
        check_error(info.value, case["error"])
        assert case["secret"].strip() == "" or case["secret"] not in str(info.value)
    else:
        server = bbbkit.Server(case["url"], case["secret"])
        assert server.base_url == case["base_url"]
        assert case["secret"] not in repr(server)


@cases("join")
def test_join(case: Case) -> None:
    server = make_server(case["server"])
    args, kwargs = join_args(case["request"])
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            server.join_url(*args, **kwargs)
        check_error(info.value, case["error"])
    else:
        assert server.join_url(*args, **kwargs) == case["url"]
        auth = bbbkit.effective_auth(guest=kwargs.get("guest", False), auth=kwargs.get("auth"))
        assert auth == case["effective_auth"]
        if "userdata" in kwargs or "extra" in kwargs:
            # Mappings keep their insertion order: the same URL as with pairs.
            as_dicts: Dict[str, Any] = {
                k: dict(v) if k in ("userdata", "extra") else v for k, v in kwargs.items()
            }
            assert server.join_url(*args, **as_dicts) == case["url"]


@cases("api_url")
def test_api_url(case: Case) -> None:
    server = make_server(case["server"])
    params = pairs(case["params"])
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            server.api_url(case["call"], params)
        check_error(info.value, case["error"])
    else:
        assert server.api_url(case["call"], params) == case["url"]


def prepared_dict(r: bbbkit.PreparedRequest) -> Dict[str, Any]:
    """A prepared request as the vectors spell it (the body as UTF-8 text)."""
    return {
        "method": r.method,
        "url": r.url,
        "body": None if r.body is None else r.body.decode("utf-8"),
        "content_type": r.content_type,
        "file_field": r.file_field,
    }


@cases("calls")
def test_calls_by_name(case: Case) -> None:
    """Every case through `Server.prepare`: the call and its parameters by their BBB names,
    set in order, as the core's `ApiRequest` does."""
    server = make_server(case["server"])
    params = pairs(case["params"])
    extra = pairs(case.get("extra", []))
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            server.prepare(case["call"], params, extra=extra)
        check_error(info.value, case["error"])
    else:
        assert prepared_dict(server.prepare(case["call"], params, extra=extra)) == case["expected"]


class NotTyped(Exception):
    """A vector's string value that has no Python value of the parameter's type (``record=1``):
    only the by-name path can send it."""


def method_base(call: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in call).replace("/", "_")


def typed_value(p: bbbkit.Parameter, value: str) -> Any:
    """The Python value a caller of the typed methods passes for a vector's string."""
    t = p.type
    if t == "boolean":
        if value.lower() not in ("true", "false"):
            raise NotTyped(value)
        return value.lower() == "true"
    if t == "integer":
        try:
            return int(value)
        except ValueError:
            raise NotTyped(value) from None
    if t in ("list", "features", "states"):
        return [item.strip() for item in value.split(",")]
    if t in ("groups", "plugin_manifests"):
        try:
            items = json.loads(value)
        except ValueError:
            raise NotTyped(value) from None
        if t == "groups":
            if not all(isinstance(g, dict) and "id" in g for g in items):
                raise NotTyped(value)
            # Half as Group objects, half as mappings: both are accepted.
            return [bbbkit.Group(**g) if i % 2 == 0 else g for i, g in enumerate(items)]
        if not all(isinstance(m, dict) and "url" in m for m in items):
            raise NotTyped(value)
        return [bbbkit.PluginManifest(**m) for m in items]
    if t == "documents":
        try:
            items = json.loads(value)
        except ValueError:
            raise NotTyped(value) from None
        docs = []
        for d in items if isinstance(items, list) else [items]:
            flags = {k: d[k] for k in ("current", "downloadable", "removable") if k in d}
            if "url" in d:
                docs.append(bbbkit.Document.url(d["url"], filename=d.get("filename"), **flags))
            elif "content" in d and "filename" in d:
                content = base64.b64decode(d["content"])
                docs.append(bbbkit.Document.content(d["filename"], content, **flags))
            else:
                raise NotTyped(value)
        return docs
    return value  # text, url, enums (a str in any case), json (JSON text)


def typed_call(case: Case) -> Optional[Tuple[str, List[Any], Dict[str, Any]]]:
    """The vector's call through the typed `Server` methods: (method name, positional
    arguments, keyword arguments), or None when a value has no Python form."""
    call = case["call"]
    declared = bbbkit.CALL_PARAMETERS.get(call)
    # `join` has its own typed method (`join_url`, the join vectors).
    if declared is None or call == "join":
        return None
    by_name = {p.name: p for p in declared}
    kwargs: Dict[str, Any] = {}
    meta: List[Tuple[str, str]] = []
    extra: List[Tuple[str, str]] = []
    try:
        for name, value in case["params"]:
            p = by_name.get(name)
            if name.startswith("meta_") and "meta_" in by_name:
                meta.append((name[len("meta_") :], value))
            elif p is None:
                extra.append((name, value))
            elif p.type == "documents":
                kwargs.setdefault(p.field, []).extend(typed_value(p, value))
            elif p.field in kwargs:
                # A keyword argument is given once: only the by-name path can repeat one.
                return None
            else:
                kwargs[p.field] = typed_value(p, value)
    except NotTyped:
        return None
    extra.extend((name, value) for name, value in case.get("extra", []))
    if meta:
        kwargs["meta"] = meta
    if extra:
        kwargs["extra"] = extra
    base = method_base(call)
    post = any(p.in_body and p.field in kwargs for p in declared)
    name = f"{base}_request" if post or not hasattr(bbbkit.Server, f"{base}_url") else f"{base}_url"
    # The required parameters positionally, in the method's order.
    method: Callable[..., Any] = getattr(bbbkit.Server, name)
    args = []
    for arg in list(inspect.signature(method).parameters.values())[1:]:
        if arg.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD:
            break
        args.append(kwargs.pop(arg.name, None))
    return name, args, kwargs


TYPED_CASES = [c for c in load_cases("calls") if typed_call(c) is not None]


def test_the_typed_sample_covers_every_call() -> None:
    calls = {c["call"] for c in TYPED_CASES}
    assert calls == set(bbbkit.CALL_PARAMETERS) - {"join"}
    assert len(TYPED_CASES) >= 0.8 * len(load_cases("calls"))


@pytest.mark.parametrize("case", TYPED_CASES, ids=lambda c: str(c["name"]))
def test_calls_typed(case: Case) -> None:
    """The same cases through the typed methods (`create_url`, `get_recordings_url`, …), with
    Python values: the same URL, body or error."""
    server = make_server(case["server"])
    typed = typed_call(case)
    assert typed is not None
    name, args, kwargs = typed
    method = getattr(server, name)
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            method(*args, **kwargs)
        check_error(info.value, case["error"])
    elif name.endswith("_url"):
        assert case["expected"]["method"] == "GET" and case["expected"]["body"] is None
        assert method(*args, **kwargs) == case["expected"]["url"]
        if hasattr(server, name[: -len("url")] + "request"):
            request = getattr(server, name[: -len("url")] + "request")(*args, **kwargs)
            assert prepared_dict(request) == case["expected"]
    else:
        assert prepared_dict(method(*args, **kwargs)) == case["expected"]


def run_verify(verifier: Any, case: Case) -> bbbkit.Verified:
    if "url" in case:
        result: bbbkit.Verified = verifier.verify_url(case["url"])
    else:
        result = verifier.verify(case["call"], case["query"])
    return result


@cases("verify")
def test_verify(case: Case) -> None:
    allowed: Optional[List[str]] = case.get("allowed")
    verifier = bbbkit.Verifier(case["secrets"], allowed=allowed)
    # A Server verifies with its one secret and every algorithm: the same answer.
    servers: List[Any] = [verifier]
    if len(case["secrets"]) == 1 and allowed is None:
        servers.append(bbbkit.Server("bbb.example.com", case["secrets"][0]))
    for v in servers:
        if "error" in case:
            with pytest.raises(bbbkit.BbbError) as info:
                run_verify(v, case)
            check_error(info.value, case["error"])
        else:
            ok = run_verify(v, case)
            assert ok.algorithm == case["algorithm"]
            assert isinstance(ok.algorithm, bbbkit.Algorithm)
            assert ok.key_index == case["key_index"]
            if "params" in case:
                assert ok.params() == pairs(case["params"])


def parse_input(case: Case) -> Any:
    if "fixture" in case:
        return fixture_bytes(case["fixture"])
    if "input_hex" in case:
        return bytes.fromhex(case["input_hex"])
    return case["input"]


PARSERS = {
    "join": bbbkit.parse_join_response,
    "create": bbbkit.parse_create_response,
    "generic": bbbkit.parse_response,
}


@cases("parse")
def test_parse(case: Case) -> None:
    kind = case["kind"]
    if kind == "error_redirect":
        if "error" in case:
            with pytest.raises(bbbkit.BbbError) as info:
                bbbkit.parse_error_redirect(case["location"])
            check_error(info.value, case["error"])
        else:
            api_error = bbbkit.parse_error_redirect(case["location"])
            expected = dict(case["expected"])
            check_api_error(api_error, expected)
        return

    data = parse_input(case)
    parse: Any = PARSERS[kind]
    options = {"max_size": case["max_size"]} if "max_size" in case else {}
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            parse(data, **options)
        check_error(info.value, case["error"])
        return

    result = parse(data, **options)
    expected = case["expected"]
    if kind == "join":
        for field in ("meeting_id", "user_id", "auth_token", "session_token", "url"):
            assert getattr(result, field) == expected[field], field
        assert result.message_key == expected["message_key"]
        assert result.message == expected["message"]
        status = expected["guest_status"]
        assert result.guest_status == status
        if status in ("ALLOW", "WAIT", "DENY"):
            assert result.guest_status is bbbkit.GuestStatus(status)
        assert result.is_waiting == (status == "WAIT")
    elif kind == "create":
        for field, value in expected.items():
            assert getattr(result, field) == value, field
    else:
        assert result.message_key == expected["message_key"]
        assert result.message == expected["message"]
        for name, text in expected["get"].items():
            assert result.get(name) == text, name
            assert result[name] == text
        for path, attributes in expected.get("attributes", {}).items():
            element = result.root
            for step in path.split("/") if path else []:
                element = element.child(step)
                assert element is not None, f"{path}: no {step}"
            assert list(element.attributes.items()) == pairs(attributes), path
            for attr, value in attributes:
                assert element.attribute(attr) == value, f"{path}@{attr}"
    # Text and bytes give the same result.
    if isinstance(data, str):
        assert parse(data.encode(), **options) == result
    else:
        try:
            text_input = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        assert parse(text_input, **options) == result


# The answer kinds of the vectors (the core's AnswerKind names) → the parse functions, as the
# core names them (`parse_meeting_info`, …).
ANSWER_PARSERS: Dict[str, Callable[..., Any]] = {
    "join": bbbkit.parse_join_response,
    "create": bbbkit.parse_create_response,
    "meeting-info": bbbkit.parse_meeting_info,
    "meetings": bbbkit.parse_meetings,
    "running": bbbkit.parse_is_meeting_running,
    "end": bbbkit.parse_end,
    "recordings": bbbkit.parse_recordings,
    "publish": bbbkit.parse_publish_recordings,
    "delete": bbbkit.parse_delete_recordings,
    "update": bbbkit.parse_update_recordings,
    "text-tracks": bbbkit.parse_text_tracks,
    "put-text-track": bbbkit.parse_put_text_track,
    "insert-document": bbbkit.parse_insert_document,
    "chat": bbbkit.parse_send_chat_message,
    "hook-create": bbbkit.parse_hook_create,
    "hook-destroy": bbbkit.parse_hook_destroy,
    "hooks": bbbkit.parse_hooks,
}


def fields(obj: object) -> List[str]:
    """The attributes of a result object (its getters)."""
    return [n for n, v in vars(type(obj)).items() if inspect.isgetsetdescriptor(v)]


def as_json(value: Any, keys: Optional[List[str]] = None) -> Any:
    """A result as the vectors write it: objects as dicts of their attributes (only `keys`
    for join's and create's, whose classes have more), tuples as lists, mappings as dicts."""
    if isinstance(value, tuple):
        return [as_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, type(None))):
        return value
    return {f: as_json(getattr(value, f)) for f in (keys if keys is not None else fields(value))}


def test_every_answer_kind_has_its_parser() -> None:
    assert list(ANSWER_PARSERS) == list(bbbkit.ANSWER_KINDS)
    assert {c["kind"] for c in load_cases("answers")} == set(ANSWER_PARSERS)


@cases("answers")
def test_answers(case: Case) -> None:
    """Every case through the kind's parse function and through `parse_answer`: the typed
    result, attribute by attribute, as the vector's `expected` (the core's JSON form)."""
    data = parse_input(case)
    options = {"max_size": case["max_size"]} if "max_size" in case else {}
    parse = ANSWER_PARSERS[case["kind"]]
    if "error" in case:
        for run in (lambda: parse(data, **options), lambda: bbbkit.parse_answer(case["kind"], data, **options)):
            with pytest.raises(bbbkit.BbbError) as info:
                run()
            check_error(info.value, case["error"])
        return
    result = parse(data, **options)
    expected = case["expected"]
    if case["kind"] in ("join", "create"):
        assert as_json(result, list(expected)) == expected
    else:
        assert sorted(fields(result)) == sorted(expected)
        assert as_json(result) == expected
    assert bbbkit.parse_answer(case["kind"], data, **options) == result
    # Text and bytes give the same result.
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return
    assert parse(data.encode() if isinstance(data, str) else data, **options) == result


def callback_verifier(case: Case) -> bbbkit.CallbackVerifier:
    secrets: List[str] = case["secrets"]
    return bbbkit.CallbackVerifier(
        # One secret is also accepted as a plain str.
        secrets[0] if len(secrets) == 1 else secrets,
        allowed=case.get("allowed"),
        now=case.get("now"),
        max_size=case.get("max_size"),
    )


def webhook_dict(post: bbbkit.WebhookPost) -> Dict[str, Any]:
    events = []
    for e in post.events:
        assert e.raw == json.loads(e.raw_json)
        events.append(
            {
                "id": e.id,
                "internal_meeting_id": e.internal_meeting_id,
                "external_meeting_id": e.external_meeting_id,
                "timestamp": e.timestamp,
                "raw": e.raw_json,
            }
        )
    return {
        "domain": post.domain,
        "timestamp": post.timestamp,
        "scheme": post.scheme,
        "algorithm": post.algorithm,
        "key_index": post.key_index,
        "events": events,
    }


def run_callback(verifier: bbbkit.CallbackVerifier, case: Case, as_bytes: bool) -> Any:
    """The vector's call, its result as the vector's `expected` spells it."""
    scheme = case["scheme"]
    body: Any = case.get("body")
    if as_bytes and isinstance(body, str):
        body = body.encode()
    if scheme == "recording_ready":
        r = verifier.recording_ready(body)
        assert isinstance(r.algorithm, bbbkit.JwtAlgorithm)
        # The claims as Python values; the vectors hold their JSON text.
        claims = [[k, json.dumps(v, separators=(",", ":"))] for k, v in r.other_claims.items()]
        return {
            "meeting_id": r.meeting_id,
            "record_id": r.record_id,
            "other_claims": claims,
            "algorithm": r.algorithm,
            "key_index": r.key_index,
        }
    if scheme == "analytics":
        a = verifier.analytics(case["authorization"])
        return {"expires_at": a.expires_at, "algorithm": a.algorithm, "key_index": a.key_index}
    if scheme == "webhook":
        schemes = case.get("webhook_schemes", ["v3.4"])
        # The Python API always accepts 3.4+; no vector turns it off.
        assert "v3.4" in schemes
        post = verifier.webhook(
            case["url"],
            body,
            accept_v2="v2" in schemes,
            accept_replayable_v3_0_checksum="v3.0-constant" in schemes,
        )
        return webhook_dict(post)
    if scheme == "webhook_bearer":
        return webhook_dict(verifier.webhook_bearer(case["authorization"], body))
    if scheme == "end_callback_url":
        url = verifier.end_callback_url(case["url"], case["meeting_id"], case["expires_at"])
        return {"url": url}
    if scheme == "end_callback":
        e = verifier.end_callback(case["url"])
        return {
            "meeting_id": e.meeting_id,
            "recording_marks": e.recording_marks,
            "key_index": e.key_index,
        }
    pytest.fail(f"unknown callback scheme in the vectors: {scheme}")


@cases("callbacks")
@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "str"])
def test_callbacks(case: Case, as_bytes: bool) -> None:
    verifier = callback_verifier(case)
    for secret in case["secrets"]:
        assert secret not in repr(verifier)
    if "error" in case:
        with pytest.raises(bbbkit.BbbError) as info:
            run_callback(verifier, case, as_bytes)
        check_error(info.value, case["error"])
        for secret in case["secrets"]:
            assert secret not in str(info.value) and secret not in repr(info.value)
    else:
        assert run_callback(verifier, case, as_bytes) == case["expected"]
