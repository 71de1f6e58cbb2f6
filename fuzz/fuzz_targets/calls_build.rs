#![no_main]
//! Any declared call built by name from arbitrary parameters: either an error naming a
//! parameter, or a prepared request whose URL verifies, whose parameter names were all asked
//! for, and whose body (when there is one) is well-formed XML.
use arbitrary::Arbitrary;
use bbbkit::{ApiRequest, Server};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    call: u8,
    /// (index into the call's declared names, or any name; value)
    params: Vec<(Result<u8, String>, String)>,
}

fuzz_target!(|input: Input| {
    let server = Server::new("https://bbb.example.com/bigbluebutton/api/", "fuzz-secret").unwrap();
    let call = ApiRequest::CALLS[input.call as usize % ApiRequest::CALLS.len()];
    let declared = ApiRequest::parameters_of(call).unwrap();
    let mut req = ApiRequest::new(call).unwrap();
    for (name, value) in &input.params {
        let name = match name {
            Ok(i) if !declared.is_empty() => {
                let p = &declared[*i as usize % declared.len()];
                if p.name == "meta_" {
                    format!("meta_{}", value.chars().take(3).collect::<String>())
                } else {
                    p.name.to_owned()
                }
            }
            Ok(_) => continue,
            Err(n) => n.clone(),
        };
        if req.set(&name, value).is_err() {
            return;
        }
    }
    match server.prepare_request(&req) {
        Err(bbbkit::Error::InvalidParameter(e)) => {
            assert!(!e.parameter().is_empty() || e.rule().code() == "empty")
        }
        Err(e) => panic!("unexpected error kind: {e}"),
        Ok(p) => {
            let verified = server.verify_url(&p.url).expect("a URL bbbkit signed verifies");
            assert_eq!(verified.call(), call);
            for (k, _) in verified.params() {
                // Every sent name is declared, a meta_ pair, or an extra name from the input.
                assert!(
                    declared.iter().any(|d| d.name == k)
                        || k.starts_with("meta_")
                        || input.params.iter().any(|(n, _)| n.as_ref().err() == Some(&k)),
                    "{k} was not asked for"
                );
            }
            if let Some(body) = p.body {
                let mut reader = quick_xml::Reader::from_reader(&body[..]);
                let mut buf = Vec::new();
                loop {
                    match reader.read_event_into(&mut buf) {
                        Ok(quick_xml::events::Event::Eof) => break,
                        Ok(_) => buf.clear(),
                        Err(e) => panic!("the body is not XML: {e}"),
                    }
                }
            }
        }
    }
});
