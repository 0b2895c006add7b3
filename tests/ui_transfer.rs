//! Positions in and out of the app: File ▸ New, New from the other side's agenda, Import and
//! Export position through the (scripted) dialogs, Edit ▸ Copy / Paste of issue rows. The keys
//! are pressed and the menus clicked as a user would.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::command::Action;
use accord::workspace::Side;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn menu(h: &mut egui_kittest::Harness<'static, accord::app::AccordApp>, top: &str, item: &str) {
    h.get_by_label(top).click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

#[test]
fn new_left_puts_the_cursor_in_the_title_and_undo_brings_the_file_back() {
    let (_d, l, r) = common::copies();
    let mut h = common::app(Some(l.clone()), Some(r));
    menu(&mut h, "File", "New left");
    {
        let st = &h.state().state;
        let doc = st.ws.doc(Side::Left).unwrap();
        assert_eq!(doc.position.issues.len(), 1);
        assert!(doc.path.is_none(), "a new position has no file yet");
        assert!(doc.is_dirty(), "unsaved until saved");
    }
    // The cursor is in the new issue's title: typing goes there.
    h.run();
    h.event(egui::Event::Text("대표단 의제".into()));
    h.run();
    assert_eq!(
        h.state().state.ws.position(Side::Left).unwrap().issues[0].title,
        "대표단 의제"
    );
    // Undo the typing, then the New: the US file is back, clean, with its path.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let doc = h.state().state.ws.doc(Side::Left).unwrap();
    assert_eq!(doc.path.as_deref(), Some(l.as_path()));
    assert_eq!(doc.position.party, "US");
    assert!(!doc.is_dirty());
}

#[test]
fn new_from_the_other_sides_agenda_copies_ids_and_opens_the_header_editor() {
    let mut h = common::samples();
    menu(&mut h, "File", "New right from the left's agenda");
    let st = &h.state().state;
    let us = st.ws.position(Side::Left).unwrap();
    let new = st.ws.position(Side::Right).unwrap();
    let ids =
        |p: &accord::model::Position| p.issues.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(new), ids(us));
    assert!(
        new.issues
            .iter()
            .all(|i| i.options.iter().all(|c| c.value == 0.0))
    );
    assert_eq!(
        st.header_edit,
        Some(Side::Right),
        "the user names the party next"
    );
    assert!(st.ws.doc(Side::Right).unwrap().is_dirty());
}

#[test]
fn import_and_export_position_through_the_dialogs() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("rok.csv");
    let rok = accord::format::load_file(&common::sample("rok.ron")).unwrap();
    std::fs::write(&csv, accord::sheet::to_csv_string(&rok)).unwrap();
    let xlsx = d.path().join("us.xlsx");
    let (mut h, requests) = common::app_with_dialogs(
        Some(common::sample("us.ron")),
        None,
        vec![Ok(Some(csv.clone())), Ok(Some(xlsx.clone()))],
    );
    menu(&mut h, "File", "Import right…");
    {
        let st = &h.state().state;
        assert_eq!(st.ws.position(Side::Right), Some(&rok));
        assert!(st.ws.doc(Side::Right).unwrap().is_dirty());
        assert!(st.ws.doc(Side::Right).unwrap().path.is_none());
    }
    // Export the active side (the left: click its header first).
    h.state_mut().state.active = Some(Side::Left);
    menu(&mut h, "File", "Export position…");
    let back = accord::sheet::import_file(&xlsx).unwrap();
    assert_eq!(Some(&back), h.state().state.ws.position(Side::Left));
    let reqs = requests.lock().unwrap();
    assert!(!reqs[0].save && reqs[0].filters[0].1.contains(&"xlsx".to_owned()));
    assert!(reqs[1].save);
}

#[test]
fn a_file_that_does_not_import_changes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("bad.csv");
    std::fs::write(&bad, "format,1\nparty,X\nid,weight\nmro,high\n").unwrap();
    let (mut h, _) = common::app_with_dialogs(
        Some(common::sample("us.ron")),
        Some(common::sample("rok.ron")),
        vec![Ok(Some(bad.clone()))],
    );
    let before = h.state().state.ws.position(Side::Left).cloned();
    menu(&mut h, "File", "Import left…");
    let st = &h.state().state;
    assert_eq!(st.ws.position(Side::Left).cloned(), before);
    let err = st.error.as_ref().unwrap();
    assert!(
        err.detail.contains(":4:2: weight \"high\" is not a number"),
        "{}",
        err.detail
    );
}

#[test]
fn ctrl_c_copies_the_selected_issue_as_spreadsheet_rows() {
    let mut h = common::samples();
    h.get_by_label("FMS delivery lead times").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::C);
    h.run();
    assert!(h.state().state.trace.contains(&Action::Copy));
    let copied: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    // The frame that ran the copy may not be the last one: the status says what was copied.
    let st = &h.state().state;
    assert!(
        st.status.starts_with("Copied issue fms-lead-times"),
        "{}",
        st.status
    );
    if let Some(t) = copied.first() {
        assert!(t.starts_with("id\ttopic\ttitle\tweight"));
    }
}

#[test]
fn pasting_rows_adds_and_updates_issues_as_one_undo_step() {
    let mut h = common::samples();
    let us = h.state().state.ws.position(Side::Left).unwrap().clone();
    let mut first = us.issues[0].clone();
    first.weight = 77.0;
    first.stance = "붙여넣은 입장".into();
    let new = accord::model::Issue {
        id: "pasted-issue".into(),
        title: "From Excel".into(),
        options: vec![accord::model::Choice {
            label: "Yes".into(),
            value: 100.0,
            ..Default::default()
        }],
        ..accord::model::Issue::default()
    };
    let tsv = accord::sheet::issues_to_tsv(&[&first, &new]);
    // A paste (what the window sends for Ctrl+V) while the table is browsed.
    h.event(egui::Event::Paste(tsv));
    h.run();
    let p = h.state().state.ws.position(Side::Left).unwrap().clone();
    assert_eq!(p.issues[0], first);
    assert_eq!(p.issues.last().unwrap(), &new);
    assert_eq!(p.issues.len(), us.issues.len() + 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().state.ws.position(Side::Left).unwrap(),
        &us,
        "one step undoes it all"
    );
    // A bad cell refuses the paste, with row and column; nothing changes.
    h.event(egui::Event::Paste(
        "id\tweight\nfms-lead-times\t5\nsosa-priority\tlots\n".into(),
    ));
    h.run();
    let st = &h.state().state;
    assert_eq!(st.ws.position(Side::Left).unwrap(), &us);
    let err = st.error.as_ref().unwrap();
    assert!(
        err.detail
            .contains("row 3, column B: weight \"lots\" is not a number"),
        "{}",
        err.detail
    );
}

#[test]
fn ctrl_v_is_the_tables_but_a_focused_text_field_keeps_its_own() {
    let mut h = common::samples();
    h.key_press_modifiers(Modifiers::COMMAND, Key::V);
    h.run();
    assert!(h.state().state.trace.contains(&Action::Paste));
    // With the filter focused, Ctrl+V and a paste go to the text field, not to the issues.
    let mut h = common::samples();
    let before = h.state().state.ws.position(Side::Left).cloned();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::V);
    h.event(egui::Event::Paste("id\tweight\nfms-lead-times\t5\n".into()));
    h.run();
    let st = &h.state().state;
    assert!(!st.trace.contains(&Action::Paste));
    assert_eq!(st.ws.position(Side::Left).cloned(), before);
    assert!(
        st.filter.contains("fms-lead-times"),
        "the filter got the text: {:?}",
        st.filter
    );
}

#[test]
fn the_windows_copy_event_copies_rows_while_browsing_but_not_while_typing() {
    let mut h = common::samples();
    h.get_by_label("FMS delivery lead times").click();
    h.run();
    // The window sends Ctrl+C as a copy event, not as a key press.
    h.event(egui::Event::Copy);
    h.run();
    assert!(h.state().state.trace.contains(&Action::Copy));
    let mut h = common::samples();
    h.get_by_label("FMS delivery lead times").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.event(egui::Event::Copy);
    h.run();
    assert!(
        !h.state().state.trace.contains(&Action::Copy),
        "the filter keeps its copy"
    );
}
