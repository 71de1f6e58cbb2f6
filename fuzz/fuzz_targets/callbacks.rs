#![no_main]
//! Every callback verifier on arbitrary input (the first line is the URL or header, the rest the
//! body): a typed outcome, never a panic, and nothing signed verifies (the fuzzer cannot forge
//! an HMAC or a checksum).
use bbbkit::{CallbackVerifier, JwtAlgorithm, WebhookSchemes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (head, body) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let head = String::from_utf8_lossy(head);
    let v = CallbackVerifier::new(["fuzz-secret-a", "fuzz-secret-b"])
        .unwrap()
        .allow(&JwtAlgorithm::ALL)
        .now(1_700_000_000);
    assert!(v.recording_ready(data).is_err());
    assert!(v.analytics(&head).is_err());
    let all = WebhookSchemes::default().with_v2().with_replayable_v3_0_constant();
    assert!(v.webhook(&head, body, all).is_err());
    let _ = v.webhook_bearer(&head, body);
    assert!(v.end_callback(&head).is_err());
});
