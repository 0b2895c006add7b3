//! One UI frame of the workspace with two 10,000-issue files, headless (`Context::run_ui`).
//!
//! Targets (issue 3): ≤ 1 ms for a frame with no input, ≤ 5 ms for a frame in which the filter
//! text changes. Prints figures; asserts nothing about time.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/gen.rs"]
mod generator;
#[path = "common/headless.rs"]
mod headless;

use headless::{frame, stats};

use std::time::{Duration, Instant};

use accord::app::AccordApp;
use accord::command::Command;

fn main() {
    let dir = std::env::temp_dir().join(format!("accord-frame-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let n = 10_000;
    let l = dir.join("left.ron");
    let r = dir.join("right.ron");
    let left = generator::generate(n, 1, "US");
    let right = generator::generate(n, 2, "ROK");
    accord::format::save_atomic(&l, &left).expect("write left");
    accord::format::save_atomic(&r, &right).expect("write right");

    let ctx = egui::Context::default();
    let mut app = AccordApp::new(&ctx, Some(l), Some(r))
        .with_dialogs(Box::new(accord::dialogs::ScriptedDialogs::default()));
    assert_eq!(app.state.table.rows.len(), n, "both files matched by id");
    for _ in 0..20 {
        frame(&ctx, &mut app);
    }

    let idle: Vec<Duration> = (0..300).map(|_| frame(&ctx, &mut app)).collect();

    let needles = [
        "issue-01",
        "issue-0",
        "security",
        "assurance",
        "공급",
        "zzz",
        "",
    ];
    let mut filtered = Vec::new();
    for k in 0..140 {
        let t = Instant::now();
        app.apply(Command::SetFilter(needles[k % needles.len()].into()), &ctx);
        let d = t.elapsed() + frame(&ctx, &mut app);
        filtered.push(d);
    }

    // Typing a word one character at a time (each step narrows the last result), then clearing.
    let word = "assurance";
    let mut typed = Vec::new();
    for _ in 0..15 {
        for n in 1..=word.len() {
            let t = Instant::now();
            app.apply(Command::SetFilter(word[..n].into()), &ctx);
            let d = t.elapsed() + frame(&ctx, &mut app);
            typed.push(d);
        }
        app.apply(Command::SetFilter(String::new()), &ctx);
        frame(&ctx, &mut app);
    }

    app.apply(Command::Select(Some("issue-05000".into())), &ctx);
    frame(&ctx, &mut app);
    let selected: Vec<Duration> = (0..200).map(|_| frame(&ctx, &mut app)).collect();

    println!("UI frame, two {n}-issue files, 1400x900 logical px, headless run_ui + tessellate");
    println!(
        "{:<40} {:>9} {:>9} {:>9} {:>8}",
        "case", "min ms", "median", "p95", "target"
    );
    for (name, v, target) in [
        ("frame, no input", idle, "≤ 1 ms"),
        ("frame, filter text changes", filtered, "≤ 5 ms"),
        ("frame, typing into the filter", typed, "≤ 5 ms"),
        ("frame, no input, detail panel open", selected, "-"),
    ] {
        let (min, med, p95) = stats(v);
        println!("{name:<40} {min:>9.3} {med:>9.3} {p95:>9.3} {target:>8}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
