//! The rounds panel of the diff view: the rounds found beside the open files (tick two to
//! compare) and the concessions over the rounds. Drawing only: the data is
//! [`crate::state::State::rounds`], refreshed by the state, not read from disk here.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::workspace::Work;
use crate::state::State;
use crate::ui::theme;

/// Draw the panel.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let lang = state.lang;
    ui.heading(Work::RoundsHeading.get(lang));
    for s in &state.rounds.sides {
        ui.label(RichText::new(&s.party).strong());
        for (n, p) in &s.rounds {
            let name = p
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            let mut on = state.round_picks.contains(p);
            if ui
                .checkbox(&mut on, Work::RoundFile.fmt(lang, &[n, &name]))
                .on_hover_text(p.display().to_string())
                .changed()
            {
                out.push(Command::PickRound(p.clone(), on));
            }
        }
    }
    let picked = state.round_picks.len() == 2;
    if ui
        .add_enabled(picked, egui::Button::new(Work::CompareTicked.get(lang)))
        .on_hover_text(Work::CompareTickedTip.get(lang))
        .clicked()
    {
        let mut pair = state.round_picks.clone();
        pair.sort_by_key(|p| crate::rounds::round_of(p));
        if let [a, b] = &pair[..] {
            out.push(Command::CompareFiles(a.clone(), b.clone()));
        }
    }
    // Concessions are scored in the other side's points: only a room that sees both sides'
    // numbers may see them.
    let full = state.insight() == crate::visibility::Insight::Full;
    if full && state.rounds.sides.iter().any(|s| s.concessions.len() >= 2) {
        ui.separator();
        ui.label(RichText::new(Work::ConcessionsHeading.get(lang)).strong())
            .on_hover_text(Work::ConcessionsTip.get(lang));
        let dark = ui.visuals().dark_mode;
        egui_plot::Plot::new("concession-chart")
            .height(180.0)
            .allow_scroll(false)
            .allow_drag(false)
            .x_axis_label(Work::AxisRound.get(lang))
            .y_axis_label(Work::AxisPoints.get(lang))
            .legend(egui_plot::Legend::default())
            .show(ui, |plot| {
                for s in &state.rounds.sides {
                    let Some(side) = s.side else { continue };
                    if s.concessions.is_empty() {
                        continue;
                    }
                    plot.line(
                        egui_plot::Line::new(
                            s.party.clone(),
                            egui_plot::PlotPoints::from(s.concessions.clone()),
                        )
                        .color(theme::side_accent(side, dark))
                        .width(2.0),
                    );
                }
            });
    }
}
