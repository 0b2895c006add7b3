use proptest::prelude::*;

use super::*;
use crate::diff::synth::{Plan, mutate, position};
use crate::format::conflict;

fn sample(name: &str) -> Position {
    format::load_file(&crate::sample_path(name)).unwrap()
}

fn merged(b: &Position, o: &Position, t: &Position) -> Position {
    merge(Some(b), o, t).position().unwrap()
}

fn abouts(m: &Merge<'_>) -> Vec<String> {
    let mut v: Vec<String> = m.conflicts().iter().map(ConflictAt::about).collect();
    v.sort();
    v
}

#[test]
fn the_field_tables_write_exactly_the_canonical_layout() {
    for p in [
        sample("us.ron"),
        sample("rok.r2.ron"),
        position("US", 60, 7),
        Position::default(),
    ] {
        let m = merge(Some(&p), &p, &p);
        assert!(m.conflicts().is_empty());
        let (text, at) = m.render(Style::default());
        assert!(at.is_empty());
        assert_eq!(text, format::to_canonical_string(&p));
        // And field by field, through the Merged path too.
        let mut s = String::new();
        for i in &p.issues {
            fields::write_issue(&mut s, i);
        }
        assert!(format::to_canonical_string(&p).contains(&s));
    }
}

#[test]
fn weights_on_one_side_and_stances_on_the_other_merge_without_conflict() {
    let base = position("US", 80, 3);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    for k in (0..80).step_by(2) {
        ours.issues[k].weight += 3.0;
        theirs.issues[k].stance.push_str(" 수정");
    }
    let m = merge(Some(&base), &ours, &theirs);
    assert!(m.conflicts().is_empty(), "{:?}", m.conflicts());
    let p = m.position().unwrap();
    for k in (0..80).step_by(2) {
        assert_eq!(p.issues[k].weight, ours.issues[k].weight);
        assert_eq!(p.issues[k].stance, theirs.issues[k].stance);
    }
    assert!(format::validate(&p).is_empty());
}

#[test]
fn different_changes_to_one_field_conflict_and_the_file_says_where() {
    let base = sample("us.ron");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.issues[1].weight = 7.0;
    theirs.issues[1].weight = 9.0;
    theirs.issues[1].notes = "theirs only".into();
    ours.round = 5;
    theirs.round = 6;
    let m = merge(Some(&base), &ours, &theirs);
    let id = &base.issues[1].id;
    assert_eq!(
        abouts(&m),
        vec![
            format!("issue {id}, field weight"),
            "the header, field round".to_string()
        ]
    );
    for diff3 in [false, true] {
        let (text, at) = m.render(Style {
            diff3,
            marker_size: 7,
        });
        let blocks = conflict::scan(&text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks.iter().map(|b| b.line).collect::<Vec<_>>(),
            at.iter().map(|c| c.line).collect::<Vec<_>>()
        );
        assert_eq!(blocks[1].about(), format!("issue {id}, field weight"));
        assert_eq!(&text[blocks[1].ours.clone()], "            weight: 7,\n");
        assert_eq!(&text[blocks[1].theirs.clone()], "            weight: 9,\n");
        assert_eq!(
            blocks[1].base.clone().map(|r| text[r].to_owned()),
            diff3.then(|| format!("            weight: {},\n", base.issues[1].weight))
        );
        assert!(text.contains("notes: \"theirs only\""));
        let e = format::load_str("m.ron", &text).unwrap_err();
        let h = e.headlines();
        assert_eq!(
            h[1],
            format!(
                "m.ron:{}:1: unresolved merge conflict in issue {id}, field weight",
                at[1].line
            )
        );
        assert!(e.to_string().contains("open it in Accord"));
    }
}

#[test]
fn an_issue_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() {
    let base = sample("rok.ron");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let id = ours.issues.remove(2).id;
    theirs.issues[2].title = "edited".into();
    let m = merge(Some(&base), &ours, &theirs);
    assert_eq!(
        abouts(&m),
        vec![format!(
            "issue {id} (deleted on one side, edited on the other)"
        )]
    );
    let (text, _) = m.render(Style::default());
    let b = conflict::scan(&text);
    assert_eq!(
        b[0].about(),
        format!("issue {id} (deleted on one side, edited on the other)")
    );
    // Deleted on one side, untouched on the other: deleted.
    let theirs = base.clone();
    assert_eq!(merged(&base, &ours, &theirs), ours);
}

#[test]
fn options_merge_by_label_and_a_removed_target_is_a_conflict() {
    let base = sample("us.ron");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let i = 0;
    ours.issues[i].options[0].value = 1.0;
    theirs.issues[i]
        .options
        .push(Choice::new("A new option", 40.0));
    let p = merged(&base, &ours, &theirs);
    assert_eq!(p.issues[i].options[0].value, 1.0);
    assert_eq!(
        p.issues[i].options.last().map(|c| c.label.as_str()),
        Some("A new option")
    );
    // Revalued on one side, removed on the other: conflict.
    let mut theirs2 = base.clone();
    theirs2.issues[i].options.remove(0);
    let m = merge(Some(&base), &ours, &theirs2);
    assert_eq!(
        abouts(&m),
        vec![format!("issue {}, field options", base.issues[i].id)]
    );
    // Ours aims at an option theirs removed: the merged issue would not load.
    let mut ours3 = base.clone();
    let mut theirs3 = base.clone();
    let label = base.issues[i].options[3].label.clone();
    assert!(
        base.issues[i].target.as_ref() != Some(&label)
            && base.issues[i].walk_away.as_ref() != Some(&label)
    );
    ours3.issues[i].target = Some(label.clone());
    theirs3.issues[i].options.retain(|c| c.label != label);
    let m = merge(Some(&base), &ours3, &theirs3);
    assert_eq!(
        abouts(&m),
        vec![format!("issue {}, field target", base.issues[i].id)]
    );
    assert!(m.position().is_none());
}

#[test]
fn lists_merge_element_wise() {
    let base = sample("us.ron");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.issues[0].interests.insert(0, "ours first".into());
    theirs.issues[0].interests.push("theirs last".into());
    theirs.issues[0].sources.clear();
    let p = merged(&base, &ours, &theirs);
    let mut want = base.issues[0].interests.clone();
    want.insert(0, "ours first".into());
    want.push("theirs last".into());
    assert_eq!(p.issues[0].interests, want);
    assert!(p.issues[0].sources.is_empty());
}

#[test]
fn a_moved_block_and_an_insert_are_both_kept() {
    let base = position("US", 60, 11);
    let mut ours = base.clone();
    let block: Vec<Issue> = ours.issues.drain(10..20).collect();
    ours.issues.extend(block);
    let mut theirs = base.clone();
    theirs.issues.remove(40);
    let mut new = base.issues[0].clone();
    new.id = "inserted".into();
    theirs.issues.insert(5, new);
    let p = merged(&base, &ours, &theirs);
    let ids: Vec<&str> = p.issues.iter().map(|i| i.id.as_str()).collect();
    let mut want: Vec<&str> = ours.issues.iter().map(|i| i.id.as_str()).collect();
    want.retain(|&id| id != base.issues[40].id);
    want.insert(5, "inserted");
    assert_eq!(ids, want);
}

#[test]
fn no_common_ancestor_takes_what_agrees_and_conflicts_on_the_rest() {
    let ours = sample("us.ron");
    let mut theirs = ours.clone();
    theirs.title = "another title".into();
    let m = merge(None, &ours, &theirs);
    assert_eq!(abouts(&m), vec!["the header, field title".to_string()]);
}

#[test]
fn hangul_survives_a_merge() {
    let base = sample("rok.ron");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.issues[0].stance = "우리 입장".into();
    theirs.issues[0].notes = "그들의 메모".into();
    let p = merged(&base, &ours, &theirs);
    let text = format::to_canonical_string(&p);
    let back = format::load_str("x", &text).unwrap();
    assert_eq!(back.issues[0].stance, "우리 입장");
    assert_eq!(back.issues[0].notes, "그들의 메모");
}

fn side(base: &Position, seed: u64, n: usize) -> Position {
    let plan = Plan {
        changed: n / 5,
        added: n / 10,
        removed: n / 10,
        moved_block: 3,
    };
    mutate(base, plan, seed).0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn one_sided_and_identical_changes_come_back_exactly(seed in 0u64..10_000, n in 0usize..40) {
        let base = position("US", n, seed);
        let x = side(&base, seed ^ 0xabc, n);
        prop_assert_eq!(&merged(&base, &x, &base), &x);
        prop_assert_eq!(&merged(&base, &base, &x), &x);
        prop_assert_eq!(&merged(&base, &x, &x), &x);
    }

    #[test]
    fn conflicts_are_symmetric_and_the_result_is_well_formed(seed in 0u64..10_000, n in 1usize..40) {
        let base = position("US", n, seed);
        let o = side(&base, seed.wrapping_mul(3), n);
        let t = side(&base, seed.wrapping_mul(7).wrapping_add(1), n);
        let m1 = merge(Some(&base), &o, &t);
        let m2 = merge(Some(&base), &t, &o);
        prop_assert_eq!(abouts(&m1), abouts(&m2));
        // The same ids survive either way round.
        let ids = |m: &Merge<'_>| {
            let (text, _) = m.render(Style::default());
            let mut v: Vec<String> = text.lines().filter_map(|l| l.trim().strip_prefix("id: ").map(str::to_owned)).collect();
            v.sort();
            v
        };
        prop_assert_eq!(ids(&m1), ids(&m2));
        match m1.position() {
            Some(p) => {
                prop_assert!(format::validate(&p).is_empty());
                let (text, _) = m1.render(Style::default());
                prop_assert_eq!(text, format::to_canonical_string(&p));
            }
            None => {
                let (text, at) = m1.render(Style { diff3: true, marker_size: 7 });
                let blocks = conflict::scan(&text);
                prop_assert_eq!(blocks.len(), at.len());
                for (b, c) in blocks.iter().zip(&at) {
                    prop_assert_eq!(b.about(), c.about());
                }
                // Taking one side of every conflict gives canonical text, which loads unless a
                // rule ties the picked field to the other side's (then the loader says so).
                for pick in [resolve::Pick::Ours, resolve::Pick::Theirs, resolve::Pick::Base] {
                    let mut r = resolve::Resolution::new(text.clone()).unwrap();
                    for k in 0..r.len() {
                        r.pick(k, pick.clone());
                    }
                    let resolved = r.result_text();
                    if pick == resolve::Pick::Base && r.resolved() < r.len() {
                        // A conflict without a base (an issue both sides added) stays open.
                        prop_assert!(resolved.is_none());
                        continue;
                    }
                    let resolved = resolved.unwrap();
                    if let Ok(p) = format::load_str("r", &resolved) {
                        prop_assert_eq!(format::to_canonical_string(&p), resolved);
                    }
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The marker scanner runs before every parse: it must never panic, and only a text with a
    /// `<<<<<<<` can hold a block.
    #[test]
    fn the_marker_scanner_never_panics(parts in proptest::collection::vec(
        prop_oneof![
            Just("<<<<<<< ours\n".to_string()),
            Just("||||||| base\n".to_string()),
            Just("=======\n".to_string()),
            Just(">>>>>>> theirs\n".to_string()),
            Just("    weight: 2,\n".to_string()),
            Just("            id: \"가\\\"b\",\n".to_string()),
            Just("        (\n".to_string()),
            Just("    issues: [\n".to_string()),
            "\\PC{0,12}",
        ],
        0..24,
    )) {
        let text: String = parts.concat();
        let blocks = conflict::scan(&text);
        if !text.contains("<<<<<<<") {
            prop_assert!(blocks.is_empty());
        }
        for b in &blocks {
            prop_assert!(text.get(b.span.clone()).is_some());
            prop_assert!(text.get(b.ours.clone()).is_some());
            prop_assert!(text.get(b.theirs.clone()).is_some());
            let _ = b.about();
        }
        let _ = format::load_str("x", &text);
        if let Some(mut r) = resolve::Resolution::new(text.clone()) {
            for k in 0..r.len() {
                r.pick(k, resolve::Pick::Theirs);
            }
            let _ = r.result("x");
        }
    }
}

#[test]
fn format_2_fields_merge_field_by_field() {
    let base = sample("rok.ron");
    let mut ours = base.clone();
    ours.shared =
        Some(crate::model::FieldSet::DEFAULT_SHARED.with(crate::model::Field::Values, true));
    ours.issues[0].weight_low = Some(ours.issues[0].weight - 1.0);
    let mut theirs = base.clone();
    theirs.estimate = true;
    theirs.issues[1].options[0].low = Some(0.0);
    theirs.reservation_high = Some(theirs.reservation + 5.0);
    let m = merge(Some(&base), &ours, &theirs);
    let p = m.position().unwrap();
    assert_eq!(p.shared, ours.shared);
    assert!(p.estimate);
    assert_eq!(p.issues[0].weight_low, ours.issues[0].weight_low);
    assert_eq!(p.issues[1].options[0].low, Some(0.0));
    assert_eq!(p.reservation_high, theirs.reservation_high);
    let (text, at) = m.render(Style::default());
    assert!(at.is_empty());
    assert_eq!(text, format::to_canonical_string(&p));
    assert!(text.contains("format: 2,"));
    // The same field changed differently on both sides is a conflict.
    let mut t2 = base.clone();
    t2.shared = Some(crate::model::FieldSet::NONE);
    assert!(merge(Some(&base), &ours, &t2).position().is_none());
}
