//! Format 2: ranges on values, weights and reservations, and the `estimate` flag. Older files
//! load unchanged; saving writes the lowest format that holds what the file uses; every
//! refusal names FILE:LINE:COL and says what to do.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::format;
use accord::model::{Choice, FORMAT_FEATURES, Issue, Position};
use proptest::prelude::*;

const TWO: &str = "(\n    format: 2,\n    party: \"ROK\",\n    title: \"추정\",\n    estimate: true,\n    reservation: 45,\n    reservation_low: 35,\n    reservation_high: 55,\n    issues: [\n        (\n            id: \"a\",\n            weight: 8,\n            weight_low: 6,\n            weight_high: 12,\n            options: [\n                (label: \"x\", value: 60, low: 40, high: 80),\n                (label: \"y\", value: 10),\n                (label: \"z\", value: 30, high: 35),\n            ],\n        ),\n    ],\n)\n";

fn first(text: &str) -> (usize, usize, String, String) {
    let e = format::load_str("f.ron", text).expect_err("must be refused");
    let d = &e.diagnostics[0];
    let p = d.pos.expect("a position");
    assert!(!d.hint.is_empty(), "{e}");
    (p.line, p.col, d.message.clone(), d.hint.clone())
}

#[test]
fn a_format_2_file_loads_with_its_ranges() {
    let p = format::load_str("f.ron", TWO).unwrap();
    assert!(p.estimate);
    assert_eq!(p.reservation_range(), (35.0, 55.0));
    let i = &p.issues[0];
    assert_eq!(i.weight_range(), (6.0, 12.0));
    assert_eq!(i.options[0].range(), (40.0, 80.0));
    assert_eq!(i.options[1].range(), (10.0, 10.0));
    // One bound alone: the other end is the value itself.
    assert_eq!(i.options[2].range(), (30.0, 35.0));
    assert_eq!(p.required_format(), 2);
    assert_eq!(p.title, "추정");
}

#[test]
fn save_writes_format_1_unless_a_format_2_feature_is_used() {
    let p = format::load_str("f.ron", TWO).unwrap();
    let text = format::to_canonical_string(&p);
    assert!(text.starts_with("(\n    format: 2,\n"), "{text}");
    assert!(text.contains("(label: \"x\", value: 60, low: 40, high: 80),"));
    assert!(text.contains("(label: \"z\", value: 30, high: 35),"));
    assert!(text.contains("    estimate: true,\n"));
    assert!(text.contains("            weight_low: 6,\n            weight_high: 12,\n"));
    assert_eq!(format::load_str("again", &text).unwrap(), p);
    // Every feature on its own needs format 2; without any the file is format 1 again.
    let mut q = p.clone();
    q.estimate = false;
    assert_eq!(q.required_format(), 2, "ranges alone");
    q.reservation_low = None;
    q.reservation_high = None;
    q.issues[0].weight_low = None;
    q.issues[0].weight_high = None;
    for c in &mut q.issues[0].options {
        c.low = None;
        c.high = None;
    }
    assert_eq!(q.required_format(), 1);
    let text = format::to_canonical_string(&q);
    assert!(text.starts_with("(\n    format: 1,\n"), "{text}");
    assert!(!text.contains("estimate") && !text.contains("low") && !text.contains("high"));
    q.estimate = true;
    assert_eq!(q.required_format(), 2, "estimate alone");
    assert!(FORMAT_FEATURES.iter().all(|f| f.format == 2));
}

#[test]
fn format_1_files_load_as_before() {
    for f in ["us.ron", "rok.ron", "us.r2.ron", "rok.r2.ron"] {
        let p = format::load_file(&accord::sample_path(f)).unwrap();
        assert_eq!(p.required_format(), 1, "{f}");
        assert!(!p.estimate && !p.uses_ranges());
        let text = format::to_canonical_string(&p);
        assert_eq!(
            std::fs::read_to_string(accord::sample_path(f)).unwrap(),
            text
        );
    }
}

#[test]
fn a_format_1_file_using_ranges_is_refused_at_its_format() {
    let text = TWO.replacen("format: 2", "format: 1", 1);
    let (l, c, m, h) = first(&text);
    assert_eq!((l, c), (2, 13), "{m}");
    assert!(m.contains("ranges") && m.contains("estimate"), "{m}");
    assert!(h.contains("format: 2"), "{h}");
    // `estimate: false` is what an older file means anyway.
    let plain = "(format: 1, party: \"US\", estimate: false)";
    assert!(format::load_str("f.ron", plain).is_ok());
}

#[test]
fn the_estimate_sample_is_canonical_and_uncertain_everywhere() {
    let path = accord::sample_path("estimates/rok.ron");
    let p = format::load_file(&path).unwrap();
    assert!(p.estimate);
    assert!(p.reservation_low.is_some() && p.reservation_high.is_some());
    for i in &p.issues {
        assert!(
            i.weight_low.is_some() && i.weight_high.is_some(),
            "{}",
            i.id
        );
        for c in &i.options {
            let (lo, hi) = c.range();
            assert!(lo < hi, "{} {}", i.id, c.label);
        }
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format::to_canonical_string(&p)
    );
}

#[test]
fn bad_ranges_are_refused_with_line_column_and_hint() {
    let cases: &[(&str, &str, (usize, usize), &str)] = &[
        (
            "(label: \"x\", value: 60, low: 40, high: 80)",
            "(label: \"x\", value: 60, low: 70, high: 80)",
            (16, 46),
            "`low` 70 is above `value` 60",
        ),
        (
            "(label: \"x\", value: 60, low: 40, high: 80)",
            "(label: \"x\", value: 60, low: 40, high: 50)",
            (16, 56),
            "`high` 50 is below `value` 60",
        ),
        (
            "(label: \"x\", value: 60, low: 40, high: 80)",
            "(label: \"x\", value: 60, low: 40, high: 180)",
            (16, 56),
            "`high` 180 is outside 0–100",
        ),
        (
            "weight_low: 6,",
            "weight_low: -1,",
            (13, 25),
            "`weight_low` -1 is outside 0–1000000",
        ),
        (
            "weight_high: 12,",
            "weight_high: 7,",
            (14, 26),
            "`weight_high` 7 is below `weight` 8",
        ),
        (
            "reservation_low: 35,",
            "reservation_low: 50,",
            (7, 22),
            "`reservation_low` 50 is above `reservation` 45",
        ),
        (
            "reservation_high: 55,",
            "reservation_high: 101,",
            (8, 23),
            "`reservation_high` 101 is outside 0–100",
        ),
    ];
    for (from, to, at, msg) in cases {
        let text = TWO.replacen(from, to, 1);
        assert_ne!(text, TWO);
        let (l, c, m, _) = first(&text);
        assert_eq!(m, *msg);
        assert_eq!((l, c), *at, "{m}");
    }
}

fn arb_range(v: f64) -> impl Strategy<Value = (Option<f64>, Option<f64>)> {
    (
        proptest::option::of(0.0..=v),
        proptest::option::of(v..=100.0),
    )
}

fn arb_position() -> impl Strategy<Value = Position> {
    let choice = (0.0f64..=100.0).prop_flat_map(|v| {
        arb_range(v).prop_map(move |(low, high)| Choice {
            label: String::new(),
            value: v,
            low,
            high,
        })
    });
    let issue = (
        proptest::collection::vec(choice, 1..4),
        0.0f64..50.0,
        proptest::option::of(0.0f64..1.0),
        proptest::option::of(1.0f64..3.0),
    )
        .prop_map(|(mut options, w, lo, hi)| {
            for (k, c) in options.iter_mut().enumerate() {
                c.label = format!("옵션 {k}");
            }
            Issue {
                options,
                weight: w,
                weight_low: lo.map(|f| f * w),
                weight_high: hi.map(|f| f * w),
                ..Issue::default()
            }
        });
    (
        proptest::collection::vec(issue, 0..4),
        (0.0f64..=100.0).prop_flat_map(|r| (Just(r), arb_range(r))),
        any::<bool>(),
    )
        .prop_map(|(mut issues, (r, (lo, hi)), estimate)| {
            for (k, i) in issues.iter_mut().enumerate() {
                i.id = format!("i{k}");
            }
            Position {
                party: "한국".into(),
                reservation: r,
                reservation_low: lo,
                reservation_high: hi,
                estimate,
                issues,
                ..Position::default()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn ranges_round_trip_and_the_format_is_the_lowest_that_holds_them(p in arb_position()) {
        prop_assert!(format::validate(&p).is_empty(), "{:?}", format::validate(&p));
        let text = format::to_canonical_string(&p);
        let back = format::load_str("f.ron", &text).unwrap();
        prop_assert_eq!(&back, &p);
        let declared = if text.starts_with("(\n    format: 2,") { 2 } else { 1 };
        prop_assert_eq!(declared, if p.uses_ranges() || p.estimate { 2 } else { 1 });
    }
}

#[test]
fn diff_reports_changed_ranges() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.ron"), dir.path().join("new.ron"));
    std::fs::write(&old, TWO).unwrap();
    let changed = TWO
        .replacen(
            "value: 60, low: 40, high: 80",
            "value: 60, low: 30, high: 90",
            1,
        )
        .replacen("weight_high: 12", "weight_high: 14", 1)
        .replacen("reservation_low: 35", "reservation_low: 30", 1);
    std::fs::write(&new, changed).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("\"x\" range 40–80 → 30–90"), "{text}");
    assert!(text.contains("weight_high"), "{text}");
    assert!(text.contains("reservation_low"), "{text}");
}
