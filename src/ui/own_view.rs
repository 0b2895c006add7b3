//! The score view in a delegation's room when the other side's numbers are private: that
//! delegation's own analysis only. Drawing only; the numbers come from
//! [`crate::scoring::own::summary`].

use egui::{RichText, Ui};

use crate::i18n::score::Score as T;
use crate::scoring::own::summary;
use crate::state::State;
use crate::visibility::Insight;

/// Draw the analysis the room may see when it is not the full one.
pub fn show(ui: &mut Ui, state: &State, insight: Insight) {
    let lang = state.lang;
    let side = match insight {
        Insight::Own(s) => s,
        _ => {
            ui.centered_and_justified(|ui| {
                ui.label(T::NoOwnAnalysis.get(lang));
            });
            return;
        }
    };
    let Some(p) = state.shown().position(side) else {
        return;
    };
    let other = state.shown().position(side.other()).map_or_else(
        || crate::i18n::side_name(side.other(), lang).to_owned(),
        |o| o.party.clone(),
    );
    let s = summary(p);
    egui::ScrollArea::vertical()
        .id_salt("own-analysis-scroll")
        .show(ui, |ui| {
            ui.heading(T::OwnHeading.fmt(lang, &[&p.party]));
            ui.label(RichText::new(T::OwnPrivate.fmt(lang, &[&other])).weak());
            ui.add_space(8.0);
            egui::Grid::new("own-summary")
                .num_columns(2)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    ui.label(T::EveryTarget.get(lang));
                    ui.label(format!("{:.1}", s.best));
                    ui.end_row();
                    ui.label(T::EveryWalkAway.get(lang));
                    ui.label(format!("{:.1}", s.floor));
                    ui.end_row();
                    ui.label(T::ReservationBatna.get(lang));
                    ui.label(format!("{:.1}", s.reservation));
                    ui.end_row();
                });
            if !s.floor_clears_reservation() {
                ui.label(RichText::new(T::FloorBelow.get(lang)).strong());
            }
            ui.add_space(8.0);
            ui.label(RichText::new(T::WeightLies.get(lang)).strong());
            egui::Grid::new("own-issues")
                .striped(true)
                .num_columns(5)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for h in [T::Issue, T::Weight, T::Target, T::WalkAway, T::AtStake] {
                        ui.label(RichText::new(h.get(lang)).strong());
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
