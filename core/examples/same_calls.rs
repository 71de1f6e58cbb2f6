//! The core's side of the Swift bench (`bindings/swift/bench.sh`): the same calls on the same
//! inputs as `bindings/swift/Benchmarks/BbbKitBench`, timed the same way, so the two can be
//! compared and their outputs checked equal.
//!
//! ```sh
//! cargo run --release -p bbbkit --example same_calls -- ROUNDS meeting_info.xml...
//! ```
//!
//! Each round runs 200 calls of each contender in turn; each call's best round counts (ns per
//! call). It prints the join URL and, for each answer, its attendee count, then the timings:
//! `join_url NS` and `parse_meeting_info FILE NS`.

use std::hint::black_box;
use std::time::Instant;

use bbbkit::{parse_meeting_info, JoinRequest, Role, Server};

const SECRET: &str = "8cd8ef52e8e101574e400365b55e11a6";
const CALLS: u32 = 200;

fn best_of(rounds: usize, f: &dyn Fn()) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let start = Instant::now();
        for _ in 0..CALLS {
            f();
        }
        best = best.min(start.elapsed().as_nanos() as f64 / f64::from(CALLS));
    }
    best
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let files: Vec<String> = args.collect();
    let server = Server::new("https://bbb.example.com/bigbluebutton/", SECRET).unwrap();
    let req = JoinRequest::new("physics-101-2026", "Marie Skłodowska Curie", Role::Viewer)
        .create_time(1715261728123)
        .user_id("moodle-user-48213")
        .redirect(false);
    println!("url {}", server.join_url(&req).unwrap());
    let bodies: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|f| {
            (
                f.rsplit('/').next().unwrap().to_owned(),
                std::fs::read(f).unwrap(),
            )
        })
        .collect();
    for (name, body) in &bodies {
        println!(
            "attendees {name} {}",
            parse_meeting_info(body).unwrap().attendees.len()
        );
    }
    let join = best_of(rounds, &|| {
        drop(black_box(server.join_url(black_box(&req)).unwrap()))
    });
    println!("join_url {join:.1}");
    for (name, body) in &bodies {
        let parse = best_of(rounds, &|| {
            drop(black_box(parse_meeting_info(black_box(body)).unwrap()))
        });
        println!("parse_meeting_info {name} {parse:.1}");
    }
}
