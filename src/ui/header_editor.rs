//! The file header editor: party, name, title, marking, as-of date, round, reservation, BATNA.
//! Each change is an undoable edit; typing into one field is one undo step.

use egui::RichText;

use crate::command::Command;
use crate::edit::{Edit, HeaderField as H, Value};
use crate::i18n::{Lang, workspace::Work};
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
    let lang = state.lang;
    // Each label doubles as its widget's accessible name, in the same language.
    let label = |w: Work| w.get(lang);
    let mut open = true;
    let mut new_run = false;
    let run = state.edit_run;
    let problems: Vec<&crate::format::Problem> = state
        .problems(side)
        .iter()
        .filter(|pr| pr.path.0.len() == 1)
        .collect();
    egui::Window::new(Work::HeaderTitle.fmt(lang, &[&p.party, &state.side(side)]))
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
                        (label(Work::FieldParty), H::Party, &p.party),
                        (label(Work::FieldPartyName), H::PartyName, &p.party_name),
                        (label(Work::FieldTitle), H::Title, &p.title),
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
                            label(Work::FieldMarking),
                            H::Marking,
                            &p.marking,
                            label(Work::MarkingHint),
                        ),
                        (
                            label(Work::FieldAsOf),
                            H::AsOf,
                            &p.as_of,
                            label(Work::AsOfHint),
                        ),
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
                            push(
                                Edit::SetHeader(f, Value::OptText((!t.is_empty()).then_some(t))),
                                true,
                            );
                        }
                        ui.end_row();
                    }
                    ui.label(label(Work::FieldRound));
                    let mut round = p.round;
                    let r = ui
                        .add(egui::DragValue::new(&mut round).range(1..=10_000))
                        .accessible_name(label(Work::FieldRound));
                    new_run |= r.gained_focus() || r.drag_started();
                    if r.changed() {
                        push(Edit::SetHeader(H::Round, Value::Round(round)), true);
                    }
                    ui.end_row();
                    ui.label(label(Work::FieldReservation));
                    let mut res = p.reservation;
                    let r = ui
                        .add(egui::DragValue::new(&mut res).range(0.0..=100.0).speed(0.5))
                        .accessible_name(label(Work::FieldReservation))
                        .on_hover_text(label(Work::ReservationTip));
                    new_run |= r.gained_focus() || r.drag_started();
                    if r.changed() {
                        push(Edit::SetHeader(H::Reservation, Value::Number(res)), true);
                    }
                    ui.end_row();
                    ui.label(label(Work::ReservationRange));
                    ui.horizontal(|ui| {
                        let (change, started) = crate::ui::detail::range_editor(
                            ui,
                            lang,
                            label(Work::FieldReservation),
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
                    ui.label(label(Work::FieldEstimate));
                    let mut est = p.estimate;
                    let r = ui
                        .checkbox(&mut est, label(Work::EstimateCheck))
                        .accessible_name(label(Work::A11yEstimateFlag))
                        .on_hover_text(label(Work::EstimateCheckTip));
                    if r.changed() {
                        push(Edit::SetHeader(H::Estimate, Value::Bool(est)), false);
                    }
                    ui.end_row();
                    ui.label(label(Work::FieldBatna));
                    let mut t = p.batna.clone();
                    let r = ui
                        .add(
                            egui::TextEdit::multiline(&mut t)
                                .desired_rows(3)
                                .desired_width(380.0),
                        )
                        .accessible_name(label(Work::FieldBatna));
                    new_run |= r.gained_focus();
                    if r.changed() {
                        push(Edit::SetHeader(H::Batna, Value::Text(t)), true);
                    }
                    ui.end_row();
                });
            ui.separator();
            ui.label(RichText::new(label(Work::SharedHeading)).strong())
                .on_hover_text(label(Work::SharedTip));
            let shared = p.shared_fields();
            ui.horizontal_wrapped(|ui| {
                for f in Field::ALL {
                    let mut on = shared.has(f);
                    // English shows the name written in the file's `shared` list; Korean shows
                    // the field's own name, with the file's name in the tooltip.
                    let (name, tip) = shared_label(f, lang);
                    let r = ui.checkbox(&mut on, name).on_hover_text(tip);
                    if r.changed() {
                        let next = shared.with(f, on);
                        let value = (next != FieldSet::DEFAULT_SHARED).then_some(next);
                        push(Edit::SetHeader(H::Shared, Value::Fields(value)), false);
                    }
                }
            });
            if p.shared.is_some() && ui.button(label(Work::BackToDefault)).clicked() {
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

/// A shared-field check box's label and tooltip.
fn shared_label(f: Field, lang: Lang) -> (&'static str, String) {
    let default = if FieldSet::DEFAULT_SHARED.has(f) {
        Work::SharedByDefault
    } else {
        Work::PrivateByDefault
    }
    .get(lang);
    match lang {
        Lang::En => (f.name(), default.to_owned()),
        Lang::Ko => (
            f.label_in(lang),
            format!("{default}\n{}", Work::FileName.fmt(lang, &[&f.name()])),
        ),
    }
}
