//! Property tests: encoding round trips, sign → verify, and parsers that never panic.

use bbbkit::{
    parse_create_response, parse_error_redirect, parse_join_response, parse_response, Algorithm,
    JoinRequest, Role, Server, Verifier,
};
use proptest::prelude::*;

fn server(alg: Algorithm) -> Server {
    Server::new("https://bbb.example.com/bigbluebutton/api/", "prop-secret")
        .unwrap()
        .with_algorithm(alg)
}

fn any_alg() -> impl Strategy<Value = Algorithm> {
    prop::sample::select(Algorithm::ALL.to_vec())
}

/// Any Unicode text without control characters (which bbbkit refuses).
const TEXT: &str = "[^\\p{Cc}]{0,40}";

fn query_of(url: &str) -> &str {
    url.split_once('?').map(|(_, q)| q).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A standard form-urlencoded parser reads back exactly the pairs given.
    #[test]
    fn api_url_query_decodes_back_to_the_input(
        params in prop::collection::vec(("[^\\p{Cc}]{1,20}", TEXT), 0..6),
        alg in any_alg(),
    ) {
        prop_assume!(params.iter().all(|(k, _)| !k.eq_ignore_ascii_case("checksum")));
        let url = server(alg).api_url("create", params.clone()).unwrap();
        let query = query_of(&url);
        // Only characters nothing re-encodes.
        prop_assert!(query.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._+%&=".contains(&b)), "{}", query);
        let decoded: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        let (last_name, _) = decoded.last().unwrap().clone();
        prop_assert_eq!(last_name, "checksum");
        prop_assert_eq!(&decoded[..decoded.len() - 1], &params[..]);
    }

    /// Every join URL bbbkit signs verifies, and its parameters decode back to the request.
    #[test]
    fn join_url_verifies_and_round_trips(
        // Values the server accepts after trimming them: no space at either end.
        id in "[^\\p{Cc}, ][^\\p{Cc},]{0,58}[^\\p{Cc}, ]",
        name in "[^\\p{Cc} ]([^\\p{Cc}]{0,58}[^\\p{Cc} ])?",
        user in proptest::option::of("[^\\p{Cc} ]([^\\p{Cc}]{0,18}[^\\p{Cc} ])?"),
        ud in proptest::option::of(("[a-z_]{1,10}", TEXT)),
        alg in any_alg(),
    ) {
        let mut req = JoinRequest::new(id.clone(), name.clone(), Role::Viewer);
        req.user_id = user.clone();
        if let Some((k, v)) = &ud {
            req = req.userdata(k.clone(), v.clone());
        }
        let s = server(alg);
        let url = s.join_url(&req).unwrap();
        let ok = s.verify_url(&url).unwrap();
        prop_assert_eq!(ok.algorithm, alg);
        let params = ok.params();
        prop_assert_eq!(&params[0], &("meetingID".to_string(), id));
        prop_assert_eq!(&params[1], &("fullName".to_string(), name));
        if let Some(u) = user {
            prop_assert!(params.contains(&("userID".to_string(), u)));
        }
        if let Some((k, v)) = ud {
            let pair = (["userdata-", &k].concat(), v);
            prop_assert!(params.contains(&pair));
        }
        // Any change to the signed bytes is caught.
        let tampered = url.replacen("role=VIEWER", "role=MODERATOR", 1);
        prop_assert!(s.verify_url(&tampered).is_err());
    }

    /// A join request either fails with an error naming a parameter, or yields a URL that
    /// verifies.
    #[test]
    fn join_building_errors_or_verifies(id in ".{0,300}", name in ".{0,20}", pw in proptest::option::of(".{0,70}")) {
        let mut req = JoinRequest::new(id, name, Role::Moderator);
        req.password = pw;
        let s = server(Algorithm::Sha256);
        match s.join_url(&req) {
            Ok(url) => { s.verify_url(&url).unwrap(); }
            Err(bbbkit::Error::InvalidParameter(e)) => prop_assert!(!e.parameter().is_empty()),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    #[test]
    fn parsers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_join_response(&bytes);
        let _ = parse_create_response(&bytes);
        let _ = parse_response(&bytes);
    }

    #[test]
    fn parsers_never_panic_on_damaged_responses(cut in 0usize..400, flip in 0usize..400, byte in any::<u8>()) {
        let mut doc = include_bytes!("../../tests/fixtures/join_success_3.0.xml").to_vec();
        let i = flip % doc.len();
        doc[i] = byte;
        doc.truncate(cut.min(doc.len()));
        let _ = parse_join_response(&doc);
        let _ = parse_response(&doc);
    }

    #[test]
    fn verify_and_redirects_never_panic(q in ".{0,200}", call in "[a-zA-Z/]{0,12}") {
        let v = Verifier::new(["a", "b"]).unwrap();
        let _ = v.verify(&call, &q);
        let _ = v.verify_url(&q);
        let _ = parse_error_redirect(&q);
    }

    #[test]
    fn server_new_never_panics_and_always_ends_in_api(url in ".{0,80}") {
        if let Ok(s) = Server::new(&url, "x") {
            prop_assert!(s.base_url().ends_with("/api/"));
            prop_assert!(s.base_url().starts_with("http"));
        }
    }
}
