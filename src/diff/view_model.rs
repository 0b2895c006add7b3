//! The diff view as plain data: the rows it shows, the changes F7 steps through, and where the
//! user is. Built from two positions; the window only draws it.

use std::collections::HashMap;
use std::sync::Arc;

use super::concession::Concessions;
use super::{Diff, Kind, concessions, diff};
use crate::model::Position;

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The "header" group: top-level fields that changed.
    HeaderTitle,
    /// One changed top-level field.
    HeaderField(usize),
    /// An issue: its change (if any) and its place on each side.
    Issue {
        /// Index into the diff's changes.
        change: Option<usize>,
        /// Index in the old position.
        old: Option<usize>,
        /// Index in the new position.
        new: Option<usize>,
    },
    /// One changed field of a changed issue.
    Field {
        /// Index into the diff's changes.
        change: usize,
        /// Index into that change's fields.
        field: usize,
    },
}

/// The diff of two positions and its rows.
#[derive(Debug)]
pub struct DiffModel {
    /// The older position.
    pub old: Arc<Position>,
    /// The newer position.
    pub new: Arc<Position>,
    /// Names of the two, for the column headers.
    pub names: [String; 2],
    /// Only the changed issues are rows.
    pub only_changes: bool,
    /// The diff.
    pub diff: Diff,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
    /// Rows one can step to with F7: the header group and every changed issue.
    pub stops: Vec<usize>,
    /// Two rounds of one side: who moved ("US moved on 2 issues …", see
    /// [`Concessions::summary_in`]).
    pub moves: Option<Concessions>,
}

impl DiffModel {
    /// Diff `old` against `new` and lay the result out as rows.
    pub fn build(
        old: Arc<Position>,
        new: Arc<Position>,
        names: [String; 2],
        only_changes: bool,
    ) -> Self {
        let d = diff(&old, &new);
        let mut rows = Vec::new();
        let mut stops = Vec::new();
        if !d.header.is_empty() {
            stops.push(rows.len());
            rows.push(Row::HeaderTitle);
            rows.extend((0..d.header.len()).map(Row::HeaderField));
        }
        let mut push_issue = |rows: &mut Vec<Row>, ci: Option<usize>, o, n| {
            if ci.is_some() {
                stops.push(rows.len());
            }
            rows.push(Row::Issue {
                change: ci,
                old: o,
                new: n,
            });
            if let Some(ci) = ci {
                let c = &d.changes[ci];
                rows.extend((0..c.fields.len()).map(|f| Row::Field {
                    change: ci,
                    field: f,
                }));
            }
        };
        if only_changes {
            for (ci, c) in d.changes.iter().enumerate() {
                push_issue(&mut rows, Some(ci), c.old_index, c.new_index);
            }
        } else {
            let by_new: HashMap<usize, usize> = d
                .changes
                .iter()
                .enumerate()
                .filter_map(|(ci, c)| c.new_index.map(|n| (n, ci)))
                .collect();
            let old_at: HashMap<&str, usize> = old
                .issues
                .iter()
                .enumerate()
                .map(|(i, x)| (x.id.as_str(), i))
                .collect();
            for (n, issue) in new.issues.iter().enumerate() {
                let ci = by_new.get(&n).copied();
                let o = old_at.get(issue.id.as_str()).copied();
                push_issue(&mut rows, ci, o, Some(n));
            }
            for (ci, c) in d.changes.iter().enumerate() {
                if c.kind == Kind::Removed {
                    push_issue(&mut rows, Some(ci), c.old_index, None);
                }
            }
        }
        let moves = (old.party == new.party && !old.party.is_empty())
            .then(|| concessions(&old, &new, None))
            .filter(|m| !m.issues.is_empty());
        DiffModel {
            old,
            new,
            names,
            only_changes,
            diff: d,
            rows,
            stops,
            moves,
        }
    }

    /// The id of the changed issue at a stop (`None` for the header group).
    pub fn stop_issue(&self, stop: usize) -> Option<&str> {
        let row = *self.stops.get(stop)?;
        match self.rows.get(row)? {
            Row::Issue {
                change: Some(ci), ..
            } => Some(self.diff.changes[*ci].id.as_str()),
            _ => None,
        }
    }

    /// The stop of the changed issue with this id.
    pub fn stop_of(&self, id: &str) -> Option<usize> {
        (0..self.stops.len()).find(|&s| self.stop_issue(s) == Some(id))
    }

    /// Rows of a stop: its own row and the field rows under it.
    pub fn stop_rows(&self, stop: usize) -> Option<(usize, usize)> {
        let start = *self.stops.get(stop)?;
        let end = self.stops.get(stop + 1).copied().unwrap_or(self.rows.len());
        // Stop before the next issue row when not every issue is a stop.
        let end = (start + 1..end)
            .find(|&r| matches!(self.rows[r], Row::Issue { .. }))
            .unwrap_or(end);
        Some((start, end))
    }
}

/// Where the user is in the diff view.
#[derive(Debug, Default)]
pub struct DiffNav {
    /// The diff shown, rebuilt when what it compares changes.
    pub model: Option<DiffModel>,
    /// What the model was built from (see `State`).
    pub key: Option<String>,
    /// Index into the stops of the change the user stepped to.
    pub current: Option<usize>,
    /// Scroll this row into view when the state's frame counter equals the second number.
    pub scroll_to: Option<(usize, u64)>,
}

impl DiffNav {
    /// Step to the next change (`+1`, stays on the last) or the previous one (`-1`, stays on
    /// the first).
    pub fn step(&mut self, forward: bool, next_frame: u64) {
        let Some(m) = &self.model else { return };
        if m.stops.is_empty() {
            return;
        }
        let i = match (self.current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1).min(m.stops.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        self.current = Some(i);
        self.scroll_to = Some((m.stops[i], next_frame));
    }

    /// The id of the issue at the current change.
    pub fn current_issue_id(&self) -> Option<&str> {
        self.model.as_ref()?.stop_issue(self.current?)
    }

    /// Replace the model, keeping the user on the same issue.
    pub fn replace(&mut self, key: String, model: DiffModel) {
        let keep = self.current_issue_id().map(str::to_owned);
        self.current = keep.and_then(|id| model.stop_of(&id));
        self.model = Some(model);
        self.key = Some(key);
    }
}
