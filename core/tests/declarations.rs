//! `tests/declarations.json`: the core's declarations (every call's parameters, every
//! answer type's fields) as the vector generator reads them, so that it restates neither the
//! join order nor which flags are sent only when true, and can check that every declared
//! parameter and answer field appears in at least one vector case.
//!
//! The committed file must be what the core declares: this test fails naming the command that
//! rewrites it (`BBBKIT_BLESS=1 cargo test -p bbbkit --test declarations`, or `tools/regen`).

use bbbkit::answers::answer_schema_json;
use bbbkit::ApiRequest;
use serde_json::{json, Value};

fn declarations() -> Value {
    let calls: Vec<Value> = ApiRequest::CALLS
        .iter()
        .map(|call| {
            let params: Vec<Value> = ApiRequest::parameters_of(call)
                .unwrap_or_default()
                .iter()
                .map(|p| {
                    json!({
                        "name": p.name, "field": p.field, "type": p.ty.as_str(),
                        "required": p.required, "only_when_true": p.only_when_true,
                        "in_body": p.in_body,
                    })
                })
                .collect();
            json!({"call": call, "parameters": params})
        })
        .collect();
    let answers: Value = serde_json::from_str(&answer_schema_json()).expect("the schema is JSON");
    json!({
        "description": "GENERATED from the core's declarations by core/tests/declarations.rs: do not edit. \
                        Rewrite with `BBBKIT_BLESS=1 cargo test -p bbbkit --test declarations` (or tools/regen).",
        "calls": calls,
        "answers": answers,
    })
}

#[test]
fn declarations_json_is_what_the_core_declares() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/declarations.json");
    let want = serde_json::to_string_pretty(&declarations()).expect("serializes") + "\n";
    if std::env::var_os("BBBKIT_BLESS").is_some() {
        std::fs::write(path, &want).expect("writes tests/declarations.json");
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "tests/declarations.json is stale: run `BBBKIT_BLESS=1 cargo test -p bbbkit \
         --test declarations` (or tools/regen), then `python3 tests/vectors/generate.py`, and commit"
    );
}
