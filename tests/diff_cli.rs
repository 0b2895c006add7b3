//! `accord diff OLD NEW [--json]` as a process: exit codes 0/1/2 as diff(1), the JSON shape,
//! plain output when piped.

// The helpers below sit outside `#[test]` functions, where clippy.toml's test exemption does
// not reach; a failed setup there should fail the test loudly all the same.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use accord::diff::synth::{Plan, mutate, position};
use accord::format;

fn accord(args: &[&Path], json: bool) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_accord"));
    c.arg("diff");
    if json {
        c.arg("--json");
    }
    c.args(args).env_remove("NO_COLOR");
    c.output().unwrap()
}

struct Files {
    _dir: tempfile::TempDir,
    old: PathBuf,
    new: PathBuf,
    plan_counts: accord::diff::Summary,
}

fn files() -> Files {
    let dir = tempfile::tempdir().unwrap();
    let base = position("US", 300, 11);
    let (mut next, expected) = mutate(&base, Plan::workshop(300), 11);
    next.round = 2;
    next.issues[0].stance = "미국 함정 및 항공기 정비를 한국에서".into();
    let old = dir.path().join("us.ron");
    let new = dir.path().join("us.r2.ron");
    std::fs::write(&old, format::to_canonical_string(&base)).unwrap();
    std::fs::write(&new, format::to_canonical_string(&next)).unwrap();
    Files {
        _dir: dir,
        old,
        new,
        plan_counts: expected,
    }
}

#[test]
fn same_data_exits_0() {
    let f = files();
    let out = accord(&[&f.old, &f.old], false);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("no differences"));
    // Same data in another layout (a comment, struct names) is still the same data.
    let text = std::fs::read_to_string(&f.old).unwrap();
    let other = f.old.with_file_name("reformatted.ron");
    std::fs::write(
        &other,
        format!("// a comment\nPosition{}", text.trim_start()),
    )
    .unwrap();
    let out = accord(&[&f.old, &other], true);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["changes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn differences_exit_1_with_the_json_shape() {
    let f = files();
    let out = accord(&[&f.old, &f.new], true);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let changes = json["changes"].as_array().unwrap();
    // The header entry first: the round changed.
    assert_eq!(changes[0]["id"], serde_json::Value::Null);
    assert_eq!(changes[0]["kind"], "header");
    assert_eq!(changes[0]["fields"][0]["field"], "round");
    assert_eq!(changes[0]["fields"][0]["old"], 1);
    assert_eq!(changes[0]["fields"][0]["new"], 2);
    for c in &changes[1..] {
        let obj = c.as_object().unwrap();
        for key in ["id", "kind", "moved", "fields", "likely_rename_of"] {
            assert!(obj.contains_key(key), "{key} missing in {c}");
        }
        let kind = c["kind"].as_str().unwrap();
        assert!(["added", "removed", "changed", "moved"].contains(&kind));
        assert!(c["id"].is_string());
        for field in c["fields"].as_array().unwrap() {
            assert!(field["field"].is_string());
            assert!(field.get("old").is_some() && field.get("new").is_some());
        }
    }
    let s = &json["summary"];
    let p = f.plan_counts;
    // Issue 0 got a new stance on top of the plan: one more changed unless it was already.
    let changed = s["changed"].as_u64().unwrap() as usize;
    assert!(changed == p.changed || changed == p.changed + 1, "{s}");
    assert_eq!(s["added"].as_u64(), Some(p.added as u64));
    assert_eq!(s["removed"].as_u64(), Some(p.removed as u64));
    assert_eq!(s["moved"].as_u64(), Some(p.moved as u64));
    assert_eq!(s["header"].as_u64(), Some(1));
    let stance = changes
        .iter()
        .flat_map(|c| c["fields"].as_array().unwrap())
        .find(|f| f["new"] == "미국 함정 및 항공기 정비를 한국에서");
    assert!(stance.is_some(), "Hangul stance change not reported");
    assert!(
        json["concessions"]["summary"]
            .as_str()
            .unwrap()
            .starts_with("US moved on")
    );
}

#[test]
fn text_output_is_plain_when_piped() {
    let f = files();
    let out = accord(&[&f.old, &f.new], false);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'), "colour codes in piped output");
    assert!(text.starts_with("--- "));
    assert!(text.contains("round: 1 → 2 (+1)"));
    assert!(text.contains("미국 함정"));
}

#[test]
fn trouble_exits_2_with_the_load_error() {
    let f = files();
    let missing = f.old.with_file_name("missing.ron");
    let out = accord(&[&f.old, &missing], false);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.ron"));

    let bad = f.old.with_file_name("bad.ron");
    std::fs::write(
        &bad,
        "(\n    format: 1,\n    party: \"US\",\n    wieght: 2,\n)\n",
    )
    .unwrap();
    let out = accord(&[&bad, &f.new], true);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.ron:4:5:"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn dev_null_is_an_empty_side() {
    let f = files();
    let out = accord(&[Path::new("/dev/null"), &f.new], true);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &json["summary"];
    assert_eq!(s["removed"], 0);
    assert!(s["added"].as_u64().unwrap() > 250);
    // Text from nothing is a listing for git's textconv: no file names, one field per line.
    let out = accord(&[Path::new("/dev/null"), &f.new], false);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("party: \"US\"\n"), "{text}");
    assert!(text.contains("round: 2\n"));
    assert!(!text.contains(&*f.new.display().to_string()));
    let out = accord(&[Path::new("/dev/null"), Path::new("/dev/null")], false);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn sample_rounds_when_present() {
    let (r1, r2) = (
        accord::sample_path("us.ron"),
        accord::sample_path("us.r2.ron"),
    );
    if !(r1.exists() && r2.exists()) {
        return; // being written elsewhere; the generated files above cover the behaviour
    }
    let out = accord(&[&r1, &r2], true);
    match out.status.code() {
        Some(0 | 1) => {
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert!(json["summary"].is_object());
        }
        // A sample file mid-edit may not load yet: that must be reported, not crash.
        Some(2) => assert!(!out.stderr.is_empty()),
        other => panic!("unexpected exit {other:?}"),
    }
}
