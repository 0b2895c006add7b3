//! The detail panel: both sides of the selected issue, side by side, every field editable.
//!
//! Widgets show the model as it is and push an [`Edit`] command when changed; typing into one
//! field (or dragging one value) merges into one undo step through the `merge` key.

use crate::model::{Field, FieldSet};
use egui::{RichText, Ui};

use crate::command::Command;
use crate::edit::{self, Edit, IssueField, Value};
use crate::format::Problem;
use crate::i18n::{Lang, workspace::Work};
use crate::model::{Choice, Flexibility, Issue};
use crate::state::State;
use crate::ui::theme;
use crate::workspace::Side;

/// Per-frame context for the editors: where edits go and how they merge.
#[derive(Debug)]
pub struct EditCtx<'a> {
    /// Commands out.
    pub out: &'a mut Vec<Command>,
    /// Changes whenever a widget gains focus or a drag starts: edits in one session merge.
    pub session: u64,
    /// Set when a widget gained focus or started a drag this frame.
    pub new_session: bool,
    /// Party of the side being drawn, to name widgets ("US stance").
    pub party: String,
    /// Put the cursor in the title field of the selected issue on this side (File ▸ New).
    pub focus_title: Option<Side>,
}

impl EditCtx<'_> {
    fn key(&self, side: Side, issue: &str, what: &str) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (side, issue, what, self.session).hash(&mut h);
        h.finish()
    }

    fn watch(&mut self, r: &egui::Response) {
        if r.gained_focus() || r.drag_started() {
            self.session = self.session.wrapping_add(1);
            self.new_session = true;
        }
    }

    /// The accessible name of a widget of the side being drawn.
    fn name(&self, what: &str) -> String {
        format!("{} {what}", self.party)
    }

    fn push(&mut self, side: Side, edit: Edit, merge: Option<u64>) {
        self.out.push(Command::Edit { side, edit, merge });
    }
}

/// A number's range bounds `(low, high)`; `None` bounds are the number itself.
pub(crate) type Bounds = (Option<f64>, Option<f64>);

/// A range editor beside a number (format 2): "±" adds a range around the value, then the
/// lowest and highest plausible values as drag values and "✕" to make the number exact again.
/// Returns the new bounds when they changed, and whether an edit session started (focus or
/// drag), for merging a drag into one undo step.
pub(crate) fn range_editor(
    ui: &mut Ui,
    lang: Lang,
    name: &str,
    value: f64,
    bounds: Bounds,
    max: f64,
) -> (Option<Bounds>, bool) {
    let (low, high) = bounds;
    let mut started = false;
    if low.is_none() && high.is_none() {
        let spread = if max <= 100.0 {
            10.0
        } else {
            (value * 0.25).max(0.5)
        };
        let r = ui
            .small_button("±")
            .on_hover_text(Work::RangeAddTip.get(lang))
            .accessible_name(Work::A11yRange.fmt(lang, &[&name]));
        if r.clicked() {
            return (
                Some((
                    Some((value - spread).max(0.0)),
                    Some((value + spread).min(max)),
                )),
                true,
            );
        }
        return (None, false);
    }
    let mut lo = low.unwrap_or(value);
    let mut hi = high.unwrap_or(value);
    let mut changed = false;
    let speed = if max <= 100.0 { 0.5 } else { 0.05 };
    let r = ui
        .add(
            egui::DragValue::new(&mut lo)
                .range(0.0..=value.max(0.0))
                .speed(speed)
                .prefix(Work::PrefixLow.get(lang)),
        )
        .accessible_name(Work::A11yLow.fmt(lang, &[&name]));
    started |= r.gained_focus() || r.drag_started();
    changed |= r.changed();
    let r = ui
        .add(
            egui::DragValue::new(&mut hi)
                .range(value.min(max)..=max)
                .speed(speed)
                .prefix(Work::PrefixHigh.get(lang)),
        )
        .accessible_name(Work::A11yHigh.fmt(lang, &[&name]));
    started |= r.gained_focus() || r.drag_started();
    changed |= r.changed();
    if ui
        .small_button("×")
        .on_hover_text(Work::RangeRemoveTip.get(lang))
        .accessible_name(Work::A11yExact.fmt(lang, &[&name]))
        .clicked()
    {
        return (Some((None, None)), true);
    }
    (changed.then_some((Some(lo), Some(hi))), started)
}

/// Draw the selected issue. Does nothing without a selection.
pub fn show(ui: &mut Ui, state: &State, cx: &mut EditCtx<'_>) {
    let Some(id) = state.selected.clone() else {
        return;
    };
    let lang = state.lang;
    let Some(r) = state.table.find(&id) else {
        ui.label(RichText::new(Work::IssueGone.fmt(lang, &[&id])).weak());
        if ui.button(Work::Close.get(lang)).clicked() {
            cx.out.push(Command::Select(None));
        }
        return;
    };
    let row = state.table.rows[r].clone();
    let dark = ui.visuals().dark_mode;
    let issue_at = |s: Side| {
        row.index(s).and_then(|i| {
            state
                .shown()
                .position(s)
                .and_then(|p| p.issues.get(i))
                .map(|x| (i, x))
        })
    };
    let party = |s: Side| {
        state
            .shown()
            .position(s)
            .map(|p| p.party.clone())
            .unwrap_or_else(|| state.side(s).into())
    };
    ui.horizontal(|ui| {
        let title = Side::BOTH
            .iter()
            .find_map(|&s| issue_at(s).map(|(_, i)| i.title.clone()))
            .unwrap_or_default();
        ui.heading(title);
        ui.label(RichText::new(&id).monospace().weak());
        if !row.topic.is_empty() {
            ui.label(RichText::new(format!("· {}", row.topic)).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("✖")
                .on_hover_text(Work::CloseDetailTip.get(lang))
                .clicked()
            {
                cx.out.push(Command::Select(None));
            }
        });
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("detail-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            options_grid(
                ui,
                state,
                &[issue_at(Side::Left), issue_at(Side::Right)],
                dark,
            );
            ui.add_space(6.0);
            ui.columns(2, |cols| {
                for (ui, side) in cols.iter_mut().zip(Side::BOTH) {
                    ui.push_id(side.name(), |ui| {
                        ui.label(
                            RichText::new(party(side))
                                .strong()
                                .color(theme::side_accent(side, dark)),
                        );
                        match issue_at(side) {
                            None if !state.may_edit(side) => {
                                ui.label(
                                    RichText::new(Work::NotInThisFile.get(lang))
                                        .italics()
                                        .weak(),
                                );
                            }
                            None => missing_side(ui, state, side, &row, cx),
                            Some((_, issue)) if !state.may_edit(side) => {
                                read_only(ui, state, side, issue);
                            }
                            Some((index, issue)) => {
                                let problems: Vec<&Problem> = state
                                    .problems(side)
                                    .iter()
                                    .filter(|p| problem_issue(p) == Some(index))
                                    .collect();
                                cx.party = party(side);
                                issue_editor(ui, state, side, index, issue, &problems, cx);
                            }
                        }
                    });
                }
            });
        });
}

/// The issue index a problem's path points into.
pub fn problem_issue(p: &Problem) -> Option<usize> {
    match p.path.0.as_slice() {
        [
            crate::format::Seg::Field("issues"),
            crate::format::Seg::Index(i),
            ..,
        ] => Some(*i),
        _ => None,
    }
}

fn problem_field(p: &Problem) -> Option<&'static str> {
    match p.path.0.get(2) {
        Some(crate::format::Seg::Field(f)) => Some(f),
        _ => None,
    }
}

fn missing_side(
    ui: &mut Ui,
    state: &State,
    side: Side,
    row: &crate::table::Row,
    cx: &mut EditCtx<'_>,
) {
    let lang = state.lang;
    let party = state.shown().position(side).map(|p| p.party.clone());
    ui.label(
        RichText::new(
            Work::NotInTheFile.fmt(lang, &[&party.as_deref().unwrap_or(state.side(side))]),
        )
        .italics()
        .weak(),
    );
    let Some(p) = state.shown().position(side) else {
        return;
    };
    let other = row
        .index(side.other())
        .and_then(|i| state.shown().position(side.other())?.issues.get(i));
    if let Some(o) = other
        && ui
            .button(Work::AddToFile.fmt(lang, &[&p.party]))
            .on_hover_text(Work::AddToFileTip.get(lang))
            .clicked()
    {
        let issue = Issue {
            id: o.id.clone(),
            topic: o.topic.clone(),
            title: o.title.clone(),
            options: o
                .options
                .iter()
                .map(|c| Choice::new(c.label.clone(), 0.0))
                .collect(),
            ..Issue::default()
        };
        cx.push(
            side,
            Edit::InsertIssue(p.issues.len(), Box::new(issue)),
            None,
        );
    }
}

fn field_problems(ui: &mut Ui, problems: &[&Problem], field: &str) {
    for p in problems.iter().filter(|p| problem_field(p) == Some(field)) {
        ui.label(RichText::new(format!("※ {}", p.message)).color(theme::ERROR_TEXT))
            .on_hover_text(&p.hint);
    }
}

#[allow(clippy::too_many_arguments)]
fn text_field(
    ui: &mut Ui,
    cx: &mut EditCtx<'_>,
    side: Side,
    index: usize,
    issue: &Issue,
    field: IssueField,
    current: &str,
    multiline: bool,
    lang: Lang,
) {
    let mut text = current.to_owned();
    let widget = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    }
    .desired_width(f32::INFINITY);
    let r = ui
        .add(widget)
        .accessible_name(cx.name(field.label_in(lang)));
    if field == IssueField::Title && cx.focus_title == Some(side) {
        // After File ▸ New the cursor goes into the new issue's title.
        r.request_focus();
        cx.out.push(Command::TitleFocused);
        cx.focus_title = None;
    }
    cx.watch(&r);
    if r.changed() {
        let key = cx.key(side, &issue.id, field.name());
        cx.push(
            side,
            Edit::SetIssue(index, field, Value::Text(text)),
            Some(key),
        );
    }
}

fn issue_editor(
    ui: &mut Ui,
    state: &State,
    side: Side,
    index: usize,
    issue: &Issue,
    problems: &[&Problem],
    cx: &mut EditCtx<'_>,
) {
    let n = state.shown().position(side).map_or(0, |p| p.issues.len());
    let lang = state.lang;
    let label = |w: Work| w.get(lang);
    ui.horizontal_wrapped(|ui| {
        if ui
            .small_button("↑")
            .on_hover_text(label(Work::MoveUpTip))
            .clicked()
            && index > 0
        {
            cx.push(side, Edit::MoveIssue(index, index - 1), None);
        }
        if ui
            .small_button("↓")
            .on_hover_text(label(Work::MoveDownTip))
            .clicked()
            && index + 1 < n
        {
            cx.push(side, Edit::MoveIssue(index, index + 1), None);
        }
        if ui
            .small_button(label(Work::Duplicate))
            .on_hover_text(label(Work::DuplicateTip))
            .clicked()
        {
            let mut copy = issue.clone();
            copy.id = unique_id(state, side, &format!("{}-copy", issue.id));
            cx.push(side, Edit::InsertIssue(index + 1, Box::new(copy)), None);
        }
        if ui
            .small_button(label(Work::Delete))
            .on_hover_text(label(Work::DeleteTip))
            .clicked()
        {
            cx.push(side, Edit::RemoveIssue(index), None);
        }
    });
    egui::Grid::new("fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label(label(Work::FieldId));
            ui.vertical(|ui| {
                text_field(
                    ui,
                    cx,
                    side,
                    index,
                    issue,
                    IssueField::Id,
                    &issue.id,
                    false,
                    lang,
                );
                field_problems(ui, problems, "id");
            });
            ui.end_row();
            ui.label(label(Work::FieldTitle));
            text_field(
                ui,
                cx,
                side,
                index,
                issue,
                IssueField::Title,
                &issue.title,
                false,
                lang,
            );
            ui.end_row();
            ui.label(label(Work::FieldTopic));
            ui.horizontal(|ui| {
                let mut topic = issue.topic.clone();
                let r = ui
                    .add(egui::TextEdit::singleline(&mut topic).desired_width(180.0))
                    .accessible_name(cx.name(IssueField::Topic.label_in(lang)));
                cx.watch(&r);
                if r.changed() {
                    let key = cx.key(side, &issue.id, "topic");
                    cx.push(
                        side,
                        Edit::SetIssue(index, IssueField::Topic, Value::Text(topic)),
                        Some(key),
                    );
                }
                let topics = topics(state);
                let name = cx.name(label(Work::A11yMoveToTopic));
                egui::ComboBox::from_id_salt("topic-pick")
                    .selected_text(label(Work::MoveTo))
                    .show_ui(ui, |ui| {
                        for t in topics {
                            if ui.selectable_label(t == issue.topic, &t).clicked()
                                && t != issue.topic
                            {
                                cx.push(
                                    side,
                                    Edit::SetIssue(index, IssueField::Topic, Value::Text(t)),
                                    None,
                                );
                            }
                        }
                    })
                    .response
                    .accessible_name(name);
            });
            ui.end_row();
            ui.label(label(Work::FieldWeight));
            ui.vertical(|ui| {
                let mut w = issue.weight;
                let r = ui
                    .add(
                        egui::DragValue::new(&mut w)
                            .speed(0.05)
                            .range(0.0..=crate::format::MAX_WEIGHT),
                    )
                    .accessible_name(cx.name(IssueField::Weight.label_in(lang)));
                cx.watch(&r);
                if r.changed() {
                    let key = cx.key(side, &issue.id, "weight");
                    cx.push(
                        side,
                        Edit::SetIssue(index, IssueField::Weight, Value::Number(w)),
                        Some(key),
                    );
                }
                ui.horizontal(|ui| {
                    let (change, started) = range_editor(
                        ui,
                        lang,
                        &cx.name(IssueField::Weight.label_in(lang)),
                        issue.weight,
                        (issue.weight_low, issue.weight_high),
                        crate::format::MAX_WEIGHT,
                    );
                    if started {
                        cx.session = cx.session.wrapping_add(1);
                        cx.new_session = true;
                    }
                    if let Some((lo, hi)) = change {
                        let key = cx.key(side, &issue.id, "weight range");
                        cx.push(
                            side,
                            Edit::Batch(vec![
                                Edit::SetIssue(index, IssueField::WeightLow, Value::OptNumber(lo)),
                                Edit::SetIssue(index, IssueField::WeightHigh, Value::OptNumber(hi)),
                            ]),
                            Some(key),
                        );
                    }
                });
                field_problems(ui, problems, "weight");
                field_problems(ui, problems, "weight_low");
                field_problems(ui, problems, "weight_high");
            });
            ui.end_row();
            ui.label(label(Work::FieldFlexibility));
            let name = cx.name(IssueField::Flexibility.label_in(lang));
            egui::ComboBox::from_id_salt("flex")
                .selected_text(flexibility(issue.flexibility, lang))
                .show_ui(ui, |ui| {
                    for f in Flexibility::ALL {
                        if ui
                            .selectable_label(f == issue.flexibility, flexibility(f, lang))
                            .clicked()
                            && f != issue.flexibility
                        {
                            cx.push(
                                side,
                                Edit::SetIssue(index, IssueField::Flexibility, Value::Flex(f)),
                                None,
                            );
                        }
                    }
                })
                .response
                .accessible_name(name);
            ui.end_row();
            for (label, field, cur, none_text) in [
                (
                    label(Work::FieldTarget),
                    IssueField::Target,
                    &issue.target,
                    label(Work::HighestValued),
                ),
                (
                    label(Work::FieldWalkAway),
                    IssueField::WalkAway,
                    &issue.walk_away,
                    label(Work::NoneChoice),
                ),
            ] {
                ui.label(label);
                ui.vertical(|ui| {
                    let name = cx.name(field.label_in(lang));
                    egui::ComboBox::from_id_salt(field.name())
                        .selected_text(cur.clone().unwrap_or_else(|| none_text.into()))
                        .show_ui(ui, |ui| {
                            if ui.selectable_label(cur.is_none(), none_text).clicked()
                                && cur.is_some()
                            {
                                cx.push(
                                    side,
                                    Edit::SetIssue(index, field, Value::OptText(None)),
                                    None,
                                );
                            }
                            for c in &issue.options {
                                let sel = cur.as_deref() == Some(c.label.as_str());
                                if ui.selectable_label(sel, &c.label).clicked() && !sel {
                                    cx.push(
                                        side,
                                        Edit::SetIssue(
                                            index,
                                            field,
                                            Value::OptText(Some(c.label.clone())),
                                        ),
                                        None,
                                    );
                                }
                            }
                        })
                        .response
                        .accessible_name(name);
                    field_problems(ui, problems, field.name());
                });
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    ui.label(RichText::new(label(Work::FieldOptions)).strong());
    options_editor(ui, lang, side, index, issue, problems, cx);
    field_problems(ui, problems, "options");
    ui.add_space(4.0);
    ui.label(RichText::new(label(Work::FieldStance)).strong());
    text_field(
        ui,
        cx,
        side,
        index,
        issue,
        IssueField::Stance,
        &issue.stance,
        true,
        lang,
    );
    for (name, field, list) in [
        (
            Work::FieldInterests,
            IssueField::Interests,
            &issue.interests,
        ),
        (Work::FieldCriteria, IssueField::Criteria, &issue.criteria),
        (Work::FieldSources, IssueField::Sources, &issue.sources),
    ] {
        ui.add_space(4.0);
        list_editor(ui, cx, lang, side, index, issue, name, field, list);
    }
    ui.add_space(4.0);
    ui.label(RichText::new(label(Work::FieldNotes)).strong());
    text_field(
        ui,
        cx,
        side,
        index,
        issue,
        IssueField::Notes,
        &issue.notes,
        true,
        lang,
    );
}

/// A flexibility's name in the interface ("Firm" / "확고").
fn flexibility(f: Flexibility, lang: Lang) -> &'static str {
    match f {
        Flexibility::Firm => Work::FlexFirm,
        Flexibility::Flexible => Work::FlexFlexible,
        Flexibility::Open => Work::FlexOpen,
    }
    .get(lang)
}

fn topics(state: &State) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for r in &state.table.rows {
        if !v.contains(&r.topic) {
            v.push(r.topic.clone());
        }
    }
    v
}

fn unique_id(state: &State, side: Side, base: &str) -> String {
    let Some(p) = state.shown().position(side) else {
        return base.to_owned();
    };
    let taken = |id: &str| p.issues.iter().any(|i| i.id == id);
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

fn options_editor(
    ui: &mut Ui,
    lang: Lang,
    side: Side,
    index: usize,
    issue: &Issue,
    problems: &[&Problem],
    cx: &mut EditCtx<'_>,
) {
    let opt_problem = |k: usize| {
        problems.iter().find(|p| {
            matches!(p.path.0.get(3), Some(crate::format::Seg::Index(j)) if *j == k)
                && problem_field(p) == Some("options")
        })
    };
    egui::Grid::new("options-edit")
        .num_columns(3)
        .spacing([6.0, 3.0])
        .show(ui, |ui| {
            for (k, c) in issue.options.iter().enumerate() {
                ui.push_id(k, |ui| {
                    let mut label = c.label.clone();
                    let r = ui
                        .add(egui::TextEdit::singleline(&mut label).desired_width(200.0))
                        .accessible_name(cx.name(&Work::A11yOptionLabel.fmt(lang, &[&(k + 1)])));
                    cx.watch(&r);
                    if r.changed() {
                        let key = cx.key(side, &issue.id, &format!("label{k}"));
                        cx.push(
                            side,
                            edit::rename_option(issue, k, &label, index),
                            Some(key),
                        );
                    }
                });
                ui.push_id(("v", k), |ui| {
                    let mut v = c.value;
                    let r = ui
                        .add(egui::DragValue::new(&mut v).range(0.0..=100.0).speed(0.5))
                        .accessible_name(cx.name(&Work::A11yOptionValue.fmt(lang, &[&(k + 1)])));
                    cx.watch(&r);
                    if r.changed() {
                        let mut options = issue.options.clone();
                        options[k].value = v;
                        let key = cx.key(side, &issue.id, &format!("value{k}"));
                        cx.push(
                            side,
                            Edit::SetIssue(index, IssueField::Options, Value::Options(options)),
                            Some(key),
                        );
                    }
                });
                ui.horizontal(|ui| {
                    ui.push_id(("range", k), |ui| {
                        let (change, started) = range_editor(
                            ui,
                            lang,
                            &cx.name(&Work::A11yOptionValue.fmt(lang, &[&(k + 1)])),
                            c.value,
                            (c.low, c.high),
                            100.0,
                        );
                        if started {
                            cx.session = cx.session.wrapping_add(1);
                            cx.new_session = true;
                        }
                        if let Some((lo, hi)) = change {
                            let key = cx.key(side, &issue.id, &format!("range{k}"));
                            cx.push(
                                side,
                                edit::set_option_range(issue, k, lo, hi, index),
                                Some(key),
                            );
                        }
                    });
                    ui.push_id(("b", k), |ui| {
                        if ui
                            .small_button("↑")
                            .on_hover_text(Work::MoveOptionUpTip.get(lang))
                            .clicked()
                            && k > 0
                        {
                            let mut options = issue.options.clone();
                            options.swap(k, k - 1);
                            cx.push(
                                side,
                                Edit::SetIssue(index, IssueField::Options, Value::Options(options)),
                                None,
                            );
                        }
                        if ui
                            .small_button("↓")
                            .on_hover_text(Work::MoveOptionDownTip.get(lang))
                            .clicked()
                            && k + 1 < issue.options.len()
                        {
                            let mut options = issue.options.clone();
                            options.swap(k, k + 1);
                            cx.push(
                                side,
                                Edit::SetIssue(index, IssueField::Options, Value::Options(options)),
                                None,
                            );
                        }
                        if ui
                            .small_button("×")
                            .on_hover_text(Work::RemoveOptionTip.get(lang))
                            .clicked()
                        {
                            cx.push(side, edit::remove_option(issue, k, index), None);
                        }
                        if let Some(p) = opt_problem(k) {
                            ui.label(
                                RichText::new(format!("※ {}", p.message)).color(theme::ERROR_TEXT),
                            )
                            .on_hover_text(&p.hint);
                        }
                    });
                });
                ui.end_row();
            }
        });
    if ui.small_button(Work::AddOption.get(lang)).clicked() {
        let mut options = issue.options.clone();
        let mut n = options.len() + 1;
        let new_label = |n: usize| Work::NewOption.fmt(lang, &[&n]);
        while options.iter().any(|c| c.label == new_label(n)) {
            n += 1;
        }
        options.push(Choice::new(new_label(n), 50.0));
        cx.push(
            side,
            Edit::SetIssue(index, IssueField::Options, Value::Options(options)),
            None,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn list_editor(
    ui: &mut Ui,
    cx: &mut EditCtx<'_>,
    lang: Lang,
    side: Side,
    index: usize,
    issue: &Issue,
    name: Work,
    field: IssueField,
    list: &[String],
) {
    let name = name.get(lang);
    ui.horizontal(|ui| {
        ui.label(RichText::new(name).strong());
        if ui
            .small_button("+")
            .on_hover_text(Work::AddToList.fmt(lang, &[&name.to_lowercase()]))
            .clicked()
        {
            let mut l = list.to_vec();
            l.push(String::new());
            cx.push(side, Edit::SetIssue(index, field, Value::List(l)), None);
        }
    });
    for (k, item) in list.iter().enumerate() {
        ui.push_id((field.name(), k), |ui| {
            ui.horizontal(|ui| {
                ui.label("•");
                let mut t = item.clone();
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut t)
                            // Room for the remove button after it: its width, the gap before
                            // it, and the frame egui draws around the field.
                            .desired_width(
                                ui.available_width()
                                    - ui.spacing().interact_size.y
                                    - 3.0 * ui.spacing().item_spacing.x
                                    - 8.0,
                            ),
                    )
                    .accessible_name(cx.name(&format!("{} {}", field.label_in(lang), k + 1)));
                cx.watch(&r);
                if r.changed() {
                    let mut l = list.to_vec();
                    l[k] = t;
                    let key = cx.key(side, &issue.id, &format!("{}{k}", field.name()));
                    cx.push(
                        side,
                        Edit::SetIssue(index, field, Value::List(l)),
                        Some(key),
                    );
                }
                if ui
                    .small_button("✖")
                    .on_hover_text(Work::Remove.get(lang))
                    .clicked()
                {
                    let mut l = list.to_vec();
                    l.remove(k);
                    cx.push(side, Edit::SetIssue(index, field, Value::List(l)), None);
                }
            });
        });
    }
}

fn options_grid(ui: &mut Ui, state: &State, issues: &[Option<(usize, &Issue)>; 2], dark: bool) {
    let lang = state.lang;
    let mut labels: Vec<&str> = Vec::new();
    for (_, i) in issues.iter().flatten() {
        for c in &i.options {
            if !labels.contains(&c.label.as_str()) {
                labels.push(&c.label);
            }
        }
    }
    if labels.is_empty() {
        ui.label(RichText::new(Work::NoOptionsYet.get(lang)).weak());
        return;
    }
    egui::Grid::new("options-grid")
        .striped(true)
        .num_columns(3)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(Work::OptionHeading.get(lang)).strong());
            for side in Side::BOTH {
                let p = state
                    .shown()
                    .position(side)
                    .map(|p| p.party.clone())
                    .unwrap_or_default();
                ui.label(RichText::new(Work::PartyValue.fmt(lang, &[&p])).strong());
            }
            ui.end_row();
            for label in labels {
                ui.label(label);
                for (side, issue) in Side::BOTH.iter().zip(issues.iter()) {
                    match issue {
                        Some((_, i)) => value_cell(
                            ui,
                            lang,
                            i,
                            label,
                            theme::side_accent(*side, dark),
                            state.hidden(*side),
                        ),
                        None => {
                            ui.label("");
                        }
                    }
                }
                ui.end_row();
            }
        });
}

fn value_cell(
    ui: &mut Ui,
    lang: Lang,
    issue: &Issue,
    label: &str,
    colour: egui::Color32,
    hidden: FieldSet,
) {
    if hidden.has(Field::Values) {
        ui.label(RichText::new(Work::Private.get(lang)).italics().weak())
            .on_hover_text(Work::PrivateValuesTip.get(lang));
        return;
    }
    let target = crate::visibility::shown_target(issue, hidden);
    let walk_away_known = !hidden.has(Field::WalkAway);
    ui.horizontal(|ui| match issue.value_of(label) {
        None => {
            ui.label(RichText::new(Work::NotValued.get(lang)).italics().weak())
                .on_hover_text(Work::NotValuedTip.get(lang));
        }
        Some(v) => {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(100.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
            let mut bar = rect;
            bar.set_width(rect.width() * (v.clamp(0.0, 100.0) / 100.0) as f32);
            ui.painter().rect_filled(bar, 2.0, colour);
            ui.label(format!("{v}"));
            if target == Some(label) {
                ui.label(RichText::new(Work::TargetMark.get(lang)).small().strong())
                    .on_hover_text(Work::FieldTarget.get(lang));
            }
            if !walk_away_known {
            } else if issue.walk_away.as_deref() == Some(label) {
                ui.label(RichText::new(Work::WalkAwayMark.get(lang)).small().strong())
                    .on_hover_text(Work::WalkAwayTip.get(lang));
            } else if !issue.acceptable(v) {
                ui.label(RichText::new(Work::BelowWalkAway.get(lang)).small().weak());
            }
        }
    });
}

/// What a room sees in place of a private field (in English; [`Work::Private`] in a language).
pub const PRIVATE: &str = Work::Private.get(Lang::En);

/// One side's issue as a room that may not see all of it sees it: the shared fields as text,
/// the others marked private. Nothing here can be edited.
fn read_only(ui: &mut Ui, state: &State, side: Side, issue: &Issue) {
    let hidden = state.hidden(side);
    let lang = state.lang;
    if state.estimate_withheld(side) {
        ui.label(
            RichText::new(Work::EstimateWithheld.get(lang))
                .italics()
                .weak(),
        );
    }
    let list = |l: &[String]| {
        if l.is_empty() {
            "—".to_owned()
        } else {
            l.iter()
                .map(|x| format!("• {x}"))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let rows: [(Field, String); 9] = [
        (Field::Stance, issue.stance.clone()),
        (Field::Weight, format!("{}", issue.weight)),
        (
            Field::Target,
            issue.target.clone().unwrap_or_else(|| "—".into()),
        ),
        (
            Field::WalkAway,
            issue.walk_away.clone().unwrap_or_else(|| "—".into()),
        ),
        (
            Field::Flexibility,
            flexibility(issue.flexibility, lang).to_owned(),
        ),
        (Field::Interests, list(&issue.interests)),
        (Field::Criteria, list(&issue.criteria)),
        (Field::Notes, issue.notes.clone()),
        (Field::Sources, list(&issue.sources)),
    ];
    egui::Grid::new("read-only-fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for (field, text) in rows {
                ui.label(field.label_in(lang));
                if hidden.has(field) {
                    ui.label(RichText::new(Work::Private.get(lang)).italics().weak());
                } else {
                    ui.add(egui::Label::new(text).wrap());
                }
                ui.end_row();
            }
        });
}
