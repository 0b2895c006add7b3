//! `cargo bench --bench report`: the HTML report for two generated 10,000-issue positions, with
//! a previous round of each side and a 200-entry session log, split into analysis (the joint
//! analysis, rows, diffs, concessions, package sample) and rendering (the HTML text), plus the
//! atomic write. Target (issue 7): the whole export under one second.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/gen.rs"]
mod generator;

use std::hint::black_box;
use std::time::{Duration, Instant};

use accord::model::Position;
use accord::report::{
    Kind, ReportInput, analyze_for_report, export, frontier_limit, prepare, render_prepared,
};
use accord::scoring::Agenda;
use accord::session_log::{EntryKind, LogEntry, SessionLog};

const ISSUES: usize = 10_000;
const RUNS: usize = 5;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:8.1} ms", d.as_secs_f64() * 1e3)
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut v = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        black_box(f());
        v.push(t.elapsed());
    }
    median(v)
}

/// The previous round: every 25th issue had another target, every 40th another weight.
fn previous(p: &Position) -> Position {
    let mut prev = p.clone();
    prev.round = p.round.saturating_sub(1).max(1);
    for (k, i) in prev.issues.iter_mut().enumerate() {
        if k % 25 == 0
            && let Some(c) = i.options.first()
        {
            i.target = Some(c.label.clone());
        }
        if k % 40 == 0 {
            i.weight += 1.0;
        }
    }
    prev
}

fn main() {
    let left = generator::generate(ISSUES, 1, "US");
    let right = generator::generate(ISSUES, 2, "ROK");
    let (pl, pr) = (previous(&left), previous(&right));
    let log = SessionLog {
        format: 1,
        entries: (0..200)
            .map(|k| LogEntry {
                time: format!("2026-11-25T10:{:02}:00Z", k % 60),
                round: 2,
                kind: EntryKind::ALL[k % 4],
                text: format!("항목 {k}: entry text with <markup> & \"quotes\""),
                issue: Some(format!("issue-{:05}", k * 37)),
                shared: k % 2 == 0,
            })
            .collect(),
    };
    let input = ReportInput {
        left_name: "us.ron",
        right_name: "rok.ron",
        previous_left: Some(&pl),
        previous_right: Some(&pr),
        log: Some(&log),
        ..ReportInput::new(&left, &right)
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");

    let t_agenda = time(|| Agenda::build(&left, &right));
    let t_analyze = time(|| analyze_for_report(&left, &right));
    let t_prepare = time(|| prepare(&input));
    let prepared = prepare(&input);
    let t_html = time(|| render_prepared(&input, &prepared, Kind::Html));
    let t_md = time(|| render_prepared(&input, &prepared, Kind::Markdown));
    let t_csv = time(|| render_prepared(&input, &prepared, Kind::Csv));
    let t_export = time(|| export(&input, &out).unwrap());
    let bytes = std::fs::metadata(&out).unwrap().len();

    println!(
        "report bench: two generated {ISSUES}-issue positions, previous rounds, 200 log entries \
         (median of {RUNS})"
    );
    println!("  joint agenda (build)       {}", ms(t_agenda));
    println!(
        "  joint analysis (frontier limit {} per step) {}",
        frontier_limit(ISSUES),
        ms(t_analyze)
    );
    println!(
        "  analysis (prepare: analysis, rows, diffs, concessions, sample) {}",
        ms(t_prepare)
    );
    println!(
        "  rendering HTML             {}  ({:.1} MB)",
        ms(t_html),
        bytes as f64 / 1e6
    );
    println!("  rendering Markdown         {}", ms(t_md));
    println!("  rendering CSV              {}", ms(t_csv));
    println!(
        "  HTML export (prepare + render + atomic write) {}  target < 1000 ms: {}",
        ms(t_export),
        if t_export < Duration::from_secs(1) {
            "met"
        } else {
            "MISSED"
        }
    );
}
