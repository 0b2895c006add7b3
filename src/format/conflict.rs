//! Merge-conflict markers in a position file: found before any parse, so that a file left
//! by `git merge` (or by `accord merge`) is refused with where each conflict is and what it is
//! about, instead of a baffling syntax error.
//!
//! The markers are git's: a line starting `<<<<<<<`, optionally one starting `|||||||` (the
//! base, with `merge.conflictStyle diff3`), one of only `=======`, and one starting `>>>>>>>`.
//! [`scan`] finds the blocks and names the issue and field each one is about, from the lines
//! around and inside it (the layout `accord merge` writes, and any file that keeps one field
//! per line); the merge view resolves them from the same blocks.

use std::ops::Range;

use super::{Diagnostic, LoadError, Pos};

/// One conflict block: byte ranges of each side's lines in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The whole block, marker lines included.
    pub span: Range<usize>,
    /// 1-based line of the `<<<<<<<` marker.
    pub line: usize,
    /// Ours' lines (between `<<<<<<<` and `|||||||` or `=======`).
    pub ours: Range<usize>,
    /// The base's lines, when the block has a `|||||||` section.
    pub base: Option<Range<usize>>,
    /// Theirs' lines (between `=======` and `>>>>>>>`).
    pub theirs: Range<usize>,
    /// The issue the block is in or is, when it could be told.
    pub issue: Option<String>,
    /// The field the block is about (`None` for a whole issue or an unknown one).
    pub field: Option<String>,
    /// The block holds whole issues (one side deleted it, the other edited it).
    pub whole_issue: bool,
    /// The block has no `>>>>>>>` line before the end of the file.
    pub unterminated: bool,
}

impl Block {
    /// What the conflict is about, for messages: `issue X, field Y`, `the header, field Y`,
    /// `issue X (deleted on one side, edited on the other)`.
    pub fn about(&self) -> String {
        self.about_in(crate::i18n::Lang::En)
    }

    /// [`Block::about`] in a language (the merge view's; load errors stay English).
    pub fn about_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::compare::Compare as T;
        let field = |f: &str| crate::i18n::field::key_label(f, lang).to_owned();
        match (&self.issue, &self.field, self.whole_issue) {
            (Some(i), _, true) => T::AboutIssue.fmt(lang, &[i]),
            (Some(i), Some(f), false) => T::AboutIssueField.fmt(lang, &[i, &field(f)]),
            (None, Some(f), false) => T::AboutHeaderField.fmt(lang, &[&field(f)]),
            (Some(i), None, false) => T::AboutIssueOnly.fmt(lang, &[i]),
            _ => T::AboutFile.get(lang).into(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    Ours,
    Base,
    Sep,
    Theirs,
}

/// The marker a line is, if any: seven or more of `<`, `|` or `>` followed by a space or the
/// end of the line, or seven or more `=` alone.
fn marker(line: &str) -> Option<Marker> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let first = line.as_bytes().first().copied()?;
    let kind = match first {
        b'<' => Marker::Ours,
        b'|' => Marker::Base,
        b'=' => Marker::Sep,
        b'>' => Marker::Theirs,
        _ => return None,
    };
    let run = line.bytes().take_while(|&b| b == first).count();
    if run < 7 {
        return None;
    }
    let rest = &line[run..];
    let ok = match kind {
        Marker::Sep => rest.trim().is_empty(),
        _ => rest.is_empty() || rest.starts_with(' '),
    };
    ok.then_some(kind)
}

/// Whether the text may hold conflict markers (a fast test before [`scan`]).
pub fn may_have_markers(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"<<<<<<<").is_some()
}

/// Every conflict block of the text, in file order. Empty for a file without markers.
pub fn scan(text: &str) -> Vec<Block> {
    if !may_have_markers(text) {
        return Vec::new();
    }
    let mut blocks = Vec::new();
    let mut last_id: Option<String> = None;
    let mut in_issues = false;
    // The open block: (start offset, line, section starts).
    let mut open: Option<Open> = None;
    let mut offset = 0;
    for (k, raw_line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += raw_line.len();
        let line = raw_line.strip_suffix('\n').unwrap_or(raw_line);
        let m = marker(line);
        match (&mut open, m) {
            (None, Some(Marker::Ours)) => {
                open = Some(Open {
                    start,
                    line: k + 1,
                    ours: offset..offset,
                    base: None,
                    sep: None,
                });
            }
            (Some(o), Some(Marker::Base)) if o.base.is_none() && o.sep.is_none() => {
                o.ours.end = start;
                o.base = Some(offset..offset);
            }
            (Some(o), Some(Marker::Sep)) if o.sep.is_none() => {
                match &mut o.base {
                    Some(b) => b.end = start,
                    None => o.ours.end = start,
                }
                o.sep = Some(offset);
            }
            (Some(o), Some(Marker::Theirs)) if o.sep.is_some() => {
                let theirs = o.sep.unwrap_or(start)..start;
                blocks.push(o.finish(text, offset, theirs, false, &last_id, in_issues));
                open = None;
            }
            (None, _) => {
                let t = line.trim_start();
                if t.starts_with("issues:") {
                    in_issues = true;
                } else if let Some(id) = id_of_line(t) {
                    last_id = Some(id);
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        let theirs = o.sep.unwrap_or(text.len())..text.len();
        blocks.push(o.finish(text, text.len(), theirs, true, &last_id, in_issues));
    }
    blocks
}

struct Open {
    start: usize,
    line: usize,
    ours: Range<usize>,
    base: Option<Range<usize>>,
    sep: Option<usize>,
}

impl Open {
    fn finish(
        &self,
        text: &str,
        end: usize,
        theirs: Range<usize>,
        unterminated: bool,
        last_id: &Option<String>,
        in_issues: bool,
    ) -> Block {
        let mut ours = self.ours.clone();
        if self.sep.is_none() && self.base.is_none() {
            ours.end = end;
        }
        let parts = [Some(ours.clone()), self.base.clone(), Some(theirs.clone())];
        // The first content line of the first non-empty side tells what the block is about.
        let first = parts
            .iter()
            .flatten()
            .filter_map(|r| text.get(r.clone()))
            .find_map(|s| s.lines().map(str::trim).find(|l| !l.is_empty()));
        let whole_issue = first.is_some_and(|l| l.starts_with('(') || l.starts_with("Issue("));
        let (issue, field) = if whole_issue {
            let id = parts
                .iter()
                .flatten()
                .filter_map(|r| text.get(r.clone()))
                .find_map(|s| s.lines().find_map(|l| id_of_line(l.trim_start())));
            (id, None)
        } else {
            let field = first.and_then(field_of_line);
            (if in_issues { last_id.clone() } else { None }, field)
        };
        Block {
            span: self.start..end,
            line: self.line,
            ours,
            base: self.base.clone(),
            theirs,
            issue,
            field,
            whole_issue,
            unterminated,
        }
    }
}

/// The field name a line starts with (`weight: 3,` → `weight`).
fn field_of_line(l: &str) -> Option<String> {
    let (name, _) = l.split_once(':')?;
    let name = name.trim();
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        .then(|| name.to_owned())
}

/// The id of an `id: "…"` line, unescaped as the canonical writer escapes.
fn id_of_line(l: &str) -> Option<String> {
    let rest = l.strip_prefix("id:")?.trim_start();
    let body = rest.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}

/// The refusal of a file holding conflict markers, one problem per block (up to 50), before
/// any parse: `FILE:LINE:1: unresolved merge conflict in issue X, field Y`.
pub fn refusal(name: &str, text: &str) -> Option<LoadError> {
    let blocks = scan(text);
    if blocks.is_empty() {
        return None;
    }
    let hint = format!(
        "open it in Accord (`accord {name}`) to pick ours, theirs or base for each conflict \
         and save a clean file, or edit it and remove the marker lines \
         (<<<<<<<, |||||||, =======, >>>>>>>)"
    );
    let extra = blocks.len().saturating_sub(super::MAX_PROBLEMS);
    let mut diagnostics: Vec<Diagnostic> = blocks
        .iter()
        .take(super::MAX_PROBLEMS)
        .map(|b| Diagnostic {
            pos: Some(Pos {
                line: b.line,
                col: 1,
            }),
            message: if b.unterminated {
                format!(
                    "unterminated merge conflict in {} (no `>>>>>>>` line after this `<<<<<<<`)",
                    b.about()
                )
            } else {
                format!("unresolved merge conflict in {}", b.about())
            },
            hint: hint.clone(),
        })
        .collect();
    if extra > 0 {
        diagnostics.push(Diagnostic {
            pos: None,
            message: format!("… and {extra} more conflicts"),
            hint: "resolve the ones above and check again".into(),
        });
    }
    Some(LoadError {
        file: name.to_owned(),
        diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    format: 1,\n<<<<<<< ours\n    round: 2,\n=======\n    round: 3,\n>>>>>>> theirs\n    issues: [\n        (\n            id: \"a\\\"b\",\n<<<<<<< ours\n            weight: 2,\n||||||| base\n            weight: 1,\n=======\n            weight: 5,\n>>>>>>> theirs\n        ),\n<<<<<<< ours\n||||||| base\n        (\n            id: \"gone\",\n        ),\n=======\n        (\n            id: \"gone\",\n            title: \"x\",\n        ),\n>>>>>>> theirs\n    ],\n)\n";

    #[test]
    fn finds_each_block_and_what_it_is_about() {
        let b = scan(TEXT);
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].about(), "the header, field round");
        assert_eq!(b[0].line, 3);
        assert_eq!(&TEXT[b[0].ours.clone()], "    round: 2,\n");
        assert_eq!(&TEXT[b[0].theirs.clone()], "    round: 3,\n");
        assert_eq!(b[1].about(), "issue a\"b, field weight");
        assert_eq!(
            b[1].base.clone().map(|r| &TEXT[r]),
            Some("            weight: 1,\n")
        );
        assert_eq!(
            b[2].about(),
            "issue gone (deleted on one side, edited on the other)"
        );
        assert_eq!(&TEXT[b[2].ours.clone()], "");
        let e = refusal("f.ron", TEXT).map(|e| e.headlines());
        assert_eq!(
            e.as_ref().and_then(|h| h.get(1)).map(String::as_str),
            Some("f.ron:11:1: unresolved merge conflict in issue a\"b, field weight")
        );
    }

    #[test]
    fn text_that_only_looks_like_markers_is_not_a_conflict() {
        assert!(scan("(\n    notes: \"<<<<<<< not a marker\",\n)\n").is_empty());
        assert!(scan("<<<<<<x\n").is_empty());
        let b = scan("(\n<<<<<<< ours\n    round: 2,\n");
        assert!(b.len() == 1 && b[0].unterminated);
    }
}
