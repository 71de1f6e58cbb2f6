//! Regression tests, each named after the pitfall it guards against (bbb-protocol.md §6).

use bbbkit::{
    Algorithm, Error, JoinRequest, Layout, MessageKey, ParseError, Role, Server, Verifier,
    VerifyError,
};

const SECRET: &str = "do-not-print-me-4f2a9c";

fn server() -> Server {
    Server::new("https://bbb.example.com/bigbluebutton/api/", SECRET).unwrap()
}

#[test]
fn guest_false_is_never_sent() {
    let url = server()
        .join_url(&JoinRequest::new("room", "Ada", Role::Viewer).guest(false))
        .unwrap();
    assert!(!url.contains("guest"), "{url}");
}

#[test]
fn secret_is_never_printed() {
    let s = server();
    assert!(!format!("{s:?}").contains(SECRET));
    let v = Verifier::new([SECRET, "other-secret-value"]).unwrap();
    assert!(!format!("{v:?}").contains(SECRET));
    assert!(!format!("{v:?}").contains("other-secret-value"));
    let err = Server::new("ftp://x", SECRET).unwrap_err();
    assert!(!err.to_string().contains(SECRET) && !format!("{err:?}").contains(SECRET));
    let err = Server::new("https://x", "bad\u{1}secret").unwrap_err();
    assert!(!err.to_string().contains("secret\u{1}") && !format!("{err:?}").contains("bad"));
    let err = s.verify("join", "a=1&checksum=00").unwrap_err();
    assert!(!format!("{err:?}{err}").contains(SECRET));
}

#[test]
fn create_time_keeps_every_digit_of_epoch_millis() {
    let url = server()
        .join_url(&JoinRequest::new("room", "Ada", Role::Viewer).create_time(9_007_199_254_740_993))
        .unwrap();
    assert!(url.contains("createTime=9007199254740993&"), "{url}");
}

#[test]
fn docs_layout_misspelling_is_sent_as_the_client_spelling() {
    let l: Layout = "PARTICIPANTS_CHAT_ONLY".parse().unwrap();
    let url = server()
        .join_url(&JoinRequest::new("room", "Ada", Role::Viewer).enforce_layout(l))
        .unwrap();
    assert!(
        url.contains("enforceLayout=PARTICIPANTS_AND_CHAT_ONLY&"),
        "{url}"
    );
}

#[test]
fn characters_browsers_reencode_are_never_left_raw() {
    let url = server()
        .join_url(&JoinRequest::new("room", "O'Brien (x)! *~", Role::Viewer))
        .unwrap();
    let query = url.split_once('?').unwrap().1;
    for c in ['\'', '(', ')', '!', '*', '~', ' '] {
        assert!(!query.contains(c), "{c} left raw in {query}");
    }
    assert!(query.contains("fullName=O%27Brien+%28x%29%21+%2A%7E&"));
}

#[test]
fn custom_path_prefix_is_kept() {
    let s = Server::new("https://lb.example.com/scalelite/bigbluebutton/api", SECRET).unwrap();
    assert!(s.api_url("getMeetings", [("a", "b")]).unwrap().starts_with(
        "https://lb.example.com/scalelite/bigbluebutton/api/getMeetings?a=b&checksum="
    ));
}

#[test]
fn missing_trailing_slash_never_gives_apiapi() {
    let s = Server::new("https://bbb.example.com/bigbluebutton/api", SECRET).unwrap();
    let url = s.api_url("getMeetings", [] as [(&str, &str); 0]).unwrap();
    assert!(url.starts_with("https://bbb.example.com/bigbluebutton/api/getMeetings?checksum="));
}

#[test]
fn path_ending_in_letters_of_api_is_not_trimmed() {
    // Moodle's rtrim($url, '/api') trims characters: ".../bigbluebutton/pia" lost letters.
    let s = Server::new("https://pia.example.com/bigbluebutton/", SECRET).unwrap();
    assert_eq!(s.base_url(), "https://pia.example.com/bigbluebutton/api/");
}

#[test]
fn verifier_does_not_assume_the_checksum_is_last() {
    let s = server();
    let url = s
        .api_url("end", [("meetingID", "room"), ("x", "1")])
        .unwrap();
    let query = url.split_once('?').unwrap().1;
    let (body, cs) = query.rsplit_once("&checksum=").unwrap();
    let moved = format!("checksum={cs}&{body}");
    assert_eq!(s.verify("end", &moved).unwrap().params().len(), 2);
}

#[test]
fn verifier_refuses_two_checksums() {
    let s = server();
    let url = s.api_url("end", [("meetingID", "room")]).unwrap();
    let doubled = format!("{url}&checksum=0000000000000000000000000000000000000000");
    assert_eq!(
        s.verify_url(&doubled),
        Err(Error::Verify(VerifyError::DuplicateChecksum))
    );
}

#[test]
fn default_algorithm_is_sha256_and_all_four_are_available() {
    let s = server();
    assert_eq!(s.algorithm(), Algorithm::Sha256);
    for alg in Algorithm::ALL {
        let url = s
            .clone()
            .with_algorithm(alg)
            .api_url("getMeetings", [("a", "b")])
            .unwrap();
        let cs = url.rsplit_once("checksum=").unwrap().1;
        assert_eq!(cs.len(), alg.hex_len());
        assert_eq!(s.verify_url(&url).unwrap().algorithm, alg);
    }
}

#[test]
fn errors_are_typed_not_swallowed() {
    let xml = b"<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>\
        <message>Checksums do not match</message></response>";
    match bbbkit::parse_join_response(xml) {
        Err(Error::Api(e)) => assert_eq!(e.key, MessageKey::ChecksumError),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        bbbkit::parse_join_response(b"<html><body>502</body></html>"),
        Err(Error::Parse(ParseError::NotBbb(_)))
    ));
}

#[test]
fn server_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Server>();
    assert_send_sync::<Verifier>();
    let s = std::sync::Arc::new(server());
    let expected: Vec<String> = (0..64)
        .map(|i| {
            s.join_url(&JoinRequest::new(format!("room-{i}"), "Ada", Role::Viewer))
                .unwrap()
        })
        .collect();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let s = s.clone();
            std::thread::spawn(move || {
                (0..64)
                    .map(|i| {
                        s.join_url(&JoinRequest::new(format!("room-{i}"), "Ada", Role::Viewer))
                            .unwrap()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), expected);
    }
}

/// A default server answers getRecordings with every recording: 12,000 of them make about
/// 5.4 MB, which the default limit must accept.
#[test]
fn large_get_recordings_answer_parses_with_the_default_limit() {
    let mut xml = String::from("<response><returncode>SUCCESS</returncode><recordings>");
    let mut n = 0;
    while xml.len() < 6 * 1024 * 1024 {
        xml.push_str(&format!(
            "<recording><recordID>{n:040x}-1715261728123</recordID><meetingID>room-{n}</meetingID>\
             <name>Physics {n}</name><published>true</published><state>published</state>\
             <startTime>1715261728123</startTime><endTime>1715265328123</endTime>\
             <playback><format><type>presentation</type>\
             <url>https://bbb.example.com/playback/presentation/2.3/{n:040x}</url>\
             <length>60</length></format></playback></recording>"
        ));
        n += 1;
    }
    xml.push_str("</recordings></response>");
    let r = bbbkit::parse_response(xml.as_bytes()).expect("a 6 MB answer parses");
    let recordings = r.root.child("recordings").unwrap();
    assert_eq!(recordings.children.len(), n);
    // Past the limit it is still refused.
    let opts = bbbkit::ParseOptions::default().max_size(xml.len() - 1);
    assert!(matches!(
        opts.parse_response(xml.as_bytes()),
        Err(Error::Parse(ParseError::TooLarge { .. }))
    ));
}

/// A callback verifier's secrets never show, and no callback error carries one.
#[test]
fn callback_secrets_are_never_printed() {
    let v = bbbkit::CallbackVerifier::new([SECRET, "second-secret-value"]).unwrap();
    let debug = format!("{v:?}");
    assert!(
        !debug.contains(SECRET) && !debug.contains("second-secret-value"),
        "{debug}"
    );
    let bearer = format!("Bearer {SECRET}x");
    for err in [
        v.webhook_bearer(&bearer, b"domain=d&event=[]&timestamp=1")
            .unwrap_err(),
        v.analytics(&bearer).unwrap_err(),
        v.recording_ready(bearer.as_bytes()).unwrap_err(),
    ] {
        assert!(!err.to_string().contains(SECRET), "{err}");
        assert!(!format!("{err:?}").contains(SECRET), "{err:?}");
        assert_eq!(err.http_status(), 401);
    }
}

/// `alg: none` is refused even when every algorithm is allowed, and before any signature
/// check could be skipped.
#[test]
fn unsigned_jwt_is_never_accepted() {
    let v = bbbkit::CallbackVerifier::new([SECRET])
        .unwrap()
        .allow(&bbbkit::JwtAlgorithm::ALL);
    for header in ["eyJhbGciOiJub25lIn0", "eyJhbGciOiJOT05FIn0"] {
        let token = format!("{header}.eyJtZWV0aW5nX2lkIjoiYSIsInJlY29yZF9pZCI6ImIifQ.");
        let err = v.recording_ready(token.as_bytes()).unwrap_err();
        assert_eq!(err.code(), "callback_algorithm_none");
    }
}

/// Join and create answers carry per-user bearer tokens and meeting passwords: `Debug` (what
/// logs and panics print) never shows them, while the fields keep them.
#[test]
fn tokens_and_passwords_are_not_in_debug_output() {
    let xml = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/join_success_3.0.xml"
    ))
    .unwrap();
    let joined = bbbkit::parse_join_response(&xml).unwrap();
    let debug = format!("{joined:?}");
    for secret in [&joined.auth_token, &joined.session_token] {
        assert!(!debug.contains(secret.as_str()), "{debug}");
    }
    assert!(debug.contains("sessionToken=[redacted]"), "{debug}");
    assert!(joined.url.contains(&joined.session_token));
    let xml = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/create_success.xml"
    ))
    .unwrap();
    let created = bbbkit::parse_create_response(&xml).unwrap();
    let debug = format!("{created:?}");
    for pw in [&created.attendee_pw, &created.moderator_pw]
        .into_iter()
        .flatten()
    {
        assert!(!debug.contains(pw.as_str()), "{debug}");
    }
}

#[test]
fn meeting_passwords_are_redacted_in_request_debug() {
    let join = JoinRequest::with_password("room", "Ada", "pw-sensitive-17").user_id("u-1");
    let dbg = format!("{join:?}");
    assert!(!dbg.contains("pw-sensitive-17"), "{dbg}");
    assert!(
        dbg.contains("password: [redacted]") && dbg.contains("user_id: Some(\"u-1\")"),
        "{dbg}"
    );
    assert_eq!(join.password.as_deref(), Some("pw-sensitive-17"));
    let unset = format!("{:?}", JoinRequest::new("room", "Ada", Role::Viewer));
    assert!(unset.contains("password: None"), "{unset}");
    let mut create = bbbkit::CreateRequest::new("room", "Room");
    create.attendee_pw = Some("ap-secret-1".into());
    create.moderator_pw = Some("mp-secret-2".into());
    let dbg = format!("{create:?}");
    assert!(
        !dbg.contains("ap-secret-1") && !dbg.contains("mp-secret-2"),
        "{dbg}"
    );
    assert!(
        dbg.contains("attendee_pw: [redacted]") && dbg.contains("meeting_id: \"room\""),
        "{dbg}"
    );
}

/// 100,000 nested elements, inside a SUCCESS envelope.
fn deeply_nested(levels: usize) -> Vec<u8> {
    let mut xml = b"<response><returncode>SUCCESS</returncode>".to_vec();
    for _ in 0..levels {
        xml.extend_from_slice(b"<a>");
    }
    xml.extend_from_slice(b"deep");
    for _ in 0..levels {
        xml.extend_from_slice(b"</a>");
    }
    xml.extend_from_slice(b"</response>");
    xml
}

/// Runs `f` on a thread with a 256 KiB stack (musl's default, and Python's smallest): a
/// recursion per level would overflow it within a few thousand levels and abort the process.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_nesting_never_overflows_the_stack_at_the_largest_max_depth() {
    use bbbkit::{AnswerKind, ParseOptions};
    const LEVELS: usize = 100_000;
    on_small_stack(|| {
        let xml = deeply_nested(LEVELS);
        let opts = ParseOptions::default().max_depth(usize::MAX);
        // The generic tree: built, converted, walked, cloned, compared, printed and dropped.
        let r = opts.parse_response(&xml).unwrap();
        let mut el = r.element("a").unwrap();
        let mut depth = 1;
        while let Some(c) = el.child("a") {
            el = c;
            depth += 1;
        }
        assert_eq!((depth, el.text.as_str()), (LEVELS, "deep"));
        let copy = r.root.clone();
        assert_eq!(copy, r.root);
        let mut other = r.root.clone();
        other.children[1].children[0].text = "x".to_owned();
        assert_ne!(other, r.root);
        let debug = format!("{:?}", r.root);
        assert!(debug.starts_with("Element { name: \"response\", attributes: [], text: \"\", children: [Element { name: \"returncode\""));
        assert!(debug.ends_with(&"] }".repeat(LEVELS + 1)));
        drop((r, copy, other));
        // The typed parsers build and drop the same tree.
        assert!(opts.parse_join_response(&xml).is_err());
        for kind in [
            AnswerKind::Join,
            AnswerKind::MeetingInfo,
            AnswerKind::Recordings,
        ] {
            let _ = bbbkit::parse_answer_json(kind, &xml, &opts);
        }
        // A deep tree followed by an error is dropped while unwinding the parse.
        let mut bad = xml.clone();
        bad.extend_from_slice(b"<more/>");
        assert!(matches!(
            opts.parse_response(&bad),
            Err(Error::Parse(ParseError::Malformed(_)))
        ));
        // The default limit still refuses it.
        assert_eq!(
            bbbkit::parse_response(&xml),
            Err(Error::Parse(ParseError::TooDeep { limit: 32 }))
        );
        // The JSON error form: nested arrays and objects are a typed error at any max_depth.
        let json = format!(
            "{{\"response\":{{\"returncode\":\"FAILED\",\"errors\":{}{}}}}}",
            "[".repeat(LEVELS),
            "]".repeat(LEVELS)
        );
        assert_eq!(
            opts.parse_response(json.as_bytes()),
            Err(Error::Parse(ParseError::TooDeep {
                limit: bbbkit::JSON_MAX_DEPTH
            }))
        );
        for (levels, open, close) in [(62, "[", "]"), (100, "[", "]"), (100, "{\"a\":", "}")] {
            let json = format!(
                "{{\"response\":{{\"returncode\":\"FAILED\",\"x\":\"[{{\",\"errors\":{}1{}}}}}",
                open.repeat(levels),
                close.repeat(levels)
            );
            let r = opts.parse_response(json.as_bytes());
            match levels {
                62 => assert!(matches!(r, Err(Error::Api(_))), "{r:?}"),
                _ => assert!(
                    matches!(r, Err(Error::Parse(ParseError::TooDeep { .. }))),
                    "{r:?}"
                ),
            }
        }
    });
}

#[test]
fn a_deep_element_tree_built_by_hand_drops_without_recursion() {
    on_small_stack(|| {
        let mut root = bbbkit::Element::default();
        for _ in 0..100_000 {
            root = bbbkit::Element {
                name: "a".to_owned(),
                attributes: Vec::new(),
                text: String::new(),
                children: vec![root],
            };
        }
        drop(root);
    });
}

#[test]
fn element_debug_output_is_the_derived_form() {
    let r = bbbkit::parse_response(
        b"<response><returncode>SUCCESS</returncode><a x=\"1\"><b>t</b><c/></a></response>",
    )
    .unwrap();
    let a = r.element("a").unwrap();
    assert_eq!(
        format!("{a:?}"),
        "Element { name: \"a\", attributes: [(\"x\", \"1\")], text: \"\", children: [\
         Element { name: \"b\", attributes: [], text: \"t\", children: [] }, \
         Element { name: \"c\", attributes: [], text: \"\", children: [] }] }"
    );
    let c = a.child("c").unwrap();
    assert_eq!(
        format!("{c:#?}"),
        "Element {\n    name: \"c\",\n    attributes: [],\n    text: \"\",\n    children: [],\n}"
    );
    assert_eq!(format!("{a:#?}").lines().nth(5), Some("        Element {"));
}
