//! The session log panel: what the room decided, agreed and must do, stamped with time and
//! round, saved next to the positions as it is typed in.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::workspace::Work;
use crate::session_log::EntryKind;
use crate::state::State;

/// Draw the log and the form for a new entry (the draft lives in the state).
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let (kind, draft) = &state.log_draft;
    let lang = state.lang;
    ui.heading(Work::LogHeading.get(lang));
    match &state.log_path {
        Some(p) => ui.label(RichText::new(p.display().to_string()).small().weak()),
        None => ui.label(RichText::new(Work::LogInMemory.get(lang)).small().weak()),
    };
    ui.separator();
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("log-kind")
            .selected_text(kind.label_in(lang))
            .show_ui(ui, |ui| {
                for k in EntryKind::ALL {
                    if ui.selectable_label(*kind == k, k.label_in(lang)).clicked() {
                        out.push(Command::SetLogDraft(k, draft.clone()));
                    }
                }
            })
            .response
            .accessible_name(Work::A11yEntryKind.get(lang));
        if let Some(id) = &state.selected {
            ui.label(RichText::new(Work::About.fmt(lang, &[id])).small().weak());
        }
        let mut shared = state.log_shared;
        if ui
            .checkbox(&mut shared, Work::LogShared.get(lang))
            .on_hover_text(Work::LogSharedTip.get(lang))
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
                .hint_text(Work::LogHint.get(lang)),
        )
        .accessible_name(Work::A11yNewEntry.get(lang))
        .on_hover_text(keys);
    if r.changed() {
        out.push(Command::SetLogDraft(*kind, text));
    }
    if ui
        .add_enabled(
            !draft.trim().is_empty(),
            egui::Button::new(Work::AddEntry.get(lang)),
        )
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
                ui.label(RichText::new(Work::NoEntries.get(lang)).weak());
            }
            for (k, e) in entries.into_iter().rev() {
                ui.push_id(k, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(e.kind.label_in(lang)).strong());
                        ui.label(
                            RichText::new(
                                Work::EntryStamp.fmt(lang, &[&e.round, &e.time.replace('T', " ")]),
                            )
                            .small()
                            .weak(),
                        );
                        if let Some(i) = &e.issue {
                            ui.label(RichText::new(i).small().monospace());
                        }
                        if e.shared {
                            ui.label(RichText::new(Work::EntryShared.get(lang)).small().weak());
                        }
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui
                                .small_button("×")
                                .on_hover_text(Work::RemoveEntryTip.get(lang))
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
