//! A workshop session end to end: rounds, presentation mode, the session log, export.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::command::Command;
use accord::workspace::Side;
use egui_kittest::kittest::Queryable;

#[test]
fn start_a_round_find_the_new_files_and_compare_rounds() {
    let (dir, l, r) = common::copies();
    let mut h = common::app(Some(l.clone()), Some(r.clone()));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Start next round…").click();
    h.run();
    let l2 = dir.path().join("us.r2.ron");
    let r2 = dir.path().join("rok.r2.ron");
    assert!(l2.exists() && r2.exists());
    let st = &h.state().state;
    assert_eq!(
        st.ws.doc(Side::Left).unwrap().path.as_deref(),
        Some(l2.as_path())
    );
    assert_eq!(st.ws.position(Side::Left).unwrap().round, 2);
    assert_eq!(accord::format::load_file(&r2).unwrap().round, 2);
    assert_eq!(
        accord::format::load_file(&l).unwrap().round,
        1,
        "round 1 is kept"
    );
    assert!(h.query_all_by_label("Round 2").count() >= 2);
    // The log records it, next to the positions.
    assert!(
        st.log
            .entries
            .iter()
            .any(|e| e.text == "Round 2 started" && e.round == 2)
    );
    assert!(dir.path().join("us+rok.session.ron").exists());
    // Starting again would overwrite nothing: round 3 files are new.
    // Compare round 1 and 2 of the US through the rounds panel.
    h.get_by_label("Diff").click();
    h.run();
    h.get_by_label("round 1: us.ron").click();
    h.run();
    h.get_by_label("round 2: us.r2.ron").click();
    h.run();
    h.get_by_label("Compare the two ticked").click();
    h.run();
    assert_eq!(
        h.state().state.diff_mode,
        accord::command::DiffMode::Files(l.clone(), l2.clone())
    );
    // The only difference between the two rounds is the round number: no issue changed.
    h.get_by_label("0 changed");
    let d = &h.state().state.diff.model.as_ref().unwrap().diff;
    assert_eq!(d.summary().changed, 0);
    assert_eq!(d.header.len(), 1, "the round number");
}

#[test]
fn presentation_mode_steps_through_issues() {
    let mut h = common::samples();
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().state.presentation);
    h.get_by_label("Issue 1 of 14");
    assert!(
        h.query_by_label("Filter").is_none(),
        "editing chrome is hidden"
    );
    h.key_press(egui::Key::PageDown);
    h.run();
    h.get_by_label("Issue 2 of 14");
    h.get_by_label("Next ▶").click();
    h.run();
    h.get_by_label("Issue 3 of 14");
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    h.get_by_label("Issue 2 of 14");
    // Zoom is remembered separately for presentation mode.
    let before = h.state().state.present_zoom;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    h.run();
    assert!(h.state().state.present_zoom > before);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().state.presentation);
    h.get_by_label("Filter");
}

#[test]
fn a_log_entry_is_saved_with_the_positions() {
    let (dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    h.state_mut()
        .push(Command::Select(Some("fms-case-tracking".into())));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    h.run();
    assert!(h.state().state.show_log);
    h.get_by_label("New log entry").focus();
    h.run();
    h.get_by_label("New log entry")
        .type_text("합의: shared dashboard by March");
    h.run();
    h.get_by_label("Add entry").click();
    h.run();
    let e = h
        .state()
        .state
        .log
        .entries
        .last()
        .cloned()
        .expect("an entry");
    assert_eq!(e.text, "합의: shared dashboard by March");
    assert_eq!(e.round, 1);
    assert_eq!(e.issue.as_deref(), Some("fms-case-tracking"));
    let saved = accord::session_log::load(&dir.path().join("us+rok.session.ron")).unwrap();
    assert_eq!(saved.entries, vec![e]);
    // Reopened with the positions.
    let h2 = common::app(
        Some(dir.path().join("us.ron")),
        Some(dir.path().join("rok.ron")),
    );
    assert_eq!(h2.state().state.log.entries.len(), 1);
    // File ▸ Export writes it into the report (the dialog is bypassed: tests pass the path).
    let report = dir.path().join("report.html");
    h.state_mut().state.export_to(&report);
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("합의: shared dashboard by March"));
    assert!(html.contains("fms-case-tracking"));
    assert!(h.state().state.error.is_none());
}
