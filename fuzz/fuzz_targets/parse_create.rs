#![no_main]
//! parse_create_response on arbitrary bytes: a value or a typed error, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = bbbkit::parse_create_response(data);
});
