//! The workspace table as plain data: issues of both sides matched by id, grouped by topic,
//! filtered and sorted. The UI draws it; benchmarks and tests use it without a window.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::model::{Issue, Position};
use crate::scoring::gap::{Gap, issue_gap};
use crate::workspace::{Side, Workspace};

/// Columns that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Column {
    /// Issue id and title.
    Issue,
    /// A side's stance text.
    Stance(Side),
    /// A side's target label.
    Target(Side),
    /// A side's weight.
    Weight(Side),
    /// The gap between the sides.
    Gap,
}

/// Sort order: a column and whether it runs descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sort {
    /// Column sorted by.
    pub column: Column,
    /// Largest first.
    pub descending: bool,
}

/// One issue, matched across the two sides by id.
#[derive(Debug, Clone)]
pub struct Row {
    /// The shared id.
    pub id: String,
    /// Topic (the left side's, else the right side's).
    pub topic: String,
    /// Index of the issue in the left position.
    pub left: Option<usize>,
    /// Index of the issue in the right position.
    pub right: Option<usize>,
    /// Gap between the sides, when both hold the issue with options.
    pub gap: Option<Gap>,
    /// Lower-cased text of every field of both sides, for the filter.
    search: String,
}

impl Row {
    /// Index of the issue on a side.
    pub fn index(&self, side: Side) -> Option<usize> {
        match side {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }
}

/// A line of the displayed table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// A topic heading: index of the topic's first row, number of rows shown under it.
    Topic {
        /// Index into [`TableModel::rows`] of a row of this topic.
        first: usize,
        /// Rows shown under the heading.
        count: usize,
    },
    /// An issue: index into [`TableModel::rows`].
    Issue(usize),
}

/// The matched rows of a workspace.
#[derive(Debug, Clone, Default)]
pub struct TableModel {
    /// Rows grouped by topic: topics in order of first appearance (left file, then right),
    /// issues in file order within a topic, issues only on the right after the left ones.
    pub rows: Vec<Row>,
}

fn push_search(s: &mut String, issue: &Issue) {
    for t in [
        &issue.id,
        &issue.topic,
        &issue.title,
        &issue.stance,
        &issue.notes,
    ] {
        s.push_str(&t.to_lowercase());
        s.push('\u{1f}');
    }
    for c in &issue.options {
        s.push_str(&c.label.to_lowercase());
        s.push('\u{1f}');
    }
    for list in [&issue.interests, &issue.criteria, &issue.sources] {
        for t in list {
            s.push_str(&t.to_lowercase());
            s.push('\u{1f}');
        }
    }
    if let Some(t) = &issue.target {
        s.push_str(&t.to_lowercase());
    }
}

impl TableModel {
    /// Match the two sides' issues by id.
    pub fn build(ws: &Workspace) -> Self {
        let left = ws.position(Side::Left);
        let right = ws.position(Side::Right);
        let empty = Position::default();
        let (l, r) = (left.unwrap_or(&empty), right.unwrap_or(&empty));
        let right_index: HashMap<&str, usize> = r
            .issues
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.as_str(), i))
            .collect();
        let mut topic_order: HashMap<&str, usize> = HashMap::new();
        let mut rows: Vec<(usize, Row)> = Vec::with_capacity(l.issues.len() + r.issues.len());
        let mut matched_right = vec![false; r.issues.len()];
        for (li, issue) in l.issues.iter().enumerate() {
            let ri = right_index.get(issue.id.as_str()).copied();
            if let Some(ri) = ri {
                matched_right[ri] = true;
            }
            rows.push(make_row(l, r, Some(li), ri, &mut topic_order));
        }
        for (ri, _) in r.issues.iter().enumerate() {
            if !matched_right[ri] {
                rows.push(make_row(l, r, None, Some(ri), &mut topic_order));
            }
        }
        // Stable: file order within a topic is kept.
        rows.sort_by_key(|(t, _)| *t);
        TableModel {
            rows: rows.into_iter().map(|(_, r)| r).collect(),
        }
    }

    /// The lines to show: topic headings and the rows that pass the filter, in sort order
    /// within each topic (or the topics themselves, when sorting by issue).
    pub fn lines(&self, ws: &Workspace, filter: &str, sort: Option<Sort>) -> Vec<Line> {
        self.lines_among(ws, filter, sort, None)
    }

    /// As [`Self::lines`], searching only the rows marked in `among` (the matches of a shorter
    /// filter that this one contains: typing narrows, so only earlier matches can match).
    pub fn lines_among(
        &self,
        ws: &Workspace,
        filter: &str,
        sort: Option<Sort>,
        among: Option<&[bool]>,
    ) -> Vec<Line> {
        let needle = filter.trim().to_lowercase();
        // One prebuilt SIMD searcher for every row.
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let mut out = Vec::with_capacity(self.rows.len() + 16);
        let mut start = 0;
        while start < self.rows.len() {
            let topic = &self.rows[start].topic;
            let mut end = start + 1;
            while end < self.rows.len() && &self.rows[end].topic == topic {
                end += 1;
            }
            let mut members: Vec<usize> = (start..end)
                .filter(|&i| among.is_none_or(|a| a.get(i).copied().unwrap_or(false)))
                .filter(|&i| {
                    needle.is_empty() || finder.find(self.rows[i].search.as_bytes()).is_some()
                })
                .collect();
            if !members.is_empty() {
                if let Some(s) = sort {
                    members.sort_by(|&a, &b| {
                        let o = compare(ws, &self.rows[a], &self.rows[b], s.column);
                        if s.descending { o.reverse() } else { o }
                    });
                }
                out.push(Line::Topic {
                    first: start,
                    count: members.len(),
                });
                out.extend(members.into_iter().map(Line::Issue));
            }
            start = end;
        }
        out
    }

    /// Recompute the row of one issue after a field edit that left ids and topics alone.
    pub fn update_issue(&mut self, ws: &Workspace, side: Side, index: usize) {
        let Some(row) = self.rows.iter_mut().find(|r| r.index(side) == Some(index)) else {
            return;
        };
        let l = row
            .left
            .and_then(|i| ws.position(Side::Left)?.issues.get(i));
        let r = row
            .right
            .and_then(|i| ws.position(Side::Right)?.issues.get(i));
        row.search.clear();
        for i in [l, r].into_iter().flatten() {
            push_search(&mut row.search, i);
        }
        row.gap = match (l, r) {
            (Some(a), Some(b)) => issue_gap(a, b),
            _ => None,
        };
    }

    /// The row with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.rows.iter().position(|r| r.id == id)
    }
}

fn make_row<'a>(
    l: &'a Position,
    r: &'a Position,
    li: Option<usize>,
    ri: Option<usize>,
    topics: &mut HashMap<&'a str, usize>,
) -> (usize, Row) {
    let li_issue = li.and_then(|i| l.issues.get(i));
    let ri_issue = ri.and_then(|i| r.issues.get(i));
    let primary = li_issue.or(ri_issue);
    let topic = primary.map_or("", |i| i.topic.as_str());
    let n = topics.len();
    let order = *topics.entry(topic).or_insert(n);
    let mut search = String::new();
    for i in [li_issue, ri_issue].into_iter().flatten() {
        push_search(&mut search, i);
    }
    let gap = match (li_issue, ri_issue) {
        (Some(a), Some(b)) => issue_gap(a, b),
        _ => None,
    };
    (
        order,
        Row {
            id: primary.map(|i| i.id.clone()).unwrap_or_default(),
            topic: topic.to_owned(),
            left: li,
            right: ri,
            gap,
            search,
        },
    )
}

fn issue_of<'a>(ws: &'a Workspace, row: &Row, side: Side) -> Option<&'a Issue> {
    ws.position(side)?.issues.get(row.index(side)?)
}

/// Compare two rows by a column; missing values sort last.
fn compare(ws: &Workspace, a: &Row, b: &Row, col: Column) -> Ordering {
    fn opt<T: PartialOrd>(a: Option<T>, b: Option<T>) -> Ordering {
        match (a, b) {
            (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    match col {
        Column::Issue => a.id.cmp(&b.id),
        Column::Gap => opt(a.gap.map(|g| g.size), b.gap.map(|g| g.size)),
        Column::Weight(s) => opt(
            issue_of(ws, a, s).map(|i| i.weight),
            issue_of(ws, b, s).map(|i| i.weight),
        ),
        Column::Stance(s) => opt(
            issue_of(ws, a, s).map(|i| i.stance.to_lowercase()),
            issue_of(ws, b, s).map(|i| i.stance.to_lowercase()),
        ),
        Column::Target(s) => opt(
            issue_of(ws, a, s).and_then(|i| i.effective_target().map(str::to_lowercase)),
            issue_of(ws, b, s).and_then(|i| i.effective_target().map(str::to_lowercase)),
        ),
    }
}
