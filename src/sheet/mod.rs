//! Spreadsheets: a position as XLSX or CSV, and issue rows on the clipboard as TSV.
//!
//! One layout for all three (`docs/spreadsheet.md`): the file's header fields as `field | value`
//! rows, then the issue table, one row per option with its issue's fields. Reading goes through
//! one grid of [`Cell`]s whatever the source (calamine for workbooks, the csv crate for CSV and
//! TSV), so every refusal names the same place the user sees: `sheet Issues, cell D14` in a
//! workbook, `LINE:COL` in a CSV, `row 3, column D` on the clipboard.

mod read;
mod write;

use std::fmt;
use std::path::Path;

use crate::format;
use crate::model::Position;

pub use read::{PastedIssue, parse_clipboard};
pub use write::{issues_to_tsv, number_text as number_label, to_csv_string, to_xlsx_bytes};

/// The name of the one sheet Accord writes (any first sheet is read).
pub const SHEET_NAME: &str = "Issues";

/// The issue table's columns, in the order Accord writes them. Reading finds columns by name, in
/// any order; only `id` is required.
pub const COLUMNS: [&str; 14] = [
    "id",
    "topic",
    "title",
    "weight",
    "option",
    "value",
    "target",
    "walk_away",
    "flexibility",
    "stance",
    "interests",
    "criteria",
    "notes",
    "sources",
];

/// The header fields, in the order Accord writes them (`format` first).
pub const HEADER_FIELDS: [&str; 9] = [
    "format",
    "party",
    "party_name",
    "title",
    "round",
    "as_of",
    "marking",
    "batna",
    "reservation",
];

/// Spreadsheet kinds, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Office Open XML workbook (`.xlsx`); reading also takes `.xlsm`, `.xls`, `.xlsb`, `.ods`.
    Workbook,
    /// Comma-separated values, UTF-8 (a byte-order mark is written and accepted).
    Csv,
}

impl Kind {
    /// The kind a file name asks for, by its extension (case-insensitive).
    pub fn of(path: &Path, reading: bool) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(Kind::Workbook),
            "xlsm" | "xls" | "xlsb" | "ods" if reading => Some(Kind::Workbook),
            "csv" => Some(Kind::Csv),
            _ => None,
        }
    }
}

/// One cell as read, whatever the source.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text (CSV and TSV cells are always text).
    Text(String),
    /// A number.
    Number(f64),
    /// A date typed into a workbook, already written `YYYY-MM-DD` (time of day dropped).
    Date(String),
    /// Anything else (a boolean, an error value such as `#N/A`), described for messages.
    Other(String),
}

impl Cell {
    /// Whether the cell holds nothing (an empty text counts as nothing).
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.is_empty(),
            _ => false,
        }
    }
}

/// Where a cell is, in the words of the program the user has open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A workbook cell: sheet name, 0-based row and column.
    Cell {
        /// Sheet name.
        sheet: String,
        /// 0-based row.
        row: usize,
        /// 0-based column.
        col: usize,
    },
    /// A CSV cell: 1-based line (of the record's start) and 1-based column (field number).
    Line {
        /// 1-based line.
        line: u64,
        /// 1-based field.
        col: usize,
    },
    /// A clipboard cell: 1-based row of the pasted text, 0-based column.
    Row {
        /// 1-based row.
        row: usize,
        /// 0-based column.
        col: usize,
    },
}

/// A spreadsheet column name: 0 → A, 25 → Z, 26 → AA.
pub fn column_name(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Cell { sheet, row, col } => {
                write!(f, "sheet {sheet}, cell {}{}", column_name(*col), row + 1)
            }
            Place::Line { line, col } => write!(f, "{line}:{col}"),
            Place::Row { row, col } => write!(f, "row {row}, column {}", column_name(*col)),
        }
    }
}

/// One problem in a spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    /// Where; `None` for the file as a whole.
    pub place: Option<Place>,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub hint: String,
}

/// A spreadsheet that was refused (nothing was written or changed), or one that could not be
/// written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct SheetError {
    /// The file as the user named it (`clipboard` for a paste).
    pub file: String,
    /// At least one problem.
    pub problems: Vec<SheetProblem>,
}

impl SheetError {
    /// A refusal with one problem.
    pub fn single(file: &str, place: Option<Place>, message: String, hint: &str) -> Self {
        SheetError {
            file: file.to_owned(),
            problems: vec![SheetProblem {
                place,
                message,
                hint: hint.to_owned(),
            }],
        }
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            // CSV places read as FILE:LINE:COL, as every other file error of Accord does.
            match &p.place {
                Some(pl @ Place::Line { .. }) => write!(f, "{}:{pl}: {}", self.file, p.message)?,
                Some(pl) => write!(f, "{}: {pl}: {}", self.file, p.message)?,
                None => write!(f, "{}: {}", self.file, p.message)?,
            }
            if !p.hint.is_empty() {
                write!(f, "\n  hint: {}", p.hint)?;
            }
        }
        Ok(())
    }
}

/// Read a position from a spreadsheet file (kind by extension). Nothing is written.
pub fn import_file(path: &Path) -> Result<Position, SheetError> {
    let name = path.display().to_string();
    let kind = Kind::of(path, true).ok_or_else(|| {
        SheetError::single(
            &name,
            None,
            "is not a spreadsheet Accord reads".into(),
            "name a .xlsx (or .xlsm, .xls, .xlsb, .ods) or .csv file",
        )
    })?;
    let meta = std::fs::metadata(path).map_err(|e| {
        SheetError::single(
            &name,
            None,
            format!("cannot open the file: {e}"),
            "check that the file exists and that you may read it",
        )
    })?;
    if meta.len() > format::MAX_FILE_BYTES {
        return Err(SheetError::single(
            &name,
            None,
            format!(
                "file is {:.1} MB, over the {} MB limit",
                meta.len() as f64 / 1e6,
                format::MAX_FILE_BYTES / (1024 * 1024)
            ),
            "split the position into smaller files",
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        SheetError::single(
            &name,
            None,
            format!("cannot read the file: {e}"),
            "check that you may read it",
        )
    })?;
    match kind {
        Kind::Workbook => read::from_workbook_bytes(&name, bytes),
        Kind::Csv => read::from_csv_bytes(&name, &bytes),
    }
}

/// Read a position from workbook bytes (`.xlsx`, `.xls`, `.xlsb`, `.ods`); `name` for messages.
pub fn from_xlsx_bytes(name: &str, bytes: Vec<u8>) -> Result<Position, SheetError> {
    read::from_workbook_bytes(name, bytes)
}

/// Read a position from CSV bytes (UTF-8, with or without a byte-order mark).
pub fn from_csv_bytes(name: &str, bytes: &[u8]) -> Result<Position, SheetError> {
    read::from_csv_bytes(name, bytes)
}

/// Write a position as a spreadsheet (kind by extension), atomically. A position that would
/// not load is refused, as a save is.
pub fn export_file(p: &Position, path: &Path) -> Result<(), SheetError> {
    let name = path.display().to_string();
    let Some(kind) = Kind::of(path, false) else {
        return Err(SheetError::single(
            &name,
            None,
            "is not a spreadsheet kind Accord writes".into(),
            "name the output .xlsx or .csv",
        ));
    };
    let problems = format::validate(p);
    if !problems.is_empty() {
        return Err(SheetError {
            file: name,
            problems: problems
                .into_iter()
                .map(|pr| SheetProblem {
                    place: None,
                    message: format!(
                        "not written, the position would not load: {}: {}",
                        pr.path, pr.message
                    ),
                    hint: pr.hint,
                })
                .collect(),
        });
    }
    // The layout holds every format-1 field; format-2 fields (ranges, `estimate`, `shared`)
    // would be lost without a word, and a lost `shared` list changes who sees what.
    let newer = p.features_beyond(1);
    if !newer.is_empty() {
        return Err(SheetError::single(
            &name,
            None,
            format!(
                "not written: the position uses {}, which the spreadsheet layout does not hold",
                newer.join(" and ")
            ),
            "keep the .ron file for them, or remove them from a copy before exporting",
        ));
    }
    let bytes = match kind {
        Kind::Workbook => to_xlsx_bytes(p)
            .map_err(|(message, hint)| SheetError::single(&name, None, message, &hint))?,
        Kind::Csv => to_csv_string(p).into_bytes(),
    };
    format::write_atomic(path, &bytes).map_err(|e| {
        SheetError::single(
            &name,
            None,
            format!("not written: {e}"),
            "check that the folder exists and that you may write to it",
        )
    })
}

#[cfg(test)]
mod tests;
