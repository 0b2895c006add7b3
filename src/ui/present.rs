//! Presentation mode: one issue at a time, large and high-contrast, nothing to edit.

use crate::model::Field;
use crate::ui::detail::PRIVATE;
use crate::visibility::{Insight, shown_target};
use egui::{RichText, Ui};

use crate::command::{Action, Command};
use crate::model::Issue;
use crate::state::State;
use crate::ui::theme;
use crate::workspace::Side;

/// Draw the selected issue for a projector, with previous / next.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let rows = state.visible_rows();
    let pos = state
        .selected
        .as_deref()
        .and_then(|id| rows.iter().position(|&r| state.table.rows[r].id == id));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(pos.is_some_and(|p| p > 0), egui::Button::new("◀ Previous"))
            .on_hover_text(crate::ui::keys::tooltip(
                ui.ctx(),
                Action::PreviousIssue,
                state.lang,
            ))
            .clicked()
        {
            out.push(Command::Action(Action::PreviousIssue));
        }
        if ui
            .add_enabled(
                pos.is_none_or(|p| p + 1 < rows.len()),
                egui::Button::new("Next ▶"),
            )
            .on_hover_text(crate::ui::keys::tooltip(
                ui.ctx(),
                Action::NextIssue,
                state.lang,
            ))
            .clicked()
        {
            out.push(Command::Action(Action::NextIssue));
        }
        ui.label(match pos {
            Some(p) => format!("Issue {} of {}", p + 1, rows.len()),
            None => format!("{} issues", rows.len()),
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Leave presentation")
                .on_hover_text(crate::ui::keys::tooltip(
                    ui.ctx(),
                    Action::ExitPresentation,
                    state.lang,
                ))
                .clicked()
            {
                out.push(Command::Action(Action::ExitPresentation));
            }
        });
    });
    ui.separator();
    let Some(row) = pos.map(|p| &state.table.rows[rows[p]]) else {
        ui.centered_and_justified(|ui| {
            ui.heading("No issue to show: clear the filter or open both files.");
        });
        return;
    };
    let issue_of = |s: Side| {
        row.index(s)
            .and_then(|i| state.shown().position(s).and_then(|p| p.issues.get(i)))
    };
    let title = issue_of(Side::Left)
        .or_else(|| issue_of(Side::Right))
        .map_or(String::new(), |i| i.title.clone());
    let dark = ui.visuals().dark_mode;
    egui::ScrollArea::vertical()
        .id_salt("present-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(&row.topic).size(16.0));
            ui.label(RichText::new(title).size(30.0).strong());
            if let Some(g) = row.gap.filter(|_| state.insight() == Insight::Full) {
                ui.label(
                    RichText::new(format!(
                        "Gap {:.0} of 100{}",
                        g.size,
                        if g.overlap {
                            " · an option clears both walk-away points"
                        } else {
                            " · no option clears both walk-away points"
                        }
                    ))
                    .size(18.0)
                    .color(theme::gap_colour(g.size)),
                );
            }
            ui.add_space(10.0);
            values(
                ui,
                state,
                [issue_of(Side::Left), issue_of(Side::Right)],
                dark,
            );
            ui.add_space(10.0);
            ui.columns(2, |cols| {
                for (col, side) in cols.iter_mut().zip(Side::BOTH) {
                    // Left-aligned, not justified: stretched words read badly on a projector.
                    col.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        let party = state
                            .shown()
                            .position(side)
                            .map_or(side.name().to_owned(), |p| p.party.clone());
                        ui.label(
                            RichText::new(&party)
                                .size(22.0)
                                .strong()
                                .color(theme::side_accent(side, dark)),
                        );
                        match issue_of(side) {
                            None => {
                                ui.label(
                                    RichText::new(format!("Not on the {party} agenda")).size(18.0),
                                );
                            }
                            Some(i) => {
                                if state.hidden(side).has(Field::Stance) {
                                    ui.label(RichText::new(PRIVATE).size(18.0).italics());
                                } else {
                                    ui.label(RichText::new(&i.stance).size(20.0));
                                }
                                if let Some(t) = shown_target(i, state.hidden(side)) {
                                    ui.label(
                                        RichText::new(format!("Aims for: {t}")).size(18.0).strong(),
                                    );
                                }
                                if !i.interests.is_empty() {
                                    ui.add_space(6.0);
                                    ui.label(RichText::new("Interests").size(18.0).strong());
                                    for it in &i.interests {
                                        ui.label(RichText::new(format!("• {it}")).size(18.0));
                                    }
                                }
                            }
                        }
                    });
                }
            });
        });
}

fn values(ui: &mut Ui, state: &State, issues: [Option<&Issue>; 2], dark: bool) {
    let mut labels: Vec<&str> = Vec::new();
    for i in issues.iter().flatten() {
        for c in &i.options {
            if !labels.contains(&c.label.as_str()) {
                labels.push(&c.label);
            }
        }
    }
    egui::Grid::new("present-values")
        .num_columns(3)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Option").size(18.0).strong());
            for side in Side::BOTH {
                let party = state
                    .shown()
                    .position(side)
                    .map_or(side.name().to_owned(), |p| p.party.clone());
                ui.label(RichText::new(party).size(18.0).strong());
            }
            ui.end_row();
            for label in labels {
                ui.label(RichText::new(label).size(18.0));
                for (side, issue) in Side::BOTH.iter().zip(issues.iter()) {
                    let hidden = state.hidden(*side);
                    let v = issue
                        .filter(|_| !hidden.has(Field::Values))
                        .and_then(|i| i.value_of(label));
                    ui.horizontal(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(160.0, 18.0), egui::Sense::hover());
                        ui.painter()
                            .rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
                        if let Some(v) = v {
                            let mut bar = rect;
                            bar.set_width(rect.width() * (v.clamp(0.0, 100.0) / 100.0) as f32);
                            ui.painter()
                                .rect_filled(bar, 3.0, theme::side_accent(*side, dark));
                        }
                        let mark = match issue {
                            Some(i) if shown_target(i, hidden) == Some(label) => " target",
                            Some(i)
                                if !hidden.has(Field::WalkAway)
                                    && i.walk_away.as_deref() == Some(label) =>
                            {
                                " walk-away"
                            }
                            _ => "",
                        };
                        let value = match (issue, v) {
                            (Some(_), _) if hidden.has(Field::Values) => PRIVATE.to_owned(),
                            (_, Some(v)) => format!("{v}"),
                            _ => "—".to_owned(),
                        };
                        ui.label(RichText::new(format!("{value}{mark}")).size(18.0));
                    });
                }
                ui.end_row();
            }
        });
}
