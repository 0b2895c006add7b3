//! Resolving the conflicts of a file left with merge markers: the merge view's model, pure.
//!
//! Works on the text's conflict blocks ([`crate::format::conflict::scan`]), so it resolves
//! what `accord merge` wrote and what git's own line merge wrote alike: for each block, pick
//! ours, theirs or the base, or type the lines; every pick is one undo step; when every block
//! is resolved, the text with the picks in place must load as a position, and that is saved.

use crate::diff::{Span, word_diff};
use crate::format::{self, LoadError, conflict::Block};
use crate::model::Position;

/// What a conflict was resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Our lines.
    Ours,
    /// Their lines.
    Theirs,
    /// The base's lines (only when the block has them).
    Base,
    /// Lines typed by the user.
    Edited(String),
}

/// The resolution of one conflicted file.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    text: String,
    blocks: Vec<Block>,
    picks: Vec<Option<Pick>>,
    /// The text being typed for each block (starts as ours).
    drafts: Vec<String>,
    undo: Vec<(usize, Option<Pick>)>,
    redo: Vec<(usize, Option<Pick>)>,
    /// The conflict shown (F7 / Shift+F7 step through them).
    pub current: usize,
}

/// Which lines of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Ours.
    Ours,
    /// The base.
    Base,
    /// Theirs.
    Theirs,
}

impl Resolution {
    /// The resolution of a text with conflict markers; `None` when it has none.
    pub fn new(text: String) -> Option<Resolution> {
        let blocks = format::conflict::scan(&text);
        if blocks.is_empty() {
            return None;
        }
        let drafts = blocks
            .iter()
            .map(|b| text.get(b.ours.clone()).unwrap_or("").to_owned())
            .collect();
        Some(Resolution {
            picks: vec![None; blocks.len()],
            drafts,
            text,
            blocks,
            undo: Vec::new(),
            redo: Vec::new(),
            current: 0,
        })
    }

    /// The conflict blocks, in file order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// How many conflicts.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// Never true (a resolution has at least one conflict); for clippy's `len` rule.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// How many are resolved.
    pub fn resolved(&self) -> usize {
        self.picks.iter().filter(|p| p.is_some()).count()
    }

    /// The pick of conflict `k`.
    pub fn pick_of(&self, k: usize) -> Option<&Pick> {
        self.picks.get(k).and_then(Option::as_ref)
    }

    /// The lines of one part of conflict `k` (`None` for a base the block does not have).
    pub fn part(&self, k: usize, part: Part) -> Option<&str> {
        let b = self.blocks.get(k)?;
        let r = match part {
            Part::Ours => Some(b.ours.clone()),
            Part::Base => b.base.clone(),
            Part::Theirs => Some(b.theirs.clone()),
        }?;
        self.text.get(r)
    }

    /// The text being typed for conflict `k`.
    pub fn draft(&self, k: usize) -> &str {
        self.drafts.get(k).map_or("", String::as_str)
    }

    /// Change the text being typed for conflict `k` (not a pick yet: not an undo step).
    pub fn set_draft(&mut self, k: usize, text: String) {
        if let Some(d) = self.drafts.get_mut(k) {
            *d = text;
        }
    }

    /// Word-level highlights of ours and theirs against the base (or against each other when
    /// the block has no base): the diff view's spans.
    pub fn highlights(&self, k: usize) -> (Vec<Span>, Vec<Span>) {
        let ours = self.part(k, Part::Ours).unwrap_or("");
        let theirs = self.part(k, Part::Theirs).unwrap_or("");
        match self.part(k, Part::Base) {
            Some(base) => (word_diff(base, ours), word_diff(base, theirs)),
            None => (word_diff(theirs, ours), word_diff(ours, theirs)),
        }
    }

    /// Resolve conflict `k` (one undo step). A base pick on a block without a base is ignored.
    pub fn pick(&mut self, k: usize, pick: Pick) {
        if k >= self.picks.len() || (pick == Pick::Base && self.part(k, Part::Base).is_none()) {
            return;
        }
        let before = self.picks[k].replace(pick);
        self.undo.push((k, before));
        self.redo.clear();
        self.current = k;
    }

    /// Whether there is a pick to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a pick to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undo the last pick.
    pub fn undo(&mut self) {
        if let Some((k, before)) = self.undo.pop() {
            let now = std::mem::replace(&mut self.picks[k], before);
            self.redo.push((k, now));
            self.current = k;
        }
    }

    /// Redo the last undone pick.
    pub fn redo(&mut self) {
        if let Some((k, again)) = self.redo.pop() {
            let now = std::mem::replace(&mut self.picks[k], again);
            self.undo.push((k, now));
            self.current = k;
        }
    }

    /// Step to the next (or previous) conflict, wrapping around.
    pub fn step(&mut self, forward: bool) {
        let n = self.blocks.len().max(1);
        self.current = if forward {
            (self.current + 1) % n
        } else {
            (self.current + n - 1) % n
        };
    }

    /// The text with every pick in place; `None` while a conflict is unresolved.
    pub fn result_text(&self) -> Option<String> {
        let mut out = String::with_capacity(self.text.len());
        let mut at = 0;
        for (k, b) in self.blocks.iter().enumerate() {
            out.push_str(self.text.get(at..b.span.start)?);
            match self.picks[k].as_ref()? {
                Pick::Ours => out.push_str(self.part(k, Part::Ours)?),
                Pick::Theirs => out.push_str(self.part(k, Part::Theirs)?),
                Pick::Base => out.push_str(self.part(k, Part::Base)?),
                Pick::Edited(t) => {
                    out.push_str(t);
                    if !t.is_empty() && !t.ends_with('\n') {
                        out.push('\n');
                    }
                }
            }
            at = b.span.end;
        }
        out.push_str(self.text.get(at..)?);
        Some(out)
    }

    /// The resolved position, checked as a load would check it (`name` in messages); `None`
    /// while a conflict is unresolved.
    pub fn result(&self, name: &str) -> Option<Result<Position, LoadError>> {
        self.result_text().map(|t| format::load_str(name, &t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::{Style, merge};

    fn conflicted() -> (Position, Position, Position, String) {
        let base = format::load_file(&crate::sample_path("us.ron")).unwrap();
        let (mut o, mut t) = (base.clone(), base.clone());
        o.issues[0].weight = 3.0;
        t.issues[0].weight = 4.0;
        o.issues[2].stance = "ours 입장".into();
        t.issues[2].stance = "theirs 입장".into();
        t.issues[3].notes = "clean".into();
        let text = merge(Some(&base), &o, &t)
            .render(Style {
                diff3: true,
                marker_size: 7,
            })
            .0;
        (base, o, t, text)
    }

    #[test]
    fn picking_every_conflict_gives_a_clean_position_and_undo_takes_it_back() {
        let (base, o, t, text) = conflicted();
        let mut r = Resolution::new(text).unwrap();
        assert_eq!(r.len(), 2);
        assert!(r.result("x").is_none());
        r.pick(0, Pick::Theirs);
        r.pick(1, Pick::Ours);
        let p = r.result("x").unwrap().unwrap();
        assert_eq!(p.issues[0].weight, t.issues[0].weight);
        assert_eq!(p.issues[2].stance, o.issues[2].stance);
        assert_eq!(p.issues[3].notes, "clean");
        r.undo();
        assert!(r.result("x").is_none());
        r.redo();
        r.pick(0, Pick::Base);
        assert_eq!(
            r.result("x").unwrap().unwrap().issues[0].weight,
            base.issues[0].weight
        );
        r.pick(0, Pick::Edited("            weight: 42,".into()));
        assert_eq!(r.result("x").unwrap().unwrap().issues[0].weight, 42.0);
        r.pick(0, Pick::Edited("            weight: oops,".into()));
        assert!(r.result("x").unwrap().is_err());
    }

    #[test]
    fn steps_wrap_and_highlights_show_each_sides_words() {
        let (_, _, _, text) = conflicted();
        let mut r = Resolution::new(text).unwrap();
        r.step(true);
        assert_eq!(r.current, 1);
        r.step(true);
        assert_eq!(r.current, 0);
        r.step(false);
        assert_eq!(r.current, 1);
        let (ours, theirs) = r.highlights(1);
        assert!(
            ours.iter()
                .any(|s| s.tag == crate::diff::SpanTag::Inserted && s.text.contains("ours"))
        );
        assert!(
            theirs
                .iter()
                .any(|s| s.tag == crate::diff::SpanTag::Inserted && s.text.contains("theirs"))
        );
    }
}
