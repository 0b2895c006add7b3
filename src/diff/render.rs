//! A [`Diff`] as text for people (optionally coloured) and as JSON for programs.

use std::fmt::Write as _;

use serde::Serialize;

use super::concession::Concessions;
use super::field::{Detail, FieldChange, ListItem, OptionChange, Value};
use super::words::{Span, SpanTag};
use super::{Diff, IssueChange, Kind, Summary};
use crate::model::{Issue, Position};

/// One entry of the JSON `changes` list. Header changes come first, as one entry with
/// `"id": null` and `"kind": "header"`.
#[derive(Debug, Serialize)]
struct JsonChange<'a> {
    id: Option<&'a str>,
    kind: &'static str,
    moved: bool,
    fields: &'a [FieldChange],
    likely_rename_of: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct JsonDiff<'a> {
    changes: Vec<JsonChange<'a>>,
    summary: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    concessions: Option<JsonConcessions<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonConcessions<'a> {
    summary: String,
    #[serde(flatten)]
    detail: &'a Concessions,
}

/// The JSON object `accord diff --json` prints: `changes`, `summary`, and `concessions` when
/// given (two rounds of one side). See `docs/diff.md` for the shape.
pub fn to_json(diff: &Diff, concessions: Option<&Concessions>) -> String {
    let mut changes = Vec::with_capacity(diff.changes.len() + 1);
    if !diff.header.is_empty() {
        changes.push(JsonChange {
            id: None,
            kind: "header",
            moved: false,
            fields: &diff.header,
            likely_rename_of: None,
        });
    }
    changes.extend(diff.changes.iter().map(|c| JsonChange {
        id: Some(&c.id),
        kind: c.kind.as_str(),
        moved: c.moved,
        fields: &c.fields,
        likely_rename_of: c.likely_rename_of.as_deref(),
    }));
    let doc = JsonDiff {
        changes,
        summary: diff.summary(),
        concessions: concessions.map(|c| JsonConcessions {
            summary: c.summary(),
            detail: c,
        }),
    };
    // Serialising plain data to a String cannot fail; fall back to an empty object if it did.
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// Terminal styling: plain text, or ANSI colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI colours.
    pub colour: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.colour && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    fn del(self, text: &str) -> String {
        if self.colour {
            self.paint("1;31", text)
        } else {
            format!("[-{text}-]")
        }
    }
    fn ins(self, text: &str) -> String {
        if self.colour {
            self.paint("1;32", text)
        } else {
            format!("{{+{text}+}}")
        }
    }
}

/// A number as the canonical file writes it: `70`, `72.5`.
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A signed difference: `+4`, `-10`, `+0.5`.
pub fn fmt_delta(v: f64) -> String {
    if v >= 0.0 {
        format!("+{}", fmt_num(v))
    } else {
        fmt_num(v)
    }
}

/// Text escaped as inside a quoted file string (`\n`, `\"`), without the quotes.
fn esc(s: &str) -> String {
    let q = format!("{s:?}");
    q[1..q.len() - 1].to_owned()
}

fn quoted(s: &str) -> String {
    format!("{s:?}")
}

/// A value in one line, as people read it.
pub fn value_text(v: &Value) -> String {
    value_text_in(v, crate::i18n::Lang::En)
}

/// [`value_text`] in a language: only "(none)" is words, the rest is the file's data.
pub fn value_text_in(v: &Value, lang: crate::i18n::Lang) -> String {
    match v {
        Value::Absent => crate::i18n::compare::Compare::NoneParen.get(lang).into(),
        Value::Number(n) => fmt_num(*n),
        Value::Token(t) => t.clone(),
        Value::Text(t) => quoted(t),
        Value::List(l) => format!(
            "[{}]",
            l.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", ")
        ),
        Value::Options(o) => format!(
            "[{}]",
            o.iter()
                .map(|c| format!("{} {}", quoted(&c.label), fmt_num(c.value)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn spans_text(spans: &[Span], st: Style) -> String {
    let mut s = String::from("\"");
    for sp in spans {
        let t = esc(&sp.text);
        match sp.tag {
            SpanTag::Same => s.push_str(&t),
            SpanTag::Deleted => s.push_str(&st.del(&t)),
            SpanTag::Inserted => s.push_str(&st.ins(&t)),
        }
    }
    s.push('"');
    s
}

fn option_line(c: &OptionChange, st: Style) -> String {
    match c {
        OptionChange::Added { label, value } => {
            st.paint("32", &format!("+ {} {}", quoted(label), fmt_num(*value)))
        }
        OptionChange::Removed { label, value } => {
            st.paint("31", &format!("- {} {}", quoted(label), fmt_num(*value)))
        }
        OptionChange::Value { label, old, new } => format!(
            "~ {} {} → {} ({})",
            quoted(label),
            fmt_num(*old),
            fmt_num(*new),
            fmt_delta(new - old)
        ),
        OptionChange::Range { label, old, new } => format!(
            "~ {} range {}–{} → {}–{}",
            quoted(label),
            fmt_num(old.0),
            fmt_num(old.1),
            fmt_num(new.0),
            fmt_num(new.1)
        ),
    }
}

/// Lines describing one changed field, each starting with `indent`.
pub fn field_lines(out: &mut String, f: &FieldChange, indent: &str, st: Style) {
    let name = st.paint("1", f.field);
    match &f.detail {
        Detail::Number { delta } => {
            let _ = writeln!(
                out,
                "{indent}{name}: {} → {} ({})",
                value_text(&f.old),
                value_text(&f.new),
                fmt_delta(*delta)
            );
        }
        Detail::Replaced => {
            let _ = writeln!(
                out,
                "{indent}{name}: {} → {}",
                st.paint("31", &value_text(&f.old)),
                st.paint("32", &value_text(&f.new))
            );
        }
        Detail::Words(spans) => {
            let _ = writeln!(out, "{indent}{name}: {}", spans_text(spans, st));
        }
        Detail::List(items) => {
            let _ = writeln!(out, "{indent}{name}:");
            for it in items {
                match it {
                    ListItem::Same(_) => {}
                    ListItem::Added(s) => {
                        let _ = writeln!(
                            out,
                            "{indent}    {}",
                            st.paint("32", &format!("+ {}", quoted(s)))
                        );
                    }
                    ListItem::Removed(s) => {
                        let _ = writeln!(
                            out,
                            "{indent}    {}",
                            st.paint("31", &format!("- {}", quoted(s)))
                        );
                    }
                    ListItem::Edited(spans) => {
                        let _ = writeln!(out, "{indent}    ~ {}", spans_text(spans, st));
                    }
                }
            }
        }
        Detail::Options(d) => {
            let _ = writeln!(out, "{indent}{name}:");
            for c in &d.changes {
                let _ = writeln!(out, "{indent}    {}", option_line(c, st));
            }
            if d.reordered {
                let _ = writeln!(out, "{indent}    (order changed)");
            }
        }
    }
}

/// Every field of an issue, one per line (for added and removed issues).
fn issue_listing(out: &mut String, i: &Issue, indent: &str) {
    let mut line = |k: &str, v: String| {
        let _ = writeln!(out, "{indent}{k}: {v}");
    };
    line("topic", quoted(&i.topic));
    line("title", quoted(&i.title));
    line("stance", quoted(&i.stance));
    line("weight", fmt_num(i.weight));
    line("options", value_text(&Value::Options(i.options.clone())));
    if let Some(t) = &i.target {
        line("target", quoted(t));
    }
    if let Some(w) = &i.walk_away {
        line("walk_away", quoted(w));
    }
    line("flexibility", i.flexibility.as_str().into());
    line("interests", value_text(&Value::List(i.interests.clone())));
    line("criteria", value_text(&Value::List(i.criteria.clone())));
    line("notes", quoted(&i.notes));
    line("sources", value_text(&Value::List(i.sources.clone())));
}

/// One line per kind count, e.g. "3 changed (1 also moved), 1 added, 0 removed, 20 moved".
pub fn summary_line(diff: &Diff) -> String {
    let s = diff.summary();
    if diff.is_empty() {
        return "no differences".into();
    }
    let also_moved = diff
        .changes
        .iter()
        .filter(|c| c.kind == Kind::Changed && c.moved)
        .count();
    let mut parts = Vec::new();
    if also_moved > 0 {
        parts.push(format!("{} changed ({also_moved} also moved)", s.changed));
    } else {
        parts.push(format!("{} changed", s.changed));
    }
    parts.push(format!("{} added", s.added));
    parts.push(format!("{} removed", s.removed));
    parts.push(format!("{} moved", s.moved));
    let mut line = parts.join(", ");
    if s.header > 0 {
        let _ = write!(
            line,
            "; {} header field{}",
            s.header,
            if s.header == 1 { "" } else { "s" }
        );
    }
    line
}

fn change_block(out: &mut String, c: &IssueChange, old: &Position, new: &Position, st: Style) {
    let issue = c
        .new_index
        .and_then(|n| new.issues.get(n))
        .or_else(|| c.old_index.and_then(|o| old.issues.get(o)));
    let title = issue.map(|i| quoted(&i.title)).unwrap_or_default();
    let (mark, colour) = match c.kind {
        Kind::Added => ("+", "32"),
        Kind::Removed => ("-", "31"),
        Kind::Changed => ("~", "33"),
        Kind::Moved => (">", "36"),
    };
    let mut what = c.kind.as_str().to_owned();
    if c.kind == Kind::Changed && c.moved {
        what.push_str(", moved");
    }
    let _ = write!(
        out,
        "{} {}",
        st.paint(colour, &format!("{mark} {}", c.id)),
        st.paint(colour, &format!("({what})"))
    );
    let _ = write!(out, " {title}");
    if let Some(r) = &c.likely_rename_of {
        let _ = write!(out, " (likely rename of {r})");
    }
    if let (true, Some(o), Some(n)) = (c.moved, c.old_index, c.new_index) {
        let _ = write!(out, " [was #{}, now #{}]", o + 1, n + 1);
    }
    out.push('\n');
    match c.kind {
        Kind::Changed => {
            for f in &c.fields {
                field_lines(out, f, "    ", st);
            }
        }
        Kind::Added | Kind::Removed => {
            if let Some(i) = issue {
                issue_listing(out, i, "    ");
            }
        }
        Kind::Moved => {}
    }
}

/// The diff as text for people: a heading naming both files, the header changes, one block
/// per changed issue, the counts, and the concessions when given.
pub fn to_text(
    diff: &Diff,
    old: &Position,
    new: &Position,
    names: (&str, &str),
    concessions: Option<&Concessions>,
    st: Style,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        st.paint(
            "1",
            &format!("--- {} ({}, round {})", names.0, old.party, old.round)
        )
    );
    let _ = writeln!(
        out,
        "{}",
        st.paint(
            "1",
            &format!("+++ {} ({}, round {})", names.1, new.party, new.round)
        )
    );
    if !diff.header.is_empty() {
        let _ = writeln!(out, "{}", st.paint("33", "~ header"));
        for f in &diff.header {
            field_lines(&mut out, f, "    ", st);
        }
    }
    for c in &diff.changes {
        change_block(&mut out, c, old, new, st);
    }
    let _ = writeln!(out, "{}", summary_line(diff));
    if let Some(c) = concessions {
        let _ = writeln!(out, "{}", c.summary());
    }
    out
}

/// A whole position as text, one field per line, without file names: what
/// `accord diff /dev/null FILE` prints, so that it serves as a git textconv (see docs/diff.md).
pub fn listing(p: &Position, st: Style) -> String {
    let mut out = String::new();
    let mut line = |k: &str, v: String| {
        let _ = writeln!(out, "{}: {v}", st.paint("1", k));
    };
    line("party", quoted(&p.party));
    line("party_name", quoted(&p.party_name));
    line("title", quoted(&p.title));
    line("round", p.round.to_string());
    if let Some(d) = &p.as_of {
        line("as_of", quoted(d));
    }
    if let Some(m) = &p.marking {
        line("marking", quoted(m));
    }
    line("batna", quoted(&p.batna));
    line("reservation", fmt_num(p.reservation));
    for i in &p.issues {
        let _ = writeln!(
            out,
            "{} {}",
            st.paint("32", &format!("+ {}", i.id)),
            quoted(&i.title)
        );
        issue_listing(&mut out, i, "    ");
    }
    out
}
