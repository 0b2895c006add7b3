//! The session log panel: what the room decided, agreed and must do, stamped with time and
//! round, saved next to the positions as it is typed in.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::session_log::EntryKind;
use crate::state::State;

/// Draw the log and the form for a new entry (the draft lives in the state).
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let (kind, draft) = &state.log_draft;
    ui.heading("Session log");
    match &state.log_path {
        Some(p) => ui.label(RichText::new(p.display().to_string()).small().weak()),
        None => ui.label(
            RichText::new("Kept in memory until both positions are saved to files")
                .small()
                .weak(),
        ),
    };
    ui.separator();
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("log-kind")
            .selected_text(kind.as_str())
            .show_ui(ui, |ui| {
                for k in EntryKind::ALL {
                    if ui.selectable_label(*kind == k, k.as_str()).clicked() {
                        out.push(Command::SetLogDraft(k, draft.clone()));
                    }
                }
            })
            .response
            .accessible_name("Entry kind");
        if let Some(id) = &state.selected {
            ui.label(RichText::new(format!("about {id}")).small().weak());
        }
        let mut shared = state.log_shared;
        if ui
            .checkbox(&mut shared, "Shared with the delegations")
            .on_hover_text(
                "Entries are the facilitator's own unless shared: only shared entries appear in \
                 the delegations' and the joint room and in their handouts.",
            )
            .changed()
        {
            out.push(Command::SetLogShared(shared));
        }
    });
    let mut text = draft.clone();
    let add = crate::command::Action::AddLogEntry;
    let keys = crate::ui::keys::tooltip(ui.ctx(), add, state.lang);
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .id(egui::Id::unique(crate::ui::LOG_ID))
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text("What was decided, agreed or must be done"),
        )
        .accessible_name("New log entry")
        .on_hover_text(keys);
    if r.changed() {
        out.push(Command::SetLogDraft(*kind, text));
    }
    if ui
        .add_enabled(!draft.trim().is_empty(), egui::Button::new("Add entry"))
        .on_hover_text(crate::ui::keys::tooltip(ui.ctx(), add, state.lang))
        .clicked()
    {
        out.push(Command::Action(add));
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("log-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let entries = state.shown_log();
            if entries.is_empty() {
                ui.label(RichText::new("No entries yet.").weak());
            }
            for (k, e) in entries.into_iter().rev() {
                ui.push_id(k, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(e.kind.as_str()).strong());
                        ui.label(
                            RichText::new(format!(
                                "round {} · {}",
                                e.round,
                                e.time.replace('T', " ")
                            ))
                            .small()
                            .weak(),
                        );
                        if let Some(i) = &e.issue {
                            ui.label(RichText::new(i).small().monospace());
                        }
                        if e.shared {
                            ui.label(RichText::new("shared").small().weak());
                        }
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui
                                .small_button("×")
                                .on_hover_text("Remove this entry")
                                .clicked()
                            {
                                out.push(Command::RemoveLogEntry(k));
                            }
                        });
                    });
                    ui.label(&e.text);
                    ui.separator();
                });
            }
        });
}
