//! Comments in a file survive saving from the app; a save that would drop some (their issue
//! was deleted) asks first, and "Save anyway" saves without them.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::command::Command;
use accord::workspace::Side;
use egui_kittest::kittest::Queryable as _;

/// A copy of the US sample with a comment before its second issue and one before `batna`.
fn commented_copy() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("us.ron");
    let text = std::fs::read_to_string(common::sample("us.ron")).unwrap();
    let p = accord::format::load_str("us.ron", &text).unwrap();
    let second = format!("        (\n            id: \"{}\",", p.issues[1].id);
    assert!(text.contains(&second));
    let text = text
        .replacen(&second, &format!("        // ask legal first\n{second}"), 1)
        .replacen("    batna:", "    // kept\n    batna:", 1);
    std::fs::write(&path, &text).unwrap();
    (dir, path, p.issues[1].id.clone())
}

fn delete_second_issue(h: &mut egui_kittest::Harness<'static, accord::app::AccordApp>) {
    h.state_mut().push(Command::Edit {
        side: Side::Left,
        edit: accord::edit::Edit::RemoveIssue(1),
        merge: None,
    });
    h.run();
}

#[test]
fn saving_without_deletions_keeps_every_comment() {
    let (_dir, path, _) = commented_copy();
    let mut h = common::app(Some(path.clone()), Some(common::sample("rok.ron")));
    h.state_mut().push(Command::Edit {
        side: Side::Left,
        edit: accord::edit::Edit::SetHeader(
            accord::edit::HeaderField::Title,
            accord::edit::Value::Text("Edited".into()),
        ),
        merge: None,
    });
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.state().state.drop_pending.is_none());
    assert!(!h.state().state.ws.any_dirty());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("        // ask legal first\n        (\n"),
        "{saved}"
    );
    assert!(saved.contains("    // kept\n    batna:"), "{saved}");
}

#[test]
fn deleting_a_commented_issue_warns_before_the_save_then_saves_without_it() {
    let (_dir, path, id) = commented_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let mut h = common::app(Some(path.clone()), Some(common::sample("rok.ron")));
    delete_second_issue(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    // The question, naming the comment and its line; nothing written yet.
    h.get_by_label("Saving drops 1 comment");
    let line = before
        .lines()
        .position(|l| l.contains("// ask legal first"))
        .unwrap()
        + 1;
    h.get_by_label_contains(&format!("line {line}: // ask legal first"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    assert!(h.state().state.ws.any_dirty());

    // Cancel keeps the edit unsaved and the file as it was.
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().state.drop_pending.is_none());
    assert!(h.state().state.ws.any_dirty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);

    // Again, and this time save anyway.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("Save anyway").click();
    h.run();
    assert!(h.query_by_label("Saving drops 1 comment").is_none());
    assert!(!h.state().state.ws.any_dirty());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("ask legal first"), "{saved}");
    assert!(!saved.contains(&format!("id: \"{id}\"")), "{saved}");
    assert!(saved.contains("    // kept\n    batna:"), "{saved}");
    // The dropped comment is forgotten: the next save does not ask again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.state().state.drop_pending.is_none());
}

#[test]
fn the_question_speaks_korean_after_view_language() {
    let (_dir, path, id) = commented_copy();
    let mut h = common::app(Some(path.clone()), Some(common::sample("rok.ron")));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
    delete_second_issue(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("저장하면 주석 1개가 사라집니다");
    h.get_by_label_contains(&format!("// ask legal first (쟁점 {id})"));
    h.get_by_label("취소").click();
    h.run();
    assert_eq!(
        h.state().state.status,
        "저장하지 않았습니다: 주석을 유지합니다"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("그래도 저장").click();
    h.run();
    assert!(!h.state().state.ws.any_dirty());
}

#[test]
fn in_a_room_that_does_not_see_the_side_the_question_names_lines_only() {
    let (_dir, path, id) = commented_copy();
    let mut h = common::app(Some(path.clone()), Some(common::sample("rok.ron")));
    delete_second_issue(&mut h);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Joint session").click();
    let _ = h.try_run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("Saving drops 1 comment");
    assert!(
        h.query_by_label_contains("ask legal first").is_none(),
        "the comment's text reached the joint room"
    );
    assert!(
        h.query_by_label_contains(&format!("(issue {id})"))
            .is_none(),
        "nor its anchor"
    );
    h.get_by_label_contains("line ");
}
