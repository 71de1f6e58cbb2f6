//! The bench's calls in a plain loop, for instruction counts under callgrind, where the
//! difference of two runs is exact and repeatable on a loaded machine:
//!
//! ```sh
//! cargo build --release -p bbbkit --example hot_loop
//! for n in 1000 11000; do
//!     valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!         target/release/examples/hot_loop join_url $n 2>&1 | grep refs
//! done   # (second - first) / 10000 = instructions per call
//! ```
//!
//! Calls: `hash` (the bare SHA-256 of the same bytes), `join_url`, `join_url_avatar`, `verify`,
//! `parse`. Under valgrind SHA-256 runs in software (~10,000 instructions for this query),
//! so the counts weigh the hash more than the CPU does; the rest is what bbbkit adds.
//!
//! `compare [ROUNDS]` times the contenders on the CPU instead, interleaved: each round runs
//! 200 calls of each in turn, and each contender's best round counts, which filters out other
//! processes on a busy machine. It first checks that the bare hash is the join URL's checksum.
//!
//! ```sh
//! cargo run --release -p bbbkit --example hot_loop -- compare 3000
//! ```

use std::hint::black_box;

use bbbkit::{parse_join_response, JoinRequest, Role, Server};
use sha2::{Digest, Sha256};

const SECRET: &str = "8cd8ef52e8e101574e400365b55e11a6";

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "join_url".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let server = Server::new("https://bbb.example.com/bigbluebutton/api/", SECRET).unwrap();
    let req = JoinRequest::new("physics-101-2026", "Marie Skłodowska Curie", Role::Viewer)
        .create_time(1715261728123)
        .user_id("moodle-user-48213")
        .redirect(false);
    let req_url = req
        .clone()
        .avatar_url("https://lms.example.com/pluginfile.php/48213/user/icon/f1.png");
    let url = server.join_url(&req).unwrap();
    let query = url.split_once('?').unwrap().1.to_owned();
    let signed = query.rsplit_once("&checksum=").unwrap().0.to_owned();
    let xml = include_bytes!("../../tests/fixtures/join_success_3.0.xml");
    let bare = || {
        let mut h = Sha256::new();
        h.update(b"join");
        h.update(black_box(signed.as_bytes()));
        h.update(SECRET.as_bytes());
        h.finalize()
    };
    if what == "compare" {
        let hex: String = bare().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            url.rsplit_once("&checksum=").unwrap().1,
            hex,
            "outputs differ"
        );
        assert_eq!(server.verify("join", &query).unwrap().query(), signed);
        let calls: [(&str, &dyn Fn()); 5] = [
            ("bare SHA-256 of the same bytes", &|| {
                black_box(bare());
            }),
            ("join_url, 6 parameters", &|| {
                drop(black_box(server.join_url(black_box(&req)).unwrap()))
            }),
            ("join_url, + avatarURL", &|| {
                drop(black_box(server.join_url(black_box(&req_url)).unwrap()))
            }),
            ("verify", &|| {
                drop(black_box(server.verify("join", black_box(&query)).unwrap()))
            }),
            ("parse_join_response", &|| {
                drop(black_box(parse_join_response(black_box(xml)).unwrap()))
            }),
        ];
        let mut best = [f64::INFINITY; 5];
        for _ in 0..n {
            for (i, (_, f)) in calls.iter().enumerate() {
                let start = std::time::Instant::now();
                for _ in 0..200 {
                    f();
                }
                best[i] = best[i].min(start.elapsed().as_nanos() as f64 / 200.0);
            }
        }
        for (i, (name, _)) in calls.iter().enumerate() {
            println!(
                "{name:32} {:8.1} ns  {:5.2}x the bare hash",
                best[i],
                best[i] / best[0]
            );
        }
        return;
    }
    for _ in 0..n {
        match what.as_str() {
            "hash" => {
                let mut h = Sha256::new();
                h.update(b"join");
                h.update(black_box(signed.as_bytes()));
                h.update(SECRET.as_bytes());
                black_box(h.finalize());
            }
            "join_url" => drop(black_box(server.join_url(black_box(&req)).unwrap())),
            "join_url_avatar" => drop(black_box(server.join_url(black_box(&req_url)).unwrap())),
            "verify" => drop(black_box(server.verify("join", black_box(&query)).unwrap())),
            "parse" => drop(black_box(parse_join_response(black_box(xml)).unwrap())),
            other => panic!("unknown call {other}"),
        }
    }
}
