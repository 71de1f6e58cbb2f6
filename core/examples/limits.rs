//! What raising each resource limit costs, measured for SECURITY.md: time (best of 3) and the
//! heap's peak (a counting allocator) of the work each limit bounds, at a few sizes up to and
//! past the default. Bounded: the largest input is 64 MB, the run takes a few seconds.
//!
//! ```sh
//! cargo run --release -p bbbkit --example limits
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            PEAK.fetch_max(
                NOW.fetch_add(layout.size(), Relaxed) + layout.size(),
                Relaxed,
            );
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            PEAK.fetch_max(NOW.fetch_add(new_size, Relaxed) + new_size, Relaxed);
            NOW.fetch_sub(layout.size(), Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` three times: the best time, and the heap's peak above what was allocated before.
fn measure<T>(mut f: impl FnMut() -> T) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut peak = 0;
    for _ in 0..3 {
        let base = NOW.load(Relaxed);
        PEAK.store(base, Relaxed);
        let t = Instant::now();
        black_box(f());
        best = best.min(t.elapsed());
        peak = peak.max(PEAK.load(Relaxed) - base);
    }
    (best, peak)
}

/// A getRecordings answer of about `bytes` bytes (as tools/bench/gen-recordings.py writes).
fn recordings(bytes: usize) -> Vec<u8> {
    let mut out = String::from("<response><returncode>SUCCESS</returncode><recordings>\n");
    let mut i = 0usize;
    while out.len() < bytes {
        let rid = format!("{i:040x}-17180{i:08}");
        let mut formats = String::new();
        for fmt in ["presentation", "video"] {
            let images: String = (1..=3)
                .map(|n| format!("<image width=\"176\" height=\"136\" alt=\"Slide {n} &amp; notes\">https://bbb.example.com/{fmt}/{rid}/thumbnails/thumb-{n}.png</image>"))
                .collect();
            formats.push_str(&format!(
                "<format><type>{fmt}</type><url>https://bbb.example.com/playback/{fmt}/2.3/{rid}</url>\
                 <processingTime>91000</processingTime><length>60</length><size>9043000</size>\
                 <preview><images>{images}</images></preview></format>"
            ));
        }
        out.push_str(&format!(
            "<recording><recordID>{rid}</recordID><meetingID>course-{m}</meetingID>\
             <internalMeetingID>{rid}</internalMeetingID><name>Course {m} &#8211; session {i}</name>\
             <isBreakout>false</isBreakout><published>true</published><state>published</state>\
             <startTime>1718000000000</startTime><endTime>1718003600000</endTime>\
             <participants>12</participants><rawSize>48211000</rawSize><metadata>\
             <isBreakout>false</isBreakout><meetingName>Course {m}</meetingName>\
             <meetingId>course-{m}</meetingId><bbb-origin>Moodle</bbb-origin>\
             <bbb-origin-version>4.3.2 (Build: 20240115)</bbb-origin-version>\
             <bbb-origin-server-name>moodle.example.edu</bbb-origin-server-name>\
             <bbb-context>Physics &lt;B&gt; {c}</bbb-context></metadata><size>9043000</size>\
             <playback>{formats}</playback><data></data></recording>\n",
            m = i % 997,
            c = i % 50
        ));
        i += 1;
    }
    out.push_str("</recordings></response>\n");
    out.into_bytes()
}

fn nested(levels: usize) -> Vec<u8> {
    let mut xml = b"<response><returncode>SUCCESS</returncode>".to_vec();
    xml.extend(std::iter::repeat_n(&b"<a>"[..], levels).flatten());
    xml.extend_from_slice(b"deep");
    xml.extend(std::iter::repeat_n(&b"</a>"[..], levels).flatten());
    xml.extend_from_slice(b"</response>");
    xml
}

/// A recording-ready token signed with `secret` (HS256), padded with an extra claim to about
/// `bytes` bytes.
fn token(secret: &str, bytes: usize) -> String {
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let pad = "x".repeat(bytes * 3 / 4);
    let head = b64(br#"{"alg":"HS256","typ":"JWT"}"#);
    let claims = b64(format!(r#"{{"meeting_id":"m","record_id":"r","pad":"{pad}"}}"#).as_bytes());
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{head}.{claims}").as_bytes());
    format!("{head}.{claims}.{}", b64(&mac.finalize().into_bytes()))
}

fn main() {
    const MB: f64 = 1e6;
    println!("| limit | input | time | per unit | heap peak | peak ÷ input |");
    println!("|---|---|---:|---:|---:|---:|");

    // The answer size limit (64 MiB by default): a typed and a generic parse.
    for mb in [1usize, 8, 64] {
        let input = recordings(mb * 1_000_000);
        let opts = bbbkit::ParseOptions::default().max_size(input.len());
        let n = input.len() as f64;
        let (t, peak) = measure(|| opts.parse_recordings(&input).unwrap());
        println!(
            "| answer size, typed (`parse_recordings`) | {:.0} MB | {:.0} ms | {:.1} ms/MB | {:.0} MB | {:.2}× |",
            n / MB, t.as_secs_f64() * 1e3, t.as_secs_f64() * 1e3 / (n / MB), peak as f64 / MB, peak as f64 / n
        );
        let (t, peak) = measure(|| opts.parse_response(&input).unwrap());
        println!(
            "| answer size, generic (`parse_response`) | {:.0} MB | {:.0} ms | {:.1} ms/MB | {:.0} MB | {:.2}× |",
            n / MB, t.as_secs_f64() * 1e3, t.as_secs_f64() * 1e3 / (n / MB), peak as f64 / MB, peak as f64 / n
        );
    }

    // The depth limit (32 by default): nested elements, with max_depth just enough.
    for levels in [32usize, 1_000, 10_000, 100_000] {
        let input = nested(levels);
        let opts = bbbkit::ParseOptions::default().max_depth(levels + 1);
        let (t, peak) = measure(|| opts.parse_response(&input).unwrap());
        println!(
            "| depth (`max_depth`) | {levels} levels ({} B) | {:.2} ms | {:.2} ms/1000 levels | {:.2} MB | {:.0} B/level |",
            input.len(), t.as_secs_f64() * 1e3, t.as_secs_f64() * 1e6 / levels as f64, peak as f64 / MB, peak as f64 / levels as f64
        );
    }

    // The callback size limit (1 MiB by default): a recording-ready token.
    let secret = "limits-secret";
    for kib in [1usize, 1024, 16 * 1024] {
        let body = token(secret, kib * 1024);
        let v = bbbkit::CallbackVerifier::new([secret])
            .unwrap()
            .max_size(body.len());
        let n = body.len() as f64;
        let (t, peak) = measure(|| v.recording_ready(body.as_bytes()).unwrap());
        println!(
            "| callback size (`max_size`) | {} KiB token | {:.2} ms | {:.1} ms/MB | {:.2} MB | {:.2}× |",
            kib, t.as_secs_f64() * 1e3, t.as_secs_f64() * 1e3 / (n / MB), peak as f64 / MB, peak as f64 / n
        );
    }

    // No limit on the number of parameters: verifying a query of n, a join with n userdata.
    let server = bbbkit::Server::new("https://bbb.example.com/bigbluebutton/api/", secret).unwrap();
    for n in [1_000usize, 100_000] {
        let params: Vec<(String, String)> = (0..n)
            .map(|i| (format!("p{i}"), format!("value {i}")))
            .collect();
        let url = server
            .api_url("getMeetings", params.iter().map(|(k, v)| (k, v)))
            .unwrap();
        let query = url.split_once('?').unwrap().1.to_owned();
        let (t, peak) = measure(|| server.verify("getMeetings", &query).unwrap());
        println!(
            "| parameters of a verified query (none) | {n} ({} B) | {:.2} ms | {:.2} ms/1000 | {:.2} MB | {:.2}× |",
            query.len(), t.as_secs_f64() * 1e3, t.as_secs_f64() * 1e6 / n as f64, peak as f64 / MB, peak as f64 / query.len() as f64
        );
        let mut join = bbbkit::JoinRequest::new("room", "Ada", bbbkit::Role::Viewer);
        join.userdata = params.clone();
        let (t, peak) = measure(|| server.join_url(&join).unwrap());
        println!(
            "| userdata of a join (none) | {n} | {:.2} ms | {:.2} ms/1000 | {:.2} MB | |",
            t.as_secs_f64() * 1e3,
            t.as_secs_f64() * 1e6 / n as f64,
            peak as f64 / MB
        );
    }
}
