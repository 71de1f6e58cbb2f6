#![no_main]
//! verify / verify_url on arbitrary queries: a typed outcome, never a panic; anything that
//! verifies was signed with one of the secrets (the fuzzer cannot forge a checksum).
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (call, query) = input;
    let verifier = bbbkit::Verifier::new(["fuzz-secret-a", "fuzz-secret-b"]).unwrap();
    assert!(verifier.verify(call, query).is_err() || query.contains("checksum"));
    let _ = verifier.verify_url(query);
});
