//! The workspace as a user sees it: rows, selection, detail panel, filter, bad files.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::command::Command;
use accord::workspace::Side;
use egui_kittest::kittest::Queryable;

#[test]
fn both_files_open_side_by_side_with_headers() {
    let h = common::samples();
    let st = &h.state().state;
    assert_eq!(st.ws.position(Side::Left).unwrap().party, "US");
    assert_eq!(st.ws.position(Side::Right).unwrap().party, "ROK");
    // Headers: party, round, title; Hangul title of the ROK file renders (kittest refuses
    // missing glyphs, so this also checks the bundled Korean font).
    h.get_by_label("US");
    h.get_by_label("ROK");
    let rok_title = &st.ws.position(Side::Right).unwrap().title;
    assert!(
        rok_title
            .chars()
            .any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
    );
    h.get_by_label(rok_title);
    assert!(h.query_all_by_label("Round 1").count() >= 2);
    // The marking banner is on screen.
    assert!(h.query_all_by_label_contains("ILLUSTRATIVE").count() >= 1);
}

#[test]
fn select_a_row_and_see_both_sides_in_the_detail_panel() {
    let mut h = common::samples();
    assert!(h.state().state.selected.is_none());
    h.get_by_label("FMS delivery lead times").click();
    h.run();
    assert_eq!(h.state().state.selected.as_deref(), Some("fms-lead-times"));
    // The detail panel shows the options grid with both sides' values, and both sides'
    // interests.
    h.get_by_label("Option");
    h.get_by_label("US value");
    h.get_by_label("ROK value");
    let (us, rok) = {
        let st = &h.state().state;
        let i = st.ws.position(Side::Left).unwrap();
        let j = st.ws.position(Side::Right).unwrap();
        let id = i.issue_index("fms-lead-times").unwrap();
        let jd = j.issue_index("fms-lead-times").unwrap();
        (i.issues[id].clone(), j.issues[jd].clone())
    };
    // Every field of both sides is there, as an editor holding the file's text.
    assert_eq!(
        h.get_by_label("US interests 1").value(),
        Some(us.interests[0].clone())
    );
    assert_eq!(
        h.get_by_label("ROK interests 1").value(),
        Some(rok.interests[0].clone())
    );
    assert_eq!(
        h.get_by_label("ROK criteria 1").value(),
        Some(rok.criteria[0].clone())
    );
    let stance_editor = h
        .get_all_by_label("ROK stance")
        .find(|n| n.value().is_some())
        .expect("an editor for the ROK stance");
    assert_eq!(stance_editor.value(), Some(rok.stance.clone()));
    // Escape closes it.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().state.selected.is_none());
    assert!(h.query_by_label("US value").is_none());
}

#[test]
fn filter_narrows_the_table() {
    let mut h = common::samples();
    let total = h.state().state.table.rows.len();
    assert!(total >= 12);
    h.get_by_label("FMS delivery lead times");
    h.get_by_label("Filter").focus();
    h.run();
    h.get_by_label("Filter").type_text("MRO");
    h.run();
    assert_eq!(h.state().state.filter, "MRO");
    let shown = h
        .state()
        .state
        .cached_lines()
        .iter()
        .filter(|l| matches!(l, accord::table::Line::Issue(_)))
        .count();
    assert!(shown >= 1 && shown < total, "{shown} of {total}");
    assert!(h.query_by_label("FMS delivery lead times").is_none());
    h.get_by_label_contains(&format!("{shown} of {total} issues"));
}

#[test]
fn ctrl_f_focuses_the_filter() {
    let mut h = common::samples();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert!(h.get_by_label("Filter").is_focused());
}

#[test]
fn a_bad_file_shows_its_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(
        &bad,
        "(\n    format: 1,\n    party: \"US\",\n    issues: [(id: \"a\", weight: -3)],\n)\n",
    )
    .unwrap();
    let mut h = common::samples();
    let before_rows: Vec<String> = h
        .state()
        .state
        .table
        .rows
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let before_left = h.state().state.ws.position(Side::Left).cloned();
    h.state_mut().push(Command::Open {
        side: Side::Left,
        path: bad.clone(),
    });
    h.run();
    let want = format!("{}:4:32: weight -3 is not allowed", bad.display());
    h.get_by_label_contains(&want);
    h.get_by_label_contains("the left side is unchanged");
    let st = &h.state().state;
    assert_eq!(st.ws.position(Side::Left).cloned(), before_left);
    let after_rows: Vec<String> = st.table.rows.iter().map(|r| r.id.clone()).collect();
    assert_eq!(after_rows, before_rows);
    h.get_by_label("FMS delivery lead times");
    // Dismiss clears the banner.
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.query_by_label_contains(&want).is_none());
}

#[test]
fn one_sided_issues_are_shown_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("us-extra.ron");
    let mut us = accord::format::load_file(&common::sample("us.ron")).unwrap();
    us.issues.push(accord::model::Issue {
        id: "only-us".into(),
        topic: "Extra".into(),
        title: "An issue only the US raised".into(),
        ..Default::default()
    });
    accord::format::save_atomic(&extra, &us).unwrap();
    let h = common::app(Some(extra), Some(common::sample("rok.ron")));
    h.get_by_label("An issue only the US raised");
    assert_eq!(
        h.query_all_by_label("— not in ROK file").count(),
        2,
        "stance and target cells"
    );
    h.get_by_label("one-sided");
}

#[test]
fn sorting_by_gap_orders_rows_within_topics() {
    let mut h = common::samples();
    h.get_by_label_contains("Gap").click();
    h.run();
    let st = &h.state().state;
    assert_eq!(
        st.sort.map(|s| (s.column, s.descending)),
        Some((accord::table::Column::Gap, false))
    );
    // Within each topic, gaps ascend.
    let mut last: Option<f64> = None;
    for line in st.cached_lines() {
        match line {
            accord::table::Line::Topic { .. } => last = None,
            accord::table::Line::Issue(r) => {
                let g = st.table.rows[*r].gap.map(|g| g.size);
                if let (Some(a), Some(b)) = (last, g) {
                    assert!(a <= b, "{a} > {b}");
                }
                last = g.or(last);
            }
        }
    }
}

#[test]
fn save_writes_the_canonical_file_and_clears_the_marker() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("us.ron");
    std::fs::copy(common::sample("us.ron"), &path).unwrap();
    let mut h = common::app(Some(path.clone()), Some(common::sample("rok.ron")));
    let mut p = h.state().state.ws.position(Side::Left).unwrap().clone();
    p.title = "Edited title 편집".into();
    assert!(h.query_by_label("● unsaved").is_none());
    h.state_mut().push(Command::Edit {
        side: Side::Left,
        edit: accord::edit::Edit::SetHeader(
            accord::edit::HeaderField::Title,
            accord::edit::Value::Text(p.title.clone()),
        ),
        merge: None,
    });
    h.run();
    h.get_by_label("● unsaved");
    assert!(h.state().state.ws.any_dirty());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label("● unsaved").is_none());
    assert!(!h.state().state.ws.any_dirty());
    let back = accord::format::load_file(&path).unwrap();
    assert_eq!(back, p);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        accord::format::to_canonical_string(&p)
    );
}
