//! Handouts: the report for one delegation or for the joint session (`accord report --for`).
//!
//! A handout is built only from what [`crate::visibility`] lets its audience see: the two files
//! as that audience's copies (private fields removed), the analysis that audience may see
//! ([`Insight`]), changes since the previous round diffed on the audience's copies, and the
//! session log's shared entries. Nothing else reaches the renderers, so nothing else can leak:
//! no chart, no hidden HTML, no metadata beyond what is printed.

use std::fmt::Write as _;

use super::ReportInput;
use super::escape::esc;
use super::markdown::md;
use crate::diff::render::{fmt_num, summary_line};
use crate::i18n::Lang;
use crate::i18n::report::Report as R;
use crate::model::{Field, FieldSet, Issue, Position};
use crate::visibility::{Audience, Insight, SideView, insight, redact_file, shown_target, view};
use crate::workspace::Side;

/// What a handout shows in place of a private field.
pub const PRIVATE: &str = "private";

/// A piece of a handout, rendered the same way in every format.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    Heading(String),
    Para(String),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// Everything a handout shows, in order; and the issue table alone (the CSV).
struct Handout {
    title: String,
    markings: Vec<String>,
    blocks: Vec<Block>,
    issues: (Vec<String>, Vec<Vec<String>>),
}

fn text_or_private(hidden: FieldSet, f: Field, s: String, lang: Lang) -> String {
    if hidden.has(f) {
        R::Private.get(lang).into()
    } else {
        s
    }
}

fn list(l: &[String]) -> String {
    l.join("; ")
}

fn options_text(i: &Issue, hidden: FieldSet, lang: Lang) -> String {
    if hidden.has(Field::Options) {
        return R::Private.get(lang).into();
    }
    i.options
        .iter()
        .map(|c| {
            if hidden.has(Field::Values) {
                c.label.clone()
            } else {
                format!("{} = {}", c.label, fmt_num(c.value))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The columns of one side in the issue table.
const SIDE_COLUMNS: [R; 11] = [
    R::LowerStance,
    R::Options,
    R::LowerTarget,
    R::LowerWalkAway,
    R::LowerWeight,
    R::Flexibility,
    R::Interests,
    R::Criteria,
    R::Sources,
    R::Notes,
    R::LowerParty,
];

fn side_cells(v: &SideView, i: Option<&Issue>, lang: Lang) -> Vec<String> {
    let h = v.hidden;
    let Some(i) = i else {
        let mut c = vec![String::new(); SIDE_COLUMNS.len() - 1];
        c.push(v.position.party.clone());
        c[0] = R::NotOnAgenda.get(lang).into();
        return c;
    };
    let t = |f: Field, s: String| text_or_private(h, f, s, lang);
    vec![
        t(Field::Stance, i.stance.clone()),
        options_text(i, h, lang),
        t(
            Field::Target,
            shown_target(i, h).unwrap_or_default().to_owned(),
        ),
        t(Field::WalkAway, i.walk_away.clone().unwrap_or_default()),
        t(Field::Weight, fmt_num(i.weight)),
        t(Field::Flexibility, i.flexibility.as_str().to_owned()),
        t(Field::Interests, list(&i.interests)),
        t(Field::Criteria, list(&i.criteria)),
        t(Field::Sources, list(&i.sources)),
        t(Field::Notes, i.notes.clone()),
        v.position.party.clone(),
    ]
}

fn issue_table(views: &[SideView; 2], lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head: Vec<String> = [R::LowerId, R::LowerTopic, R::LowerTitle]
        .iter()
        .map(|e| e.get(lang).to_owned())
        .collect();
    for (side, v) in Side::BOTH.iter().zip(views) {
        let p = if v.position.party.trim().is_empty() {
            crate::i18n::side_name(*side, lang).to_owned()
        } else {
            v.position.party.clone()
        };
        head.extend(SIDE_COLUMNS.iter().map(|c| format!("{p} {}", c.get(lang))));
    }
    let (l, r) = (&views[0].position, &views[1].position);
    let mut rows = Vec::new();
    let mut right_used = vec![false; r.issues.len()];
    let right_at = |id: &str| r.issues.iter().position(|i| i.id == id);
    let mut push = |li: Option<&Issue>, ri: Option<&Issue>| {
        let Some(any) = li.or(ri) else { return };
        // Title and topic: the left file's, else the right's, each as its room may see it.
        let pick = |f: Field, get: fn(&Issue) -> &String| {
            [(li, &views[0]), (ri, &views[1])]
                .into_iter()
                .find_map(|(i, v)| i.filter(|_| v.shows(f)).map(|i| get(i).clone()))
                .unwrap_or_default()
        };
        let mut row = vec![
            any.id.clone(),
            pick(Field::Topic, |i| &i.topic),
            pick(Field::Title, |i| &i.title),
        ];
        row.extend(side_cells(&views[0], li, lang));
        row.extend(side_cells(&views[1], ri, lang));
        rows.push(row);
    };
    for li in &l.issues {
        let rk = right_at(&li.id);
        if let Some(k) = rk {
            right_used[k] = true;
        }
        push(Some(li), rk.map(|k| &r.issues[k]));
    }
    for (k, ri) in r.issues.iter().enumerate() {
        if !right_used[k] {
            push(None, Some(ri));
        }
    }
    (head, rows)
}

fn party_table(views: &[SideView; 2], names: [&str; 2], lang: Lang) -> Block {
    let (l, r) = (&views[0], &views[1]);
    let row = |k: R, f: &dyn Fn(&SideView) -> String| vec![k.get(lang).to_owned(), f(l), f(r)];
    let mut rows = vec![
        vec![
            R::File.get(lang).into(),
            names[0].to_owned(),
            names[1].to_owned(),
        ],
        row(R::Party, &|v| v.position.party_name.clone()),
        row(R::TitleRow, &|v| v.position.title.clone()),
        row(R::Round, &|v| v.position.round.to_string()),
        row(R::AsOf, &|v| v.position.as_of.clone().unwrap_or_default()),
        row(R::Batna, &|v| {
            text_or_private(v.hidden, Field::Batna, v.position.batna.clone(), lang)
        }),
        row(R::Reservation, &|v| {
            text_or_private(
                v.hidden,
                Field::Reservation,
                fmt_num(v.position.reservation),
                lang,
            )
        }),
        row(R::Issues, &|v| v.position.issues.len().to_string()),
    ];
    rows.push(row(R::SharedFields, &|v| {
        if v.estimate_withheld {
            R::EstimateOnly.get(lang).into()
        } else {
            FieldSet::ALL
                .minus(v.hidden)
                .iter()
                .map(Field::name)
                .collect::<Vec<_>>()
                .join(", ")
        }
    }));
    Block::Table {
        head: vec![
            String::new(),
            views[0].position.party.clone(),
            views[1].position.party.clone(),
        ],
        rows,
    }
}

fn analysis_blocks(
    input: &ReportInput,
    views: &[SideView; 2],
    seen: Insight,
    lang: Lang,
) -> Vec<Block> {
    let mut out = vec![Block::Heading(R::Analysis.get(lang).into())];
    match seen {
        Insight::Full => {
            let a = super::analyze_for_report(&views[0].position, &views[1].position);
            let (head, msgs) = super::zopa_lines(&a, lang);
            out.push(Block::Para(head));
            for m in msgs {
                out.push(Block::Para(m));
            }
            let mut rows = Vec::new();
            for (name, pt) in super::named_points(&a, lang) {
                rows.push(match pt {
                    Some(p) => vec![name.to_owned(), super::score(p.left), super::score(p.right)],
                    None => vec![
                        name.to_owned(),
                        R::None.get(lang).into(),
                        R::None.get(lang).into(),
                    ],
                });
            }
            out.push(Block::Table {
                head: vec![
                    R::Point.get(lang).into(),
                    views[0].position.party.clone(),
                    views[1].position.party.clone(),
                ],
                rows,
            });
            if let Some(n) = &a.nash {
                out.push(Block::Para(R::NashPackage.get(lang).into()));
                out.push(Block::Table {
                    head: vec![R::Issue.get(lang).into(), R::OptionCol.get(lang).into()],
                    rows: super::package_labels(&a, &n.package)
                        .into_iter()
                        .map(|(i, l)| vec![i.to_owned(), l.to_owned()])
                        .collect(),
                });
            }
        }
        Insight::Mediator => {
            // Computed on both full files; only the verdict and option labels are printed.
            let a = super::analyze_for_report(input.left, input.right);
            out.push(Block::Para(
                if a.zopa.exists {
                    R::PackageExists.get(lang)
                } else {
                    R::NoPackage.get(lang)
                }
                .into(),
            ));
            let labels = views.iter().all(|v| v.shows(Field::Options));
            if a.zopa.exists && labels {
                let (names, table) = crate::visibility::suggested_packages(&a);
                let mut head = vec![R::Issue.get(lang).to_owned()];
                head.extend(names.iter().map(|n| (*n).to_owned()));
                let rows = table
                    .into_iter()
                    .map(|(title, labels)| std::iter::once(title).chain(labels).collect())
                    .collect();
                out.push(Block::Para(R::SuggestedPackages.get(lang).into()));
                out.push(Block::Table { head, rows });
            }
        }
        Insight::Own(s) => {
            let me = &views[s as usize].position;
            let sum = crate::scoring::own::summary(me);
            out.push(Block::Para(R::OwnAnalysis.fmt(lang, &[&me.party])));
            out.push(Block::Table {
                head: vec![String::new(), me.party.clone()],
                rows: vec![
                    vec![R::EveryTarget.get(lang).into(), super::score(sum.best)],
                    vec![R::EveryWalkAway.get(lang).into(), super::score(sum.floor)],
                    vec![
                        R::Reservation.get(lang).into(),
                        super::score(sum.reservation),
                    ],
                ],
            });
            out.push(Block::Table {
                head: [
                    R::Issue,
                    R::WeightPct,
                    R::Target,
                    R::WalkAway,
                    R::PointsAtStake,
                ]
                .map(|e| e.get(lang).to_owned())
                .to_vec(),
                rows: sum
                    .issues
                    .iter()
                    .map(|i| {
                        let opt = |o: &Option<(String, f64)>| {
                            o.as_ref()
                                .map_or_else(String::new, |(l, v)| format!("{l} ({})", fmt_num(*v)))
                        };
                        vec![
                            i.id.clone(),
                            format!("{:.0}", i.share * 100.0),
                            opt(&i.target),
                            opt(&i.walk_away),
                            super::score(i.room),
                        ]
                    })
                    .collect(),
            });
        }
        Insight::None => out.push(Block::Para(R::NoAnalysis.get(lang).into())),
    }
    out
}

fn build(input: &ReportInput, audience: Audience, lang: Lang) -> Handout {
    let open = [Some(input.left), Some(input.right)];
    let [Some(l), Some(r)] = view(open, audience) else {
        // Both files are given, so both views exist; keep the type total anyway.
        return Handout {
            title: String::new(),
            markings: Vec::new(),
            blocks: Vec::new(),
            issues: (Vec::new(), Vec::new()),
        };
    };
    let views = [l, r];
    let seen = insight(open, audience);
    let parties = [input.left.party.as_str(), input.right.party.as_str()];
    let who = audience.label_in([Some(parties[0]), Some(parties[1])], lang);
    let markings = super::markings(input);
    let title = R::HandoutTitle.fmt(lang, &[&who, &input.left.title, &input.right.title]);
    let mut blocks = Vec::new();
    if let Some(g) = &input.generated {
        blocks.push(Block::Para(R::Generated.fmt(lang, &[g])));
    }
    blocks.push(Block::Para(
        R::PreparedFor.fmt(lang, &[&who, &R::Private.get(lang)]),
    ));
    blocks.push(Block::Heading(R::Parties.get(lang).into()));
    let names = [input.left_name, input.right_name];
    blocks.push(party_table(&views, names, lang));
    blocks.extend(analysis_blocks(input, &views, seen, lang));
    let issues = issue_table(&views, lang);
    blocks.push(Block::Heading(R::Issues.get(lang).into()));
    blocks.push(Block::Table {
        head: issues.0.clone(),
        rows: issues.1.clone(),
    });
    for (k, prev) in [input.previous_left, input.previous_right]
        .into_iter()
        .enumerate()
    {
        let Some(prev) = prev else { continue };
        let cur = &views[k].position;
        let old = redact_file(prev, open, audience);
        let d = crate::diff::diff(&old, cur);
        blocks.push(Block::Heading(
            R::ChangesSince.fmt(lang, &[&cur.party, &prev.round]),
        ));
        blocks.push(Block::Para(
            R::RoundLine.fmt(lang, &[&prev.round, &cur.round, &summary_line(&d)]),
        ));
        if !d.changes.is_empty() {
            blocks.push(Block::Table {
                head: vec![R::Issue.get(lang).into(), R::Change.get(lang).into()],
                rows: d
                    .changes
                    .iter()
                    .map(|c| vec![c.id.clone(), super::change_text(c, lang)])
                    .collect(),
            });
        }
    }
    blocks.push(Block::Heading(R::SharedLog.get(lang).into()));
    let entries: Vec<_> = input
        .log
        .map(|l| l.entries.iter().filter(|e| e.shared).collect())
        .unwrap_or_default();
    if entries.is_empty() {
        blocks.push(Block::Para(R::NoShared.get(lang).into()));
    } else {
        blocks.push(Block::Table {
            head: [R::TimeUtc, R::Round, R::Kind, R::Issue, R::Entry]
                .map(|e| e.get(lang).to_owned())
                .to_vec(),
            rows: entries
                .iter()
                .map(|e| {
                    vec![
                        e.time.clone(),
                        e.round.to_string(),
                        super::entry_kind_text(e.kind, lang).to_owned(),
                        e.issue.clone().unwrap_or_default(),
                        e.text.clone(),
                    ]
                })
                .collect(),
        });
    }
    Handout {
        title,
        markings,
        blocks,
        issues,
    }
}

/// The handout for `audience` in the format `kind`. The facilitator's audience gets the full
/// report ([`super::render`]).
pub fn render(input: &ReportInput, audience: Audience, kind: super::Kind) -> String {
    render_in(input, audience, kind, Lang::En)
}

/// [`render`] in a language.
pub fn render_in(input: &ReportInput, audience: Audience, kind: super::Kind, lang: Lang) -> String {
    if audience == Audience::Facilitator {
        return super::render_in(input, kind, lang);
    }
    let h = build(input, audience, lang);
    match kind {
        super::Kind::Markdown => markdown(&h),
        super::Kind::Html => html(&h, lang),
        super::Kind::Csv => csv(&h, lang),
    }
}

fn markdown(h: &Handout) -> String {
    let mut o = String::new();
    for m in &h.markings {
        let _ = writeln!(o, "**{}**\n", md(m));
    }
    let _ = writeln!(o, "# {}\n", md(&h.title));
    for b in &h.blocks {
        match b {
            Block::Heading(t) => {
                let _ = writeln!(o, "## {}\n", md(t));
            }
            Block::Para(t) => {
                let _ = writeln!(o, "{}\n", md(t));
            }
            Block::Table { head, rows } => {
                let cells = |r: &[String]| r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ");
                let _ = writeln!(o, "| {} |", cells(head));
                let _ = writeln!(o, "|{}", " --- |".repeat(head.len()));
                for r in rows {
                    let _ = writeln!(o, "| {} |", cells(r));
                }
                o.push('\n');
            }
        }
    }
    for m in &h.markings {
        let _ = writeln!(o, "**{}**\n", md(m));
    }
    o
}

fn html(h: &Handout, lang: Lang) -> String {
    let mut o = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        lang.code()
    );
    let _ = writeln!(o, "<title>{}</title>", esc(&h.title));
    o.push_str(
        "<style>body{font-family:system-ui,'Noto Sans KR','Malgun Gothic',sans-serif;margin:2em}\
         table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:.2em .5em;\
         vertical-align:top;text-align:left}.marking{background:#b00020;color:#fff;font-weight:bold;\
         text-align:center;padding:.3em}</style>\n</head>\n<body>\n",
    );
    for m in &h.markings {
        let _ = writeln!(o, "<div class=\"marking\">{}</div>", esc(m));
    }
    let _ = writeln!(o, "<h1>{}</h1>", esc(&h.title));
    for b in &h.blocks {
        match b {
            Block::Heading(t) => {
                let _ = writeln!(o, "<h2>{}</h2>", esc(t));
            }
            Block::Para(t) => {
                let _ = writeln!(o, "<p>{}</p>", esc(t));
            }
            Block::Table { head, rows } => {
                o.push_str("<table>\n<tr>");
                for c in head {
                    let _ = write!(o, "<th>{}</th>", esc(c));
                }
                o.push_str("</tr>\n");
                for r in rows {
                    o.push_str("<tr>");
                    for c in r {
                        let _ = write!(o, "<td>{}</td>", esc(c).replace('\n', "<br>"));
                    }
                    o.push_str("</tr>\n");
                }
                o.push_str("</table>\n");
            }
        }
    }
    for m in &h.markings {
        let _ = writeln!(o, "<div class=\"marking\">{}</div>", esc(m));
    }
    o.push_str("</body>\n</html>\n");
    o
}

fn csv(h: &Handout, lang: Lang) -> String {
    let mut o = String::from('\u{feff}');
    let mut record = |cells: &mut dyn Iterator<Item = &str>| {
        for (k, c) in cells.enumerate() {
            if k > 0 {
                o.push(',');
            }
            super::csv::field(&mut o, c, true);
        }
        o.push_str("\r\n");
    };
    let marking = h.markings.join(" | ");
    let mut head = h
        .issues
        .0
        .iter()
        .map(String::as_str)
        .chain([R::LowerMarking.get(lang)]);
    record(&mut head);
    for r in &h.issues.1 {
        record(&mut r.iter().map(String::as_str).chain([marking.as_str()]));
    }
    o
}

/// The positions as `audience` sees them (what a handout is built from), for tests and the
/// app's export.
pub fn audience_positions(left: &Position, right: &Position, audience: Audience) -> [Position; 2] {
    let v = view([Some(left), Some(right)], audience);
    let [l, r] = v;
    [
        l.map_or_else(|| left.clone(), |v| v.position),
        r.map_or_else(|| right.clone(), |v| v.position),
    ]
}
