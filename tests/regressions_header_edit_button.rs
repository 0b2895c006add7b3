//! A file header's "Edit…" button opened nothing under a real mouse: the click that makes a
//! side active was sensed on top of the header's widgets and took the button's clicks. The
//! clicks here are pointer events at the widget's centre, as a mouse makes them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::workspace::Side;
use egui_kittest::kittest::Queryable;

#[test]
fn the_header_edit_button_opens_the_header_editor() {
    let mut h = common::samples();
    h.get_all_by_label("Edit…").next().unwrap().click();
    h.run();
    assert_eq!(h.state().state.header_edit, Some(Side::Left));
}

#[test]
fn clicking_a_header_still_makes_its_side_active() {
    let mut h = common::samples();
    let title = h
        .state()
        .state
        .ws
        .position(Side::Right)
        .unwrap()
        .title
        .clone();
    h.get_by_label(&title).click();
    h.run();
    assert_eq!(h.state().state.active, Some(Side::Right));
    assert_eq!(h.state().state.header_edit, None);
}
