//! `accord report` as users run it: exit codes, byte-identical reruns, previous rounds and the
//! session log (given, and found next to the positions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use accord::session_log::{self, EntryKind, LogEntry, SessionLog};

fn accord(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("report")
        .args(args)
        .output()
        .unwrap()
}

/// The four sample files copied into a fresh folder (so a session log can sit beside them).
fn samples() -> (tempfile::TempDir, [PathBuf; 4]) {
    let dir = tempfile::tempdir().unwrap();
    let names = ["us.ron", "rok.ron", "us.r2.ron", "rok.r2.ron"];
    let paths = names.map(|n| {
        let to = dir.path().join(n);
        std::fs::copy(accord::sample_path(n), &to).unwrap();
        to
    });
    (dir, paths)
}

fn p(s: &str) -> PathBuf {
    PathBuf::from(s)
}

#[test]
fn writes_each_format_and_reruns_give_the_same_bytes() {
    let (dir, [us, rok, ..]) = samples();
    for ext in ["html", "htm", "md", "csv"] {
        let out = dir.path().join(format!("report.{ext}"));
        let run = || {
            let o = accord(&[&us, &rok, &p("-o"), &out, &p("--no-timestamp")]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            std::fs::read(&out).unwrap()
        };
        let first = run();
        assert!(!first.is_empty());
        assert_eq!(first, run(), "{ext} differs between runs");
    }
    // With the timestamp: a generation line.
    let out = dir.path().join("stamped.html");
    let o = accord(&[&us, &rok, &p("-o"), &out]);
    assert!(o.status.success());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Generated 20")
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

#[test]
fn exit_codes() {
    let (dir, [us, rok, ..]) = samples();
    // Unknown extension: usage, nothing written.
    let out = dir.path().join("report.pdf");
    let o = accord(&[&us, &rok, &p("-o"), &out]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains(".html"));
    assert!(!out.exists());
    // Missing -o: usage.
    assert_eq!(accord(&[&us, &rok]).status.code(), Some(2));
    // A refused file: its FILE:LINE:COL message, exit 1, nothing written.
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(format: 1, party: \"X\",\n  round: \"two\")").unwrap();
    let out = dir.path().join("report.html");
    let o = accord(&[&us, &bad, &p("-o"), &out]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.ron:"), "{err}");
    assert!(!out.exists());
    // A refused previous round, a missing log: exit 1.
    let o = accord(&[&us, &rok, &p("-o"), &out, &p("--previous-left"), &bad]);
    assert_eq!(o.status.code(), Some(1));
    let o = accord(&[
        &us,
        &rok,
        &p("-o"),
        &out,
        &p("--log"),
        &dir.path().join("none.ron"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    // A missing position file.
    let o = accord(&[&us, &dir.path().join("none.ron"), &p("-o"), &out]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    // An output folder that does not exist: not written, exit 1.
    let o = accord(&[&us, &rok, &p("-o"), &dir.path().join("no/such/dir/r.md")]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn previous_rounds_list_concessions() {
    let (dir, [us, rok, us2, rok2]) = samples();
    let out = dir.path().join("r.md");
    let o = accord(&[
        &us2,
        &rok2,
        &p("-o"),
        &out,
        &p("--previous-left"),
        &us,
        &p("--previous-right"),
        &rok,
        &p("--no-timestamp"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("## US: changes since round 1"), "{md}");
    assert!(md.contains("## ROK: changes since round 1"));
    assert!(md.contains("US moved on 2 issues"));
    assert!(md.contains("### Concessions"));
    assert!(md.contains(
        "| fms-lead-times | target Published lead-time targets → Priority lane for ROK cases"
    ));
    // Without the flags, the round-1 files beside the round-2 files are found.
    let o = accord(&[&us2, &rok2, &p("-o"), &out, &p("--no-timestamp")]);
    assert!(o.status.success());
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        md,
        "same report either way"
    );
    // Alone in a folder, there is no previous round and no such section.
    let lonely = tempfile::tempdir().unwrap();
    let (u, r) = (
        lonely.path().join("us.r2.ron"),
        lonely.path().join("rok.r2.ron"),
    );
    std::fs::copy(&us2, &u).unwrap();
    std::fs::copy(&rok2, &r).unwrap();
    let o = accord(&[&u, &r, &p("-o"), &out, &p("--no-timestamp")]);
    assert!(o.status.success());
    assert!(
        !std::fs::read_to_string(&out)
            .unwrap()
            .contains("changes since")
    );
}

#[test]
fn session_log_entries_are_listed() {
    let (dir, [_, _, us2, rok2]) = samples();
    let log = SessionLog {
        format: 1,
        entries: vec![LogEntry {
            time: "2026-11-25T10:00:00Z".into(),
            round: 2,
            kind: EntryKind::Decision,
            text: "다음 회의: 12월 / next meeting in December".into(),
            issue: Some("consultation".into()),
            shared: true,
        }],
    };
    let out = dir.path().join("r.html");
    // No log beside the files: the report says so.
    let o = accord(&[&us2, &rok2, &p("-o"), &out]);
    assert!(o.status.success());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("No session log")
    );
    // The pair's default session file is picked up.
    let default = session_log::path_for(&us2, &rok2);
    session_log::save(&default, &log).unwrap();
    let o = accord(&[&us2, &rok2, &p("-o"), &out]);
    assert!(o.status.success());
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("다음 회의: 12월 / next meeting in December"));
    assert!(html.contains("Decision") && html.contains("2026-11-25T10:00:00Z"));
    // An explicit log wins.
    let other = dir.path().join("other.session.ron");
    let mut log2 = log.clone();
    log2.entries[0].text = "explicit log entry".into();
    session_log::save(&other, &log2).unwrap();
    let csv_out = dir.path().join("r.md");
    let o = accord(&[&us2, &rok2, &p("-o"), &csv_out, &p("--log"), &other]);
    assert!(o.status.success());
    let md = std::fs::read_to_string(&csv_out).unwrap();
    assert!(md.contains("explicit log entry") && !md.contains("12월"));
    // A broken log is refused with its position.
    std::fs::write(&default, "(entries: [(bogus: 1)])").unwrap();
    let o = accord(&[&us2, &rok2, &p("-o"), &out]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains(":1:"));
}

#[test]
fn export_api_writes_atomically() {
    let (dir, [us, rok, ..]) = samples();
    let l = accord::format::load_file(&us).unwrap();
    let r = accord::format::load_file(&rok).unwrap();
    let input = accord::report::ReportInput::new(&l, &r);
    let out = dir.path().join("x.csv");
    accord::report::export(&input, &out).unwrap();
    assert!(
        std::fs::read(&out)
            .unwrap()
            .starts_with(&[0xEF, 0xBB, 0xBF])
    );
    let err = accord::report::export(&input, &dir.path().join("x.txt")).unwrap_err();
    assert!(err.contains("x.txt") && err.contains(".csv"), "{err}");
}
