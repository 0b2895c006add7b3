//! Load → save → load is the identity; saves are atomic and refuse what would not load.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::format::{self, SaveError};
use accord::model::{Choice, Flexibility, Issue, Position};
use proptest::prelude::*;

fn samples() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("positions");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_sample_loads_round_trips_and_is_canonical() {
    let files = samples();
    assert!(files.len() >= 4, "{files:?}");
    for f in files {
        let p = format::load_file(&f).unwrap_or_else(|e| panic!("{e}"));
        let text = format::to_canonical_string(&p);
        let back = format::load_str("again", &text).unwrap();
        assert_eq!(back, p, "{}", f.display());
        assert_eq!(
            std::fs::read_to_string(&f).unwrap(),
            text,
            "{} is not in the canonical layout (run `accord fmt`)",
            f.display()
        );
    }
}

#[test]
fn samples_have_a_shared_agenda_and_hangul() {
    let us = format::load_file(&accord::sample_path("us.ron")).unwrap();
    let rok = format::load_file(&accord::sample_path("rok.ron")).unwrap();
    assert!(us.issues.len() >= 12);
    for i in &us.issues {
        let j = &rok.issues[rok.issue_index(&i.id).expect("same agenda")];
        assert!((3..=5).contains(&i.options.len()), "{}", i.id);
        let mut a: Vec<_> = i.options.iter().map(|c| &c.label).collect();
        let mut b: Vec<_> = j.options.iter().map(|c| &c.label).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{}: both sides value the same options", i.id);
    }
    let hangul = |s: &str| s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
    assert!(hangul(&rok.title) || rok.issues.iter().any(|i| hangul(&i.stance)));
}

#[test]
fn hangul_and_multiline_text_survive() {
    let p = Position {
        party: "ROK".into(),
        title: "대한민국 입장 \"따옴표\" \\ 백슬래시".into(),
        marking: Some("예시 – ILLUSTRATIVE".into()),
        issues: vec![Issue {
            id: "조달-1".into(),
            stance: "첫 줄\n둘째 줄\r\n\tindented\u{0007}bell".into(),
            options: vec![Choice {
                label: "현상 유지".into(),
                value: 33.333333333333336,
                ..Default::default()
            }],
            ..Issue::default()
        }],
        ..Position::default()
    };
    let text = format::to_canonical_string(&p);
    assert_eq!(format::load_str("t", &text).unwrap(), p);
    assert!(
        text.contains("대한민국 입장"),
        "Hangul is written as is, not escaped"
    );
}

#[test]
fn save_refuses_an_invalid_position_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    std::fs::write(&path, "old contents").unwrap();
    let p = Position {
        party: "US".into(),
        issues: vec![
            Issue {
                id: "a".into(),
                ..Issue::default()
            },
            Issue {
                id: "a".into(),
                ..Issue::default()
            },
        ],
        ..Position::default()
    };
    let err = format::save_atomic(&path, &p).unwrap_err();
    assert!(matches!(err, SaveError::Invalid { .. }));
    assert!(
        err.to_string().contains("issues[1].id: duplicate id"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old contents");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );
}

#[test]
fn failed_write_leaves_no_temp_file_and_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a folder: the rename must fail after the temp file was written.
    let target = dir.path().join("taken");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("inside"), "x").unwrap();
    let p = Position {
        party: "US".into(),
        ..Position::default()
    };
    assert!(format::save_atomic(&target, &p).is_err());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("taken")]);
    assert!(target.join("inside").exists());
    // A folder that does not exist.
    assert!(format::save_atomic(&dir.path().join("no/such/p.ron"), &p).is_err());
}

#[test]
fn successful_save_replaces_the_file_and_leaves_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    std::fs::write(&path, "old").unwrap();
    let p = Position {
        party: "US".into(),
        ..Position::default()
    };
    format::save_atomic(&path, &p).unwrap();
    assert_eq!(format::load_file(&path).unwrap(), p);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.()\\[\\]:]{0,20}",
        "[가-힣 ]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(24).collect()),
        Just("line one\nline two \"quoted\" \\ back".to_owned()),
    ]
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![(0u32..=100).prop_map(f64::from), 0.0f64..=100.0]
}

fn issue() -> impl Strategy<Value = Issue> {
    (
        text(),
        text(),
        text(),
        prop_oneof![Just(1.0), 0.0f64..1000.0],
        proptest::collection::vec(value(), 0..5),
        proptest::collection::vec(text(), 0..3),
        text(),
        0usize..3,
        any::<(bool, bool)>(),
    )
        .prop_map(
            |(topic, title, stance, weight, values, list, notes, flex, (t, w))| {
                let options: Vec<Choice> = values
                    .into_iter()
                    .enumerate()
                    .map(|(k, value)| Choice::new(format!("opt {k} 선택"), value))
                    .collect();
                let target = (t && !options.is_empty()).then(|| options[0].label.clone());
                let walk_away =
                    (w && !options.is_empty()).then(|| options[options.len() - 1].label.clone());
                Issue {
                    id: String::new(),
                    topic,
                    title,
                    stance,
                    weight,
                    options,
                    target,
                    walk_away,
                    flexibility: Flexibility::ALL[flex],
                    interests: list.clone(),
                    criteria: list.iter().rev().cloned().collect(),
                    notes,
                    sources: list,
                    ..Issue::default()
                }
            },
        )
}

fn position() -> impl Strategy<Value = Position> {
    (
        "[A-Z]{1,4}",
        text(),
        text(),
        1u32..50,
        proptest::option::of(Just("2024-02-29".to_owned())),
        proptest::option::of(text()),
        text(),
        value(),
        proptest::collection::vec(issue(), 0..6),
        // Format 2 header fields: a `shared` list (any subset of the fields) and `estimate`.
        proptest::option::of(proptest::collection::vec(0usize..15, 0..15)),
        any::<bool>(),
    )
        .prop_map(
            |(
                party,
                party_name,
                title,
                round,
                as_of,
                marking,
                batna,
                reservation,
                issues,
                shared,
                estimate,
            )| {
                Position {
                    shared: shared.map(|ks| {
                        accord::model::FieldSet::of(
                            &ks.into_iter()
                                .map(|k| accord::model::Field::ALL[k])
                                .collect::<Vec<_>>(),
                        )
                    }),
                    estimate,
                    party,
                    party_name,
                    title,
                    round,
                    as_of,
                    marking,
                    batna,
                    reservation,
                    issues: issues
                        .into_iter()
                        .enumerate()
                        .map(|(k, mut i)| {
                            i.id = format!("issue-{k}");
                            i
                        })
                        .collect(),
                    ..Position::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_position_survives_save_and_load(p in position()) {
        prop_assert!(format::validate(&p).is_empty());
        let text = format::to_canonical_string(&p);
        let back = format::load_str("gen", &text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &p);
        prop_assert_eq!(format::to_canonical_string(&back), text);
    }
}
