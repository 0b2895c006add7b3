//! Comments read from a position file, kept attached to what they precede so that saving,
//! `accord fmt` and merging write them back in place.
//!
//! Plain data, keyed by what a comment is attached to (a top-level field, an issue by id, an
//! option by label, a list item by its text), never by line: the canonical writer puts each
//! comment before the line of its anchor, wherever that line ends up. Comments are not part
//! of a position's *data*: [`Comments`] compares equal to any other, so dirty tracking, undo
//! and the oracle tests that compare positions are not disturbed by them.
//!
//! A comment can be kept only while its anchor exists: deleting an issue, an option or a list
//! item drops the comments attached to it. [`dropped_comments`] lists them before a save.

use std::collections::HashMap;

use crate::model::{Field, Position};

/// One comment, exactly as written (`// …` or `/* … */`), and the line it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// The comment's text, delimiters included (a line comment without its line break).
    pub text: String,
    /// 1-based line of the file it was read from (for messages about dropped comments).
    pub line: u32,
}

/// The comments of one anchor: the lines before it, and those at the end of its line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attached {
    /// Written on their own lines just before the anchor's line.
    pub before: Vec<Comment>,
    /// Written at the end of the anchor's (last) line, after its comma.
    pub after: Vec<Comment>,
}

impl Attached {
    /// No comment here.
    pub fn is_empty(&self) -> bool {
        self.before.is_empty() && self.after.is_empty()
    }

    fn all(&self) -> impl Iterator<Item = &Comment> {
        self.before.iter().chain(&self.after)
    }

    /// Append another anchor's comments (merge, or comments carried over).
    pub fn extend(&mut self, other: &Attached) {
        self.before.extend(other.before.iter().cloned());
        self.after.extend(other.after.iter().cloned());
    }
}

/// The comments of one issue, keyed by what they precede inside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssueComments {
    /// Before (and after) the issue's own `(` … `),`.
    pub start: Attached,
    /// Before the issue's closing `)`.
    pub end: Attached,
    /// Before a field of the issue (`weight`, `options`, …).
    pub fields: Vec<(&'static str, Attached)>,
    /// Before an option, by label.
    pub choices: Vec<(String, Attached)>,
    /// Before an item of a text list (`interests`, `criteria`, `sources`), by its text.
    pub items: Vec<(&'static str, String, Attached)>,
    /// Before the closing `]` of a list field (`options` or a text list).
    pub list_end: Vec<(&'static str, Attached)>,
}

/// Every comment of a position file. Empty for positions made in the app.
///
/// Always equal to any other `Comments` (see the module documentation).
#[derive(Debug, Clone, Default)]
pub struct Comments {
    /// Before the position's opening `(`: the file's leading comments.
    pub head: Vec<Comment>,
    /// After the position's closing `)`: the file's trailing comments.
    pub tail: Vec<Comment>,
    /// Before the position's closing `)`.
    pub end: Attached,
    /// Before a top-level field.
    pub fields: Vec<(&'static str, Attached)>,
    /// Before an item of the `shared` list, by name.
    pub shared_items: Vec<(String, Attached)>,
    /// Before the closing `]` of a top-level list (`issues`, `shared`).
    pub list_end: Vec<(&'static str, Attached)>,
    /// The comments inside each issue, by issue id.
    pub issues: HashMap<String, IssueComments>,
}

impl PartialEq for Comments {
    /// Comments are not data: two positions that differ only in comments are equal.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Find the entry with this key in a small keyed list.
pub(crate) fn find<'a, K: PartialEq + ?Sized, V>(
    list: &'a [(impl std::borrow::Borrow<K>, V)],
    key: &K,
) -> Option<&'a V> {
    list.iter().find(|(k, _)| k.borrow() == key).map(|(_, v)| v)
}

/// The entry with this key, created if missing.
pub(crate) fn entry<'a, K: Clone + PartialEq>(
    list: &'a mut Vec<(K, Attached)>,
    key: &K,
) -> &'a mut Attached {
    let at = match list.iter().position(|(k, _)| k == key) {
        Some(at) => at,
        None => {
            list.push((key.clone(), Attached::default()));
            list.len() - 1
        }
    };
    &mut list[at].1
}

impl Comments {
    /// No comment at all (the writer then takes its plain path).
    pub fn is_empty(&self) -> bool {
        self.head.is_empty()
            && self.tail.is_empty()
            && self.end.is_empty()
            && self.fields.iter().all(|(_, a)| a.is_empty())
            && self.shared_items.iter().all(|(_, a)| a.is_empty())
            && self.list_end.iter().all(|(_, a)| a.is_empty())
            && self.issues.is_empty()
    }

    /// How many comments there are.
    pub fn len(&self) -> usize {
        self.all().count()
    }

    /// The comments of the issue with this id.
    pub fn issue(&self, id: &str) -> Option<&IssueComments> {
        if self.issues.is_empty() {
            return None;
        }
        self.issues.get(id)
    }

    /// Every comment, in no particular order.
    pub fn all(&self) -> impl Iterator<Item = &Comment> {
        let top = self
            .fields
            .iter()
            .chain(&self.list_end)
            .flat_map(|(_, a)| a.all())
            .chain(self.shared_items.iter().flat_map(|(_, a)| a.all()));
        self.head
            .iter()
            .chain(&self.tail)
            .chain(self.end.all())
            .chain(top)
            .chain(self.issues.values().flat_map(IssueComments::all))
    }

    /// Add `other`'s comments wherever this set has none for the same anchor (merge: ours
    /// first, then what only theirs has).
    pub fn fill_from(&mut self, other: &Comments) {
        if self.head.is_empty() {
            self.head = other.head.clone();
        }
        if self.tail.is_empty() {
            self.tail = other.tail.clone();
        }
        if self.end.is_empty() {
            self.end = other.end.clone();
        }
        fill_list(&mut self.fields, &other.fields);
        fill_list(&mut self.shared_items, &other.shared_items);
        fill_list(&mut self.list_end, &other.list_end);
        for (id, theirs) in &other.issues {
            let ours = self.issues.entry(id.clone()).or_default();
            if ours.start.is_empty() {
                ours.start = theirs.start.clone();
            }
            if ours.end.is_empty() {
                ours.end = theirs.end.clone();
            }
            fill_list(&mut ours.fields, &theirs.fields);
            fill_list(&mut ours.choices, &theirs.choices);
            fill_list(&mut ours.list_end, &theirs.list_end);
            for (f, text, a) in &theirs.items {
                if !ours.items.iter().any(|(g, t, _)| g == f && t == text) {
                    ours.items.push((f, text.clone(), a.clone()));
                }
            }
        }
    }
}

fn fill_list<K: Clone + PartialEq>(ours: &mut Vec<(K, Attached)>, theirs: &[(K, Attached)]) {
    for (k, a) in theirs {
        if find(ours, k).is_none_or(Attached::is_empty) {
            entry(ours, k).extend(a);
        }
    }
}

impl IssueComments {
    fn all(&self) -> impl Iterator<Item = &Comment> {
        self.start
            .all()
            .chain(self.end.all())
            .chain(
                self.fields
                    .iter()
                    .chain(&self.list_end)
                    .flat_map(|(_, a)| a.all()),
            )
            .chain(self.choices.iter().flat_map(|(_, a)| a.all()))
            .chain(self.items.iter().flat_map(|(_, _, a)| a.all()))
    }
}

/// A comment that saving would drop, because what it was attached to is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedComment {
    /// Line of the file it was read from.
    pub line: u32,
    /// The comment as written.
    pub text: String,
    /// What it was attached to.
    pub anchor: Anchor,
}

/// What a dropped comment was attached to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// A name of the `shared` list.
    Shared(String),
    /// An issue, by id.
    Issue(String),
    /// An option (label) of an issue (id).
    Option(String, String),
    /// An item (field, text) of an issue's list (id).
    Item(&'static str, String, String),
}

impl Anchor {
    /// In words, in a language ("issue fms-lead-times", "쟁점 fms-lead-times").
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::compare::Compare as T;
        match self {
            Anchor::Shared(name) => T::AnchorShared.fmt(lang, &[name]),
            Anchor::Issue(id) => T::AnchorIssue.fmt(lang, &[id]),
            Anchor::Option(label, id) => T::AnchorOption.fmt(lang, &[label, id]),
            Anchor::Item(field, text, id) => T::AnchorItem.fmt(lang, &[field, text, id]),
        }
    }
}

impl std::fmt::Display for Anchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe_in(crate::i18n::Lang::En))
    }
}

/// The comments a save of `p` would drop, in file order: those attached to an issue, an option,
/// a list item or a `shared` name that is no longer there. (Comments of a field left out of
/// the file, such as a cleared `target`, are kept: they move to the next field written.)
pub fn dropped_comments(p: &Position) -> Vec<DroppedComment> {
    let c = &p.comments;
    let mut out = Vec::new();
    let drop_all = |a: &Attached, what: &dyn Fn() -> Anchor, out: &mut Vec<DroppedComment>| {
        for m in a.all() {
            out.push(DroppedComment {
                line: m.line,
                text: m.text.clone(),
                anchor: what(),
            });
        }
    };
    for (name, a) in &c.shared_items {
        let kept = p
            .shared
            .is_some_and(|set| Field::from_name(name).is_some_and(|f| set.has(f)));
        if !kept {
            drop_all(a, &|| Anchor::Shared(name.clone()), &mut out);
        }
    }
    for (id, ic) in &c.issues {
        let Some(issue) = p.issues.iter().find(|i| &i.id == id) else {
            for m in ic.all() {
                out.push(DroppedComment {
                    line: m.line,
                    text: m.text.clone(),
                    anchor: Anchor::Issue(id.clone()),
                });
            }
            continue;
        };
        for (label, a) in &ic.choices {
            if !issue.options.iter().any(|o| &o.label == label) {
                drop_all(a, &|| Anchor::Option(label.clone(), id.clone()), &mut out);
            }
        }
        for (field, text, a) in &ic.items {
            let list = match *field {
                "interests" => &issue.interests,
                "criteria" => &issue.criteria,
                _ => &issue.sources,
            };
            if !list.iter().any(|t| t == text) {
                drop_all(
                    a,
                    &|| Anchor::Item(field, text.clone(), id.clone()),
                    &mut out,
                );
            }
        }
    }
    out.sort_by(|a, b| (a.line, &a.text).cmp(&(b.line, &b.text)));
    out
}

/// Forget the comments a save of `p` dropped (after the save: the file no longer has them,
/// so the next save need not ask again).
pub fn forget_dropped(p: &mut Position) {
    if p.comments.is_empty() {
        return;
    }
    let shared = p.shared;
    p.comments.shared_items.retain(|(name, _)| {
        shared.is_some_and(|set| Field::from_name(name).is_some_and(|f| set.has(f)))
    });
    let issues = &p.issues;
    p.comments.issues.retain(|id, ic| {
        let Some(issue) = issues.iter().find(|i| &i.id == id) else {
            return false;
        };
        ic.choices
            .retain(|(label, _)| issue.options.iter().any(|o| &o.label == label));
        ic.items.retain(|(field, text, _)| {
            let list = match *field {
                "interests" => &issue.interests,
                "criteria" => &issue.criteria,
                _ => &issue.sources,
            };
            list.iter().any(|t| t == text)
        });
        true
    });
}
