//! Canonical save: one layout, fixed field order, one field per line, atomic on disk.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use super::SaveError;
use crate::comments::{Attached, Comment, Comments, IssueComments};
use crate::model::{Issue, Position};

/// The canonical text of a position. Reading it back gives the same data.
///
/// Layout: the top-level fields in format order, then `issues`, each issue's fields in format
/// order, one per line; each option on one line `(label: "…", value: N)`; list items one per
/// line. Optional fields that are absent (`as_of`, `marking`, `target`, `walk_away`, range
/// bounds, `estimate: false`) are omitted;
/// every other field is always written so that files stay uniform and diff well.
///
/// Comments ([`crate::comments`]) are written on their own lines before what they were
/// attached to, at its indentation, or at the end of its line; those of an omitted field go
/// before the next field written, and those whose anchor is gone are left out
/// ([`crate::comments::dropped_comments`] lists them).
pub fn to_canonical_string(p: &Position) -> String {
    let mut s = String::with_capacity(256 + p.issues.len() * 640);
    let mut n = Notes {
        on: !p.comments.is_empty(),
        c: &p.comments,
        carry: Vec::new(),
    };
    let c = &p.comments;
    let top = |name: &str| n_find(&c.fields, name);
    if n.on {
        for m in &c.head {
            s.push_str(&m.text);
            s.push('\n');
        }
    }
    s.push_str("(\n");
    // The lowest format that holds what the file uses: format 1 files stay readable by
    // builds that know nothing newer.
    n.before(&mut s, 1, top("format"));
    let _ = writeln!(s, "    format: {},", p.required_format());
    n.after(&mut s, top("format"));
    for (name, v) in [
        ("party", Some(&p.party)),
        ("party_name", Some(&p.party_name)),
        ("title", Some(&p.title)),
    ] {
        n.opt_str(&mut s, 1, name, v, top(name));
    }
    n.before(&mut s, 1, top("round"));
    let _ = writeln!(s, "    round: {},", p.round);
    n.after(&mut s, top("round"));
    n.opt_str(&mut s, 1, "as_of", p.as_of.as_ref(), top("as_of"));
    n.opt_str(&mut s, 1, "marking", p.marking.as_ref(), top("marking"));
    if p.estimate {
        n.before(&mut s, 1, top("estimate"));
        s.push_str("    estimate: true,\n");
        n.after(&mut s, top("estimate"));
    } else {
        n.omit(top("estimate"));
    }
    n.opt_str(&mut s, 1, "batna", Some(&p.batna), top("batna"));
    n.opt_number(
        &mut s,
        1,
        "reservation",
        Some(p.reservation),
        top("reservation"),
    );
    for (name, v) in [
        ("reservation_low", p.reservation_low),
        ("reservation_high", p.reservation_high),
    ] {
        n.opt_number(&mut s, 1, name, v, top(name));
    }
    if let Some(set) = p.shared {
        let names: Vec<String> = set.iter().map(|f| f.name().to_owned()).collect();
        n.before(&mut s, 1, top("shared"));
        n.list(
            &mut s,
            1,
            "shared",
            &names,
            |t| n_find(&c.shared_items, t),
            n_find(&c.list_end, "shared"),
        );
        n.after(&mut s, top("shared"));
    } else {
        n.omit(top("shared"));
    }
    n.before(&mut s, 1, top("issues"));
    let issues_end = n_find(&c.list_end, "issues");
    if p.issues.is_empty() && issues_end.is_none_or(|a| a.is_empty()) {
        s.push_str("    issues: [],\n");
    } else {
        s.push_str("    issues: [\n");
        for i in &p.issues {
            issue(&mut s, &mut n, i);
        }
        n.before(&mut s, 2, issues_end);
        s.push_str("    ],\n");
    }
    n.after(&mut s, top("issues"));
    n.before(&mut s, 1, Some(&c.end));
    s.push_str(")\n");
    if n.on {
        for m in &c.tail {
            s.push_str(&m.text);
            s.push('\n');
        }
    }
    s
}

fn issue<'a>(s: &mut String, n: &mut Notes<'a>, i: &Issue) {
    let ic = if n.on { n.c.issue(&i.id) } else { None };
    let f = |name: &str| ic.and_then(|c| n_find(&c.fields, name));
    n.before(s, 2, ic.map(|c| &c.start));
    s.push_str("        (\n");
    for (name, v) in [
        ("id", &i.id),
        ("topic", &i.topic),
        ("title", &i.title),
        ("stance", &i.stance),
    ] {
        n.opt_str(s, 3, name, Some(v), f(name));
    }
    for (name, v) in [
        ("weight", Some(i.weight)),
        ("weight_low", i.weight_low),
        ("weight_high", i.weight_high),
    ] {
        n.opt_number(s, 3, name, v, f(name));
    }
    n.before(s, 3, f("options"));
    let options_end = ic.and_then(|c| n_find(&c.list_end, "options"));
    if i.options.is_empty() && options_end.is_none_or(|a| a.is_empty()) {
        s.push_str("            options: [],\n");
    } else {
        s.push_str("            options: [\n");
        for c in &i.options {
            let at = ic.and_then(|ic| n_find(&ic.choices, c.label.as_str()));
            n.before(s, 4, at);
            s.push_str("                (label: ");
            string(s, &c.label);
            s.push_str(", value: ");
            number(s, c.value);
            for (name, b) in [("low", c.low), ("high", c.high)] {
                if let Some(b) = b {
                    s.push_str(", ");
                    s.push_str(name);
                    s.push_str(": ");
                    number(s, b);
                }
            }
            s.push_str("),\n");
            n.after(s, at);
        }
        n.before(s, 4, options_end);
        s.push_str("            ],\n");
    }
    n.after(s, f("options"));
    n.opt_str(s, 3, "target", i.target.as_ref(), f("target"));
    n.opt_str(s, 3, "walk_away", i.walk_away.as_ref(), f("walk_away"));
    n.before(s, 3, f("flexibility"));
    let _ = writeln!(s, "            flexibility: {},", i.flexibility.as_str());
    n.after(s, f("flexibility"));
    for (name, items) in [("interests", &i.interests), ("criteria", &i.criteria)] {
        issue_list(s, n, ic, name, items);
    }
    n.opt_str(s, 3, "notes", Some(&i.notes), f("notes"));
    issue_list(s, n, ic, "sources", &i.sources);
    n.before(s, 3, ic.map(|c| &c.end));
    s.push_str("        ),\n");
    n.after(s, ic.map(|c| &c.start));
}

fn issue_list<'a>(
    s: &mut String,
    n: &mut Notes<'a>,
    ic: Option<&'a IssueComments>,
    name: &'static str,
    items: &[String],
) {
    let f = ic.and_then(|c| n_find(&c.fields, name));
    n.before(s, 3, f);
    n.list(
        s,
        3,
        name,
        items,
        |t| {
            ic.and_then(|c| {
                c.items
                    .iter()
                    .find(|(g, x, _)| *g == name && x == t)
                    .map(|(_, _, a)| a)
            })
        },
        ic.and_then(|c| n_find(&c.list_end, name)),
    );
    n.after(s, f);
}

fn n_find<'a, K: std::borrow::Borrow<str>>(
    list: &'a [(K, Attached)],
    key: &str,
) -> Option<&'a Attached> {
    crate::comments::find::<str, _>(list, key)
}

/// The comment side of the writer; every method is a no-op for a position without comments.
struct Notes<'a> {
    on: bool,
    c: &'a Comments,
    /// Comments of fields left out, waiting for the next line written.
    carry: Vec<&'a Comment>,
}

impl<'a> Notes<'a> {
    /// The comments before a line at `level`: those carried over, then the anchor's own.
    fn before(&mut self, s: &mut String, level: usize, a: Option<&'a Attached>) {
        if !self.on {
            return;
        }
        let own = a.map_or(&[][..], |a| a.before.as_slice());
        for m in self.carry.drain(..).chain(own) {
            indent(s, level);
            s.push_str(&m.text);
            s.push('\n');
        }
    }

    /// The anchor's end-of-line comments, on the line just written.
    fn after(&mut self, s: &mut String, a: Option<&'a Attached>) {
        let Some(a) = a.filter(|a| self.on && !a.after.is_empty()) else {
            return;
        };
        if s.ends_with('\n') {
            s.pop();
        }
        for m in &a.after {
            s.push(' ');
            s.push_str(&m.text);
        }
        s.push('\n');
    }

    /// A field that is not written: its comments go before the next line.
    fn omit(&mut self, a: Option<&'a Attached>) {
        if let Some(a) = a.filter(|_| self.on) {
            self.carry.extend(a.before.iter().chain(&a.after));
        }
    }

    fn opt_str(
        &mut self,
        s: &mut String,
        level: usize,
        name: &str,
        v: Option<&String>,
        a: Option<&'a Attached>,
    ) {
        match v {
            Some(v) => {
                self.before(s, level, a);
                field_str(s, level, name, v);
                self.after(s, a);
            }
            None => self.omit(a),
        }
    }

    fn opt_number(
        &mut self,
        s: &mut String,
        level: usize,
        name: &str,
        v: Option<f64>,
        a: Option<&'a Attached>,
    ) {
        match v {
            Some(v) => {
                self.before(s, level, a);
                indent(s, level);
                s.push_str(name);
                s.push_str(": ");
                number(s, v);
                s.push_str(",\n");
                self.after(s, a);
            }
            None => self.omit(a),
        }
    }

    /// `name: [ … ],` with one item a line (`[]` when empty and without comments). Only the
    /// first of equal items carries the comments kept for that text.
    fn list(
        &mut self,
        s: &mut String,
        level: usize,
        name: &str,
        items: &[String],
        item: impl Fn(&str) -> Option<&'a Attached>,
        end: Option<&'a Attached>,
    ) {
        indent(s, level);
        s.push_str(name);
        if items.is_empty() && (!self.on || end.is_none_or(|a| a.is_empty())) {
            s.push_str(": [],\n");
            return;
        }
        s.push_str(": [\n");
        for (k, it) in items.iter().enumerate() {
            let a = if self.on && !items[..k].contains(it) {
                item(it)
            } else {
                None
            };
            self.before(s, level + 1, a);
            indent(s, level + 1);
            string(s, it);
            s.push_str(",\n");
            self.after(s, a);
        }
        self.before(s, level + 1, end);
        indent(s, level);
        s.push_str("],\n");
    }
}

fn indent(s: &mut String, level: usize) {
    // One copy, not one per level: the writer indents every line it writes.
    const SPACES: &str = "                    ";
    match SPACES.get(..4 * level) {
        Some(sp) => s.push_str(sp),
        None => (0..level).for_each(|_| s.push_str("    ")),
    }
}

fn field_str(s: &mut String, level: usize, name: &str, v: &str) {
    indent(s, level);
    s.push_str(name);
    s.push_str(": ");
    string(s, v);
    s.push_str(",\n");
}

/// A RON string literal. Everything but `"`, `\` and control characters is written as is
/// (Hangul included), so files stay readable.
pub(crate) fn string(s: &mut String, v: &str) {
    s.reserve(v.len() + 2);
    s.push('"');
    let mut rest = v;
    while let Some(i) = rest.find(|c: char| c == '"' || c == '\\' || c.is_control()) {
        s.push_str(&rest[..i]);
        let c = rest[i..].chars().next().unwrap_or(' ');
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c => {
                let _ = write!(s, "\\u{{{:x}}}", c as u32);
            }
        }
        rest = &rest[i + c.len_utf8()..];
    }
    s.push_str(rest);
    s.push('"');
}

/// Numbers are written in the shortest form that reads back to the same `f64`; whole numbers
/// without a fraction (`70`, not `70.0`).
pub(crate) fn number(s: &mut String, v: f64) {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let _ = write!(s, "{}", v as i64);
    } else {
        let _ = write!(s, "{v}");
    }
}

/// Save a position atomically in the canonical layout, refusing one that would not load.
pub fn save_atomic(path: &Path, p: &Position) -> Result<(), SaveError> {
    let problems = super::validate(p);
    if !problems.is_empty() {
        return Err(SaveError::Invalid {
            file: path.display().to_string(),
            problems: problems
                .iter()
                .map(|pr| format!("{}: {}", pr.path, pr.message))
                .collect(),
        });
    }
    write_atomic(path, to_canonical_string(p).as_bytes()).map_err(|source| SaveError::Io {
        file: path.display().to_string(),
        source,
    })
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Write bytes to `path` atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over the target. On any failure the temporary file is removed and the previous file
/// is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "position".into());
    let tmp = dir.join(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable where the platform allows it.
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
