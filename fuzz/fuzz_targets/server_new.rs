#![no_main]
//! Server::new (base-URL normalisation) on arbitrary input: an error, or a base URL that is
//! http(s), ends in `/api/`, and normalises to itself.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (url, secret) = input;
    if let Ok(server) = bbbkit::Server::new(url, secret) {
        let base = server.base_url();
        assert!(base.starts_with("http://") || base.starts_with("https://"), "{base}");
        assert!(base.ends_with("/api/"), "{base}");
        let again = bbbkit::Server::new(base, secret).expect("a normalised base URL is accepted");
        assert_eq!(again.base_url(), base);
        // The Debug form shows everything but the secret.
        assert_eq!(
            format!("{server:?}"),
            format!("Server {{ base_url: {base:?}, secret: [redacted], algorithm: Sha256 }}")
        );
    }
});
