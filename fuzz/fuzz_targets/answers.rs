#![no_main]
//! Every answer kind's parser (`AnswerKind::ALL`, through `parse_answer_json`) on arbitrary
//! bytes: a JSON value or a typed error, never a panic; and `FAILED` always gives an error.
use bbbkit::{parse_answer_json, AnswerKind, Error, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ParseOptions::default();
    for kind in AnswerKind::ALL {
        match parse_answer_json(*kind, data, &opts) {
            Ok(v) => assert!(v.is_object(), "{kind}: {v}"),
            Err(Error::Api(e)) => assert!(!e.errors.is_empty(), "{kind}"),
            Err(_) => {}
        }
    }
});
