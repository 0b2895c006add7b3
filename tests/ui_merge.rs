//! The merge view as a user meets it: opening a file with conflict markers shows it; F7 and
//! Shift+F7 step through the conflicts; clicking a side's pick resolves one; Ctrl+Z / Ctrl+Shift+Z
//! undo and redo a pick; Save writes a clean file and opens it.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::workspace::Side;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn f7_steps_to_a_conflict_a_click_resolves_it_and_save_writes_a_clean_file() {
    let path = common::conflicted_copy();
    let mut h = common::app(Some(path.clone()), Some(common::sample("rok.ron")));
    {
        let st = &h.state().state;
        let m = st.merge.as_ref().expect("the merge view is open");
        assert_eq!((m.res.len(), m.res.current), (2, 0));
        assert!(
            st.ws.left.is_none(),
            "the conflicted file is not loaded as a position"
        );
        assert!(st.error.is_none());
    }
    h.get_by_label_contains("Merge conflicts in");

    h.key_press(Key::F7);
    h.run();
    assert_eq!(h.state().state.merge.as_ref().unwrap().res.current, 1);
    // The second conflict (the stance): take theirs.
    h.get_all_by_label("Take theirs").nth(1).unwrap().click();
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    h.run();
    assert_eq!(h.state().state.merge.as_ref().unwrap().res.current, 0);
    // The first (the weight): take ours.
    h.get_all_by_label("Take ours").next().unwrap().click();
    h.run();
    assert_eq!(h.state().state.merge.as_ref().unwrap().res.resolved(), 2);

    // Undo the last pick, then redo it, with the app's own keys.
    h.key_press_modifiers(Modifiers::CTRL | Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().state.merge.as_ref().unwrap().res.resolved(), 1);
    h.key_press_modifiers(
        Modifiers::CTRL | Modifiers::COMMAND | Modifiers::SHIFT,
        Key::Z,
    );
    h.run();
    assert_eq!(h.state().state.merge.as_ref().unwrap().res.resolved(), 2);

    h.get_by_label("Save resolved file").click();
    h.run();
    let st = &h.state().state;
    assert!(st.merge.is_none(), "{}", st.status);
    let saved = accord::format::load_file(&path).expect("a clean file");
    assert_eq!(saved.issues[0].weight, 3.0);
    assert_eq!(saved.issues[2].stance, "theirs 입장");
    assert_eq!(saved.issues[3].notes, "merged cleanly");
    assert_eq!(st.ws.position(Side::Left), Some(&saved));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        accord::format::to_canonical_string(&saved)
    );
}

/// Typed lines resolve a conflict too; lines that would not load are refused on save with the
/// file, line and column, and the conflicts stay as picked.
#[test]
fn edited_lines_resolve_a_conflict_and_a_typo_is_refused_on_save() {
    let path = common::conflicted_copy();
    let before = std::fs::read_to_string(&path).unwrap();
    let mut h = common::app(Some(path.clone()), None);
    h.get_by_label("Edit the lines of conflict 1").click();
    h.run();
    h.get_by_label("Lines for conflict 1").focus();
    h.run();
    h.key_press_modifiers(Modifiers::CTRL | Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Lines for conflict 1")
        .type_text("            weight: oops,\n");
    h.run();
    h.get_by_label("Use edited lines").click();
    h.run();
    h.get_all_by_label("Take theirs").nth(1).unwrap().click();
    h.run();
    h.get_by_label("Save resolved file").click();
    h.run();
    {
        let st = &h.state().state;
        assert!(st.merge.is_some(), "a typo must not close the merge view");
        let err = st.error.as_ref().expect("the refusal is shown");
        assert!(err.detail.contains("us.ron:"), "{}", err.detail);
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    // Fix the typo: the same lines, a number this time.
    h.get_by_label("Lines for conflict 1").focus();
    h.run();
    h.key_press_modifiers(Modifiers::CTRL | Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Lines for conflict 1")
        .type_text("            weight: 42,\n");
    h.run();
    h.get_by_label("Use edited lines").click();
    h.run();
    h.get_by_label("Save resolved file").click();
    h.run();
    assert!(h.state().state.merge.is_none());
    let saved = accord::format::load_file(&path).unwrap();
    assert_eq!(saved.issues[0].weight, 42.0);
    assert_eq!(saved.issues[2].stance, "theirs 입장");
}
