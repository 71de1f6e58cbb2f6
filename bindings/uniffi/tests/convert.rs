//! The conversions drop nothing: every field reaches the core, every error keeps its codes.

use bbbkit_uniffi::{
    join_request_from_params, parse_create_response, parse_error_redirect, parse_join_response,
    parse_response, ApiErrorDetail, ApiErrorKind, BbbError, ChecksumAlgorithm, GuestStatus,
    JoinRequest, Layout, MessageKey, QueryParam, Role, Server, Verifier,
};

const SECRET: &str = "8cd8ef52e8e101574e400365b55e11a6";

fn server() -> std::sync::Arc<Server> {
    Server::new("https://bbb.example.com".into(), SECRET.into(), None).unwrap()
}

#[test]
fn every_join_field_reaches_the_core() {
    let ours = JoinRequest {
        role: Some(Role::Moderator),
        password: Some("pw-1234".into()),
        create_time: Some(1715261728123),
        user_id: Some("u-17".into()),
        first_name: Some("Marie".into()),
        last_name: Some("Curie".into()),
        avatar_url: Some("https://img.example.com/a.png".into()),
        webcam_background_url: Some("https://img.example.com/b.png".into()),
        redirect: Some(false),
        error_redirect_url: Some("https://lms.example.com/err".into()),
        logout_url: Some("https://lms.example.com/bye".into()),
        guest: true,
        auth: Some(true),
        bot: true,
        exclude_from_dashboard: true,
        enforce_layout: Some(Layout::VideoFocus),
        default_layout: Some(Layout::ParticipantsAndChatOnly),
        existing_user_id: Some("w_1".into()),
        session_name: Some("tablet".into()),
        replace_session_token: Some("tok".into()),
        userdata: vec![QueryParam::new("bbb_skip_check_audio", "true")],
        extra: vec![QueryParam::new("lang", "fr")],
        ..JoinRequest::new("physics-101", "Marie Curie")
    };
    let core = bbbkit::JoinRequest::new("physics-101", "Marie Curie", bbbkit::Role::Moderator)
        .password("pw-1234")
        .create_time(1715261728123)
        .user_id("u-17")
        .first_name("Marie")
        .last_name("Curie")
        .avatar_url("https://img.example.com/a.png")
        .webcam_background_url("https://img.example.com/b.png")
        .redirect(false)
        .error_redirect_url("https://lms.example.com/err")
        .logout_url("https://lms.example.com/bye")
        .guest(true)
        .auth(true)
        .bot(true)
        .exclude_from_dashboard(true)
        .enforce_layout(bbbkit::Layout::VideoFocus)
        .default_layout(bbbkit::Layout::ParticipantsAndChatOnly)
        .existing_user_id("w_1")
        .session_name("tablet")
        .replace_session_token("tok")
        .userdata("bbb_skip_check_audio", "true")
        .param("lang", "fr");
    assert_eq!(bbbkit::JoinRequest::from(ours.clone()), core);
    assert!(ours.effective_auth());
}

#[test]
fn invalid_parameter_keeps_parameter_and_rule() {
    let err = server()
        .join_url(JoinRequest {
            role: Some(Role::Viewer),
            ..JoinRequest::new("a,b", "Ada")
        })
        .unwrap_err();
    assert_eq!(
        err,
        BbbError::InvalidParameter {
            parameter: "meetingID".into(),
            rule: "no_comma".into(),
            reason: "must not contain a comma".into(),
        }
    );
    assert_eq!(
        err.to_string(),
        "invalid parameter `meetingID`: must not contain a comma"
    );
}

/// The variant's name, as in `Debug`: `ChecksumMismatch`.
fn variant(e: &BbbError) -> String {
    format!("{e:?}")
        .split([' ', '{', '('])
        .next()
        .unwrap()
        .to_owned()
}

/// `checksum_mismatch` → `ChecksumMismatch`, as the core's codes name the classes.
fn camel(code: &str) -> String {
    code.split('_')
        .map(|w| w[..1].to_uppercase() + &w[1..])
        .collect()
}

#[test]
fn verify_errors_map_one_to_one() {
    let all = [
        bbbkit::VerifyError::MissingChecksum,
        bbbkit::VerifyError::DuplicateChecksum,
        bbbkit::VerifyError::MalformedChecksum,
        bbbkit::VerifyError::UnknownLength(3),
        bbbkit::VerifyError::AlgorithmNotAllowed(bbbkit::Algorithm::Sha1),
        bbbkit::VerifyError::Mismatch,
    ];
    // A kind the core adds shows up in CODES: list it above and give it a variant.
    assert_eq!(all.len(), bbbkit::VerifyError::CODES.len());
    for e in all {
        let code = e.code();
        let ours = BbbError::from(bbbkit::Error::Verify(e.clone()));
        assert_eq!(variant(&ours), camel(code), "{code}");
        assert_eq!(ours.to_string(), e.to_string());
    }
}

#[test]
fn each_verify_error_has_its_own_variant() {
    let s = server();
    let url = s
        .api_url("end".into(), vec![QueryParam::new("meetingID", "m1")])
        .unwrap();
    let query = url.split_once('?').unwrap().1.to_owned();
    let cases = [
        ("meetingID=m1", "checksum_missing"),
        ("meetingID=m1&checksum=ab&checksum=cd", "checksum_duplicate"),
        (
            &format!("meetingID=m1&checksum={}", "z".repeat(64)),
            "checksum_malformed",
        ),
        ("meetingID=m1&checksum=abc", "checksum_length"),
        (&query.replace("m1", "m2"), "checksum_mismatch"),
    ];
    for (q, code) in cases {
        let err = s.verify("end".into(), q.into()).unwrap_err();
        assert_eq!(variant(&err), camel(code), "{q}");
    }
    let sha1_only =
        Verifier::new(vec![SECRET.into()], Some(vec![ChecksumAlgorithm::Sha1])).unwrap();
    match sha1_only.verify("end".into(), query.clone()).unwrap_err() {
        BbbError::AlgorithmNotAllowed { algorithm, .. } => {
            assert_eq!(algorithm, ChecksumAlgorithm::Sha256)
        }
        other => panic!("{other:?}"),
    }
    let ok = s.verify("end".into(), query).unwrap();
    assert_eq!(ok.params, vec![QueryParam::new("meetingID", "m1")]);
}

#[test]
fn every_core_message_key_and_kind_is_typed() {
    for key in bbbkit::MessageKey::KNOWN {
        let ours = MessageKey::from(key.clone());
        assert!(
            !matches!(ours, MessageKey::Other { .. }),
            "{key} is not listed"
        );
        assert_eq!(ours.to_string(), key.as_str());
        assert_eq!(ours.kind().to_string(), key.kind().as_str());
        assert_eq!(bbbkit::MessageKey::from(&ours), *key);
    }
    let other = MessageKey::from(bbbkit::MessageKey::from("somethingNew"));
    assert_eq!(
        other,
        MessageKey::Other {
            value: "somethingNew".into()
        }
    );
    assert_eq!(other.kind(), ApiErrorKind::UnknownApiError);
    for kind in bbbkit::ApiErrorKind::ALL {
        let ours = ApiErrorKind::from(*kind);
        assert_eq!(ours.to_string(), kind.as_str());
        assert!(
            ours != ApiErrorKind::UnknownApiError || *kind == bbbkit::ApiErrorKind::UnknownApiError,
            "{kind} is not listed"
        );
    }
}

#[test]
fn join_record_follows_the_core_declaration() {
    let names: Vec<&str> = bbbkit::JoinRequest::PARAMETERS
        .iter()
        .map(|p| p.name)
        .collect();
    let ours = join_request_from_params(
        [
            ("meetingID", "room"),
            ("fullName", "Ada"),
            ("role", "viewer"),
            ("defaultLayout", "video-focus"),
            ("createTime", "1715261728123"),
            ("guest", "true"),
            ("userdata-bbb_x", "1"),
            ("lang", "de"),
        ]
        .map(|(n, v)| QueryParam::new(n, v))
        .to_vec(),
    )
    .unwrap();
    assert_eq!(ours.role, Some(Role::Viewer));
    assert_eq!(ours.default_layout, Some(Layout::VideoFocus));
    assert_eq!(ours.create_time, Some(1715261728123));
    assert!(ours.guest && !ours.effective_auth());
    assert_eq!(ours.userdata, [QueryParam::new("bbb_x", "1")]);
    assert_eq!(ours.extra, [QueryParam::new("lang", "de")]);
    // Both conversions are lossless.
    let core = bbbkit::JoinRequest::from(ours.clone());
    assert_eq!(JoinRequest::from(core), ours);
    assert_eq!(names[..2], ["meetingID", "fullName"]);

    let err = join_request_from_params(vec![
        QueryParam::new("meetingID", "room"),
        QueryParam::new("defaultLayout", "GRID"),
    ])
    .unwrap_err();
    assert!(
        matches!(&err, BbbError::InvalidParameter { parameter, rule, .. } if parameter == "defaultLayout" && rule == "one_of"),
        "{err:?}"
    );
}

#[test]
fn api_and_parse_errors_keep_their_codes() {
    let failed = b"<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>\
        <message>Checksums do not match</message></response>";
    let err = parse_join_response(failed.to_vec().into(), None, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "BigBlueButton answered FAILED: checksumError: Checksums do not match"
    );
    match err {
        BbbError::Api {
            key,
            kind,
            server_message,
            errors,
            details,
        } => {
            assert!(details.is_empty());
            assert_eq!(key, MessageKey::ChecksumError);
            assert_eq!(kind, ApiErrorKind::ChecksumError);
            assert_eq!(server_message, "Checksums do not match");
            assert_eq!(
                errors,
                [ApiErrorDetail {
                    key: MessageKey::ChecksumError,
                    kind: ApiErrorKind::ChecksumError,
                    message: "Checksums do not match".into(),
                }]
            );
        }
        other => panic!("{other:?}"),
    }
    let redirect = parse_error_redirect(
        "https://lms.example.com/e?errors=[%7B%22key%22:%22mismatchCreateTimeParam%22,%22message%22:%22x%22%7D]"
            .into(),
    )
    .unwrap();
    assert_eq!(redirect.key, MessageKey::MismatchCreateTimeParam);
    assert_eq!(redirect.kind, ApiErrorKind::CreateTimeMismatch);
    let err = parse_create_response(b"<html/>".to_vec().into(), None, None).unwrap_err();
    assert!(
        matches!(&err, BbbError::Parse { code, .. } if code == "not_bbb"),
        "{err:?}"
    );
    let err = parse_join_response(vec![b' '; 100].into(), Some(10), None).unwrap_err();
    assert!(
        matches!(&err, BbbError::Parse { code, .. } if code == "too_large"),
        "{err:?}"
    );
    let deep = format!(
        "<response><returncode>SUCCESS</returncode>{}{}</response>",
        "<a>".repeat(6),
        "</a>".repeat(6)
    );
    assert!(parse_response(deep.clone().into_bytes().into(), None, None).is_ok());
    let err = parse_response(deep.into_bytes().into(), None, Some(4)).unwrap_err();
    assert!(
        matches!(&err, BbbError::Parse { code, .. } if code == "too_deep"),
        "{err:?}"
    );
}

#[test]
fn response_elements_share_one_tree() {
    let xml = b"<response><returncode>SUCCESS</returncode><running>true</running>\
        <attendees><attendee><userID>u1</userID></attendee><attendee><userID>u2</userID></attendee></attendees>\
        </response>";
    let r = parse_response(xml.to_vec().into(), None, None).unwrap();
    assert_eq!(r.get("running".into()).as_deref(), Some("true"));
    assert_eq!(r.get("absent".into()), None);
    let root = r.root();
    assert_eq!(root.name(), "response");
    let attendees = root.child("attendees".into()).unwrap();
    let ids: Vec<_> = attendees
        .children()
        .iter()
        .map(|a| a.child_text("userID".into()).unwrap())
        .collect();
    assert_eq!(ids, ["u1", "u2"]);
    assert_eq!(*attendees.children()[1], *attendees.children()[1]);
    assert_ne!(*attendees.children()[0], *attendees.children()[1]);
}

#[test]
fn guest_status_keeps_unknown_values() {
    let xml = b"<response><returncode>SUCCESS</returncode><meeting_id>m</meeting_id>\
        <user_id>u</user_id><auth_token>a</auth_token><session_token>s</session_token>\
        <guestStatus>LATER</guestStatus><url>https://x/</url></response>";
    let joined = parse_join_response(xml.to_vec().into(), None, None).unwrap();
    assert_eq!(
        joined.guest_status,
        GuestStatus::Other {
            value: "LATER".into()
        }
    );
}

#[test]
fn no_secret_in_debug() {
    let s = Server::new(
        "https://bbb.example.com".into(),
        "very-secret-value".into(),
        None,
    )
    .unwrap();
    assert!(!format!("{s:?}").contains("very-secret-value"));
    let v = Verifier::new(vec!["very-secret-value".into()], None).unwrap();
    assert!(!format!("{v:?}").contains("very-secret-value"));
}

#[test]
fn response_elements_keep_their_attributes() {
    let xml = br#"<response><returncode>SUCCESS</returncode><images>
        <image width="176" height="136" alt="Welcome &amp; &quot;agenda&quot; &#233;">https://x/1.png</image>
        </images></response>"#;
    let r = parse_response(xml.to_vec().into(), None, None).unwrap();
    let image = r
        .root()
        .child("images".into())
        .unwrap()
        .child("image".into())
        .unwrap();
    assert_eq!(
        image.attributes(),
        [
            QueryParam::new("width", "176"),
            QueryParam::new("height", "136"),
            QueryParam::new("alt", "Welcome & \"agenda\" é"),
        ]
    );
    assert_eq!(image.attribute("height".into()).as_deref(), Some("136"));
    assert_eq!(image.attribute("absent".into()), None);
    assert_eq!(image.text(), "https://x/1.png");
    assert!(r.root().attributes().is_empty());
}

#[test]
fn parsed_answers_redact_tokens_and_passwords_in_text() {
    let xml = b"<response><returncode>SUCCESS</returncode><meeting_id>m-1</meeting_id>\
        <user_id>w_1</user_id><auth_token>auth-tok-1</auth_token><session_token>sess-tok-1</session_token>\
        <guestStatus>ALLOW</guestStatus>\
        <url>https://bbb.example.com/html5client/join?a=1&amp;sessionToken=sess-tok-1#f</url></response>";
    let joined = parse_join_response(xml.to_vec().into(), None, None).unwrap();
    assert_eq!(joined.auth_token, "auth-tok-1");
    assert_eq!(joined.session_token, "sess-tok-1");
    assert!(joined.url.contains("sessionToken=sess-tok-1"));
    assert_eq!(
        joined.to_string(),
        "Joined(meetingId=m-1, userId=w_1, authToken=[redacted], sessionToken=[redacted], \
         guestStatus=Allow, url=https://bbb.example.com/html5client/join?a=1&sessionToken=[redacted]#f, \
         messageKey=, message=)"
    );
    let debug = format!("{joined:?}");
    assert!(
        !debug.contains("auth-tok-1") && !debug.contains("sess-tok-1"),
        "{debug}"
    );
    // Every record's Debug is its text: the same redaction.
    assert_eq!(debug, joined.to_string());

    let xml = b"<response><returncode>SUCCESS</returncode><meetingID>physics-101</meetingID>\
        <internalMeetingID>i-1</internalMeetingID><attendeePW>ap-6f1c</attendeePW>\
        <moderatorPW>mp-9a2e</moderatorPW><createTime>1715261728123</createTime></response>";
    let created = parse_create_response(xml.to_vec().into(), None, None).unwrap();
    assert_eq!(created.attendee_pw.as_deref(), Some("ap-6f1c"));
    for text in [created.to_string(), format!("{created:?}")] {
        assert!(
            !text.contains("ap-6f1c") && !text.contains("mp-9a2e"),
            "{text}"
        );
        assert!(
            text.contains("[redacted]") && text.contains("physics-101"),
            "{text}"
        );
    }
    assert!(created
        .to_string()
        .contains("attendeePw=[redacted], moderatorPw=[redacted], createTime=1715261728123"));
    let none = bbbkit_uniffi::Created {
        attendee_pw: None,
        ..created
    };
    assert!(none.to_string().contains("attendeePw=null"), "{none}");
}
