//! The declared calls: names, fields and request shapes that front ends rely on.

use bbbkit::{
    ApiRequest, CreateRequest, Document, Feature, FeatureName, GetRecordingsRequest, Method,
    ParamType, Rule, Server,
};

/// `meetingID` → `meeting_id`, `attendeePW` → `attendee_pw`, `logoutURL` → `logout_url`.
fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_ascii_uppercase();
            if i > 0 && (prev_lower || (prev_upper && next_lower)) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_field_is_the_snake_case_of_its_bbb_name() {
    for call in ApiRequest::CALLS {
        for p in ApiRequest::parameters_of(call).unwrap() {
            if p.ty == ParamType::Meta {
                // A prefix kind: the field is the prefix without its separator.
                assert_eq!(p.field, p.name.trim_end_matches(['_', '-']), "{call}");
                assert!(
                    p.name == "meta_" || (*call == "join" && p.name == "userdata-"),
                    "{call}"
                );
            } else if p.in_body && p.name == "document" {
                assert_eq!(p.field, "documents", "{call}");
            } else {
                assert_eq!(p.field, snake(p.name), "{call} {}", p.name);
            }
        }
    }
}

#[test]
fn every_call_is_declared_once_and_built_by_name() {
    assert_eq!(ApiRequest::CALLS[0], "join");
    for (i, call) in ApiRequest::CALLS.iter().enumerate() {
        assert!(!ApiRequest::CALLS[..i].contains(call), "{call} twice");
        assert_eq!(ApiRequest::new(call).unwrap().call(), *call);
    }
    let err = ApiRequest::new("getMeeting").unwrap_err();
    assert_eq!((err.parameter(), err.rule().code()), ("call", "one_of"));
}

#[test]
fn required_parameters_are_marked_and_enforced() {
    let server = Server::new("https://bbb.example.com", "secret").unwrap();
    for call in ApiRequest::CALLS {
        let required: Vec<&str> = ApiRequest::parameters_of(call)
            .unwrap()
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name)
            .collect();
        let empty = ApiRequest::new(call).unwrap();
        match (required.first(), server.prepare_request(&empty)) {
            (None, Ok(_)) => {}
            (Some(first), Err(bbbkit::Error::InvalidParameter(e))) => {
                assert_eq!(e.parameter(), *first, "{call}");
                assert!(
                    matches!(e.rule(), Rule::Required | Rule::RoleOrPassword),
                    "{call}: {e}"
                );
            }
            (want, got) => panic!("{call}: want {want:?} refused, got {got:?}"),
        }
    }
}

#[test]
fn requires_lists_every_parameter_a_row_needs() {
    let p = CreateRequest::parameter("isBreakout").unwrap();
    assert_eq!(p.requires_all, ["parentMeetingID", "sequence"]);
    assert_eq!(p.requires, Some("parentMeetingID"));
    assert!(p.only_when_true);
    assert_eq!(
        CreateRequest::parameter("attendeePW").unwrap().requires_all,
        ["moderatorPW"]
    );
    assert_eq!(
        GetRecordingsRequest::parameter("offset")
            .unwrap()
            .requires_all,
        ["limit"]
    );
}

#[test]
fn create_url_is_the_prepared_url_without_a_body() {
    let server = Server::new("https://bbb.example.com", "secret").unwrap();
    let req = CreateRequest::new("cs101", "CS 101").record(true);
    let p = server.prepare(&req).unwrap();
    assert_eq!(p.method, Method::Get);
    assert_eq!((p.body, p.content_type), (None, None));
    assert_eq!(p.url, server.create_url(&req).unwrap());
}

#[test]
fn a_document_is_not_a_query_parameter() {
    let server = Server::new("https://bbb.example.com", "secret").unwrap();
    let req = CreateRequest::new("cs101", "CS 101")
        .document(Document::url("https://f.example.com/a.pdf"));
    let p = server.prepare(&req).unwrap();
    assert_eq!(p.method, Method::Post);
    assert!(!p.url.contains("document"), "{}", p.url);
    assert!(CreateRequest::parameter("document").unwrap().in_body);
}

#[test]
fn inline_documents_are_not_dumped_by_debug() {
    let d = Document::content("big.pdf", vec![7u8; 4096]);
    let text = format!("{d:?}");
    assert!(text.contains("4096 bytes"), "{text}");
    assert!(text.len() < 300, "{text}");
}

#[test]
fn newer_features_go_through_the_escape_hatch_only() {
    let req = CreateRequest::new("cs101", "CS 101").disabled_features([
        FeatureName::from(Feature::Chat),
        FeatureName::Newer("whiteboardAi".into()),
    ]);
    assert!(req
        .to_query()
        .unwrap()
        .ends_with("&disabledFeatures=chat%2CwhiteboardAi"));
    let mut by_name = CreateRequest::new("cs101", "CS 101");
    assert!(by_name.set("disabledFeatures", "whiteboardAi").is_err());
    by_name
        .set("disabledFeatures", "chat,newer:whiteboardAi")
        .unwrap();
    assert_eq!(by_name.disabled_features, req.disabled_features);
}

#[test]
fn every_known_feature_parses_back_from_its_spelling() {
    for f in Feature::ALL {
        assert_eq!(f.as_str().parse::<Feature>().unwrap(), *f);
        assert_eq!(Feature::from_code(f.code()), Some(*f));
    }
}

#[test]
fn from_params_refuses_a_single_valued_parameter_given_twice() {
    let err =
        ApiRequest::from_params("end", [("meetingID", "a1"), ("meetingID", "b2")]).unwrap_err();
    assert_eq!(
        (err.parameter(), err.rule()),
        ("meetingID", Rule::Duplicate)
    );
    // Pairs that add (meta_, document) may repeat.
    let req = ApiRequest::from_params(
        "updateRecordings",
        [("recordID", "r1"), ("meta_a", "1"), ("meta_b", "2")],
    )
    .unwrap();
    assert_eq!(req.to_query().unwrap(), "recordID=r1&meta_a=1&meta_b=2");
    let err = ApiRequest::from_params("join", [("fullName", "A"), ("fullName", "B")]).unwrap_err();
    assert_eq!(err.rule(), Rule::Duplicate);
    assert!(ApiRequest::from_params("nope", [("a", "b")]).is_err());
}

#[test]
fn an_added_parameter_never_stands_for_a_declared_one() {
    // Set by name, `meetingID` is the declared parameter; added, it is an extra one that
    // would shadow it, refused when the query is written, as are a declared name in another
    // case, a declared prefix and `checksum`.
    let mut req = ApiRequest::from_params("end", [("meetingID", "cs101")]).unwrap();
    req.add_param("newerFlag", "on");
    assert_eq!(req.to_query().unwrap(), "meetingID=cs101&newerFlag=on");
    for (call, name) in [
        ("end", "meetingID"),
        ("end", "MEETINGID"),
        ("create", "meta_x"),
        ("create", "Meta_x"),
        ("join", "userdata-x"),
        ("end", "checksum"),
    ] {
        let mut req = ApiRequest::new(call).unwrap();
        for (k, v) in [
            ("meetingID", "cs101"),
            ("name", "CS 101"),
            ("fullName", "Ada"),
            ("role", "viewer"),
        ] {
            if ApiRequest::parameters_of(call)
                .unwrap()
                .iter()
                .any(|p| p.name == k)
            {
                req.set(k, v).unwrap();
            }
        }
        req.add_param(name, "x");
        let err = req.to_query().unwrap_err();
        assert_eq!(
            (err.parameter(), err.rule()),
            (name, Rule::Reserved),
            "{call} {name}"
        );
        let server =
            Server::new("https://bbb.example.com/bigbluebutton/api/", "s3cr3t-v4lue").unwrap();
        assert!(server.prepare_request(&req).is_err(), "{call} {name}");
    }
}

#[test]
fn every_call_has_a_doc() {
    for call in ApiRequest::CALLS {
        assert!(
            ApiRequest::doc_of(call).is_some_and(|d| d.ends_with('.')),
            "{call}"
        );
    }
}
