//! View ▸ Language: the menus switch at once, the choice is remembered, and the shortcut list
//! and status messages follow. Driven through the real menus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::i18n::Lang;
use egui_kittest::kittest::Queryable;

fn to_korean(h: &mut egui_kittest::Harness<'static, accord::app::AccordApp>) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
}

#[test]
fn choosing_korean_in_the_view_menu_switches_the_menus_at_once() {
    let mut h = common::samples();
    assert!(h.query_by_label("파일").is_none());
    to_korean(&mut h);
    assert_eq!(h.state().state.lang, Lang::Ko);
    for title in ["파일", "편집", "보기", "도움말"] {
        assert!(h.query_by_label(title).is_some(), "menu {title} missing");
    }
    assert!(
        h.query_by_label("File").is_none(),
        "English menu still shown"
    );
    h.get_by_label("파일").click();
    h.run();
    // Menu entries with a shortcut carry it in their label ("저장 Ctrl+S").
    for entry in [
        "왼쪽 새로 만들기",
        "오른쪽으로 가져오기…",
        "저장",
        "다른 이름으로 저장…",
        "끝내기",
    ] {
        assert!(
            h.query_all_by_label_contains(entry).count() >= 1,
            "{entry} missing"
        );
    }
    // And back to English from the Korean menu.
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label("보기").click();
    h.run();
    h.get_by_label("English").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.lang, Lang::En);
    assert!(h.query_by_label("File").is_some());
}

#[test]
fn the_chosen_language_is_remembered() {
    let mut h = common::samples();
    assert_eq!(
        h.state().settings().language,
        None,
        "no choice: follow the system"
    );
    to_korean(&mut h);
    assert_eq!(h.state().settings().language, Some(Lang::Ko));
}

#[test]
fn the_shortcut_list_and_status_line_speak_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    h.key_press(egui::Key::F1);
    h.run();
    assert!(
        h.query_all_by_label("바로 가기 키").count() >= 2,
        "shortcut list title and its own row"
    );
    assert!(
        h.query_all_by_label("실행 취소").count() >= 1,
        "undo row of the shortcut list"
    );
    assert!(
        h.query_all_by_label("어디서나").count() >= 2,
        "context column"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    // Ctrl+Z with nothing to undo says so in Korean.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().state.status, "실행 취소할 것이 없습니다");
}
