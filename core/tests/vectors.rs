//! Runs every case in `tests/vectors/` against the core (rust-url's WPT style: one
//! `harness = false` binary, one line per failure, a closing `N passed, N failed`).

use std::path::{Path, PathBuf};

use bbbkit::{
    checksum, parse_answer_json, parse_error_redirect, Algorithm, AnswerKind, ApiError, ApiRequest,
    CallbackVerifier, Error, JoinRequest, JwtAlgorithm, ParseOptions, Server, Verifier,
    WebhookPost, WebhookSchemes,
};
use serde_json::{json, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
}

fn load(file: &str) -> Vec<Value> {
    let path = root().join("vectors").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    v["cases"]
        .as_array()
        .unwrap_or_else(|| panic!("{file}: no cases"))
        .clone()
}

fn s(v: &Value) -> &str {
    v.as_str()
        .unwrap_or_else(|| panic!("expected a string, got {v}"))
}

fn pairs(v: Option<&Value>) -> Vec<(String, String)> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|p| (s(&p[0]).to_owned(), s(&p[1]).to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// The error as the vectors describe it.
fn error_json(e: &Error) -> Value {
    match e {
        Error::InvalidParameter(p) => {
            json!({"kind": "invalid_parameter", "parameter": p.parameter(), "rule": p.rule().code()})
        }
        Error::Verify(v) => json!({"kind": v.code()}),
        Error::Parse(p) => json!({"kind": "parse", "code": p.code()}),
        Error::Api(a) => api_json(a),
        _ => json!({"kind": e.kind()}),
    }
}

fn api_json(a: &ApiError) -> Value {
    json!({
        "kind": "api",
        "key": a.key.as_str(),
        "api_kind": a.kind.as_str(),
        "message": a.message,
        "errors": a.errors.iter().map(|d| json!({"key": d.key.as_str(), "message": d.message})).collect::<Vec<_>>(),
        "details": a.details.iter().map(|(n, v)| json!([n, v])).collect::<Vec<_>>(),
    })
}

fn server(v: &Value) -> Result<Server, Error> {
    let alg: Algorithm = s(&v["algorithm"]).parse()?;
    Ok(Server::new(s(&v["url"]), s(&v["secret"]))?.with_algorithm(alg))
}

/// A request built the way a front end builds one: each declared parameter of the case
/// through `JoinRequest::set`, by its BBB name; then userdata and extra pairs.
fn join_request(r: &Value) -> Result<JoinRequest, Error> {
    let mut req = JoinRequest::default();
    for (name, value) in r.as_object().expect("request") {
        let text = match value {
            Value::String(v) => v.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            _ => continue,
        };
        assert!(
            JoinRequest::parameter(name).is_some(),
            "`{name}` is not a declared join parameter"
        );
        req.set(name, &text)?;
    }
    req.userdata = pairs(r.get("userdata"));
    req.extra = pairs(r.get("extra"));
    Ok(req)
}

/// Compares an outcome with the case's `expected`/`url`/`error`.
fn expect(case: &Value, got: Result<Value, Error>, key: &str) -> Result<(), String> {
    match (got, case.get("error")) {
        (Ok(v), None) => {
            if &v == case.get(key).unwrap_or(&Value::Null) {
                Ok(())
            } else {
                Err(format!("got {v}, want {}", case[key]))
            }
        }
        (Ok(v), Some(e)) => Err(format!("got {v}, want error {e}")),
        (Err(e), None) => Err(format!(
            "got error {e} ({}), want {}",
            error_json(&e),
            case[key]
        )),
        (Err(e), Some(want)) => {
            let got = error_json(&e);
            // An expected error names only the fields it cares about.
            let mismatch = want
                .as_object()
                .expect("error object")
                .iter()
                .any(|(k, v)| got.get(k) != Some(v));
            if mismatch {
                Err(format!("got error {got}, want {want}"))
            } else {
                Ok(())
            }
        }
    }
}

fn run_checksum(c: &Value) -> Result<(), String> {
    let alg: Algorithm = s(&c["algorithm"]).parse().map_err(|e| format!("{e}"))?;
    let got = checksum(s(&c["call"]), s(&c["query"]), s(&c["secret"]), alg);
    expect(c, Ok(json!(got)), "checksum")
}

fn run_server(c: &Value) -> Result<(), String> {
    let got = Server::new(s(&c["url"]), s(&c["secret"])).map(|srv| json!(srv.base_url()));
    expect(c, got, "base_url")
}

fn run_join(c: &Value) -> Result<(), String> {
    let got = (|| {
        let srv = server(&c["server"])?;
        let req = join_request(&c["request"])?;
        let url = srv.join_url(&req)?;
        if let Some(want) = c.get("effective_auth") {
            if json!(req.effective_auth()) != *want {
                return Ok(json!({"effective_auth": req.effective_auth()}));
            }
        }
        Ok(json!(url))
    })();
    expect(c, got, "url")
}

/// The same join cases through `JoinRequest::from_params`: the typed parameters and userdata as
/// BBB-named strings, the extra parameters added as extras (as a binding that passes one buffer
/// does).
fn run_join_from_params(c: &Value) -> Result<(), String> {
    let got = (|| {
        let srv = server(&c["server"])?;
        let r = &c["request"];
        let mut named: Vec<(String, String)> = Vec::new();
        for (k, v) in r.as_object().unwrap() {
            match (k.as_str(), v) {
                ("userdata", Value::Array(items)) => {
                    for p in items {
                        named.push((format!("userdata-{}", s(&p[0])), s(&p[1]).to_owned()));
                    }
                }
                ("extra", _) => {}
                (_, Value::String(text)) => named.push((k.clone(), text.clone())),
                (_, other) => named.push((k.clone(), other.to_string())),
            }
        }
        let mut req = JoinRequest::from_params(named)?;
        req.extra = pairs(r.get("extra"));
        let url = srv.join_url(&req)?;
        if let Some(want) = c.get("effective_auth") {
            if json!(req.effective_auth()) != *want {
                return Ok(json!({"effective_auth": req.effective_auth()}));
            }
        }
        Ok(json!(url))
    })();
    expect(c, got, "url")
}

fn run_api_url(c: &Value) -> Result<(), String> {
    let got = (|| {
        let srv = server(&c["server"])?;
        Ok(json!(srv.api_url(s(&c["call"]), pairs(c.get("params")))?))
    })();
    expect(c, got, "url")
}

/// A declared call built by name, as the C, PHP and CLI front ends build it, then prepared.
fn run_call(c: &Value) -> Result<(), String> {
    let got = (|| {
        let srv = server(&c["server"])?;
        let mut req = ApiRequest::new(s(&c["call"]))?;
        for (name, value) in pairs(c.get("params")) {
            req.set(&name, &value)?;
        }
        for (name, value) in pairs(c.get("extra")) {
            req.add_param(&name, &value);
        }
        let p = srv.prepare_request(&req)?;
        Ok(json!({
            "method": p.method.as_str(),
            "url": p.url,
            "body": p.body.map(|b| String::from_utf8(b).expect("UTF-8 body")),
            "content_type": p.content_type,
            "file_field": p.file_field,
        }))
    })();
    expect(c, got, "expected")
}

fn run_verify(c: &Value) -> Result<(), String> {
    let got = (|| {
        let secrets: Vec<&str> = c["secrets"].as_array().unwrap().iter().map(s).collect();
        let mut verifier = Verifier::new(secrets)?;
        if let Some(allowed) = c.get("allowed").and_then(Value::as_array) {
            let algs = allowed
                .iter()
                .map(|a| s(a).parse::<Algorithm>())
                .collect::<Result<Vec<_>, _>>()?;
            verifier = verifier.allow(&algs);
        }
        let ok = match c.get("url") {
            Some(url) => verifier.verify_url(s(url))?,
            None => verifier.verify(s(&c["call"]), s(&c["query"]))?,
        };
        Ok(json!({
            "algorithm": ok.algorithm.as_str(),
            "key_index": ok.key_index,
            "params": ok.params().into_iter().map(|(k, v)| json!([k, v])).collect::<Vec<_>>(),
        }))
    })();
    if c.get("error").is_some() {
        return expect(c, got, "");
    }
    let want =
        json!({"algorithm": c["algorithm"], "key_index": c["key_index"], "params": c["params"]});
    expect(&json!({"want": want}), got, "want")
}

fn input_bytes(c: &Value) -> Vec<u8> {
    if let Some(f) = c.get("fixture") {
        let path = root().join("fixtures").join(s(f));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    } else if let Some(h) = c.get("input_hex") {
        hex::decode(s(h)).expect("input_hex")
    } else {
        s(&c["input"]).as_bytes().to_vec()
    }
}

fn run_parse(c: &Value) -> Result<(), String> {
    let kind = s(&c["kind"]);
    if kind == "error_redirect" {
        let got = parse_error_redirect(s(&c["location"])).map(|a| {
            let mut v = api_json(&a);
            let v_obj = v.as_object_mut().unwrap();
            v_obj.remove("kind");
            v_obj.remove("details");
            v
        });
        return expect(c, got, "expected");
    }
    let mut opts = ParseOptions::default();
    if let Some(m) = c.get("max_size").and_then(Value::as_u64) {
        opts = opts.max_size(m as usize);
    }
    let input = input_bytes(c);
    let got = match kind {
        "join" => opts.parse_join_response(&input).map(|j| {
            json!({
                "meeting_id": j.meeting_id, "user_id": j.user_id, "auth_token": j.auth_token,
                "session_token": j.session_token, "guest_status": j.guest_status.as_str(),
                "url": j.url, "message_key": j.message_key, "message": j.message,
            })
        }),
        "create" => opts.parse_create_response(&input).map(|r| {
            json!({
                "meeting_id": r.meeting_id, "internal_meeting_id": r.internal_meeting_id,
                "parent_meeting_id": r.parent_meeting_id, "attendee_pw": r.attendee_pw,
                "moderator_pw": r.moderator_pw, "create_time": r.create_time,
                "voice_bridge": r.voice_bridge, "dial_number": r.dial_number,
                "create_date": r.create_date, "has_user_joined": r.has_user_joined,
                "duration": r.duration, "has_been_forcibly_ended": r.has_been_forcibly_ended,
                "message_key": r.message_key, "message": r.message,
                "duplicate_warning": r.duplicate_warning,
            })
        }),
        "generic" => opts.parse_response(&input).map(|r| {
            let want_get = c.pointer("/expected/get").and_then(Value::as_object);
            let get: serde_json::Map<String, Value> = want_get
                .map(|m| m.keys().map(|k| (k.clone(), json!(r.get(k)))).collect())
                .unwrap_or_default();
            let mut out = json!({"message_key": r.message_key, "message": r.message, "get": get});
            if let Some(want) = c.pointer("/expected/attributes").and_then(Value::as_object) {
                let attrs: serde_json::Map<String, Value> = want
                    .keys()
                    .map(|path| {
                        let mut el = Some(&r.root);
                        for step in path.split('/') {
                            el = el.and_then(|e| e.child(step));
                        }
                        (path.clone(), json!(el.map(|e| &e.attributes)))
                    })
                    .collect();
                out["attributes"] = Value::Object(attrs);
            }
            out
        }),
        other => return Err(format!("unknown kind {other}")),
    };
    expect(c, got, "expected")
}

/// answers.json: the kind's parser through `parse_answer_json`, compared with the whole
/// expected `to_json()` object (every key, nulls included).
fn run_answer(c: &Value) -> Result<(), String> {
    let kind: AnswerKind = s(&c["kind"]).parse().map_err(|e| format!("{e}"))?;
    let mut opts = ParseOptions::default();
    if let Some(m) = c.get("max_size").and_then(Value::as_u64) {
        opts = opts.max_size(m as usize);
    }
    expect(
        c,
        parse_answer_json(kind, &input_bytes(c), &opts),
        "expected",
    )
}

fn callback_verifier(c: &Value) -> Result<CallbackVerifier, Error> {
    let secrets: Vec<&str> = c["secrets"].as_array().unwrap().iter().map(s).collect();
    let mut v = CallbackVerifier::new(secrets)?;
    if let Some(allowed) = c.get("allowed").and_then(Value::as_array) {
        let algs: Vec<JwtAlgorithm> = allowed
            .iter()
            .map(|a| {
                *JwtAlgorithm::ALL
                    .iter()
                    .find(|x| x.as_str() == s(a))
                    .expect("a JWT algorithm")
            })
            .collect();
        v = v.allow(&algs);
    }
    if let Some(now) = c.get("now").and_then(Value::as_u64) {
        v = v.now(now);
    }
    if let Some(max) = c.get("max_size").and_then(Value::as_u64) {
        v = v.max_size(max as usize);
    }
    Ok(v)
}

fn webhook_json(w: &WebhookPost) -> Value {
    json!({
        "domain": w.domain, "timestamp": w.timestamp, "scheme": w.scheme.as_str(),
        "algorithm": w.algorithm.map(Algorithm::as_str), "key_index": w.key_index,
        "events": w.events.iter().map(|e| json!({
            "id": e.id, "internal_meeting_id": e.internal_meeting_id,
            "external_meeting_id": e.external_meeting_id, "timestamp": e.timestamp, "raw": e.raw,
        })).collect::<Vec<_>>(),
    })
}

fn run_callback(c: &Value) -> Result<(), String> {
    let got = (|| -> Result<Value, Error> {
        let v = callback_verifier(c)?;
        Ok(match s(&c["scheme"]) {
            "recording_ready" => {
                let r = v.recording_ready(s(&c["body"]).as_bytes())?;
                json!({"meeting_id": r.meeting_id, "record_id": r.record_id,
                       "other_claims": r.other_claims, "algorithm": r.algorithm.as_str(),
                       "key_index": r.key_index})
            }
            "analytics" => {
                let a = v.analytics(s(&c["authorization"]))?;
                json!({"expires_at": a.expires_at, "algorithm": a.algorithm.as_str(), "key_index": a.key_index})
            }
            "webhook" => {
                let mut schemes = WebhookSchemes::default();
                if let Some(list) = c.get("webhook_schemes").and_then(Value::as_array) {
                    let has = |n: &str| list.iter().any(|x| x == n);
                    schemes.v3_4 = has("v3.4");
                    if has("v2") {
                        schemes = schemes.with_v2();
                    }
                    if has("v3.0-constant") {
                        schemes = schemes.with_replayable_v3_0_constant();
                    }
                }
                webhook_json(&v.webhook(s(&c["url"]), s(&c["body"]).as_bytes(), schemes)?)
            }
            "webhook_bearer" => {
                webhook_json(&v.webhook_bearer(s(&c["authorization"]), s(&c["body"]).as_bytes())?)
            }
            "end_callback_url" => json!({"url": v.end_callback_url(
                s(&c["url"]),
                s(&c["meeting_id"]),
                c["expires_at"].as_u64().unwrap(),
            )?}),
            "end_callback" => {
                let e = v.end_callback(s(&c["url"]))?;
                json!({"meeting_id": e.meeting_id, "recording_marks": e.recording_marks, "key_index": e.key_index})
            }
            other => panic!("unknown scheme {other}"),
        })
    })();
    expect(c, got, "expected")
}

type Runner = fn(&Value) -> Result<(), String>;

fn main() {
    let files: [(&str, Runner); 10] = [
        ("checksum.json", run_checksum),
        ("server.json", run_server),
        ("join.json", run_join),
        ("join.json", run_join_from_params),
        ("api_url.json", run_api_url),
        ("calls.json", run_call),
        ("verify.json", run_verify),
        ("parse.json", run_parse),
        ("callbacks.json", run_callback),
        ("answers.json", run_answer),
    ];
    let (mut passed, mut failed) = (0, 0);
    for (file, run) in files {
        for case in load(file) {
            let name = s(&case["name"]).to_owned();
            let outcome = std::panic::catch_unwind(|| run(&case))
                .unwrap_or_else(|_| Err("panicked".to_owned()));
            match outcome {
                Ok(()) => passed += 1,
                Err(why) => {
                    failed += 1;
                    println!("FAIL {file} {name}: {why}");
                }
            }
        }
    }
    println!("vectors: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
