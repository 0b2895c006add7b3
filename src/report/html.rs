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
use crate::i18n::Lang;
use crate::i18n::report::Report as R;
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
pub(crate) fn render(input: &ReportInput, p: &Prepared, lang: Lang) -> String {
    let a = &p.analysis;
    let names = party_names(input, lang);
    let (ln, rn) = (names[0].as_str(), names[1].as_str());
    // Rows dominate the size: about 1 KB each with the two stances.
    let mut o = String::with_capacity(16_384 + p.rows.len() * 1_200);
    let banners = markings(input);
    let title = R::Title.fmt(
        lang,
        &[
            &if input.left.title.is_empty() {
                ln
            } else {
                &input.left.title
            },
            &if input.right.title.is_empty() {
                rn
            } else {
                &input.right.title
            },
        ],
    );
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        lang.code()
    );
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(o, "<title>{}</title>", esc(&title));
    let _ = writeln!(o, "<style>{STYLE}</style>\n</head>\n<body>");
    banner(&mut o, &banners, "top");

    let _ = writeln!(o, "<h1>{}</h1>", esc(&title));
    if let Some(g) = &input.generated {
        let _ = writeln!(
            o,
            "<p class=\"generated\">{}</p>",
            esc(&R::Generated.fmt(lang, &[g]))
        );
    }

    // Parties.
    let _ = write!(
        o,
        "<h2 id=\"parties\">{}</h2>\n<table>\n<tr><th></th>",
        R::Parties.get(lang)
    );
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
    side_row(R::File.get(lang), &|s, _| file_names[s].to_owned());
    side_row(R::Party.get(lang), &|_, p| p.party_name.clone());
    side_row(R::TitleRow.get(lang), &|_, p| p.title.clone());
    side_row(R::Round.get(lang), &|_, p| p.round.to_string());
    side_row(R::AsOf.get(lang), &|_, p| {
        p.as_of.clone().unwrap_or_default()
    });
    side_row(R::Marking.get(lang), &|_, p| {
        p.marking.clone().unwrap_or_default()
    });
    side_row(R::Batna.get(lang), &|_, p| p.batna.clone());
    side_row(R::Reservation.get(lang), &|_, p| fmt_num(p.reservation));
    side_row(R::Issues.get(lang), &|_, p| p.issues.len().to_string());
    o.push_str("</table>\n");

    // Summary and warnings.
    let ag = &a.agenda;
    let _ = writeln!(
        o,
        "<p>{}</p>",
        R::SummaryLong.fmt(
            lang,
            &[
                &ag.issues.len(),
                &ag.left_only.len(),
                &esc(ln),
                &ag.right_only.len(),
                &esc(rn)
            ]
        )
    );
    if !a.warnings.is_empty() {
        o.push_str("<ul class=\"warn\">\n");
        for w in a.warnings_in(lang) {
            let _ = writeln!(o, "<li>{}</li>", esc(&w));
        }
        o.push_str("</ul>\n");
    }

    // Outcome space.
    let _ = write!(
        o,
        "<h2 id=\"outcome-space\">{}</h2>\n<figure>\n",
        R::OutcomeSpace.get(lang)
    );
    super::svg::chart(&mut o, a, &p.cloud, [ln, rn], lang);
    let _ = writeln!(
        o,
        "<figcaption class=\"muted\">{}</figcaption>\n</figure>",
        R::ChartCaption.fmt(lang, &[&p.cloud.len(), &esc(ln), &esc(rn)])
    );

    // ZOPA and bargaining points.
    let (zopa_head, zopa_msgs) = zopa_lines(a, lang);
    let _ = writeln!(
        o,
        "<h2 id=\"zopa\">{}</h2>\n<p>{}</p>",
        R::Zopa.get(lang),
        esc(&zopa_head)
    );
    if !zopa_msgs.is_empty() {
        o.push_str("<ul>\n");
        for m in &zopa_msgs {
            let _ = writeln!(o, "<li>{}</li>", esc(m));
        }
        o.push_str("</ul>\n");
    }
    let _ = writeln!(o, "<h2 id=\"nash\">{}</h2>", R::PointsHeading.get(lang));
    let points = named_points(a, lang);
    let _ = write!(o, "<table>\n<tr><th>{}</th>", R::Point.get(lang));
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
                    "<tr><td>{name}</td><td colspan=\"2\" class=\"muted\">{}</td></tr>",
                    R::NoneNoPackage.get(lang)
                );
            }
        }
    }
    o.push_str("</table>\n");
    if let Some(n) = &a.nash {
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<table>\n<tr><th>{}</th><th>{}</th></tr>",
            R::NashPackage.get(lang),
            R::Issue.get(lang),
            R::OptionCol.get(lang)
        );
        for (id, label) in package_labels(a, &n.package) {
            let _ = writeln!(o, "<tr><td>{}</td><td>{}</td></tr>", esc(id), esc(label));
        }
        o.push_str("</table>\n");
    }

    // Trades.
    let _ = writeln!(o, "<h2 id=\"trades\">{}</h2>", R::SuggestedTrades.get(lang));
    if a.trades.is_empty() {
        let _ = writeln!(o, "<p class=\"muted\">{}</p>", R::NoTrade.get(lang));
    } else {
        let _ = writeln!(
            o,
            "<p class=\"muted\">{}</p>\n<table>\n<tr><th>#</th><th>{}</th><th>{}</th>\
             <th>{ln}</th><th>{rn}</th></tr>",
            R::TradesIntro.get(lang),
            R::Gets.fmt(lang, &[&esc(ln)]),
            R::Gets.fmt(lang, &[&esc(rn)]),
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
    issue_table(&mut o, input, p, [ln, rn], lang);

    // Changes since the previous round.
    for (s, ch) in p.rounds.iter().enumerate() {
        let Some(ch) = ch else { continue };
        let (me, other) = if s == 0 { (ln, rn) } else { (rn, ln) };
        let cur = sides[s];
        let _ = writeln!(
            o,
            "<h2 id=\"changes-{}\">{}</h2>",
            if s == 0 { "left" } else { "right" },
            R::ChangesSince.fmt(lang, &[&esc(me), &ch.from_round])
        );
        let _ = writeln!(
            o,
            "<p>{}</p>\n<p><strong>{}</strong></p>",
            R::RoundLine.fmt(
                lang,
                &[&ch.from_round, &ch.to_round, &esc(&summary_line(&ch.diff))]
            ),
            esc(&ch.concessions.summary_in(lang))
        );
        if !ch.concessions.issues.is_empty() {
            let _ = writeln!(
                o,
                "<h3>{}</h3>\n<table>\n<tr><th>{}</th><th>{}</th></tr>",
                R::Concessions.get(lang),
                R::Issue.get(lang),
                R::Move.get(lang)
            );
            for c in &ch.concessions.issues {
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td>{}</td></tr>",
                    esc(&c.id),
                    esc(&concession_text(c, other, lang))
                );
            }
            o.push_str("</table>\n");
        }
        if !ch.diff.changes.is_empty() || !ch.diff.header.is_empty() {
            let _ = writeln!(
                o,
                "<h3>{}</h3>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>",
                R::Changes.get(lang),
                R::Issue.get(lang),
                R::TitleRow.get(lang),
                R::Change.get(lang)
            );
            for f in &ch.diff.header {
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td></td><td>{}</td></tr>",
                    R::HeaderRow.get(lang),
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
                    esc(&change_text(c, lang))
                );
            }
            o.push_str("</table>\n");
        }
    }

    // Session log.
    let _ = writeln!(o, "<h2 id=\"session-log\">{}</h2>", R::SessionLog.get(lang));
    match input.log {
        Some(log) if !log.entries.is_empty() => {
            let _ = writeln!(
                o,
                "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                R::TimeUtc.get(lang),
                R::Round.get(lang),
                R::Kind.get(lang),
                R::Issue.get(lang),
                R::Entry.get(lang)
            );
            for e in &log.entries {
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td>\
                     <td class=\"txt\">{}</td></tr>",
                    esc(&e.time),
                    e.round,
                    super::entry_kind_text(e.kind, lang),
                    esc(e.issue.as_deref().unwrap_or("")),
                    esc(&e.text)
                );
            }
            o.push_str("</table>\n");
        }
        Some(_) => {
            let _ = writeln!(o, "<p class=\"muted\">{}</p>", R::LogEmpty.get(lang));
        }
        None => {
            let _ = writeln!(o, "<p class=\"muted\">{}</p>", R::NoLog.get(lang));
        }
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

fn issue_table(o: &mut String, input: &ReportInput, p: &Prepared, names: [&str; 2], lang: Lang) {
    let [ln, rn] = names;
    let _ = writeln!(o, "<h2 id=\"issues\">{}</h2>", R::Issues.get(lang));
    if p.rows.is_empty() {
        let _ = writeln!(o, "<p class=\"muted\">{}</p>", R::NoIssues.get(lang));
        return;
    }
    let side = format!(
        "<th>{}</th><th>{}</th><th>{}</th><th>{}</th>",
        R::Stance.get(lang),
        R::Target.get(lang),
        R::WalkAway.get(lang),
        R::Weight.get(lang)
    );
    let _ = writeln!(
        o,
        "<table class=\"issues\">\n<tr><th rowspan=\"2\">{}</th><th rowspan=\"2\">{}</th>\
         <th rowspan=\"2\">{}</th><th colspan=\"4\">{}</th><th colspan=\"4\">{}</th>\
         <th rowspan=\"2\">{}</th><th rowspan=\"2\">{}</th>\
         <th rowspan=\"2\">{}</th><th rowspan=\"2\">{}</th></tr>\n<tr>{side}{side}</tr>",
        R::Id.get(lang),
        R::Topic.get(lang),
        R::TitleRow.get(lang),
        esc(ln),
        esc(rn),
        R::Gap.get(lang),
        R::CommonGround.fmt(lang, &[&esc(ln), &esc(rn)]),
        R::Conflict.get(lang),
        R::Kind.get(lang),
    );
    for row in &p.rows {
        issue_row(o, input, p, row, lang);
    }
    o.push_str("</table>\n");
}

fn issue_row(o: &mut String, input: &ReportInput, p: &Prepared, row: &Row, lang: Lang) {
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
                esc_into(o, &target_text(i, lang));
                o.push_str("</td><td>");
                esc_into(o, &walk_away_text(i));
                let _ = write!(o, "</td><td class=\"num\">{}</td>", fmt_num(i.weight));
            }
            None => {
                let _ = write!(
                    o,
                    "<td colspan=\"4\" class=\"muted\">{}</td>",
                    R::NotOnAgenda.get(lang)
                );
            }
        }
    }
    let (cg, conflict, kind) = joint_cells(&p.analysis, row, lang);
    let _ = write!(o, "<td class=\"num\">{}</td><td>", gap_text(row.gap, lang));
    esc_into(o, &cg);
    let _ = writeln!(
        o,
        "</td><td class=\"num\">{conflict}</td><td>{}</td></tr>",
        esc(&kind)
    );
}
