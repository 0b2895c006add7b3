//! Word-level diff of free text (titles, stances, notes, list items), built on `similar`.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// What happened to a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpanTag {
    /// In both texts.
    Same,
    /// Only in the old text.
    Deleted,
    /// Only in the new text.
    Inserted,
}

/// A run of text with one tag. Runs alternate; whitespace stays attached to its neighbours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// What happened to the run.
    pub tag: SpanTag,
    /// The text of the run, exactly as in the file (Hangul included).
    pub text: String,
}

/// Word-level diff of `old` against `new`: runs of same, deleted and inserted text.
///
/// Words are split on whitespace (so a Hangul eojeol is one word, as a Korean reader expects);
/// consecutive tokens with the same tag are merged into one run. Concatenating the `Same` and
/// `Deleted` runs gives `old`; `Same` and `Inserted` gives `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<Span> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Span> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = match change.tag() {
            ChangeTag::Equal => SpanTag::Same,
            ChangeTag::Delete => SpanTag::Deleted,
            ChangeTag::Insert => SpanTag::Inserted,
        };
        let text = change.value();
        match out.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(text),
            _ => out.push(Span {
                tag,
                text: text.to_owned(),
            }),
        }
    }
    absorb_lone_spaces(out)
}

/// A single space kept as "same" between a deletion and an insertion reads badly
/// (`[-a-] {+b+}`): fold it into both sides so edits read as whole phrases.
fn absorb_lone_spaces(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let s = &spans[i];
        let between_edits = s.tag == SpanTag::Same
            && !s.text.is_empty()
            && s.text.chars().all(char::is_whitespace)
            && i > 0
            && i + 1 < spans.len()
            && spans[i - 1].tag != SpanTag::Same
            && spans[i + 1].tag != SpanTag::Same;
        if between_edits {
            push_merged(&mut out, SpanTag::Deleted, &s.text);
            push_merged(&mut out, SpanTag::Inserted, &s.text);
        } else {
            push_merged(&mut out, s.tag, &s.text);
        }
        i += 1;
    }
    // Merging may leave `Inserted, Deleted, Inserted`: regroup each edit block as all
    // deletions, then all insertions.
    regroup(out)
}

fn push_merged(out: &mut Vec<Span>, tag: SpanTag, text: &str) {
    match out.last_mut() {
        Some(last) if last.tag == tag => last.text.push_str(text),
        _ => out.push(Span {
            tag,
            text: text.to_owned(),
        }),
    }
}

fn regroup(spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    let mut del = String::new();
    let mut ins = String::new();
    let flush = |out: &mut Vec<Span>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            push_merged(out, SpanTag::Deleted, del);
            del.clear();
        }
        if !ins.is_empty() {
            push_merged(out, SpanTag::Inserted, ins);
            ins.clear();
        }
    };
    for s in spans {
        match s.tag {
            SpanTag::Same => {
                flush(&mut out, &mut del, &mut ins);
                push_merged(&mut out, SpanTag::Same, &s.text);
            }
            SpanTag::Deleted => del.push_str(&s.text),
            SpanTag::Inserted => ins.push_str(&s.text),
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// The old text of a span list (same + deleted runs).
pub fn old_text(spans: &[Span]) -> String {
    spans
        .iter()
        .filter(|s| s.tag != SpanTag::Inserted)
        .map(|s| s.text.as_str())
        .collect()
}

/// The new text of a span list (same + inserted runs).
pub fn new_text(spans: &[Span]) -> String {
    spans
        .iter()
        .filter(|s| s.tag != SpanTag::Deleted)
        .map(|s| s.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| match s.tag {
                SpanTag::Same => s.text.clone(),
                SpanTag::Deleted => format!("[-{}-]", s.text),
                SpanTag::Inserted => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[test]
    fn one_word_replaced() {
        let d = word_diff(
            "Deliveries must become predictable.",
            "Deliveries must become reliable.",
        );
        assert_eq!(
            render(&d),
            "Deliveries must become [-predictable.-]{+reliable.+}"
        );
    }

    #[test]
    fn hangul_words() {
        let old = "대한민국 방산협력 입장";
        let new = "대한민국 방위산업 협력 입장";
        let d = word_diff(old, new);
        assert_eq!(render(&d), "대한민국 [-방산협력-]{+방위산업 협력+} 입장");
        assert_eq!(old_text(&d), old);
        assert_eq!(new_text(&d), new);
    }

    #[test]
    fn adjacent_edits_read_as_phrases() {
        let d = word_diff("a b c d", "a x y d");
        assert_eq!(render(&d), "a [-b c-]{+x y+} d");
    }

    #[test]
    fn round_trips() {
        for (a, b) in [
            ("", "new text"),
            ("old text", ""),
            ("line one\nline two", "line one\nline 2\nthree"),
            ("  spaced  ", " spaced"),
        ] {
            let d = word_diff(a, b);
            assert_eq!(old_text(&d), a);
            assert_eq!(new_text(&d), b);
        }
    }
}
