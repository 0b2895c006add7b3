//! Three-way merge of position files, field by field: what `accord merge BASE OURS THEIRS`
//! (git's merge driver) and the merge view are built on.
//!
//! Issues are matched by id, options by label, header fields by name; each field merges on its
//! own: a change on one side is taken, the same change on both sides once, different changes are
//! a conflict. The order of issues and of options merges as list edits ([`seq::merge_order`]):
//! one side's insertions, the other's moved blocks and deletions anywhere are all kept. An issue
//! deleted on one side and edited on the other is a conflict, as is an option deleted on one
//! side and revalued on the other. Lists of text (`interests`, `criteria`, `sources`) merge
//! element by element.
//!
//! Fields are merged generically from the tables in [`fields`] (header, issue and option
//! fields): a new field of the format is one line there, nothing here.

pub mod cli;
pub mod fields;
pub mod resolve;
pub mod seq;

use std::collections::HashMap;

use crate::format::{self, Seg};
use crate::model::{Choice, FORMAT_VERSION, Issue, Position};
use fields::{CHOICE_FIELDS, Field, HEADER_FIELDS, ISSUE_FIELDS, Val, write_field, write_issue};

/// The three values of a conflicted field. `base` is `None` when the field has no common
/// ancestor (an issue both sides added, a merge without a base).
#[derive(Debug, Clone, PartialEq)]
pub struct Sides<T> {
    /// The common ancestor's value.
    pub base: Option<T>,
    /// Our value (the branch being merged into).
    pub ours: T,
    /// Their value (the branch being merged).
    pub theirs: T,
}

/// How one field merged.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Merged without conflict.
    Clean(Val),
    /// The two sides changed it differently.
    Conflict(Sides<Val>),
}

impl Outcome {
    /// The merged value, or ours when in conflict.
    pub fn value_or_ours(&self) -> &Val {
        match self {
            Outcome::Clean(v) => v,
            Outcome::Conflict(s) => &s.ours,
        }
    }
}

/// How one issue merged.
#[derive(Debug, Clone, PartialEq)]
pub enum IssueOutcome<'a> {
    /// Taken as is from one side (unchanged, or changed on one side only).
    Taken(&'a Issue),
    /// Merged field by field; `fields` lines up with [`ISSUE_FIELDS`].
    Merged(Vec<Outcome>),
    /// Deleted on one side, edited on the other (the deleting side is `None`).
    DeleteEdit(Sides<Option<&'a Issue>>),
}

/// The result of a merge: every header field and every surviving issue, in merged order.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge<'a> {
    /// Lines up with [`HEADER_FIELDS`].
    pub header: Vec<Outcome>,
    /// The issues of the result, in the merged order.
    pub issues: Vec<IssueOutcome<'a>>,
    /// The comments of the result: ours, then theirs where ours have none (written by
    /// [`Merge::position`]'s canonical text; a result with conflicts is written without them).
    pub comments: crate::comments::Comments,
}

/// One conflict of a merge, for messages and the summary on standard error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictAt {
    /// The issue's id, `None` for the header.
    pub issue: Option<String>,
    /// The field's name, `None` for a whole issue (delete/edit).
    pub field: Option<&'static str>,
    /// 1-based line of the `<<<<<<<` marker in the rendered text (0 before rendering).
    pub line: usize,
}

impl ConflictAt {
    /// `issue X, field Y` / `the header, field Y` / `issue X (deleted on one side, …)`.
    pub fn about(&self) -> String {
        match (&self.issue, self.field) {
            (Some(i), Some(f)) => format!("issue {i}, field {f}"),
            (None, Some(f)) => format!("the header, field {f}"),
            (Some(i), None) => format!("issue {i} (deleted on one side, edited on the other)"),
            (None, None) => "the file".into(),
        }
    }
}

/// Merge three positions. `base` is `None` when the two sides have no common ancestor (git
/// passes an empty file then): every field the two sides hold differently is a conflict.
pub fn merge<'a>(
    base: Option<&'a Position>,
    ours: &'a Position,
    theirs: &'a Position,
) -> Merge<'a> {
    let header = HEADER_FIELDS
        .iter()
        .map(|f| field3(f, base, ours, theirs))
        .collect();
    let empty: &[Issue] = &[];
    let bi = base.map_or(empty, |b| b.issues.as_slice());
    let index = |v: &'a [Issue]| -> HashMap<&'a str, &'a Issue> {
        v.iter().map(|i| (i.id.as_str(), i)).collect()
    };
    let (mb, mo, mt) = (index(bi), index(&ours.issues), index(&theirs.issues));
    let ids = |v: &'a [Issue]| -> Vec<&'a str> { v.iter().map(|i| i.id.as_str()).collect() };
    let order = seq::merge_order(&ids(bi), &ids(&ours.issues), &ids(&theirs.issues));
    let mut issues = Vec::with_capacity(order.len());
    for id in order {
        let (b, o, t) = (
            mb.get(id).copied(),
            mo.get(id).copied(),
            mt.get(id).copied(),
        );
        let outcome = match (b, o, t) {
            (Some(b), Some(o), Some(t)) => {
                if o == b {
                    Some(IssueOutcome::Taken(t))
                } else if t == b || o == t {
                    Some(IssueOutcome::Taken(o))
                } else {
                    Some(merge_issue(Some(b), o, t))
                }
            }
            (Some(b), Some(x), None) | (Some(b), None, Some(x)) => (x != b).then_some({
                IssueOutcome::DeleteEdit(Sides {
                    base: Some(Some(b)),
                    ours: o,
                    theirs: t,
                })
            }),
            (Some(_), None, None) | (None, None, None) => None,
            (None, Some(x), None) | (None, None, Some(x)) => Some(IssueOutcome::Taken(x)),
            (None, Some(o), Some(t)) => Some(if o == t {
                IssueOutcome::Taken(o)
            } else {
                merge_issue(None, o, t)
            }),
        };
        issues.extend(outcome);
    }
    // Comments are not merged field by field: ours are kept, and theirs where ours have none
    // for the same anchor (an issue or option only they added brings its comments along).
    let mut comments = ours.comments.clone();
    comments.fill_from(&theirs.comments);
    Merge {
        header,
        issues,
        comments,
    }
}

/// One field of a struct, three-way.
fn field3<T>(f: &Field<T>, base: Option<&T>, ours: &T, theirs: &T) -> Outcome {
    val3(base.map(f.get), (f.get)(ours), (f.get)(theirs))
}

/// One value, three-way: lists element by element, options by label, the rest whole.
fn val3(base: Option<Val>, ours: Val, theirs: Val) -> Outcome {
    if ours == theirs {
        return Outcome::Clean(ours);
    }
    if base.as_ref() == Some(&ours) {
        return Outcome::Clean(theirs);
    }
    if base.as_ref() == Some(&theirs) {
        return Outcome::Clean(ours);
    }
    let merged = match (&base, &ours, &theirs) {
        (Some(Val::List(b)), Val::List(o), Val::List(t)) => seq::merge_list(b, o, t).map(Val::List),
        (b, Val::Options(o), Val::Options(t)) => {
            let b = match b {
                Some(Val::Options(b)) => Some(b.as_slice()),
                _ => None,
            };
            merge_options(b, o, t).map(Val::Options)
        }
        _ => None,
    };
    match merged {
        Some(v) => Outcome::Clean(v),
        None => Outcome::Conflict(Sides { base, ours, theirs }),
    }
}

/// Options by label: the order as list edits, each option's fields three-way; an option
/// deleted on one side and changed on the other, or added on both with other values, is a
/// conflict of the whole `options` field (`None`).
fn merge_options(
    base: Option<&[Choice]>,
    ours: &[Choice],
    theirs: &[Choice],
) -> Option<Vec<Choice>> {
    let b = base.unwrap_or(&[]);
    let find = |v: &'_ [Choice], l: &str| v.iter().position(|c| c.label == l);
    let labels = |v: &[Choice]| -> Vec<String> { v.iter().map(|c| c.label.clone()).collect() };
    let (lb, lo, lt) = (labels(b), labels(ours), labels(theirs));
    let key = |v: &[String]| -> Vec<usize> {
        // Labels as small integers (options are few; a linear find is cheapest).
        v.iter()
            .map(|l| {
                find(b, l)
                    .or_else(|| find(ours, l).map(|k| k + b.len()))
                    .or_else(|| find(theirs, l).map(|k| k + b.len() + ours.len()))
                    .unwrap_or(usize::MAX)
            })
            .collect()
    };
    let order = seq::merge_order(&key(&lb), &key(&lo), &key(&lt));
    let label_of = |k: usize| -> Option<&str> {
        if k < b.len() {
            Some(&b[k].label)
        } else if k < b.len() + ours.len() {
            Some(&ours[k - b.len()].label)
        } else {
            theirs
                .get(k - b.len() - ours.len())
                .map(|c| c.label.as_str())
        }
    };
    let mut out = Vec::with_capacity(order.len());
    for k in order {
        let l = label_of(k)?;
        let (cb, co, ct) = (
            find(b, l).map(|i| &b[i]),
            find(ours, l).map(|i| &ours[i]),
            find(theirs, l).map(|i| &theirs[i]),
        );
        match (cb, co, ct) {
            (_, Some(o), Some(t)) => {
                let mut c = o.clone();
                for f in CHOICE_FIELDS.iter().skip(1) {
                    match field3(f, cb, o, t) {
                        Outcome::Clean(v) => (f.set)(&mut c, v),
                        Outcome::Conflict(_) => return None,
                    }
                }
                out.push(c);
            }
            (Some(b), Some(x), None) | (Some(b), None, Some(x)) => {
                if x != b {
                    return None;
                }
            }
            (None, Some(x), None) | (None, None, Some(x)) => out.push(x.clone()),
            (_, None, None) => {}
        }
    }
    Some(out)
}

/// An issue changed on both sides (or added on both), field by field; then the cross-field
/// rules of the format (`target` and `walk_away` name an option) are checked on the result, and a
/// field that breaks one becomes a conflict, so a merge never writes a file that would not load.
fn merge_issue<'a>(base: Option<&Issue>, ours: &Issue, theirs: &Issue) -> IssueOutcome<'a> {
    let mut fields: Vec<Outcome> = ISSUE_FIELDS
        .iter()
        .map(|f| field3(f, base, ours, theirs))
        .collect();
    let mut merged = Issue::default();
    for (f, o) in ISSUE_FIELDS.iter().zip(&fields) {
        (f.set)(&mut merged, o.value_or_ours().clone());
    }
    let mut problems = Vec::new();
    format::issue_problems(0, &merged, &mut problems);
    for p in problems {
        let Some(Seg::Field(name)) = p.path.0.get(2) else {
            continue;
        };
        let Some(k) = fields::index_of(ISSUE_FIELDS, name) else {
            continue;
        };
        // If both sides hold the same value for the named field, what broke it is the other
        // field a rule depends on: the options.
        let k = if (ISSUE_FIELDS[k].get)(ours) == (ISSUE_FIELDS[k].get)(theirs) {
            fields::index_of(ISSUE_FIELDS, "options").unwrap_or(k)
        } else {
            k
        };
        let f = &ISSUE_FIELDS[k];
        if let Outcome::Clean(_) = fields[k] {
            fields[k] = Outcome::Conflict(Sides {
                base: base.map(f.get),
                ours: (f.get)(ours),
                theirs: (f.get)(theirs),
            });
        }
    }
    IssueOutcome::Merged(fields)
}

impl Merge<'_> {
    /// Every conflict, in file order (lines are 0 until rendered; see [`Merge::render`]).
    pub fn conflicts(&self) -> Vec<ConflictAt> {
        let mut out = Vec::new();
        for (f, o) in HEADER_FIELDS.iter().zip(&self.header) {
            if let Outcome::Conflict(_) = o {
                out.push(ConflictAt {
                    issue: None,
                    field: Some(f.name),
                    line: 0,
                });
            }
        }
        for i in &self.issues {
            match i {
                IssueOutcome::Taken(_) => {}
                IssueOutcome::Merged(fields) => {
                    let id = id_of(fields);
                    for (f, o) in ISSUE_FIELDS.iter().zip(fields) {
                        if let Outcome::Conflict(_) = o {
                            out.push(ConflictAt {
                                issue: Some(id.clone()),
                                field: Some(f.name),
                                line: 0,
                            });
                        }
                    }
                }
                IssueOutcome::DeleteEdit(s) => out.push(ConflictAt {
                    issue: s.ours.or(s.theirs).map(|i| i.id.clone()),
                    field: None,
                    line: 0,
                }),
            }
        }
        out
    }

    /// The merged position, when nothing is in conflict.
    pub fn position(&self) -> Option<Position> {
        let mut p = Position::default();
        for (f, o) in HEADER_FIELDS.iter().zip(&self.header) {
            match o {
                Outcome::Clean(v) => (f.set)(&mut p, v.clone()),
                Outcome::Conflict(_) => return None,
            }
        }
        p.issues.reserve(self.issues.len());
        for i in &self.issues {
            match i {
                IssueOutcome::Taken(i) => p.issues.push((*i).clone()),
                IssueOutcome::Merged(fields) => {
                    let mut issue = Issue::default();
                    for (f, o) in ISSUE_FIELDS.iter().zip(fields) {
                        match o {
                            Outcome::Clean(v) => (f.set)(&mut issue, v.clone()),
                            Outcome::Conflict(_) => return None,
                        }
                    }
                    p.issues.push(issue);
                }
                IssueOutcome::DeleteEdit(_) => return None,
            }
        }
        p.comments = self.comments.clone();
        Some(p)
    }

    /// The result in the canonical layout, each conflicted field (or whole issue, for a
    /// delete/edit) between git's markers, and where each conflict's `<<<<<<<` line is.
    ///
    /// Without conflicts this is exactly [`format::to_canonical_string`] of [`Merge::position`]
    /// (a test checks it).
    pub fn render(&self, style: Style) -> (String, Vec<ConflictAt>) {
        let mut s = String::with_capacity(256 + self.issues.len() * 700);
        let mut at = Vec::new();
        let mut lines = LineCount::default();
        s.push_str("(\n");
        // The format line: the lowest format the merged result needs, as the canonical writer
        // writes it; with conflicts (no single result yet) the newest this build reads.
        let clean_format = self.position().map(|p| p.required_format());
        s.push_str("    format: 1,\n");
        for (f, o) in HEADER_FIELDS.iter().zip(&self.header) {
            match o {
                Outcome::Clean(v) => write_field(&mut s, 1, f.name, v),
                Outcome::Conflict(sides) => {
                    at.push(ConflictAt {
                        issue: None,
                        field: Some(f.name),
                        line: lines.line_at(&s),
                    });
                    let w = |v: &Val| {
                        let mut t = String::new();
                        write_field(&mut t, 1, f.name, v);
                        t
                    };
                    markers(
                        &mut s,
                        style,
                        w(&sides.ours),
                        sides.base.as_ref().map(w),
                        w(&sides.theirs),
                    );
                }
            }
        }
        if self.issues.is_empty() {
            s.push_str("    issues: [],\n");
        } else {
            s.push_str("    issues: [\n");
            for i in &self.issues {
                match i {
                    IssueOutcome::Taken(i) => write_issue(&mut s, i),
                    IssueOutcome::Merged(fields) => {
                        let id = id_of(fields);
                        s.push_str("        (\n");
                        for (f, o) in ISSUE_FIELDS.iter().zip(fields) {
                            match o {
                                Outcome::Clean(v) => write_field(&mut s, 3, f.name, v),
                                Outcome::Conflict(sides) => {
                                    at.push(ConflictAt {
                                        issue: Some(id.clone()),
                                        field: Some(f.name),
                                        line: lines.line_at(&s),
                                    });
                                    let w = |v: &Val| {
                                        let mut t = String::new();
                                        write_field(&mut t, 3, f.name, v);
                                        t
                                    };
                                    markers(
                                        &mut s,
                                        style,
                                        w(&sides.ours),
                                        sides.base.as_ref().map(w),
                                        w(&sides.theirs),
                                    );
                                }
                            }
                        }
                        s.push_str("        ),\n");
                    }
                    IssueOutcome::DeleteEdit(sides) => {
                        at.push(ConflictAt {
                            issue: sides.ours.or(sides.theirs).map(|i| i.id.clone()),
                            field: None,
                            line: lines.line_at(&s),
                        });
                        let w = |v: &Option<&Issue>| {
                            let mut t = String::new();
                            if let Some(i) = v {
                                write_issue(&mut t, i);
                            }
                            t
                        };
                        markers(
                            &mut s,
                            style,
                            w(&sides.ours),
                            sides.base.as_ref().map(w),
                            w(&sides.theirs),
                        );
                    }
                }
            }
            s.push_str("    ],\n");
        }
        s.push_str(")\n");
        // The format line: what the merged result needs; with conflicts, format 2 when any
        // side's lines use a format-2 field (the merge view rewrites it canonically on save).
        let format = clean_format.unwrap_or_else(|| {
            let newer = s.lines().any(|l| {
                let t = l.trim_start();
                [
                    "estimate:",
                    "shared:",
                    "reservation_low:",
                    "reservation_high:",
                    "weight_low:",
                    "weight_high:",
                ]
                .iter()
                .any(|k| t.starts_with(k))
                    || (t.starts_with("(label:") && (t.contains(", low:") || t.contains(", high:")))
            });
            if newer { FORMAT_VERSION } else { 1 }
        });
        if format != 1 {
            s = s.replacen("    format: 1,\n", &format!("    format: {format},\n"), 1);
        }
        (s, at)
    }
}

fn id_of(fields: &[Outcome]) -> String {
    match fields.first().map(Outcome::value_or_ours) {
        Some(Val::Text(id)) => id.clone(),
        _ => String::new(),
    }
}

/// Counts lines of a growing text incrementally (rendering stays linear).
#[derive(Default)]
struct LineCount {
    upto: usize,
    lines: usize,
}

impl LineCount {
    /// The 1-based number of the line that starts at the end of `s`.
    fn line_at(&mut self, s: &str) -> usize {
        self.lines += memchr::memchr_iter(b'\n', &s.as_bytes()[self.upto..]).count();
        self.upto = s.len();
        self.lines + 1
    }
}

/// How conflicts are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Also write the base between `|||||||` and `=======` (git's `merge.conflictStyle diff3`).
    pub diff3: bool,
    /// Length of the markers (git's `%L`, 7 by default).
    pub marker_size: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            diff3: false,
            marker_size: 7,
        }
    }
}

/// One conflict block around a field's (or an issue's) lines, as git writes them.
fn markers(s: &mut String, style: Style, ours: String, base: Option<String>, theirs: String) {
    let m = |c: char| c.to_string().repeat(style.marker_size.max(7));
    s.push_str(&m('<'));
    s.push_str(" ours\n");
    s.push_str(&ours);
    if style.diff3 {
        s.push_str(&m('|'));
        s.push_str(" base\n");
        s.push_str(base.as_deref().unwrap_or(""));
    }
    s.push_str(&m('='));
    s.push('\n');
    s.push_str(&theirs);
    s.push_str(&m('>'));
    s.push_str(" theirs\n");
}

#[cfg(test)]
mod tests;
