//! Writing the layout: rows of cells, then XLSX (rust_xlsxwriter), CSV or TSV (csv).

use std::fmt::Write as _;

use rust_xlsxwriter::{Format, FormatAlign, Workbook};

use super::{COLUMNS, SHEET_NAME};
use crate::model::{Issue, Position};

/// Excel's limit on the characters in one cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// One cell to write.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Out<'a> {
    Blank,
    Text(&'a str),
    Num(f64),
}

/// The header block: `field | value` rows, then one blank row.
fn header_rows(p: &Position) -> Vec<[Out<'_>; 2]> {
    let mut rows = vec![
        [Out::Text("field"), Out::Text("value")],
        [
            Out::Text("format"),
            Out::Num(f64::from(p.required_format())),
        ],
        [Out::Text("party"), Out::Text(&p.party)],
        [Out::Text("party_name"), Out::Text(&p.party_name)],
        [Out::Text("title"), Out::Text(&p.title)],
        [Out::Text("round"), Out::Num(f64::from(p.round))],
    ];
    if let Some(d) = &p.as_of {
        rows.push([Out::Text("as_of"), Out::Text(d)]);
    }
    if let Some(m) = &p.marking {
        rows.push([Out::Text("marking"), Out::Text(m)]);
    }
    rows.push([Out::Text("batna"), Out::Text(&p.batna)]);
    rows.push([Out::Text("reservation"), Out::Num(p.reservation)]);
    rows
}

/// The rows of one issue: as many as its longest list (options, interests, criteria, sources),
/// at least one. The id is on every row; the issue's other fields on its first row only.
pub(crate) fn issue_rows(i: &Issue, mut emit: impl FnMut([Out<'_>; 14])) {
    let n = i
        .options
        .len()
        .max(i.interests.len())
        .max(i.criteria.len())
        .max(i.sources.len())
        .max(1);
    fn item(list: &[String], k: usize) -> Out<'_> {
        list.get(k).map_or(Out::Blank, |s| Out::Text(s))
    }
    fn on_first(first: bool, s: &str) -> Out<'_> {
        if first { Out::Text(s) } else { Out::Blank }
    }
    for k in 0..n {
        let first = k == 0;
        let text = |s| on_first(first, s);
        let (label, value) = match i.options.get(k) {
            Some(c) => (Out::Text(&c.label), Out::Num(c.value)),
            None => (Out::Blank, Out::Blank),
        };
        emit([
            Out::Text(&i.id),
            text(&i.topic),
            text(&i.title),
            if first {
                Out::Num(i.weight)
            } else {
                Out::Blank
            },
            label,
            value,
            i.target.as_deref().map_or(Out::Blank, text),
            i.walk_away.as_deref().map_or(Out::Blank, text),
            text(i.flexibility.as_str()),
            text(&i.stance),
            item(&i.interests, k),
            item(&i.criteria, k),
            text(&i.notes),
            item(&i.sources, k),
        ]);
    }
}

/// A number as the canonical file writes it: whole numbers without a fraction, others in the
/// shortest form that reads back to the same value.
pub fn number_text(v: f64) -> String {
    let mut s = String::new();
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let _ = write!(s, "{}", v as i64);
    } else {
        let _ = write!(s, "{v}");
    }
    s
}

fn csv_field(o: Out<'_>) -> std::borrow::Cow<'_, str> {
    match o {
        Out::Blank => "".into(),
        Out::Text(s) => s.into(),
        Out::Num(v) => number_text(v).into(),
    }
}

/// The position as CSV: UTF-8 with a byte-order mark (so Excel reads Hangul correctly), CRLF
/// line ends as Excel writes them, quotes only where needed.
pub fn to_csv_string(p: &Position) -> String {
    let builder = || {
        let mut b = csv::WriterBuilder::new();
        b.flexible(true).terminator(csv::Terminator::CRLF);
        b
    };
    let mut w = builder().from_writer(Vec::with_capacity(256 + p.issues.len() * 400));
    // Writing into a Vec cannot fail; errors are ignored rather than unwrapped.
    for r in header_rows(p) {
        let _ = w.write_record(r.map(csv_field).iter().map(|s| s.as_ref()));
    }
    // One blank line between the blocks (a record of one empty field would be written `""`).
    let mut head = w.into_inner().unwrap_or_default();
    head.extend_from_slice(b"\r\n");
    let mut w = builder().from_writer(head);
    let _ = w.write_record(COLUMNS);
    for i in &p.issues {
        issue_rows(i, |r| {
            let _ = w.write_record(r.map(csv_field).iter().map(|s| s.as_ref()));
        });
    }
    let bytes = w.into_inner().unwrap_or_default();
    let mut s = String::with_capacity(bytes.len() + 3);
    s.push('\u{feff}');
    s.push_str(&String::from_utf8_lossy(&bytes));
    s
}

/// Issue rows as tab-separated text in the layout, with the column names as the first row (what
/// Edit ▸ Copy puts on the clipboard; Excel and LibreOffice paste it as cells).
pub fn issues_to_tsv(issues: &[&Issue]) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(COLUMNS);
    for i in issues {
        issue_rows(i, |r| {
            let _ = w.write_record(r.map(csv_field).iter().map(|s| s.as_ref()));
        });
    }
    String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned()
}

/// The first text longer than Excel allows in a cell, as (message, hint).
fn too_long(p: &Position) -> Option<(String, String)> {
    let long = |s: &str| s.len() > MAX_CELL_CHARS && s.chars().count() > MAX_CELL_CHARS;
    let hint = format!(
        "Excel holds at most {MAX_CELL_CHARS} characters in a cell: shorten the text, or keep this \
         position in its .ron file"
    );
    if long(&p.batna) || long(&p.title) || long(&p.party_name) {
        return Some((
            "the header has a text too long for a spreadsheet cell".into(),
            hint,
        ));
    }
    for i in &p.issues {
        let texts = [&i.topic, &i.title, &i.stance, &i.notes, &i.id];
        let lists = i.interests.iter().chain(&i.criteria).chain(&i.sources);
        let labels = i.options.iter().map(|c| &c.label);
        if texts
            .into_iter()
            .chain(lists)
            .chain(labels)
            .any(|s| long(s))
        {
            return Some((
                format!(
                    "issue \"{}\" has a text too long for a spreadsheet cell",
                    i.id
                ),
                hint,
            ));
        }
    }
    None
}

/// The position as an XLSX workbook: one sheet, [`SHEET_NAME`], the header block then the issue
/// table (bold column names, frozen below them, with an autofilter). Errors are (message, hint).
pub fn to_xlsx_bytes(p: &Position) -> Result<Vec<u8>, (String, String)> {
    if let Some(e) = too_long(p) {
        return Err(e);
    }
    let fail = |e: rust_xlsxwriter::XlsxError| {
        (
            format!("cannot write the workbook: {e}"),
            "please report this; nothing was written".to_owned(),
        )
    };
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(SHEET_NAME).map_err(fail)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut row: u32 = 0;
    let put = |ws: &mut rust_xlsxwriter::Worksheet,
               row: u32,
               col: u16,
               o: Out<'_>,
               f: Option<&Format>| {
        match (o, f) {
            (Out::Blank | Out::Text(""), _) => Ok(()),
            (Out::Text(s), Some(f)) => ws.write_string_with_format(row, col, s, f).map(|_| ()),
            (Out::Text(s), None) => ws.write_string(row, col, s).map(|_| ()),
            (Out::Num(v), _) => ws.write_number(row, col, v).map(|_| ()),
        }
    };
    for r in header_rows(p) {
        put(ws, row, 0, r[0], Some(&bold)).map_err(fail)?;
        put(ws, row, 1, r[1], None).map_err(fail)?;
        row += 1;
    }
    row += 1;
    let table_header = row;
    for (c, name) in COLUMNS.iter().enumerate() {
        put(ws, row, c as u16, Out::Text(name), Some(&bold)).map_err(fail)?;
    }
    row += 1;
    let mut err = None;
    for i in &p.issues {
        issue_rows(i, |cells| {
            for (c, o) in cells.into_iter().enumerate() {
                // Long free text wraps; the key columns stay on one line.
                let f = (c >= 9).then_some(&wrap);
                if let Err(e) = put(ws, row, c as u16, o, f)
                    && err.is_none()
                {
                    err = Some(e);
                }
            }
            row += 1;
        });
        if let Some(e) = err.take() {
            return Err(fail(e));
        }
    }
    let widths = [
        18.0, 16.0, 28.0, 8.0, 28.0, 7.0, 20.0, 20.0, 10.0, 40.0, 30.0, 30.0, 30.0, 30.0,
    ];
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w).map_err(fail)?;
    }
    ws.set_freeze_panes(table_header + 1, 1).map_err(fail)?;
    ws.autofilter(table_header, 0, row.saturating_sub(1).max(table_header), 13)
        .map_err(fail)?;
    wb.save_to_buffer().map_err(fail)
}
