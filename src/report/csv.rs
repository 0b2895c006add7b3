//! The CSV export: one row per issue with both sides' columns, UTF-8 with a byte-order mark so
//! that Excel opens Hangul correctly, RFC 4180 quoting, CRLF line ends.

use super::{
    Prepared, ReportInput, joint_cells, markings, row_issue, side_issue, target_text,
    walk_away_text,
};
use crate::diff::render::fmt_num;
use crate::i18n::Lang;
use crate::i18n::report::Report as R;

/// The header row. Side columns are `left_…` and `right_…` (the LEFT and RIGHT files), so the
/// columns stay the same whatever the parties are called.
pub const HEADER: [&str; 19] = [
    "id",
    "topic",
    "title",
    "left_party",
    "left_stance",
    "left_target",
    "left_walk_away",
    "left_weight",
    "right_party",
    "right_stance",
    "right_target",
    "right_walk_away",
    "right_weight",
    "gap",
    "walk_aways_overlap",
    "common_ground",
    "conflict",
    "kind",
    "marking",
];

/// Append one field, quoted when it holds a comma, quote or line break. Text a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
pub(super) fn field(out: &mut String, s: &str, text: bool) {
    let guard = text && s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = guard || s.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if s.contains('"') {
        out.push_str(&s.replace('"', "\"\""));
    } else {
        out.push_str(s);
    }
    if quote {
        out.push('"');
    }
}

/// The header row in a language: [`HEADER`] in English; in Korean the same columns named in
/// Korean ("왼쪽 주장", …), in the same order.
pub fn header(lang: Lang) -> Vec<String> {
    if lang == Lang::En {
        return HEADER.iter().map(|h| (*h).to_owned()).collect();
    }
    use crate::i18n::side_name;
    use crate::workspace::Side;
    let mut h: Vec<String> = [R::LowerId, R::LowerTopic, R::LowerTitle]
        .iter()
        .map(|e| e.get(lang).to_owned())
        .collect();
    for side in Side::BOTH {
        let s = side_name(side, lang);
        for c in [
            R::LowerParty,
            R::LowerStance,
            R::LowerTarget,
            R::LowerWalkAway,
            R::LowerWeight,
        ] {
            h.push(format!("{s} {}", c.get(lang)));
        }
    }
    for c in [
        R::LowerGap,
        R::CsvOverlap,
        R::CsvCommonGround,
        R::LowerConflict,
        R::LowerKind,
        R::LowerMarking,
    ] {
        h.push(c.get(lang).to_owned());
    }
    h
}

fn record<'s>(out: &mut String, fields: impl IntoIterator<Item = (&'s str, bool)>) {
    for (k, (s, text)) in fields.into_iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        field(out, s, text);
    }
    out.push_str("\r\n");
}

/// The CSV text, starting with the byte-order mark.
pub(crate) fn render(input: &ReportInput, p: &Prepared, lang: Lang) -> String {
    let mut o = String::with_capacity(1_024 + p.rows.len() * 800);
    o.push('\u{feff}');
    let head = header(lang);
    record(&mut o, head.iter().map(|h| (h.as_str(), false)));
    let marking = markings(input).join(" | ");
    let parties = [input.left.party.as_str(), input.right.party.as_str()];
    for row in &p.rows {
        let Some(issue) = row_issue(input, row) else {
            continue;
        };
        let mut cells: Vec<(String, bool)> = vec![
            (issue.id.clone(), true),
            (issue.topic.clone(), true),
            (issue.title.clone(), true),
        ];
        for (s, (pos, k)) in [(input.left, row.left), (input.right, row.right)]
            .into_iter()
            .enumerate()
        {
            cells.push((parties[s].to_owned(), true));
            match side_issue(pos, k) {
                Some(i) => {
                    cells.push((i.stance.clone(), true));
                    cells.push((target_text(i, lang), true));
                    cells.push((walk_away_text(i), true));
                    cells.push((fmt_num(i.weight), false));
                }
                None => cells.extend(std::iter::repeat_n((String::new(), false), 4)),
            }
        }
        let (cg, conflict, kind) = joint_cells(&p.analysis, row, lang);
        let gap = row
            .gap
            .map(|g| format!("{:.1}", g.size))
            .unwrap_or_default();
        let overlap = match row.gap {
            Some(g) if g.overlap => R::Yes.get(lang),
            Some(_) => R::No.get(lang),
            None => "",
        };
        cells.push((gap, false));
        cells.push((overlap.to_owned(), false));
        cells.push((cg, true));
        cells.push((conflict, false));
        cells.push((kind, true));
        cells.push((marking.clone(), true));
        record(&mut o, cells.iter().map(|(s, t)| (s.as_str(), *t)));
    }
    o
}
