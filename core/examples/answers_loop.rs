//! The typed answers in a plain loop, for callgrind instruction counts (exact on a busy
//! machine) and, with `compare`, wall time: `parse_meeting_info` on getMeetingInfo with 2 and
//! 100 attendees, `parse_recordings` on 100 recordings with two formats and previews, and the
//! JSON form the C ABI returns for the 100 recordings (`json`). `scan_info2`, `scan_info100`
//! and `scan_recordings100` are quick-xml reading every event of the same bytes and doing
//! nothing with them: the floor. `compare [ROUNDS]` interleaves all of them (20 calls of each
//! in turn per round, each contender's best round counts) and prints each typed parse's ratio
//! to the scan of its bytes.
//!
//! `compare` also times the three typed parses with allocation made free (`…, arena` rows):
//! the same calls, their memory handed out from one region by moving a pointer and never freed
//! one by one ([`arena`]). The gap between a row and its arena row is what the answer's
//! allocations cost (its owned `String`s and lists): the most any allocation strategy could
//! save.
//!
//! ```sh
//! cargo build --release -p bbbkit --example answers_loop
//! for n in 10 110; do
//!     valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!         target/release/examples/answers_loop info100 $n 2>&1 | grep refs
//! done   # (second - first) / 100 = instructions per parse
//! ```

use std::hint::black_box;

fn attendee(i: usize) -> String {
    format!(
        "<attendee><userID>w_{i:06}</userID><fullName>User {i}</fullName><role>VIEWER</role>\
         <isPresenter>false</isPresenter><isListeningOnly>true</isListeningOnly>\
         <hasJoinedVoice>false</hasJoinedVoice><hasVideo>false</hasVideo><clientType>HTML5</clientType>\
         <customdata><color>red</color></customdata></attendee>"
    )
}

fn meeting_info(attendees: usize) -> Vec<u8> {
    let list: String = (0..attendees).map(attendee).collect();
    format!(
        "<response><returncode>SUCCESS</returncode><meetingName>CS 101</meetingName><meetingID>cs101</meetingID>\
         <internalMeetingID>2f1b-1718000000000</internalMeetingID><createTime>1718000000000</createTime>\
         <createDate>Mon Jun 10 06:13:20 UTC 2024</createDate><voiceBridge>70757</voiceBridge>\
         <dialNumber>613-555-1234</dialNumber><attendeePW>ap</attendeePW><moderatorPW>mp</moderatorPW>\
         <running>true</running><duration>0</duration><hasUserJoined>true</hasUserJoined>\
         <recording>false</recording><hasBeenForciblyEnded>false</hasBeenForciblyEnded>\
         <startTime>1718000000123</startTime><endTime>0</endTime><participantCount>{attendees}</participantCount>\
         <listenerCount>1</listenerCount><voiceParticipantCount>0</voiceParticipantCount><videoCount>0</videoCount>\
         <maxUsers>0</maxUsers><moderatorCount>1</moderatorCount><attendees>{list}</attendees>\
         <metadata><bbb-origin>Moodle</bbb-origin><bbb-context>Physics &amp; more</bbb-context></metadata>\
         <isBreakout>false</isBreakout></response>"
    )
    .into_bytes()
}

fn recordings(n: usize) -> Vec<u8> {
    let recs: String = (0..n)
        .map(|i| {
            let images: String = (1..=3)
                .map(|k| format!("<image width=\"176\" height=\"136\" alt=\"Slide {k}\">https://bbb.example.com/presentation/r-{i}/thumbnails/thumb-{k}.png</image>"))
                .collect();
            format!(
                "<recording><recordID>r-{i:04}-1718000000000</recordID><meetingID>cs101</meetingID>\
                 <internalMeetingID>r-{i:04}-1718000000000</internalMeetingID><name>CS 101 week {i}</name>\
                 <isBreakout>false</isBreakout><published>true</published><state>published</state>\
                 <startTime>1718000000000</startTime><endTime>1718003600000</endTime><participants>12</participants>\
                 <rawSize>123456789</rawSize><metadata><isBreakout>false</isBreakout><meetingName>CS 101</meetingName>\
                 <bbb-origin>Moodle</bbb-origin></metadata><size>2345678</size><playback>\
                 <format><type>presentation</type><url>https://bbb.example.com/playback/presentation/2.3/r-{i}</url>\
                 <processingTime>7177</processingTime><length>60</length><size>1234567</size>\
                 <preview><images>{images}</images></preview></format>\
                 <format><type>video</type><url>https://bbb.example.com/playback/video/r-{i}/</url>\
                 <processingTime>20000</processingTime><length>60</length><size>1111111</size></format>\
                 </playback><data/></recording>"
            )
        })
        .collect();
    format!("<response><returncode>SUCCESS</returncode><recordings>{recs}</recordings><messageKey/><message/></response>")
        .into_bytes()
}

/// quick-xml reading every event of the same bytes and doing nothing with them: the floor a
/// typed parse is measured against.
fn scan(input: &[u8]) {
    let text = std::str::from_utf8(input).unwrap();
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            e => drop(black_box(e)),
        }
    }
}

/// The global allocator of `compare`'s arena rows. Off, it is the system allocator. On, memory
/// comes from one region by moving a pointer, and freeing it does nothing; [`arena::reset`]
/// starts the region over, once nothing in it is alive. Everything the arena rows keep past a
/// call (lazy statics) is made before the arena is first switched on.
mod arena {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

    const SIZE: usize = 256 << 20;
    static ON: AtomicBool = AtomicBool::new(false);
    static BASE: AtomicUsize = AtomicUsize::new(0);
    static NEXT: AtomicUsize = AtomicUsize::new(0);

    pub struct Arena;

    #[global_allocator]
    static GLOBAL: Arena = Arena;

    fn inside(p: *mut u8) -> bool {
        let base = BASE.load(Relaxed);
        base != 0 && (base..base + SIZE).contains(&(p as usize))
    }

    unsafe impl GlobalAlloc for Arena {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if ON.load(Relaxed) {
                let at = NEXT.load(Relaxed).next_multiple_of(layout.align());
                if at + layout.size() <= BASE.load(Relaxed) + SIZE {
                    NEXT.store(at + layout.size(), Relaxed);
                    return at as *mut u8;
                }
            }
            // SAFETY: as the caller's contract.
            unsafe { System.alloc(layout) }
        }

        unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
            if !inside(p) {
                // SAFETY: `p` came from `System.alloc` with this layout.
                unsafe { System.dealloc(p, layout) }
            }
        }
    }

    /// Switches the arena on or off (this example runs on one thread).
    pub fn switch(on: bool) {
        if on && BASE.load(Relaxed) == 0 {
            let layout = Layout::from_size_align(SIZE, 4096).unwrap();
            // SAFETY: a layout of non-zero size.
            let base = unsafe { System.alloc(layout) } as usize;
            assert_ne!(base, 0, "no memory for the arena");
            BASE.store(base, Relaxed);
            NEXT.store(base, Relaxed);
        }
        ON.store(on, Relaxed);
    }

    /// Starts the region over: everything made in it must be dropped.
    pub fn reset() {
        NEXT.store(BASE.load(Relaxed), Relaxed);
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "info2".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let info2 = meeting_info(2);
    let info100 = meeting_info(100);
    let recs = recordings(100);
    let opts = bbbkit::ParseOptions::default();
    let calls: [(&str, &dyn Fn()); 7] = [
        ("scan_info2", &|| scan(black_box(&info2))),
        ("scan_info100", &|| scan(black_box(&info100))),
        ("scan_recordings100", &|| scan(black_box(&recs))),
        ("info2", &|| {
            drop(black_box(
                bbbkit::parse_meeting_info(black_box(&info2)).unwrap(),
            ))
        }),
        ("info100", &|| {
            drop(black_box(
                bbbkit::parse_meeting_info(black_box(&info100)).unwrap(),
            ))
        }),
        ("recordings100", &|| {
            drop(black_box(
                bbbkit::parse_recordings(black_box(&recs)).unwrap(),
            ))
        }),
        ("json", &|| {
            // What bbbkit_parse_answer does: the JSON written straight from the typed answer.
            let mut out = Vec::new();
            bbbkit::answers::write_answer_json(
                bbbkit::AnswerKind::Recordings,
                black_box(&recs),
                &opts,
                &mut out,
            )
            .unwrap();
            drop(black_box(out))
        }),
    ];
    if what == "sizes" {
        println!(
            "info2 {} B, info100 {} B, recordings100 {} B",
            info2.len(),
            info100.len(),
            recs.len()
        );
        return;
    }
    if what == "compare" {
        // Lazy statics made now, outside the arena.
        for (_, f) in &calls {
            f();
        }
        let mut best = [f64::INFINITY; 7];
        let mut arena_best = [f64::INFINITY; 3];
        for _ in 0..n {
            for (i, (_, f)) in calls.iter().enumerate() {
                let start = std::time::Instant::now();
                for _ in 0..20 {
                    f();
                }
                best[i] = best[i].min(start.elapsed().as_nanos() as f64 / 20.0);
            }
            for (i, (_, f)) in calls[3..6].iter().enumerate() {
                arena::reset();
                arena::switch(true);
                let start = std::time::Instant::now();
                for _ in 0..20 {
                    f();
                }
                let t = start.elapsed().as_nanos() as f64 / 20.0;
                arena::switch(false);
                arena_best[i] = arena_best[i].min(t);
            }
        }
        for (i, (name, _)) in calls.iter().enumerate() {
            // Each typed parse next to the bare scan of the same bytes (rows 0-2).
            match i {
                3..=5 => println!(
                    "{name:20} {:10.0} ns  {:5.2}x quick-xml's bare scan",
                    best[i],
                    best[i] / best[i - 3]
                ),
                _ => println!("{name:20} {:10.0} ns", best[i]),
            }
        }
        for (i, (name, _)) in calls[3..6].iter().enumerate() {
            println!(
                "{:20} {:10.0} ns  {:5.2}x quick-xml's bare scan  ({:.0} % of the time in allocation)",
                format!("{name}, arena"),
                arena_best[i],
                arena_best[i] / best[i],
                100.0 * (1.0 - arena_best[i] / best[i + 3])
            );
        }
        return;
    }
    let f = calls
        .iter()
        .find(|(name, _)| *name == what)
        .expect("info2, info100, recordings100, json, scan_*, compare, sizes")
        .1;
    for _ in 0..n {
        f();
    }
}
