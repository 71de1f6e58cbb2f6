//! The answer records keep what the core parsed, and their text keeps the passwords out.

use bbbkit_uniffi::{
    parse_delete_recordings, parse_hooks, parse_meeting_info, parse_meetings, parse_put_text_track,
    parse_recordings, ApiErrorKind, BbbError,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn meeting_info_keeps_attendees_metadata_and_breakout_rooms() {
    let body = fixture("get_meeting_info_full.xml");
    let core = bbbkit::parse_meeting_info(&body).unwrap();
    let ours = parse_meeting_info(body.into(), None, None).unwrap();
    assert_eq!(ours.meeting_id, core.meeting_id);
    assert_eq!(ours.attendees.len(), core.attendees.len());
    assert_eq!(ours.breakout_rooms, core.breakout_rooms);
    for (k, v) in &core.metadata {
        assert_eq!(ours.metadata.get(k), Some(v), "{k}");
    }
    for (a, c) in ours.attendees.iter().zip(&core.attendees) {
        assert_eq!(
            (&a.user_id, &a.full_name, a.is_presenter),
            (&c.user_id, &c.full_name, c.is_presenter)
        );
        assert_eq!(a.custom_data.len(), c.custom_data.len());
    }
}

#[test]
fn meeting_text_hides_the_passwords_only() {
    let xml =
        b"<response><returncode>SUCCESS</returncode><meetings><meeting><meetingID>m</meetingID>\
        <internalMeetingID>i</internalMeetingID><createTime>1</createTime>\
        <attendeePW>secret-ap</attendeePW></meeting></meetings></response>";
    let meetings = parse_meetings(xml.to_vec().into(), None, None).unwrap();
    let info = &meetings.meetings[0];
    assert_eq!(info.attendee_pw.as_deref(), Some("secret-ap"));
    for text in [info.to_string(), format!("{info:?}"), meetings.to_string()] {
        assert!(!text.contains("secret-ap"), "{text}");
        assert!(
            text.contains("attendeePw=[redacted], moderatorPw=null"),
            "{text}"
        );
        assert!(
            text.contains(
                "MeetingInfo(meetingName=null, meetingId=m, internalMeetingId=i, createTime=1,"
            ),
            "{text}"
        );
    }
}

#[test]
fn recordings_keep_formats_previews_and_pages() {
    let body = fixture("get_recordings_paginated.xml");
    let core = bbbkit::parse_recordings(&body).unwrap();
    let ours = parse_recordings(body.into(), None, None).unwrap();
    assert_eq!(ours.recordings.len(), core.recordings.len());
    let page = ours.pagination.expect("pagination");
    let want = core.pagination.unwrap();
    assert_eq!(
        (page.offset, page.limit, page.total_elements),
        (want.offset, want.limit, want.total_elements)
    );
    let body = fixture("get_recordings_presentation.xml");
    let core = bbbkit::parse_recordings(&body).unwrap();
    let ours = parse_recordings(body.into(), None, None).unwrap();
    let (p, c) = (
        &ours.recordings[0].playback[0],
        &core.recordings[0].playback[0],
    );
    assert_eq!(
        (&p.format_type, p.length, p.preview.len()),
        (&c.format_type, c.length, c.preview.len())
    );
    assert_eq!(p.preview[0].width, c.preview[0].width);
}

#[test]
fn failed_is_the_typed_api_error() {
    let err = parse_hooks(fixture("hooks_checksum_error.xml").into(), None, None).unwrap_err();
    assert!(
        matches!(
            &err,
            BbbError::Api {
                kind: ApiErrorKind::ChecksumError,
                ..
            }
        ),
        "{err:?}"
    );
    let err = parse_meeting_info(fixture("error_not_found.xml").into(), None, None).unwrap_err();
    assert!(
        matches!(
            &err,
            BbbError::Api {
                kind: ApiErrorKind::MeetingNotFound,
                ..
            }
        ),
        "{err:?}"
    );
    // The same key on a recording call: no recording has those IDs.
    let err = parse_delete_recordings(fixture("recordings_not_found.xml").into(), None, None)
        .unwrap_err();
    assert!(
        matches!(
            err,
            BbbError::Api {
                kind: ApiErrorKind::RecordingNotFound,
                ..
            }
        ),
        "{err:?}"
    );
    let body = br#"{"response":{"returncode":"FAILED","messageKey":"upload_text_track_failed","message":"m","recordId":"r-1"}}"#;
    match parse_put_text_track(body.to_vec().into(), None, None).unwrap_err() {
        BbbError::Api { details, .. } => {
            assert_eq!(details.get("recordId").map(String::as_str), Some("r-1"));
            assert_eq!(details.len(), 1);
        }
        other => panic!("{other:?}"),
    }
}
