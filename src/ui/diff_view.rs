//! The diff view: two positions side by side, changed fields coloured, word-level highlights,
//! counts per kind, an "only changes" filter, F7 / Shift+F7 to step through the changes, and a
//! jump from a change to the issue in the workspace.
//!
//! Drawing only: the diff comes from [`crate::diff::diff`]; this file lays it out as rows.

use std::collections::HashMap;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, RichText, Stroke, TextStyle, Ui};
use egui_extras::{Column, TableBuilder};

use crate::command::{Action, Command, DiffMode, info};
use crate::diff::render::{fmt_delta, fmt_num, value_text_in};
use crate::diff::view_model::{DiffModel, Row};
use crate::diff::{Detail, FieldChange, Kind, ListItem, OptionChange, Span, SpanTag, Value};
use crate::i18n::Lang;
use crate::i18n::compare::Compare as T;
use crate::model::Issue;
use crate::state::State;
use crate::ui::{keys, theme};
use crate::workspace::Side;

// Diff colours. They belong with the others in `theme`; kept here until the view is wired in,
// so that this file stands alone.
fn kind_colour(kind: Option<Kind>, dark: bool) -> Color32 {
    match (kind, dark) {
        (Some(Kind::Added), true) => Color32::from_rgb(110, 200, 120),
        (Some(Kind::Added), false) => Color32::from_rgb(20, 130, 40),
        (Some(Kind::Removed), true) => Color32::from_rgb(240, 110, 110),
        (Some(Kind::Removed), false) => Color32::from_rgb(180, 30, 30),
        (Some(Kind::Changed), true) => Color32::from_rgb(235, 190, 90),
        (Some(Kind::Changed), false) => Color32::from_rgb(160, 100, 0),
        (Some(Kind::Moved), true) => Color32::from_rgb(120, 170, 255),
        (Some(Kind::Moved), false) => Color32::from_rgb(30, 90, 200),
        (None, true) => Color32::from_gray(150),
        (None, false) => Color32::from_gray(110),
    }
}

fn deleted_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(110, 35, 35)
    } else {
        Color32::from_rgb(255, 205, 205)
    }
}

fn inserted_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(30, 90, 45)
    } else {
        Color32::from_rgb(200, 245, 205)
    }
}

/// Draw the diff view: what it compares (a picker), counts, navigation and the rows.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    mode_picker(ui, state, out);
    ui.separator();
    let Some(m) = &state.diff.model else {
        let msg = state
            .diff_message
            .as_deref()
            .unwrap_or(T::NothingToCompare.get(state.lang));
        ui.label(RichText::new(msg).weak());
        return;
    };
    toolbar(ui, state, m, out);
    ui.separator();
    table(ui, state, m, out);
}

fn party(state: &State, s: Side) -> String {
    state
        .shown()
        .position(s)
        .map_or(crate::i18n::side_name(s, state.lang).to_owned(), |p| {
            p.party.clone()
        })
}

fn mode_label(state: &State, m: &DiffMode) -> String {
    let file = |p: &std::path::Path| {
        p.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    };
    match m {
        DiffMode::Sides => T::SidesFiles.fmt(
            state.lang,
            &[&party(state, Side::Left), &party(state, Side::Right)],
        ),
        DiffMode::Saved(s) => T::SavedVsEdits.fmt(state.lang, &[&party(state, *s)]),
        DiffMode::Files(a, b) => format!("{} ↔ {}", file(a), file(b)),
    }
}

fn mode_picker(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(T::CompareColon.get(state.lang));
        let modes = [
            (DiffMode::Sides, Action::CompareSides),
            (
                DiffMode::Saved(Side::Left),
                Action::CompareWithSaved(Side::Left),
            ),
            (
                DiffMode::Saved(Side::Right),
                Action::CompareWithSaved(Side::Right),
            ),
        ];
        egui::ComboBox::from_id_salt("diff-mode")
            .selected_text(mode_label(state, &state.diff_mode))
            .show_ui(ui, |ui| {
                for (m, a) in modes {
                    if ui
                        .selectable_label(state.diff_mode == m, mode_label(state, &m))
                        .clicked()
                    {
                        out.push(Command::Action(a));
                    }
                }
                if let DiffMode::Files(..) = &state.diff_mode {
                    let _ = ui.selectable_label(true, mode_label(state, &state.diff_mode));
                }
            })
            .response
            .accessible_name(T::Compare.get(state.lang));
        crate::ui::menu::action_button(ui, state, Action::CompareTwoFiles, out);
    });
}

fn toolbar(ui: &mut Ui, state: &State, c: &DiffModel, out: &mut Vec<Command>) {
    let lang = state.lang;
    let dark = ui.visuals().dark_mode;
    let s = c.diff.summary();
    let stops = c.stops.len();
    ui.horizontal(|ui| {
        if c.diff.is_empty() {
            ui.label(T::NoDifferences.get(lang));
        }
        for kind in Kind::ALL {
            let n = s.count(kind);
            ui.label(
                RichText::new(T::KindCount.fmt(lang, &[&n, &kind.label_in(lang)]))
                    .color(kind_colour(Some(kind), dark)),
            );
        }
        if s.header > 0 {
            ui.label(T::HeaderCount.fmt(lang, &[&s.header]));
        }
        ui.separator();
        let mut only = state.diff_only_changes;
        if ui
            .checkbox(&mut only, T::OnlyChanges.get(lang))
            .on_hover_text(T::OnlyChangesHover.get(lang))
            .changed()
        {
            out.push(Command::DiffOnlyChanges(only));
        }
        ui.separator();
        for (a, label) in [
            (Action::PreviousChange, T::Previous.get(lang)),
            (Action::NextChange, T::Next.get(lang)),
        ] {
            if ui
                .add_enabled(stops > 0, egui::Button::new(label))
                .on_hover_text(keys::tooltip(ui.ctx(), a, state.lang))
                .clicked()
            {
                out.push(Command::Action(a));
            }
        }
        let next_key = info(Action::NextChange)
            .shortcut()
            .map(|k| keys::describe(ui.ctx(), k))
            .unwrap_or_default();
        match state.diff.current {
            Some(i) => ui.label(T::ChangeOf.fmt(lang, &[&(i + 1), &stops])),
            None => ui.label(T::ChangesStep.fmt(lang, &[&stops, &next_key])),
        };
    });
    if let Some(m) = &c.moves {
        ui.label(m.summary_in(lang));
    }
    if let Some(id) = state.diff.current_issue_id() {
        ui.horizontal(|ui| {
            if ui
                .button(T::ShowInWorkspace.fmt(lang, &[&id]))
                .on_hover_text(T::ShowInWorkspaceHover.get(lang))
                .clicked()
            {
                out.push(Command::JumpTo(id.to_owned()));
            }
        });
    }
}

fn table(ui: &mut Ui, state: &State, c: &DiffModel, out: &mut Vec<Command>) {
    let lang = state.lang;
    let dark = ui.visuals().dark_mode;
    let current = state.diff.current.and_then(|i| c.stop_rows(i));
    let scroll_to = state
        .diff
        .scroll_to
        .filter(|(_, f)| *f == state.frame)
        .map(|(r, _)| r);
    let (old, new) = (&*c.old, &*c.new);
    let [old_name, new_name] = &c.names;
    let font = TextStyle::Body.resolve(ui.style());
    let text_colour = ui.visuals().text_color();
    let mut builder = TableBuilder::new(ui)
        .id_salt("diff_view")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(Align::Center))
        .column(Column::exact(28.0))
        .column(
            Column::initial(150.0)
                .at_least(60.0)
                .clip(true)
                .resizable(true),
        )
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::exact(28.0));
    if let Some(row) = scroll_to {
        builder = builder.scroll_to_row(row, Some(Align::Center));
    }
    builder
        .header(theme::ROW_HEIGHT, |mut h| {
            h.col(|_| {});
            h.col(|ui| {
                ui.strong(T::IssueField.get(lang));
            });
            h.col(|ui| {
                ui.strong(T::ColumnHead.fmt(lang, &[old_name, &old.party, &old.round]));
            });
            h.col(|ui| {
                ui.strong(T::ColumnHead.fmt(lang, &[new_name, &new.party, &new.round]));
            });
            h.col(|_| {});
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, c.rows.len(), |mut row| {
                let r = row.index();
                if current.is_some_and(|(a, b)| (a..b).contains(&r)) {
                    row.set_selected(true);
                }
                let cx = Cx {
                    font: &font,
                    text: text_colour,
                    dark,
                    lang,
                };
                match c.rows[r] {
                    Row::HeaderTitle => {
                        row.col(|ui| {
                            ui.label(
                                RichText::new("~").color(kind_colour(Some(Kind::Changed), dark)),
                            );
                        });
                        row.col(|ui| {
                            ui.strong(T::Header.get(lang));
                        });
                        row.col(|ui| {
                            ui.label(&old.party);
                        });
                        row.col(|ui| {
                            ui.label(&new.party);
                        });
                        row.col(|_| {});
                    }
                    Row::HeaderField(f) => field_row(&mut row, &c.diff.header[f], &cx),
                    Row::Field { change, field } => {
                        field_row(&mut row, &c.diff.changes[change].fields[field], &cx);
                    }
                    Row::Issue {
                        change,
                        old: o,
                        new: n,
                    } => {
                        let ch = change.map(|ci| &c.diff.changes[ci]);
                        let kind = ch.map(|x| x.kind);
                        let colour = kind_colour(kind, dark);
                        let before = o.and_then(|i| old.issues.get(i));
                        let after = n.and_then(|i| new.issues.get(i));
                        let id = after.or(before).map(|i| i.id.as_str()).unwrap_or_default();
                        row.col(|ui| {
                            let mark = match kind {
                                Some(Kind::Added) => "+",
                                Some(Kind::Removed) => "-",
                                Some(Kind::Changed) => "~",
                                Some(Kind::Moved) => ">",
                                None => "",
                            };
                            ui.label(RichText::new(mark).strong().color(colour));
                        });
                        row.col(|ui| {
                            let mut tip = match ch {
                                Some(x) if x.kind == Kind::Changed && x.moved => {
                                    T::ChangedAndMoved.fmt(lang, &[&id])
                                }
                                Some(x) => format!("{id}: {}", x.kind.label_in(lang)),
                                None => T::SameOnBoth.fmt(lang, &[&id]),
                            };
                            if let Some(r) = ch.and_then(|x| x.likely_rename_of.as_deref()) {
                                tip.push_str(&T::LikelyRename.fmt(lang, &[&r]));
                            }
                            ui.add(
                                egui::Label::new(RichText::new(id).strong().color(colour))
                                    .truncate(),
                            )
                            .on_hover_text(tip);
                        });
                        row.col(|ui| issue_title(ui, before, &cx));
                        row.col(|ui| issue_title(ui, after, &cx));
                        row.col(|ui| {
                            if after.is_some()
                                && ui
                                    .small_button("»")
                                    .on_hover_text(T::ShowIssueHover.get(lang))
                                    .clicked()
                            {
                                out.push(Command::JumpTo(id.to_owned()));
                            }
                        });
                    }
                }
            });
        });
}

/// What the cells need to format text.
struct Cx<'a> {
    font: &'a FontId,
    text: Color32,
    dark: bool,
    lang: Lang,
}

impl Cx<'_> {
    fn plain(&self) -> TextFormat {
        TextFormat::simple(self.font.clone(), self.text)
    }
    fn deleted(&self) -> TextFormat {
        TextFormat {
            background: deleted_bg(self.dark),
            strikethrough: Stroke::new(1.0, self.text.gamma_multiply(0.6)),
            ..self.plain()
        }
    }
    fn inserted(&self) -> TextFormat {
        TextFormat {
            background: inserted_bg(self.dark),
            ..self.plain()
        }
    }
}

fn issue_title(ui: &mut Ui, issue: Option<&Issue>, cx: &Cx<'_>) {
    match issue {
        Some(i) => {
            ui.add(egui::Label::new(RichText::new(&i.title).color(cx.text)).truncate())
                .on_hover_text(&i.stance);
        }
        None => {
            ui.weak(T::NotInFile.get(cx.lang));
        }
    }
}

/// One side of a changed field as a layout job with word-level highlights.
fn side_job(f: &FieldChange, new_side: bool, cx: &Cx<'_>) -> LayoutJob {
    let mut job = LayoutJob::default();
    let hl = if new_side {
        cx.inserted()
    } else {
        cx.deleted()
    };
    let add = |job: &mut LayoutJob, t: &str, fmt: TextFormat| {
        // One line per cell: show line breaks as ¶ so rows keep one height.
        job.append(&t.replace('\n', " ¶ "), 0.0, fmt);
    };
    let value = if new_side { &f.new } else { &f.old };
    match &f.detail {
        Detail::Words(spans) => add_spans(&mut job, spans, new_side, cx, add),
        Detail::Number { delta } => {
            add(&mut job, &value_text_in(value, cx.lang), hl.clone());
            if new_side {
                add(&mut job, &format!("  ({})", fmt_delta(*delta)), cx.plain());
            }
        }
        Detail::Replaced => add(&mut job, &value_text_in(value, cx.lang), hl.clone()),
        Detail::List(items) => {
            let mut first = true;
            for it in items {
                let (text, fmt): (String, TextFormat) = match it {
                    ListItem::Same(s) => (s.clone(), cx.plain()),
                    ListItem::Added(s) if new_side => (s.clone(), hl.clone()),
                    ListItem::Removed(s) if !new_side => (s.clone(), hl.clone()),
                    ListItem::Added(_) | ListItem::Removed(_) => continue,
                    ListItem::Edited(spans) => {
                        if !first {
                            add(&mut job, " · ", cx.plain());
                        }
                        first = false;
                        add_spans(&mut job, spans, new_side, cx, add);
                        continue;
                    }
                };
                if !first {
                    add(&mut job, " · ", cx.plain());
                }
                first = false;
                add(&mut job, &text, fmt);
            }
            if first {
                add(&mut job, T::NoneParen.get(cx.lang), cx.plain());
            }
        }
        Detail::Options(d) => {
            let opts = match value {
                Value::Options(o) => o.as_slice(),
                _ => &[],
            };
            let changed: HashMap<&str, &OptionChange> =
                d.changes.iter().map(|c| (c.label(), c)).collect();
            for (k, c) in opts.iter().enumerate() {
                if k > 0 {
                    add(&mut job, " · ", cx.plain());
                }
                let fmt = if changed.contains_key(c.label.as_str()) {
                    hl.clone()
                } else {
                    cx.plain()
                };
                add(&mut job, &format!("{} {}", c.label, fmt_num(c.value)), fmt);
            }
            if opts.is_empty() {
                add(&mut job, T::NoneParen.get(cx.lang), cx.plain());
            }
            if new_side && d.reordered {
                add(&mut job, T::OrderChanged.get(cx.lang), cx.plain());
            }
        }
    }
    job
}

fn add_spans(
    job: &mut LayoutJob,
    spans: &[Span],
    new_side: bool,
    cx: &Cx<'_>,
    add: impl Fn(&mut LayoutJob, &str, TextFormat),
) {
    for s in spans {
        match (s.tag, new_side) {
            (SpanTag::Same, _) => add(job, &s.text, cx.plain()),
            (SpanTag::Deleted, false) => add(job, &s.text, cx.deleted()),
            (SpanTag::Inserted, true) => add(job, &s.text, cx.inserted()),
            _ => {}
        }
    }
}

fn field_row(row: &mut egui_extras::TableRow<'_, '_>, f: &FieldChange, cx: &Cx<'_>) {
    row.col(|_| {});
    row.col(|ui| {
        ui.label(
            RichText::new(format!(
                "  {}",
                crate::i18n::field::key_label(f.field, cx.lang)
            ))
            .color(kind_colour(Some(Kind::Changed), cx.dark)),
        );
    });
    row.col(|ui| {
        ui.add(egui::Label::new(side_job(f, false, cx)).truncate())
            .on_hover_text(value_text_in(&f.old, cx.lang));
    });
    row.col(|ui| {
        ui.add(egui::Label::new(side_job(f, true, cx)).truncate())
            .on_hover_text(value_text_in(&f.new, cx.lang));
    });
    row.col(|_| {});
}
