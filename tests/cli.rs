//! The command line: check and fmt, with their exit codes.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

fn accord() -> Command {
    Command::new(env!("CARGO_BIN_EXE_accord"))
}

fn sample(name: &str) -> String {
    accord::sample_path(name).display().to_string()
}

#[test]
fn check_accepts_the_samples() {
    let out = accord()
        .args(["check", &sample("us.ron"), &sample("rok.ron")])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn check_reports_file_line_col_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(\n  format: 1,\n  party: \"US\",\n  reservation: 140,\n)",
    )
    .unwrap();
    let out = accord()
        .args(["check", &sample("us.ron"), bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(&format!(
            "{}:4:16: `reservation` 140 is outside 0–100",
            bad.display()
        )),
        "{err}"
    );
    assert!(err.contains("hint:"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        accord().arg("check").output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(
        accord()
            .args(["fmt", "--bogus", "x"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        accord().arg("--help").output().unwrap().status.code(),
        Some(0)
    );
}

#[test]
fn fmt_rewrites_to_canonical_and_check_mode_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    let messy = "Position(format:1,party:\"ROK\",title:\"입장\",issues:[(id:\"a\",options:[(label:\"x\",value:70.0)],target:Some(\"x\"))])";
    std::fs::write(&f, messy).unwrap();
    let out = accord()
        .args(["fmt", "--check", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&f).unwrap(),
        messy,
        "--check changes nothing"
    );
    let out = accord()
        .args(["fmt", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let now = std::fs::read_to_string(&f).unwrap();
    let p = accord::format::load_str("p", &now).unwrap();
    assert_eq!(now, accord::format::to_canonical_string(&p));
    assert!(now.contains("value: 70)"));
    assert!(now.contains("target: \"x\","));
    let out = accord()
        .args(["fmt", "--check", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fmt_leaves_a_bad_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.ron");
    std::fs::write(&f, "(format: 1, party: \"US\", oops: 1)").unwrap();
    let out = accord()
        .args(["fmt", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(":1:26: unknown field `oops`"));
    assert_eq!(
        std::fs::read_to_string(&f).unwrap(),
        "(format: 1, party: \"US\", oops: 1)"
    );
}
