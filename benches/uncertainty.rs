//! `cargo bench --bench uncertainty`: the Monte Carlo of issue 11 on the sample US/ROK pair with
//! a range on every ROK number (`positions/estimates/rok.ron`): 10,000 samples in-process (by
//! phase), the score view's first batch, and the whole `accord score --json --samples 10000`
//! process.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;
use std::time::{Duration, Instant};

use accord::scoring::analyze;
use accord::scoring::uncertainty::{self, Control, Options};

fn main() {
    let us = accord::format::load_file(&accord::sample_path("us.ron")).unwrap();
    let rok = accord::format::load_file(&accord::sample_path("estimates/rok.ron")).unwrap();
    let runs = 3;
    println!("US/ROK sample pair, ROK as an estimate with a range on every number");
    // What the score view does after an edit: the analysis, then a first batch without the
    // ask-first probes (shown at once, refined after).
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let a = analyze(&us, &rok);
        let u = uncertainty::run(
            &a,
            &us,
            &rok,
            Options {
                samples: accord::ui::score_view::FIRST_BATCH,
                ask_first: false,
                ..Options::default()
            },
            &Control::default(),
        )
        .unwrap();
        assert!(u.most_robust.is_some());
        best = best.min(t.elapsed());
    }
    println!(
        "score view's first result ({} samples, no ask-first): {:.1} ms (best of {runs})",
        accord::ui::score_view::FIRST_BATCH,
        best.as_secs_f64() * 1e3
    );
    for samples in [1_000usize, 10_000] {
        let mut best = Duration::MAX;
        let mut last = None;
        for _ in 0..runs {
            let t = Instant::now();
            let a = analyze(&us, &rok);
            let u = uncertainty::run(
                &a,
                &us,
                &rok,
                Options {
                    samples,
                    ..Options::default()
                },
                &Control::default(),
            )
            .unwrap();
            best = best.min(t.elapsed());
            last = Some(u);
        }
        let u = last.unwrap();
        println!(
            "{samples:>6} samples: analysis + Monte Carlo {:>7.1} ms (best of {runs}); {} uncertain numbers, {} packages listed, ask-first probes {} samples",
            best.as_secs_f64() * 1e3,
            u.numbers,
            u.packages.len(),
            u.ask_first_samples
        );
        for (phase, ms) in &u.phase_ms {
            println!("          … {phase:<34} done at {ms:>7.1} ms");
        }
    }
    let bin = env!("CARGO_BIN_EXE_accord");
    let (l, r) = (
        accord::sample_path("us.ron"),
        accord::sample_path("estimates/rok.ron"),
    );
    let mut best = Duration::MAX;
    let mut bytes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let out = Command::new(bin)
            .arg("score")
            .arg(&l)
            .arg(&r)
            .args(["--json", "--samples", "10000"])
            .output()
            .unwrap();
        best = best.min(t.elapsed());
        assert!(out.status.success());
        bytes = out.stdout.len();
    }
    println!(
        "whole `accord score --json --samples 10000` process: {:.1} ms (best of {runs}), {:.1} KB of JSON",
        best.as_secs_f64() * 1e3,
        bytes as f64 / 1e3
    );
    println!(
        "threads: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
}
