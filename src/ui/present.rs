//! Presentation mode: one issue at a time, large and high-contrast, nothing to edit.

use crate::i18n::present::Present as P;
use crate::i18n::side_name;
use crate::model::Field;
use crate::ui::keys;
use crate::visibility::{Insight, shown_target};
use egui::{Label, RichText, Ui};

use crate::command::{Action, Command};
use crate::model::Issue;
use crate::state::State;
use crate::ui::theme;
use crate::workspace::Side;

/// Type sizes of presentation mode, scaled to the screen: a 1024×768 projector and a 1080p
/// screen both show a whole issue, both sides' values always inside the window.
#[derive(Debug, Clone, Copy)]
struct Sizes(f32);

impl Sizes {
    /// The scale for an area of `w` × `h` points: 1 at 1000 × 620, smaller on small screens
    /// (never below 0.6), larger on big ones (at most 1.3).
    fn for_area(w: f32, h: f32) -> Sizes {
        Sizes((w / 1000.0).min(h / 620.0).clamp(0.6, 1.3))
    }
    fn px(self, base: f32) -> f32 {
        (base * self.0).round().max(9.0)
    }
}

/// Draw the selected issue for a projector, with previous / next.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let lang = state.lang;
    let rows = state.visible_rows();
    let pos = state
        .selected
        .as_deref()
        .and_then(|id| rows.iter().position(|&r| state.table.rows[r].id == id));
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                pos.is_some_and(|p| p > 0),
                egui::Button::new(P::Previous.get(lang)),
            )
            .on_hover_text(keys::tooltip(ui.ctx(), Action::PreviousIssue, lang))
            .clicked()
        {
            out.push(Command::Action(Action::PreviousIssue));
        }
        if ui
            .add_enabled(
                pos.is_none_or(|p| p + 1 < rows.len()),
                egui::Button::new(P::Next.get(lang)),
            )
            .on_hover_text(keys::tooltip(ui.ctx(), Action::NextIssue, lang))
            .clicked()
        {
            out.push(Command::Action(Action::NextIssue));
        }
        ui.label(match pos {
            Some(p) => P::IssueOf.fmt(lang, &[&(p + 1), &rows.len()]),
            None => P::Issues.fmt(lang, &[&rows.len()]),
        });
        if ui
            .button(P::Leave.get(lang))
            .on_hover_text(keys::tooltip(ui.ctx(), Action::ExitPresentation, lang))
            .clicked()
        {
            out.push(Command::Action(Action::ExitPresentation));
        }
    });
    ui.separator();
    let Some(row) = pos.map(|p| &state.table.rows[rows[p]]) else {
        ui.centered_and_justified(|ui| {
            ui.heading(P::NoIssue.get(lang));
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
    let size = Sizes::for_area(ui.available_width(), ui.available_height());
    let party_of = |side: Side| {
        state
            .shown()
            .position(side)
            .map_or_else(|| side_name(side, lang).to_owned(), |p| p.party.clone())
    };
    egui::ScrollArea::vertical()
        .id_salt("present-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(Label::new(RichText::new(&row.topic).size(size.px(16.0))).wrap());
            ui.add(Label::new(RichText::new(title).size(size.px(30.0)).strong()).wrap());
            if let Some(g) = row.gap.filter(|_| state.insight() == Insight::Full) {
                let gap = format!("{:.0}", g.size);
                let text = P::Gap.fmt(lang, &[&gap])
                    + if g.overlap {
                        P::Overlap.get(lang)
                    } else {
                        P::NoOverlap.get(lang)
                    };
                ui.add(
                    Label::new(
                        RichText::new(text)
                            .size(size.px(18.0))
                            .color(theme::gap_colour(g.size)),
                    )
                    .wrap(),
                );
            }
            ui.add_space(size.px(10.0));
            values(
                ui,
                state,
                [issue_of(Side::Left), issue_of(Side::Right)],
                [party_of(Side::Left), party_of(Side::Right)],
                size,
                dark,
            );
            ui.add_space(size.px(10.0));
            ui.columns(2, |cols| {
                for (col, side) in cols.iter_mut().zip(Side::BOTH) {
                    // Left-aligned, not justified: stretched words read badly on a projector.
                    col.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        let party = party_of(side);
                        let text = |t: String, base: f32| {
                            Label::new(RichText::new(t).size(size.px(base))).wrap()
                        };
                        ui.add(
                            Label::new(
                                RichText::new(&party)
                                    .size(size.px(22.0))
                                    .strong()
                                    .color(theme::side_accent(side, dark)),
                            )
                            .wrap(),
                        );
                        match issue_of(side) {
                            None => {
                                ui.add(text(P::NotOnAgenda.fmt(lang, &[&party]), 18.0));
                            }
                            Some(i) => {
                                if state.hidden(side).has(Field::Stance) {
                                    ui.label(
                                        RichText::new(P::Private.get(lang))
                                            .size(size.px(18.0))
                                            .italics(),
                                    );
                                } else {
                                    ui.add(text(i.stance.clone(), 20.0));
                                }
                                if let Some(t) = shown_target(i, state.hidden(side)) {
                                    ui.add(
                                        Label::new(
                                            RichText::new(P::AimsFor.fmt(lang, &[&t]))
                                                .size(size.px(18.0))
                                                .strong(),
                                        )
                                        .wrap(),
                                    );
                                }
                                if !i.interests.is_empty() {
                                    ui.add_space(size.px(6.0));
                                    ui.label(
                                        RichText::new(P::Interests.get(lang))
                                            .size(size.px(18.0))
                                            .strong(),
                                    );
                                    for it in &i.interests {
                                        ui.add(text(format!("• {it}"), 18.0));
                                    }
                                }
                            }
                        }
                    });
                }
            });
        });
}

/// The options and both sides' values, in columns that always fit the width: the option
/// labels wrap, each side's bar shrinks with its column.
fn values(
    ui: &mut Ui,
    state: &State,
    issues: [Option<&Issue>; 2],
    parties: [String; 2],
    size: Sizes,
    dark: bool,
) {
    let lang = state.lang;
    let mut labels: Vec<&str> = Vec::new();
    for i in issues.iter().flatten() {
        for c in &i.options {
            if !labels.contains(&c.label.as_str()) {
                labels.push(&c.label);
            }
        }
    }
    let gap = size.px(16.0);
    let width = ui.available_width();
    let label_w = ((width - 2.0 * gap) * 0.42).max(40.0);
    let side_w = ((width - label_w - 2.0 * gap) / 2.0).max(40.0);
    let font = size.px(18.0);
    let cell = |ui: &mut Ui, w: f32, add: &mut dyn FnMut(&mut Ui)| {
        ui.allocate_ui_with_layout(
            egui::vec2(w, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(w);
                add(ui);
            },
        );
    };
    let row = |ui: &mut Ui, add: &mut dyn FnMut(&mut Ui)| {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            add(ui);
        });
        ui.add_space(size.px(4.0));
    };
    row(ui, &mut |ui| {
        cell(ui, label_w, &mut |ui| {
            ui.label(RichText::new(P::Option.get(lang)).size(font).strong());
        });
        for party in &parties {
            cell(ui, side_w, &mut |ui| {
                ui.add(Label::new(RichText::new(party).size(font).strong()).wrap());
            });
        }
    });
    for label in labels {
        row(ui, &mut |ui| {
            cell(ui, label_w, &mut |ui| {
                ui.add(Label::new(RichText::new(label).size(font)).wrap());
            });
            for (side, issue) in Side::BOTH.iter().zip(issues.iter()) {
                let hidden = state.hidden(*side);
                let v = issue
                    .filter(|_| !hidden.has(Field::Values))
                    .and_then(|i| i.value_of(label));
                let mark = match issue {
                    Some(i) if shown_target(i, hidden) == Some(label) => P::Target.get(lang),
                    Some(i)
                        if !hidden.has(Field::WalkAway)
                            && i.walk_away.as_deref() == Some(label) =>
                    {
                        P::WalkAway.get(lang)
                    }
                    _ => "",
                };
                let value = match (issue, v) {
                    (Some(_), _) if hidden.has(Field::Values) => P::Private.get(lang).to_owned(),
                    (_, Some(v)) => format!("{v}"),
                    _ => "—".to_owned(),
                };
                cell(ui, side_w, &mut |ui| {
                    ui.horizontal_wrapped(|ui| {
                        let bar_w = (side_w * 0.5).min(size.px(160.0));
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(bar_w, font), egui::Sense::hover());
                        ui.painter()
                            .rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
                        if let Some(v) = v {
                            let mut bar = rect;
                            bar.set_width(rect.width() * (v.clamp(0.0, 100.0) / 100.0) as f32);
                            ui.painter()
                                .rect_filled(bar, 3.0, theme::side_accent(*side, dark));
                        }
                        let text = if mark.is_empty() {
                            value.clone()
                        } else {
                            format!("{value} {mark}")
                        };
                        ui.label(RichText::new(text).size(font));
                    });
                });
            }
        });
    }
}
