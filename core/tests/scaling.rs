//! Linear in every input (issue 23): each operation is timed at n and 10·n items, and the time
//! may grow at most 15× (a quadratic step grows about 100×). A ratio of best-of-five measures
//! of equal length (10 runs at n against one at 10·n), not an absolute time, so a slow or busy
//! machine does not fail it.

use std::time::{Duration, Instant};

use bbbkit::{ApiRequest, JoinRequest, ParseOptions, Role, Server};

const SMALL: usize = 2_000;
const MAX_RATIO: f64 = 15.0;

fn best_of_five(f: &mut dyn FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Times `run` on `make(n)` and on `make(10·n)` (built untimed) and checks the ratio.
fn assert_linear<T>(what: &str, make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    assert_linear_at(what, SMALL, make, run);
}

/// As [`assert_linear`], from `small` items to 10 times as many: fast operations start higher,
/// so that both inputs are out of the processor's small caches and the ratio measures growth,
/// not a cache step.
fn assert_linear_at<T>(what: &str, small: usize, make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    // One measure at a time: the test harness runs this file's tests on parallel threads.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let large = small * 10;
    let (small_input, large_input) = (make(small), make(large));
    // Warm-up at both sizes: lazy statics, caches, and the allocator (glibc raises its mmap
    // threshold once a large block is freed; before that, every buffer over 128 KiB costs
    // fresh pages, a constant step, not a growth rate).
    run(&large_input);
    run(&small_input);
    // Up to three attempts: a busy machine can slow one measure down, a quadratic step (about
    // 100×) fails every attempt.
    let mut last = String::new();
    for _ in 0..3 {
        // The small input runs 10 times per measure, so that both measures last about as long
        // and a busy machine slows them alike.
        let t_small = best_of_five(&mut || (0..10).for_each(|_| run(&small_input))) / 10;
        let t_large = best_of_five(&mut || run(&large_input));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        if ratio <= MAX_RATIO {
            return;
        }
        last = format!(
            "{what}: {large} items took {t_large:?}, {small} took {t_small:?}: {ratio:.1}× for 10× the input"
        );
    }
    panic!("{last}");
}

fn server() -> Server {
    Server::new(
        "https://bbb.example.com/bigbluebutton/api/",
        "scaling-secret",
    )
    .unwrap()
}

fn pairs(prefix: &str, n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| (format!("{prefix}{i}"), format!("value {i}")))
        .collect()
}

#[test]
fn join_is_linear_in_userdata_and_extra_parameters() {
    let s = server();
    let base = || JoinRequest::new("room", "Ada", Role::Viewer);
    assert_linear(
        "join_url with n userdata",
        |n| {
            let mut r = base();
            r.userdata = pairs("key", n);
            r
        },
        |r| {
            s.join_url(r).unwrap();
        },
    );
    assert_linear(
        "join_url with n extra parameters",
        |n| {
            let mut r = base();
            r.extra = pairs("x", n);
            r
        },
        |r| {
            s.join_url(r).unwrap();
        },
    );
    assert_linear(
        "JoinRequest::from_params with n userdata",
        |n| pairs("userdata-k", n),
        |p| {
            let mut r = base();
            for (k, v) in p {
                r.set(k, v).unwrap();
            }
            s.join_url(&r).unwrap();
        },
    );
}

#[test]
fn every_call_is_linear_in_its_parameters() {
    let s = server();
    assert_linear_at(
        "api_url with n parameters",
        20_000,
        |n| pairs("p", n),
        |p| {
            s.api_url("getMeetings", p.iter().map(|(k, v)| (k, v)))
                .unwrap();
        },
    );
    assert_linear(
        "create with n meta_ parameters, by name",
        |n| pairs("meta_k", n),
        |p| {
            let mut r = ApiRequest::new("create").unwrap();
            r.set("meetingID", "room").unwrap();
            r.set("name", "Room").unwrap();
            for (k, v) in p {
                r.set(k, v).unwrap();
            }
            s.prepare_request(&r).unwrap();
        },
    );
    assert_linear(
        "create with n extra parameters, by name",
        |n| pairs("x", n),
        |p| {
            let mut r = ApiRequest::new("create").unwrap();
            r.set("meetingID", "room").unwrap();
            r.set("name", "Room").unwrap();
            for (k, v) in p {
                r.set(k, v).unwrap();
            }
            s.prepare_request(&r).unwrap();
        },
    );
    assert_linear(
        "getRecordings with n recordIDs",
        |n| {
            (0..n)
                .map(|i| format!("rec-{i}"))
                .collect::<Vec<_>>()
                .join(",")
        },
        |ids| {
            let mut r = ApiRequest::new("getRecordings").unwrap();
            r.set("recordID", ids).unwrap();
            s.prepare_request(&r).unwrap();
        },
    );
}

#[test]
fn verify_is_linear_in_the_parameters() {
    let s = server();
    assert_linear_at(
        "verify with n parameters",
        20_000,
        |n| {
            let url = s.api_url("getMeetings", pairs("p", n)).unwrap();
            url.split_once('?').unwrap().1.to_owned()
        },
        |q| {
            s.verify("getMeetings", q).unwrap();
        },
    );
}

#[test]
fn parsing_is_linear_in_the_items() {
    let opts = ParseOptions::default();
    let answer = |items: String| {
        format!(
            "<response><returncode>SUCCESS</returncode><meetingID>m</meetingID>\
             <internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>{items}</response>"
        )
        .into_bytes()
    };
    assert_linear(
        "getMeetingInfo with n attendees",
        |n| {
            let a: String = (0..n)
                .map(|i| format!("<attendee><userID>u{i}</userID><fullName>U {i}</fullName><role>VIEWER</role></attendee>"))
                .collect();
            answer(format!("<attendees>{a}</attendees>"))
        },
        |xml| {
            opts.parse_meeting_info(xml).unwrap();
        },
    );
    assert_linear(
        "getMeetingInfo with n metadata entries",
        |n| {
            let m: String = (0..n).map(|i| format!("<k{i}>v</k{i}>")).collect();
            answer(format!("<metadata>{m}</metadata>"))
        },
        |xml| {
            opts.parse_meeting_info(xml).unwrap();
        },
    );
    assert_linear(
        "getRecordings with n recordings",
        |n| {
            let r: String = (0..n)
                .map(|i| format!("<recording><recordID>r{i}</recordID><meetingID>m</meetingID><published>true</published><metadata><a>1</a></metadata></recording>"))
                .collect();
            format!(
                "<response><returncode>SUCCESS</returncode><recordings>{r}</recordings></response>"
            )
            .into_bytes()
        },
        |xml| {
            opts.parse_recordings(xml).unwrap();
        },
    );
    assert_linear(
        "an element with n attributes",
        |n| {
            let a: String = (0..n).map(|i| format!(" a{i}=\"{i}\"")).collect();
            format!("<response><returncode>SUCCESS</returncode><x{a}/></response>").into_bytes()
        },
        |xml| {
            opts.parse_response(xml).unwrap();
        },
    );
    assert_linear(
        "a response with n top-level elements",
        |n| {
            let e: String = (0..n).map(|i| format!("<e{i}>{i}</e{i}>")).collect();
            format!("<response><returncode>SUCCESS</returncode>{e}</response>").into_bytes()
        },
        |xml| {
            opts.parse_response(xml).unwrap();
        },
    );
}
