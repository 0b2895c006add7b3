//! Banners above the workspace (errors, files changed on disk), the status bar and the drop
//! hint. Drawing only.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::workspace::Work;
use crate::state::{Notice, State};
use crate::ui::theme;
use crate::workspace::Side;

/// The error banner: what happened, the details (every `FILE:LINE:COL` with its hint), Dismiss.
pub fn error(ui: &mut Ui, err: &Notice, lang: Lang, out: &mut Vec<Command>) {
    egui::Frame::new()
        .fill(theme::ERROR_BG)
        .inner_margin(egui::Margin::same(8))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(&err.title).strong().color(theme::ERROR_FG));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(Work::Dismiss.get(lang)).clicked() {
                        out.push(Command::DismissError);
                    }
                });
            });
            egui::ScrollArea::vertical()
                .id_salt("error-detail")
                .max_height(140.0)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(&err.detail)
                            .monospace()
                            .color(theme::ERROR_FG),
                    );
                });
        });
}

/// A side's file changed on disk: reload theirs, keep mine, or compare.
pub fn disk_changed(ui: &mut Ui, state: &State, side: Side, out: &mut Vec<Command>) {
    let Some(doc) = state.ws.doc(side) else {
        return;
    };
    let lang = state.lang;
    egui::Frame::new()
        .fill(theme::MARKING_BG)
        .inner_margin(egui::Margin::same(6))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(Work::ChangedOnDisk.fmt(lang, &[&doc.display_name()]))
                        .strong()
                        .color(theme::MARKING_FG),
                );
                if ui
                    .button(Work::ReloadTheirs.get(lang))
                    .on_hover_text(Work::ReloadTheirsTip.get(lang))
                    .clicked()
                {
                    out.push(Command::ReloadFromDisk(side));
                }
                if ui
                    .button(Work::KeepMine.get(lang))
                    .on_hover_text(Work::KeepMineTip.get(lang))
                    .clicked()
                {
                    out.push(Command::KeepMine(side));
                }
                if ui
                    .button(Work::Compare.get(lang))
                    .on_hover_text(Work::CompareTip.get(lang))
                    .clicked()
                {
                    out.push(Command::Action(crate::command::Action::CompareWithSaved(
                        side,
                    )));
                }
            });
        });
}

/// The status bar: the last message, and whether unsaved edits are being autosaved.
pub fn status(ui: &mut Ui, state: &State, autosave: Result<Option<&std::path::Path>, &str>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(&state.status).small());
        ui.with_layout(
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| match autosave {
                Err(e) => {
                    ui.label(
                        RichText::new(format!("※ {e}"))
                            .small()
                            .color(theme::ERROR_TEXT),
                    );
                }
                Ok(Some(d)) if state.ws.any_dirty() => {
                    ui.label(
                        RichText::new(Work::Autosaved.get(state.lang))
                            .small()
                            .weak(),
                    )
                    .on_hover_text(Work::RecoveryFiles.fmt(state.lang, &[&d.display()]));
                }
                Ok(_) => {}
            },
        );
    });
}

/// While files are dragged over the window: which half opens them where.
pub fn drop_hint(ctx: &egui::Context, lang: Lang) {
    let rect = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    let mid = rect.center().x;
    for (x, text) in [
        ((rect.left() + mid) / 2.0, Work::DropLeft.get(lang)),
        ((mid + rect.right()) / 2.0, Work::DropRight.get(lang)),
    ] {
        painter.text(
            egui::pos2(x, rect.center().y),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }
    painter.vline(
        mid,
        rect.y_range(),
        egui::Stroke::new(2.0, egui::Color32::WHITE),
    );
}
