//! The Korean interface renders: every Korean text of the command table and the catalogues has
//! a glyph in the fonts the app installs (a missing one would draw as a box), and every view,
//! drawn in Korean through the real app, shows Korean and no missing glyph.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::app::AccordApp;
use accord::command::ACTIONS;
use accord::i18n::{Lang, catalogues};
use egui::{FontFamily, FontId, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

fn korean(h: &mut Harness<'static, AccordApp>) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.lang, Lang::Ko);
}

/// Every text on screen now (labels and values of the accessibility tree).
fn screen_texts(h: &Harness<'static, AccordApp>) -> Vec<String> {
    h.root()
        .query_all(By::new())
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .filter(|t| !t.trim().is_empty())
        .collect()
}

fn missing_glyphs(h: &Harness<'static, AccordApp>, text: &str) -> Vec<char> {
    h.ctx.fonts_mut(|f| {
        text.chars()
            .filter(|c| !c.is_control())
            .filter(|&c| {
                !f.has_glyph(&FontId::new(14.0, FontFamily::Proportional), c)
                    || !f.has_glyph(&FontId::new(14.0, FontFamily::Monospace), c)
            })
            .collect()
    })
}

#[test]
fn every_text_in_both_languages_has_its_glyphs_in_the_app_fonts() {
    let h = common::samples();
    let mut bad = Vec::new();
    let texts = ACTIONS
        .iter()
        .flat_map(|r| [r.label, r.tooltip, r.ko_label, r.ko_tooltip])
        .chain(
            catalogues()
                .into_iter()
                .flatten()
                .flat_map(|e| [e.en, e.ko]),
        );
    let mut n = 0;
    for t in texts {
        n += 1;
        let m = missing_glyphs(&h, t);
        if !m.is_empty() {
            bad.push(format!("{t:?}: {m:?}"));
        }
    }
    assert!(n > 300, "only {n} texts checked");
    assert!(bad.is_empty(), "no glyph for:\n{}", bad.join("\n"));
    // The check itself can fail: a character no bundled font has.
    assert!(!missing_glyphs(&h, "\u{10FFFD}").is_empty());
}

/// Draw a view in Korean and check what is on screen: some Hangul, every glyph present.
fn check_view(h: &Harness<'static, AccordApp>, what: &str, expect: &[&str]) {
    let texts = screen_texts(h);
    for e in expect {
        assert!(
            texts.iter().any(|t| t.contains(e)),
            "{what}: {e:?} not on screen"
        );
    }
    let korean = texts.iter().filter(|t| accord::i18n::has_hangul(t)).count();
    assert!(
        korean >= 5,
        "{what}: only {korean} Korean texts on screen: {texts:?}"
    );
    for t in &texts {
        let m = missing_glyphs(h, t);
        assert!(m.is_empty(), "{what}: no glyph for {m:?} in {t:?}");
    }
}

#[test]
fn every_view_draws_in_korean() {
    let mut h = common::samples();
    korean(&mut h);
    check_view(&h, "workspace", &["파일", "편집", "보기", "도움말"]);
    h.get_by_label("파일").click();
    h.run();
    check_view(
        &h,
        "file menu",
        &["다른 이름으로 저장", "보고서 내보내기", "끝내기"],
    );
    h.key_press(Key::Escape);
    h.run();
    // Select an issue: the detail panel.
    h.key_press(Key::ArrowDown);
    h.run();
    check_view(&h, "detail panel", &["보기"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    // The score view's spinner repaints while the analysis runs.
    h.run_steps(8);
    check_view(&h, "score view", &["분석"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    check_view(&h, "diff view", &["비교"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    h.key_press(Key::F5);
    h.run();
    check_view(&h, "presentation", &["쟁점 1 / ", "발표 끝내기", "옵션"]);
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::F1);
    h.run();
    check_view(&h, "shortcut list", &["바로 가기 키", "어디서나"]);
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::L);
    h.run();
    check_view(&h, "session log", &["회의 기록"]);
}
