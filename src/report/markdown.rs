//! The Markdown report (GitHub flavour): the same sections as the HTML page, without the chart.

use std::fmt::Write as _;

use super::{
    Prepared, ReportInput, TRADES_SHOWN, change_text, concession_text, gap_text, joint_cells,
    markings, named_points, package_labels, party_names, row_issue, score, side_issue, target_text,
    walk_away_text, wins_text, zopa_lines,
};
use crate::diff::render::{fmt_num, summary_line, value_text};

/// Text safe inside a Markdown paragraph or table cell: Markdown punctuation and `<`, `>`, `&`
/// backslash-escaped or turned into entities, `|` escaped, line breaks as `<br>`.
pub(crate) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// The Markdown report.
pub(crate) fn render(input: &ReportInput, p: &Prepared) -> String {
    let a = &p.analysis;
    let names = party_names(input);
    let (ln, rn) = (md(&names[0]), md(&names[1]));
    let mut o = String::with_capacity(8_192 + p.rows.len() * 900);
    let banners = markings(input);
    for b in &banners {
        let _ = writeln!(o, "**{}**\n", md(b));
    }
    let _ = writeln!(
        o,
        "# Report: {} / {}\n",
        md(&input.left.title),
        md(&input.right.title)
    );
    if let Some(g) = &input.generated {
        let _ = writeln!(o, "Generated {}\n", md(g));
    }

    o.push_str("## Parties\n\n");
    let _ = writeln!(o, "| | {ln} | {rn} |\n| --- | --- | --- |");
    let (l, r) = (input.left, input.right);
    let mut row = |k: &str, a: String, b: String| {
        let _ = writeln!(o, "| {k} | {} | {} |", md(&a), md(&b));
    };
    row(
        "File",
        input.left_name.to_owned(),
        input.right_name.to_owned(),
    );
    row("Party", l.party_name.clone(), r.party_name.clone());
    row("Title", l.title.clone(), r.title.clone());
    row("Round", l.round.to_string(), r.round.to_string());
    row(
        "As of",
        l.as_of.clone().unwrap_or_default(),
        r.as_of.clone().unwrap_or_default(),
    );
    row("BATNA", l.batna.clone(), r.batna.clone());
    row(
        "Reservation",
        fmt_num(l.reservation),
        fmt_num(r.reservation),
    );
    row(
        "Issues",
        l.issues.len().to_string(),
        r.issues.len().to_string(),
    );
    let ag = &a.agenda;
    let _ = writeln!(
        o,
        "\n{} joint issues; {} only in {ln}, {} only in {rn}. Scores are 0–100.\n",
        ag.issues.len(),
        ag.left_only.len(),
        ag.right_only.len()
    );
    for w in &a.warnings {
        let _ = writeln!(o, "- warning: {}", md(w));
    }
    if !a.warnings.is_empty() {
        o.push('\n');
    }

    // ZOPA and points.
    let (head, msgs) = zopa_lines(a);
    let _ = writeln!(o, "## ZOPA\n\n{}\n", md(&head));
    for m in &msgs {
        let _ = writeln!(o, "- {}", md(m));
    }
    if !msgs.is_empty() {
        o.push('\n');
    }
    let _ = writeln!(
        o,
        "## Nash and other bargaining points\n\n| Point | {ln} | {rn} |\n| --- | ---: | ---: |"
    );
    for (name, pt) in named_points(a) {
        match pt {
            Some(pt) => {
                let _ = writeln!(o, "| {name} | {} | {} |", score(pt.left), score(pt.right));
            }
            None => {
                let _ = writeln!(o, "| {name} | none | none |");
            }
        }
    }
    if let Some(n) = &a.nash {
        o.push_str("\n### Nash package\n\n| Issue | Option |\n| --- | --- |\n");
        for (id, label) in package_labels(a, &n.package) {
            let _ = writeln!(o, "| {} | {} |", md(id), md(label));
        }
    }

    o.push_str("\n## Suggested trades\n\n");
    if a.trades.is_empty() {
        o.push_str("No trade: no pair of issues where each side gains by giving the other what it weighs more.\n");
    } else {
        let _ = writeln!(
            o,
            "Against splitting the difference issue by issue; change in points.\n\n\
             | # | {ln} gets | {rn} gets | {ln} | {rn} |\n| ---: | --- | --- | ---: | ---: |"
        );
        for (k, t) in a.trades.iter().take(TRADES_SHOWN).enumerate() {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {:+.1} | {:+.1} |",
                k + 1,
                md(&wins_text(a, &t.left_wins)),
                md(&wins_text(a, &t.right_wins)),
                t.delta[0],
                t.delta[1]
            );
        }
    }

    // Issues.
    o.push_str("\n## Issues\n\n");
    if p.rows.is_empty() {
        o.push_str("Neither position holds any issue.\n");
    } else {
        let _ = writeln!(
            o,
            "| Id | Topic | Title | {ln} stance | {ln} target | {ln} walk-away | {ln} weight \
             | {rn} stance | {rn} target | {rn} walk-away | {rn} weight | Gap | Common ground \
             ({ln}/{rn}) | Conflict | Kind |\n\
             | --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | ---: | ---: | --- \
             | ---: | --- |"
        );
        for row in &p.rows {
            let Some(issue) = row_issue(input, row) else {
                continue;
            };
            let _ = write!(
                o,
                "| {} | {} | {} |",
                md(&issue.id),
                md(&issue.topic),
                md(&issue.title)
            );
            for (pos, k) in [(l, row.left), (r, row.right)] {
                match side_issue(pos, k) {
                    Some(i) => {
                        let _ = write!(
                            o,
                            " {} | {} | {} | {} |",
                            md(&i.stance),
                            md(&target_text(i)),
                            md(&walk_away_text(i)),
                            fmt_num(i.weight)
                        );
                    }
                    None => o.push_str(" (not on this side's agenda) | | | |"),
                }
            }
            let (cg, conflict, kind) = joint_cells(a, row);
            let _ = writeln!(
                o,
                " {} | {} | {} | {} |",
                gap_text(row.gap),
                md(&cg),
                conflict,
                md(&kind)
            );
        }
    }

    // Changes since the previous round.
    for (s, ch) in p.rounds.iter().enumerate() {
        let Some(ch) = ch else { continue };
        let (me, other) = if s == 0 {
            (&names[0], &names[1])
        } else {
            (&names[1], &names[0])
        };
        let _ = writeln!(
            o,
            "\n## {}: changes since round {}\n\nRound {} → {}: {}.\n\n**{}**\n",
            md(me),
            ch.from_round,
            ch.from_round,
            ch.to_round,
            md(&summary_line(&ch.diff)),
            md(&ch.concessions.summary())
        );
        if !ch.concessions.issues.is_empty() {
            o.push_str("### Concessions\n\n| Issue | Move |\n| --- | --- |\n");
            for c in &ch.concessions.issues {
                let _ = writeln!(o, "| {} | {} |", md(&c.id), md(&concession_text(c, other)));
            }
            o.push('\n');
        }
        if !ch.diff.changes.is_empty() || !ch.diff.header.is_empty() {
            o.push_str("### Changes\n\n| Issue | Change |\n| --- | --- |\n");
            for f in &ch.diff.header {
                let _ = writeln!(
                    o,
                    "| (header) | {} |",
                    md(&format!(
                        "{}: {} → {}",
                        f.field,
                        value_text(&f.old),
                        value_text(&f.new)
                    ))
                );
            }
            for c in &ch.diff.changes {
                let _ = writeln!(o, "| {} | {} |", md(&c.id), md(&change_text(c)));
            }
        }
    }

    o.push_str("\n## Session log\n\n");
    match input.log {
        Some(log) if !log.entries.is_empty() => {
            o.push_str(
                "| Time (UTC) | Round | Kind | Issue | Entry |\n| --- | ---: | --- | --- | --- |\n",
            );
            for e in &log.entries {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} |",
                    md(&e.time),
                    e.round,
                    e.kind.as_str(),
                    md(e.issue.as_deref().unwrap_or("")),
                    md(&e.text)
                );
            }
        }
        Some(_) => o.push_str("The session log is empty.\n"),
        None => o.push_str("No session log.\n"),
    }
    for b in &banners {
        let _ = write!(o, "\n**{}**\n", md(b));
    }
    o
}
