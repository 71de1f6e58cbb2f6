//! The call records drop nothing: every field of every kind reaches the core and comes back.

use std::collections::HashMap;

use bbbkit_uniffi::{
    api_call_names, api_parameters, BbbError, BreakoutGroup, CreateRequest, Document,
    DocumentSource, Feature, GetRecordingsRequest, HttpMethod, PutRecordingTextTrackRequest,
    QueryParam, RecordingState, Server, TextTrackKind,
};

const SECRET: &str = "8cd8ef52e8e101574e400365b55e11a6";

fn server() -> std::sync::Arc<Server> {
    Server::new("https://bbb.example.com".into(), SECRET.into(), None).unwrap()
}

/// A `create` with a value of every kind, from the core's string channel.
fn core_create() -> bbbkit::CreateRequest {
    bbbkit::CreateRequest::from_params([
        ("meetingID", "cs101"),
        ("name", "CS 101"),
        ("attendeePW", "ap"),
        ("moderatorPW", "mp"),
        ("voiceBridge", "01234"),
        ("record", "true"),
        ("duration", "90"),
        ("meta_a-origin", "Moodle"),
        ("meta_b", ""),
        ("isBreakout", "true"),
        ("parentMeetingID", "p-1"),
        ("sequence", "2"),
        ("guestPolicy", "ask_moderator"),
        ("meetingLayout", "video_focus"),
        (
            "groups",
            r#"[{"id": "g1", "name": "A", "roster": ["u-1"]}, {"id": "g2"}]"#,
        ),
        ("disabledFeatures", "polls,newer:whiteboardAi"),
        ("disabledFeaturesExclude", "chat"),
        (
            "pluginManifests",
            r#"[{"url": "https://p.example.com/m.json", "checksum": "abc"}]"#,
        ),
        (
            "document",
            r#"[{"url": "https://f.example.com/a.pdf", "current": true}, {"content": "SGk=", "filename": "hi.txt", "removable": false}]"#,
        ),
        ("clientSettingsOverride", r#"{"public": {}}"#),
        ("plugin_pick", "on"),
    ])
    .unwrap()
}

#[test]
fn every_create_field_survives_the_round_trip() {
    let core = core_create();
    let ours = CreateRequest::from(core.clone());
    assert_eq!(ours.meta.get("b").map(String::as_str), Some(""));
    assert_eq!(
        ours.disabled_features,
        [
            Feature::Polls,
            Feature::Newer {
                name: "whiteboardAi".into()
            }
        ]
    );
    assert_eq!(
        ours.groups[1],
        BreakoutGroup {
            id: "g2".into(),
            name: None,
            roster: vec![]
        }
    );
    assert_eq!(
        ours.documents[1].source,
        DocumentSource::Content {
            bytes: b"Hi".to_vec()
        }
    );
    assert_eq!(ours.extra, [QueryParam::new("plugin_pick", "on")]);
    assert_eq!(bbbkit::CreateRequest::from(ours.clone()), core);

    let srv = server();
    let want = bbbkit::Server::new("https://bbb.example.com", SECRET)
        .unwrap()
        .prepare(&core)
        .unwrap();
    let got = srv.prepare_create(ours.clone()).unwrap();
    assert_eq!(
        (got.method, got.url.as_str()),
        (HttpMethod::Post, want.url.as_str())
    );
    assert_eq!(got.body, want.body);
    assert_eq!(got.content_type.as_deref(), Some("application/xml"));
    assert_eq!(srv.create_url(ours).unwrap(), want.url);
}

#[test]
fn meta_is_sent_in_key_order() {
    let mut meta = HashMap::new();
    for (k, v) in [("zeta", "1"), ("alpha", "2"), ("mid", "3")] {
        meta.insert(k.to_owned(), v.to_owned());
    }
    let req = GetRecordingsRequest {
        meta,
        state: vec![RecordingState::Published],
        ..GetRecordingsRequest::from(bbbkit::GetRecordingsRequest::new())
    };
    let url = server().get_recordings_url(req).unwrap();
    assert!(
        url.contains("state=published&meta_alpha=2&meta_mid=3&meta_zeta=1&checksum="),
        "{url}"
    );
}

#[test]
fn every_core_feature_has_its_variant() {
    let mut seen = Vec::new();
    for &f in bbbkit::Feature::ALL {
        let ours = Feature::from(bbbkit::FeatureName::Known(f));
        assert!(!matches!(ours, Feature::Newer { .. }), "{f:?}");
        assert_eq!(ours.to_string(), f.as_str());
        assert_eq!(
            bbbkit::FeatureName::from(ours.clone()),
            bbbkit::FeatureName::Known(f)
        );
        assert!(!seen.contains(&ours));
        seen.push(ours);
    }
}

#[test]
fn documents_keep_the_core_defaults() {
    let core = bbbkit::Document::url("https://f.example.com/a.pdf");
    let ours = Document::from(core.clone());
    assert!(!ours.current && !ours.downloadable && ours.removable);
    assert_eq!(bbbkit::Document::from(ours), core);
    let inline = bbbkit::Document::content("a.txt", b"x".to_vec());
    assert_eq!(
        bbbkit::Document::from(Document::from(inline.clone())),
        inline
    );
}

#[test]
fn uploads_name_their_file_field() {
    let req = PutRecordingTextTrackRequest {
        kind: Some(TextTrackKind::Captions),
        ..bbbkit::PutRecordingTextTrackRequest::new("r1", bbbkit::TextTrackKind::Subtitles, "en")
            .into()
    };
    let p = server().prepare_put_recording_text_track(req).unwrap();
    assert_eq!(p.method, HttpMethod::Post);
    assert!(p.url.contains("kind=captions"), "{}", p.url);
    assert_eq!(
        (p.body, p.content_type.as_deref(), p.file_field.as_deref()),
        (None, Some("multipart/form-data"), Some("file"))
    );
}

#[test]
fn by_name_is_the_core_by_name() {
    let p = server()
        .prepare_by_name(
            "publishRecordings".into(),
            vec![
                QueryParam::new("recordID", "r1,r2"),
                QueryParam::new("publish", "false"),
            ],
            vec![QueryParam::new("newerFlag", "on")],
        )
        .unwrap();
    assert!(p
        .url
        .contains("publishRecordings?recordID=r1%2Cr2&publish=false&newerFlag=on&checksum="));
    // An extra parameter is never read as a declared one.
    let err = server()
        .prepare_by_name(
            "end".into(),
            vec![QueryParam::new("meetingID", "cs101")],
            vec![QueryParam::new("MeetingID", "other")],
        )
        .unwrap_err();
    assert!(
        matches!(&err, BbbError::InvalidParameter { parameter, rule, .. } if parameter == "MeetingID" && rule == "reserved"),
        "{err:?}"
    );
    let err = server()
        .prepare_by_name("getMeeting".into(), vec![], vec![])
        .unwrap_err();
    assert!(
        matches!(&err, BbbError::InvalidParameter { parameter, rule, .. } if parameter == "call" && rule == "one_of"),
        "{err:?}"
    );
}

#[test]
fn parameters_are_the_core_declaration() {
    let names = api_call_names();
    assert_eq!(names, bbbkit::ApiRequest::CALLS);
    for call in &names {
        let ours = api_parameters(call.clone()).unwrap();
        let core = bbbkit::ApiRequest::parameters_of(call).unwrap();
        assert_eq!(
            ours.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            core.iter().map(|p| p.name).collect::<Vec<_>>()
        );
    }
}
