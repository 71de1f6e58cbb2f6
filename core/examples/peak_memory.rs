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
//! answer's JSON text, as the C ABI's `bbbkit_parse_answer` makes it), `generic`
//! (`parse_response`, the element tree).

use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, mode, path] = &args[..] else {
        eprintln!("usage: peak_memory read|typed|json|generic FILE");
        std::process::exit(2);
    };
    let input = std::fs::read(path).expect("the answer file");
    let opts = bbbkit::ParseOptions::default().max_size(usize::MAX);
    match mode.as_str() {
        "read" => {
            black_box(&input);
        }
        "typed" => {
            let r = opts.parse_recordings(&input).expect("a getRecordings answer");
            eprintln!("{} recordings", r.recordings.len());
            black_box(&r);
        }
        "json" => {
            let json = bbbkit::parse_answer_json(bbbkit::AnswerKind::Recordings, &input, &opts)
                .expect("a getRecordings answer")
                .to_string();
            eprintln!("{} bytes of JSON", json.len());
            black_box(&json);
        }
        "generic" => {
            let r = opts.parse_response(&input).expect("an answer");
            eprintln!("{} elements at the top", r.root.children.len());
            black_box(&r);
        }
        other => {
            eprintln!("unknown mode {other}");
            std::process::exit(2);
        }
    }
}
