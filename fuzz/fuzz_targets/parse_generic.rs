#![no_main]
//! parse_response on arbitrary bytes, also with a small size and depth limit.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = bbbkit::parse_response(data);
    let _ = bbbkit::ParseOptions::default().max_size(256).max_depth(4).parse_response(data);
});
