//! The two file headers and the marking banner.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::workspace::Work;
use crate::state::State;
use crate::ui::theme;
use crate::workspace::Side;

/// Marking banner: every distinct marking of the open files, always on screen.
pub fn marking_banner(ui: &mut Ui, state: &State) {
    let mut marks: Vec<&str> = Vec::new();
    for side in Side::BOTH {
        if let Some(m) = state
            .shown()
            .position(side)
            .and_then(|p| p.marking.as_deref())
            && !m.trim().is_empty()
            && !marks.contains(&m)
        {
            marks.push(m);
        }
    }
    // The room is always on screen, beside the marking: whoever looks at a projector can tell
    // what it may show.
    let room = Work::RoomBanner.fmt(state.lang, &[&state.room_label().to_uppercase()]);
    let text = if marks.is_empty() {
        room
    } else {
        format!("{}   ·   {room}", marks.join("   ·   "))
    };
    egui::Frame::new()
        .fill(theme::MARKING_BG)
        .inner_margin(egui::Margin::symmetric(8, 3))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(text).strong().color(theme::MARKING_FG));
            });
        });
}

/// The text of the estimate banner of a position, if it is an estimate (format 2), in English.
pub fn estimate_text(p: &crate::model::Position) -> Option<String> {
    estimate_text_in(p, Lang::En)
}

/// The text of the estimate banner of a position, if it is an estimate (format 2).
pub fn estimate_text_in(p: &crate::model::Position, lang: Lang) -> Option<String> {
    p.estimate.then(|| {
        let party = if p.party.trim().is_empty() {
            Work::TheOtherSide.get(lang)
        } else {
            p.party.as_str()
        };
        Work::EstimateBanner.fmt(lang, &[&party])
    })
}

/// Estimate banner: "ESTIMATE of ROK's position" for every open file flagged `estimate: true`,
/// always on screen, so nobody takes a red team's guess for the other side's own file.
pub fn estimate_banner(ui: &mut Ui, state: &State) {
    let texts: Vec<String> = Side::BOTH
        .iter()
        .filter_map(|&s| {
            state
                .ws
                .position(s)
                .and_then(|p| estimate_text_in(p, state.lang))
        })
        .collect();
    if texts.is_empty() {
        return;
    }
    egui::Frame::new()
        .fill(theme::ESTIMATE_BG)
        .inner_margin(egui::Margin::symmetric(8, 3))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.vertical_centered(|ui| {
                ui.label(
                    RichText::new(texts.join("   ·   "))
                        .strong()
                        .color(theme::ESTIMATE_FG),
                )
                .on_hover_text(Work::EstimateBannerTip.get(state.lang));
            });
        });
}

/// One header card per side: party, title, round, marking, path, unsaved marker.
pub fn headers(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    let lang = state.lang;
    ui.columns(2, |cols| {
        for (ui, side) in cols.iter_mut().zip(Side::BOTH) {
            let active = state.active == Some(side);
            let stroke = if active {
                egui::Stroke::new(2.0, theme::side_accent(side, dark))
            } else {
                egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
            };
            // The click that activates a side is sensed *below* the header's own widgets, so
            // its Edit… button still gets its clicks (a sense added after drawing, on top, took
            // them from a real mouse).
            let resp = ui
                .scope_builder(egui::UiBuilder::new().sense(egui::Sense::click()), |ui| {
                    egui::Frame::group(ui.style())
                        .stroke(stroke)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            match state.shown().doc(side) {
                                None => {
                                    ui.label(
                                        RichText::new(
                                            Work::NoFileOn.fmt(lang, &[&state.side(side)]),
                                        )
                                        .weak(),
                                    );
                                    if ui
                                        .button(Work::Open.get(lang))
                                        .on_hover_text(Work::OpenHereTip.get(lang))
                                        .clicked()
                                    {
                                        out.push(Command::Action(crate::command::Action::Open(
                                            side,
                                        )));
                                    }
                                }
                                Some(doc) => {
                                    let p = &doc.position;
                                    ui.horizontal(|ui| {
                                        ui.label(
                                            RichText::new(&p.party)
                                                .heading()
                                                .strong()
                                                .color(theme::side_accent(side, dark)),
                                        );
                                        ui.label(
                                            RichText::new(Work::RoundN.fmt(lang, &[&p.round]))
                                                .strong(),
                                        );
                                        if ui
                                            .small_button(Work::EditHeaderButton.get(lang))
                                            .on_hover_text(Work::EditHeaderTip.get(lang))
                                            .clicked()
                                        {
                                            out.push(Command::Action(
                                                crate::command::Action::EditHeader(side),
                                            ));
                                        }
                                        if doc.is_dirty() {
                                            ui.label(
                                                RichText::new(Work::Unsaved.get(lang))
                                                    .color(theme::DIRTY),
                                            )
                                            .on_hover_text(Work::UnsavedTip.get(lang));
                                        }
                                    });
                                    ui.add(
                                        egui::Label::new(RichText::new(&p.title).strong())
                                            .truncate(),
                                    );
                                    let mut sub = p.party_name.clone();
                                    if let Some(d) = &p.as_of {
                                        sub.push_str(&Work::AsOfDate.fmt(lang, &[d]));
                                    }
                                    ui.add(egui::Label::new(sub).truncate());
                                    if let Some(m) = &p.marking {
                                        ui.add(
                                            egui::Label::new(
                                                RichText::new(m).small().color(theme::MARKING_BG),
                                            )
                                            .truncate(),
                                        );
                                    }
                                    let path = doc
                                        .path
                                        .as_ref()
                                        .map(|p| p.display().to_string())
                                        .unwrap_or_else(|| Work::NotSavedYet.get(lang).into());
                                    ui.add(
                                        egui::Label::new(RichText::new(path).small().weak())
                                            .truncate(),
                                    );
                                }
                            }
                        })
                })
                .response;
            // Labels (selectable text) take their own clicks: any click inside the header
            // counts, including one on Edit…, which edits that side anyway.
            let clicked = resp.clicked()
                || (resp.contains_pointer() && ui.input(|i| i.pointer.primary_clicked()));
            if clicked && !active {
                out.push(Command::Activate(side));
            }
        }
    });
}
