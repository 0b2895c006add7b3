//! `accord merge` on its own: exit codes, messages, and nothing written on trouble.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use accord::format;
use accord::model::Position;

fn sample() -> Position {
    format::load_file(&accord::sample_path("rok.ron")).unwrap()
}

fn write(dir: &Path, name: &str, p: &Position) -> PathBuf {
    let f = dir.join(name);
    std::fs::write(&f, format::to_canonical_string(p)).unwrap();
    f
}

fn merge(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("merge")
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_clean_merge_exits_0_and_replaces_ours_with_the_canonical_result() {
    let d = tempfile::tempdir().unwrap();
    let base = sample();
    let (mut o, mut t) = (base.clone(), base.clone());
    o.issues[0].weight += 1.0;
    t.issues[0].notes = "노트".into();
    let (b, op, tp) = (
        write(d.path(), "b.ron", &base),
        write(d.path(), "o.ron", &o),
        write(d.path(), "t.ron", &t),
    );
    let out = merge(&[&b, &op, &tp]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = format::load_file(&op).unwrap();
    assert_eq!(got.issues[0].weight, o.issues[0].weight);
    assert_eq!(got.issues[0].notes, "노트");
    assert_eq!(
        std::fs::read_to_string(&op).unwrap(),
        format::to_canonical_string(&got)
    );
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 3);
}

#[test]
fn conflicts_exit_1_and_are_listed_with_their_line() {
    let d = tempfile::tempdir().unwrap();
    let base = sample();
    let (mut o, mut t) = (base.clone(), base.clone());
    o.party_name = "ours".into();
    t.party_name = "theirs".into();
    let (b, op, tp) = (
        write(d.path(), "b.ron", &base),
        write(d.path(), "o.ron", &o),
        write(d.path(), "t.ron", &t),
    );
    let out = merge(&[&b, &op, &tp]);
    assert_eq!(out.status.code(), Some(1));
    let text = std::fs::read_to_string(&op).unwrap();
    let line = text[..text.find("<<<<<<< ours").unwrap()].lines().count() + 1;
    assert!(
        stderr(&out).contains(&format!(
            "o.ron:{line}:1: merge conflict in the header, field party_name"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_broken_input_exits_2_with_file_line_col_and_writes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let base = sample();
    let (b, op) = (
        write(d.path(), "b.ron", &base),
        write(d.path(), "o.ron", &base),
    );
    let tp = d.path().join("t.ron");
    std::fs::write(
        &tp,
        "(\n    format: 1,\n    party: \"ROK\",\n    wieght: 2,\n)\n",
    )
    .unwrap();
    let before = std::fs::read(&op).unwrap();
    let out = merge(&[&b, &op, &tp]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("t.ron:4:5: unknown field `wieght`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&op).unwrap(), before);
    // An OURS that still holds conflict markers is trouble too.
    std::fs::write(&tp, format::to_canonical_string(&base)).unwrap();
    let marked = format!(
        "{}<<<<<<< ours\n=======\n>>>>>>> theirs\n",
        format::to_canonical_string(&base)
    );
    std::fs::write(&op, &marked).unwrap();
    let out = merge(&[&b, &op, &tp]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unresolved merge conflict"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&op).unwrap(), marked);
}

#[test]
fn an_empty_base_means_no_common_ancestor() {
    let d = tempfile::tempdir().unwrap();
    let p = sample();
    let b = d.path().join("b.ron");
    std::fs::write(&b, "").unwrap();
    let (op, tp) = (write(d.path(), "o.ron", &p), write(d.path(), "t.ron", &p));
    let out = merge(&[&b, &op, &tp]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(format::load_file(&op).unwrap(), p);
}
