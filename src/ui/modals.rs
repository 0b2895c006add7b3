//! Questions and lists over the window: restore an earlier run's edits, Save / Discard /
//! Cancel, and the keyboard shortcuts (F1). Drawing only: answers are commands.

use egui::RichText;

use crate::command::{ACTIONS, Answer, Command};
use crate::state::{State, Then};
use crate::ui::keys;

/// Whether a modal question is open (no shortcut is live then).
pub fn open(state: &State) -> bool {
    state.confirm.is_some()
        || !state.recovery_offer.is_empty()
        || state.room_pending.is_some()
        || state.drop_pending.is_some()
}

/// Draw the open question, if any.
pub fn show(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    if !state.recovery_offer.is_empty() {
        recovery(ctx, state, out);
    } else if state.confirm.is_some() {
        confirm(ctx, state, out);
    } else if let Some(to) = state.room_pending {
        room(ctx, state, to, out);
    } else if let Some(d) = &state.drop_pending {
        crate::ui::comment_warning::show(ctx, d, out);
    }
}

/// Leaving a narrower room for a wider one: the screen will show what it did not.
fn room(
    ctx: &egui::Context,
    state: &State,
    to: crate::visibility::Audience,
    out: &mut Vec<Command>,
) {
    let from = state.room_label();
    let to_label = state.audience_label(to);
    let r = egui::Modal::new(egui::Id::unique("room-question")).show(ctx, |ui| {
        ui.heading(format!("Show the {to_label} view?"));
        ui.label(format!(
            "The screen now shows what the {from} room may see. The {to_label} view shows more: \
             private fields (values, weights, walk-aways, reservations, BATNAs) may appear. \
             Make sure no one else can see this screen."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(format!("Show {to_label}")).clicked() {
                out.push(Command::ConfirmRoom(true));
            }
            if ui.button(format!("Stay in {from}")).clicked() {
                out.push(Command::ConfirmRoom(false));
            }
        });
    });
    if r.should_close() {
        out.push(Command::ConfirmRoom(false));
    }
}

fn recovery(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    egui::Modal::new(egui::Id::unique("recovery-offer")).show(ctx, |ui| {
        ui.heading("Restore unsaved edits?");
        ui.label("Accord did not close normally last time. These unsaved edits were kept:");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        for f in &state.recovery_offer {
            let ago = now.saturating_sub(f.meta.written_unix);
            ui.label(format!(
                "• {} side: {} ({}, {} issues), autosaved {} min ago",
                f.side.name(),
                f.meta
                    .original
                    .as_ref()
                    .map_or("a new position".into(), |p| p.display().to_string()),
                f.position.party,
                f.position.issues.len(),
                ago / 60
            ));
        }
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                out.push(Command::AnswerRecovery(true));
            }
            if ui.button("Discard them").clicked() {
                out.push(Command::AnswerRecovery(false));
            }
        });
    });
}

fn confirm(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    let Some(c) = &state.confirm else { return };
    let names: Vec<String> = c
        .sides
        .iter()
        .filter_map(|&s| {
            state
                .ws
                .doc(s)
                .map(|d| format!("{} ({})", d.display_name(), d.position.party))
        })
        .collect();
    let what = match &c.then {
        Then::Quit => "before closing".to_owned(),
        Then::Open(_, p) => format!("before opening {}", p.display()),
    };
    let resp = egui::Modal::new(egui::Id::unique("confirm-unsaved")).show(ctx, |ui| {
        ui.heading("Unsaved changes");
        ui.label(format!(
            "Save the changes to {} {what}?",
            names.join(" and ")
        ));
        ui.horizontal(|ui| {
            for (label, a) in [
                ("Save", Answer::Save),
                ("Discard", Answer::Discard),
                ("Cancel", Answer::Cancel),
            ] {
                if ui.button(label).clicked() {
                    out.push(Command::Answer(a));
                }
            }
        });
    });
    if resp.should_close() && !out.iter().any(|c| matches!(c, Command::Answer(_))) {
        out.push(Command::Answer(Answer::Cancel));
    }
}

/// The shortcut list (F1): every key of the command table, where it is live, what it does.
pub fn shortcuts(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    if !state.show_shortcuts {
        return;
    }
    let mut open = true;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_height(520.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for row in ACTIONS {
                        for b in row.keys {
                            ui.label(RichText::new(keys::describe(ctx, b.shortcut)).monospace());
                            ui.label(row.label.trim_end_matches('…'));
                            ui.label(RichText::new(b.when.describe()).weak());
                            ui.label(RichText::new(row.tooltip).weak());
                            ui.end_row();
                        }
                    }
                });
            });
        });
    if !open {
        out.push(Command::CloseShortcuts);
    }
}
