//! The peak memory of a typed parse, for `tools/bench/peak-memory.sh`: reads a file and does
//! one thing with it, so that `/usr/bin/time -v`'s maximum resident set of each mode, minus that
//! of `read`, is what the parse costs on top of holding the answer.
//!
//! ```sh
//! tools/bench/gen-recordings.py 50 > /tmp/recordings.xml
//! cargo build --release -p bbbkit --example peak_memory
//! /usr/bin/time -v target/release/examples/peak_memory typed /tmp/recordings.xml
//! ```
//!
//! Modes: `read` (the baseline: the bytes only), `typed` (`parse_recordings`), `json` (the
//! answer's JSON text written straight from the typed answer, `write_answer_json`, as the C
//! ABI's `bbbkit_parse_answer` makes it), `value` (the same through `parse_answer_json`'s
//! `serde_json::Value`), `generic` (`parse_response`, the element tree).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Counts the bytes allocated, so that the output can tell the tree from the typed answer: the
/// heap's peak and what the answer keeps once the parse is done (the resident set does not
/// shrink when the tree is freed).
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
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
            let now = NOW.fetch_add(new_size, Relaxed) + new_size;
            PEAK.fetch_max(now, Relaxed);
            NOW.fetch_sub(layout.size(), Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The heap's peak and current size since `base` (the input's bytes), in MB.
fn heap(base: usize) -> String {
    let mb = |b: usize| b.saturating_sub(base) as f64 / 1e6;
    format!(
        "heap above the input: peak {:.1} MB, kept {:.1} MB",
        mb(PEAK.load(Relaxed)),
        mb(NOW.load(Relaxed))
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, mode, path] = &args[..] else {
        eprintln!("usage: peak_memory read|typed|json|value|generic FILE");
        std::process::exit(2);
    };
    let input = std::fs::read(path).expect("the answer file");
    let base = NOW.load(Relaxed);
    PEAK.store(base, Relaxed);
    let opts = bbbkit::ParseOptions::default().max_size(usize::MAX);
    match mode.as_str() {
        "read" => {
            black_box(&input);
        }
        "typed" => {
            let r = opts
                .parse_recordings(&input)
                .expect("a getRecordings answer");
            eprintln!("{} recordings; {}", r.recordings.len(), heap(base));
            black_box(&r);
        }
        "json" => {
            let mut json = Vec::new();
            bbbkit::answers::write_answer_json(
                bbbkit::AnswerKind::Recordings,
                &input,
                &opts,
                &mut json,
            )
            .expect("a getRecordings answer");
            eprintln!("{} bytes of JSON; {}", json.len(), heap(base));
            black_box(&json);
        }
        "value" => {
            let json = bbbkit::parse_answer_json(bbbkit::AnswerKind::Recordings, &input, &opts)
                .expect("a getRecordings answer")
                .to_string();
            eprintln!("{} bytes of JSON; {}", json.len(), heap(base));
            black_box(&json);
        }
        "generic" => {
            let r = opts.parse_response(&input).expect("an answer");
            eprintln!(
                "{} elements at the top; {}",
                r.root.children.len(),
                heap(base)
            );
            black_box(&r);
        }
        other => {
            eprintln!("unknown mode {other}");
            std::process::exit(2);
        }
    }
}
