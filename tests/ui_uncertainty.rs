//! Issue 11 in the real app: the estimate banner, range editors that undo, and the score
//! view's Monte Carlo (progress, spread, most robust, P(acceptable), ask first, restarted when
//! an edit makes it stale). Every step clicks widgets or presses keys.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::workspace::Side;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type App = Harness<'static, accord::app::AccordApp>;

fn estimate_copies() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let l = dir.path().join("us.ron");
    let r = dir.path().join("rok-estimate.ron");
    std::fs::copy(common::sample("us.ron"), &l).unwrap();
    std::fs::copy(common::sample("estimates/rok.ron"), &r).unwrap();
    (dir, l, r)
}

/// Scroll a widget into view, then click it (the panels scroll; a click lands where the widget
/// is on screen).
fn click(h: &mut App, label: &str) {
    h.get_by_label(label).scroll_to_me();
    let _ = h.try_run();
    h.get_by_label(label).click();
    let _ = h.try_run();
}

fn undo(h: &mut App) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::CTRL, Key::Z);
    let _ = h.try_run();
}

/// Run frames until `done` holds (the score view computes on worker threads).
fn wait(h: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..3_000 {
        let _ = h.try_run();
        if done(h) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn an_estimate_file_shows_its_banner_and_the_flag_undoes() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    assert!(h.query_by_label("ESTIMATE of ROK's position").is_none());
    h.state_mut().push(accord::command::Command::Action(
        accord::command::Action::EditHeader(Side::Right),
    ));
    h.run();
    h.get_by_label("Estimate flag").click();
    h.run();
    assert!(h.state().state.ws.position(Side::Right).unwrap().estimate);
    h.get_by_label("ESTIMATE of ROK's position");
    undo(&mut h);
    assert!(!h.state().state.ws.position(Side::Right).unwrap().estimate);
    assert!(h.query_by_label("ESTIMATE of ROK's position").is_none());
}

#[test]
fn range_editors_in_the_detail_panel_and_the_header_undo() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    let rok = |h: &App| h.state().state.ws.position(Side::Right).unwrap().clone();
    h.get_by_label("FMS delivery lead times").click();
    h.run();
    let at = rok(&h).issue_index("fms-lead-times").unwrap();
    // The weight: "±" adds a range around it.
    h.get_by_label("ROK weight range").click();
    h.run();
    let p = rok(&h);
    let w = p.issues[at].weight;
    assert_eq!(p.issues[at].weight_low, Some(w - w * 0.25));
    assert_eq!(p.issues[at].weight_high, Some(w + w * 0.25));
    assert_eq!(p.required_format(), 2, "a range makes the file format 2");
    h.get_by_label("ROK weight low");
    // An option's value.
    click(&mut h, "ROK option 2 value range");
    let c = &rok(&h).issues[at].options[1];
    assert_eq!(
        (c.low, c.high),
        (Some(c.value - 10.0), Some(c.value + 10.0))
    );
    // "✕" makes it exact again; undo brings the range back, and undo again removes it.
    click(&mut h, "ROK option 2 value exact");
    assert_eq!(rok(&h).issues[at].options[1].low, None);
    undo(&mut h);
    assert!(rok(&h).issues[at].options[1].low.is_some());
    undo(&mut h);
    assert_eq!(rok(&h).issues[at].options[1].low, None);
    undo(&mut h);
    assert_eq!(rok(&h).issues[at].weight_low, None);
    assert_eq!(rok(&h).required_format(), 1);
    // The reservation, in the header editor.
    h.state_mut().push(accord::command::Command::Action(
        accord::command::Action::EditHeader(Side::Right),
    ));
    h.run();
    h.get_by_label("Reservation range").click();
    h.run();
    let p = rok(&h);
    assert_eq!(p.reservation_low, Some(p.reservation - 10.0));
    assert_eq!(p.reservation_high, Some(p.reservation + 10.0));
    h.get_by_label("Reservation high");
    undo(&mut h);
    assert_eq!(rok(&h).reservation_high, None);
    assert!(!h.state().state.ws.any_dirty(), "back at the saved state");
}

#[test]
fn the_score_view_shows_how_sure_and_restarts_after_an_edit() {
    let (_dir, l, r) = estimate_copies();
    let mut h = common::app(Some(l), Some(r));
    h.get_by_label("ESTIMATE of ROK's position");
    // Ctrl+2: the score view.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::CTRL, Key::Num2);
    wait(&mut h, "the full Monte Carlo", |h| {
        !h.state().score_view().monte_carlo_running()
            && h.state()
                .score_view()
                .uncertainty()
                .is_some_and(|u| u.samples == 10_000)
    });
    let u = h.state().score_view().uncertainty().unwrap().clone();
    assert_eq!(u.numbers, 71);
    assert!(!u.nash_points.is_empty(), "the spread to draw");
    h.get_by_label("How sure is this?");
    assert!(h.query_all_by_label_contains("Most robust package").count() >= 1);
    assert!(h.query_all_by_label_contains("Ask first").count() >= 1);
    // The proposal's odds, after taking the most robust package.
    click(&mut h, "Use the most robust package");
    let robust = u.most_robust.clone().unwrap();
    let odds = format!(
        "P(acceptable): US (left) {:.0}% · ROK (right) {:.0}% · both {:.0}%",
        100.0 * robust.p_left,
        100.0 * robust.p_right,
        100.0 * robust.p_both
    );
    assert!(
        h.query_all_by_label_contains(&odds).count() >= 1,
        "the proposal shows its odds ({odds})"
    );
    // Remove the ROK reservation's range in the header editor: the result is stale, the run
    // starts again and ends with one uncertain number fewer.
    h.state_mut().push(accord::command::Command::Action(
        accord::command::Action::EditHeader(Side::Right),
    ));
    let _ = h.try_run();
    h.get_by_label("Reservation exact").click();
    let _ = h.try_run();
    assert_eq!(
        h.state()
            .state
            .ws
            .position(Side::Right)
            .unwrap()
            .reservation_low,
        None
    );
    wait(&mut h, "the Monte Carlo of the edited files", |h| {
        !h.state().score_view().monte_carlo_running()
            && h.state()
                .score_view()
                .uncertainty()
                .is_some_and(|u| u.samples == 10_000 && u.numbers == 70)
    });
}
