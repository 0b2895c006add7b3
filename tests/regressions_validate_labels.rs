//! `validate` stopped building field paths and a label map for every issue (it was most of the
//! cost of checking a valid 10,000-issue file, see benches/load_save.rs). These pin the label
//! checks on both sides of the switch from a linear scan to a map (16 options).
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::format::{Problem, validate};
use accord::model::{Choice, Issue, Position};

fn position(labels: &[&str], target: Option<&str>, walk_away: Option<&str>) -> Position {
    Position {
        party: "US".into(),
        issues: vec![Issue {
            id: "a".into(),
            options: labels
                .iter()
                .map(|l| Choice {
                    label: (*l).into(),
                    value: 50.0,
                    ..Default::default()
                })
                .collect(),
            target: target.map(Into::into),
            walk_away: walk_away.map(Into::into),
            ..Issue::default()
        }],
        ..Position::default()
    }
}

fn messages(problems: &[Problem]) -> Vec<(String, String)> {
    problems
        .iter()
        .map(|p| (p.path.to_string(), p.message.clone()))
        .collect()
}

fn many(n: usize) -> Vec<String> {
    (0..n).map(|k| format!("option {k}")).collect()
}

#[test]
fn duplicate_labels_name_the_first_occurrence_in_short_and_long_lists() {
    for n in [4, 16, 17, 40] {
        let mut labels = many(n);
        labels.push("option 2".into());
        labels.push("option 2".into());
        let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        let got = messages(&validate(&position(&refs, Some("option 3"), None)));
        let dup = "duplicate option label \"option 2\" (option 3 has it too)".to_string();
        assert_eq!(
            got,
            vec![
                (format!("issues[0].options[{n}].label"), dup.clone()),
                (format!("issues[0].options[{}].label", n + 1), dup),
            ],
            "{n} options"
        );
    }
}

#[test]
fn blank_labels_are_reported_and_never_match_a_target() {
    for n in [3, 30] {
        let mut labels = many(n);
        labels.push(" ".into());
        labels.push(" ".into());
        let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        let got = messages(&validate(&position(&refs, Some(" "), Some("nope"))));
        assert_eq!(got.len(), 4, "{n} options: {got:?}");
        assert_eq!(got[0].1, "empty option label");
        assert_eq!(got[1].1, "empty option label");
        assert_eq!(got[2].0, "issues[0].target");
        assert_eq!(
            got[3],
            (
                "issues[0].walk_away".to_string(),
                "`walk_away` names \"nope\", which is not an option of this issue".to_string()
            )
        );
    }
}

#[test]
fn targets_naming_real_labels_pass_in_short_and_long_lists() {
    for n in [1, 16, 17, 100] {
        let labels = many(n);
        let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        let last = format!("option {}", n - 1);
        assert!(
            validate(&position(&refs, Some(&last), Some("option 0"))).is_empty(),
            "{n} options"
        );
    }
}
