//! Editing two 10,000-issue files, headless: one edit plus the next frame, undo and redo (each
//! plus a frame), and memory after 1,000 edits.
//!
//! Targets (issue 4): edit + frame ≤ 4 ms; undo/redo ≤ 4 ms; memory after 1,000 edits printed
//! and bounded (history holds field values, never copies of the workspace). Prints figures;
//! asserts nothing about time.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/gen.rs"]
mod generator;
#[path = "common/headless.rs"]
mod headless;

use headless::{frame, stats};

use std::time::Instant;

use accord::app::AccordApp;
use accord::command::{Action, Command};
use accord::edit::{Edit, IssueField, Value};
use accord::workspace::Side;

/// Resident memory of this process, in KiB (Linux).
fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let dir = std::env::temp_dir().join(format!("accord-edit-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let n = 10_000;
    let (l, r) = (dir.join("left.ron"), dir.join("right.ron"));
    accord::format::save_atomic(&l, &generator::generate(n, 1, "US")).unwrap();
    accord::format::save_atomic(&r, &generator::generate(n, 2, "ROK")).unwrap();

    let ctx = egui::Context::default();
    let mut app = AccordApp::new(&ctx, Some(l), Some(r))
        .with_dialogs(Box::new(accord::dialogs::ScriptedDialogs::default()));
    // The detail panel open, as in a workshop.
    app.apply(Command::Select(Some("issue-00100".into())), &ctx);
    for _ in 0..10 {
        frame(&ctx, &mut app);
    }
    let rss_before = rss_kib();

    let mut edits = Vec::new();
    for k in 0..1_000usize {
        let i = (k * 7919) % n;
        let side = if k % 2 == 0 { Side::Left } else { Side::Right };
        let edit = if k % 3 == 0 {
            Edit::SetIssue(i, IssueField::Weight, Value::Number((k % 10) as f64))
        } else {
            Edit::SetIssue(
                i,
                IssueField::Stance,
                Value::Text(format!("edited stance {k} 수정")),
            )
        };
        let t = Instant::now();
        app.apply(
            Command::Edit {
                side,
                edit,
                merge: None,
            },
            &ctx,
        );
        frame(&ctx, &mut app);
        edits.push(t.elapsed());
    }
    let rss_after = rss_kib();
    let steps = app.state.history.undo.len();

    let mut undos = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        app.apply(Command::Action(Action::Undo), &ctx);
        frame(&ctx, &mut app);
        undos.push(t.elapsed());
    }
    let mut redos = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        app.apply(Command::Action(Action::Redo), &ctx);
        frame(&ctx, &mut app);
        redos.push(t.elapsed());
    }
    // What one copy of the workspace costs, for comparison with the history.
    let rss_pre_copy = rss_kib();
    let copy = (app.state.ws.left.clone(), app.state.ws.right.clone());
    let rss_copy = rss_kib();
    drop(copy);

    println!("Editing two {n}-issue files, headless run_ui + tessellate, detail panel open");
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>8}",
        "case", "min ms", "median", "p95", "target"
    );
    for (name, v, target) in [
        ("edit (stance or weight) + frame", edits, "≤ 4 ms"),
        ("undo + frame", undos, "≤ 4 ms"),
        ("redo + frame", redos, "≤ 4 ms"),
    ] {
        let (min, med, p95) = stats(v);
        println!("{name:<34} {min:>9.3} {med:>9.3} {p95:>9.3} {target:>8}");
    }
    if let (Some(a), Some(b), Some(c), Some(d)) = (rss_before, rss_after, rss_pre_copy, rss_copy) {
        println!(
            "memory: resident {:.1} MB before, {:.1} MB after 1,000 edits ({} undo steps): +{:.2} MB; \
             one copy of the workspace would be +{:.1} MB",
            a as f64 / 1024.0,
            b as f64 / 1024.0,
            steps,
            (b as f64 - a as f64) / 1024.0,
            (d as f64 - c as f64) / 1024.0
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
