//! Per-field comparison by type: numbers, tokens, text (word diff), lists, options.

use serde::Serialize;
use serde::ser::{SerializeMap as _, Serializer};
use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::words::{Span, word_diff};
use crate::model::{Choice, Issue, Position};

/// A field's value on one side, typed as the file format types it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An optional field that is left out (`as_of`, `marking`, `target`, `walk_away`).
    Absent,
    /// A number (`weight`, `reservation`, `round`).
    Number(f64),
    /// A bare word or a short key (`flexibility`, `target`, `walk_away`, `as_of`).
    Token(String),
    /// Free text.
    Text(String),
    /// A list of text (`interests`, `criteria`, `sources`).
    List(Vec<String>),
    /// The options of an issue.
    Options(Vec<Choice>),
}

/// Writes whole numbers as integers (`16`, not `16.0`), as the canonical file does.
pub(crate) fn serialize_number<S: Serializer>(v: f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(v as i64)
    } else {
        s.serialize_f64(v)
    }
}

struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self.0, s)
    }
}

struct Opt<'a>(&'a Choice);

impl Serialize for Opt<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("label", &self.0.label)?;
        m.serialize_entry("value", &Num(self.0.value))?;
        if let Some(l) = self.0.low {
            m.serialize_entry("low", &Num(l))?;
        }
        if let Some(h) = self.0.high {
            m.serialize_entry("high", &Num(h))?;
        }
        m.end()
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Absent => s.serialize_none(),
            Value::Number(n) => serialize_number(*n, s),
            Value::Token(t) | Value::Text(t) => s.serialize_str(t),
            Value::List(l) => s.collect_seq(l),
            Value::Options(o) => s.collect_seq(o.iter().map(Opt)),
        }
    }
}

/// One changed field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// The field, named as in the file format (`weight`, `stance`, `options`, `round`…).
    pub field: &'static str,
    /// The old value.
    pub old: Value,
    /// The new value.
    pub new: Value,
    /// How the values differ, by type.
    pub detail: Detail,
}

/// How two values of a field differ.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// A token was replaced, or an optional field appeared or vanished.
    Replaced,
    /// A number changed by `delta` (new − old).
    Number {
        /// new − old.
        delta: f64,
    },
    /// Text changed: word-level runs.
    Words(Vec<Span>),
    /// A list changed: item by item.
    List(Vec<ListItem>),
    /// Options changed, keyed by label.
    Options(OptionsDiff),
}

/// One item of a changed list.
#[derive(Debug, Clone, PartialEq)]
pub enum ListItem {
    /// In both lists.
    Same(String),
    /// Only in the old list.
    Removed(String),
    /// Only in the new list.
    Added(String),
    /// Edited in place: word-level runs.
    Edited(Vec<Span>),
}

/// The options of an issue compared by label.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OptionsDiff {
    /// Changed options: in new order, then removed ones in old order.
    pub changes: Vec<OptionChange>,
    /// The labels are the same but in another order.
    pub reordered: bool,
}

/// What happened to one option.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionChange {
    /// A new option with its value.
    Added {
        /// The label.
        label: String,
        /// Its value.
        value: f64,
    },
    /// An option dropped, with its old value.
    Removed {
        /// The label.
        label: String,
        /// Its old value.
        value: f64,
    },
    /// The value of an option changed.
    Value {
        /// The label.
        label: String,
        /// Old value.
        old: f64,
        /// New value.
        new: f64,
    },
    /// Only the range of an option's value changed (format 2): `(low, high)` before and
    /// after, the value itself where no bound is written.
    Range {
        /// The label.
        label: String,
        /// Old range.
        old: (f64, f64),
        /// New range.
        new: (f64, f64),
    },
}

impl OptionChange {
    /// The option's label.
    pub fn label(&self) -> &str {
        match self {
            OptionChange::Added { label, .. }
            | OptionChange::Removed { label, .. }
            | OptionChange::Value { label, .. }
            | OptionChange::Range { label, .. } => label,
        }
    }
}

impl Serialize for OptionChange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        match self {
            OptionChange::Added { label, value } => {
                m.serialize_entry("label", label)?;
                m.serialize_entry("change", "added")?;
                m.serialize_entry("old", &None::<f64>)?;
                m.serialize_entry("new", &Num(*value))?;
            }
            OptionChange::Removed { label, value } => {
                m.serialize_entry("label", label)?;
                m.serialize_entry("change", "removed")?;
                m.serialize_entry("old", &Num(*value))?;
                m.serialize_entry("new", &None::<f64>)?;
            }
            OptionChange::Value { label, old, new } => {
                m.serialize_entry("label", label)?;
                m.serialize_entry("change", "value")?;
                m.serialize_entry("old", &Num(*old))?;
                m.serialize_entry("new", &Num(*new))?;
                m.serialize_entry("delta", &Num(new - old))?;
            }
            OptionChange::Range { label, old, new } => {
                m.serialize_entry("label", label)?;
                m.serialize_entry("change", "range")?;
                m.serialize_entry("old", &[Num(old.0), Num(old.1)])?;
                m.serialize_entry("new", &[Num(new.0), Num(new.1)])?;
            }
        }
        m.end()
    }
}

impl Serialize for FieldChange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("field", self.field)?;
        m.serialize_entry("old", &self.old)?;
        m.serialize_entry("new", &self.new)?;
        match &self.detail {
            Detail::Number { delta } => m.serialize_entry("delta", &Num(*delta))?,
            Detail::Options(o) => {
                m.serialize_entry("options", &o.changes)?;
                if o.reordered {
                    m.serialize_entry("reordered", &true)?;
                }
            }
            Detail::Replaced | Detail::Words(_) | Detail::List(_) => {}
        }
        m.end()
    }
}

fn number(out: &mut Vec<FieldChange>, field: &'static str, old: f64, new: f64) {
    // Numbers compare as numbers: 1.0 equals 1 (the file cannot tell them apart anyway).
    if old != new {
        out.push(FieldChange {
            field,
            old: Value::Number(old),
            new: Value::Number(new),
            detail: Detail::Number { delta: new - old },
        });
    }
}

/// A range bound (format 2): absent or a number.
fn opt_number(out: &mut Vec<FieldChange>, field: &'static str, old: Option<f64>, new: Option<f64>) {
    match (old, new) {
        (Some(o), Some(n)) => number(out, field, o, n),
        (o, n) if o != n => {
            let v = |x: Option<f64>| x.map_or(Value::Absent, Value::Number);
            out.push(FieldChange {
                field,
                old: v(o),
                new: v(n),
                detail: Detail::Replaced,
            });
        }
        _ => {}
    }
}

fn text(out: &mut Vec<FieldChange>, field: &'static str, old: &str, new: &str) {
    if old != new {
        out.push(FieldChange {
            field,
            old: Value::Text(old.to_owned()),
            new: Value::Text(new.to_owned()),
            detail: Detail::Words(word_diff(old, new)),
        });
    }
}

fn token(out: &mut Vec<FieldChange>, field: &'static str, old: &str, new: &str) {
    if old != new {
        out.push(FieldChange {
            field,
            old: Value::Token(old.to_owned()),
            new: Value::Token(new.to_owned()),
            detail: Detail::Replaced,
        });
    }
}

fn opt_value(v: Option<&String>, as_text: bool) -> Value {
    match v {
        None => Value::Absent,
        Some(s) if as_text => Value::Text(s.clone()),
        Some(s) => Value::Token(s.clone()),
    }
}

fn optional(
    out: &mut Vec<FieldChange>,
    field: &'static str,
    old: Option<&String>,
    new: Option<&String>,
    as_text: bool,
) {
    if old == new {
        return;
    }
    let detail = match (old, new) {
        (Some(o), Some(n)) if as_text => Detail::Words(word_diff(o, n)),
        _ => Detail::Replaced,
    };
    out.push(FieldChange {
        field,
        old: opt_value(old, as_text),
        new: opt_value(new, as_text),
        detail,
    });
}

fn list(out: &mut Vec<FieldChange>, field: &'static str, old: &[String], new: &[String]) {
    if old == new {
        return;
    }
    out.push(FieldChange {
        field,
        old: Value::List(old.to_vec()),
        new: Value::List(new.to_vec()),
        detail: Detail::List(list_items(old, new)),
    });
}

/// Items of two lists aligned: kept, removed, added, and items replaced in place shown as
/// word-level edits.
pub fn list_items(old: &[String], new: &[String]) -> Vec<ListItem> {
    let mut items = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => items.extend(
                old[old_index..old_index + len]
                    .iter()
                    .cloned()
                    .map(ListItem::Same),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => items.extend(
                old[old_index..old_index + old_len]
                    .iter()
                    .cloned()
                    .map(ListItem::Removed),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => items.extend(
                new[new_index..new_index + new_len]
                    .iter()
                    .cloned()
                    .map(ListItem::Added),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let paired = old_len.min(new_len);
                for k in 0..paired {
                    items.push(ListItem::Edited(word_diff(
                        &old[old_index + k],
                        &new[new_index + k],
                    )));
                }
                items.extend(
                    old[old_index + paired..old_index + old_len]
                        .iter()
                        .cloned()
                        .map(ListItem::Removed),
                );
                items.extend(
                    new[new_index + paired..new_index + new_len]
                        .iter()
                        .cloned()
                        .map(ListItem::Added),
                );
            }
        }
    }
    items
}

/// Options compared by label: added and removed options, value changes, and a reorder flag.
pub fn options_diff(old: &[Choice], new: &[Choice]) -> OptionsDiff {
    let find =
        |list: &[Choice], label: &str| list.iter().find(|c| c.label == label).map(|c| c.value);
    let range = |list: &[Choice], label: &str| {
        list.iter()
            .find(|c| c.label == label)
            .map(|c| (c.low, c.high, c.range()))
    };
    let mut changes = Vec::new();
    for c in new {
        if let Some((lo, hi, before)) = range(old, &c.label)
            && (lo, hi) != (c.low, c.high)
            && find(old, &c.label) == Some(c.value)
        {
            changes.push(OptionChange::Range {
                label: c.label.clone(),
                old: before,
                new: c.range(),
            });
            continue;
        }
        match find(old, &c.label) {
            None => changes.push(OptionChange::Added {
                label: c.label.clone(),
                value: c.value,
            }),
            Some(v) if v != c.value => changes.push(OptionChange::Value {
                label: c.label.clone(),
                old: v,
                new: c.value,
            }),
            Some(_) => {}
        }
    }
    for c in old {
        if find(new, &c.label).is_none() {
            changes.push(OptionChange::Removed {
                label: c.label.clone(),
                value: c.value,
            });
        }
    }
    // Same labels in another order: compare the order of the labels both sides hold.
    let common_old = old.iter().filter(|c| find(new, &c.label).is_some());
    let common_new = new.iter().filter(|c| find(old, &c.label).is_some());
    let reordered = !common_old
        .map(|c| &c.label)
        .eq(common_new.map(|c| &c.label));
    OptionsDiff { changes, reordered }
}

/// The changed fields of an issue, in file-format order. Empty when the issues hold the same
/// data (the `id` is the key and is not compared).
pub fn issue_fields(old: &Issue, new: &Issue) -> Vec<FieldChange> {
    let mut out = Vec::new();
    token(&mut out, "topic", &old.topic, &new.topic);
    text(&mut out, "title", &old.title, &new.title);
    text(&mut out, "stance", &old.stance, &new.stance);
    number(&mut out, "weight", old.weight, new.weight);
    opt_number(&mut out, "weight_low", old.weight_low, new.weight_low);
    opt_number(&mut out, "weight_high", old.weight_high, new.weight_high);
    if old.options != new.options {
        let d = options_diff(&old.options, &new.options);
        if !d.changes.is_empty() || d.reordered {
            out.push(FieldChange {
                field: "options",
                old: Value::Options(old.options.clone()),
                new: Value::Options(new.options.clone()),
                detail: Detail::Options(d),
            });
        }
    }
    optional(
        &mut out,
        "target",
        old.target.as_ref(),
        new.target.as_ref(),
        false,
    );
    optional(
        &mut out,
        "walk_away",
        old.walk_away.as_ref(),
        new.walk_away.as_ref(),
        false,
    );
    token(
        &mut out,
        "flexibility",
        old.flexibility.as_str(),
        new.flexibility.as_str(),
    );
    list(&mut out, "interests", &old.interests, &new.interests);
    list(&mut out, "criteria", &old.criteria, &new.criteria);
    text(&mut out, "notes", &old.notes, &new.notes);
    list(&mut out, "sources", &old.sources, &new.sources);
    out
}

/// The changed header (top-level) fields, in file-format order.
pub fn header_fields(old: &Position, new: &Position) -> Vec<FieldChange> {
    let mut out = Vec::new();
    token(&mut out, "party", &old.party, &new.party);
    text(&mut out, "party_name", &old.party_name, &new.party_name);
    text(&mut out, "title", &old.title, &new.title);
    number(
        &mut out,
        "round",
        f64::from(old.round),
        f64::from(new.round),
    );
    optional(
        &mut out,
        "as_of",
        old.as_of.as_ref(),
        new.as_of.as_ref(),
        false,
    );
    optional(
        &mut out,
        "marking",
        old.marking.as_ref(),
        new.marking.as_ref(),
        true,
    );
    if old.estimate != new.estimate {
        token(
            &mut out,
            "estimate",
            if old.estimate { "true" } else { "false" },
            if new.estimate { "true" } else { "false" },
        );
    }
    text(&mut out, "batna", &old.batna, &new.batna);
    number(&mut out, "reservation", old.reservation, new.reservation);
    opt_number(
        &mut out,
        "reservation_low",
        old.reservation_low,
        new.reservation_low,
    );
    opt_number(
        &mut out,
        "reservation_high",
        old.reservation_high,
        new.reservation_high,
    );
    out
}

/// How many of the twelve compared fields of two issues hold the same data (the `id` aside).
/// Used for the rename hint.
pub fn same_field_count(a: &Issue, b: &Issue) -> usize {
    [
        a.topic == b.topic,
        a.title == b.title,
        a.stance == b.stance,
        a.weight == b.weight,
        a.options == b.options,
        a.target == b.target,
        a.walk_away == b.walk_away,
        a.flexibility == b.flexibility,
        a.interests == b.interests,
        a.criteria == b.criteria,
        a.notes == b.notes,
        a.sources == b.sources,
    ]
    .iter()
    .filter(|x| **x)
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Flexibility;

    fn ch(l: &str, v: f64) -> Choice {
        Choice {
            label: l.into(),
            value: v,
            ..Default::default()
        }
    }

    #[test]
    fn numbers_compare_as_numbers() {
        let a = Issue {
            weight: 1.0,
            ..Issue::default()
        };
        let b = Issue {
            weight: 1.0_f64.max(1.0),
            ..Issue::default()
        };
        assert!(issue_fields(&a, &b).is_empty());
        let c = Issue {
            weight: 3.5,
            ..Issue::default()
        };
        let f = issue_fields(&a, &c);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].field, "weight");
        assert_eq!(f[0].detail, Detail::Number { delta: 2.5 });
    }

    #[test]
    fn options_by_label() {
        let old = [ch("a", 10.0), ch("b", 50.0), ch("c", 90.0)];
        let new = [ch("c", 80.0), ch("a", 10.0), ch("d", 40.0)];
        let d = options_diff(&old, &new);
        assert_eq!(
            d.changes,
            vec![
                OptionChange::Value {
                    label: "c".into(),
                    old: 90.0,
                    new: 80.0
                },
                OptionChange::Added {
                    label: "d".into(),
                    value: 40.0
                },
                OptionChange::Removed {
                    label: "b".into(),
                    value: 50.0
                },
            ]
        );
        assert!(d.reordered);
        let same_order = options_diff(&old, &[ch("a", 10.0), ch("c", 90.0)]);
        assert!(!same_order.reordered);
    }

    #[test]
    fn tokens_and_lists() {
        let a = Issue {
            flexibility: Flexibility::Firm,
            interests: vec!["x".into(), "budget certainty".into()],
            target: Some("a".into()),
            ..Issue::default()
        };
        let b = Issue {
            flexibility: Flexibility::Open,
            interests: vec!["budget stability".into(), "y".into()],
            ..Issue::default()
        };
        let f = issue_fields(&a, &b);
        let names: Vec<_> = f.iter().map(|c| c.field).collect();
        assert_eq!(names, ["target", "flexibility", "interests"]);
        assert_eq!(f[0].new, Value::Absent);
        assert_eq!(f[1].old, Value::Token("Firm".into()));
        let Detail::List(items) = &f[2].detail else {
            panic!("list detail expected")
        };
        assert_eq!(items.len(), 2);
        assert!(matches!(items[0], ListItem::Edited(_)));
    }

    #[test]
    fn json_of_a_field() {
        let c = FieldChange {
            field: "weight",
            old: Value::Number(16.0),
            new: Value::Number(12.5),
            detail: Detail::Number { delta: -3.5 },
        };
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"field":"weight","old":16,"new":12.5,"delta":-3.5}"#
        );
    }
}
