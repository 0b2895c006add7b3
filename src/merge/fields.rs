//! The fields the merge knows, as tables: one row per field of the header, of an issue and of
//! an option, each with its name, how to read it and how to write it back.
//!
//! The merge walks these tables instead of naming fields in code, so **a new field of the
//! format is one line in the table below** (plus, for a field of a new type, one [`Val`]
//! variant with its comparison and canonical writer). A test checks that writing a position
//! through these tables gives exactly [`crate::format::to_canonical_string`], so a field added
//! to the format but not here fails it.

use std::fmt::Write as _;

use crate::format::{write_number, write_string};
use crate::model::{Choice, FieldSet, Flexibility, Issue, Position};

/// The value of one field, owned, typed as in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// Text, always written (`title: ""`).
    Text(String),
    /// Optional text, left out when absent (`target`, `as_of`).
    MaybeText(Option<String>),
    /// A number (`weight`, `reservation`, an option's `value`).
    Num(f64),
    /// An optional number, left out when absent (for format-2 ranges such as `weight_low`).
    MaybeNum(Option<f64>),
    /// A whole number (`round`).
    Count(u32),
    /// `Firm`, `Flexible` or `Open`.
    Flex(Flexibility),
    /// A list of text, merged element by element (`interests`, `criteria`, `sources`).
    List(Vec<String>),
    /// The options, merged by label.
    Options(Vec<Choice>),
    /// A flag written only when true (`estimate`).
    Flag(bool),
    /// The `shared` list, left out when absent (the default).
    Shared(Option<FieldSet>),
}

/// One field of a struct `T`: its name in the file, and how to read and replace it.
pub struct Field<T: 'static> {
    /// The name in the file (and in messages).
    pub name: &'static str,
    /// The field's value.
    pub get: fn(&T) -> Val,
    /// Replace the field's value (a value of another type is ignored: the tables pair them).
    pub set: fn(&mut T, Val),
}

impl<T> std::fmt::Debug for Field<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// `fields![T; name: Kind, …]`: the table rows for fields `name` of `T` holding a `Val::Kind`.
macro_rules! fields {
    ($t:ty; $($name:ident : $kind:ident),* $(,)?) => {
        &[$(Field::<$t> {
            name: stringify!($name),
            get: |x: &$t| Val::$kind(x.$name.clone()),
            set: |x: &mut $t, v: Val| {
                if let Val::$kind(v) = v {
                    x.$name = v;
                }
            },
        }),*]
    };
}

/// Header fields, in canonical order (`format` and `issues` are handled by the merge itself).
/// One line per field: issue 10's `shared`, issue 11's header ranges go here.
pub static HEADER_FIELDS: &[Field<Position>] = fields![Position;
    party: Text,
    party_name: Text,
    title: Text,
    round: Count,
    as_of: MaybeText,
    marking: MaybeText,
    estimate: Flag,
    batna: Text,
    reservation: Num,
    reservation_low: MaybeNum,
    reservation_high: MaybeNum,
    shared: Shared,
];

/// Issue fields, in canonical order. `id` is the key the issues are matched by (never merged
/// as a value). One line per field: issue 11's `weight_low`, `estimate`, … go here.
pub static ISSUE_FIELDS: &[Field<Issue>] = fields![Issue;
    id: Text,
    topic: Text,
    title: Text,
    stance: Text,
    weight: Num,
    weight_low: MaybeNum,
    weight_high: MaybeNum,
    options: Options,
    target: MaybeText,
    walk_away: MaybeText,
    flexibility: Flex,
    interests: List,
    criteria: List,
    notes: Text,
    sources: List,
];

/// Option fields. `label` is the key options are matched by; the others merge three-way.
pub static CHOICE_FIELDS: &[Field<Choice>] = fields![Choice;
    label: Text,
    value: Num,
    low: MaybeNum,
    high: MaybeNum,
];

/// The index of a field in a table, by name.
pub fn index_of<T>(table: &[Field<T>], name: &str) -> Option<usize> {
    table.iter().position(|f| f.name == name)
}

fn indent(s: &mut String, level: usize) {
    for _ in 0..level {
        s.push_str("    ");
    }
}

/// Write one field in the canonical layout at `level` (1 for the header, 3 inside an issue):
/// its line, or its lines for a list; nothing for an absent optional field.
pub fn write_field(s: &mut String, level: usize, name: &str, v: &Val) {
    if let Val::MaybeText(None) | Val::MaybeNum(None) | Val::Flag(false) | Val::Shared(None) = v {
        return;
    }
    indent(s, level);
    s.push_str(name);
    s.push_str(": ");
    match v {
        Val::Text(t) | Val::MaybeText(Some(t)) => write_string(s, t),
        Val::MaybeText(None) | Val::MaybeNum(None) | Val::Flag(false) | Val::Shared(None) => {}
        Val::Flag(true) => s.push_str("true"),
        Val::Shared(Some(set)) if set.is_empty() => s.push_str("[]"),
        Val::Shared(Some(set)) => {
            s.push_str("[\n");
            for f in set.iter() {
                indent(s, level + 1);
                write_string(s, f.name());
                s.push_str(",\n");
            }
            indent(s, level);
            s.push(']');
        }
        Val::Num(n) | Val::MaybeNum(Some(n)) => write_number(s, *n),
        Val::Count(c) => {
            let _ = write!(s, "{c}");
        }
        Val::Flex(f) => s.push_str(f.as_str()),
        Val::List(items) if items.is_empty() => s.push_str("[]"),
        Val::List(items) => {
            s.push_str("[\n");
            for it in items {
                indent(s, level + 1);
                write_string(s, it);
                s.push_str(",\n");
            }
            indent(s, level);
            s.push(']');
        }
        Val::Options(opts) if opts.is_empty() => s.push_str("[]"),
        Val::Options(opts) => {
            s.push_str("[\n");
            for c in opts {
                indent(s, level + 1);
                write_choice(s, c);
                s.push_str(",\n");
            }
            indent(s, level);
            s.push(']');
        }
    }
    s.push_str(",\n");
}

/// One option on one line: `(label: "…", value: N)`, its fields from [`CHOICE_FIELDS`]
/// (absent optional ones left out).
fn write_choice(s: &mut String, c: &Choice) {
    s.push('(');
    let mut first = true;
    for f in CHOICE_FIELDS {
        let v = (f.get)(c);
        // A field written as on its own line, then trimmed to `name: value`.
        let mut one = String::new();
        write_field(&mut one, 0, f.name, &v);
        let one = one.trim_end_matches('\n').trim_end_matches(',');
        if one.is_empty() {
            continue;
        }
        if !first {
            s.push_str(", ");
        }
        first = false;
        s.push_str(one);
    }
    s.push(')');
}

/// Write a whole issue (`(`, its fields, `),`) at the issues' indentation.
pub fn write_issue(s: &mut String, issue: &Issue) {
    s.push_str("        (\n");
    for f in ISSUE_FIELDS {
        write_field(s, 3, f.name, &(f.get)(issue));
    }
    s.push_str("        ),\n");
}
