#!/usr/bin/env bash
# Short, bounded fuzzing runs of every target (part of the test command), seeded from
# tests/fixtures and tests/vectors. Each run is deterministic (a fixed libFuzzer seed and a fixed
# number of inputs, FUZZ_RUNS, default 300,000, at most FUZZ_SECONDS, default 45), so the
# test command does not pass or fail by chance; longer random campaigns are in README.md.
# `answers` runs all 17 answer parsers per input and `calls_build` builds and signs a call per
# input, so they get a tenth of the inputs and a third of the time (FUZZ_ANSWERS_RUNS,
# FUZZ_ANSWERS_SECONDS). The budget keeps the whole test command within its time on two cores.
#   fuzz/run.sh                 every target
#   fuzz/run.sh parse_join      one target
# Longer campaigns: see fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-45}
runs=${FUZZ_RUNS:-300000}
answers_runs=${FUZZ_ANSWERS_RUNS:-$((runs / 10))}
answers_seconds=${FUZZ_ANSWERS_SECONDS:-$((seconds / 3))}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_join parse_create parse_generic parse_error_redirect verify server_new join_build callbacks answers calls_build)

if ! cargo +nightly --version >/dev/null 2>&1; then
    # cargo-fuzz needs nightly (-Zsanitizer); the targets must still compile on stable.
    echo "── no nightly Rust toolchain: checking that every fuzz target compiles on stable"
    cargo check --locked --quiet --bins
    echo "skipped: no nightly Rust toolchain for cargo-fuzz (the ${#targets[@]} targets compile on stable; none was run)"
    exit 77
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz 0.13.1" ]; then
    cargo install cargo-fuzz --version 0.13.1 --locked 2>/dev/null ||
        echo "cargo-fuzz 0.13.1 cannot be installed here (no crates.io): building the targets with its flags instead"
fi

# Seed corpora: every fixture for the parsers, vector inputs for the others.
python3 make_seeds.py

# With cargo-fuzz, `cargo fuzz run`; without it (a machine that reaches no crates.io but has a
# nightly toolchain), the same build as cargo-fuzz 0.13's defaults (release, debug assertions,
# AddressSanitizer, SanitizerCoverage), then each libFuzzer binary run directly.
triple=$(rustc +nightly -vV | sed -n 's/^host: //p')
if [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz 0.13.1" ]; then
    run_target() { cargo +nightly fuzz run "$@"; }
else
    export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/fuzz-nightly"
    RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks \
-Zsanitizer=address" cargo +nightly build --locked --quiet --release --bins --target "$triple"
    run_target() { # TARGET DIR... -- FLAGS...: libFuzzer takes the folders and flags as they are
        local t=$1 args=(); shift
        for a in "$@"; do [ "$a" = -- ] || args+=("$a"); done
        "$CARGO_TARGET_DIR/$triple/release/$t" "${args[@]}"
    }
fi

failed=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    n=$runs s=$seconds
    case $t in answers|calls_build) n=$answers_runs s=$answers_seconds ;; esac
    echo "── fuzz $t: $n inputs (seed 1), at most ${s}s"
    mkdir -p "artifacts/$t"
    if ! run_target "$t" "corpus/$t" "seeds/$t" -- -artifact_prefix="artifacts/$t/" \
        -seed=1 -runs="$n" -max_total_time="$s" -rss_limit_mb=1024 -timeout=5 -print_final_stats=1 2>"/tmp/bbbkit-fuzz-$t.log"; then
        failed=$((failed + 1))
        tail -40 "/tmp/bbbkit-fuzz-$t.log"
        echo "fuzz $t: FAILED (crash input in fuzz/artifacts/$t/)"
    else
        grep -E "stat::number_of_executed_units|Done" "/tmp/bbbkit-fuzz-$t.log" | tail -1
    fi
done
echo "fuzz: $(( ${#targets[@]} - failed )) passed, $failed failed"
[ $failed -eq 0 ]
