//! Edits to one position, each with an exact inverse: the basis of undo and redo.
//!
//! An edit changes one field (or inserts, removes or moves one issue); applying it returns the
//! edit that undoes it. History therefore holds old field values, never whole positions, so a
//! thousand edits of a 10,000-issue workspace cost a few kilobytes.

use crate::i18n::Lang;
use crate::model::{Choice, FieldSet, Flexibility, Issue, Position};

/// A field of the file header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderField {
    /// `party`
    Party,
    /// `party_name`
    PartyName,
    /// `title`
    Title,
    /// `round`
    Round,
    /// `as_of`
    AsOf,
    /// `marking`
    Marking,
    /// `batna`
    Batna,
    /// `reservation`
    Reservation,
    /// `shared` (format 2)
    Shared,
    /// `reservation_low` (format 2)
    ReservationLow,
    /// `reservation_high` (format 2)
    ReservationHigh,
    /// `estimate` (format 2)
    Estimate,
}

/// A field of an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueField {
    /// `id`
    Id,
    /// `topic`
    Topic,
    /// `title`
    Title,
    /// `stance`
    Stance,
    /// `weight`
    Weight,
    /// `options` (add, remove, rename, revalue, reorder: the whole list is one value)
    Options,
    /// `target`
    Target,
    /// `walk_away`
    WalkAway,
    /// `flexibility`
    Flexibility,
    /// `interests`
    Interests,
    /// `criteria`
    Criteria,
    /// `notes`
    Notes,
    /// `sources`
    Sources,
    /// `weight_low` (format 2)
    WeightLow,
    /// `weight_high` (format 2)
    WeightHigh,
}

impl IssueField {
    /// The field's name in the file format.
    pub fn name(self) -> &'static str {
        match self {
            IssueField::Id => "id",
            IssueField::Topic => "topic",
            IssueField::Title => "title",
            IssueField::Stance => "stance",
            IssueField::Weight => "weight",
            IssueField::Options => "options",
            IssueField::Target => "target",
            IssueField::WalkAway => "walk_away",
            IssueField::Flexibility => "flexibility",
            IssueField::Interests => "interests",
            IssueField::Criteria => "criteria",
            IssueField::Notes => "notes",
            IssueField::Sources => "sources",
            IssueField::WeightLow => "weight_low",
            IssueField::WeightHigh => "weight_high",
        }
    }

    /// The field's name in an undo step's label: the file name in English (as it always was,
    /// "edit walk_away of …"), the interface's name in Korean ("최저선").
    pub fn label_in(self, lang: Lang) -> &'static str {
        use crate::i18n::workspace::Work as W;
        if lang == Lang::En {
            return self.name();
        }
        match self {
            IssueField::Id => W::FieldId,
            IssueField::Topic => W::FieldTopic,
            IssueField::Title => W::FieldTitle,
            IssueField::Stance => W::FieldStance,
            IssueField::Weight => W::FieldWeight,
            IssueField::Options => W::FieldOptions,
            IssueField::Target => W::FieldTarget,
            IssueField::WalkAway => W::FieldWalkAway,
            IssueField::Flexibility => W::FieldFlexibility,
            IssueField::Interests => W::FieldInterests,
            IssueField::Criteria => W::FieldCriteria,
            IssueField::Notes => W::FieldNotes,
            IssueField::Sources => W::FieldSources,
            IssueField::WeightLow => W::FieldWeightLow,
            IssueField::WeightHigh => W::FieldWeightHigh,
        }
        .get(lang)
    }
}

impl HeaderField {
    /// The field's name in the file format.
    pub fn name(self) -> &'static str {
        match self {
            HeaderField::Party => "party",
            HeaderField::PartyName => "party_name",
            HeaderField::Title => "title",
            HeaderField::Round => "round",
            HeaderField::AsOf => "as_of",
            HeaderField::Marking => "marking",
            HeaderField::Batna => "batna",
            HeaderField::Reservation => "reservation",
            HeaderField::Shared => "shared",
            HeaderField::ReservationLow => "reservation_low",
            HeaderField::ReservationHigh => "reservation_high",
            HeaderField::Estimate => "estimate",
        }
    }

    /// The field's name in an undo step's label and the header editor: the file name in
    /// English, the interface's name in Korean.
    pub fn label_in(self, lang: Lang) -> &'static str {
        use crate::i18n::workspace::Work as W;
        if lang == Lang::En {
            return self.name();
        }
        match self {
            HeaderField::Party => W::FieldParty,
            HeaderField::PartyName => W::FieldPartyName,
            HeaderField::Title => W::FieldTitle,
            HeaderField::Round => W::FieldRound,
            HeaderField::AsOf => W::FieldAsOf,
            HeaderField::Marking => W::FieldMarking,
            HeaderField::Batna => W::FieldBatna,
            HeaderField::Reservation => W::FieldReservation,
            HeaderField::Shared => W::FieldShared,
            HeaderField::ReservationLow => W::FieldReservationLow,
            HeaderField::ReservationHigh => W::FieldReservationHigh,
            HeaderField::Estimate => W::FieldEstimate,
        }
        .get(lang)
    }
}

/// A field value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text.
    Text(String),
    /// Optional text (`target`, `walk_away`, `as_of`, `marking`).
    OptText(Option<String>),
    /// A number (`weight`, `reservation`).
    Number(f64),
    /// The round.
    Round(u32),
    /// Flexibility.
    Flex(Flexibility),
    /// A list of strings.
    List(Vec<String>),
    /// The options.
    Options(Vec<Choice>),
    /// The fields a file shares (`None`: the default).
    Fields(Option<FieldSet>),
    /// An optional number (range bounds: `weight_low`, `reservation_high`, …).
    OptNumber(Option<f64>),
    /// A flag (`estimate`).
    Bool(bool),
}

/// One change to a position.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Set a header field.
    SetHeader(HeaderField, Value),
    /// Set a field of the issue at an index.
    SetIssue(usize, IssueField, Value),
    /// Insert an issue at an index.
    InsertIssue(usize, Box<Issue>),
    /// Remove the issue at an index.
    RemoveIssue(usize),
    /// Move an issue from one index to another.
    MoveIssue(usize, usize),
    /// Several edits applied in order as one step (undone in reverse).
    Batch(Vec<Edit>),
    /// Replace the whole position (reload from disk, restore from recovery).
    ReplaceAll(Box<Position>),
}

impl Edit {
    /// Whether the edit can change ids, topics or the order of issues (the table must then
    /// be matched again); otherwise only the edited issue's row changes.
    pub fn is_structural(&self) -> bool {
        match self {
            Edit::SetHeader(..) => false,
            Edit::SetIssue(_, f, _) => matches!(f, IssueField::Id | IssueField::Topic),
            Edit::Batch(v) => v.iter().any(Edit::is_structural) || v.is_empty(),
            Edit::InsertIssue(..)
            | Edit::RemoveIssue(_)
            | Edit::MoveIssue(..)
            | Edit::ReplaceAll(_) => true,
        }
    }

    /// The field an edit sets, for merging typing into one undo step: `(issue, field name)`,
    /// with `None` as issue for header fields. Edits of different fields never merge.
    pub fn merge_target(&self) -> Option<(Option<usize>, &'static str, bool)> {
        match self {
            Edit::SetHeader(f, _) => Some((None, f.name(), false)),
            Edit::SetIssue(i, f, _) => Some((Some(*i), f.name(), false)),
            Edit::Batch(v) => v
                .first()
                .and_then(Edit::merge_target)
                .map(|(i, f, _)| (i, f, true)),
            _ => None,
        }
    }

    /// The issues a non-structural edit touches.
    pub fn touched_issues(&self, out: &mut Vec<usize>) {
        match self {
            Edit::SetIssue(i, ..) => out.push(*i),
            Edit::Batch(v) => v.iter().for_each(|e| e.touched_issues(out)),
            _ => {}
        }
    }
}

/// Why an edit could not be applied (the position is unchanged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EditError(pub String);

fn kind_error(field: &str) -> EditError {
    EditError(format!("wrong kind of value for `{field}`"))
}

/// Apply an edit; returns the edit that undoes it. On error nothing changed.
pub fn apply(p: &mut Position, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::SetHeader(f, v) => set_header(p, f, v).map(|old| Edit::SetHeader(f, old)),
        Edit::SetIssue(i, f, v) => {
            let n = p.issues.len();
            let issue = p
                .issues
                .get_mut(i)
                .ok_or_else(|| EditError(format!("no issue {} (there are {n})", i + 1)))?;
            set_issue(issue, f, v).map(|old| Edit::SetIssue(i, f, old))
        }
        Edit::InsertIssue(i, issue) => {
            if i > p.issues.len() {
                return Err(EditError(format!("cannot insert at {}", i + 1)));
            }
            p.issues.insert(i, *issue);
            Ok(Edit::RemoveIssue(i))
        }
        Edit::RemoveIssue(i) => {
            if i >= p.issues.len() {
                return Err(EditError(format!("no issue {}", i + 1)));
            }
            let issue = p.issues.remove(i);
            Ok(Edit::InsertIssue(i, Box::new(issue)))
        }
        Edit::MoveIssue(from, to) => {
            if from >= p.issues.len() || to >= p.issues.len() {
                return Err(EditError("cannot move outside the list".into()));
            }
            let issue = p.issues.remove(from);
            p.issues.insert(to, issue);
            Ok(Edit::MoveIssue(to, from))
        }
        Edit::ReplaceAll(new) => Ok(Edit::ReplaceAll(Box::new(std::mem::replace(p, *new)))),
        Edit::Batch(edits) => {
            let mut inverses = Vec::with_capacity(edits.len());
            for e in edits {
                match apply(p, e) {
                    Ok(inv) => inverses.push(inv),
                    Err(err) => {
                        // Roll back what was applied so the position is unchanged.
                        for inv in inverses.into_iter().rev() {
                            let _ = apply(p, inv);
                        }
                        return Err(err);
                    }
                }
            }
            inverses.reverse();
            Ok(Edit::Batch(inverses))
        }
    }
}

fn set_header(p: &mut Position, f: HeaderField, v: Value) -> Result<Value, EditError> {
    use std::mem::replace;
    Ok(match (f, v) {
        (HeaderField::Party, Value::Text(t)) => Value::Text(replace(&mut p.party, t)),
        (HeaderField::PartyName, Value::Text(t)) => Value::Text(replace(&mut p.party_name, t)),
        (HeaderField::Title, Value::Text(t)) => Value::Text(replace(&mut p.title, t)),
        (HeaderField::Batna, Value::Text(t)) => Value::Text(replace(&mut p.batna, t)),
        (HeaderField::AsOf, Value::OptText(t)) => Value::OptText(replace(&mut p.as_of, t)),
        (HeaderField::Marking, Value::OptText(t)) => Value::OptText(replace(&mut p.marking, t)),
        (HeaderField::Round, Value::Round(r)) => Value::Round(replace(&mut p.round, r)),
        (HeaderField::Reservation, Value::Number(x)) => {
            Value::Number(replace(&mut p.reservation, x))
        }
        (HeaderField::Shared, Value::Fields(f)) => Value::Fields(replace(&mut p.shared, f)),
        (HeaderField::ReservationLow, Value::OptNumber(x)) => {
            Value::OptNumber(replace(&mut p.reservation_low, x))
        }
        (HeaderField::ReservationHigh, Value::OptNumber(x)) => {
            Value::OptNumber(replace(&mut p.reservation_high, x))
        }
        (HeaderField::Estimate, Value::Bool(x)) => Value::Bool(replace(&mut p.estimate, x)),
        (f, _) => return Err(kind_error(f.name())),
    })
}

fn set_issue(i: &mut Issue, f: IssueField, v: Value) -> Result<Value, EditError> {
    use std::mem::replace;
    Ok(match (f, v) {
        (IssueField::Id, Value::Text(t)) => Value::Text(replace(&mut i.id, t)),
        (IssueField::Topic, Value::Text(t)) => Value::Text(replace(&mut i.topic, t)),
        (IssueField::Title, Value::Text(t)) => Value::Text(replace(&mut i.title, t)),
        (IssueField::Stance, Value::Text(t)) => Value::Text(replace(&mut i.stance, t)),
        (IssueField::Notes, Value::Text(t)) => Value::Text(replace(&mut i.notes, t)),
        (IssueField::Weight, Value::Number(x)) => Value::Number(replace(&mut i.weight, x)),
        (IssueField::Options, Value::Options(o)) => Value::Options(replace(&mut i.options, o)),
        (IssueField::Target, Value::OptText(t)) => Value::OptText(replace(&mut i.target, t)),
        (IssueField::WalkAway, Value::OptText(t)) => Value::OptText(replace(&mut i.walk_away, t)),
        (IssueField::Flexibility, Value::Flex(x)) => Value::Flex(replace(&mut i.flexibility, x)),
        (IssueField::Interests, Value::List(l)) => Value::List(replace(&mut i.interests, l)),
        (IssueField::Criteria, Value::List(l)) => Value::List(replace(&mut i.criteria, l)),
        (IssueField::Sources, Value::List(l)) => Value::List(replace(&mut i.sources, l)),
        (IssueField::WeightLow, Value::OptNumber(x)) => {
            Value::OptNumber(replace(&mut i.weight_low, x))
        }
        (IssueField::WeightHigh, Value::OptNumber(x)) => {
            Value::OptNumber(replace(&mut i.weight_high, x))
        }
        (f, _) => return Err(kind_error(f.name())),
    })
}

/// The current value of an issue field (for building edits).
pub fn issue_value(i: &Issue, f: IssueField) -> Value {
    match f {
        IssueField::Id => Value::Text(i.id.clone()),
        IssueField::Topic => Value::Text(i.topic.clone()),
        IssueField::Title => Value::Text(i.title.clone()),
        IssueField::Stance => Value::Text(i.stance.clone()),
        IssueField::Notes => Value::Text(i.notes.clone()),
        IssueField::Weight => Value::Number(i.weight),
        IssueField::Options => Value::Options(i.options.clone()),
        IssueField::Target => Value::OptText(i.target.clone()),
        IssueField::WalkAway => Value::OptText(i.walk_away.clone()),
        IssueField::Flexibility => Value::Flex(i.flexibility),
        IssueField::Interests => Value::List(i.interests.clone()),
        IssueField::Criteria => Value::List(i.criteria.clone()),
        IssueField::Sources => Value::List(i.sources.clone()),
        IssueField::WeightLow => Value::OptNumber(i.weight_low),
        IssueField::WeightHigh => Value::OptNumber(i.weight_high),
    }
}

/// The current value of a header field (for building edits).
pub fn header_value(p: &Position, f: HeaderField) -> Value {
    match f {
        HeaderField::Party => Value::Text(p.party.clone()),
        HeaderField::PartyName => Value::Text(p.party_name.clone()),
        HeaderField::Title => Value::Text(p.title.clone()),
        HeaderField::Round => Value::Round(p.round),
        HeaderField::AsOf => Value::OptText(p.as_of.clone()),
        HeaderField::Marking => Value::OptText(p.marking.clone()),
        HeaderField::Batna => Value::Text(p.batna.clone()),
        HeaderField::Reservation => Value::Number(p.reservation),
        HeaderField::ReservationLow => Value::OptNumber(p.reservation_low),
        HeaderField::ReservationHigh => Value::OptNumber(p.reservation_high),
        HeaderField::Estimate => Value::Bool(p.estimate),
        HeaderField::Shared => Value::Fields(p.shared),
    }
}

/// Set the range of option `index` of issue `at` (`None` bounds: exact): one options edit.
pub fn set_option_range(
    i: &Issue,
    index: usize,
    low: Option<f64>,
    high: Option<f64>,
    at: usize,
) -> Edit {
    let mut options = i.options.clone();
    match options.get_mut(index) {
        Some(c) => {
            c.low = low;
            c.high = high;
            Edit::SetIssue(at, IssueField::Options, Value::Options(options))
        }
        None => Edit::Batch(Vec::new()),
    }
}

/// Rename an option and keep `target` / `walk_away` pointing at it: one step.
pub fn rename_option(i: &Issue, index: usize, label: &str, at: usize) -> Edit {
    let mut options = i.options.clone();
    let Some(c) = options.get_mut(index) else {
        return Edit::Batch(Vec::new());
    };
    let old = std::mem::replace(&mut c.label, label.to_owned());
    options_and_refs(i, at, options, &old, Some(label))
}

/// Remove an option; a `target` / `walk_away` naming it is cleared in the same step.
pub fn remove_option(i: &Issue, index: usize, at: usize) -> Edit {
    let mut options = i.options.clone();
    if index >= options.len() {
        return Edit::Batch(Vec::new());
    }
    let old = options.remove(index).label;
    options_and_refs(i, at, options, &old, None)
}

/// Set the options of issue `at`, and point `target` / `walk_away` that named `old` at `new`
/// (or clear them): one edit when nothing refers to the label, else one batch.
fn options_and_refs(
    i: &Issue,
    at: usize,
    options: Vec<Choice>,
    old: &str,
    new: Option<&str>,
) -> Edit {
    let mut edits = vec![Edit::SetIssue(
        at,
        IssueField::Options,
        Value::Options(options),
    )];
    for (f, cur) in [
        (IssueField::Target, &i.target),
        (IssueField::WalkAway, &i.walk_away),
    ] {
        if cur.as_deref() == Some(old) {
            edits.push(Edit::SetIssue(
                at,
                f,
                Value::OptText(new.map(str::to_owned)),
            ));
        }
    }
    match edits.len() {
        1 => edits.pop().unwrap_or(Edit::Batch(Vec::new())),
        _ => Edit::Batch(edits),
    }
}

/// A short description of an edit for the Undo/Redo menu items, in English
/// ("edit stance of fms-lead-times").
pub fn describe(e: &Edit, p: &Position) -> String {
    describe_in(e, p, Lang::En)
}

/// A short description of an edit for the Undo/Redo menu items, in a language
/// ("edit stance of fms-lead-times" / "fms-lead-times의 주장 편집"). Ids stay as they are.
pub fn describe_in(e: &Edit, p: &Position, lang: Lang) -> String {
    use crate::i18n::workspace::Work as W;
    let issue_name = |i: usize| {
        p.issues
            .get(i)
            .map(|x| x.id.clone())
            .unwrap_or_else(|| W::StepIssueNumber.fmt(lang, &[&(i + 1)]))
    };
    match e {
        Edit::SetHeader(f, _) => W::StepEditHeader.fmt(lang, &[&f.label_in(lang)]),
        Edit::SetIssue(i, f, _) => {
            W::StepEditIssue.fmt(lang, &[&f.label_in(lang), &issue_name(*i)])
        }
        Edit::InsertIssue(_, issue) => W::StepAddIssue.fmt(lang, &[&issue.id]),
        Edit::RemoveIssue(i) => W::StepDeleteIssue.fmt(lang, &[&issue_name(*i)]),
        Edit::MoveIssue(from, _) => W::StepMoveIssue.fmt(lang, &[&issue_name(*from)]),
        Edit::Batch(v) => v
            .first()
            .map(|e| describe_in(e, p, lang))
            .unwrap_or_else(|| W::StepEdit.get(lang).into()),
        Edit::ReplaceAll(_) => W::StepReplaceAll.get(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos() -> Position {
        Position {
            party: "US".into(),
            issues: (0..3)
                .map(|k| Issue {
                    id: format!("i{k}"),
                    options: vec![
                        Choice {
                            label: "a".into(),
                            value: 10.0,
                            ..Default::default()
                        },
                        Choice {
                            label: "b".into(),
                            value: 90.0,
                            ..Default::default()
                        },
                    ],
                    target: Some("b".into()),
                    ..Issue::default()
                })
                .collect(),
            ..Position::default()
        }
    }

    #[test]
    fn step_labels_in_both_languages() {
        let p = pos();
        let e = Edit::SetIssue(1, IssueField::Stance, Value::Text("x".into()));
        assert_eq!(describe(&e, &p), "edit stance of i1");
        assert_eq!(describe_in(&e, &p, Lang::Ko), "i1의 주장 편집");
        let e = Edit::SetIssue(0, IssueField::WalkAway, Value::OptText(None));
        assert_eq!(describe(&e, &p), "edit walk_away of i0");
        assert_eq!(describe_in(&e, &p, Lang::Ko), "i0의 최저선 편집");
        let e = Edit::SetHeader(HeaderField::Round, Value::Round(3));
        assert_eq!(describe_in(&e, &p, Lang::Ko), "라운드 편집");
        assert_eq!(describe(&Edit::RemoveIssue(7), &p), "delete issue issue 8");
        assert_eq!(
            describe_in(&Edit::RemoveIssue(7), &p, Lang::Ko),
            "쟁점 8번 삭제"
        );
        assert_eq!(describe(&Edit::Batch(vec![]), &p), "edit");
    }

    #[test]
    fn each_edit_is_undone_by_its_inverse() {
        let edits = vec![
            Edit::SetHeader(HeaderField::Title, Value::Text("새 제목".into())),
            Edit::SetHeader(HeaderField::Round, Value::Round(3)),
            Edit::SetIssue(1, IssueField::Stance, Value::Text("x".into())),
            Edit::SetIssue(2, IssueField::Weight, Value::Number(4.5)),
            Edit::SetIssue(2, IssueField::WeightLow, Value::OptNumber(Some(0.5))),
            Edit::SetIssue(0, IssueField::WeightHigh, Value::OptNumber(Some(9.0))),
            Edit::SetHeader(HeaderField::ReservationLow, Value::OptNumber(Some(0.0))),
            Edit::SetHeader(HeaderField::ReservationHigh, Value::OptNumber(Some(30.0))),
            Edit::SetHeader(HeaderField::Estimate, Value::Bool(true)),
            set_option_range(&pos().issues[1], 0, Some(5.0), Some(20.0), 1),
            Edit::InsertIssue(3, Box::default()),
            Edit::RemoveIssue(0),
            Edit::MoveIssue(0, 2),
            rename_option(&pos().issues[1], 1, "bee", 1),
            remove_option(&pos().issues[0], 1, 0),
        ];
        for e in edits {
            let mut p = pos();
            let inv = apply(&mut p, e.clone()).unwrap();
            assert_ne!(p, pos(), "{e:?} changed nothing");
            apply(&mut p, inv).unwrap();
            assert_eq!(p, pos(), "{e:?}");
        }
    }

    #[test]
    fn rename_keeps_the_target() {
        let mut p = pos();
        let e = rename_option(&p.issues[1].clone(), 1, "bee", 1);
        apply(&mut p, e).unwrap();
        assert_eq!(p.issues[1].target.as_deref(), Some("bee"));
        assert!(crate::format::validate(&p).is_empty());
    }

    #[test]
    fn bad_edits_change_nothing() {
        let mut p = pos();
        assert!(apply(&mut p, Edit::RemoveIssue(9)).is_err());
        assert!(
            apply(
                &mut p,
                Edit::SetIssue(0, IssueField::Weight, Value::Text("x".into()))
            )
            .is_err()
        );
        let batch = Edit::Batch(vec![
            Edit::SetIssue(0, IssueField::Title, Value::Text("t".into())),
            Edit::RemoveIssue(42),
        ]);
        assert!(apply(&mut p, batch).is_err());
        assert_eq!(p, pos());
    }
}
