//! The generator of `generated.rs`: the C enums that are the core's tables (role, layout,
//! message key, API error kind, JWT algorithm, guest policy, recording state, text track kind,
//! feature), written out as Rust because cbindgen reads only written-out source.
//!
//! `cargo test -p bbbkit-c --lib generated_enums_are_fresh` fails when the committed file is
//! not what the core's tables give (`bindings/c/run-tests.sh` runs it); with `BBBKIT_BLESS=1`
//! it rewrites the file. Regenerate the headers afterwards (`bindings/c/gen-headers.sh`).

use std::fmt::Write as _;

use bbbkit_core::{
    ApiErrorKind, Feature, GuestPolicy, JwtAlgorithm, Layout, MessageKey, RecordingState, Role,
    TextTrackKind,
};

const HEADER: &str = "\
//! GENERATED from the core's tables by `src/generate.rs`: do not edit. Regenerate with
//! `BBBKIT_BLESS=1 cargo test -p bbbkit-c --lib generated_enums_are_fresh`, then run
//! `bindings/c/gen-headers.sh`. The values are the core's stable `code()`s; the names come
//! from its spellings.
";

/// One variant: its value, the name after the enum's prefix, its doc line.
struct Variant {
    code: u32,
    name: String,
    doc: String,
}

/// `MissingParamMeetingId` → `MISSING_PARAM_MEETING_ID`.
fn screaming_snake(pascal: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in pascal.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('_');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn render_enum(out: &mut String, doc: &str, name: &str, prefix: &str, mut variants: Vec<Variant>) {
    variants.sort_by_key(|v| v.code);
    out.push('\n');
    for line in doc.lines() {
        let _ = writeln!(out, "/// {line}");
    }
    let _ = writeln!(out, "#[repr(u32)]");
    let _ = writeln!(out, "#[derive(Clone, Copy, Debug, PartialEq, Eq)]");
    let _ = writeln!(out, "pub enum {name} {{");
    for v in variants {
        let _ = writeln!(out, "    /// {}", v.doc);
        let _ = writeln!(out, "    {prefix}{} = {},", v.name, v.code);
    }
    out.push_str("}\n");
}

/// The text of `generated.rs`.
pub(crate) fn render() -> String {
    let mut out = String::from(HEADER);
    render_enum(
        &mut out,
        "The user's role in the meeting (`role`): the core's `Role`.",
        "bbbkit_role",
        "BBBKIT_ROLE_",
        Role::ALL
            .iter()
            .map(|r| Variant {
                code: r.code(),
                name: r.as_str().to_owned(),
                doc: format!("`{}`.", r.as_str()),
            })
            .collect(),
    );
    render_enum(
        &mut out,
        "A client layout, for the join parameters of type `layout`: the core's `Layout`.",
        "bbbkit_layout",
        "BBBKIT_LAYOUT_",
        Layout::ALL
            .iter()
            .map(|l| Variant {
                code: l.code(),
                name: l.as_str().to_owned(),
                doc: format!("`{}`.", l.as_str()),
            })
            .collect(),
    );
    let mut keys = vec![Variant {
        code: MessageKey::Other(String::new()).code(),
        name: "OTHER".to_owned(),
        doc: "Any other key: read it as a string with `bbbkit_api_error_key_str`.".to_owned(),
    }];
    keys.extend(MessageKey::KNOWN.iter().map(|k| Variant {
        code: k.code(),
        name: screaming_snake(&format!("{k:?}")),
        doc: format!(
            "{}: kind `BBBKIT_API_ERROR_KIND_{}`.",
            match k.as_str() {
                "" => "No `messageKey` at all (the empty key)".to_owned(),
                key => format!("`{key}`"),
            },
            k.kind().as_str().to_ascii_uppercase()
        ),
    }));
    render_enum(
        &mut out,
        "The `messageKey` of a failed call: the core's `MessageKey`. Match on the key or its\n\
         kind (`bbbkit_api_error_kind`), never on the message.",
        "bbbkit_message_key",
        "BBBKIT_MESSAGE_KEY_",
        keys,
    );
    render_enum(
        &mut out,
        "What a failed call means for the application: the core's `ApiErrorKind`, one per\n\
         message key (`bbbkit_message_key_kind`). `bbbkit_api_error_kind_name` gives its name.",
        "bbbkit_api_error_kind",
        "BBBKIT_API_ERROR_KIND_",
        ApiErrorKind::ALL
            .iter()
            .map(|k| Variant {
                code: k.code(),
                name: k.as_str().to_ascii_uppercase(),
                doc: format!("`{}`.", k.as_str()),
            })
            .collect(),
    );
    render_enum(
        &mut out,
        "An HMAC JWT algorithm of a callback token: the core's `JwtAlgorithm`, valued by its\n\
         `code()`. `bbbkit_jwt_algorithm_name` gives its `alg` spelling.",
        "bbbkit_jwt_algorithm",
        "BBBKIT_JWT_ALGORITHM_",
        JwtAlgorithm::ALL
            .iter()
            .map(|a| Variant {
                code: crate::enums::jwt_algorithm_code(*a),
                name: a.as_str().to_owned(),
                doc: format!("`{}`.", a.as_str()),
            })
            .collect(),
    );
    macro_rules! string_enum {
        ($ty:ident, $doc:literal, $c:literal, $prefix:literal) => {
            render_enum(
                &mut out,
                $doc,
                $c,
                $prefix,
                $ty::ALL
                    .iter()
                    .map(|v| Variant {
                        code: v.code(),
                        name: screaming_snake(&format!("{v:?}")),
                        doc: format!("`{}`.", v.as_str()),
                    })
                    .collect(),
            )
        };
    }
    string_enum!(
        GuestPolicy,
        "Who may join as a guest (`guestPolicy` of `create`): the core's `GuestPolicy`.\n\
         `bbbkit_guest_policy_name` gives the value as sent.",
        "bbbkit_guest_policy",
        "BBBKIT_GUEST_POLICY_"
    );
    string_enum!(
        RecordingState,
        "A recording's state (the `state` filter of `getRecordings`): the core's\n\
         `RecordingState`. `bbbkit_recording_state_name` gives the value as sent.",
        "bbbkit_recording_state",
        "BBBKIT_RECORDING_STATE_"
    );
    string_enum!(
        TextTrackKind,
        "The `kind` of a text track (`putRecordingTextTrack`): the core's `TextTrackKind`.\n\
         `bbbkit_text_track_kind_name` gives the value as sent.",
        "bbbkit_text_track_kind",
        "BBBKIT_TEXT_TRACK_KIND_"
    );
    string_enum!(
        Feature,
        "A client feature that `disabledFeatures` can turn off: the core's `Feature`.\n\
         `bbbkit_feature_name` gives the value as sent; a newer one is written `newer:NAME`.",
        "bbbkit_feature",
        "BBBKIT_FEATURE_"
    );
    out
}

#[test]
fn generated_enums_are_fresh() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/generated.rs");
    let want = render();
    if std::env::var_os("BBBKIT_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(path, &want).expect("write generated.rs");
        return;
    }
    let got = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        got == want,
        "bindings/c/src/generated.rs is stale: the core's tables changed. Run \
         `BBBKIT_BLESS=1 cargo test -p bbbkit-c --lib generated_enums_are_fresh`, then \
         bindings/c/gen-headers.sh, and commit both.\n--- want ---\n{want}"
    );
}

#[test]
fn screaming_snake_splits_words() {
    assert_eq!(
        screaming_snake("MissingParamMeetingId"),
        "MISSING_PARAM_MEETING_ID"
    );
    assert_eq!(screaming_snake("ParamsRequired"), "PARAMS_REQUIRED");
}
