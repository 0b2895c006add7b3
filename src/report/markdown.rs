//! The Markdown report (GitHub flavour): the same sections as the HTML page, without the chart.

use std::fmt::Write as _;

use super::{
    Prepared, ReportInput, TRADES_SHOWN, change_text, concession_text, gap_text, joint_cells,
    markings, named_points, package_labels, party_names, row_issue, score, side_issue, target_text,
    walk_away_text, wins_text, zopa_lines,
};
use crate::diff::render::{fmt_num, summary_line, value_text};
use crate::i18n::Lang;
use crate::i18n::report::Report as R;

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
pub(crate) fn render(input: &ReportInput, p: &Prepared, lang: Lang) -> String {
    let a = &p.analysis;
    let names = party_names(input, lang);
    let (ln, rn) = (md(&names[0]), md(&names[1]));
    let mut o = String::with_capacity(8_192 + p.rows.len() * 900);
    let banners = markings(input);
    for b in &banners {
        let _ = writeln!(o, "**{}**\n", md(b));
    }
    let _ = writeln!(
        o,
        "# {}\n",
        R::Title.fmt(lang, &[&md(&input.left.title), &md(&input.right.title)])
    );
    if let Some(g) = &input.generated {
        let _ = writeln!(o, "{}\n", R::Generated.fmt(lang, &[&md(g)]));
    }

    let _ = writeln!(o, "## {}\n", R::Parties.get(lang));
    let _ = writeln!(o, "| | {ln} | {rn} |\n| --- | --- | --- |");
    let (l, r) = (input.left, input.right);
    let mut row = |k: &str, a: String, b: String| {
        let _ = writeln!(o, "| {k} | {} | {} |", md(&a), md(&b));
    };
    row(
        R::File.get(lang),
        input.left_name.to_owned(),
        input.right_name.to_owned(),
    );
    row(
        R::Party.get(lang),
        l.party_name.clone(),
        r.party_name.clone(),
    );
    row(R::TitleRow.get(lang), l.title.clone(), r.title.clone());
    row(R::Round.get(lang), l.round.to_string(), r.round.to_string());
    row(
        R::AsOf.get(lang),
        l.as_of.clone().unwrap_or_default(),
        r.as_of.clone().unwrap_or_default(),
    );
    row(R::Batna.get(lang), l.batna.clone(), r.batna.clone());
    row(
        R::Reservation.get(lang),
        fmt_num(l.reservation),
        fmt_num(r.reservation),
    );
    row(
        R::Issues.get(lang),
        l.issues.len().to_string(),
        r.issues.len().to_string(),
    );
    let ag = &a.agenda;
    let _ = writeln!(
        o,
        "\n{}\n",
        R::SummaryShort.fmt(
            lang,
            &[
                &ag.issues.len(),
                &ag.left_only.len(),
                &ln,
                &ag.right_only.len(),
                &rn
            ]
        )
    );
    for w in a.warnings_in(lang) {
        let _ = writeln!(o, "- {}", R::Warning.fmt(lang, &[&md(&w)]));
    }
    if !a.warnings.is_empty() {
        o.push('\n');
    }

    // ZOPA and points.
    let (head, msgs) = zopa_lines(a, lang);
    let _ = writeln!(o, "## {}\n\n{}\n", R::Zopa.get(lang), md(&head));
    for m in &msgs {
        let _ = writeln!(o, "- {}", md(m));
    }
    if !msgs.is_empty() {
        o.push('\n');
    }
    let _ = writeln!(
        o,
        "## {}\n\n| {} | {ln} | {rn} |\n| --- | ---: | ---: |",
        R::PointsHeading.get(lang),
        R::Point.get(lang)
    );
    for (name, pt) in named_points(a, lang) {
        match pt {
            Some(pt) => {
                let _ = writeln!(o, "| {name} | {} | {} |", score(pt.left), score(pt.right));
            }
            None => {
                let none = R::None.get(lang);
                let _ = writeln!(o, "| {name} | {none} | {none} |");
            }
        }
    }
    if let Some(n) = &a.nash {
        let _ = writeln!(
            o,
            "\n### {}\n\n| {} | {} |\n| --- | --- |",
            R::NashPackage.get(lang),
            R::Issue.get(lang),
            R::OptionCol.get(lang)
        );
        for (id, label) in package_labels(a, &n.package) {
            let _ = writeln!(o, "| {} | {} |", md(id), md(label));
        }
    }

    let _ = writeln!(o, "\n## {}\n", R::SuggestedTrades.get(lang));
    if a.trades.is_empty() {
        let _ = writeln!(o, "{}", R::NoTrade.get(lang));
    } else {
        let _ = writeln!(
            o,
            "{}\n\n\
             | # | {} | {} | {ln} | {rn} |\n| ---: | --- | --- | ---: | ---: |",
            R::TradesIntro.get(lang),
            R::Gets.fmt(lang, &[&ln]),
            R::Gets.fmt(lang, &[&rn])
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
    let _ = writeln!(o, "\n## {}\n", R::Issues.get(lang));
    if p.rows.is_empty() {
        let _ = writeln!(o, "{}", R::NoIssues.get(lang));
    } else {
        let side = |n: &str| {
            [R::StanceOf, R::TargetOf, R::WalkAwayOf, R::WeightOf]
                .map(|e| e.fmt(lang, &[&n]))
                .join(" | ")
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n\
             | --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | ---: | ---: | --- \
             | ---: | --- |",
            R::Id.get(lang),
            R::Topic.get(lang),
            R::TitleRow.get(lang),
            side(&ln),
            side(&rn),
            R::Gap.get(lang),
            R::CommonGround.fmt(lang, &[&ln, &rn]),
            R::Conflict.get(lang),
            R::Kind.get(lang)
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
                            md(&target_text(i, lang)),
                            md(&walk_away_text(i)),
                            fmt_num(i.weight)
                        );
                    }
                    None => {
                        let _ = write!(o, " {} | | | |", R::NotOnAgenda.get(lang));
                    }
                }
            }
            let (cg, conflict, kind) = joint_cells(a, row, lang);
            let _ = writeln!(
                o,
                " {} | {} | {} | {} |",
                gap_text(row.gap, lang),
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
            "\n## {}\n\n{}\n\n**{}**\n",
            R::ChangesSince.fmt(lang, &[&md(me), &ch.from_round]),
            R::RoundLine.fmt(
                lang,
                &[&ch.from_round, &ch.to_round, &md(&summary_line(&ch.diff))]
            ),
            md(&ch.concessions.summary_in(lang))
        );
        if !ch.concessions.issues.is_empty() {
            let _ = writeln!(
                o,
                "### {}\n\n| {} | {} |\n| --- | --- |",
                R::Concessions.get(lang),
                R::Issue.get(lang),
                R::Move.get(lang)
            );
            for c in &ch.concessions.issues {
                let _ = writeln!(
                    o,
                    "| {} | {} |",
                    md(&c.id),
                    md(&concession_text(c, other, lang))
                );
            }
            o.push('\n');
        }
        if !ch.diff.changes.is_empty() || !ch.diff.header.is_empty() {
            let _ = writeln!(
                o,
                "### {}\n\n| {} | {} |\n| --- | --- |",
                R::Changes.get(lang),
                R::Issue.get(lang),
                R::Change.get(lang)
            );
            for f in &ch.diff.header {
                let _ = writeln!(
                    o,
                    "| {} | {} |",
                    md(R::HeaderRow.get(lang)),
                    md(&format!(
                        "{}: {} → {}",
                        f.field,
                        value_text(&f.old),
                        value_text(&f.new)
                    ))
                );
            }
            for c in &ch.diff.changes {
                let _ = writeln!(o, "| {} | {} |", md(&c.id), md(&change_text(c, lang)));
            }
        }
    }

    let _ = writeln!(o, "\n## {}\n", R::SessionLog.get(lang));
    match input.log {
        Some(log) if !log.entries.is_empty() => {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} |\n| --- | ---: | --- | --- | --- |",
                R::TimeUtc.get(lang),
                R::Round.get(lang),
                R::Kind.get(lang),
                R::Issue.get(lang),
                R::Entry.get(lang)
            );
            for e in &log.entries {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} |",
                    md(&e.time),
                    e.round,
                    super::entry_kind_text(e.kind, lang),
                    md(e.issue.as_deref().unwrap_or("")),
                    md(&e.text)
                );
            }
        }
        Some(_) => {
            let _ = writeln!(o, "{}", R::LogEmpty.get(lang));
        }
        None => {
            let _ = writeln!(o, "{}", R::NoLog.get(lang));
        }
    }
    for b in &banners {
        let _ = write!(o, "\n**{}**\n", md(b));
    }
    o
}
