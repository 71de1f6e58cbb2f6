#![no_main]
//! parse_error_redirect on arbitrary locations.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|location: &str| {
    if let Ok(e) = bbbkit::parse_error_redirect(location) {
        assert!(!e.errors.is_empty());
        assert_eq!(e.key, e.errors[0].key);
    }
});
