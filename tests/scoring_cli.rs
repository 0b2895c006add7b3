//! `accord score` as users run it: the built binary on the sample positions.

use std::path::PathBuf;
use std::process::Command;

fn accord() -> Command {
    Command::new(env!("CARGO_BIN_EXE_accord"))
}

/// The sample files, or a generated pair when they are missing.
#[allow(clippy::unwrap_used)] // a test helper: failing to write the temp files fails the test
fn samples(dir: &tempfile::TempDir) -> (PathBuf, PathBuf) {
    let (us, rok) = (
        accord::sample_path("us.ron"),
        accord::sample_path("rok.ron"),
    );
    if us.exists() && rok.exists() {
        return (us, rok);
    }
    use accord::model::{Choice, Issue, Position};
    let side = |party: &str, flip: bool| Position {
        party: party.into(),
        party_name: party.into(),
        title: "Generated".into(),
        batna: "No deal".into(),
        reservation: 30.0,
        issues: (0..4)
            .map(|i| Issue {
                id: format!("issue-{i}"),
                topic: "T".into(),
                title: format!("Issue {i}"),
                weight: 1.0 + f64::from(i),
                options: (0..3)
                    .map(|k| Choice {
                        label: format!("Option {k}"),
                        value: if flip {
                            100.0 - 40.0 * f64::from(k)
                        } else {
                            40.0 * f64::from(k) + 10.0
                        },
                        ..Default::default()
                    })
                    .collect(),
                ..Issue::default()
            })
            .collect(),
        ..Position::default()
    };
    let l = dir.path().join("left.ron");
    let r = dir.path().join("right.ron");
    std::fs::write(&l, accord::format::to_canonical_string(&side("L", false))).unwrap();
    std::fs::write(&r, accord::format::to_canonical_string(&side("R", true))).unwrap();
    (l, r)
}

fn is_point(v: &serde_json::Value) -> bool {
    v["left"]
        .as_f64()
        .is_some_and(|x| (0.0..=100.0).contains(&x))
        && v["right"]
            .as_f64()
            .is_some_and(|x| (0.0..=100.0).contains(&x))
        && v["package"]
            .as_object()
            .is_some_and(|m| m.values().all(serde_json::Value::is_string))
}

#[test]
fn json_shape_on_the_samples() {
    let dir = tempfile::tempdir().unwrap();
    let (l, r) = samples(&dir);
    let out = accord()
        .arg("score")
        .arg(&l)
        .arg(&r)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let frontier = v["frontier"].as_array().unwrap();
    assert!(!frontier.is_empty());
    for p in frontier {
        assert!(is_point(p), "{p}");
        assert!(p["acceptable"].is_boolean());
    }
    // Left scores strictly decrease and right scores strictly increase along the frontier.
    for w in frontier.windows(2) {
        assert!(w[0]["left"].as_f64() > w[1]["left"].as_f64());
        assert!(w[0]["right"].as_f64() < w[1]["right"].as_f64());
    }
    for p in v["acceptable_frontier"].as_array().unwrap() {
        assert!(is_point(p) && p["acceptable"] == true);
    }
    assert!(v["zopa"].is_boolean());
    for key in ["nash", "kalai_smorodinsky", "max_joint"] {
        assert!(v[key].is_null() || is_point(&v[key]), "{key}: {}", v[key]);
    }
    if v["zopa"] == true {
        assert!(is_point(&v["nash"]));
    }
    assert!(v["trades"].is_array());
    let issues = v["issues"].as_array().unwrap();
    assert!(!issues.is_empty());
    for i in issues {
        assert!(i["id"].is_string() && i["common_ground"].is_string());
        assert!(["compatible", "distributive", "tradeable"].contains(&i["kind"].as_str().unwrap()));
    }
    assert!(v["warnings"].is_array() && v["thinned"] == false);

    let text = accord().arg("score").arg(&l).arg(&r).output().unwrap();
    assert_eq!(text.status.code(), Some(0));
    let s = String::from_utf8(text.stdout).unwrap();
    assert!(s.contains("Pareto frontier") && s.contains("ZOPA"));
}

#[test]
fn refused_file_exits_1_with_location() {
    let dir = tempfile::tempdir().unwrap();
    let (l, _) = samples(&dir);
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n  format: 1,\n  party: 42,\n)\n").unwrap();
    let out = accord()
        .arg("score")
        .arg(&l)
        .arg(&bad)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.ron:"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    let out = accord().arg("score").arg("only-one.ron").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = accord()
        .args(["score", "a.ron", "b.ron", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
