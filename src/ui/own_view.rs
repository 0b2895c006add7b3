//! The score view in a delegation's room when the other side's numbers are private: that
//! delegation's own analysis only. Drawing only; the numbers come from
//! [`crate::scoring::own::summary`].

use egui::{RichText, Ui};

use crate::scoring::own::summary;
use crate::state::State;
use crate::visibility::Insight;

/// Draw the analysis the room may see when it is not the full one.
pub fn show(ui: &mut Ui, state: &State, insight: Insight) {
    let side = match insight {
        Insight::Own(s) => s,
        _ => {
            ui.centered_and_justified(|ui| {
                ui.label(
                    "No analysis can be shown in this room: it would rest on numbers this room \
                     may not see (an estimate is shown only to the delegation that made it).",
                );
            });
            return;
        }
    };
    let Some(p) = state.shown().position(side) else {
        return;
    };
    let other = state
        .shown()
        .position(side.other())
        .map_or_else(|| side.other().name().to_owned(), |o| o.party.clone());
    let s = summary(p);
    egui::ScrollArea::vertical()
        .id_salt("own-analysis-scroll")
        .show(ui, |ui| {
            ui.heading(format!("{} analysis", p.party));
            ui.label(
                RichText::new(format!(
                    "{other}'s values, weights, walk-aways and reservation are private in this \
                     room, so no joint score, frontier or acceptability is shown. To analyse \
                     both sides, load your delegation's estimate of {other} (a file marked \
                     `estimate: true`)."
                ))
                .weak(),
            );
            ui.add_space(8.0);
            egui::Grid::new("own-summary")
                .num_columns(2)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    ui.label("Every target won");
                    ui.label(format!("{:.1}", s.best));
                    ui.end_row();
                    ui.label("Every walk-away conceded");
                    ui.label(format!("{:.1}", s.floor));
                    ui.end_row();
                    ui.label("Reservation (BATNA)");
                    ui.label(format!("{:.1}", s.reservation));
                    ui.end_row();
                });
            if !s.floor_clears_reservation() {
                ui.label(
                    RichText::new(
                        "Conceding every walk-away falls below the reservation: some issue must \
                         end above its walk-away.",
                    )
                    .strong(),
                );
            }
            ui.add_space(8.0);
            ui.label(RichText::new("Where the weight lies").strong());
            egui::Grid::new("own-issues")
                .striped(true)
                .num_columns(5)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for h in ["Issue", "Weight", "Target", "Walk-away", "Points at stake"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for i in &s.issues {
                        ui.label(format!("{} · {}", i.id, i.title));
                        ui.label(format!("{:.0} %", i.share * 100.0));
                        let opt = |o: &Option<(String, f64)>| {
                            o.as_ref()
                                .map_or_else(|| "—".to_owned(), |(l, v)| format!("{l} ({v})"))
                        };
                        ui.label(opt(&i.target));
                        ui.label(opt(&i.walk_away));
                        ui.label(format!("{:.1}", i.room));
                        ui.end_row();
                    }
                });
        });
}
