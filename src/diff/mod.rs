//! Keyed diff of position files: what differs between two sides, what moved between rounds.
//!
//! Pure code, no egui: [`diff`] compares two [`Position`]s, matching issues by `id` (never by
//! place), and [`concession::concessions`] says who moved toward whom between rounds. The
//! command line (`accord diff`, [`cli`]) and the app's diff view draw the same [`Diff`].
//!
//! Kinds: an issue is *added*, *removed*, *changed* (some field differs; `moved` tells whether
//! it also changed place) or *moved* (same data, another place). Places are compared through a
//! longest increasing subsequence of the common ids, so a block of 20 issues moved elsewhere
//! reports exactly those 20, not everything they jumped over.

pub mod cli;
pub mod concession;
pub mod field;
pub mod render;
pub mod synth;
pub mod view_model;
pub mod words;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;

pub use concession::{Concession, Concessions, concessions};
pub use field::{Detail, FieldChange, ListItem, OptionChange, OptionsDiff, Value};
pub use words::{Span, SpanTag, word_diff};

use crate::model::{Issue, Position};

/// What happened to an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Only in the new file.
    Added,
    /// Only in the old file.
    Removed,
    /// In both, with some field changed (it may also have moved: see [`IssueChange::moved`]).
    Changed,
    /// In both with the same data, at another place.
    Moved,
}

impl Kind {
    /// All kinds, in the order counts are shown.
    pub const ALL: [Kind; 4] = [Kind::Changed, Kind::Added, Kind::Removed, Kind::Moved];

    /// The word used in output (`added`, `removed`, `changed`, `moved`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
            Kind::Moved => "moved",
        }
    }

    /// The word in a language, for the diff view (`added` / `추가됨`).
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::compare::Compare as T;
        match self {
            Kind::Added => T::KindAdded.get(lang),
            Kind::Removed => T::KindRemoved.get(lang),
            Kind::Changed => T::KindChanged.get(lang),
            Kind::Moved => T::KindMoved.get(lang),
        }
    }
}

/// One issue that differs.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueChange {
    /// The issue's id.
    pub id: String,
    /// What happened.
    pub kind: Kind,
    /// The issue changed place relative to the other common issues.
    pub moved: bool,
    /// Changed fields, in file-format order (empty for added, removed and moved issues).
    pub fields: Vec<FieldChange>,
    /// For an added issue: the id of a removed issue holding near-identical data. A guess;
    /// both stay counted as added and removed.
    pub likely_rename_of: Option<String>,
    /// Index in the old file's issues.
    pub old_index: Option<usize>,
    /// Index in the new file's issues.
    pub new_index: Option<usize>,
}

/// Counts per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    /// Issues only in the new file.
    pub added: usize,
    /// Issues only in the old file.
    pub removed: usize,
    /// Issues with changed fields (moved or not).
    pub changed: usize,
    /// Issues that only moved.
    pub moved: usize,
    /// Changed header (top-level) fields.
    pub header: usize,
}

impl Summary {
    /// The count of one kind.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Added => self.added,
            Kind::Removed => self.removed,
            Kind::Changed => self.changed,
            Kind::Moved => self.moved,
        }
    }
}

/// The difference between two positions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diff {
    /// Changed top-level fields (`party`, `round`, `batna`…), in file-format order.
    pub header: Vec<FieldChange>,
    /// Issues that differ: in the new file's order, then the removed ones in the old file's
    /// order. Unchanged issues are not listed.
    pub changes: Vec<IssueChange>,
}

impl Diff {
    /// No difference at all: the files hold the same data.
    pub fn is_empty(&self) -> bool {
        self.header.is_empty() && self.changes.is_empty()
    }

    /// Counts per kind.
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            header: self.header.len(),
            ..Summary::default()
        };
        for c in &self.changes {
            match c.kind {
                Kind::Added => s.added += 1,
                Kind::Removed => s.removed += 1,
                Kind::Changed => s.changed += 1,
                Kind::Moved => s.moved += 1,
            }
        }
        s
    }

    /// The change of the issue with this id.
    pub fn get(&self, id: &str) -> Option<&IssueChange> {
        self.changes.iter().find(|c| c.id == id)
    }
}

/// A fast, non-cryptographic hasher for id maps (the Fx hash of rustc): ids come from the
/// user's own files, so hash flooding is no concern, and SipHash showed in profiles.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` keyed by ids, with [`FxHasher`].
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Compare two positions: `old` and `new` may be two rounds of one side, or the two sides.
pub fn diff(old: &Position, new: &Position) -> Diff {
    let header = field::header_fields(old, new);

    // Ids are unique in a checked file; should a duplicate slip in, the first one is the key.
    let mut old_at: IdMap<&str, usize> =
        IdMap::with_capacity_and_hasher(old.issues.len(), Default::default());
    for (i, issue) in old.issues.iter().enumerate() {
        old_at.entry(issue.id.as_str()).or_insert(i);
    }
    let mut matched = vec![false; old.issues.len()];
    // For each new issue: its old index when the id is common.
    let mut pair: Vec<Option<usize>> = Vec::with_capacity(new.issues.len());
    for issue in &new.issues {
        let o = old_at
            .get(issue.id.as_str())
            .copied()
            .filter(|&o| !matched[o]);
        if let Some(o) = o {
            matched[o] = true;
        }
        pair.push(o);
    }

    // Everything that depends on a tie-break is computed in one canonical orientation of the
    // pair of files, so that diff(a, b) and diff(b, a) mirror each other exactly.
    let forward = old
        .issues
        .iter()
        .map(|i| &i.id)
        .le(new.issues.iter().map(|i| &i.id));

    let moved = moved_flags(&pair, old.issues.len(), forward);

    let added: Vec<usize> = (0..new.issues.len())
        .filter(|&n| pair[n].is_none())
        .collect();
    let removed: Vec<usize> = (0..old.issues.len()).filter(|&o| !matched[o]).collect();
    let renames = rename_hints(old, new, &added, &removed, forward);

    let mut changes = Vec::new();
    for (n, issue) in new.issues.iter().enumerate() {
        match pair[n] {
            None => changes.push(IssueChange {
                id: issue.id.clone(),
                kind: Kind::Added,
                moved: false,
                fields: Vec::new(),
                likely_rename_of: renames.get(&n).map(|&o| old.issues[o].id.clone()),
                old_index: None,
                new_index: Some(n),
            }),
            Some(o) => {
                let before = &old.issues[o];
                let fields = if before == issue {
                    Vec::new()
                } else {
                    field::issue_fields(before, issue)
                };
                let kind = if !fields.is_empty() {
                    Kind::Changed
                } else if moved[n] {
                    Kind::Moved
                } else {
                    continue;
                };
                changes.push(IssueChange {
                    id: issue.id.clone(),
                    kind,
                    moved: moved[n],
                    fields,
                    likely_rename_of: None,
                    old_index: Some(o),
                    new_index: Some(n),
                });
            }
        }
    }
    for &o in &removed {
        changes.push(IssueChange {
            id: old.issues[o].id.clone(),
            kind: Kind::Removed,
            moved: false,
            fields: Vec::new(),
            likely_rename_of: None,
            old_index: Some(o),
            new_index: None,
        });
    }
    Diff { header, changes }
}

/// For each new issue: whether it moved relative to the other common issues.
///
/// The common issues that keep their relative order are a longest increasing subsequence of
/// their old ranks taken in new order; every other common issue moved. `forward` picks which
/// of the two inverse permutations the subsequence is computed on, so that both directions of
/// a diff pick the same one when several are equally long.
fn moved_flags(pair: &[Option<usize>], old_len: usize, forward: bool) -> Vec<bool> {
    // Old ranks among the common issues, in new order: a permutation of 0..m.
    let mut common = vec![false; old_len];
    for &o in pair.iter().flatten() {
        common[o] = true;
    }
    let mut rank_of_old = vec![0; old_len];
    let mut m = 0;
    for (o, c) in common.iter().enumerate() {
        if *c {
            rank_of_old[o] = m;
            m += 1;
        }
    }
    let seq: Vec<usize> = pair.iter().flatten().map(|&o| rank_of_old[o]).collect();
    let mut flags = vec![false; pair.len()];
    if seq.windows(2).all(|w| w[0] < w[1]) {
        return flags;
    }
    let keep_by_new: Vec<bool> = if forward {
        lis_members(&seq)
    } else {
        let mut inv = vec![0; seq.len()];
        for (k, &r) in seq.iter().enumerate() {
            inv[r] = k;
        }
        let keep_by_old = lis_members(&inv);
        seq.iter().map(|&r| keep_by_old[r]).collect()
    };
    let mut k = 0;
    for (n, p) in pair.iter().enumerate() {
        if p.is_some() {
            flags[n] = !keep_by_new[k];
            k += 1;
        }
    }
    flags
}

/// Which elements of a sequence of distinct numbers belong to one longest increasing
/// subsequence (patience sorting, O(n log n)).
pub(crate) fn lis_members(seq: &[usize]) -> Vec<bool> {
    // tails[l]: index in seq of the smallest tail of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &x) in seq.iter().enumerate() {
        let l = tails.partition_point(|&t| seq[t] < x);
        prev[i] = if l > 0 { Some(tails[l - 1]) } else { None };
        if l == tails.len() {
            tails.push(i);
        } else {
            tails[l] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

/// Fields (of twelve) that must hold the same data for an added issue to be hinted as a likely
/// rename of a removed one.
const RENAME_MIN_SAME_FIELDS: usize = 10;
/// Candidates looked at per title or stance, so that many issues with one title stay linear.
const RENAME_MAX_CANDIDATES: usize = 64;

/// Pairs (new index → old index) of added and removed issues holding near-identical data:
/// the same title or stance, and at most two of the twelve fields different. Each removed issue
/// is hinted at most once, best matches first.
fn rename_hints(
    old: &Position,
    new: &Position,
    added: &[usize],
    removed: &[usize],
    forward: bool,
) -> HashMap<usize, usize> {
    let mut hints = HashMap::new();
    if added.is_empty() || removed.is_empty() {
        return hints;
    }
    let mut by_text: IdMap<&str, Vec<usize>> = IdMap::default();
    for &o in removed {
        let i = &old.issues[o];
        for key in [i.title.as_str(), i.stance.as_str()] {
            if !key.trim().is_empty() {
                by_text.entry(key).or_default().push(o);
            }
        }
    }
    // (same fields, new index, old index)
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for &n in added {
        let a: &Issue = &new.issues[n];
        let mut seen: Vec<usize> = Vec::new();
        for key in [a.title.as_str(), a.stance.as_str()] {
            let Some(list) = by_text.get(key) else {
                continue;
            };
            for &o in list.iter().take(RENAME_MAX_CANDIDATES) {
                if seen.contains(&o) {
                    continue;
                }
                seen.push(o);
                let same = field::same_field_count(a, &old.issues[o]);
                if same >= RENAME_MIN_SAME_FIELDS {
                    candidates.push((same, n, o));
                }
            }
        }
    }
    // Best first; ties broken by place in the canonical orientation (see `diff`).
    candidates.sort_by(|x, y| {
        let key = |c: &(usize, usize, usize)| if forward { (c.1, c.2) } else { (c.2, c.1) };
        y.0.cmp(&x.0).then_with(|| key(x).cmp(&key(y)))
    });
    let mut used_old = std::collections::HashSet::new();
    for (_, n, o) in candidates {
        if hints.contains_key(&n) || !used_old.insert(o) {
            continue;
        }
        hints.insert(n, o);
    }
    hints
}

#[cfg(test)]
mod tests;
