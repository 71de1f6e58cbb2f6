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

/// A compact HS256/HS384/HS512 JWT, built here with the `hmac` and `base64` crates directly.
fn jwt(alg: bbbkit::JwtAlgorithm, payload: &serde_json::Value, secret: &str) -> String {
    use base64::Engine as _;
    use hmac::{KeyInit, Mac};
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let header = serde_json::json!({ "alg": alg.as_str() });
    let signing = format!(
        "{}.{}",
        b64.encode(header.to_string()),
        b64.encode(payload.to_string())
    );
    let sig = match alg {
        bbbkit::JwtAlgorithm::Hs256 => {
            let mut m = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
            m.update(signing.as_bytes());
            m.finalize().into_bytes().to_vec()
        }
        bbbkit::JwtAlgorithm::Hs384 => {
            let mut m = hmac::Hmac::<sha2::Sha384>::new_from_slice(secret.as_bytes()).unwrap();
            m.update(signing.as_bytes());
            m.finalize().into_bytes().to_vec()
        }
        bbbkit::JwtAlgorithm::Hs512 => {
            let mut m = hmac::Hmac::<sha2::Sha512>::new_from_slice(secret.as_bytes()).unwrap();
            m.update(signing.as_bytes());
            m.finalize().into_bytes().to_vec()
        }
    };
    format!("{signing}.{}", b64.encode(sig))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any recording-ready token signed with one of the secrets verifies and gives its claims
    /// back; changing any one character of it, or signing with another secret, never verifies.
    #[test]
    fn recording_ready_tokens_verify_and_tampering_is_caught(
        meeting in "[^\\p{Cc}]{0,40}",
        record in "[0-9a-f]{40}-[0-9]{13}",
        secret in "[!-~]{1,40}",
        alg in prop::sample::select(bbbkit::JwtAlgorithm::ALL.to_vec()),
        at in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_.-]",
    ) {
        let payload = serde_json::json!({ "meeting_id": meeting, "record_id": record });
        let token = jwt(alg, &payload, &secret);
        let v = bbbkit::CallbackVerifier::new(["another-secret", secret.as_str()])
            .unwrap()
            .allow(&bbbkit::JwtAlgorithm::ALL);
        let ok = v.recording_ready(format!("signed_parameters={token}").as_bytes()).unwrap();
        prop_assert_eq!(&ok.meeting_id, &meeting);
        prop_assert_eq!(&ok.record_id, &record);
        prop_assert_eq!(ok.algorithm, alg);
        prop_assert_eq!(ok.key_index, 1);

        let i = at.index(token.len());
        let mut tampered = token.clone();
        tampered.replace_range(i..=i, &replacement);
        if tampered != token {
            // A change in the base64 padding bits of the last character may decode to the same
            // bytes; anything else must fail.
            if let Ok(r) = v.recording_ready(tampered.as_bytes()) {
                prop_assert_eq!(r, ok);
            }
        }
        let other = bbbkit::CallbackVerifier::new(["another-secret"]).unwrap().allow(&bbbkit::JwtAlgorithm::ALL);
        prop_assert!(other.recording_ready(token.as_bytes()).is_err());
    }

    /// Any webhook body signed as bbb-webhooks 3.4+ does verifies; another body or URL never.
    #[test]
    fn webhook_checksums_cover_url_and_body(
        domain in "[a-z]{1,10}\\.example",
        ts in 0i64..4_000_000_000_000,
        path in "[a-z/]{0,12}",
        alg in prop::sample::select(Algorithm::ALL.to_vec()),
        extra in "[ -~]{1,8}",
    ) {
        let body = format!(
            "domain={domain}&event=%5B%7B%22data%22%3A%7B%22id%22%3A%22meeting-ended%22%7D%7D%5D&timestamp={ts}"
        );
        let url = format!("https://app.example.com/{path}");
        let sum = bbbkit::checksum(&url, &body, "hook-secret", alg);
        let signed = format!("{url}?checksum={sum}");
        let v = bbbkit::CallbackVerifier::new(["hook-secret"]).unwrap();
        let schemes = bbbkit::WebhookSchemes::default();
        let post = v.webhook(&signed, body.as_bytes(), schemes).unwrap();
        prop_assert_eq!(&post.domain, &domain);
        prop_assert_eq!(post.timestamp, ts);
        prop_assert_eq!(post.events[0].id.as_str(), "meeting-ended");
        let longer = format!("{body}{extra}");
        prop_assert!(v.webhook(&signed, longer.as_bytes(), schemes).is_err());
        let moved = format!("{url}x?checksum={sum}");
        prop_assert!(v.webhook(&moved, body.as_bytes(), schemes).is_err());
    }
}

/// Whether XML 1.0 allows the character (`Char`), written from the XML 1.0 specification §2.2.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || ('\u{20}'..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}'
}

/// A strict reading of a `<modules>` body: UTF-8, only XML 1.0 characters, well-formed (one
/// root, end tags matching, attributes well-formed, only the predefined entities). Gives the
/// `(url, filename)` attributes of each `<document>` and the text of the CDATA sections.
#[allow(clippy::type_complexity)]
fn strict_modules(body: &[u8]) -> Result<(Vec<(Option<String>, Option<String>)>, String), String> {
    use quick_xml::events::Event;
    let text = std::str::from_utf8(body).map_err(|e| e.to_string())?;
    if let Some(c) = text.chars().find(|&c| !xml_char(c)) {
        return Err(format!("U+{:04X} is not an XML 1.0 character", c as u32));
    }
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let (mut depth, mut roots, mut docs, mut cdata) = (0usize, 0usize, Vec::new(), String::new());
    loop {
        let ev = reader.read_event().map_err(|e| e.to_string())?;
        let element = |e: &quick_xml::events::BytesStart<'_>| -> Result<(Option<String>, Option<String>), String> {
            let (mut url, mut filename) = (None, None);
            for a in e.attributes().with_checks(true) {
                let a = a.map_err(|e| e.to_string())?;
                let v = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| e.to_string())?
                    .into_owned();
                match a.key.as_ref() {
                    "url" => url = Some(v),
                    "filename" => filename = Some(v),
                    _ => {}
                }
            }
            Ok((url, filename))
        };
        match ev {
            Event::Start(e) => {
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
                let attrs = element(&e)?;
                if e.name().as_ref() == "document" {
                    docs.push(attrs);
                }
            }
            Event::Empty(e) => {
                if depth == 0 {
                    roots += 1;
                }
                let attrs = element(&e)?;
                if e.name().as_ref() == "document" {
                    docs.push(attrs);
                }
            }
            Event::End(_) => depth -= 1,
            Event::CData(e) => cdata.push_str(&e),
            Event::Text(e) if depth == 0 && !e.trim().is_empty() => {
                return Err("text outside the root".into())
            }
            Event::GeneralRef(r) if !matches!(&*r, "amp" | "lt" | "gt" | "quot" | "apos") => {
                return Err("an entity XML does not predefine".into());
            }
            Event::DocType(_) => return Err("a DOCTYPE".into()),
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 || roots != 1 {
        return Err(format!("{roots} roots, depth {depth} at the end"));
    }
    Ok((docs, cdata))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every `<modules>` body bbbkit emits parses in a strict XML reading and carries the
    /// values given; a value XML cannot carry is refused naming its parameter, never sent.
    #[test]
    fn every_modules_body_is_strict_xml(
        path in "(?s).{0,12}",
        filename in proptest::option::of("(?s).{1,12}"),
        inline_name in "(?s).{1,12}",
        setting in proptest::option::of("(?s).{0,12}"),
        special in prop::sample::select(vec!["", "\u{FFFE}", "\u{FFFF}", "]]>", "&<\"'>", "\u{1F600}", "\u{B}"]),
        insert in any::<bool>(),
    ) {
        let url = format!("https://files.example.com/{path}{special}");
        let mut doc = bbbkit::Document::url(url.clone());
        if let Some(f) = &filename {
            doc = doc.filename(f.clone());
        }
        let inline = bbbkit::Document::content(format!("{inline_name}{special}"), b"Hi".to_vec());
        let settings = setting.as_ref().map(|s| serde_json::json!({ "k": format!("{s}{special}") }).to_string());
        let srv = server(Algorithm::Sha256);
        let got = if insert {
            srv.prepare(&bbbkit::InsertDocumentRequest::new("cs101", [doc, inline.clone()]))
        } else {
            let mut r = bbbkit::CreateRequest::new("cs101", "CS 101");
            r.documents = vec![doc, inline.clone()];
            r.client_settings_override = settings.clone();
            srv.prepare(&r)
        };
        match got {
            Ok(p) => {
                let body = p.body.expect("a body");
                let (docs, cdata) = strict_modules(&body).map_err(|e| TestCaseError::fail(format!("{e}: {}", String::from_utf8_lossy(&body))))?;
                prop_assert_eq!(&docs[0], &(Some(url.clone()), filename.clone()));
                prop_assert_eq!(docs[1].1.as_ref(), inline.filename.as_ref());
                if !insert {
                    prop_assert_eq!(settings.is_some().then_some(cdata), settings);
                }
            }
            Err(bbbkit::Error::InvalidParameter(e)) => {
                prop_assert!(["document", "clientSettingsOverride"].contains(&e.parameter()), "{e}");
            }
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}
