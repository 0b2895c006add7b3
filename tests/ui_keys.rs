//! The keyboard as a user meets it: every key of the command table pressed in a real app,
//! redo and "save as" not shadowed, cell editing, the unsaved-changes questions, the header
//! editor, Korean IME composition, dialogs that fail, and the diff view's F7.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::command::{ACTIONS, Action, Binding, Command, View, When};
use accord::workspace::Side;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type App = Harness<'static, accord::app::AccordApp>;

/// Press a shortcut of the table as the keyboard would send it (Ctrl is also Command off macOS).
fn press(h: &mut App, b: &Binding) {
    let k = accord::ui::keys::to_egui(b.shortcut).expect("a toolkit key");
    let mut m = Modifiers::NONE;
    if b.shortcut.ctrl {
        m |= Modifiers::CTRL | Modifiers::COMMAND;
    }
    if b.shortcut.shift {
        m |= Modifiers::SHIFT;
    }
    h.key_press_modifiers(m, k.logical_key);
    // The score view keeps repainting while it computes: let it, without a step limit error.
    let _ = h.try_run();
}

fn cmd(h: &mut App, c: Command) {
    h.state_mut().push(c);
    h.run();
}

/// Put a fresh app where `when` is live.
fn enter(h: &mut App, when: When) {
    match when {
        When::Always | When::Table | When::Issues => {}
        When::Selected | When::Detail => cmd(h, Command::Select(Some("fms-lead-times".into()))),
        When::Presenting => cmd(h, Command::Action(Action::TogglePresentation)),
        When::Diff => cmd(h, Command::Action(Action::ShowView(View::Diff))),
        When::CellEditing => cmd(
            h,
            Command::BeginCellEdit {
                id: "fms-lead-times".into(),
                col: 3,
            },
        ),
        When::LogTyping => {
            cmd(h, Command::Action(Action::ToggleLog));
            h.get_by_label("New log entry").focus();
            h.run();
        }
        When::Filtering => cmd(h, Command::SetFilter("MRO".into())),
        When::Merge => {
            let path = common::conflicted_copy();
            cmd(
                h,
                Command::Open {
                    side: Side::Left,
                    path,
                },
            );
            assert!(h.state().state.merge.is_some());
        }
    }
}

/// Every key of the command table, pressed in a fresh app in the context where it is live,
/// runs exactly its own action: a shadowed or unbound shortcut fails here.
#[test]
fn every_key_in_the_table_runs_its_action() {
    let (_dir, l, r) = common::copies();
    let mut checked = 0;
    for row in ACTIONS {
        for b in row.keys {
            let (mut h, _) = common::app_with_dialogs(Some(l.clone()), Some(r.clone()), vec![]);
            enter(&mut h, b.when);
            let before = h.state().state.trace.len();
            press(&mut h, b);
            let trace = &h.state().state.trace;
            assert_eq!(
                &trace[before.min(trace.len())..],
                &[row.action],
                "{:?} in context {:?} should run {:?}",
                b.shortcut,
                b.when,
                row.action
            );
            checked += 1;
        }
    }
    // Every key of the table was pressed (the count of bindings, not a fixed number).
    assert_eq!(checked, ACTIONS.iter().map(|r| r.keys.len()).sum::<usize>());
}

/// F1 lists each key of the table, described as menus describe it.
#[test]
fn f1_lists_every_shortcut() {
    let mut h = common::samples();
    h.key_press(Key::F1);
    h.run();
    assert!(h.state().state.show_shortcuts);
    let ctx = h.ctx.clone();
    for row in ACTIONS {
        for b in row.keys {
            let text = accord::ui::keys::describe(&ctx, b.shortcut);
            assert!(
                h.query_all_by_label(&text).count() >= 1,
                "{text} ({:?}) is not listed",
                row.action
            );
        }
    }
}

fn weight(h: &App, side: Side, id: &str) -> f64 {
    let p = h.state().state.ws.position(side).unwrap();
    p.issues[p.issue_index(id).unwrap()].weight
}

fn saved_weight(path: &std::path::Path, id: &str) -> f64 {
    let p = accord::format::load_file(path).unwrap();
    p.issues[p.issue_index(id).unwrap()].weight
}

/// The issue's "done when": keyboard only, edit a cell, undo, redo with Ctrl+Shift+Z, save;
/// undo, redo with Ctrl+Y, save again.
#[test]
fn edit_a_cell_undo_redo_and_save_from_the_keyboard() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l.clone()), Some(r));
    let first = h.state().state.table.rows[h.state().state.visible_rows()[0]]
        .id
        .clone();
    let was = weight(&h, Side::Left, &first);
    // ↓ selects the first issue; → → → puts the cell cursor on the US weight.
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state.selected.as_deref(), Some(first.as_str()));
    for _ in 0..3 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert_eq!(h.state().state.cursor_col, 3);
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().state.cell_edit.is_some());
    assert!(h.get_by_label("Edit cell").is_focused());
    // Replace the text: select all, type.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Edit cell").type_text("7.5");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().state.cell_edit.is_none());
    assert_eq!(weight(&h, Side::Left, &first), 7.5);
    let ctrl = Modifiers::COMMAND | Modifiers::CTRL;
    h.key_press_modifiers(ctrl, Key::Z);
    h.run();
    assert_eq!(weight(&h, Side::Left, &first), was);
    h.key_press_modifiers(ctrl | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(weight(&h, Side::Left, &first), 7.5, "Ctrl+Shift+Z redoes");
    h.key_press_modifiers(ctrl, Key::S);
    h.run();
    assert_eq!(saved_weight(&l, &first), 7.5);
    h.key_press_modifiers(ctrl, Key::Z);
    h.run();
    assert_eq!(weight(&h, Side::Left, &first), was);
    h.key_press_modifiers(ctrl, Key::Y);
    h.run();
    assert_eq!(weight(&h, Side::Left, &first), 7.5, "Ctrl+Y redoes");
    h.key_press_modifiers(ctrl, Key::S);
    h.run();
    assert_eq!(saved_weight(&l, &first), 7.5);
    assert!(!h.state().state.ws.any_dirty());
}

#[test]
fn tab_moves_to_the_next_editable_cell_and_esc_cancels() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    cmd(&mut h, Command::Select(Some("fms-lead-times".into())));
    cmd(&mut h, Command::CursorColumn(1));
    let stance = h.state().state.ws.position(Side::Left).unwrap().issues[0]
        .stance
        .clone();
    h.key_press(Key::F2);
    h.run();
    let e = h.state().state.cell_edit.clone().unwrap();
    assert_eq!((e.col, e.text.as_str()), (1, stance.as_str()));
    // Tab keeps the stance as it is and edits the target.
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(h.state().state.cell_edit.as_ref().map(|e| e.col), Some(2));
    h.get_by_label("Edit cell").type_text("no such option");
    h.run();
    // Esc drops what was typed.
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().state.cell_edit.is_none());
    assert!(!h.state().state.ws.any_dirty());
    // A target that is not an option is refused with the options named, nothing changed.
    h.key_press(Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Edit cell").type_text("no such option");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        h.state()
            .state
            .status
            .contains("no option \"no such option\"")
    );
    assert!(!h.state().state.ws.any_dirty());
}

fn dirty_left(h: &mut App) {
    cmd(
        h,
        Command::Edit {
            side: Side::Left,
            edit: accord::edit::Edit::SetHeader(
                accord::edit::HeaderField::Title,
                accord::edit::Value::Text("수정된 제목".into()),
            ),
            merge: None,
        },
    );
    assert!(h.state().state.ws.any_dirty());
}

#[test]
fn quit_with_unsaved_changes_asks_save_discard_or_cancel() {
    let (_dir, l, r) = common::copies();
    let original = std::fs::read_to_string(&l).unwrap();
    let ctrl = Modifiers::COMMAND | Modifiers::CTRL;
    // Cancel: nothing changes, still unsaved, still open.
    let mut h = common::app(Some(l.clone()), Some(r.clone()));
    dirty_left(&mut h);
    h.key_press_modifiers(ctrl, Key::Q);
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().state.confirm.is_none());
    assert!(!h.state().state.allow_close);
    assert!(h.state().state.ws.any_dirty());
    assert_eq!(std::fs::read_to_string(&l).unwrap(), original);
    // Discard: closes, the file on disk untouched.
    h.key_press_modifiers(ctrl, Key::Q);
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().state.allow_close);
    assert_eq!(std::fs::read_to_string(&l).unwrap(), original);
    // Save: written, then closes.
    let mut h = common::app(Some(l.clone()), Some(r));
    dirty_left(&mut h);
    h.key_press_modifiers(ctrl, Key::Q);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(h.state().state.allow_close);
    assert_eq!(accord::format::load_file(&l).unwrap().title, "수정된 제목");
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    dirty_left(&mut h);
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    assert!(h.state().state.confirm.is_some(), "the close is held back");
    assert!(!h.state().state.allow_close);
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().state.ws.any_dirty());
}

#[test]
fn opening_over_unsaved_changes_asks_first() {
    let (dir, l, r) = common::copies();
    let other = dir.path().join("us.r2.ron");
    std::fs::copy(common::sample("us.r2.ron"), &other).unwrap();
    let mut h = common::app(Some(l), Some(r));
    dirty_left(&mut h);
    let open = Command::Open {
        side: Side::Left,
        path: other.clone(),
    };
    cmd(&mut h, open.clone());
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().state.ws.position(Side::Left).unwrap().round, 1);
    assert!(h.state().state.ws.any_dirty());
    cmd(&mut h, open.clone());
    h.get_by_label("Discard").click();
    h.run();
    let st = &h.state().state;
    assert_eq!(st.ws.position(Side::Left).unwrap().round, 2);
    assert_eq!(
        st.ws.doc(Side::Left).unwrap().path.as_deref(),
        Some(other.as_path())
    );
    assert!(!st.ws.any_dirty());
}

#[test]
fn the_header_editor_edits_undoably() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    let rok_title = |h: &App| {
        h.state()
            .state
            .ws
            .position(Side::Right)
            .unwrap()
            .title
            .clone()
    };
    let before = rok_title(&h);
    cmd(&mut h, Command::Action(Action::EditHeader(Side::Right)));
    assert_eq!(h.state().state.header_edit, Some(Side::Right));
    // The editor, not its "Title" label (a label's value is its own text).
    fn title(h: &App) -> egui_kittest::Node<'_> {
        h.get_all_by_label("Title")
            .find(|n| n.value().is_some_and(|v| v != "Title"))
            .expect("the title editor")
    }
    title(&h).focus();
    h.run();
    assert!(title(&h).is_focused());
    title(&h).type_text(" (개정)");
    h.run();
    let after = rok_title(&h);
    assert_eq!(after, format!("{before} (개정)"));
    assert_eq!(
        h.state().state.history.undo.len(),
        1,
        "typing into one field is one step"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::CTRL, Key::Z);
    h.run();
    assert_eq!(rok_title(&h), before);
}

/// A Korean IME composes 한 from ㅎ, 하, 한 and commits it, then 글: exactly "한글" remains.
#[test]
fn korean_ime_composition_into_a_stance() {
    let (_dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    cmd(&mut h, Command::Action(Action::NewIssue(Side::Left)));
    let id = h.state().state.selected.clone().unwrap();
    let stance = h
        .get_all_by_label("US stance")
        .find(|n| n.value().is_some_and(|v| v != "US stance"))
        .expect("a stance editor");
    stance.focus();
    h.run();
    let ime = |e: egui::ImeEvent| egui::Event::Ime(e);
    let pre = |t: &str| {
        ime(egui::ImeEvent::Preedit {
            text: t.into(),
            active_range_chars: None,
        })
    };
    for e in [
        pre("ㅎ"),
        pre("하"),
        pre("한"),
        ime(egui::ImeEvent::Commit("한".into())),
        pre("ㄱ"),
        pre("그"),
        pre("글"),
        ime(egui::ImeEvent::Commit("글".into())),
    ] {
        h.event(e);
        h.run();
    }
    let p = h.state().state.ws.position(Side::Left).unwrap();
    assert_eq!(p.issues[p.issue_index(&id).unwrap()].stance, "한글");
}

#[test]
fn a_dialog_that_cannot_open_says_so_and_what_else_works() {
    let (_dir, l, r) = common::copies();
    let (mut h, requests) = common::app_with_dialogs(
        Some(l),
        Some(r),
        vec![Err("no xdg desktop portal and no zenity".into())],
    );
    let before = h.state().state.ws.position(Side::Left).cloned();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::CTRL, Key::O);
    h.run();
    assert_eq!(requests.lock().unwrap().len(), 1);
    h.get_by_label("No file dialog could be shown");
    h.get_by_label_contains("drop position files onto the window");
    assert_eq!(h.state().state.ws.position(Side::Left).cloned(), before);
}

#[test]
fn open_and_export_through_the_dialogs() {
    let (dir, l, r) = common::copies();
    let other = dir.path().join("us.r2.ron");
    std::fs::copy(common::sample("us.r2.ron"), &other).unwrap();
    let report = dir.path().join("out");
    let (mut h, requests) = common::app_with_dialogs(
        Some(l),
        Some(r),
        vec![Ok(Some(other.clone())), Ok(Some(report.clone()))],
    );
    let ctrl = Modifiers::COMMAND | Modifiers::CTRL;
    // Ctrl+Shift+O asks for a file for the right side (not the left).
    h.key_press_modifiers(ctrl | Modifiers::SHIFT, Key::O);
    h.run();
    assert_eq!(
        requests.lock().unwrap()[0].purpose,
        accord::command::DialogPurpose::Open(Side::Right)
    );
    assert_eq!(
        h.state().state.ws.doc(Side::Right).unwrap().path.as_deref(),
        Some(other.as_path())
    );
    h.key_press_modifiers(ctrl, Key::E);
    h.run();
    assert!(requests.lock().unwrap()[1].save);
    // No extension typed: HTML is written.
    let html = std::fs::read_to_string(report.with_extension("html")).unwrap();
    assert!(html.contains("<html"));
}

#[test]
fn ctrl_shift_s_saves_the_active_side_as() {
    let (dir, l, r) = common::copies();
    let target = dir.path().join("rok-copy.ron");
    let (mut h, requests) =
        common::app_with_dialogs(Some(l), Some(r), vec![Ok(Some(target.clone()))]);
    h.get_by_label("ROK").click();
    h.run();
    assert_eq!(h.state().state.active, Some(Side::Right));
    h.key_press_modifiers(
        Modifiers::COMMAND | Modifiers::CTRL | Modifiers::SHIFT,
        Key::S,
    );
    h.run();
    assert_eq!(
        requests.lock().unwrap()[0].purpose,
        accord::command::DialogPurpose::SaveAs(Side::Right)
    );
    assert_eq!(accord::format::load_file(&target).unwrap().party, "ROK");
    assert_eq!(
        h.state().state.ws.doc(Side::Right).unwrap().path.as_deref(),
        Some(target.as_path())
    );
}

#[test]
fn f7_steps_through_the_diff_and_jumps_to_the_workspace() {
    let mut h = common::samples();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::CTRL, Key::Num3);
    h.run();
    assert_eq!(h.state().state.view, View::Diff);
    assert!(h.state().state.diff.model.is_some());
    // The first stop is the header group (party, title… differ), then the issues.
    for _ in 0..3 {
        h.key_press(Key::F7);
        h.run();
    }
    let second = h.state().state.diff.current_issue_id().map(str::to_owned);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    h.run();
    let first = h.state().state.diff.current_issue_id().map(str::to_owned);
    assert!(first.is_some() && first != second, "{first:?} {second:?}");
    let id = first.unwrap();
    // Showing every issue keeps the current change.
    h.get_by_label("Only changes").click();
    h.run();
    assert!(!h.state().state.diff_only_changes);
    assert_eq!(h.state().state.diff.current_issue_id(), Some(id.as_str()));
    h.get_by_label(&format!("Show {id} in the workspace"))
        .click();
    h.run();
    assert_eq!(h.state().state.view, View::Workspace);
    assert_eq!(h.state().state.selected.as_deref(), Some(id.as_str()));
}
