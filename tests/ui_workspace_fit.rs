//! The workspace at 1024×768, the smallest projector a workshop meets: with an issue selected,
//! in English and in Korean, every label, button and field of the table and the detail panel
//! lies inside the window's width, and both sides' columns are there.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::app::AccordApp;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

fn app_1024() -> Harness<'static, AccordApp> {
    let (l, r) = (common::sample("us.ron"), common::sample("rok.ron"));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_eframe(move |cc| {
            AccordApp::new(&cc.egui_ctx, Some(l), Some(r))
                .with_dialogs(Box::new(accord::dialogs::ScriptedDialogs::default()))
        });
    h.run();
    h
}

fn nodes(h: &Harness<'static, AccordApp>) -> Vec<(String, egui::Rect)> {
    let ppp = h.ctx.pixels_per_point();
    h.root()
        .query_all(By::new())
        .filter_map(|n| {
            let node = n.accesskit_node();
            let b = node.bounding_box()?;
            let label = node.label().or_else(|| node.value()).unwrap_or_default();
            let rect = egui::Rect::from_min_max(
                egui::pos2(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
                egui::pos2(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
            );
            Some((label, rect))
        })
        .collect()
}

fn check(korean: bool) {
    let mut h = app_1024();
    if korean {
        h.get_by_label("View").click();
        h.run();
        h.get_by_label("한국어").click();
        let _ = h.try_run();
    }
    h.key_press(Key::ArrowDown);
    h.run();
    assert!(h.state().state.selected.is_some(), "an issue is selected");
    let screen = h.ctx.content_rect();
    let all = nodes(&h);
    let outside: Vec<_> = all
        .iter()
        .filter(|(_, r)| r.is_positive() && r.max.y < screen.max.y && r.min.y > screen.min.y)
        .filter(|(_, r)| r.max.x > screen.max.x + 0.5 || r.min.x < screen.min.x - 0.5)
        .collect();
    assert!(
        outside.is_empty(),
        "korean={korean}: outside the window's width: {outside:?}"
    );
    // Both sides' stance columns are on screen, each at least a fifth of the width wide
    // enough to read a few words.
    let (us, rok) = if korean {
        ("US 주장", "ROK 주장")
    } else {
        ("US stance", "ROK stance")
    };
    for head in [us, rok] {
        let (_, r) = all
            .iter()
            .find(|(l, _)| l.starts_with(head))
            .unwrap_or_else(|| panic!("korean={korean}: column {head} missing"));
        assert!(r.max.x <= screen.max.x, "{head} cut off: {r:?}");
    }
}

#[test]
fn the_workspace_fits_1024_by_768_in_english() {
    check(false);
}

#[test]
fn the_workspace_fits_1024_by_768_in_korean() {
    check(true);
}
