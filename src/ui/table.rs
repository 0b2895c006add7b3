//! The central table: one row per issue, both sides side by side, grouped by topic.

use crate::model::Field;
use egui::{Align, Layout, RichText, Sense, Ui};
use egui_extras::{Column as TColumn, TableBuilder};

use crate::cell::{COLUMNS, CellEdit, editable};
use crate::command::Command;
use crate::i18n::{Lang, workspace::Work};
use crate::model::Issue;
use crate::state::State;
use crate::table::{Column, Line, Row};
use crate::ui::theme;
use crate::workspace::Side;

fn party(state: &State, side: Side) -> String {
    state
        .shown()
        .position(side)
        .map(|p| p.party.clone())
        .unwrap_or_else(|| state.side(side).to_owned())
}

/// A column's header text and tooltip.
fn title(state: &State, col: Column) -> (String, &'static str) {
    let lang = state.lang;
    let (text, tip) = match col {
        Column::Issue => (Work::ColIssue.get(lang).into(), Work::ColIssueTip),
        Column::Stance(s) => (
            Work::ColStance.fmt(lang, &[&party(state, s)]),
            Work::ColStanceTip,
        ),
        Column::Target(s) => (
            Work::ColTarget.fmt(lang, &[&party(state, s)]),
            Work::ColTargetTip,
        ),
        Column::Weight(s) => (
            Work::ColWeight.fmt(lang, &[&party(state, s)]),
            Work::ColWeightTip,
        ),
        Column::Gap => (Work::ColGap.get(lang).into(), Work::ColGapTip),
    };
    (text, tip.get(lang))
}

/// Initial width of the weight columns: "US wt" is short, "US 가중치" is not.
fn weight_width(lang: Lang) -> f32 {
    match lang {
        Lang::En => 44.0,
        Lang::Ko => 72.0,
    }
}

/// Draw the table. `lines` are the filtered, sorted lines of the state.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let lines = state.cached_lines();
    let editing = &state.cell_edit;
    let dark = ui.visuals().dark_mode;
    let selected_line = state.selected.as_deref().and_then(|id| {
        lines.iter().position(|l| match l {
            Line::Issue(r) => state.table.rows[*r].id == id,
            Line::Topic { .. } => false,
        })
    });
    let cursor_stroke = egui::Stroke::new(1.5, ui.visuals().selection.stroke.color);
    let lang = state.lang;
    // The two stance columns share what the others leave, equally, and follow the window as it
    // is resized; the others start narrower on a small screen (1024 wide) and can be dragged.
    let k = (ui.available_width() / 1400.0).clamp(0.7, 1.0);
    // egui_extras keeps dragged widths per id and gives all slack to the last column: keyed by
    // the window's width (in 64-point steps) and the language, a resized window or a language
    // switch lays the columns out afresh (and finds the widths dragged at that size again).
    let width_step = (ui.available_width() / 64.0).round() as u32;
    let mut builder = TableBuilder::new(ui)
        .id_salt(("issues", width_step, lang))
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(TColumn::initial(210.0 * k).at_least(80.0).clip(true))
        .column(TColumn::remainder().at_least(60.0).clip(true))
        .column(TColumn::initial(130.0 * k).at_least(50.0).clip(true))
        .column(TColumn::initial(weight_width(lang)).at_least(36.0))
        .column(TColumn::initial(70.0).at_least(50.0))
        .column(TColumn::initial(weight_width(lang)).at_least(36.0))
        .column(TColumn::initial(130.0 * k).at_least(50.0).clip(true))
        .column(TColumn::remainder().at_least(60.0).clip(true))
        .min_scrolled_height(0.0);
    if let Some(i) = state.scrolls_now().then_some(selected_line).flatten() {
        builder = builder.scroll_to_row(i, Some(Align::Center));
    }
    builder
        .header(24.0, |mut header| {
            for col in COLUMNS {
                header.col(|ui| {
                    let (text, tip) = title(state, col);
                    let arrow = match state.sort_of(col) {
                        Some(false) => " ▲",
                        Some(true) => " ▼",
                        None => "",
                    };
                    let resp = ui
                        .add(
                            egui::Button::new(RichText::new(format!("{text}{arrow}")).strong())
                                .frame(false)
                                .truncate(),
                        )
                        .on_hover_text(format!("{tip}\n{}", Work::SortHint.get(lang)));
                    if resp.clicked() {
                        out.push(Command::SortBy(col));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, lines.len(), |mut row| {
                let line = lines[row.index()];
                match line {
                    Line::Topic { first, count } => {
                        let topic = &state.table.rows[first].topic;
                        let name = if topic.is_empty() {
                            Work::NoTopic.get(lang)
                        } else {
                            topic
                        };
                        row.col(|ui| {
                            ui.painter().rect_filled(
                                ui.max_rect().expand(2.0),
                                0.0,
                                theme::topic_bg(dark),
                            );
                            ui.add(
                                egui::Label::new(RichText::new(name).strong())
                                    .selectable(false)
                                    .truncate(),
                            );
                        });
                        for i in 1..COLUMNS.len() {
                            row.col(|ui| {
                                ui.painter().rect_filled(
                                    ui.max_rect().expand(2.0),
                                    0.0,
                                    theme::topic_bg(dark),
                                );
                                if i == 1 {
                                    ui.label(
                                        RichText::new(if count == 1 {
                                            Work::OneIssue.get(lang).to_owned()
                                        } else {
                                            Work::IssueCount.fmt(lang, &[&count])
                                        })
                                        .weak()
                                        .small(),
                                    );
                                }
                            });
                        }
                    }
                    Line::Issue(r) => {
                        let data = &state.table.rows[r];
                        let selected = state.selected.as_deref() == Some(data.id.as_str());
                        row.set_selected(selected);
                        for (k, col) in COLUMNS.into_iter().enumerate() {
                            let cursor_here =
                                selected && k == state.cursor_col && editing.is_none();
                            let (_, resp) = row.col(|ui| {
                                match editing.as_ref().filter(|e| e.id == data.id && e.col == k) {
                                    Some(e) => cell_editor(ui, e, lang, out),
                                    None => cell(ui, state, data, col, dark),
                                }
                                if cursor_here {
                                    ui.painter().rect_stroke(
                                        ui.max_rect().shrink(1.0),
                                        2.0,
                                        cursor_stroke,
                                        egui::StrokeKind::Inside,
                                    );
                                }
                            });
                            if resp.clicked() {
                                out.push(Command::CursorColumn(k));
                            }
                            if resp.double_clicked() && editable(data, k) {
                                out.push(Command::BeginCellEdit {
                                    id: data.id.clone(),
                                    col: k,
                                });
                            }
                        }
                        if row.response().clicked() && !selected {
                            out.push(Command::Select(Some(data.id.clone())));
                        }
                    }
                }
            });
        });
}

fn cell_editor(ui: &mut Ui, e: &CellEdit, lang: Lang, out: &mut Vec<Command>) {
    let mut text = e.text.clone();
    let r = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(f32::INFINITY)
                .id(egui::Id::unique(crate::ui::CELL_EDITOR_ID)),
        )
        .accessible_name(Work::EditCell.get(lang));
    if r.changed() {
        out.push(Command::SetCellText(text));
    }
    use crate::command::Action;
    let closing = out.iter().any(|c| {
        matches!(
            c,
            Command::Action(Action::CommitCell | Action::CommitCellNext | Action::CancelCell)
        )
    });
    if r.lost_focus() && !closing {
        // Clicked elsewhere: keep what was typed. (Enter, Tab and Esc are commands of the
        // table, read before the panels draw; the toolkit's own Tab handling also takes the
        // focus away, which must not commit a second time.)
        out.push(Command::Action(Action::CommitCell));
    }
}

fn issue<'a>(state: &'a State, row: &Row, side: Side) -> Option<&'a Issue> {
    state.shown().position(side)?.issues.get(row.index(side)?)
}

fn text(ui: &mut Ui, t: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(t).selectable(false).truncate());
}

fn missing(ui: &mut Ui, state: &State, side: Side) {
    text(
        ui,
        RichText::new(Work::NotInPartyFile.fmt(state.lang, &[&party(state, side)]))
            .italics()
            .weak(),
    );
}

fn cell(ui: &mut Ui, state: &State, row: &Row, col: Column, dark: bool) {
    match col {
        Column::Issue => {
            let t = issue(state, row, Side::Left)
                .or_else(|| issue(state, row, Side::Right))
                .map(|i| i.title.as_str())
                .unwrap_or("");
            text(ui, RichText::new(&row.id).monospace().small());
            text(ui, t);
        }
        Column::Stance(s) | Column::Target(s) | Column::Weight(s)
            if issue(state, row, s).is_some() && state.hidden(s).has(hidden_by(col)) =>
        {
            text(
                ui,
                RichText::new(Work::Private.get(state.lang))
                    .italics()
                    .weak(),
            );
        }
        Column::Stance(s) => match issue(state, row, s) {
            Some(i) => text(ui, i.stance.replace('\n', " ")),
            None => missing(ui, state, s),
        },
        Column::Target(s) => match issue(state, row, s) {
            Some(i) => match crate::visibility::shown_target(i, state.hidden(s)) {
                Some(t) => text(ui, t),
                None => text(ui, RichText::new(Work::NoOptions.get(state.lang)).weak()),
            },
            None => missing(ui, state, s),
        },
        Column::Weight(s) => {
            if let Some(i) = issue(state, row, s) {
                text(ui, format!("{}", i.weight));
            }
        }
        Column::Gap => gap_cell(ui, row, state.lang, dark),
    }
}

/// The field a column shows, for the room's visibility.
fn hidden_by(col: Column) -> Field {
    match col {
        Column::Stance(_) => Field::Stance,
        Column::Target(_) => Field::Target,
        Column::Weight(_) => Field::Weight,
        Column::Issue => Field::Title,
        Column::Gap => Field::Values,
    }
}

fn gap_cell(ui: &mut Ui, row: &Row, lang: Lang, _dark: bool) {
    match row.gap {
        Some(g) => {
            let (rect, resp) = ui.allocate_exact_size(
                egui::vec2(ui.available_width().min(64.0), 14.0),
                Sense::hover(),
            );
            let painter = ui.painter();
            painter.rect_filled(rect, 3.0, ui.visuals().extreme_bg_color);
            let mut bar = rect;
            bar.set_width((rect.width() * (g.size / 100.0) as f32).max(2.0));
            painter.rect_filled(bar, 3.0, theme::gap_colour(g.size));
            let label = format!("{:.0}{}", g.size, if g.overlap { " ◆" } else { "" });
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                label,
                egui::FontId::proportional(11.0),
                ui.visuals().strong_text_color(),
            );
            let size = format!("{:.1}", g.size);
            let overlap = if g.overlap {
                Work::Overlap
            } else {
                Work::NoOverlap
            };
            resp.on_hover_text(Work::GapTip.fmt(lang, &[&size, &size, &overlap.get(lang)]));
        }
        None => {
            let one_sided = row.left.is_none() || row.right.is_none();
            text(
                ui,
                RichText::new(if one_sided {
                    Work::OneSided.get(lang)
                } else {
                    "—"
                })
                .weak()
                .small(),
            );
        }
    }
}
