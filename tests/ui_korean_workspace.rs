//! The workspace in Korean: the table's column headers, the detail panel's field names, the
//! header editor, the session log and the banners switch when View ▸ 한국어 is chosen; the
//! data (parties, titles, ids) stays as it is. Driven through the real menus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::app::AccordApp;
use accord::i18n::Lang;
use accord::workspace::Side;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type App = Harness<'static, AccordApp>;

fn to_korean(h: &mut App) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.lang, Lang::Ko);
}

/// Click a row of the table by its (untranslated) title.
fn select_lead_times(h: &mut App) {
    h.get_by_label("FMS delivery lead times").click();
    h.run();
    assert_eq!(h.state().state.selected.as_deref(), Some("fms-lead-times"));
}

fn present(h: &App, label: &str) {
    assert!(
        h.query_all_by_label(label).count() >= 1,
        "{label:?} missing"
    );
}

fn absent(h: &App, label: &str) {
    assert!(
        h.query_by_label(label).is_none(),
        "{label:?} still shown in English"
    );
}

/// Every text on screen: widget labels and values, and painted text (the gap bars, the drop
/// hint and the plots paint theirs).
fn screen_text(h: &App) -> String {
    let mut out = String::new();
    for n in h.root().query_all(egui_kittest::kittest::by()) {
        let a = n.accesskit_node();
        if let Some(l) = a.label() {
            out.push_str(&l);
            out.push('\n');
        }
    }
    fn shapes(s: &egui::Shape, out: &mut String) {
        match s {
            egui::Shape::Text(t) => {
                out.push_str(t.galley.text());
                out.push('\n');
            }
            egui::Shape::Vec(v) => v.iter().for_each(|s| shapes(s, out)),
            _ => {}
        }
    }
    for c in &h.output().shapes {
        shapes(&c.shape, &mut out);
    }
    out
}

#[test]
fn the_tables_column_headers_speak_korean() {
    let mut h = common::samples();
    present(&h, "US stance");
    to_korean(&mut h);
    for label in [
        "쟁점",
        "US 주장",
        "ROK 주장",
        "US 목표",
        "ROK 목표",
        "US 가중치",
        "격차",
    ] {
        present(&h, label);
    }
    for label in ["Issue", "US stance", "ROK target", "US wt", "Gap"] {
        absent(&h, label);
    }
    // The filter box, and the count beside it.
    present(&h, "필터");
    absent(&h, "Filter");
    let total = h.state().state.table.rows.len();
    assert!(
        h.query_all_by_label_contains(&format!("쟁점 {total}개 중 {total}개"))
            .count()
            >= 1,
        "issue count"
    );
    // The view tabs come from the command table.
    absent(&h, "Workspace");
    // The file headers: the round, the header editor's button.
    present(&h, "라운드 1");
    absent(&h, "Round 1");
    absent(&h, "Edit…");
    // Data stays: parties and titles.
    present(&h, "US");
    present(&h, "ROK");
    present(&h, "FMS delivery lead times");
}

#[test]
fn the_detail_panel_names_its_fields_in_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    select_lead_times(&mut h);
    for label in [
        "옵션",
        "US 값",
        "ROK 값",
        "쟁점 ID",
        "제목",
        "주제",
        "가중치",
        "유연성",
        "목표",
        "최저선",
        "주장",
        "이해관계",
        "기준",
        "출처",
        "메모",
        "복제",
        "삭제",
        "+ 옵션 추가",
    ] {
        present(&h, label);
    }
    for label in [
        "Option",
        "US value",
        "Id",
        "Title",
        "Topic",
        "Weight",
        "Flexibility",
        "Target",
        "Walk-away",
        "Stance",
        "Interests",
        "Criteria",
        "Sources",
        "Notes",
        "Duplicate",
        "Delete",
        "+ Add option",
    ] {
        absent(&h, label);
    }
    // The editors are named in Korean too (for screen readers), with the party as it is.
    let (us, _) = {
        let st = &h.state().state;
        let i = st.ws.position(Side::Left).unwrap();
        let id = i.issue_index("fms-lead-times").unwrap();
        (i.issues[id].clone(), ())
    };
    assert_eq!(
        h.get_by_label("US 이해관계 1").value(),
        Some(us.interests[0].clone())
    );
    absent(&h, "US interests 1");
    // Adding an option gives it a Korean label, which is the user's data from then on.
    let n = us.options.len();
    h.get_all_by_label("+ 옵션 추가")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run();
    h.get_all_by_label("+ 옵션 추가").next().unwrap().click();
    h.run();
    let st = &h.state().state;
    let i = st.ws.position(Side::Left).unwrap();
    let id = i.issue_index("fms-lead-times").unwrap();
    assert_eq!(i.issues[id].options.len(), n + 1);
    assert!(i.issues[id].options[n].label.starts_with("옵션 "));
}

#[test]
fn the_header_editor_opened_from_the_korean_edit_menu_speaks_korean() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    to_korean(&mut h);
    h.get_by_label("편집").click();
    h.run();
    h.get_by_label_contains("왼쪽 파일 머리글 편집…").click();
    h.run();
    assert_eq!(h.state().state.header_edit, Some(Side::Left));
    for label in [
        "파일 머리글: US (왼쪽)",
        "당사자",
        "당사자 이름",
        "보안 표시",
        "기준일",
        "라운드",
        "유보점",
        "유보점 하한–상한",
        "추정",
        "상대 쪽과 공유",
        // The shared fields' check boxes: the fields' own names.
        "주장",
        "최저선",
        "이해관계",
    ] {
        present(&h, label);
    }
    for label in [
        "Party",
        "Party name",
        "Marking",
        "As of",
        "Reservation",
        "Reservation low–high",
        "Shared with the other side",
        "stance",
        "walk_away",
    ] {
        absent(&h, label);
    }
    // Ticking the estimate flag raises the estimate banner, in Korean.
    // The check box is named "추정 표시" for screen readers; its text is painted beside it.
    assert!(screen_text(&h).contains("이 파일은 상대 쪽 입장의 추정입니다"));
    h.get_by_label("추정 표시").click();
    h.run();
    assert!(h.state().state.ws.position(Side::Left).unwrap().estimate);
    present(&h, "US 입장 추정");
    absent(&h, "ESTIMATE of US's position");
}

#[test]
fn the_session_log_opened_with_ctrl_l_speaks_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    select_lead_times(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    h.run();
    assert!(h.state().state.show_log);
    for label in [
        "회의 기록",
        "항목 종류",
        "대표단과 공유",
        "새 기록 항목",
        "항목 추가",
        "대상: fms-lead-times",
    ] {
        present(&h, label);
    }
    for label in [
        "Session log",
        "Entry kind",
        "Shared with the delegations",
        "New log entry",
        "Add entry",
        "about fms-lead-times",
    ] {
        absent(&h, label);
    }
    // The entry kinds: the draft's kind (a note) is shown by its Korean name.
    let text = screen_text(&h);
    assert!(text.contains("메모"), "entry kind");
}

#[test]
fn the_room_banner_speaks_korean_and_english_stays_as_it_was() {
    let mut h = common::samples();
    let english = screen_text(&h);
    assert!(english.contains("ROOM: "), "English room banner");
    to_korean(&mut h);
    let text = screen_text(&h);
    assert!(text.contains("방: "), "Korean room banner");
    assert!(!text.contains("ROOM: "), "English room banner still shown");
    // The files' markings are data: they stay as written.
    assert!(text.contains("ILLUSTRATIVE"));
}

#[test]
fn the_rounds_panel_of_the_diff_view_speaks_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    h.get_by_label("비교").click();
    h.run();
    for label in [
        "라운드",
        "라운드 1: us.ron",
        "라운드 2: us.r2.ron",
        "선택한 두 파일 비교",
    ] {
        present(&h, label);
    }
    for label in ["Rounds", "round 1: us.ron", "Compare the two ticked"] {
        absent(&h, label);
    }
    h.get_by_label("라운드 1: us.ron").click();
    h.run();
    h.get_by_label("라운드 2: us.r2.ron").click();
    h.run();
    h.get_by_label("선택한 두 파일 비교").click();
    h.run();
    assert!(matches!(
        h.state().state.diff_mode,
        accord::command::DiffMode::Files(..)
    ));
}

#[test]
fn the_error_banner_is_dismissed_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(
        &bad,
        "(\n    format: 1,\n    party: \"US\",\n    issues: [(id: \"a\", weight: -3)],\n)\n",
    )
    .unwrap();
    let mut h = common::samples();
    to_korean(&mut h);
    h.state_mut().push(accord::command::Command::Open {
        side: Side::Left,
        path: bad.clone(),
    });
    h.run();
    assert!(h.state().state.error.is_some());
    absent(&h, "Dismiss");
    h.get_all_by_label("닫기").next().expect("닫기").click();
    h.run();
    assert!(h.state().state.error.is_none());
}
