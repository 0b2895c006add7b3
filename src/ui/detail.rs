//! The detail panel: both sides of the selected issue, side by side.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::model::Issue;
use crate::state::State;
use crate::ui::theme;
use crate::workspace::Side;

/// Draw the selected issue. Does nothing without a selection.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let Some(id) = state.selected.as_deref() else {
        return;
    };
    let Some(r) = state.table.find(id) else {
        return;
    };
    let row = &state.table.rows[r];
    let dark = ui.visuals().dark_mode;
    let issues: Vec<(Side, Option<&Issue>)> = Side::BOTH
        .iter()
        .map(|&s| {
            (
                s,
                row.index(s)
                    .and_then(|i| state.ws.position(s).and_then(|p| p.issues.get(i))),
            )
        })
        .collect();
    let party = |s: Side| {
        state
            .ws
            .position(s)
            .map(|p| p.party.clone())
            .unwrap_or_else(|| s.name().into())
    };
    ui.horizontal(|ui| {
        let title = issues
            .iter()
            .find_map(|(_, i)| i.map(|i| i.title.as_str()))
            .unwrap_or("");
        ui.heading(title);
        ui.label(RichText::new(id).monospace().weak());
        if !row.topic.is_empty() {
            ui.label(RichText::new(format!("· {}", row.topic)).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("✖")
                .on_hover_text("Close the detail panel (Esc)")
                .clicked()
            {
                out.push(Command::Select(None));
            }
        });
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("detail-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            options_grid(ui, state, &issues, dark);
            ui.add_space(6.0);
            ui.columns(2, |cols| {
                for (ui, (side, issue)) in cols.iter_mut().zip(issues.iter()) {
                    ui.label(
                        RichText::new(party(*side))
                            .strong()
                            .color(theme::side_accent(*side, dark)),
                    );
                    match issue {
                        None => {
                            ui.label(
                                RichText::new(format!(
                                    "This issue is not in the {} file.",
                                    party(*side)
                                ))
                                .italics()
                                .weak(),
                            );
                        }
                        Some(i) => side_detail(ui, i),
                    }
                }
            });
        });
}

fn options_grid(ui: &mut Ui, state: &State, issues: &[(Side, Option<&Issue>)], dark: bool) {
    let mut labels: Vec<&str> = Vec::new();
    for (_, i) in issues {
        for c in i.iter().flat_map(|i| i.options.iter()) {
            if !labels.contains(&c.label.as_str()) {
                labels.push(&c.label);
            }
        }
    }
    if labels.is_empty() {
        ui.label(RichText::new("No options on the table yet: this issue is not scored.").weak());
        return;
    }
    egui::Grid::new("options-grid")
        .striped(true)
        .num_columns(3)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Option").strong());
            for (side, _) in issues {
                let p = state
                    .ws
                    .position(*side)
                    .map(|p| p.party.clone())
                    .unwrap_or_default();
                ui.label(RichText::new(format!("{p} value")).strong());
            }
            ui.end_row();
            for label in labels {
                ui.label(label);
                for (side, issue) in issues {
                    match issue {
                        Some(i) => value_cell(ui, i, label, theme::side_accent(*side, dark)),
                        None => {
                            ui.label("");
                        }
                    }
                }
                ui.end_row();
            }
        });
}

fn value_cell(ui: &mut Ui, issue: &Issue, label: &str, colour: egui::Color32) {
    ui.horizontal(|ui| match issue.value_of(label) {
        None => {
            ui.label(RichText::new("not valued").italics().weak())
                .on_hover_text("This side has not valued this option; scoring counts it as 0.");
        }
        Some(v) => {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(100.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
            let mut bar = rect;
            bar.set_width(rect.width() * (v / 100.0) as f32);
            ui.painter().rect_filled(bar, 2.0, colour);
            ui.label(format!("{v}"));
            if issue.effective_target() == Some(label) {
                ui.label("🎯").on_hover_text("Target");
            }
            if issue.walk_away.as_deref() == Some(label) {
                ui.label("⛔")
                    .on_hover_text("Walk-away: the worst option this side accepts");
            } else if !issue.acceptable(v) {
                ui.label(RichText::new("below walk-away").small().weak());
            }
        }
    });
}

fn side_detail(ui: &mut Ui, i: &Issue) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Weight {}", i.weight));
        ui.label("·");
        ui.label(i.flexibility.as_str());
        if let Some(t) = i.effective_target() {
            ui.label("·");
            ui.label(format!("Target: {t}"));
        }
        if let Some(w) = &i.walk_away {
            ui.label("·");
            ui.label(format!("Walk-away: {w}"));
        }
    });
    section(ui, "Stance", std::slice::from_ref(&i.stance));
    section(ui, "Interests", &i.interests);
    section(ui, "Criteria", &i.criteria);
    if !i.notes.is_empty() {
        section(ui, "Notes", std::slice::from_ref(&i.notes));
    }
    if !i.sources.is_empty() {
        section(ui, "Sources", &i.sources);
    }
}

fn section(ui: &mut Ui, name: &str, items: &[String]) {
    ui.add_space(4.0);
    ui.label(RichText::new(name).strong());
    if items.iter().all(|s| s.trim().is_empty()) {
        ui.label(RichText::new("—").weak());
        return;
    }
    for it in items {
        if items.len() > 1 {
            ui.label(format!("• {it}"));
        } else {
            ui.label(it);
        }
    }
}
