//! Output of an [`Analysis`]: JSON (streamed, borrowing the analysis) and text for people.

use std::fmt::Write as _;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use super::agenda::{Agenda, LEFT, RIGHT, side_name};
use super::analysis::{Analysis, Scored};
use super::frontier::{MAX_FRONTIER, Point};
use super::uncertainty::{Odds, Quantiles, Uncertainty};
use crate::i18n::Lang;
use crate::i18n::report::Report as R;

/// A package as a map issue id → option label (agenda order).
struct Package<'a> {
    agenda: &'a Agenda,
    package: &'a [usize],
}

impl Serialize for Package<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.package.len()))?;
        for (i, &k) in self.agenda.issues.iter().zip(self.package) {
            let label = i.labels.get(k).map_or("", String::as_str);
            m.serialize_entry(&i.id, label)?;
        }
        m.end()
    }
}

#[derive(Serialize)]
struct PointOut<'a> {
    left: f64,
    right: f64,
    package: Package<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    acceptable: Option<bool>,
}

fn point<'a>(agenda: &'a Agenda, p: &'a Point, acceptable: Option<bool>) -> PointOut<'a> {
    PointOut {
        left: p.left,
        right: p.right,
        package: Package {
            agenda,
            package: &p.package,
        },
        acceptable,
    }
}

/// A list of frontier points, all flagged (`All`) or all acceptable (`Acceptable`).
enum Points<'a> {
    All(&'a Agenda, &'a [Scored]),
    Acceptable(&'a Agenda, &'a [Point]),
}

impl Serialize for Points<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        match self {
            Points::All(ag, v) => {
                for x in *v {
                    seq.serialize_element(&point(ag, &x.point, Some(x.acceptable)))?;
                }
            }
            Points::Acceptable(ag, v) => {
                for p in *v {
                    seq.serialize_element(&point(ag, p, Some(true)))?;
                }
            }
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct SideOut<'a> {
    party: &'a str,
    reservation: f64,
    equal_weights: bool,
    one_sided_issues: &'a [String],
}

#[derive(Serialize)]
struct IssueOut<'a> {
    id: &'a str,
    title: &'a str,
    options: Vec<OptionOut<'a>>,
    weight: [f64; 2],
    normalised_weight: [f64; 2],
    common_ground: &'a str,
    common_values: [f64; 2],
    conflict: f64,
    cares_more: Option<&'static str>,
    kind: &'static str,
    overlap: bool,
    targets: [&'a str; 2],
}

#[derive(Serialize)]
struct OptionOut<'a> {
    label: &'a str,
    left: f64,
    right: f64,
    left_valued: bool,
    right_valued: bool,
    left_acceptable: bool,
    right_acceptable: bool,
}

#[derive(Serialize)]
struct TradeOut<'a> {
    left_wins: Wins<'a>,
    right_wins: Wins<'a>,
    left_change: f64,
    right_change: f64,
}

#[derive(Serialize)]
struct ZopaOut<'a> {
    exists: bool,
    walk_away_blocked: Vec<&'a str>,
    best_reachable: [Option<f64>; 2],
    reservation_unreachable: [bool; 2],
    left_must_lower_by: Option<f64>,
    right_must_lower_by: Option<f64>,
    both_must_lower_by: Option<f64>,
    messages: &'a [String],
}

#[derive(Serialize)]
struct SensOut<'a> {
    issue: &'a str,
    side: &'static str,
    weight: f64,
    low: f64,
    high: Option<f64>,
}

#[derive(Serialize)]
struct Targets<'a> {
    left: Option<PointOut<'a>>,
    right: Option<PointOut<'a>>,
}

#[derive(Serialize)]
struct Report<'a> {
    left: SideOut<'a>,
    right: SideOut<'a>,
    joint_issues: usize,
    issues_without_options: &'a [String],
    zopa: bool,
    zopa_detail: ZopaOut<'a>,
    nash: Option<PointOut<'a>>,
    kalai_smorodinsky: Option<PointOut<'a>>,
    max_joint: Option<PointOut<'a>>,
    targets: Targets<'a>,
    frontier_size: usize,
    acceptable_frontier_size: usize,
    thinned: bool,
    frontier_limit: usize,
    frontier: Points<'a>,
    acceptable_frontier: Points<'a>,
    issues: Vec<IssueOut<'a>>,
    trades: Vec<TradeOut<'a>>,
    sensitivity: Vec<SensOut<'a>>,
    sensitivity_exact: bool,
    warnings: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    uncertainty: Option<UncertaintyOut<'a>>,
}

#[derive(Serialize)]
struct OddsOut<'a> {
    package: Package<'a>,
    p_acceptable_left: f64,
    p_acceptable_right: f64,
    p_acceptable_both: f64,
    p_nash: f64,
}

#[derive(Serialize)]
struct RobustOut<'a> {
    package: Package<'a>,
    p_acceptable_both: f64,
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    side: &'static str,
    issue: Option<&'a str>,
    option: Option<&'a str>,
    field: &'static str,
    share: f64,
}

#[derive(Serialize)]
struct UncertaintyOut<'a> {
    samples: usize,
    seed: u64,
    packages: Vec<OddsOut<'a>>,
    nash_left: Option<Quantiles>,
    nash_right: Option<Quantiles>,
    most_robust: Option<RobustOut<'a>>,
    ask_first: Vec<QuestionOut<'a>>,
    // Beyond the issue's list: the bound on "most robust" and how "ask first" was measured.
    p_zopa: f64,
    most_robust_proven: bool,
    ask_first_samples: usize,
}

impl Serialize for Quantiles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("p10", &self.p10)?;
        m.serialize_entry("p50", &self.p50)?;
        m.serialize_entry("p90", &self.p90)?;
        m.end()
    }
}

fn uncertainty_out<'a>(ag: &'a Agenda, u: &'a Uncertainty) -> UncertaintyOut<'a> {
    let odds = |o: &'a Odds| OddsOut {
        package: Package {
            agenda: ag,
            package: &o.package,
        },
        p_acceptable_left: o.p_left,
        p_acceptable_right: o.p_right,
        p_acceptable_both: o.p_both,
        p_nash: o.p_nash,
    };
    UncertaintyOut {
        samples: u.samples,
        seed: u.seed,
        packages: u.packages.iter().map(odds).collect(),
        nash_left: u.nash[LEFT],
        nash_right: u.nash[RIGHT],
        most_robust: u.most_robust.as_ref().map(|o| RobustOut {
            package: Package {
                agenda: ag,
                package: &o.package,
            },
            p_acceptable_both: o.p_both,
        }),
        ask_first: u
            .ask_first
            .iter()
            .map(|q| {
                let n = &q.number;
                let issue = n.issue.and_then(|i| ag.issues.get(i));
                QuestionOut {
                    side: side_name(n.side),
                    issue: issue.map(|i| i.id.as_str()),
                    option: issue
                        .zip(n.option)
                        .and_then(|(i, k)| i.labels.get(k))
                        .map(String::as_str),
                    field: n.field.as_str(),
                    share: q.share,
                }
            })
            .collect(),
        p_zopa: u.p_zopa,
        most_robust_proven: u.robust_proven,
        ask_first_samples: u.ask_first_samples,
    }
}

struct Wins<'a>(&'a Agenda, &'a [(usize, usize)]);

impl Serialize for Wins<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.1.len()))?;
        for &(i, k) in self.1 {
            if let Some(issue) = self.0.issues.get(i) {
                m.serialize_entry(&issue.id, issue.labels.get(k).map_or("", String::as_str))?;
            }
        }
        m.end()
    }
}

/// Write the JSON report.
pub fn write_json(a: &Analysis, out: &mut impl std::io::Write) -> serde_json::Result<()> {
    write_json_with(a, None, out)
}

/// Write the JSON report, with the Monte Carlo's `"uncertainty"` when given.
pub fn write_json_with(
    a: &Analysis,
    u: Option<&Uncertainty>,
    out: &mut impl std::io::Write,
) -> serde_json::Result<()> {
    let ag = &a.agenda;
    let side = |s: usize| SideOut {
        party: &ag.party[s],
        reservation: ag.reservation[s],
        equal_weights: ag.equal_weights[s],
        one_sided_issues: if s == LEFT {
            &ag.left_only
        } else {
            &ag.right_only
        },
    };
    let issues = a
        .issues
        .iter()
        .filter_map(|ia| {
            let i = ag.issues.get(ia.index)?;
            Some(IssueOut {
                id: &i.id,
                title: &i.title,
                options: (0..i.labels.len())
                    .map(|k| OptionOut {
                        label: &i.labels[k],
                        left: i.value[LEFT][k],
                        right: i.value[RIGHT][k],
                        left_valued: i.valued[LEFT][k],
                        right_valued: i.valued[RIGHT][k],
                        left_acceptable: i.allowed(LEFT, k),
                        right_acceptable: i.allowed(RIGHT, k),
                    })
                    .collect(),
                weight: i.weight,
                normalised_weight: ia.norm,
                common_ground: &i.labels[ia.common_ground],
                common_values: ia.common_values,
                conflict: ia.conflict,
                cares_more: ia.cares_more.map(side_name),
                kind: ia.kind.as_str(),
                overlap: ia.overlap,
                targets: [&i.labels[i.target[LEFT]], &i.labels[i.target[RIGHT]]],
            })
        })
        .collect();
    let report = Report {
        left: side(LEFT),
        right: side(RIGHT),
        joint_issues: ag.issues.len(),
        issues_without_options: &ag.no_options,
        zopa: a.zopa.exists,
        zopa_detail: ZopaOut {
            exists: a.zopa.exists,
            walk_away_blocked: a
                .zopa
                .walk_away_blocked
                .iter()
                .filter_map(|&k| ag.issues.get(k).map(|i| i.id.as_str()))
                .collect(),
            best_reachable: a.zopa.best_reachable,
            reservation_unreachable: a.zopa.reservation_unreachable,
            left_must_lower_by: a.zopa.move_alone[LEFT],
            right_must_lower_by: a.zopa.move_alone[RIGHT],
            both_must_lower_by: a.zopa.move_both,
            messages: &a.zopa.messages,
        },
        nash: a.nash.as_ref().map(|p| point(ag, p, None)),
        kalai_smorodinsky: a.kalai_smorodinsky.as_ref().map(|p| point(ag, p, None)),
        max_joint: a.max_joint.as_ref().map(|p| point(ag, p, None)),
        targets: Targets {
            left: a.targets[LEFT].as_ref().map(|p| point(ag, p, None)),
            right: a.targets[RIGHT].as_ref().map(|p| point(ag, p, None)),
        },
        frontier_size: a.frontier.len(),
        acceptable_frontier_size: a.acceptable_frontier.len(),
        thinned: a.thinned,
        frontier_limit: MAX_FRONTIER,
        frontier: Points::All(ag, &a.frontier),
        acceptable_frontier: Points::Acceptable(ag, &a.acceptable_frontier),
        issues,
        trades: a
            .trades
            .iter()
            .map(|t| TradeOut {
                left_wins: Wins(ag, &t.left_wins),
                right_wins: Wins(ag, &t.right_wins),
                left_change: t.delta[LEFT],
                right_change: t.delta[RIGHT],
            })
            .collect(),
        sensitivity: a
            .sensitivity
            .iter()
            .filter_map(|s| {
                Some(SensOut {
                    issue: &ag.issues.get(s.issue)?.id,
                    side: side_name(s.side),
                    weight: s.weight,
                    low: s.low,
                    high: s.high,
                })
            })
            .collect(),
        sensitivity_exact: a.sensitivity_exact,
        warnings: &a.warnings,
        uncertainty: u.map(|u| uncertainty_out(ag, u)),
    };
    serde_json::to_writer(out, &report)
}

fn pkg_text(ag: &Agenda, p: &Point) -> String {
    let mut s = String::new();
    for (i, &k) in ag.issues.iter().zip(&p.package) {
        let _ = writeln!(
            s,
            "      {:<28} {}",
            i.id,
            i.labels.get(k).map_or("?", String::as_str)
        );
    }
    s
}

/// The analysis as text for people.
pub fn text(a: &Analysis) -> String {
    text_in(a, Lang::En)
}

/// A side's name in a language ("left" / "왼쪽").
fn side_in(side: usize, lang: Lang) -> &'static str {
    match lang {
        Lang::En => side_name(side),
        Lang::Ko => crate::i18n::side_name(
            if side == LEFT {
                crate::workspace::Side::Left
            } else {
                crate::workspace::Side::Right
            },
            lang,
        ),
    }
}

/// An issue kind in a language.
fn kind_in(k: super::analysis::Kind, lang: Lang) -> &'static str {
    use super::analysis::Kind as K;
    match k {
        K::Compatible => R::Compatible.get(lang),
        K::Distributive => R::Distributive.get(lang),
        K::Tradeable => R::Tradeable.get(lang),
    }
}

/// A side's name as [`Agenda::name`] gives it ("US (left)"), in a language.
fn name_in(ag: &Agenda, s: usize, lang: Lang) -> String {
    if lang == Lang::En {
        return ag.name(s);
    }
    let p = ag.party[s].trim();
    if p.is_empty() {
        side_in(s, lang).to_owned()
    } else {
        format!("{p} ({})", side_in(s, lang))
    }
}

/// `s` left-aligned in `width` terminal columns: Hangul takes two columns, so Korean pads by
/// display width (English keeps `format!("{:<width$}")`, byte for byte).
fn pad(s: &str, width: usize, lang: Lang) -> String {
    if lang == Lang::En {
        return format!("{s:<width$}");
    }
    let cols: usize = s
        .chars()
        .map(|c| {
            if crate::i18n::has_hangul(c.encode_utf8(&mut [0; 4])) {
                2
            } else {
                1
            }
        })
        .sum();
    format!("{s}{}", " ".repeat(width.saturating_sub(cols)))
}

/// [`text`] in a language (`accord score --lang ko`); English is [`text`] byte for byte.
pub fn text_in(a: &Analysis, lang: Lang) -> String {
    let ag = &a.agenda;
    let (ln, rn) = (name_in(ag, LEFT, lang), name_in(ag, RIGHT, lang));
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        R::ScJoint.fmt(
            lang,
            &[
                &ln,
                &format!("{:.1}", ag.reservation[LEFT]),
                &rn,
                &format!("{:.1}", ag.reservation[RIGHT])
            ]
        )
    );
    let _ = writeln!(s, "{}", R::ScJointIssues.fmt(lang, &[&ag.issues.len()]));
    for w in a.warnings_in(lang) {
        let _ = writeln!(s, "{}", R::Warning.fmt(lang, &[&w]));
    }
    if ag.issues.is_empty() {
        return s;
    }
    let _ = writeln!(s, "\n{}", R::ScIssuesHead.get(lang));
    for ia in &a.issues {
        let Some(i) = ag.issues.get(ia.index) else {
            continue;
        };
        let cares = match ia.cares_more {
            Some(x) => R::ScCaresMore.fmt(lang, &[&side_in(x, lang)]),
            None => R::ScEqualWeight.get(lang).to_owned(),
        };
        let _ = writeln!(
            s,
            "  {:<28} {} {}",
            i.id,
            pad(kind_in(ia.kind, lang), 12, lang),
            R::ScIssueLine.fmt(
                lang,
                &[
                    &i.labels[ia.common_ground],
                    &format!("{:.0}", ia.common_values[LEFT]),
                    &format!("{:.0}", ia.common_values[RIGHT]),
                    &format!("{:.1}", ia.conflict),
                    &cares,
                    &format!("{:.2}", ia.norm[LEFT]),
                    &format!("{:.2}", ia.norm[RIGHT]),
                    &if ia.overlap {
                        ""
                    } else {
                        R::ScNoOverlap.get(lang)
                    },
                ]
            )
        );
    }
    let _ = writeln!(
        s,
        "\n{}",
        R::ScZopa.fmt(
            lang,
            &[&if a.zopa.exists {
                R::ScZopaYes.get(lang)
            } else {
                R::None.get(lang)
            }]
        )
    );
    for m in a.zopa_messages_in(lang) {
        let _ = writeln!(s, "  {m}");
    }
    let _ = writeln!(
        s,
        "\n{}",
        R::ScFrontier.fmt(
            lang,
            &[
                &a.frontier.len(),
                &a.acceptable_frontier.len(),
                &if a.thinned {
                    R::ScThinned.get(lang)
                } else {
                    R::ScExact.get(lang)
                }
            ]
        )
    );
    if !a.acceptable_frontier.is_empty() {
        // An even sample of the acceptable frontier, for orientation.
        let n = a.acceptable_frontier.len();
        let shown = n.min(12);
        let _ = writeln!(
            s,
            "  {}",
            R::ScAcceptable.fmt(
                lang,
                &[
                    &ln,
                    &rn,
                    &if shown < n {
                        R::ScSampled.get(lang)
                    } else {
                        ""
                    }
                ]
            )
        );
        let mut line = String::new();
        for t in 0..shown {
            let k = if shown > 1 {
                t * (n - 1) / (shown - 1)
            } else {
                0
            };
            if let Some(p) = a.acceptable_frontier.get(k) {
                let _ = write!(line, "  {:.1}/{:.1}", p.left, p.right);
            }
        }
        let _ = writeln!(s, "  {}", line.trim_start());
    }
    let mut named = |title: &str, p: &Option<Point>| match p {
        Some(p) => {
            let _ = writeln!(s, "\n{title}: {ln} {:.1}, {rn} {:.1}", p.left, p.right);
            s.push_str(&pkg_text(ag, p));
        }
        None => {
            let _ = writeln!(s, "\n{title}: {}", R::NoneNoPackage.get(lang));
        }
    };
    named(R::NashPoint.get(lang), &a.nash);
    named(R::KsPoint.get(lang), &a.kalai_smorodinsky);
    named(R::MaxJoint.get(lang), &a.max_joint);
    for side in [LEFT, RIGHT] {
        if let Some(p) = &a.targets[side] {
            let _ = writeln!(
                s,
                "\n{}",
                R::ScTargetPkg.fmt(
                    lang,
                    &[
                        &name_in(ag, side, lang),
                        &ln,
                        &format!("{:.1}", p.left),
                        &rn,
                        &format!("{:.1}", p.right)
                    ]
                )
            );
        }
    }
    if !a.trades.is_empty() {
        let _ = writeln!(s, "\n{}", R::ScTrades.fmt(lang, &[&ln, &rn]));
        for (n, t) in a.trades.iter().take(10).enumerate() {
            let list = |w: &[(usize, usize)]| {
                w.iter()
                    .filter_map(|&(i, k)| {
                        let i = ag.issues.get(i)?;
                        Some(format!("{} = \"{}\"", i.id, i.labels.get(k)?))
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(
                s,
                "  {:>2}. {:+.1} / {:+.1}: {}",
                n + 1,
                t.delta[LEFT],
                t.delta[RIGHT],
                R::ScTradeLine.fmt(lang, &[&ln, &list(&t.left_wins), &rn, &list(&t.right_wins)])
            );
        }
    }
    if !a.sensitivity.is_empty() {
        let _ = writeln!(
            s,
            "\n{}",
            R::ScSensitivity.fmt(
                lang,
                &[&if a.sensitivity_exact {
                    ""
                } else {
                    R::ScTodayOnly.get(lang)
                }]
            )
        );
        for x in &a.sensitivity {
            let Some(i) = ag.issues.get(x.issue) else {
                continue;
            };
            let _ = writeln!(
                s,
                "  {:<28} {} {}",
                i.id,
                pad(side_in(x.side, lang), 5, lang),
                R::ScWeightRange.fmt(
                    lang,
                    &[
                        &format!("{:>6.2}", x.weight),
                        &format!("{:.2}", x.low),
                        &x.high
                            .map_or(R::ScAny.get(lang).to_owned(), |h| format!("{h:.2}"))
                    ]
                )
            );
        }
    }
    s
}

/// The Monte Carlo in words (appended to [`text`]).
pub fn uncertainty_text(a: &Analysis, u: &Uncertainty) -> String {
    uncertainty_text_in(a, u, Lang::En)
}

/// [`uncertainty_text`] in a language.
pub fn uncertainty_text_in(a: &Analysis, u: &Uncertainty, lang: Lang) -> String {
    let ag = &a.agenda;
    let mut s = String::new();
    let pct = |p: f64| format!("{:.1}%", 100.0 * p);
    let _ = writeln!(s, "\n{}", R::UnHead.fmt(lang, &[&u.samples, &u.seed]));
    let _ = writeln!(s, "  {}", R::UnNumbers.fmt(lang, &[&u.numbers]));
    let _ = writeln!(s, "  {}", R::UnZopa.fmt(lang, &[&pct(u.p_zopa)]));
    for (side, q) in [(LEFT, &u.nash[LEFT]), (RIGHT, &u.nash[RIGHT])] {
        if let Some(q) = q {
            let _ = writeln!(
                s,
                "  {}",
                R::UnNash.fmt(
                    lang,
                    &[
                        &name_in(ag, side, lang),
                        &format!("{:.1}", q.p10),
                        &format!("{:.1}", q.p50),
                        &format!("{:.1}", q.p90)
                    ]
                )
            );
        }
    }
    if let Some(n) = &a.nash
        && let Some(o) = u.packages.iter().find(|o| o.package == n.package)
    {
        let _ = writeln!(
            s,
            "  {}",
            R::UnToday.fmt(
                lang,
                &[
                    &pct(o.p_both),
                    &name_in(ag, LEFT, lang),
                    &pct(o.p_left),
                    &name_in(ag, RIGHT, lang),
                    &pct(o.p_right),
                    &pct(o.p_nash)
                ]
            )
        );
    }
    let mut top: Vec<&Odds> = u.packages.iter().collect();
    top.sort_by(|x, y| y.p_both.total_cmp(&x.p_both));
    if top.first().is_some_and(|o| o.p_both > 0.0) {
        let _ = writeln!(s, "  {}", R::UnListed.fmt(lang, &[&u.packages.len()]));
        for o in top.into_iter().take(5).filter(|o| o.p_both > 0.0) {
            let (l, r) = super::frontier::scores(ag, &o.package);
            let _ = writeln!(
                s,
                "    {:.1} / {:.1}: {}",
                l,
                r,
                R::UnListLine.fmt(
                    lang,
                    &[
                        &pct(o.p_both),
                        &name_in(ag, LEFT, lang),
                        &pct(o.p_left),
                        &name_in(ag, RIGHT, lang),
                        &pct(o.p_right),
                        &pct(o.p_nash)
                    ]
                )
            );
        }
    }
    match &u.most_robust {
        Some(o) => {
            let _ = writeln!(
                s,
                "  {}",
                R::UnRobust.fmt(
                    lang,
                    &[
                        &pct(o.p_both),
                        &if u.robust_proven {
                            R::UnProven.get(lang)
                        } else {
                            R::UnSearched.get(lang)
                        }
                    ]
                )
            );
            s.push_str(&pkg_text(
                ag,
                &Point {
                    left: 0.0,
                    right: 0.0,
                    package: o.package.clone(),
                },
            ));
        }
        None => {
            let _ = writeln!(s, "  {}", R::UnNoRobust.get(lang));
        }
    }
    let asked: Vec<_> = u
        .ask_first
        .iter()
        .filter(|q| q.share > 0.0)
        .take(10)
        .collect();
    if asked.is_empty() {
        let _ = writeln!(s, "  {}", R::UnAskNone.fmt(lang, &[&u.ask_first_samples]));
    } else {
        let _ = writeln!(s, "  {}", R::UnAsk.fmt(lang, &[&u.ask_first_samples]));
        for q in asked {
            let n = &q.number;
            let what = n.describe(ag);
            let _ = writeln!(
                s,
                "    {:>6}  {}",
                pct(q.share),
                R::UnAskLine.fmt(lang, &[&name_in(ag, n.side, lang), &what])
            );
        }
    }
    s
}
