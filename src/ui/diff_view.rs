//! The diff view: two positions side by side, changed fields coloured, word-level highlights,
//! counts per kind, an "only changes" filter, F7 / Shift+F7 to step through the changes, and a
//! jump from a change to the issue in the workspace.
//!
//! Drawing only: the diff comes from [`crate::diff::diff`]; this file lays it out as rows.

use std::collections::HashMap;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Key, Modifiers, RichText, Stroke, TextStyle, Ui};
use egui_extras::{Column, TableBuilder};

use crate::diff::render::{fmt_delta, fmt_num, value_text};
use crate::diff::{
    Detail, Diff, FieldChange, Kind, ListItem, OptionChange, Span, SpanTag, Value, concessions,
    diff,
};
use crate::model::{Issue, Position};
use crate::ui::theme;

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

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    /// The "header" group: top-level fields that changed.
    HeaderTitle,
    /// One changed top-level field.
    HeaderField(usize),
    /// An issue: its change (if any) and its place on each side.
    Issue {
        change: Option<usize>,
        old: Option<usize>,
        new: Option<usize>,
    },
    /// One changed field of a changed issue.
    Field { change: usize, field: usize },
}

/// The diff and its rows, recomputed only when an input changes.
#[derive(Debug)]
struct Cache {
    old: Position,
    new: Position,
    only_changes: bool,
    diff: Diff,
    rows: Vec<Row>,
    /// Rows one can step to with F7: the header group and every changed issue.
    stops: Vec<usize>,
    /// Two rounds of one side: who moved ("US moved on 2 issues …").
    moves: Option<String>,
}

impl Cache {
    fn build(old: &Position, new: &Position, only_changes: bool) -> Self {
        let d = diff(old, new);
        let mut rows = Vec::new();
        let mut stops = Vec::new();
        if !d.header.is_empty() {
            stops.push(rows.len());
            rows.push(Row::HeaderTitle);
            rows.extend((0..d.header.len()).map(Row::HeaderField));
        }
        let mut push_issue = |rows: &mut Vec<Row>, ci: Option<usize>, o, n| {
            if ci.is_some() {
                stops.push(rows.len());
            }
            rows.push(Row::Issue {
                change: ci,
                old: o,
                new: n,
            });
            if let Some(ci) = ci {
                let c = &d.changes[ci];
                rows.extend((0..c.fields.len()).map(|f| Row::Field {
                    change: ci,
                    field: f,
                }));
            }
        };
        if only_changes {
            for (ci, c) in d.changes.iter().enumerate() {
                push_issue(&mut rows, Some(ci), c.old_index, c.new_index);
            }
        } else {
            let by_new: HashMap<usize, usize> = d
                .changes
                .iter()
                .enumerate()
                .filter_map(|(ci, c)| c.new_index.map(|n| (n, ci)))
                .collect();
            let old_at: HashMap<&str, usize> = old
                .issues
                .iter()
                .enumerate()
                .map(|(i, x)| (x.id.as_str(), i))
                .collect();
            for (n, issue) in new.issues.iter().enumerate() {
                let ci = by_new.get(&n).copied();
                let o = old_at.get(issue.id.as_str()).copied();
                push_issue(&mut rows, ci, o, Some(n));
            }
            for (ci, c) in d.changes.iter().enumerate() {
                if c.kind == Kind::Removed {
                    push_issue(&mut rows, Some(ci), c.old_index, None);
                }
            }
        }
        let moves = (old.party == new.party && !old.party.is_empty())
            .then(|| concessions(old, new, None))
            .filter(|m| !m.issues.is_empty())
            .map(|m| m.summary());
        Cache {
            moves,
            old: old.clone(),
            new: new.clone(),
            only_changes,
            diff: d,
            rows,
            stops,
        }
    }
}

/// State of the diff view: the filter, the current change, and the cached diff.
#[derive(Debug)]
pub struct DiffView {
    /// Show only the issues that differ (on by default).
    pub only_changes: bool,
    /// Index into the stops of the change the user stepped to.
    current: Option<usize>,
    /// Scroll this row into view on the next frame.
    scroll_to: Option<usize>,
    cache: Option<Cache>,
}

impl Default for DiffView {
    fn default() -> Self {
        DiffView {
            only_changes: true,
            current: None,
            scroll_to: None,
            cache: None,
        }
    }
}

impl DiffView {
    /// Step to the next change (F7); stays on the last one.
    pub fn next_change(&mut self) {
        let Some(c) = &self.cache else { return };
        if c.stops.is_empty() {
            return;
        }
        let i = self.current.map_or(0, |i| (i + 1).min(c.stops.len() - 1));
        self.current = Some(i);
        self.scroll_to = Some(c.stops[i]);
    }

    /// Step to the previous change (Shift+F7); stays on the first one.
    pub fn previous_change(&mut self) {
        let Some(c) = &self.cache else { return };
        if c.stops.is_empty() {
            return;
        }
        let i = self.current.map_or(0, |i| i.saturating_sub(1));
        self.current = Some(i);
        self.scroll_to = Some(c.stops[i]);
    }

    /// The id of the issue at the current change (`None` on the header group or before the
    /// first step).
    pub fn current_issue_id(&self) -> Option<&str> {
        let c = self.cache.as_ref()?;
        let row = *c.stops.get(self.current?)?;
        match c.rows.get(row)? {
            Row::Issue {
                change: Some(ci), ..
            } => Some(c.diff.changes[*ci].id.as_str()),
            _ => None,
        }
    }

    /// The diff last shown.
    pub fn diff(&self) -> Option<&Diff> {
        self.cache.as_ref().map(|c| &c.diff)
    }

    /// Rows of the current change: its stop row and the field rows under it.
    fn current_rows(&self) -> Option<(usize, usize)> {
        let c = self.cache.as_ref()?;
        let i = self.current?;
        let start = *c.stops.get(i)?;
        let end = c.stops.get(i + 1).copied().unwrap_or(c.rows.len());
        // Stop before the next issue row when not every issue is a stop.
        let end = (start + 1..end)
            .find(|&r| matches!(c.rows[r], Row::Issue { .. }))
            .unwrap_or(end);
        Some((start, end))
    }

    fn refresh(&mut self, old: &Position, new: &Position) {
        let stale = match &self.cache {
            None => true,
            Some(c) => c.only_changes != self.only_changes || c.old != *old || c.new != *new,
        };
        if stale {
            // Keep the user on the same issue when the filter or the data changes.
            let keep = self.current_issue_id().map(str::to_owned);
            let cache = Cache::build(old, new, self.only_changes);
            self.current = keep.and_then(|id| {
                cache.stops.iter().position(|&r| match cache.rows[r] {
                    Row::Issue {
                        change: Some(ci), ..
                    } => cache.diff.changes[ci].id == id,
                    _ => false,
                })
            });
            self.cache = Some(cache);
        }
    }

    /// Draw the view. Returns the id of an issue when the user asks to jump to it in the
    /// workspace.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        old: &Position,
        new: &Position,
        old_name: &str,
        new_name: &str,
    ) -> Option<String> {
        self.refresh(old, new);
        let mut jump = None;

        // Shift+F7 first: `consume_key` ignores extra Shift, so F7 alone would match it too.
        let (prev, next) = ui.input_mut(|i| {
            let prev = i.consume_key(Modifiers::SHIFT, Key::F7);
            let next = !prev && i.consume_key(Modifiers::NONE, Key::F7);
            (prev, next)
        });
        if prev {
            self.previous_change();
        }
        if next {
            self.next_change();
        }

        self.toolbar(ui, &mut jump);
        ui.separator();
        self.table(ui, old, new, old_name, new_name, &mut jump);
        jump
    }

    fn toolbar(&mut self, ui: &mut Ui, jump: &mut Option<String>) {
        let dark = ui.visuals().dark_mode;
        let Some(c) = &self.cache else { return };
        let s = c.diff.summary();
        let stops = c.stops.len();
        let mut prev = false;
        let mut next = false;
        ui.horizontal(|ui| {
            if c.diff.is_empty() {
                ui.label("No differences: the two files hold the same data.");
            }
            for kind in Kind::ALL {
                let n = s.count(kind);
                ui.label(
                    RichText::new(format!("{n} {}", kind.as_str()))
                        .color(kind_colour(Some(kind), dark)),
                );
            }
            if s.header > 0 {
                ui.label(format!("{} header", s.header));
            }
            ui.separator();
            ui.checkbox(&mut self.only_changes, "Only changes")
                .on_hover_text("Hide the issues that are the same on both sides");
            ui.separator();
            prev = ui
                .add_enabled(stops > 0, egui::Button::new("Previous"))
                .on_hover_text("Previous change (Shift+F7)")
                .clicked();
            next = ui
                .add_enabled(stops > 0, egui::Button::new("Next"))
                .on_hover_text("Next change (F7)")
                .clicked();
            match self.current {
                Some(i) => ui.label(format!("change {} of {stops}", i + 1)),
                None => ui.label(format!("{stops} changes: F7 to step through")),
            };
        });
        if prev {
            self.previous_change();
        }
        if next {
            self.next_change();
        }
        if let Some(m) = self.cache.as_ref().and_then(|c| c.moves.as_deref()) {
            ui.label(m);
        }
        if let Some(id) = self.current_issue_id() {
            let id = id.to_owned();
            ui.horizontal(|ui| {
                if ui
                    .button(format!("Show {id} in the workspace"))
                    .on_hover_text("Select this issue in the main table")
                    .clicked()
                {
                    *jump = Some(id);
                }
            });
        }
    }

    fn table(
        &mut self,
        ui: &mut Ui,
        old: &Position,
        new: &Position,
        old_name: &str,
        new_name: &str,
        jump: &mut Option<String>,
    ) {
        let dark = ui.visuals().dark_mode;
        let current = self.current_rows();
        let scroll_to = self.scroll_to.take();
        let Some(c) = &self.cache else { return };
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
                    ui.strong("Issue / field");
                });
                h.col(|ui| {
                    ui.strong(format!("{old_name} ({}, round {})", old.party, old.round));
                });
                h.col(|ui| {
                    ui.strong(format!("{new_name} ({}, round {})", new.party, new.round));
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
                    };
                    match c.rows[r] {
                        Row::HeaderTitle => {
                            row.col(|ui| {
                                ui.label(
                                    RichText::new("~")
                                        .color(kind_colour(Some(Kind::Changed), dark)),
                                );
                            });
                            row.col(|ui| {
                                ui.strong("header");
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
                                        format!("{id}: changed and moved")
                                    }
                                    Some(x) => format!("{id}: {}", x.kind.as_str()),
                                    None => format!("{id}: the same on both sides"),
                                };
                                if let Some(r) = ch.and_then(|x| x.likely_rename_of.as_deref()) {
                                    tip.push_str(&format!(" (likely rename of {r})"));
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
                                        .on_hover_text("Show this issue in the workspace")
                                        .clicked()
                                {
                                    *jump = Some(id.to_owned());
                                }
                            });
                        }
                    }
                });
            });
    }
}

/// What the cells need to format text.
struct Cx<'a> {
    font: &'a FontId,
    text: Color32,
    dark: bool,
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
            ui.weak("(not in this file)");
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
            add(&mut job, &value_text(value), hl.clone());
            if new_side {
                add(&mut job, &format!("  ({})", fmt_delta(*delta)), cx.plain());
            }
        }
        Detail::Replaced => add(&mut job, &value_text(value), hl.clone()),
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
                add(&mut job, "(none)", cx.plain());
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
                add(&mut job, "(none)", cx.plain());
            }
            if new_side && d.reordered {
                add(&mut job, "  (order changed)", cx.plain());
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
            RichText::new(format!("  {}", f.field))
                .color(kind_colour(Some(Kind::Changed), cx.dark)),
        );
    });
    row.col(|ui| {
        ui.add(egui::Label::new(side_job(f, false, cx)).truncate())
            .on_hover_text(value_text(&f.old));
    });
    row.col(|ui| {
        ui.add(egui::Label::new(side_job(f, true, cx)).truncate())
            .on_hover_text(value_text(&f.new));
    });
    row.col(|_| {});
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::synth;

    fn run_frame(
        view: &mut DiffView,
        old: &Position,
        new: &Position,
        events: Vec<egui::Event>,
    ) -> Option<String> {
        let ctx = egui::Context::default();
        let mut out = None;
        let input = egui::RawInput {
            events,
            ..Default::default()
        };
        let mut full = ctx.run_ui(input, |ui| {
            out = view.show(ui, old, new, "old.ron", "new.ron");
        });
        full.textures_delta.clear();
        out
    }

    fn f7(shift: bool) -> egui::Event {
        egui::Event::Key {
            key: Key::F7,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: if shift {
                Modifiers::SHIFT
            } else {
                Modifiers::NONE
            },
        }
    }

    #[test]
    fn f7_steps_through_changes_and_filter_keeps_place() {
        let old = synth::position("US", 50, 3);
        let (new, _) = synth::mutate(
            &old,
            synth::Plan {
                changed: 4,
                added: 1,
                removed: 1,
                moved_block: 0,
            },
            3,
        );
        let mut v = DiffView::default();
        run_frame(&mut v, &old, &new, vec![]);
        assert_eq!(v.current_issue_id(), None);
        run_frame(&mut v, &old, &new, vec![f7(false)]);
        let first = v.current_issue_id().map(str::to_owned);
        assert!(first.is_some());
        run_frame(&mut v, &old, &new, vec![f7(false)]);
        let second = v.current_issue_id().map(str::to_owned);
        assert_ne!(first, second);
        run_frame(&mut v, &old, &new, vec![f7(true)]);
        assert_eq!(v.current_issue_id().map(str::to_owned), first);
        // Showing every issue keeps the current change.
        v.only_changes = false;
        run_frame(&mut v, &old, &new, vec![]);
        assert_eq!(v.current_issue_id().map(str::to_owned), first);
        assert_eq!(v.diff().map(|d| d.summary().changed), Some(4));
    }

    struct Kit {
        view: DiffView,
        old: Position,
        new: Position,
        jump: Option<String>,
    }

    #[test]
    fn kittest_filter_navigation_and_jump() {
        use egui_kittest::Harness;
        use egui_kittest::kittest::Queryable as _;

        let old = synth::position("US", 30, 9);
        let plan = synth::Plan {
            changed: 3,
            added: 1,
            removed: 1,
            moved_block: 0,
        };
        let (new, _) = synth::mutate(&old, plan, 9);
        let state = Kit {
            view: DiffView::default(),
            old,
            new,
            jump: None,
        };
        // The app's fonts (Hangul included) before the first frame.
        let mut h = Harness::builder()
            .with_context_setup(crate::ui::fonts::install)
            .build_ui_state(
                |ui, s: &mut Kit| {
                    if let Some(id) = s.view.show(ui, &s.old, &s.new, "us.ron", "us.r2.ron") {
                        s.jump = Some(id);
                    }
                },
                state,
            );
        h.run();
        assert!(h.state().view.only_changes);
        h.get_by_label("Only changes").click();
        h.run();
        assert!(!h.state().view.only_changes);
        h.key_press(Key::F7);
        h.run();
        h.key_press(Key::F7);
        h.run();
        let second = h.state().view.current_issue_id().map(str::to_owned);
        h.key_press_modifiers(Modifiers::SHIFT, Key::F7);
        h.run();
        let first = h.state().view.current_issue_id().map(str::to_owned);
        assert!(first.is_some() && first != second);
        let Some(id) = first else { return };
        h.get_by_label(&format!("Show {id} in the workspace"))
            .click();
        h.run();
        assert_eq!(h.state().jump.as_deref(), Some(id.as_str()));
    }
}
