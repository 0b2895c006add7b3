//! The session log panel: what the room decided, agreed and must do, stamped with time and
//! round, saved next to the positions as it is typed in.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::session_log::EntryKind;
use crate::state::State;

/// Draw the log and the form for a new entry. `draft` is the entry being typed.
pub fn show(ui: &mut Ui, state: &State, draft: &mut (EntryKind, String), out: &mut Vec<Command>) {
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
            .selected_text(draft.0.as_str())
            .show_ui(ui, |ui| {
                for k in EntryKind::ALL {
                    ui.selectable_value(&mut draft.0, k, k.as_str());
                }
            })
            .response
            .accessible_name("Entry kind");
        if let Some(id) = &state.selected {
            ui.label(RichText::new(format!("about {id}")).small().weak());
        }
    });
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut draft.1)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text("What was decided, agreed or must be done (Ctrl+Enter adds)"),
        )
        .accessible_name("New log entry");
    let ctrl_enter = r.has_focus()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
    if (ui.button("Add entry").clicked() || ctrl_enter) && !draft.1.trim().is_empty() {
        out.push(Command::AddLogEntry {
            kind: draft.0,
            text: std::mem::take(&mut draft.1).trim().to_owned(),
            issue: state.selected.clone(),
        });
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("log-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if state.log.entries.is_empty() {
                ui.label(RichText::new("No entries yet.").weak());
            }
            for (k, e) in state.log.entries.iter().enumerate().rev() {
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
