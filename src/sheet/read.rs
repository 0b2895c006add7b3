//! Reading the layout from a grid of cells: workbook (calamine), CSV and clipboard TSV (csv).
//!
//! Stage one turns the source into a [`Grid`]; stage two reads the header block and the issue
//! table from it, collecting every problem with its place; stage three checks the position as
//! the file loader does ([`format::validate`]) and puts each problem back on its cell.

use std::collections::HashMap;

use super::write::number_text;
use super::{COLUMNS, Cell, HEADER_FIELDS, Place, SheetError, SheetProblem};
use crate::format::{self, Seg};
use crate::model::{Choice, FORMAT_VERSION, Flexibility, Issue, Position};

/// At most this many problems are reported per file.
const MAX_PROBLEMS: usize = 50;

/// Cells by row, and how to name a cell's place.
pub(crate) struct Grid {
    pub rows: Vec<Vec<Cell>>,
    pub locator: Locator,
}

/// How grid coordinates become places the user can find.
pub(crate) enum Locator {
    /// A workbook sheet whose used range starts at (row0, col0).
    Sheet {
        name: String,
        row0: usize,
        col0: usize,
    },
    /// CSV: the line each record starts on.
    Lines(Vec<u64>),
    /// Pasted text: rows count from 1.
    Clipboard,
}

impl Grid {
    fn place(&self, r: usize, c: usize) -> Place {
        match &self.locator {
            Locator::Sheet { name, row0, col0 } => Place::Cell {
                sheet: name.clone(),
                row: row0 + r,
                col: col0 + c,
            },
            Locator::Lines(lines) => Place::Line {
                line: lines.get(r).copied().unwrap_or(r as u64 + 1),
                col: c + 1,
            },
            Locator::Clipboard => Place::Row { row: r + 1, col: c },
        }
    }

    fn cell(&self, r: usize, c: usize) -> &Cell {
        self.rows
            .get(r)
            .and_then(|row| row.get(c))
            .unwrap_or(&Cell::Empty)
    }
}

/// Problems collected while reading, with their places.
struct Problems(Vec<SheetProblem>);

impl Problems {
    fn push(&mut self, place: Option<Place>, message: String, hint: &str) {
        self.0.push(SheetProblem {
            place,
            message,
            hint: hint.to_owned(),
        });
    }

    fn into_error(self, file: &str) -> Result<(), SheetError> {
        if self.0.is_empty() {
            return Ok(());
        }
        let mut problems = self.0;
        let extra = problems.len().saturating_sub(MAX_PROBLEMS);
        problems.truncate(MAX_PROBLEMS);
        if extra > 0 {
            problems.push(SheetProblem {
                place: None,
                message: format!("… and {extra} more problems"),
                hint: "fix the ones above and try again".into(),
            });
        }
        Err(SheetError {
            file: file.to_owned(),
            problems,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Sources → grid

/// A workbook's first sheet as a grid (xlsx, xlsm, xls, xlsb, ods: whatever calamine reads).
pub(crate) fn from_workbook_bytes(name: &str, bytes: Vec<u8>) -> Result<Position, SheetError> {
    use calamine::Reader as _;
    let mut wb =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| {
            SheetError::single(
                name,
                None,
                format!("cannot read the workbook: {e}"),
                "save it from Excel or LibreOffice as .xlsx (Excel Workbook) and try again",
            )
        })?;
    let sheet = wb.sheet_names().first().cloned().ok_or_else(|| {
        SheetError::single(
            name,
            None,
            "the workbook has no sheet".into(),
            "the position goes on the first sheet; see docs/spreadsheet.md",
        )
    })?;
    let range = match wb.worksheet_range_at(0) {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            return Err(SheetError::single(
                name,
                None,
                format!("cannot read sheet {sheet}: {e}"),
                "save it from Excel or LibreOffice as .xlsx and try again",
            ));
        }
        None => {
            return Err(SheetError::single(
                name,
                None,
                "the workbook has no sheet".into(),
                "the position goes on the first sheet; see docs/spreadsheet.md",
            ));
        }
    };
    let (row0, col0) = range
        .start()
        .map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let rows = range
        .rows()
        .map(|r| r.iter().map(cell_of_data).collect())
        .collect();
    let grid = Grid {
        rows,
        locator: Locator::Sheet {
            name: sheet,
            row0,
            col0,
        },
    };
    position_from_grid(name, &grid)
}

fn cell_of_data(d: &calamine::Data) -> Cell {
    use calamine::Data as D;
    match d {
        D::Empty => Cell::Empty,
        D::String(s) => Cell::Text(s.clone()),
        D::Float(f) => Cell::Number(*f),
        D::Int(i) => Cell::Number(*i as f64),
        D::Bool(b) => Cell::Other(format!(
            "the logical value {}",
            if *b { "TRUE" } else { "FALSE" }
        )),
        D::DateTime(dt) if dt.is_datetime() => match excel_date(dt.as_f64()) {
            Some(d) => Cell::Date(d),
            None => Cell::Other("a date out of range".into()),
        },
        D::DateTime(_) => Cell::Other("a duration".into()),
        D::DateTimeIso(s) => Cell::Date(s.get(..10).unwrap_or(s).to_owned()),
        D::DurationIso(_) => Cell::Other("a duration".into()),
        D::Error(e) => Cell::Other(format!("the error value {e}")),
    }
}

/// An Excel serial date (1900 system) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> Option<String> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Day 0 is 1899-12-30 once Excel's phantom 1900-02-29 is accounted for (serials ≥ 61).
    let days = serial.floor() as i64 - 25_569; // days since 1970-01-01
    let (y, m, d) = civil_from_days(days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// CSV bytes as a grid: UTF-8 (byte-order mark optional), comma- or semicolon-separated (Excel
/// in many European locales writes `;`).
pub(crate) fn from_csv_bytes(name: &str, bytes: &[u8]) -> Result<Position, SheetError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let valid = &bytes[..e.valid_up_to()];
        let line = 1 + valid.iter().filter(|&&b| b == b'\n').count() as u64;
        return Err(SheetError::single(
            name,
            Some(Place::Line { line, col: 1 }),
            "the file is not UTF-8 text".into(),
            "in Excel save as \"CSV UTF-8 (Comma delimited)\"; in LibreOffice pick the character \
             set \"Unicode (UTF-8)\" (Hangul needs it)",
        ));
    }
    // Excel honours (and some programs write) a first line `sep=;` naming the delimiter.
    let (bytes, delimiter, first_line) = match bytes.strip_prefix(b"sep=") {
        Some(rest) if rest.first().is_some_and(|b| !b.is_ascii_whitespace()) => {
            let next = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
            (&rest[next..], rest[0], 2)
        }
        _ => (bytes, sniff_delimiter(bytes), 1),
    };
    let mut grid = delimited_grid(name, bytes, delimiter, false)?;
    if let Locator::Lines(lines) = &mut grid.locator {
        lines.iter_mut().for_each(|l| *l += first_line - 1);
    }
    position_from_grid(name, &grid)
}

/// `;` when the first line has semicolons outside quotes and no commas, else `,`.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > 0 && commas == 0 { b';' } else { b',' }
}

fn delimited_grid(
    name: &str,
    bytes: &[u8],
    delimiter: u8,
    clipboard: bool,
) -> Result<Grid, SheetError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let mut rec = csv::StringRecord::new();
    // Lines counted from byte offsets: the csv crate's own line count skips blank lines.
    let (mut counted_to, mut line) = (0usize, 1u64);
    let mut line_at = |byte: usize| {
        // A record's position may sit on the line break before it (CRLF, skipped blank lines).
        let mut byte = byte.min(bytes.len());
        while byte < bytes.len() && matches!(bytes[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte > counted_to {
            line += memchr::memchr_iter(b'\n', &bytes[counted_to..byte]).count() as u64;
            counted_to = byte;
        }
        line
    };
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                lines.push(line_at(rec.position().map_or(0, |p| p.byte() as usize)));
                rows.push(
                    rec.iter()
                        .map(|s| {
                            if s.is_empty() {
                                Cell::Empty
                            } else {
                                Cell::Text(s.to_owned())
                            }
                        })
                        .collect(),
                );
            }
            Err(e) => {
                let line = line_at(e.position().map_or(0, |p| p.byte() as usize));
                return Err(SheetError::single(
                    name,
                    Some(if clipboard {
                        Place::Row {
                            row: rows.len() + 1,
                            col: 0,
                        }
                    } else {
                        Place::Line { line, col: 1 }
                    }),
                    format!("cannot read this row: {e}"),
                    "check the quotes: a cell that holds a quote, a comma or a line break is \
                     written in double quotes, with inner quotes doubled",
                ));
            }
        }
    }
    Ok(Grid {
        rows,
        locator: if clipboard {
            Locator::Clipboard
        } else {
            Locator::Lines(lines)
        },
    })
}

// ---------------------------------------------------------------------------------------------
// Grid → position

fn norm_name(s: &str) -> String {
    s.trim().to_lowercase().replace([' ', '-'], "_")
}

fn name_of(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Text(s) if !s.trim().is_empty() => Some(norm_name(s)),
        _ => None,
    }
}

/// Read a whole position: the header block, then the issue table.
fn position_from_grid(file: &str, grid: &Grid) -> Result<Position, SheetError> {
    let mut problems = Problems(Vec::new());
    let table_at = grid
        .rows
        .iter()
        .position(|r| r.first().and_then(name_of).as_deref() == Some("id"));
    let header_end = table_at.unwrap_or(grid.rows.len());
    let mut header: HashMap<&'static str, usize> = HashMap::new();
    for r in 0..header_end {
        let row = &grid.rows[r];
        let Some(first) = row.iter().position(|c| !c.is_blank()) else {
            continue;
        };
        if first != 0 {
            problems.push(
                Some(grid.place(r, first)),
                "text outside the layout: no field name in column A".into(),
                "the header block has the field name in column A and its value in column B; \
                 see docs/spreadsheet.md",
            );
            continue;
        }
        let name = name_of(&row[0]).unwrap_or_default();
        if name == "field" {
            continue;
        }
        let Some(field) = HEADER_FIELDS.iter().find(|f| **f == name) else {
            problems.push(
                Some(grid.place(r, 0)),
                format!("unknown header field `{}`", cell_text(&row[0])),
                &format!(
                    "the header fields are: {} (the issue table starts with a row whose first \
                     cell is `id`)",
                    HEADER_FIELDS.join(", ")
                ),
            );
            continue;
        };
        if let Some(&prev) = header.get(field) {
            problems.push(
                Some(grid.place(r, 0)),
                format!(
                    "header field `{field}` appears twice (also in row {})",
                    prev + 1
                ),
                "keep one of the two",
            );
            continue;
        }
        header.insert(field, r);
        if let Some(extra) = row.iter().skip(2).position(|c| !c.is_blank()) {
            problems.push(
                Some(grid.place(r, extra + 2)),
                format!("text beside the value of `{field}`"),
                "a header field has its value in column B only; move the text into the value or \
                 delete it (nothing is dropped silently)",
            );
        }
    }
    let value_cell = |f: &str| header.get(f).map(|&r| (grid.cell(r, 1), grid.place(r, 1)));
    let mut p = Position::default();
    match value_cell("format") {
        None => problems.push(
            None,
            "no `format` row in the header block".into(),
            "add a row `format | 1` above the issue table",
        ),
        Some((c, pl)) => match whole(c) {
            Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => {}
            Some(v) if v > u64::from(FORMAT_VERSION) => problems.push(
                Some(pl),
                format!("format {v} was written by a newer version of Accord (this one reads format {FORMAT_VERSION})"),
                "update Accord to open this file",
            ),
            _ => problems.push(
                Some(pl),
                format!("format {} is not a format Accord reads", show(c)),
                "write 1",
            ),
        },
    }
    let text_field = |f: &str, problems: &mut Problems| -> Option<String> {
        let (c, pl) = value_cell(f)?;
        match text_of(c) {
            Ok(s) => Some(s),
            Err(what) => {
                problems.push(
                    Some(pl),
                    format!("`{f}` is {what}, not text"),
                    "type it as text",
                );
                None
            }
        }
    };
    p.party = text_field("party", &mut problems).unwrap_or_default();
    p.party_name = text_field("party_name", &mut problems).unwrap_or_default();
    p.title = text_field("title", &mut problems).unwrap_or_default();
    p.as_of = text_field("as_of", &mut problems);
    p.marking = text_field("marking", &mut problems);
    p.batna = text_field("batna", &mut problems).unwrap_or_default();
    if let Some((c, pl)) = value_cell("round") {
        match whole(c) {
            Some(v) if v <= u64::from(u32::MAX) => p.round = v as u32,
            _ if c.is_blank() => {}
            _ => problems.push(
                Some(pl),
                format!("round {} is not a whole number", show(c)),
                "rounds count 1, 2, 3, …",
            ),
        }
    }
    if let Some((c, pl)) = value_cell("reservation")
        && !c.is_blank()
    {
        match number(c) {
            Some(v) => p.reservation = v,
            None => problems.push(
                Some(pl),
                format!("reservation {} is not a number", show(c)),
                "the reservation is the overall score (0–100) of the no-deal alternative: type a number such as 45",
            ),
        }
    }
    let mut issues = Vec::new();
    if let Some(t) = table_at {
        let cols = table_columns(grid, t, &mut problems);
        issues = issue_rows(grid, t + 1, &cols, &mut problems);
    }
    problems.into_error(file)?;
    p.issues = issues.iter().map(|pi| pi.issue.clone()).collect();
    // Stage three: the rules a loaded file must pass, each put back on its cell.
    let mut problems = Problems(Vec::new());
    for pr in format::validate(&p) {
        let place = match pr.path.0.as_slice() {
            [Seg::Field("issues"), Seg::Index(i), rest @ ..] => {
                issues.get(*i).map(|pi| pi.place(grid, rest))
            }
            [Seg::Field(f), ..] => value_cell(f).map(|(_, pl)| pl),
            _ => None,
        };
        problems.push(place, pr.message, &pr.hint);
    }
    problems.into_error(file)?;
    Ok(p)
}

/// Column index → issue column name, from the table's header row.
fn table_columns(grid: &Grid, t: usize, problems: &mut Problems) -> Vec<Option<&'static str>> {
    let mut cols = Vec::new();
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    for (c, cell) in grid.rows[t].iter().enumerate() {
        let Some(name) = name_of(cell) else {
            cols.push(None);
            continue;
        };
        let name = if name == "label" {
            "option".to_owned()
        } else {
            name
        };
        match COLUMNS.iter().find(|k| **k == name) {
            Some(k) => {
                if seen.insert(k, c).is_some() {
                    problems.push(
                        Some(grid.place(t, c)),
                        format!("column `{k}` appears twice"),
                        "keep one of the two",
                    );
                    cols.push(None);
                } else {
                    cols.push(Some(*k));
                }
            }
            None => {
                problems.push(
                    Some(grid.place(t, c)),
                    format!("unknown column `{}`", cell_text(cell)),
                    &format!(
                        "the columns are: {} (unknown columns are refused so that nothing is \
                         silently lost)",
                        COLUMNS.join(", ")
                    ),
                );
                cols.push(None);
            }
        }
    }
    cols
}

/// One issue read from rows, with the places of its cells.
#[derive(Debug, Clone)]
pub(crate) struct ParsedIssue {
    pub issue: Issue,
    /// Grid row of the issue's first row.
    first_row: usize,
    /// Column of each field in the table.
    cols: HashMap<&'static str, usize>,
    /// Grid row of each option.
    option_rows: Vec<usize>,
    /// Rows read so far (the index of the next row within the issue).
    rows: usize,
    /// Scalar fields already set, with the row that set them.
    set: HashMap<&'static str, usize>,
    /// List items by row within the issue; gaps are empty items.
    lists: [Vec<Option<String>>; 3],
}

impl ParsedIssue {
    /// The place of a field of this issue, from the path below `issues[i]`.
    fn place(&self, grid: &Grid, rest: &[Seg]) -> Place {
        let col = |f: &str| self.cols.get(f).copied().unwrap_or(0);
        match rest {
            [Seg::Field("options"), Seg::Index(k), Seg::Field(f), ..] => {
                let row = self.option_rows.get(*k).copied().unwrap_or(self.first_row);
                grid.place(row, col(if *f == "label" { "option" } else { "value" }))
            }
            [Seg::Field(f), ..] => {
                let row = self.set.get(f).copied().unwrap_or(self.first_row);
                grid.place(row, col(f))
            }
            _ => grid.place(self.first_row, col("id")),
        }
    }

    /// The issue columns present in the table.
    pub fn columns(&self) -> impl Iterator<Item = &'static str> + '_ {
        COLUMNS
            .iter()
            .copied()
            .filter(|c| self.cols.contains_key(c))
    }
}

fn issue_rows(
    grid: &Grid,
    start: usize,
    cols: &[Option<&'static str>],
    problems: &mut Problems,
) -> Vec<ParsedIssue> {
    let col_of: HashMap<&'static str, usize> = cols
        .iter()
        .enumerate()
        .filter_map(|(c, n)| n.map(|n| (n, c)))
        .collect();
    let mut issues: Vec<ParsedIssue> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut current: Option<usize> = None;
    let id_col = col_of.get("id").copied();
    for r in start..grid.rows.len() {
        let row = &grid.rows[r];
        if row.iter().all(Cell::is_blank) {
            continue;
        }
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_blank() && cols.get(c).copied().flatten().is_none() {
                problems.push(
                    Some(grid.place(r, c)),
                    "text in a column without a name".into(),
                    &format!(
                        "put it under one of the columns ({}) or delete it (nothing is dropped \
                         silently)",
                        COLUMNS.join(", ")
                    ),
                );
            }
        }
        let id_cell = id_col.map_or(&Cell::Empty, |c| grid.cell(r, c));
        let idx = if id_cell.is_blank() {
            match current {
                Some(i) => i,
                None => {
                    problems.push(
                        Some(grid.place(r, id_col.unwrap_or(0))),
                        "a row with no issue id".into(),
                        "give the issue an id (a short key, unique in the file); later rows of \
                         the same issue may leave it blank",
                    );
                    continue;
                }
            }
        } else {
            let id = match text_of(id_cell) {
                Ok(s) => s,
                Err(what) => {
                    problems.push(
                        Some(grid.place(r, id_col.unwrap_or(0))),
                        format!("the id is {what}, not text"),
                        "type the id as text",
                    );
                    continue;
                }
            };
            match by_id.get(&id) {
                Some(&i) => i,
                None => {
                    issues.push(ParsedIssue {
                        issue: Issue {
                            id: id.clone(),
                            ..Issue::default()
                        },
                        first_row: r,
                        cols: col_of.clone(),
                        option_rows: Vec::new(),
                        rows: 0,
                        set: HashMap::new(),
                        lists: Default::default(),
                    });
                    by_id.insert(id, issues.len() - 1);
                    issues.len() - 1
                }
            }
        };
        current = Some(idx);
        let pi = &mut issues[idx];
        read_row(grid, r, &col_of, pi, problems);
        pi.rows += 1;
    }
    for pi in &mut issues {
        let [interests, criteria, sources] = std::mem::take(&mut pi.lists);
        let finish = |v: Vec<Option<String>>| -> Vec<String> {
            v.into_iter().map(Option::unwrap_or_default).collect()
        };
        pi.issue.interests = finish(interests);
        pi.issue.criteria = finish(criteria);
        pi.issue.sources = finish(sources);
    }
    issues
}

/// One row of an issue: its scalar fields (first row, or repeated exactly), an option, and one
/// item of each list.
fn read_row(
    grid: &Grid,
    r: usize,
    col_of: &HashMap<&'static str, usize>,
    pi: &mut ParsedIssue,
    problems: &mut Problems,
) {
    let get = |f: &str| col_of.get(f).map(|&c| (grid.cell(r, c), grid.place(r, c)));
    for f in [
        "topic",
        "title",
        "weight",
        "target",
        "walk_away",
        "flexibility",
        "stance",
        "notes",
    ] {
        let Some((cell, pl)) = get(f) else { continue };
        if cell.is_blank() {
            continue;
        }
        let issue = &mut pi.issue;
        let repeated = pi.set.contains_key(f);
        let same = match f {
            "weight" => match number(cell) {
                Some(v) if !repeated => {
                    issue.weight = v;
                    true
                }
                Some(v) => v == issue.weight,
                None => {
                    problems.push(
                        Some(pl),
                        format!("weight {} is not a number", show(cell)),
                        "weights are relative importance: type a number from 0 up to 1000000, such as 3 or 0.5",
                    );
                    continue;
                }
            },
            "flexibility" => match flexibility(cell) {
                Some(v) if !repeated => {
                    issue.flexibility = v;
                    true
                }
                Some(v) => v == issue.flexibility,
                None => {
                    problems.push(
                        Some(pl),
                        format!("flexibility {} is not Firm, Flexible or Open", show(cell)),
                        "type Firm, Flexible or Open (or leave it blank for Flexible)",
                    );
                    continue;
                }
            },
            _ => {
                let s = match text_of(cell) {
                    Ok(s) => s,
                    Err(what) => {
                        problems.push(
                            Some(pl),
                            format!("`{f}` is {what}, not text"),
                            "type it as text",
                        );
                        continue;
                    }
                };
                let slot: &mut String = match f {
                    "topic" => &mut issue.topic,
                    "title" => &mut issue.title,
                    "stance" => &mut issue.stance,
                    "notes" => &mut issue.notes,
                    "target" => issue.target.get_or_insert_with(String::new),
                    _ => issue.walk_away.get_or_insert_with(String::new),
                };
                if repeated {
                    *slot == s
                } else {
                    *slot = s;
                    true
                }
            }
        };
        if !same {
            problems.push(
                Some(pl),
                format!(
                    "issue \"{}\" has a different `{f}` here than on its first row",
                    pi.issue.id
                ),
                "an issue's fields go on its first row; its later rows leave them blank or repeat them exactly",
            );
        }
        pi.set.entry(f).or_insert(r);
    }
    let label = get("option");
    let value = get("value");
    let label_blank = label.as_ref().is_none_or(|(c, _)| c.is_blank());
    let value_blank = value.as_ref().is_none_or(|(c, _)| c.is_blank());
    match (label, &value) {
        (Some((lc, lpl)), _) if !label_blank => {
            let text = match text_of(lc) {
                Ok(s) => s,
                Err(what) => {
                    problems.push(
                        Some(lpl),
                        format!("the option is {what}, not text"),
                        "type the option's label as text",
                    );
                    return;
                }
            };
            let v = match value {
                Some((_, vpl)) if value_blank => {
                    problems.push(
                        Some(vpl),
                        format!("option \"{text}\" has no value"),
                        "type its worth to this party, a number from 0 to 100",
                    );
                    0.0
                }
                None => {
                    problems.push(
                        Some(lpl),
                        format!("option \"{text}\" has no value: the table has no `value` column"),
                        "add a `value` column beside `option`",
                    );
                    0.0
                }
                Some((vc, vpl)) => match number(vc) {
                    Some(v) => v,
                    None => {
                        problems.push(
                            Some(vpl),
                            format!("value {} is not a number", show(vc)),
                            "values are the option's worth to this party: type a number from 0 to 100",
                        );
                        0.0
                    }
                },
            };
            pi.issue.options.push(Choice {
                label: text,
                value: v,
                ..Choice::default()
            });
            pi.option_rows.push(r);
        }
        (_, Some((_, vpl))) if !value_blank => problems.push(
            Some(vpl.clone()),
            "a value with no option label beside it".into(),
            "type the option's label in the `option` column, or delete the value",
        ),
        _ => {}
    }
    let k = pi.rows;
    for (n, f) in ["interests", "criteria", "sources"].into_iter().enumerate() {
        let Some((cell, pl)) = get(f) else { continue };
        if cell.is_blank() {
            continue;
        }
        match text_of(cell) {
            Ok(s) => {
                let list = &mut pi.lists[n];
                if list.len() <= k {
                    list.resize(k + 1, None);
                }
                list[k] = Some(s);
            }
            Err(what) => problems.push(
                Some(pl),
                format!("`{f}` is {what}, not text"),
                "type it as text",
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Cells

/// A cell as text: text as is, a number the way the file would write it, a date as YYYY-MM-DD.
fn text_of(c: &Cell) -> Result<String, String> {
    match c {
        Cell::Empty => Ok(String::new()),
        Cell::Text(s) => Ok(s.clone()),
        Cell::Number(v) => Ok(number_text(*v)),
        Cell::Date(d) => Ok(d.clone()),
        Cell::Other(what) => Err(what.clone()),
    }
}

/// The cell's content for a message: text in quotes, numbers as they are.
fn show(c: &Cell) -> String {
    match c {
        Cell::Empty => "(empty)".into(),
        Cell::Text(s) => format!("\"{s}\""),
        Cell::Number(v) => number_text(*v),
        Cell::Date(d) => format!("{d} (a date)"),
        Cell::Other(what) => what.clone(),
    }
}

fn cell_text(c: &Cell) -> String {
    text_of(c).unwrap_or_default()
}

/// A finite number: a numeric cell, or text that reads as one (spaces around it allowed).
fn number(c: &Cell) -> Option<f64> {
    let v = match c {
        Cell::Number(v) => *v,
        Cell::Text(s) => {
            let t = s.trim();
            // Rust also reads "inf" and "NaN", which are not numbers a person means.
            if t.is_empty()
                || t.chars()
                    .any(|ch| ch.is_ascii_alphabetic() && ch != 'e' && ch != 'E')
            {
                return None;
            }
            t.parse().ok()?
        }
        _ => return None,
    };
    v.is_finite().then_some(v)
}

fn whole(c: &Cell) -> Option<u64> {
    let v = number(c)?;
    (v >= 0.0 && v.fract() == 0.0 && v < 1.8e19).then_some(v as u64)
}

fn flexibility(c: &Cell) -> Option<Flexibility> {
    let Cell::Text(s) = c else { return None };
    let t = s.trim();
    Flexibility::ALL
        .into_iter()
        .find(|f| f.as_str().eq_ignore_ascii_case(t))
}

// ---------------------------------------------------------------------------------------------
// Clipboard

/// Issues pasted from a spreadsheet: each with the fields its columns carry, and where each of
/// its cells was (to put a refusal on the right row and column).
#[derive(Debug, Clone)]
pub struct PastedIssue {
    parsed: ParsedIssue,
}

impl PastedIssue {
    /// The issue as pasted (fields whose column was not pasted hold their defaults).
    pub fn issue(&self) -> &Issue {
        &self.parsed.issue
    }

    /// The issue columns that were pasted (`id` always).
    pub fn columns(&self) -> Vec<&'static str> {
        self.parsed.columns().collect()
    }

    /// Where a field of this issue came from: `field` as in the file format, `option` the
    /// option's index for `options[k].label`/`.value`.
    pub fn place(&self, rest: &[Seg]) -> Place {
        self.parsed.place(
            &Grid {
                rows: Vec::new(),
                locator: Locator::Clipboard,
            },
            rest,
        )
    }
}

/// Read issue rows pasted from Excel or LibreOffice (tab-separated, quoted where a cell holds a
/// tab, a quote or a line break). The first row may be the column names (as Edit ▸ Copy writes
/// them); without it the columns are taken in the layout's order. Refusals name row and column.
pub fn parse_clipboard(text: &str) -> Result<Vec<PastedIssue>, SheetError> {
    let file = "clipboard";
    let grid = delimited_grid(file, text.as_bytes(), b'\t', true)?;
    let mut problems = Problems(Vec::new());
    let first = grid
        .rows
        .iter()
        .position(|r| r.iter().any(|c| !c.is_blank()));
    let Some(first) = first else {
        return Err(SheetError::single(
            file,
            None,
            "the clipboard holds no rows".into(),
            "copy issue rows (id, topic, title, weight, option, value, …) from a spreadsheet",
        ));
    };
    let has_header = grid.rows[first].first().and_then(name_of).as_deref() == Some("id");
    let (cols, start) = if has_header {
        (table_columns(&grid, first, &mut problems), first + 1)
    } else {
        let width = grid.rows.iter().map(Vec::len).max().unwrap_or(0);
        if width > COLUMNS.len() {
            problems.push(
                Some(grid.place(first, COLUMNS.len())),
                format!("{width} columns, more than the layout's {}", COLUMNS.len()),
                "copy the column names too (the row starting with `id`), or only the layout's columns",
            );
        }
        (
            (0..width.min(COLUMNS.len()))
                .map(|c| Some(COLUMNS[c]))
                .collect(),
            first,
        )
    };
    if !cols.contains(&Some("id")) {
        problems.push(
            Some(grid.place(first, 0)),
            "the pasted rows have no `id` column".into(),
            "issues are matched by id: copy the `id` column too",
        );
    }
    let issues = issue_rows(&grid, start, &cols, &mut problems);
    problems.into_error(file)?;
    if issues.is_empty() {
        return Err(SheetError::single(
            file,
            None,
            "the clipboard holds column names but no issue rows".into(),
            "copy the issue rows too",
        ));
    }
    Ok(issues
        .into_iter()
        .map(|parsed| PastedIssue { parsed })
        .collect())
}
