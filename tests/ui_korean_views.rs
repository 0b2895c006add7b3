//! The score, diff and merge views and the modal questions in Korean, as a user meets them:
//! View ▸ 한국어 clicked in the real menu, then Ctrl+2 / Ctrl+3 and F1. Each view's Korean
//! headings and buttons are there, and its English headings are gone.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::command::{Action, Command, View};
use accord::i18n::Lang;
use accord::visibility::Audience;
use accord::workspace::Side;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type App = Harness<'static, accord::app::AccordApp>;

fn to_korean(h: &mut App) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.lang, Lang::Ko);
}

/// Run frames until `done` holds (the score view computes on a worker thread).
fn wait(h: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..1_500 {
        let _ = h.try_run();
        if done(h) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("timed out waiting for {what}");
}

fn has(h: &App, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn has_part(h: &App, part: &str) -> bool {
    h.query_all_by_label_contains(part).next().is_some()
}

fn assert_korean(h: &App, korean: &[&str], english: &[&str]) {
    for k in korean {
        assert!(has(h, k), "Korean label {k:?} missing");
    }
    for e in english {
        assert!(!has(h, e), "English label {e:?} still shown");
    }
}

fn to_score_view(h: &mut App) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    let _ = h.try_run();
    assert_eq!(h.state().state.view, View::Score);
    wait(h, "the analysis", |h| has(h, "결과 공간"));
}

#[test]
fn the_score_view_speaks_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    to_score_view(&mut h);
    assert_korean(
        &h,
        &[
            "결과 공간",
            "제안 작성",
            "쟁점",
            "교환",
            "내시 해 패키지의 민감도",
            "제안 지우기",
            "시작점:",
            "내시 해",
            "가중치",
        ],
        &[
            "Outcome space",
            "Proposal builder",
            "Issues",
            "Trades",
            "Sensitivity of the Nash package",
            "Pareto frontier",
            "Clear proposal",
            "Start from:",
            "Nash",
            "Weight",
        ],
    );
    // The plot's key, the status line and the axis names are Korean too; the party codes are
    // data and stay as they are.
    for part in [
        "범례 (US (왼쪽) / ROK (오른쪽))",
        "공동 쟁점",
        "수용 가능 경계 (",
    ] {
        assert!(has_part(&h, part), "{part:?} missing");
    }
    for part in [
        "Key (",
        "joint issues",
        "Acceptable frontier",
        "(left)",
        "left out of package analysis",
        "cares more",
    ] {
        assert!(!has_part(&h, part), "English {part:?} still shown");
    }
    // A button of the proposal builder still works in Korean.
    h.get_by_label("내시 해").scroll_to_me();
    let _ = h.try_run();
    h.get_by_label("내시 해").click();
    let _ = h.try_run();
    assert!(has(&h, "제안 지우기"));

    // F1: the shortcut list over the score view, in Korean.
    h.key_press(Key::F1);
    let _ = h.try_run();
    assert!(has(&h, "바로 가기 키"));
    assert!(!has(&h, "Keyboard shortcuts"));
}

#[test]
fn the_diff_view_speaks_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    assert_eq!(h.state().state.view, View::Diff);
    assert!(h.state().state.diff.model.is_some());
    assert_korean(
        &h,
        &["비교:", "변경만", "이전", "다음", "쟁점 / 필드", "머리글"],
        &[
            "Compare:",
            "Only changes",
            "Previous",
            "Next",
            "Issue / field",
            "header",
        ],
    );
    // Counts per kind ("변경됨 3개"), the field rows by their Korean names, the step hint.
    for part in ["변경됨 ", "키로 이동", "  당사자"] {
        assert!(has_part(&h, part), "{part:?} missing");
    }
    for part in [" changed", "to step through", "  party"] {
        assert!(!has_part(&h, part), "English {part:?} still shown");
    }
    // Stepping to an issue offers the jump in Korean, and it works.
    for _ in 0..2 {
        h.key_press(Key::F7);
        h.run();
    }
    let id = h
        .state()
        .state
        .diff
        .current_issue_id()
        .expect("an issue")
        .to_owned();
    h.get_by_label(&format!("작업 공간에서 {id} 보기")).click();
    h.run();
    assert_eq!(h.state().state.view, View::Workspace);

    // F1 over the diff view.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    h.key_press(Key::F1);
    h.run();
    assert!(has(&h, "바로 가기 키"));
    assert!(has_part(&h, "변경 "), "the diff view is still drawn");
}

#[test]
fn the_merge_view_speaks_korean_and_its_picks_work() {
    let path = common::conflicted_copy();
    let mut h = common::app(Some(path), Some(common::sample("rok.ron")));
    to_korean(&mut h);
    assert!(has_part(&h, "의 병합 충돌 — 2개 중 0개 해결"));
    assert!(has_part(&h, "충돌 1/2: 쟁점 "), "conflict card heading");
    assert!(
        has_part(&h, ", 필드 가중치"),
        "the field by its Korean name"
    );
    assert_korean(
        &h,
        &[
            "우리 쪽 사용",
            "상대 쪽 사용",
            "기준본 사용",
            "우리 쪽",
            "상대 쪽",
        ],
        &["Take ours", "Take theirs", "Take base", "Ours", "Theirs"],
    );
    assert!(!has_part(&h, "Merge conflicts in"));
    assert!(!has_part(&h, "unresolved"));
    h.get_all_by_label("상대 쪽 사용").nth(1).unwrap().click();
    h.run();
    assert_eq!(h.state().state.merge.as_ref().unwrap().res.resolved(), 1);
    assert!(has_part(&h, "→ 상대 쪽"));
}

#[test]
fn the_mediator_and_own_views_and_the_room_question_speak_korean() {
    let mut h = common::samples();
    to_korean(&mut h);
    to_score_view(&mut h);
    // One delegation's room: its own analysis only.
    h.state_mut()
        .push(Command::Action(Action::SetRoom(Audience::Party(
            Side::Left,
        ))));
    let _ = h.try_run();
    assert!(matches!(
        h.state().state.insight(),
        accord::visibility::Insight::Own(Side::Left)
    ));
    assert!(has(&h, "가중치 분포"), "own view heading");
    assert!(has(&h, "모든 목표 달성"));
    assert!(has(&h, "US 분석"));
    assert!(!has(&h, "Where the weight lies"));
    // The joint room (narrower: no question): what a mediator may say.
    h.state_mut()
        .push(Command::Action(Action::SetRoom(Audience::Joint)));
    wait(&mut h, "the mediator's view", |h| {
        has(h, "진행자가 말할 수 있는 것")
    });
    assert!(has(&h, "양측이 받아들일 수 있는 패키지가 있습니다."));
    assert!(!has(&h, "What the mediator can say"));
    // Back to the facilitator's room: the question before showing more, in Korean.
    h.state_mut()
        .push(Command::Action(Action::SetRoom(Audience::Facilitator)));
    let _ = h.try_run();
    assert!(has_part(&h, "보기로 전환하시겠습니까?"), "room question");
    assert!(has_part(&h, "에 머무르기"));
    assert!(!has_part(&h, "Stay in"));
}

#[test]
fn how_sure_speaks_korean_over_an_estimate() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path().join("rok-estimate.ron");
    std::fs::copy(common::sample("estimates/rok.ron"), &r).unwrap();
    let mut h = common::app(Some(common::sample("us.ron")), Some(r));
    to_korean(&mut h);
    to_score_view(&mut h);
    wait(&mut h, "the Monte Carlo's first batch", |h| {
        h.state().score_view().uncertainty().is_some()
    });
    assert!(has(&h, "얼마나 확실합니까?"));
    assert!(has_part(&h, "먼저 물을 것"));
    assert!(has_part(&h, "불확실한 수 "));
    assert!(!has(&h, "How sure is this?"));
    assert!(!has_part(&h, "Ask first"));
    assert!(!has_part(&h, "uncertain numbers"));
}
