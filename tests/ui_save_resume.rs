//! "Save" in the unsaved-changes question goes on with what was asked for: a new position has
//! no file yet, so Save asks for a name (Save as) and, once it is saved, the quit (or open)
//! that raised the question happens. Cancelling the name keeps everything. Keys, clicks and the
//! scripted file dialog, as a user would meet them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::workspace::Side;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn new_left_then_quit(
    answers: Vec<Result<Option<std::path::PathBuf>, String>>,
) -> (
    tempfile::TempDir,
    egui_kittest::Harness<'static, accord::app::AccordApp>,
) {
    let (dir, l, r) = common::copies();
    let (mut h, _requests) = common::app_with_dialogs(Some(l), Some(r), answers);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("New left").click();
    h.run();
    assert!(h.state().state.ws.doc(Side::Left).unwrap().path.is_none());
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(h.state().state.confirm.is_some(), "the quit asks first");
    h.get_by_label("Save").click();
    h.run();
    (dir, h)
}

#[test]
fn save_then_quit_names_the_new_file_and_quits() {
    let target = tempfile::tempdir().unwrap();
    let path = target.path().join("new-left.ron");
    let (_dir, h) = new_left_then_quit(vec![Ok(Some(path.clone()))]);
    let st = &h.state().state;
    assert!(st.allow_close, "the quit went on after the save");
    assert!(!st.ws.any_dirty());
    let saved = accord::format::load_file(&path).unwrap();
    assert_eq!(saved.issues.len(), 1);
}

#[test]
fn cancelling_the_name_keeps_the_edits_and_does_not_quit() {
    let (_dir, h) = new_left_then_quit(vec![Ok(None)]);
    let st = &h.state().state;
    assert!(!st.allow_close);
    assert!(
        st.ws.doc(Side::Left).unwrap().is_dirty(),
        "the new position is still there"
    );
}
