//! Any sequence of edits, then undo all, gives the original workspace; redo all gives the
//! final one. Dirty state follows: back at the saved version the file is clean again.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::command::{Action, Command};
use accord::edit::{Edit, HeaderField, IssueField, Value};
use accord::model::{Choice, Flexibility, Issue};
use accord::state::State;
use accord::workspace::Side;
use proptest::prelude::*;

fn state() -> State {
    let mut st = State::default();
    st.apply(Command::Open {
        side: Side::Left,
        path: accord::sample_path("us.ron"),
    });
    st.apply(Command::Open {
        side: Side::Right,
        path: accord::sample_path("rok.ron"),
    });
    st
}

#[derive(Debug, Clone)]
enum Op {
    Edit(bool, u8, u8, String, Option<u64>),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (any::<bool>(), any::<u8>(), 0u8..17, "[a-z가-힣 ]{0,8}", proptest::option::of(0u64..3))
            .prop_map(|(s, i, k, t, m)| Op::Edit(s, i, k, t, m)),
        1 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

fn make_edit(st: &State, side: Side, i: u8, kind: u8, text: String) -> Edit {
    let n = st.ws.position(side).map_or(0, |p| p.issues.len());
    let i = usize::from(i) % n.max(1);
    match kind {
        0 => Edit::SetIssue(i, IssueField::Stance, Value::Text(text)),
        1 => Edit::SetIssue(
            i,
            IssueField::Weight,
            Value::Number(text.len() as f64 - 3.0),
        ),
        2 => Edit::SetIssue(i, IssueField::Id, Value::Text(format!("id-{text}"))),
        3 => Edit::SetIssue(i, IssueField::Topic, Value::Text(text)),
        4 => Edit::SetHeader(HeaderField::Title, Value::Text(text)),
        5 => Edit::InsertIssue(
            i,
            Box::new(Issue {
                id: format!("new-{text}"),
                options: vec![Choice {
                    label: "x".into(),
                    value: 5.0,
                    ..Default::default()
                }],
                ..Issue::default()
            }),
        ),
        6 => Edit::RemoveIssue(i),
        7 => Edit::MoveIssue(i, (i + 3) % n.max(1)),
        8 => Edit::SetIssue(i, IssueField::Flexibility, Value::Flex(Flexibility::Open)),
        9 => Edit::SetIssue(i, IssueField::Interests, Value::List(vec![text])),
        10 => Edit::SetIssue(i, IssueField::Target, Value::OptText(Some(text))),
        // Format 2: ranges and the estimate flag (out-of-range bounds are fine: undo must
        // restore whatever was there).
        12 => Edit::SetIssue(
            i,
            IssueField::WeightLow,
            Value::OptNumber(
                text.len()
                    .is_multiple_of(2)
                    .then_some(text.len() as f64 - 4.0),
            ),
        ),
        13 => Edit::SetIssue(i, IssueField::WeightHigh, Value::OptNumber(Some(99.0))),
        14 => Edit::SetHeader(
            HeaderField::ReservationLow,
            Value::OptNumber(Some(text.len() as f64)),
        ),
        15 => Edit::SetHeader(HeaderField::Estimate, Value::Bool(!text.is_empty())),
        16 => {
            let p = st.ws.position(side).unwrap();
            match p.issues.get(i) {
                Some(issue) => accord::edit::set_option_range(
                    issue,
                    0,
                    Some(text.len() as f64),
                    (!text.len().is_multiple_of(3)).then_some(95.0),
                    i,
                ),
                None => Edit::SetHeader(HeaderField::ReservationHigh, Value::OptNumber(None)),
            }
        }
        _ => Edit::SetHeader(HeaderField::Reservation, Value::Number(12.5)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undo_all_restores_and_redo_all_replays(ops in proptest::collection::vec(op(), 1..40)) {
        let mut st = state();
        let original = (st.ws.position(Side::Left).cloned(), st.ws.position(Side::Right).cloned());
        for o in ops {
            match o {
                Op::Edit(s, i, k, t, m) => {
                    let side = if s { Side::Left } else { Side::Right };
                    let e = make_edit(&st, side, i, k, t);
                    st.apply(Command::Edit { side, edit: e, merge: m });
                }
                Op::Undo => { st.apply(Command::Action(Action::Undo)); }
                Op::Redo => { st.apply(Command::Action(Action::Redo)); }
            }
            // The problems shown in place always equal a full check of the files.
            st.prepare_lines();
            for side in Side::BOTH {
                let key = |v: &[accord::format::Problem]| {
                    let mut k: Vec<String> = v.iter().map(|p| format!("{} {}", p.path, p.message)).collect();
                    k.sort();
                    k
                };
                let full = accord::format::validate(st.ws.position(side).unwrap());
                prop_assert_eq!(key(st.problems(side)), key(&full));
            }
            // The table always matches the files.
            let fresh = accord::table::TableModel::build(&st.ws);
            st.prepare_lines();
            prop_assert_eq!(
                fresh.rows.iter().map(|r| (&r.id, r.left, r.right, r.gap)).collect::<Vec<_>>(),
                st.table.rows.iter().map(|r| (&r.id, r.left, r.right, r.gap)).collect::<Vec<_>>()
            );
        }
        // Redo what was undone: the newest state of the history.
        while !st.history.redo.is_empty() {
            st.apply(Command::Action(Action::Redo));
        }
        let fin = (st.ws.position(Side::Left).cloned(), st.ws.position(Side::Right).cloned());
        while !st.history.undo.is_empty() {
            st.apply(Command::Action(Action::Undo));
        }
        prop_assert_eq!(&(st.ws.position(Side::Left).cloned(), st.ws.position(Side::Right).cloned()), &original);
        prop_assert!(!st.ws.any_dirty(), "back at the saved state, nothing is unsaved");
        while !st.history.redo.is_empty() {
            st.apply(Command::Action(Action::Redo));
        }
        prop_assert_eq!(&(st.ws.position(Side::Left).cloned(), st.ws.position(Side::Right).cloned()), &fin);
    }
}

#[test]
fn typing_into_one_field_is_one_undo_step() {
    let mut st = state();
    let before = st.ws.position(Side::Left).unwrap().issues[0].stance.clone();
    for t in ["a", "ab", "abc", "abcd"] {
        st.apply(Command::Edit {
            side: Side::Left,
            edit: Edit::SetIssue(0, IssueField::Stance, Value::Text(t.into())),
            merge: Some(42),
        });
    }
    assert_eq!(st.history.undo.len(), 1);
    assert_eq!(st.undo_label(), Some("edit stance of fms-lead-times"));
    st.apply(Command::Action(Action::Undo));
    assert_eq!(st.ws.position(Side::Left).unwrap().issues[0].stance, before);
    assert!(!st.ws.any_dirty());
    st.apply(Command::Action(Action::Redo));
    assert_eq!(st.ws.position(Side::Left).unwrap().issues[0].stance, "abcd");
    assert!(st.ws.any_dirty());
}

#[test]
fn a_new_edit_clears_redo_and_opening_a_file_forgets_its_history() {
    let mut st = state();
    st.apply(Command::Edit {
        side: Side::Left,
        edit: Edit::SetIssue(0, IssueField::Weight, Value::Number(3.0)),
        merge: None,
    });
    st.apply(Command::Action(Action::Undo));
    assert_eq!(st.history.redo.len(), 1);
    st.apply(Command::Edit {
        side: Side::Left,
        edit: Edit::SetIssue(0, IssueField::Weight, Value::Number(4.0)),
        merge: None,
    });
    assert!(st.history.redo.is_empty());
    st.apply(Command::Open {
        side: Side::Left,
        path: accord::sample_path("us.r2.ron"),
    });
    // Over unsaved edits, opening asks first and changes nothing yet.
    assert!(st.confirm.is_some());
    assert_eq!(st.history.undo.len(), 1);
    st.apply(Command::Answer(accord::command::Answer::Discard));
    assert!(st.confirm.is_none());
    assert_eq!(st.ws.position(Side::Left).unwrap().round, 2);
    assert!(st.history.undo.is_empty());
}

#[test]
fn editing_an_id_keeps_the_selection() {
    let mut st = state();
    st.apply(Command::Select(Some("fms-lead-times".into())));
    st.apply(Command::Edit {
        side: Side::Left,
        edit: Edit::SetIssue(0, IssueField::Id, Value::Text("fms-lead-times-2".into())),
        merge: None,
    });
    assert_eq!(st.selected.as_deref(), Some("fms-lead-times-2"));
    st.apply(Command::Action(Action::Undo));
    assert_eq!(st.selected.as_deref(), Some("fms-lead-times"));
}

#[test]
fn invalid_edits_are_flagged_in_place_and_refuse_to_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("us.ron");
    std::fs::copy(accord::sample_path("us.ron"), &path).unwrap();
    let mut st = State::default();
    st.apply(Command::Open {
        side: Side::Left,
        path: path.clone(),
    });
    let second = st.ws.position(Side::Left).unwrap().issues[1].id.clone();
    st.apply(Command::Edit {
        side: Side::Left,
        edit: Edit::SetIssue(0, IssueField::Id, Value::Text(second.clone())),
        merge: None,
    });
    st.prepare_lines();
    let problems = st.problems(Side::Left);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path.to_string(), "issues[1].id");
    st.apply(Command::Save(Side::Left));
    let err = st.error.clone().expect("save refused");
    assert!(err.detail.contains("duplicate id"), "{}", err.detail);
    assert!(st.ws.any_dirty());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read(accord::sample_path("us.ron")).unwrap()
    );
}

#[test]
fn a_new_issue_lands_after_the_selection_in_its_topic_and_undoes() {
    let mut st = state();
    st.apply(Command::Select(Some("sosa-priority".into())));
    st.apply(Command::Action(Action::NewIssue(Side::Right)));
    let p = st.ws.position(Side::Right).unwrap();
    let i = p.issue_index("new-issue-1").expect("added");
    assert_eq!(i, p.issue_index("sosa-priority").unwrap() + 1);
    assert_eq!(p.issues[i].topic, "Security of supply");
    assert_eq!(st.selected.as_deref(), Some("new-issue-1"));
    st.prepare_lines();
    assert!(
        st.problems(Side::Right).is_empty(),
        "a new issue is valid as it stands"
    );
    st.apply(Command::Action(Action::Undo));
    assert!(
        st.ws
            .position(Side::Right)
            .unwrap()
            .issue_index("new-issue-1")
            .is_none()
    );
}
