//! The callback layer converts and drops nothing: every core code has its kind, every scheme
//! its variant, every field reaches the record, and no secret reaches a message.

use bbbkit_uniffi::{
    BbbError, CallbackErrorKind, CallbackVerifier, ChecksumAlgorithm, JwtAlgorithm, JwtClaim,
    WebhookScheme,
};

/// The example secret of `bbb-callbacks.md` §7.
const SECRET: &str = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";
/// §7.1: the recording-ready token.
const READY: &str = "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0.8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8";
/// §7.2: the analytics token, expiring at 1708467555.
const ANALYTICS: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJleHAiOjE3MDg0Njc1NTV9.z4wBKpPHLA6pnppsLxVuFfcM2vMxcmVK6IrC-duo5vLbpVL2f_7k__bm3sAHeX-_ra0V6gdIp27Jj5Phr3XcQA";
/// §7.3: the webhook body and its checksums.
const HOOK_URL: &str = "https://app.example.com/bbb/webhook";
const HOOK_BODY: &str = "domain=bbb.example.com&event=%5B%7B%22data%22%3A%7B%22type%22%3A%22event%22%2C%22id%22%3A%22meeting-ended%22%2C%22attributes%22%3A%7B%22meeting%22%3A%7B%22internal-meeting-id%22%3A%228043c8452ae9830aac14c517adff3839dbd9228f-1698771157700%22%2C%22external-meeting-id%22%3A%22random-9019868%22%7D%7D%2C%22event%22%3A%7B%22ts%22%3A1708381155717%7D%7D%7D%5D&timestamp=1708381155720";
const V3_4_SHA1: &str = "a0b4421819f70615cf414fadc3df8ced3861b145";
const V3_0_CONSTANT: &str = "616c50847930b35b4cceafc2484db5d3c72508b0";
const V2_SHA1: &str = "f21e92f84a2eb47431c57895974e9fafb8790062";

fn verifier() -> std::sync::Arc<CallbackVerifier> {
    CallbackVerifier::new(vec![SECRET.into()], None, None, None).unwrap()
}

fn kind(e: BbbError) -> CallbackErrorKind {
    match e {
        BbbError::Callback {
            kind, http_status, ..
        } => {
            assert_eq!(http_status, 401);
            kind
        }
        other => panic!("not a callback error: {other:?}"),
    }
}

#[test]
fn callback_error_kinds_are_the_core_codes() {
    let all = [
        bbbkit::CallbackError::Malformed("x".into()),
        bbbkit::CallbackError::TooLarge { limit: 1 },
        bbbkit::CallbackError::Missing("token"),
        bbbkit::CallbackError::AlgorithmNone,
        bbbkit::CallbackError::UnsupportedAlgorithm("RS256".into()),
        bbbkit::CallbackError::AlgorithmNotAllowed(bbbkit::JwtAlgorithm::Hs384),
        bbbkit::CallbackError::ChecksumLength(3),
        bbbkit::CallbackError::Signature,
        bbbkit::CallbackError::Expired(1),
        bbbkit::CallbackError::NotYetValid(2),
        bbbkit::CallbackError::MissingClaim("record_id"),
        bbbkit::CallbackError::ReplayableChecksum,
    ];
    // A code the core adds shows up in CODES: list it above and give it a variant.
    assert_eq!(all.len(), bbbkit::CallbackError::CODES.len());
    assert_eq!(
        CallbackErrorKind::ALL.len(),
        bbbkit::CallbackError::CODES.len()
    );
    for (i, k) in CallbackErrorKind::ALL.iter().enumerate() {
        assert_eq!(k.to_string(), bbbkit::CallbackError::CODES[i]);
    }
    for e in all {
        let ours = BbbError::from(bbbkit::Error::Callback(e.clone()));
        assert_eq!(ours.to_string(), e.to_string());
        assert_eq!(kind(ours).to_string(), e.code());
    }
}

#[test]
fn recording_ready_keeps_every_field() {
    let ready = verifier()
        .recording_ready(format!("signed_parameters={READY}").into_bytes().into())
        .unwrap();
    assert_eq!(ready.meeting_id, "test01");
    assert_eq!(
        ready.record_id,
        "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124"
    );
    assert_eq!(ready.algorithm, JwtAlgorithm::Hs256);
    assert_eq!(ready.key_index, 0);
    assert_eq!(ready.other_claims, Vec::<JwtClaim>::new());

    let forged = READY.replace("8vrk", "8vrl");
    let err = verifier()
        .recording_ready(forged.into_bytes().into())
        .unwrap_err();
    assert_eq!(kind(err), CallbackErrorKind::Signature);
}

#[test]
fn options_reach_the_core() {
    // The analytics token expired at 1708467555: `now` decides.
    let before = CallbackVerifier::new(vec![SECRET.into()], None, Some(1_708_467_554), None)
        .unwrap()
        .analytics(format!("Bearer {ANALYTICS}"))
        .unwrap();
    assert_eq!(before.expires_at, 1_708_467_555);
    assert_eq!(before.algorithm, JwtAlgorithm::Hs512);
    let after = CallbackVerifier::new(vec![SECRET.into()], None, Some(1_708_467_555), None)
        .unwrap()
        .analytics(format!("Bearer {ANALYTICS}"))
        .unwrap_err();
    assert_eq!(kind(after), CallbackErrorKind::Expired);

    // The allow-list replaces the defaults (HS256 for recordings).
    let hs512_only = CallbackVerifier::new(
        vec![SECRET.into()],
        Some(vec![JwtAlgorithm::Hs512]),
        None,
        None,
    )
    .unwrap();
    let err = hs512_only.recording_ready(READY.into()).unwrap_err();
    assert_eq!(kind(err), CallbackErrorKind::AlgorithmNotAllowed);

    let small = CallbackVerifier::new(vec![SECRET.into()], None, None, Some(10)).unwrap();
    let err = small.recording_ready(READY.into()).unwrap_err();
    assert_eq!(kind(err), CallbackErrorKind::TooLarge);
}

#[test]
fn every_webhook_scheme_has_its_variant() {
    let v = verifier();
    // BbbError is large (an API error carries its details map); it only crosses the FFI.
    #[allow(clippy::result_large_err)]
    let post = |checksum: &str, v2: bool, v3_0: bool| {
        v.webhook(
            format!("{HOOK_URL}?checksum={checksum}"),
            HOOK_BODY.into(),
            v2,
            v3_0,
        )
    };
    let current = post(V3_4_SHA1, false, false).unwrap();
    assert_eq!(current.scheme, WebhookScheme::V3_4);
    assert_eq!(current.algorithm, Some(ChecksumAlgorithm::Sha1));
    assert_eq!(current.domain, "bbb.example.com");
    assert_eq!(current.timestamp, 1_708_381_155_720);
    let event = &current.events[0];
    assert_eq!(event.id, "meeting-ended");
    assert_eq!(event.external_meeting_id.as_deref(), Some("random-9019868"));
    assert_eq!(event.timestamp, Some(1_708_381_155_717));

    assert_eq!(
        post(V2_SHA1, true, false).unwrap().scheme,
        WebhookScheme::V2
    );
    assert_eq!(
        kind(post(V2_SHA1, false, false).unwrap_err()),
        CallbackErrorKind::Signature
    );
    assert_eq!(
        post(V3_0_CONSTANT, false, true).unwrap().scheme,
        WebhookScheme::V3_0Constant
    );
    assert_eq!(
        kind(post(V3_0_CONSTANT, false, false).unwrap_err()),
        CallbackErrorKind::ReplayableChecksum
    );

    let bearer = v
        .webhook_bearer(format!("Bearer {SECRET}"), HOOK_BODY.into())
        .unwrap();
    assert_eq!(bearer.scheme, WebhookScheme::Bearer);
    assert_eq!(bearer.algorithm, None);

    for (scheme, text) in [
        (WebhookScheme::V3_4, "v3.4"),
        (WebhookScheme::V2, "v2"),
        (WebhookScheme::V3_0Constant, "v3.0-constant"),
        (WebhookScheme::Bearer, "bearer"),
    ] {
        assert_eq!(scheme.to_string(), text);
    }
}

#[test]
fn end_callback_round_trip() {
    let v = CallbackVerifier::new(
        vec!["an-application-key".into()],
        None,
        Some(1_700_000_000),
        None,
    )
    .unwrap();
    let url = v
        .end_callback_url(
            "https://lms.example.com/bbb/ended".into(),
            "physics-101".into(),
            1_700_086_400,
        )
        .unwrap();
    let ended = v
        .end_callback(format!("{url}&recordingmarks=true&meetingID=physics-101"))
        .unwrap();
    assert_eq!(ended.meeting_id, "physics-101");
    assert!(ended.recording_marks);
    assert_eq!(ended.key_index, 0);

    let err = v
        .end_callback_url("ftp://x".into(), "m".into(), 1)
        .unwrap_err();
    assert!(matches!(err, BbbError::InvalidParameter { ref parameter, .. } if parameter == "url"));
}

#[test]
fn no_secret_in_debug_or_errors() {
    let v = CallbackVerifier::new(
        vec![SECRET.into(), "second-secret-value".into()],
        None,
        None,
        None,
    )
    .unwrap();
    let debug = format!("{v:?}");
    assert!(
        !debug.contains(SECRET) && !debug.contains("second-secret-value"),
        "{debug}"
    );
    let err = v
        .webhook_bearer(format!("Bearer {SECRET}x"), HOOK_BODY.into())
        .unwrap_err();
    assert!(!format!("{err:?} {err}").contains(SECRET));
    let err = CallbackVerifier::new(vec![" ".into()], None, None, None).unwrap_err();
    assert!(
        matches!(err, BbbError::InvalidParameter { ref parameter, .. } if parameter == "secret")
    );
}
