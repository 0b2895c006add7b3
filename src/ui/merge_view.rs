//! The merge view: a file with merge-conflict markers, one card per conflict with ours, the
//! base (when the file has it) and theirs side by side, the words each side changed
//! highlighted as in the diff view; a pick button per side, an editable text, F7 / Shift+F7 to
//! step through the conflicts, and Save once every conflict is resolved.
//!
//! Drawing only: the model is [`crate::merge::resolve::Resolution`]; picks, drafts, undo and
//! saving are commands applied by [`crate::state::State`].

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText, Stroke, Ui};

use crate::command::{Action, Command};
use crate::diff::{Span, SpanTag};
use crate::i18n::Lang;
use crate::i18n::compare::Compare as T;
use crate::merge::resolve::{Part, Pick};
use crate::state::{MergeSession, State};
use crate::ui::{menu::action_button, theme};

/// Draw the merge view in the central area.
pub fn show(ui: &mut Ui, st: &State, m: &MergeSession, out: &mut Vec<Command>) {
    let r = &m.res;
    let lang = st.lang;
    ui.heading(T::MergeHeading.fmt(lang, &[&m.path.display(), &r.resolved(), &r.len()]));
    ui.horizontal(|ui| {
        for a in [
            Action::PreviousConflict,
            Action::NextConflict,
            Action::Undo,
            Action::Redo,
            Action::SaveMerge,
            Action::CloseMerge,
        ] {
            action_button(ui, st, a, out);
        }
    });
    ui.label(RichText::new(T::MergeHelp.get(lang)).weak());
    ui.separator();
    let dark = ui.visuals().dark_mode;
    // Scroll to the current conflict when it changed (a view detail, kept in egui's memory).
    let seen_id = egui::Id::unique("merge-view-current");
    let seen: Option<usize> = ui.ctx().data(|d| d.get_temp(seen_id));
    let scroll = seen != Some(r.current);
    ui.ctx().data_mut(|d| d.insert_temp(seen_id, r.current));
    egui::ScrollArea::vertical()
        .id_salt("merge-view-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (k, b) in r.blocks().iter().enumerate() {
                let current = k == r.current;
                let stroke = if current {
                    Stroke::new(2.0, theme::merge_current(dark))
                } else {
                    Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
                };
                let resp = egui::Frame::group(ui.style())
                    .stroke(stroke)
                    .show(ui, |ui| {
                        let status = match r.pick_of(k) {
                            None => T::Unresolved,
                            Some(Pick::Ours) => T::ToOurs,
                            Some(Pick::Theirs) => T::ToTheirs,
                            Some(Pick::Base) => T::ToBase,
                            Some(Pick::Edited(_)) => T::ToEdited,
                        }
                        .get(lang);
                        ui.label(
                            RichText::new(T::ConflictOf.fmt(
                                lang,
                                &[&(k + 1), &r.len(), &b.about_in(lang), &b.line, &status],
                            ))
                            .strong(),
                        );
                        let (ours_spans, theirs_spans) = r.highlights(k);
                        let mut parts: Vec<(Part, &str, Pick, LayoutJob)> = vec![(
                            Part::Ours,
                            T::TakeOurs.get(lang),
                            Pick::Ours,
                            job(ui, &ours_spans, dark, lang),
                        )];
                        if let Some(base) = r.part(k, Part::Base) {
                            let plain = [Span {
                                tag: SpanTag::Same,
                                text: base.to_owned(),
                            }];
                            parts.push((
                                Part::Base,
                                T::TakeBase.get(lang),
                                Pick::Base,
                                job(ui, &plain, dark, lang),
                            ));
                        }
                        parts.push((
                            Part::Theirs,
                            T::TakeTheirs.get(lang),
                            Pick::Theirs,
                            job(ui, &theirs_spans, dark, lang),
                        ));
                        ui.columns(parts.len(), |cols| {
                            for (col, (part, label, pick, text)) in cols.iter_mut().zip(parts) {
                                let name = match part {
                                    Part::Ours => T::Ours,
                                    Part::Base => T::Base,
                                    Part::Theirs => T::Theirs,
                                }
                                .get(lang);
                                col.label(RichText::new(name).weak());
                                col.add(egui::Label::new(text).wrap());
                                let chosen = r.pick_of(k) == Some(&pick);
                                if col
                                    .add(egui::Button::selectable(chosen, label))
                                    .on_hover_text(T::ResolveWith.fmt(lang, &[&(k + 1)]))
                                    .clicked()
                                {
                                    out.push(Command::MergePick(k, pick));
                                }
                            }
                        });
                        ui.collapsing(T::EditLines.fmt(lang, &[&(k + 1)]), |ui| {
                            let mut draft = r.draft(k).to_owned();
                            let resp = ui
                                .add(
                                    egui::TextEdit::multiline(&mut draft)
                                        .font(egui::TextStyle::Monospace)
                                        .desired_rows(3)
                                        .desired_width(f32::INFINITY),
                                )
                                .accessible_name(T::LinesFor.fmt(lang, &[&(k + 1)]));
                            if resp.changed() {
                                out.push(Command::MergeDraft(k, draft.clone()));
                            }
                            if ui.button(T::UseEdited.get(lang)).clicked() {
                                out.push(Command::MergePick(k, Pick::Edited(draft)));
                            }
                        });
                    });
                if current && scroll {
                    resp.response.scroll_to_me(Some(egui::Align::TOP));
                }
                ui.add_space(6.0);
            }
        });
}

/// One side's lines, monospace, the words it changed highlighted.
fn job(ui: &Ui, spans: &[Span], dark: bool, lang: Lang) -> LayoutJob {
    let font = FontId::monospace(ui.style().text_styles[&egui::TextStyle::Monospace].size);
    let color = ui.visuals().text_color();
    let plain = TextFormat {
        font_id: font,
        color,
        ..Default::default()
    };
    let changed = TextFormat {
        background: theme::merge_changed_bg(dark),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    for s in spans {
        match s.tag {
            SpanTag::Same => job.append(&s.text, 0.0, plain.clone()),
            SpanTag::Inserted => job.append(&s.text, 0.0, changed.clone()),
            SpanTag::Deleted => {}
        }
    }
    if job.text.trim().is_empty() {
        job.append(T::DeletedHere.get(lang), 0.0, plain);
    }
    job
}
