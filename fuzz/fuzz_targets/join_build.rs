#![no_main]
//! Join building from arbitrary values: either an error naming a parameter, or a URL that
//! verifies and whose query decodes back to exactly the input.
use bbbkit::{JoinRequest, Role, Server};
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    meeting_id: String,
    full_name: String,
    moderator: bool,
    user_id: Option<String>,
    create_time: Option<i64>,
    guest: bool,
    logout_url: Option<String>,
    userdata: Vec<(String, String)>,
    extra: Vec<(String, String)>,
}

fuzz_target!(|input: Input| {
    let server = Server::new("https://bbb.example.com/bigbluebutton/api/", "fuzz-secret").unwrap();
    let role = if input.moderator { Role::Moderator } else { Role::Viewer };
    let mut req = JoinRequest::new(input.meeting_id.clone(), input.full_name.clone(), role);
    req.user_id = input.user_id.clone();
    req.create_time = input.create_time;
    req.guest = input.guest;
    req.logout_url = input.logout_url.clone();
    req.userdata = input.userdata.clone();
    req.extra = input.extra.clone();
    match server.join_url(&req) {
        Err(bbbkit::Error::InvalidParameter(e)) => assert!(!e.parameter().is_empty() || e.rule().code() == "empty"),
        Err(e) => panic!("unexpected error kind: {e}"),
        Ok(url) => {
            let verified = server.verify_url(&url).expect("a URL bbbkit signed verifies");
            let params = verified.params();
            assert_eq!(params[0], ("meetingID".to_string(), input.meeting_id));
            assert_eq!(params[1], ("fullName".to_string(), input.full_name));
            if let Some(u) = input.user_id {
                assert!(params.contains(&("userID".to_string(), u)));
            }
            if input.guest {
                assert!(params.contains(&("guest".to_string(), "true".to_string())));
            } else {
                assert!(!params.iter().any(|(k, _)| k == "guest"));
            }
            for (k, v) in input.userdata {
                assert!(params.contains(&(format!("userdata-{k}"), v)));
            }
            for (k, v) in input.extra {
                assert!(params.contains(&(k, v)));
            }
            let query = url.split_once('?').unwrap().1;
            let decoded: Vec<(String, String)> =
                form_urlencoded::parse(query.as_bytes()).into_owned().collect();
            assert_eq!(decoded[..decoded.len() - 1], params[..]);
        }
    }
});
