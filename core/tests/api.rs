//! The public API's small pieces: setters, conversions, Display and error kinds. (The doctests
//! cover them too; these run in the mutation-testing configuration, which skips doctests.)

use bbbkit::{
    encode_component, Algorithm, Error, InvalidParameter, JoinRequest, Layout, MessageKey, Role,
    Rule, Server,
};

#[test]
fn every_setter_sets_its_field() {
    let r = JoinRequest::with_password("room", "Ada", "pw-123")
        .role(Role::Moderator)
        .create_time(42)
        .user_id("u")
        .first_name("F")
        .last_name("L")
        .avatar_url("https://a.example/a.png")
        .webcam_background_url("https://a.example/b.png")
        .redirect(false)
        .error_redirect_url("https://a.example/e")
        .logout_url("https://a.example/l")
        .guest(true)
        .auth(true)
        .bot(true)
        .exclude_from_dashboard(true)
        .enforce_layout(Layout::MediaOnly)
        .default_layout(Layout::CamerasOnly)
        .existing_user_id("w_1")
        .session_name("s")
        .replace_session_token("t")
        .userdata("k", "v")
        .param("lang", "de");
    assert_eq!(r.meeting_id, "room");
    assert_eq!(r.full_name, "Ada");
    assert_eq!(r.password.as_deref(), Some("pw-123"));
    assert_eq!(r.role, Some(Role::Moderator));
    assert_eq!(r.create_time, Some(42));
    assert_eq!(r.user_id.as_deref(), Some("u"));
    assert_eq!(r.first_name.as_deref(), Some("F"));
    assert_eq!(r.last_name.as_deref(), Some("L"));
    assert_eq!(r.avatar_url.as_deref(), Some("https://a.example/a.png"));
    assert_eq!(
        r.webcam_background_url.as_deref(),
        Some("https://a.example/b.png")
    );
    assert_eq!(r.redirect, Some(false));
    assert_eq!(r.error_redirect_url.as_deref(), Some("https://a.example/e"));
    assert_eq!(r.logout_url.as_deref(), Some("https://a.example/l"));
    assert!(r.guest && r.bot && r.exclude_from_dashboard);
    assert_eq!(r.auth, Some(true));
    assert_eq!(r.enforce_layout, Some(Layout::MediaOnly));
    assert_eq!(r.default_layout, Some(Layout::CamerasOnly));
    assert_eq!(r.existing_user_id.as_deref(), Some("w_1"));
    assert_eq!(r.session_name.as_deref(), Some("s"));
    assert_eq!(r.replace_session_token.as_deref(), Some("t"));
    assert_eq!(r.userdata, [("k".to_string(), "v".to_string())]);
    assert_eq!(r.extra, [("lang".to_string(), "de".to_string())]);
    // Flags set back to false are not sent.
    let q = r
        .clone()
        .guest(false)
        .bot(false)
        .exclude_from_dashboard(false)
        .to_query()
        .unwrap();
    assert!(!q.contains("guest") && !q.contains("bot") && !q.contains("excludeFromDashboard"));
}

#[test]
fn to_query_is_the_signed_part_of_the_url() {
    let server = Server::new("bbb.example.com", "s").unwrap();
    let req = JoinRequest::new("room", "Zoë", Role::Viewer).redirect(false);
    let q = req.to_query().unwrap();
    assert_eq!(
        q,
        "meetingID=room&fullName=Zo%C3%AB&role=VIEWER&redirect=false"
    );
    let url = server.join_url(&req).unwrap();
    assert_eq!(
        url,
        format!(
            "{}join?{q}&checksum={}",
            server.base_url(),
            server.checksum("join", &q)
        )
    );
}

#[test]
fn display_forms() {
    assert_eq!(Algorithm::Sha384.to_string(), "sha384");
    assert_eq!(Role::Moderator.to_string(), "MODERATOR");
    assert_eq!(
        Layout::ParticipantsAndChatOnly.to_string(),
        "PARTICIPANTS_AND_CHAT_ONLY"
    );
    assert_eq!(
        MessageKey::GuestDeniedAccess.to_string(),
        "guestDeniedAccess"
    );
    assert_eq!(
        MessageKey::from("Params required"),
        MessageKey::ParamsRequired
    );
    assert_eq!(
        Rule::Length { min: 2, max: 64 }.to_string(),
        "must be 2 to 64 characters long"
    );
    assert_eq!(Rule::NoComma.to_string(), "must not contain a comma");
    assert_eq!(encode_component("a b~"), "a+b%7E");
}

#[test]
fn layout_spellings() {
    for (input, want) in [
        ("video-focus", Layout::VideoFocus),
        ("video focus", Layout::VideoFocus),
        (" Smart_Layout ", Layout::SmartLayout),
        ("participants-chat-only", Layout::ParticipantsAndChatOnly),
    ] {
        assert_eq!(input.parse::<Layout>().unwrap(), want, "{input}");
    }
    assert!("VIDEO_FOCUSX".parse::<Layout>().is_err());
}

#[test]
fn algorithm_spellings() {
    assert_eq!("SHA-512".parse::<Algorithm>().unwrap(), Algorithm::Sha512);
    assert_eq!("sha1".parse::<Algorithm>().unwrap(), Algorithm::Sha1);
    let err: InvalidParameter = "md5".parse::<Algorithm>().unwrap_err();
    assert_eq!(
        (err.parameter(), err.rule().code()),
        ("algorithm", "one_of")
    );
}

#[test]
fn error_kinds_are_stable() {
    let server = Server::new("bbb.example.com", "s").unwrap();
    let invalid = server.api_url("", [("a", "b")]).unwrap_err();
    assert_eq!(invalid.kind(), "invalid_parameter");
    let verify = server.verify("end", "a=b").unwrap_err();
    assert_eq!(verify.kind(), "checksum_missing");
    let parse = bbbkit::parse_response(b"nope").unwrap_err();
    assert_eq!(parse.kind(), "parse");
    let api = bbbkit::parse_response(b"<response><returncode>FAILED</returncode></response>")
        .unwrap_err();
    assert_eq!(api.kind(), "api");
    assert!(matches!(api, Error::Api(_)));
}

const JOIN_XML: &[u8] = include_bytes!("../../tests/fixtures/join_success_3.0.xml");

#[test]
fn free_parse_functions_match_the_options_methods() {
    let opts = bbbkit::ParseOptions::default();
    assert_eq!(
        bbbkit::parse_join_response(JOIN_XML),
        opts.parse_join_response(JOIN_XML)
    );
    assert_eq!(
        bbbkit::parse_response(JOIN_XML),
        opts.parse_response(JOIN_XML)
    );
    let created = include_bytes!("../../tests/fixtures/create_success.xml");
    assert_eq!(
        bbbkit::parse_create_response(created),
        opts.parse_create_response(created)
    );
    let r = bbbkit::parse_response(JOIN_XML).unwrap();
    assert_eq!(r.get("user_id"), Some("w_euxnssffnsjl"));
    assert_eq!(
        r.element("auth_token").map(|e| e.text.as_str()),
        Some("nrmw2bkmxxgo")
    );
    assert!(r.element("nope").is_none());
}

#[test]
fn default_limits_are_64_mib_and_32_levels() {
    assert_eq!(bbbkit::DEFAULT_MAX_SIZE, 64 * 1024 * 1024);
    assert_eq!(bbbkit::DEFAULT_MAX_DEPTH, 32);
    let mut big = b"<response><returncode>SUCCESS</returncode><message>".to_vec();
    let tail = b"</message></response>";
    big.resize(bbbkit::DEFAULT_MAX_SIZE - tail.len(), b'x');
    big.extend_from_slice(tail);
    assert!(bbbkit::parse_response(&big).is_ok());
    big.insert(20, b' ');
    assert_eq!(
        bbbkit::parse_response(&big),
        Err(Error::Parse(bbbkit::ParseError::TooLarge {
            limit: bbbkit::DEFAULT_MAX_SIZE
        }))
    );
    let nested = |n: usize| {
        format!(
            "<response><returncode>SUCCESS</returncode>{}{}</response>",
            "<a>".repeat(n),
            "</a>".repeat(n)
        )
    };
    assert!(bbbkit::parse_response(nested(31).as_bytes()).is_ok());
    assert!(bbbkit::parse_response(nested(32).as_bytes()).is_err());
    let shallow = bbbkit::ParseOptions::default().max_depth(3);
    assert!(shallow.parse_response(nested(2).as_bytes()).is_ok());
    assert_eq!(
        shallow.parse_response(nested(3).as_bytes()),
        Err(Error::Parse(bbbkit::ParseError::TooDeep { limit: 3 }))
    );
}

#[test]
fn guest_status_and_waiting() {
    let joined = bbbkit::parse_join_response(JOIN_XML).unwrap();
    assert!(!joined.is_waiting());
    assert_eq!(joined.guest_status.to_string(), "ALLOW");
    let wait = include_bytes!("../../tests/fixtures/join_guest_wait_2.7.xml");
    let joined = bbbkit::parse_join_response(wait).unwrap();
    assert!(joined.is_waiting());
    assert_eq!(joined.guest_status.to_string(), "WAIT");
    // An empty <guestStatus/> reads like a missing one: inferred from the message key.
    let empty = String::from_utf8_lossy(wait).replace(
        "<guestStatus>WAIT</guestStatus>",
        "<guestStatus></guestStatus>",
    );
    assert!(bbbkit::parse_join_response(empty.as_bytes())
        .unwrap()
        .is_waiting());
    let ok = String::from_utf8_lossy(JOIN_XML)
        .replace("<guestStatus>ALLOW</guestStatus>", "<guestStatus/>");
    assert_eq!(
        bbbkit::parse_join_response(ok.as_bytes())
            .unwrap()
            .guest_status,
        bbbkit::GuestStatus::Allow
    );
    assert_eq!(bbbkit::GuestStatus::Deny.to_string(), "DENY");
}

#[test]
fn server_accessors_and_debug() {
    let server = Server::new("bbb.example.com", "AFFE")
        .unwrap()
        .with_algorithm(Algorithm::Sha512);
    assert_eq!(server.algorithm(), Algorithm::Sha512);
    assert_eq!(
        format!("{server:?}"),
        "Server { base_url: \"https://bbb.example.com/bigbluebutton/api/\", secret: [redacted], algorithm: Sha512 }"
    );
    // The spec's known answer, through the server's own secret.
    let sha1 = server.clone().with_algorithm(Algorithm::Sha1);
    assert_eq!(
        sha1.checksum("getMeetings", ""),
        "e0a2f45a343479c590e64a9bdd673331adff2a75"
    );
    let v = bbbkit::Verifier::new(["a", "b"]).unwrap();
    assert_eq!(v.allowed(), Algorithm::ALL.to_vec());
    assert_eq!(
        format!("{v:?}"),
        "Verifier { secrets: [[redacted], [redacted]], allowed: [true, true, true, true] }"
    );
    let v = v.allow(&[Algorithm::Sha384]);
    assert_eq!(v.allowed(), [Algorithm::Sha384]);
}

#[test]
fn invalid_field_keeps_the_value_truncated() {
    let long = "9".repeat(100) + "x";
    let xml = format!(
        "<response><returncode>SUCCESS</returncode><meetingID>r</meetingID>\
         <internalMeetingID>i</internalMeetingID><createTime>{long}</createTime></response>"
    );
    match bbbkit::parse_create_response(xml.as_bytes()) {
        Err(Error::Parse(bbbkit::ParseError::InvalidField { field, value })) => {
            assert_eq!(field, "createTime");
            assert_eq!(value, "9".repeat(64));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn from_params_refuses_what_does_not_convert() {
    let err = |pairs: &[(&str, &str)]| {
        let e = JoinRequest::from_params(pairs.iter().copied()).unwrap_err();
        (e.parameter().to_owned(), e.rule().code())
    };
    assert_eq!(
        err(&[("meetingID", "a"), ("meetingID", "b")]),
        ("meetingID".into(), "duplicate")
    );
    assert_eq!(err(&[("guest", "yes")]), ("guest".into(), "one_of"));
    assert_eq!(
        err(&[("guest", "true"), ("guest", "true")]),
        ("guest".into(), "duplicate")
    );
    assert_eq!(
        err(&[("createTime", "1.7e12")]),
        ("createTime".into(), "positive")
    );
    assert_eq!(err(&[("role", "admin")]), ("role".into(), "one_of"));
    assert_eq!(
        err(&[("defaultLayout", "grid")]),
        ("defaultLayout".into(), "one_of")
    );
    assert_eq!(err(&[("checksum", "00")]), ("checksum".into(), "reserved"));
    let r = JoinRequest::from_params([
        ("bot", "TRUE"),
        ("excludeFromDashboard", "false"),
        ("redirect", "False"),
    ])
    .unwrap();
    assert!(r.bot && !r.exclude_from_dashboard);
    assert_eq!(r.redirect, Some(false));
}

#[test]
fn jwt_algorithm_codes_are_stable_and_round_trip() {
    use bbbkit::JwtAlgorithm;
    let codes: Vec<u32> = JwtAlgorithm::ALL.iter().map(|a| a.code()).collect();
    assert_eq!(codes, [1, 2, 3], "the C ABI's values");
    for a in JwtAlgorithm::ALL {
        assert_eq!(JwtAlgorithm::from_code(a.code()), Some(a));
    }
    assert_eq!(JwtAlgorithm::from_code(0), None);
    assert_eq!(JwtAlgorithm::from_code(4), None);
}

/// The default callback limit is 1 MiB: a large webhook event (a long chat message, a poll
/// with many answers) passes, and one byte over the limit does not.
#[test]
fn default_callback_limit_is_one_mib() {
    use bbbkit::{CallbackVerifier, DEFAULT_CALLBACK_MAX_SIZE};
    assert_eq!(DEFAULT_CALLBACK_MAX_SIZE, 1024 * 1024);
    let v = CallbackVerifier::new(["s"]).unwrap();
    let big = vec![b'x'; 512 * 1024];
    let err = v.recording_ready(&big).unwrap_err();
    assert_ne!(err.code(), "callback_too_large", "{err}");
    let over = vec![b'x'; DEFAULT_CALLBACK_MAX_SIZE + 1];
    assert_eq!(
        v.recording_ready(&over).unwrap_err().code(),
        "callback_too_large"
    );
}
