//! Editing a table cell in place: which cells are editable, the text an editor starts with,
//! the edit its text makes, and the next editable cell (Tab). Plain data over the table model.

use crate::edit::{Edit, IssueField, Value};
use crate::model::Issue;
use crate::table::{Column, Row, TableModel};
use crate::workspace::{Side, Workspace};

/// The table's columns, left to right.
pub const COLUMNS: [Column; 8] = [
    Column::Issue,
    Column::Stance(Side::Left),
    Column::Target(Side::Left),
    Column::Weight(Side::Left),
    Column::Gap,
    Column::Weight(Side::Right),
    Column::Target(Side::Right),
    Column::Stance(Side::Right),
];

/// A table cell being edited in place.
#[derive(Debug, Clone, PartialEq)]
pub struct CellEdit {
    /// Issue id of the row.
    pub id: String,
    /// Column index into [`COLUMNS`].
    pub col: usize,
    /// The text typed so far.
    pub text: String,
}

/// Whether a cell can be edited in place: stance, target and weight of a side holding the issue.
pub fn editable(row: &Row, col: usize) -> bool {
    match COLUMNS.get(col) {
        Some(Column::Stance(s) | Column::Target(s) | Column::Weight(s)) => row.index(*s).is_some(),
        _ => false,
    }
}

fn issue<'a>(ws: &'a Workspace, row: &Row, side: Side) -> Option<&'a Issue> {
    ws.position(side)?.issues.get(row.index(side)?)
}

/// Start editing a cell: the editor starts with the cell's current text.
pub fn begin_edit(table: &TableModel, ws: &Workspace, id: &str, col: usize) -> Option<CellEdit> {
    let row = table.rows.get(table.find(id)?)?;
    if !editable(row, col) {
        return None;
    }
    let text = match COLUMNS[col] {
        Column::Stance(s) => issue(ws, row, s)?.stance.clone(),
        Column::Target(s) => issue(ws, row, s)?.target.clone().unwrap_or_default(),
        Column::Weight(s) => format!("{}", issue(ws, row, s)?.weight),
        _ => return None,
    };
    Some(CellEdit {
        id: id.to_owned(),
        col,
        text,
    })
}

/// The edit that a cell editor's text makes (`None` when it changes nothing), or a message
/// saying why it makes none.
pub fn commit_edit(
    table: &TableModel,
    ws: &Workspace,
    e: &CellEdit,
) -> Result<Option<(Side, Edit)>, String> {
    let Some(row) = table.find(&e.id).and_then(|r| table.rows.get(r)) else {
        return Ok(None);
    };
    let (side, field, value) = match COLUMNS.get(e.col) {
        Some(Column::Stance(s)) => (*s, IssueField::Stance, Value::Text(e.text.clone())),
        Some(Column::Weight(s)) => {
            let t = e.text.trim().replace(',', ".");
            match t.parse::<f64>() {
                Ok(w) if w.is_finite() && w >= 0.0 => (*s, IssueField::Weight, Value::Number(w)),
                _ => return Err(format!("\"{}\" is not a weight: type a number ≥ 0", e.text)),
            }
        }
        Some(Column::Target(s)) => {
            let Some(i) = issue(ws, row, *s) else {
                return Ok(None);
            };
            let t = e.text.trim();
            let label = if t.is_empty() {
                None
            } else {
                match i
                    .options
                    .iter()
                    .find(|c| c.label == t || c.label.eq_ignore_ascii_case(t))
                {
                    Some(c) => Some(c.label.clone()),
                    None => {
                        let known: Vec<&str> = i.options.iter().map(|c| c.label.as_str()).collect();
                        return Err(format!(
                            "no option \"{t}\" on this issue; the target is unchanged (options: {})",
                            known.join(", ")
                        ));
                    }
                }
            };
            (*s, IssueField::Target, Value::OptText(label))
        }
        _ => return Ok(None),
    };
    let Some(index) = row.index(side) else {
        return Ok(None);
    };
    let current = ws
        .position(side)
        .and_then(|p| p.issues.get(index))
        .map(|i| crate::edit::issue_value(i, field));
    if current.as_ref() == Some(&value) {
        return Ok(None);
    }
    Ok(Some((side, Edit::SetIssue(index, field, value))))
}

/// The editable cell after (id, col) among the visible rows, in reading order.
pub fn next_editable(
    table: &TableModel,
    visible: &[usize],
    id: &str,
    col: usize,
) -> Option<(String, usize)> {
    let start = visible.iter().position(|&r| table.rows[r].id == id)?;
    let n = COLUMNS.len();
    let mut c = col + 1;
    for &r in &visible[start..] {
        let row = &table.rows[r];
        while c < n {
            if editable(row, c) {
                return Some((row.id.clone(), c));
            }
            c += 1;
        }
        c = 0;
    }
    None
}
