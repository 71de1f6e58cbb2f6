//! Criterion benchmarks: the bare hash of the same bytes is the baseline that `join_url` and
//! `verify` are measured against. Run: `cargo bench -p bbbkit --bench core`.

use std::hint::black_box;

use bbbkit::{parse_join_response, JoinRequest, Role, Server};
use criterion::{criterion_group, criterion_main, Criterion};
use sha2::{Digest, Sha256};

const SECRET: &str = "8cd8ef52e8e101574e400365b55e11a6";

/// A typical 6-parameter join: what an LMS sends for a student.
fn request() -> JoinRequest {
    JoinRequest::new("physics-101-2026", "Marie Skłodowska Curie", Role::Viewer)
        .create_time(1715261728123)
        .user_id("moodle-user-48213")
        .redirect(false)
}

/// The same with a URL parameter, which is parsed (url crate) to be checked.
fn request_with_url() -> JoinRequest {
    request().avatar_url("https://lms.example.com/pluginfile.php/48213/user/icon/f1.png")
}

fn benches(c: &mut Criterion) {
    let server = Server::new("https://bbb.example.com/bigbluebutton/api/", SECRET).unwrap();
    let req = request();
    let url = server.join_url(&req).unwrap();
    let query = url.split_once('?').unwrap().1.to_owned();
    let signed = query.rsplit_once("&checksum=").unwrap().0.to_owned();
    let xml = include_bytes!("../../tests/fixtures/join_success_3.0.xml");

    let mut g = c.benchmark_group("join");
    g.bench_function("bare_sha256_of_the_same_bytes", |b| {
        b.iter(|| {
            let mut h = Sha256::new();
            h.update(b"join");
            h.update(black_box(signed.as_bytes()));
            h.update(SECRET.as_bytes());
            black_box(h.finalize())
        })
    });
    g.bench_function("join_url_6_params", |b| {
        b.iter(|| black_box(server.join_url(black_box(&req)).unwrap()))
    });
    let req_url = request_with_url();
    g.bench_function("join_url_7_params_with_avatar_url", |b| {
        b.iter(|| black_box(server.join_url(black_box(&req_url)).unwrap()))
    });
    g.bench_function("verify", |b| {
        b.iter(|| black_box(server.verify("join", black_box(&query)).unwrap()))
    });
    g.finish();

    c.bench_function("parse_join_response", |b| {
        b.iter(|| black_box(parse_join_response(black_box(xml)).unwrap()))
    });
}

criterion_group!(name = core; config = Criterion::default(); targets = benches);
criterion_main!(core);
