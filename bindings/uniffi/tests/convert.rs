//! The conversions drop nothing: every field reaches the core, every error keeps its codes.

use bbbkit_uniffi::{
    parse_create_response, parse_join_response, BbbError, ChecksumAlgorithm, GuestStatus,
    JoinRequest, Layout, QueryParam, Role, Server, Verifier,
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
    for (q, kind) in cases {
        assert_eq!(
            s.verify("end".into(), q.into()).unwrap_err().kind(),
            kind,
            "{q}"
        );
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
fn api_and_parse_errors_keep_their_codes() {
    let failed = b"<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>\
        <message>Checksums do not match</message></response>";
    match parse_join_response(failed.to_vec(), None).unwrap_err() {
        BbbError::Api {
            key,
            server_message,
            errors,
        } => {
            assert_eq!(key, "checksumError");
            assert_eq!(server_message, "Checksums do not match");
            assert_eq!(errors.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    let err = parse_create_response(b"<html/>".to_vec(), None).unwrap_err();
    assert!(
        matches!(&err, BbbError::Parse { code, .. } if code == "not_bbb"),
        "{err:?}"
    );
    let err = parse_join_response(vec![b' '; 100], Some(10)).unwrap_err();
    assert!(
        matches!(&err, BbbError::Parse { code, .. } if code == "too_large"),
        "{err:?}"
    );
}

#[test]
fn guest_status_keeps_unknown_values() {
    let xml = b"<response><returncode>SUCCESS</returncode><meeting_id>m</meeting_id>\
        <user_id>u</user_id><auth_token>a</auth_token><session_token>s</session_token>\
        <guestStatus>LATER</guestStatus><url>https://x/</url></response>";
    let joined = parse_join_response(xml.to_vec(), None).unwrap();
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
