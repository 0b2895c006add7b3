//! The HTML report: one self-contained page (inline CSS, inline SVG chart, no script, no
//! external asset), readable printed or on a projector.

use std::fmt::Write as _;

use super::escape::{esc, esc_into};
use super::{
    Prepared, ReportInput, Row, TRADES_SHOWN, change_text, concession_text, gap_text, joint_cells,
    markings, named_points, package_labels, party_names, score, side_issue, target_text,
    walk_away_text, wins_text, zopa_lines,
};
use crate::diff::render::{fmt_num, summary_line};
use crate::model::Position;

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans KR','Malgun Gothic',sans-serif;\
margin:0 auto;max-width:1400px;padding:0 1.5em;color:#1a1a1a;background:#fff;line-height:1.4}\
.banner{background:#7a1f1f;color:#fff;text-align:center;font-weight:700;padding:.4em;\
letter-spacing:.03em;margin:0 -1.5em}\
h1{font-size:1.6em;margin:.8em 0 .3em}h2{font-size:1.25em;margin:1.4em 0 .4em;\
border-bottom:1px solid #ccc}\
table{border-collapse:collapse;margin:.4em 0;font-size:.9em}\
th,td{border:1px solid #bbb;padding:.25em .45em;vertical-align:top;text-align:left}\
th{background:#eef1f5}td.txt{white-space:pre-wrap;min-width:14em}td.num{text-align:right}\
.muted{color:#666}.warn{color:#8a4b00}.generated{color:#666;font-size:.85em}\
figure{margin:.5em 0}svg{max-width:100%;height:auto}\
@media print{.banner{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// The HTML report.
pub(crate) fn render(input: &ReportInput, p: &Prepared) -> String {
    let a = &p.analysis;
    let names = party_names(input);
    let (ln, rn) = (names[0].as_str(), names[1].as_str());
    // Rows dominate the size: about 1 KB each with the two stances.
    let mut o = String::with_capacity(16_384 + p.rows.len() * 1_200);
    let banners = markings(input);
    let title = format!(
        "Report: {} / {}",
        if input.left.title.is_empty() {
            ln
        } else {
            &input.left.title
        },
        if input.right.title.is_empty() {
            rn
        } else {
            &input.right.title
        }
    );
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(o, "<title>{}</title>", esc(&title));
    let _ = writeln!(o, "<style>{STYLE}</style>\n</head>\n<body>");
    banner(&mut o, &banners, "top");

    let _ = writeln!(o, "<h1>{}</h1>", esc(&title));
    if let Some(g) = &input.generated {
        let _ = writeln!(o, "<p class=\"generated\">Generated {}</p>", esc(g));
    }

    // Parties.
    o.push_str("<h2 id=\"parties\">Parties</h2>\n<table>\n<tr><th></th>");
    let _ = writeln!(o, "<th>{}</th><th>{}</th></tr>", esc(ln), esc(rn));
    let sides = [input.left, input.right];
    let file_names = [input.left_name, input.right_name];
    let mut side_row = |label: &str, f: &dyn Fn(usize, &Position) -> String| {
        let _ = write!(o, "<tr><th>{label}</th>");
        for (s, pos) in sides.iter().enumerate() {
            let _ = write!(o, "<td class=\"txt\">{}</td>", esc(&f(s, pos)));
        }
        o.push_str("</tr>\n");
    };
    side_row("File", &|s, _| file_names[s].to_owned());
    side_row("Party", &|_, p| p.party_name.clone());
    side_row("Title", &|_, p| p.title.clone());
    side_row("Round", &|_, p| p.round.to_string());
    side_row("As of", &|_, p| p.as_of.clone().unwrap_or_default());
    side_row("Marking", &|_, p| p.marking.clone().unwrap_or_default());
    side_row("BATNA", &|_, p| p.batna.clone());
    side_row("Reservation", &|_, p| fmt_num(p.reservation));
    side_row("Issues", &|_, p| p.issues.len().to_string());
    o.push_str("</table>\n");

    // Summary and warnings.
    let ag = &a.agenda;
    let _ = writeln!(
        o,
        "<p>{} joint issues; {} only in {}, {} only in {}. Scores are 0–100 (each side's weighted \
         mean of its option values over the joint issues).</p>",
        ag.issues.len(),
        ag.left_only.len(),
        esc(ln),
        ag.right_only.len(),
        esc(rn)
    );
    if !a.warnings.is_empty() {
        o.push_str("<ul class=\"warn\">\n");
        for w in &a.warnings {
            let _ = writeln!(o, "<li>{}</li>", esc(w));
        }
        o.push_str("</ul>\n");
    }

    // Outcome space.
    o.push_str("<h2 id=\"outcome-space\">Outcome space</h2>\n<figure>\n");
    super::svg::chart(&mut o, a, &p.cloud, [ln, rn]);
    let _ = writeln!(
        o,
        "<figcaption class=\"muted\">Each dot is a package (a sample of {} when there are more); \
         {ln}'s score across, {rn}'s up. Dashed lines: reservations.</figcaption>\n</figure>",
        p.cloud.len(),
        ln = esc(ln),
        rn = esc(rn)
    );

    // ZOPA and bargaining points.
    let (zopa_head, zopa_msgs) = zopa_lines(a);
    let _ = writeln!(o, "<h2 id=\"zopa\">ZOPA</h2>\n<p>{}</p>", esc(&zopa_head));
    if !zopa_msgs.is_empty() {
        o.push_str("<ul>\n");
        for m in &zopa_msgs {
            let _ = writeln!(o, "<li>{}</li>", esc(m));
        }
        o.push_str("</ul>\n");
    }
    o.push_str("<h2 id=\"nash\">Nash and other bargaining points</h2>\n");
    let points = named_points(a);
    o.push_str("<table>\n<tr><th>Point</th>");
    let _ = writeln!(o, "<th>{}</th><th>{}</th></tr>", esc(ln), esc(rn));
    for (name, pt) in points {
        match pt {
            Some(pt) => {
                let _ = writeln!(
                    o,
                    "<tr><td>{name}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    score(pt.left),
                    score(pt.right)
                );
            }
            None => {
                let _ = writeln!(
                    o,
                    "<tr><td>{name}</td><td colspan=\"2\" class=\"muted\">none (no package is \
                     acceptable to both)</td></tr>"
                );
            }
        }
    }
    o.push_str("</table>\n");
    if let Some(n) = &a.nash {
        o.push_str("<h3>Nash package</h3>\n<table>\n<tr><th>Issue</th><th>Option</th></tr>\n");
        for (id, label) in package_labels(a, &n.package) {
            let _ = writeln!(o, "<tr><td>{}</td><td>{}</td></tr>", esc(id), esc(label));
        }
        o.push_str("</table>\n");
    }

    // Trades.
    o.push_str("<h2 id=\"trades\">Suggested trades</h2>\n");
    if a.trades.is_empty() {
        o.push_str(
            "<p class=\"muted\">No trade: no pair of issues where each side gains by giving the \
             other what it weighs more.</p>\n",
        );
    } else {
        let _ = writeln!(
            o,
            "<p class=\"muted\">Against splitting the difference issue by issue; change in \
             points.</p>\n<table>\n<tr><th>#</th><th>{ln} gets</th><th>{rn} gets</th>\
             <th>{ln}</th><th>{rn}</th></tr>",
            ln = esc(ln),
            rn = esc(rn)
        );
        for (k, t) in a.trades.iter().take(TRADES_SHOWN).enumerate() {
            let _ = writeln!(
                o,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{:+.1}</td>\
                 <td class=\"num\">{:+.1}</td></tr>",
                k + 1,
                esc(&wins_text(a, &t.left_wins)),
                esc(&wins_text(a, &t.right_wins)),
                t.delta[0],
                t.delta[1]
            );
        }
        o.push_str("</table>\n");
    }

    // Issues.
    issue_table(&mut o, input, p, ln, rn);

    // Changes since the previous round.
    for (s, ch) in p.rounds.iter().enumerate() {
        let Some(ch) = ch else { continue };
        let (me, other) = if s == 0 { (ln, rn) } else { (rn, ln) };
        let cur = sides[s];
        let _ = writeln!(
            o,
            "<h2 id=\"changes-{}\">{}: changes since round {}</h2>",
            if s == 0 { "left" } else { "right" },
            esc(me),
            ch.from_round
        );
        let _ = writeln!(
            o,
            "<p>Round {} → {}: {}.</p>\n<p><strong>{}</strong></p>",
            ch.from_round,
            ch.to_round,
            esc(&summary_line(&ch.diff)),
            esc(&ch.concessions.summary())
        );
        if !ch.concessions.issues.is_empty() {
            o.push_str("<h3>Concessions</h3>\n<table>\n<tr><th>Issue</th><th>Move</th></tr>\n");
            for c in &ch.concessions.issues {
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td>{}</td></tr>",
                    esc(&c.id),
                    esc(&concession_text(c, other))
                );
            }
            o.push_str("</table>\n");
        }
        if !ch.diff.changes.is_empty() || !ch.diff.header.is_empty() {
            o.push_str(
                "<h3>Changes</h3>\n<table>\n<tr><th>Issue</th><th>Title</th><th>Change</th></tr>\n",
            );
            for f in &ch.diff.header {
                let _ = writeln!(
                    o,
                    "<tr><td>(header)</td><td></td><td>{}</td></tr>",
                    esc(&format!(
                        "{}: {} → {}",
                        f.field,
                        crate::diff::render::value_text(&f.old),
                        crate::diff::render::value_text(&f.new)
                    ))
                );
            }
            for c in &ch.diff.changes {
                let t = c
                    .new_index
                    .and_then(|k| cur.issues.get(k))
                    .map_or("", |i| i.title.as_str());
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&c.id),
                    esc(t),
                    esc(&change_text(c))
                );
            }
            o.push_str("</table>\n");
        }
    }

    // Session log.
    o.push_str("<h2 id=\"session-log\">Session log</h2>\n");
    match input.log {
        Some(log) if !log.entries.is_empty() => {
            o.push_str(
                "<table>\n<tr><th>Time (UTC)</th><th>Round</th><th>Kind</th><th>Issue</th>\
                 <th>Entry</th></tr>\n",
            );
            for e in &log.entries {
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td>\
                     <td class=\"txt\">{}</td></tr>",
                    esc(&e.time),
                    e.round,
                    e.kind.as_str(),
                    esc(e.issue.as_deref().unwrap_or("")),
                    esc(&e.text)
                );
            }
            o.push_str("</table>\n");
        }
        Some(_) => o.push_str("<p class=\"muted\">The session log is empty.</p>\n"),
        None => o.push_str("<p class=\"muted\">No session log.</p>\n"),
    }

    banner(&mut o, &banners, "bottom");
    o.push_str("</body>\n</html>\n");
    o
}

fn banner(o: &mut String, banners: &[String], place: &str) {
    for b in banners {
        let _ = writeln!(
            o,
            "<div class=\"banner\" data-place=\"{place}\">{}</div>",
            esc(b)
        );
    }
}

fn issue_table(o: &mut String, input: &ReportInput, p: &Prepared, ln: &str, rn: &str) {
    o.push_str("<h2 id=\"issues\">Issues</h2>\n");
    if p.rows.is_empty() {
        o.push_str("<p class=\"muted\">Neither position holds any issue.</p>\n");
        return;
    }
    let _ = writeln!(
        o,
        "<table class=\"issues\">\n<tr><th rowspan=\"2\">Id</th><th rowspan=\"2\">Topic</th>\
         <th rowspan=\"2\">Title</th><th colspan=\"4\">{}</th><th colspan=\"4\">{}</th>\
         <th rowspan=\"2\">Gap</th><th rowspan=\"2\">Common ground ({}/{})</th>\
         <th rowspan=\"2\">Conflict</th><th rowspan=\"2\">Kind</th></tr>\n<tr>{side}{side}</tr>",
        esc(ln),
        esc(rn),
        esc(ln),
        esc(rn),
        side = "<th>Stance</th><th>Target</th><th>Walk-away</th><th>Weight</th>"
    );
    for row in &p.rows {
        issue_row(o, input, p, row);
    }
    o.push_str("</table>\n");
}

fn issue_row(o: &mut String, input: &ReportInput, p: &Prepared, row: &Row) {
    let Some(issue) = super::row_issue(input, row) else {
        return;
    };
    o.push_str("<tr id=\"issue-");
    esc_into(o, &issue.id);
    o.push_str("\"><td>");
    esc_into(o, &issue.id);
    o.push_str("</td><td>");
    esc_into(o, &issue.topic);
    o.push_str("</td><td>");
    esc_into(o, &issue.title);
    o.push_str("</td>");
    for (pos, k) in [(input.left, row.left), (input.right, row.right)] {
        match side_issue(pos, k) {
            Some(i) => {
                o.push_str("<td class=\"txt\">");
                esc_into(o, &i.stance);
                o.push_str("</td><td>");
                esc_into(o, &target_text(i));
                o.push_str("</td><td>");
                esc_into(o, &walk_away_text(i));
                let _ = write!(o, "</td><td class=\"num\">{}</td>", fmt_num(i.weight));
            }
            None => {
                o.push_str("<td colspan=\"4\" class=\"muted\">(not on this side's agenda)</td>")
            }
        }
    }
    let (cg, conflict, kind) = joint_cells(&p.analysis, row);
    let _ = write!(o, "<td class=\"num\">{}</td><td>", gap_text(row.gap));
    esc_into(o, &cg);
    let _ = writeln!(
        o,
        "</td><td class=\"num\">{conflict}</td><td>{}</td></tr>",
        esc(&kind)
    );
}
