//! Engine tests: hand-made cases for every kind, and properties.

use std::collections::HashMap;

use proptest::prelude::*;

use super::synth::{Plan, Rng, mutate, position};
use super::*;
use crate::model::{Choice, Flexibility};

fn issue(id: &str, title: &str) -> Issue {
    Issue {
        id: id.into(),
        topic: "FMS reform".into(),
        title: title.into(),
        stance: format!("We ask for {title}."),
        weight: 2.0,
        options: vec![
            Choice {
                label: "Status quo".into(),
                value: 10.0,
                ..Default::default()
            },
            Choice {
                label: "Binding schedule".into(),
                value: 90.0,
                ..Default::default()
            },
        ],
        ..Issue::default()
    }
}

fn pos(issues: Vec<Issue>) -> Position {
    Position {
        party: "US".into(),
        issues,
        ..Position::default()
    }
}

fn kinds(d: &Diff) -> Vec<(String, Kind, bool)> {
    d.changes
        .iter()
        .map(|c| (c.id.clone(), c.kind, c.moved))
        .collect()
}

#[test]
fn identical_is_empty() {
    let a = pos(vec![issue("a", "A"), issue("b", "B")]);
    let d = diff(&a, &a.clone());
    assert!(d.is_empty());
    assert_eq!(d.summary(), Summary::default());
}

#[test]
fn every_kind_in_new_order_then_removals() {
    let old = pos(vec![
        issue("a", "A"),
        issue("b", "B"),
        issue("c", "C"),
        issue("d", "D"),
        issue("gone", "Gone"),
    ]);
    let mut b2 = issue("b", "B");
    b2.weight = 3.0;
    let new = pos(vec![
        issue("a", "A"),
        issue("c", "C"),
        issue("fresh", "Fresh"),
        issue("d", "D"),
        b2,
    ]);
    let d = diff(&old, &new);
    assert_eq!(
        kinds(&d),
        vec![
            ("fresh".into(), Kind::Added, false),
            ("b".into(), Kind::Changed, true),
            ("gone".into(), Kind::Removed, false),
        ]
    );
    let b = d.get("b").unwrap();
    assert_eq!(b.fields.len(), 1);
    assert_eq!(b.fields[0].field, "weight");
    assert_eq!(b.fields[0].old, Value::Number(2.0));
    assert_eq!(b.fields[0].new, Value::Number(3.0));
    assert_eq!(
        d.summary(),
        Summary {
            added: 1,
            removed: 1,
            changed: 1,
            moved: 0,
            header: 0
        }
    );
    assert_eq!(
        render::summary_line(&d),
        "1 changed (1 also moved), 1 added, 1 removed, 0 moved"
    );
}

#[test]
fn reorder_alone_is_moved() {
    let old = pos(vec![issue("a", "A"), issue("b", "B"), issue("c", "C")]);
    let new = pos(vec![issue("c", "C"), issue("a", "A"), issue("b", "B")]);
    let d = diff(&old, &new);
    assert_eq!(kinds(&d), vec![("c".into(), Kind::Moved, true)]);
    assert!(d.changes[0].fields.is_empty());
}

#[test]
fn a_block_of_20_moved_reports_exactly_those_20() {
    let old = pos((0..200).map(|i| issue(&format!("i{i:03}"), "t")).collect());
    let mut new = old.clone();
    let block: Vec<Issue> = new.issues.drain(50..70).collect();
    let at = 150;
    let tail = new.issues.split_off(at);
    new.issues.extend(block);
    new.issues.extend(tail);
    let d = diff(&old, &new);
    let moved: Vec<&str> = d.changes.iter().map(|c| c.id.as_str()).collect();
    let expected: Vec<String> = (50..70).map(|i| format!("i{i:03}")).collect();
    assert_eq!(moved, expected);
    assert!(d.changes.iter().all(|c| c.kind == Kind::Moved));
}

#[test]
fn rename_hint_on_near_identical_issue() {
    let old = pos(vec![issue("a", "A"), issue("fms-lead", "Lead times")]);
    let mut renamed = issue("fms-lead-times", "Lead times");
    renamed.notes = "renamed".into();
    let new = pos(vec![issue("a", "A"), renamed, issue("other", "Other")]);
    let d = diff(&old, &new);
    let added = d.get("fms-lead-times").unwrap();
    assert_eq!(added.kind, Kind::Added);
    assert_eq!(added.likely_rename_of.as_deref(), Some("fms-lead"));
    assert_eq!(d.get("other").unwrap().likely_rename_of, None);
    let s = d.summary();
    assert_eq!((s.added, s.removed), (2, 1));
}

#[test]
fn no_rename_hint_when_too_different() {
    let old = pos(vec![issue("x", "Lead times")]);
    let mut other = issue("y", "Lead times");
    other.weight = 9.0;
    other.notes = "n".into();
    other.flexibility = Flexibility::Firm;
    let d = diff(&old, &pos(vec![other]));
    assert_eq!(d.get("y").unwrap().likely_rename_of, None);
}

#[test]
fn hangul_text_word_diff() {
    let mut a = issue("k", "정비 협력");
    a.stance = "미국 함정 정비를 한국 조선소에서 수행한다.".into();
    let mut b = a.clone();
    b.stance = "미국 함정 및 항공기 정비를 한국 조선소에서 수행한다.".into();
    let d = diff(&pos(vec![a]), &pos(vec![b]));
    let f = &d.changes[0].fields[0];
    assert_eq!(f.field, "stance");
    let Detail::Words(spans) = &f.detail else {
        panic!("word diff expected")
    };
    let inserted: String = spans
        .iter()
        .filter(|s| s.tag == SpanTag::Inserted)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(inserted.trim(), "및 항공기");
    assert!(spans.iter().all(|s| s.tag != SpanTag::Deleted));
}

#[test]
fn header_fields_are_compared() {
    let a = pos(vec![]);
    let mut b = a.clone();
    b.round = 2;
    b.as_of = Some("2024-06-01".into());
    b.marking = Some("DRAFT".into());
    b.reservation = 45.5;
    let d = diff(&a, &b);
    let names: Vec<_> = d.header.iter().map(|f| f.field).collect();
    assert_eq!(names, ["round", "as_of", "marking", "reservation"]);
    assert_eq!(d.summary().header, 4);
    assert!(!d.is_empty());
    let json: serde_json::Value = serde_json::from_str(&render::to_json(&d, None)).unwrap();
    assert_eq!(json["changes"][0]["id"], serde_json::Value::Null);
    assert_eq!(json["changes"][0]["kind"], "header");
    assert_eq!(json["changes"][0]["fields"][0]["field"], "round");
    assert_eq!(json["changes"][0]["fields"][0]["old"], 1);
    assert_eq!(
        json["changes"][0]["fields"][1]["old"],
        serde_json::Value::Null
    );
    assert_eq!(json["summary"]["header"], 4);
}

#[test]
fn json_shape_of_an_issue_change() {
    let a = issue("a", "A");
    let mut b = a.clone();
    b.options[1].value = 80.0;
    b.options.push(Choice {
        label: "Priority lane".into(),
        value: 50.0,
        ..Default::default()
    });
    b.target = Some("Priority lane".into());
    let d = diff(&pos(vec![a]), &pos(vec![b]));
    let json: serde_json::Value = serde_json::from_str(&render::to_json(&d, None)).unwrap();
    let c = &json["changes"][0];
    assert_eq!(c["id"], "a");
    assert_eq!(c["kind"], "changed");
    assert_eq!(c["moved"], false);
    assert_eq!(c["likely_rename_of"], serde_json::Value::Null);
    assert_eq!(c["fields"][0]["field"], "options");
    assert_eq!(c["fields"][0]["options"][0]["label"], "Binding schedule");
    assert_eq!(c["fields"][0]["options"][0]["delta"], -10);
    assert_eq!(c["fields"][0]["options"][1]["change"], "added");
    assert_eq!(c["fields"][1]["field"], "target");
    assert_eq!(c["fields"][1]["new"], "Priority lane");
    assert_eq!(json["summary"]["changed"], 1);
}

#[test]
fn text_output_plain() {
    let a = issue("a", "A");
    let mut b = a.clone();
    b.stance = "We ask for B.".into();
    let d = diff(&pos(vec![a.clone()]), &pos(vec![b.clone()]));
    let t = render::to_text(
        &d,
        &pos(vec![a]),
        &pos(vec![b]),
        ("old.ron", "new.ron"),
        None,
        render::Style { colour: false },
    );
    assert!(t.contains("~ a (changed) \"A\""), "{t}");
    assert!(t.contains("stance: \"We ask for [-A.-]{+B.+}\""), "{t}");
    assert!(
        t.ends_with("1 changed, 0 added, 0 removed, 0 moved\n"),
        "{t}"
    );
    assert!(!t.contains('\x1b'));
}

#[test]
fn synthetic_edits_are_counted_exactly() {
    let base = position("US", 2_000, 7);
    let (new, expected) = mutate(&base, Plan::workshop(2_000), 7);
    assert_eq!(expected.moved, 20);
    let d = diff(&base, &new);
    assert_eq!(d.summary(), expected);
    assert!(d.changes.iter().all(|c| c.likely_rename_of.is_none()));
}

#[test]
fn dev_null_like_empty_old_side_lists_everything_as_added() {
    let new = pos(vec![issue("a", "A"), issue("b", "B")]);
    let d = diff(&Position::default(), &new);
    assert_eq!(d.summary().added, 2);
    assert_eq!(
        d.header.iter().map(|f| f.field).collect::<Vec<_>>(),
        ["party"]
    );
}

/// diff(b, a) is diff(a, b) seen from the other end.
fn assert_mirror(a: &Position, b: &Position) {
    let ab = diff(a, b);
    let ba = diff(b, a);
    assert_eq!(ab.header.len(), ba.header.len());
    for (f, g) in ab.header.iter().zip(&ba.header) {
        assert_eq!((f.field, &f.old, &f.new), (g.field, &g.new, &g.old));
    }
    let back: HashMap<&str, &IssueChange> = ba.changes.iter().map(|c| (c.id.as_str(), c)).collect();
    assert_eq!(ab.changes.len(), ba.changes.len());
    for c in &ab.changes {
        let r = back[c.id.as_str()];
        let mirrored = match c.kind {
            Kind::Added => Kind::Removed,
            Kind::Removed => Kind::Added,
            k => k,
        };
        assert_eq!(r.kind, mirrored, "{}", c.id);
        assert_eq!(r.moved, c.moved, "{}", c.id);
        assert_eq!((r.old_index, r.new_index), (c.new_index, c.old_index));
        assert_eq!(r.fields.len(), c.fields.len());
        for (f, g) in c.fields.iter().zip(&r.fields) {
            assert_eq!((f.field, &f.old, &f.new), (g.field, &g.new, &g.old));
        }
        if let Some(renamed) = &c.likely_rename_of {
            assert_eq!(
                back[renamed.as_str()].likely_rename_of.as_deref(),
                Some(c.id.as_str())
            );
        }
    }
    let (s, t) = (ab.summary(), ba.summary());
    assert_eq!(
        (s.added, s.removed, s.changed, s.moved),
        (t.removed, t.added, t.changed, t.moved)
    );
}

fn scrambled(p: &Position, seed: u64, swaps: usize) -> Position {
    let mut q = p.clone();
    let mut rng = Rng::new(seed);
    for _ in 0..swaps {
        let n = q.issues.len();
        if n > 1 {
            let (i, j) = (rng.below(n), rng.below(n));
            q.issues.swap(i, j);
        }
    }
    q
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn diff_with_itself_is_empty(n in 0usize..40, seed in any::<u64>()) {
        let a = position("US", n, seed);
        prop_assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn diffs_mirror_each_other(
        n in 0usize..40,
        seed in any::<u64>(),
        changed in 0usize..6,
        added in 0usize..4,
        removed in 0usize..4,
        swaps in 0usize..6,
        round in 1u32..3,
    ) {
        let a = position("US", n, seed);
        let plan = Plan { changed, added, removed, moved_block: 0 };
        let (b, _) = mutate(&a, plan, seed);
        let mut b = scrambled(&b, seed, swaps);
        b.round = round;
        // A near-identical copy under another id, to exercise rename hints both ways.
        if let Some(first) = a.issues.first() {
            let mut copy = first.clone();
            copy.id = "renamed".into();
            copy.notes.push('!');
            b.issues.push(copy);
            b.issues.retain(|i| i.id != first.id);
        }
        assert_mirror(&a, &b);
    }

    #[test]
    fn shuffling_gives_only_moves(n in 0usize..60, seed in any::<u64>()) {
        let a = position("US", n, seed);
        let mut b = a.clone();
        Rng::new(seed).shuffle(&mut b.issues);
        let d = diff(&a, &b);
        prop_assert!(d.header.is_empty());
        for c in &d.changes {
            prop_assert_eq!(c.kind, Kind::Moved);
            prop_assert!(c.moved && c.fields.is_empty());
        }
        // What did not move is in the same relative order on both sides.
        let kept_old: Vec<&str> = a.issues.iter().map(|i| i.id.as_str()).filter(|id| d.get(id).is_none()).collect();
        let kept_new: Vec<&str> = b.issues.iter().map(|i| i.id.as_str()).filter(|id| d.get(id).is_none()).collect();
        prop_assert_eq!(kept_old, kept_new);
    }

    #[test]
    fn synthetic_plans_are_counted_exactly(
        n in 100usize..400,
        seed in any::<u64>(),
        changed in 0usize..20,
        added in 0usize..5,
        removed in 0usize..5,
    ) {
        let a = position("US", n, seed);
        let plan = Plan { changed, added, removed, moved_block: 5 };
        let (b, expected) = mutate(&a, plan, seed);
        prop_assert_eq!(diff(&a, &b).summary(), expected);
    }
}
