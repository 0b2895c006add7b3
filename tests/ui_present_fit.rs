//! Presentation mode fits every projector: at 1024×768, 1280×720 and 1920×1080, in English
//! and in Korean, every issue's text stays inside the window's width and both sides' option
//! values are on screen. Driven by key presses (↓ to select, F5, → through every issue).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::app::AccordApp;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn app_at(w: f32, h: f32) -> Harness<'static, AccordApp> {
    let (l, r) = (common::sample("us.ron"), common::sample("rok.ron"));
    let mut h = Harness::builder()
        .with_size(egui::vec2(w, h))
        .build_eframe(move |cc| {
            AccordApp::new(&cc.egui_ctx, Some(l), Some(r))
                .with_dialogs(Box::new(accord::dialogs::ScriptedDialogs::default()))
        });
    h.run();
    h
}

fn korean(h: &mut Harness<'static, AccordApp>) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
}

/// Every labelled node of the frame with its rect (in points).
fn labels(h: &Harness<'static, AccordApp>) -> Vec<(String, egui::Rect)> {
    h.root()
        .query_all(egui_kittest::kittest::By::new())
        .filter_map(|n| {
            let node = n.accesskit_node();
            // Buttons carry their text as the label, plain labels as the value.
            let label = node.label().or_else(|| node.value())?;
            (!label.trim().is_empty()).then(|| (label, n.rect()))
        })
        .collect()
}

fn check_every_issue(w: f32, hgt: f32, ko: bool) {
    let mut h = app_at(w, hgt);
    if ko {
        korean(&mut h);
    }
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().state.presentation, "F5 starts presenting");
    let issues = h.state().state.visible_rows().len();
    assert!(issues > 3);
    for n in 0..issues {
        let screen = h.ctx.content_rect();
        let all = labels(&h);
        if std::env::var("DUMP").is_ok() {
            eprintln!("screen {screen:?}");
            for (l, r) in &all {
                eprintln!("{l:?} {r:?}");
            }
        }
        let outside: Vec<_> = all
            .iter()
            .filter(|(_, r)| r.max.x > screen.max.x + 1.0 || r.min.x < screen.min.x - 1.0)
            .collect();
        assert!(
            outside.is_empty(),
            "{w}×{hgt} ko={ko} issue {n}: outside the window's width: {outside:?}"
        );
        // Both sides' values: one row per option, each with a value in each side's column.
        let st = &h.state().state;
        let row = &st.table.rows[st.visible_rows()[n]];
        let issue = |s: accord::workspace::Side| {
            row.index(s)
                .and_then(|i| st.ws.position(s).and_then(|p| p.issues.get(i)))
        };
        let left = issue(accord::workspace::Side::Left);
        let right = issue(accord::workspace::Side::Right);
        for (side, x_min) in [(left, screen.width() * 0.3), (right, screen.width() * 0.6)] {
            let Some(i) = side else { continue };
            for c in &i.options {
                let v = format!("{}", c.value);
                let found = all.iter().any(|(l, r)| {
                    l.split(' ').next() == Some(v.as_str())
                        && r.min.x >= x_min
                        && r.max.x <= screen.max.x
                        && r.max.y <= screen.max.y
                });
                assert!(
                    found,
                    "{w}×{hgt} ko={ko} issue {n} ({}): value {v} of option {} not on screen",
                    i.id, c.label
                );
            }
        }
        h.key_press(Key::ArrowRight);
        h.run();
    }
}

#[test]
fn presentation_fits_1024_by_768_in_english() {
    check_every_issue(1024.0, 768.0, false);
}

#[test]
fn presentation_fits_1024_by_768_in_korean() {
    check_every_issue(1024.0, 768.0, true);
}

#[test]
fn presentation_fits_1280_by_720_in_both_languages() {
    check_every_issue(1280.0, 720.0, false);
    check_every_issue(1280.0, 720.0, true);
}

#[test]
fn presentation_fits_1920_by_1080_in_both_languages() {
    check_every_issue(1920.0, 1080.0, false);
    check_every_issue(1920.0, 1080.0, true);
}
