//! Questions and lists over the window: restore an earlier run's edits, Save / Discard /
//! Cancel, and the keyboard shortcuts (F1). Drawing only: answers are commands.

use egui::RichText;

use crate::command::{ACTIONS, Answer, Command};
use crate::i18n::compare::Compare as T;
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
        crate::ui::comment_warning::show(ctx, state, d, out);
    }
}

/// Leaving a narrower room for a wider one: the screen will show what it did not.
fn room(
    ctx: &egui::Context,
    state: &State,
    to: crate::visibility::Audience,
    out: &mut Vec<Command>,
) {
    let lang = state.lang;
    let from = state.room_label();
    let to_label = state.audience_label(to);
    let r = egui::Modal::new(egui::Id::unique("room-question")).show(ctx, |ui| {
        ui.heading(T::RoomQuestion.fmt(lang, &[&to_label]));
        ui.label(T::RoomWarning.fmt(lang, &[&from, &to_label]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(T::RoomShow.fmt(lang, &[&to_label])).clicked() {
                out.push(Command::ConfirmRoom(true));
            }
            if ui.button(T::RoomStay.fmt(lang, &[&from])).clicked() {
                out.push(Command::ConfirmRoom(false));
            }
        });
    });
    if r.should_close() {
        out.push(Command::ConfirmRoom(false));
    }
}

fn recovery(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    let lang = state.lang;
    egui::Modal::new(egui::Id::unique("recovery-offer")).show(ctx, |ui| {
        ui.heading(T::RestoreQuestion.get(lang));
        ui.label(T::RestoreWhy.get(lang));
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        for f in &state.recovery_offer {
            let ago = now.saturating_sub(f.meta.written_unix);
            let side = crate::i18n::side_name(f.side, lang);
            let file = f.meta.original.as_ref().map_or_else(
                || T::NewPosition.get(lang).to_owned(),
                |p| p.display().to_string(),
            );
            ui.label(T::RestoreItem.fmt(
                lang,
                &[
                    &side,
                    &file,
                    &f.position.party,
                    &f.position.issues.len(),
                    &(ago / 60),
                ],
            ));
        }
        ui.horizontal(|ui| {
            if ui.button(T::Restore.get(lang)).clicked() {
                out.push(Command::AnswerRecovery(true));
            }
            if ui.button(T::DiscardThem.get(lang)).clicked() {
                out.push(Command::AnswerRecovery(false));
            }
        });
    });
}

fn confirm(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    let Some(c) = &state.confirm else { return };
    let lang = state.lang;
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
        Then::Quit => T::BeforeClosing.get(lang).to_owned(),
        Then::Open(_, p) => T::BeforeOpening.fmt(lang, &[&p.display()]),
    };
    let resp = egui::Modal::new(egui::Id::unique("confirm-unsaved")).show(ctx, |ui| {
        ui.heading(T::UnsavedChanges.get(lang));
        ui.label(T::SaveQuestion.fmt(lang, &[&names.join(T::And.get(lang)), &what]));
        ui.horizontal(|ui| {
            for (label, a) in [
                (T::Save, Answer::Save),
                (T::Discard, Answer::Discard),
                (T::Cancel, Answer::Cancel),
            ] {
                if ui.button(label.get(lang)).clicked() {
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
    let lang = state.lang;
    egui::Window::new(crate::i18n::Menu::ShortcutsTitle.get(lang))
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
                            ui.label(row.label_in(lang).trim_end_matches('…'));
                            ui.label(RichText::new(b.when.describe(lang)).weak());
                            ui.label(RichText::new(row.tooltip_in(lang)).weak());
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
