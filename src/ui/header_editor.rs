//! The file header editor: party, name, title, marking, as-of date, round, reservation, BATNA.
//! Each change is an undoable edit; typing into one field is one undo step.

use egui::RichText;

use crate::command::Command;
use crate::edit::{Edit, HeaderField as H, Value};
use crate::model::{Field, FieldSet};
use crate::state::State;
use crate::ui::theme;

/// Draw the editor of the side whose header is being edited, if any.
pub fn show(ctx: &egui::Context, state: &State, out: &mut Vec<Command>) {
    let Some(side) = state.header_edit else {
        return;
    };
    let Some(p) = state.ws.position(side) else {
        out.push(Command::CloseHeaderEditor);
        return;
    };
    let mut open = true;
    let mut new_run = false;
    let run = state.edit_run;
    let problems: Vec<&crate::format::Problem> = state
        .problems(side)
        .iter()
        .filter(|pr| pr.path.0.len() == 1)
        .collect();
    egui::Window::new(format!("File header: {} ({})", p.party, side.name()))
        .id(egui::Id::unique(("header-edit", side)))
        .open(&mut open)
        .default_width(520.0)
        .show(ctx, |ui| {
            // One closure for every edit of the header: typing into one field is one step.
            let mut push = |edit: Edit, merge: bool| {
                let what = edit.merge_target().map_or("", |t| t.1);
                let key = {
                    use std::hash::{Hash, Hasher};
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    (side, what, run).hash(&mut h);
                    h.finish()
                };
                out.push(Command::Edit {
                    side,
                    edit,
                    merge: merge.then_some(key),
                });
            };
            egui::Grid::new("header-grid")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    for (label, f, cur) in [
                        ("Party", H::Party, &p.party),
                        ("Party name", H::PartyName, &p.party_name),
                        ("Title", H::Title, &p.title),
                    ] {
                        ui.label(label);
                        let mut t = cur.clone();
                        let r = ui
                            .add(egui::TextEdit::singleline(&mut t).desired_width(380.0))
                            .accessible_name(label);
                        new_run |= r.gained_focus();
                        if r.changed() {
                            push(Edit::SetHeader(f, Value::Text(t)), true);
                        }
                        ui.end_row();
                    }
                    for (label, f, cur, hint) in [
                        (
                            "Marking",
                            H::Marking,
                            &p.marking,
                            "e.g. ILLUSTRATIVE – NOT OFFICIAL POLICY",
                        ),
                        ("As of", H::AsOf, &p.as_of, "YYYY-MM-DD"),
                    ] {
                        ui.label(label);
                        let mut t = cur.clone().unwrap_or_default();
                        let r = ui
                            .add(
                                egui::TextEdit::singleline(&mut t)
                                    .hint_text(hint)
                                    .desired_width(380.0),
                            )
                            .accessible_name(label);
                        new_run |= r.gained_focus();
                        if r.changed() {
                            push(Edit::SetHeader(f, Value::OptText((!t.is_empty()).then_some(t))), true);
                        }
                        ui.end_row();
                    }
                    ui.label("Round");
                    let mut round = p.round;
                    let r = ui
                        .add(egui::DragValue::new(&mut round).range(1..=10_000))
                        .accessible_name("Round");
                    new_run |= r.gained_focus() || r.drag_started();
                    if r.changed() {
                        push(Edit::SetHeader(H::Round, Value::Round(round)), true);
                    }
                    ui.end_row();
                    ui.label("Reservation");
                    let mut res = p.reservation;
                    let r = ui
                        .add(
                            egui::DragValue::new(&mut res)
                                .range(0.0..=100.0)
                                .speed(0.5),
                        )
                        .accessible_name("Reservation")
                        .on_hover_text(
                            "Overall score (0–100) of the no-deal alternative: below it this party walks away",
                        );
                    new_run |= r.gained_focus() || r.drag_started();
                    if r.changed() {
                        push(Edit::SetHeader(H::Reservation, Value::Number(res)), true);
                    }
                    ui.end_row();
                    ui.label("Reservation low–high");
                    ui.horizontal(|ui| {
                        let (change, started) = crate::ui::detail::range_editor(
                            ui,
                            "Reservation",
                            p.reservation,
                            (p.reservation_low, p.reservation_high),
                            100.0,
                        );
                        new_run |= started;
                        if let Some((lo, hi)) = change {
                            push(
                                Edit::Batch(vec![
                                    Edit::SetHeader(H::ReservationLow, Value::OptNumber(lo)),
                                    Edit::SetHeader(H::ReservationHigh, Value::OptNumber(hi)),
                                ]),
                                true,
                            );
                        }
                    });
                    ui.end_row();
                    ui.label("Estimate");
                    let mut est = p.estimate;
                    let r = ui
                        .checkbox(&mut est, "this file estimates the other side's position")
                        .accessible_name("Estimate flag")
                        .on_hover_text(
                            "Shown as a banner (\"ESTIMATE of …'s position\"); saved as `estimate: true` (format 2)",
                        );
                    if r.changed() {
                        push(Edit::SetHeader(H::Estimate, Value::Bool(est)), false);
                    }
                    ui.end_row();
                    ui.label("BATNA");
                    let mut t = p.batna.clone();
                    let r = ui
                        .add(
                            egui::TextEdit::multiline(&mut t)
                                .desired_rows(3)
                                .desired_width(380.0),
                        )
                        .accessible_name("BATNA");
                    new_run |= r.gained_focus();
                    if r.changed() {
                        push(Edit::SetHeader(H::Batna, Value::Text(t)), true);
                    }
                    ui.end_row();
                });
            ui.separator();
            ui.label(RichText::new("Shared with the other side").strong())
                .on_hover_text(
                    "What the other delegation and the joint room may see of this file. \
                     Unticked fields stay private (format 2 when not the default).",
                );
            let shared = p.shared_fields();
            ui.horizontal_wrapped(|ui| {
                for f in Field::ALL {
                    let mut on = shared.has(f);
                    let r = ui.checkbox(&mut on, f.name()).on_hover_text(if FieldSet::DEFAULT_SHARED.has(f) {
                        "Shared by default"
                    } else {
                        "Private by default"
                    });
                    if r.changed() {
                        let next = shared.with(f, on);
                        let value = (next != FieldSet::DEFAULT_SHARED).then_some(next);
                        push(Edit::SetHeader(H::Shared, Value::Fields(value)), false);
                    }
                }
            });
            if p.shared.is_some() && ui.button("Back to the default").clicked() {
                push(Edit::SetHeader(H::Shared, Value::Fields(None)), false);
            }
            for pr in &problems {
                ui.label(
                    RichText::new(format!("※ {}: {}", pr.path, pr.message))
                        .color(theme::ERROR_TEXT),
                )
                .on_hover_text(&pr.hint);
            }
        });
    if new_run {
        out.push(Command::NewEditRun);
    }
    if !open {
        out.push(Command::CloseHeaderEditor);
    }
}
