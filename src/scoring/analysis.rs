//! The joint analysis: acceptability, ZOPA, bargaining points, per-issue analysis, trades and
//! sensitivity. Plain data in, plain data out; the command line and the score view share it.

use super::agenda::{Agenda, EPS, JointIssue, LEFT, RIGHT};
use super::frontier::{self, Frontier, MAX_FRONTIER, Options, Point};
use super::note::Note;
use crate::model::Position;

/// Difference of normalised weights (0–1) below which neither side "cares more".
pub const CARE_THRESHOLD: f64 = 0.02;
/// At most this many trades are kept.
pub const MAX_TRADES: usize = 20;

/// A frontier point with its acceptability to both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The point.
    pub point: Point,
    /// Acceptable to both sides (reservations and walk-aways).
    pub acceptable: bool,
}

/// How an issue looks across the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One option is (near) best for both: no conflict.
    Compatible,
    /// Opposed preferences and similar weights: what one gains the other loses.
    Distributive,
    /// Opposed preferences and one side cares clearly more: material for a trade.
    Tradeable,
}

impl Kind {
    /// Lower-case name used in text and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Compatible => "compatible",
            Kind::Distributive => "distributive",
            Kind::Tradeable => "tradeable",
        }
    }

    /// The kind's name in a language, for the score view.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::score::Score;
        match self {
            Kind::Compatible => Score::KindCompatible.get(lang),
            Kind::Distributive => Score::KindDistributive.get(lang),
            Kind::Tradeable => Score::KindTradeable.get(lang),
        }
    }
}

/// Per-issue analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueAnalysis {
    /// Index into `Agenda::issues`.
    pub index: usize,
    /// Option maximising the lower of the two values.
    pub common_ground: usize,
    /// Both values of the common-ground option.
    pub common_values: [f64; 2],
    /// Conflict, 0–100: the mean of what each side gives up from its best option to the
    /// common ground.
    pub conflict: f64,
    /// Normalised weight of each side (0–1).
    pub norm: [f64; 2],
    /// Which side cares more (`None` within [`CARE_THRESHOLD`]).
    pub cares_more: Option<usize>,
    /// Classification.
    pub kind: Kind,
    /// Some option clears both walk-away points.
    pub overlap: bool,
}

/// The zone of possible agreement and, when it is empty, what binds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Zopa {
    /// Some package is acceptable to both sides.
    pub exists: bool,
    /// Issues on which no option clears both walk-away points.
    pub walk_away_blocked: Vec<usize>,
    /// Highest score each side can reach with options that clear both walk-aways
    /// (`None` when some issue blocks).
    pub best_reachable: [Option<f64>; 2],
    /// Sides whose reservation no package reaches, even the best for it.
    pub reservation_unreachable: [bool; 2],
    /// How far each side must lower its reservation, the other keeping its own, to open a ZOPA
    /// (`None` when that alone cannot open one). 0 when the ZOPA exists.
    pub move_alone: [Option<f64>; 2],
    /// How far both must lower their reservations, by the same amount, to open one.
    pub move_both: Option<f64>,
    /// Human-readable explanation, one line per binding constraint (English: `notes` in
    /// words).
    pub messages: Vec<String>,
    /// The same explanation as data, for a reader in another language.
    pub notes: Vec<Note>,
}

/// A logrolling trade: each side gets its preferred option on the issues it weighs more and
/// concedes those it weighs less, compared with splitting the difference issue by issue.
#[derive(Debug, Clone, PartialEq)]
pub struct Trade {
    /// Issues where the left side gets its preferred option (issue index, option index).
    pub left_wins: Vec<(usize, usize)>,
    /// Issues where the right side gets its preferred option (issue index, option index).
    pub right_wins: Vec<(usize, usize)>,
    /// Score change of each side against splitting the difference on the same issues
    /// (points, 0–100 scale).
    pub delta: [f64; 2],
}

/// How far one side's weight on one issue can move before the Nash package changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    /// Issue index.
    pub issue: usize,
    /// Side.
    pub side: usize,
    /// The raw weight now.
    pub weight: f64,
    /// Lowest raw weight keeping the same Nash package (0 when any lower weight keeps it).
    pub low: f64,
    /// Highest raw weight keeping it (`None`: any higher weight keeps it).
    pub high: Option<f64>,
}

/// Everything `accord score` and the score view show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    /// The joint agenda.
    pub agenda: Agenda,
    /// The frontier of all packages, each flagged acceptable or not.
    pub frontier: Vec<Scored>,
    /// The frontier of the packages acceptable to both.
    pub acceptable_frontier: Vec<Point>,
    /// Some merge step was thinned (the frontiers are even samples, not exact).
    pub thinned: bool,
    /// Nash bargaining point among acceptable packages.
    pub nash: Option<Point>,
    /// Kalai–Smorodinsky point among acceptable packages.
    pub kalai_smorodinsky: Option<Point>,
    /// Acceptable package with the largest sum of scores.
    pub max_joint: Option<Point>,
    /// Each side's target package (its target option on every issue).
    pub targets: [Option<Point>; 2],
    /// The ZOPA.
    pub zopa: Zopa,
    /// Per-issue analysis, in agenda order.
    pub issues: Vec<IssueAnalysis>,
    /// Ranked trades, best first.
    pub trades: Vec<Trade>,
    /// Weight sensitivity of the Nash package.
    pub sensitivity: Vec<Sensitivity>,
    /// Whether the sensitivity ranges are exact (see `SENSITIVITY_EXACT_WORK`).
    pub sensitivity_exact: bool,
    /// Largest partial frontier held (work measure).
    pub peak_partial: usize,
    /// Messages for people (what was left out, substituted, thinned or blocked), in English:
    /// `warning_notes` in words.
    pub warnings: Vec<String>,
    /// The same messages as data, for a reader in another language.
    pub warning_notes: Vec<Note>,
}

impl Analysis {
    /// The warnings in a language (English: exactly [`Analysis::warnings`]).
    pub fn warnings_in(&self, lang: crate::i18n::Lang) -> Vec<String> {
        match lang {
            crate::i18n::Lang::En => self.warnings.clone(),
            _ => self
                .warning_notes
                .iter()
                .map(|n| n.text_in(&self.agenda, lang))
                .collect(),
        }
    }

    /// The ZOPA's explanation in a language (English: exactly [`Zopa::messages`]).
    pub fn zopa_messages_in(&self, lang: crate::i18n::Lang) -> Vec<String> {
        match lang {
            crate::i18n::Lang::En => self.zopa.messages.clone(),
            _ => self
                .zopa
                .notes
                .iter()
                .map(|n| n.text_in(&self.agenda, lang))
                .collect(),
        }
    }
}

/// Analyse two positions.
pub fn analyze(left: &Position, right: &Position) -> Analysis {
    analyze_agenda(Agenda::build(left, right), MAX_FRONTIER)
}

/// Analyse a prepared agenda, thinning past `limit` points per merge step.
pub fn analyze_agenda(agenda: Agenda, limit: usize) -> Analysis {
    let mut warnings = agenda.notes.clone();
    let all = frontier::frontier(&agenda, Options::All, limit);
    // When the walk-aways remove no option the restricted frontier is the same: reuse it.
    let removes = agenda
        .issues
        .iter()
        .any(|i| (0..i.labels.len()).any(|k| !i.allowed_both(k)));
    let own = removes.then(|| frontier::frontier(&agenda, Options::BothAcceptable, limit));
    let restricted = own.as_ref().unwrap_or(&all);
    let thinned = all.thinned || restricted.thinned;
    if thinned {
        warnings.push(Note::Thinned { limit });
    }
    let res = agenda.reservation;
    let acceptable_frontier: Vec<Point> = restricted
        .points
        .iter()
        .filter(|p| p.left >= res[LEFT] - EPS && p.right >= res[RIGHT] - EPS)
        .cloned()
        .collect();
    let nash = nash_point(&acceptable_frontier, res);
    let kalai_smorodinsky = ks_point(&acceptable_frontier, res);
    let max_joint = best_by(&acceptable_frontier, |p| p.left + p.right);
    let targets = [LEFT, RIGHT].map(|s| {
        if agenda.issues.is_empty() {
            return None;
        }
        let package: Vec<usize> = agenda.issues.iter().map(|i| i.target[s]).collect();
        let (l, r) = frontier::scores(&agenda, &package);
        Some(Point {
            left: l,
            right: r,
            package,
        })
    });
    let zopa = zopa(&agenda, restricted, !acceptable_frontier.is_empty());
    let peak_partial = all.peak_partial.max(restricted.peak_partial);
    drop(own);
    let frontier_flagged: Vec<Scored> = all
        .points
        .into_iter()
        .map(|p| Scored {
            acceptable: acceptable(&agenda, &p),
            point: p,
        })
        .collect();
    if !zopa.exists && !agenda.issues.is_empty() {
        warnings.push(Note::EmptyZopa);
    }
    let issues = agenda
        .issues
        .iter()
        .enumerate()
        .map(|(k, i)| issue_analysis(k, i))
        .collect::<Vec<_>>();
    let trades = trades(&agenda, &issues);
    let (sensitivity, sensitivity_exact) = match &nash {
        Some(n) => sensitivity(&agenda, n, &acceptable_frontier, peak_partial),
        None => (Vec::new(), true),
    };
    if !sensitivity_exact {
        warnings.push(Note::SensitivityApprox);
    }
    let warning_notes = warnings;
    let warnings = Note::english(&warning_notes, &agenda);
    Analysis {
        peak_partial,
        agenda,
        frontier: frontier_flagged,
        acceptable_frontier,
        thinned,
        nash,
        kalai_smorodinsky,
        max_joint,
        targets,
        zopa,
        issues,
        trades,
        sensitivity,
        sensitivity_exact,
        warnings,
        warning_notes,
    }
}

/// Whether a package is acceptable to both sides.
pub fn acceptable(agenda: &Agenda, p: &Point) -> bool {
    acceptable_to(agenda, p, LEFT) && acceptable_to(agenda, p, RIGHT)
}

/// Whether a package is acceptable to side `s`: its score reaches the reservation and every
/// option clears its walk-away point.
pub fn acceptable_to(agenda: &Agenda, p: &Point, s: usize) -> bool {
    let score = if s == LEFT { p.left } else { p.right };
    score >= agenda.reservation[s] - EPS
        && agenda
            .issues
            .iter()
            .zip(&p.package)
            .all(|(i, &k)| k < i.labels.len() && i.allowed(s, k))
}

/// Pick the point maximising `key`; ties (within EPS) go to the higher left score, then the
/// higher right score, then the earlier point.
fn best_by(pts: &[Point], key: impl Fn(&Point) -> f64) -> Option<Point> {
    let mut best: Option<(&Point, f64)> = None;
    for p in pts {
        let k = key(p);
        let take = match best {
            None => true,
            Some((b, bk)) => {
                k > bk + EPS
                    || ((k - bk).abs() <= EPS
                        && (p.left > b.left + EPS
                            || ((p.left - b.left).abs() <= EPS && p.right > b.right + EPS)))
            }
        };
        if take {
            best = Some((p, k));
        }
    }
    best.map(|(p, _)| p.clone())
}

/// Nash bargaining point: max (U_L − r_L)(U_R − r_R) among acceptable points. The maximum of
/// a product increasing in both scores lies on the acceptable frontier.
pub fn nash_point(acceptable_frontier: &[Point], res: [f64; 2]) -> Option<Point> {
    best_by(acceptable_frontier, |p| {
        (p.left - res[LEFT]).max(0.0) * (p.right - res[RIGHT]).max(0.0)
    })
}

/// Kalai–Smorodinsky point (discrete): the acceptable point maximising the smaller of the two
/// gains, each as a share of that side's best acceptable gain.
pub fn ks_point(acceptable_frontier: &[Point], res: [f64; 2]) -> Option<Point> {
    let ideal_l = acceptable_frontier
        .iter()
        .map(|p| p.left)
        .fold(f64::NAN, f64::max);
    let ideal_r = acceptable_frontier
        .iter()
        .map(|p| p.right)
        .fold(f64::NAN, f64::max);
    let share = |v: f64, r: f64, ideal: f64| {
        let range = ideal - r;
        if range <= EPS { 1.0 } else { (v - r) / range }
    };
    best_by(acceptable_frontier, |p| {
        share(p.left, res[LEFT], ideal_l).min(share(p.right, res[RIGHT], ideal_r))
    })
}

fn zopa(agenda: &Agenda, restricted: &Frontier, exists: bool) -> Zopa {
    let mut z = zopa_of(agenda, restricted, exists);
    z.messages = Note::english(&z.notes, agenda);
    z
}

/// The ZOPA with its notes (`messages` left empty).
fn zopa_of(agenda: &Agenda, restricted: &Frontier, exists: bool) -> Zopa {
    let mut z = Zopa {
        exists,
        ..Zopa::default()
    };
    if agenda.issues.is_empty() {
        z.notes.push(Note::NoJointIssue);
        return z;
    }
    let res = agenda.reservation;
    for (k, i) in agenda.issues.iter().enumerate() {
        if !(0..i.labels.len()).any(|o| i.allowed_both(o)) {
            z.walk_away_blocked.push(k);
            // The option needing the smallest walk-away move from both.
            let mut best: Option<(usize, f64, f64)> = None;
            for o in 0..i.labels.len() {
                let ml = (i.walk_away[LEFT] - i.value[LEFT][o]).max(0.0);
                let mr = (i.walk_away[RIGHT] - i.value[RIGHT][o]).max(0.0);
                if best.is_none_or(|(_, bl, br)| ml.max(mr) < bl.max(br) - EPS) {
                    best = Some((o, ml, mr));
                }
            }
            if let Some((o, ml, mr)) = best {
                z.notes.push(Note::WalkAwayBlocked {
                    id: i.id.clone(),
                    label: i.labels[o].clone(),
                    by: [ml, mr],
                });
            }
        }
    }
    if !z.walk_away_blocked.is_empty() {
        return z;
    }
    let pts = &restricted.points;
    let max_l = pts.iter().map(|p| p.left).fold(f64::NEG_INFINITY, f64::max);
    let max_r = pts
        .iter()
        .map(|p| p.right)
        .fold(f64::NEG_INFINITY, f64::max);
    z.best_reachable = [Some(max_l), Some(max_r)];
    for (s, best) in [(LEFT, max_l), (RIGHT, max_r)] {
        if best < res[s] - EPS {
            z.reservation_unreachable[s] = true;
            z.notes.push(Note::ReservationUnreachable {
                side: s,
                reservation: res[s],
                best,
            });
        }
    }
    if exists {
        z.move_alone = [Some(0.0), Some(0.0)];
        z.move_both = Some(0.0);
        return z;
    }
    // Left lowers alone: best left score among points where right keeps its reservation.
    let best_given = |s: usize| {
        pts.iter()
            .filter(|p| if s == LEFT { p.right } else { p.left } >= res[1 - s] - EPS)
            .map(|p| if s == LEFT { p.left } else { p.right })
            .fold(None, |acc: Option<f64>, v| {
                Some(acc.map_or(v, |a| a.max(v)))
            })
    };
    for s in [LEFT, RIGHT] {
        z.move_alone[s] = best_given(s).map(|b| (res[s] - b).max(0.0));
    }
    z.move_both = pts
        .iter()
        .map(|p| (res[LEFT] - p.left).max(res[RIGHT] - p.right).max(0.0))
        .fold(None, |acc: Option<f64>, v| {
            Some(acc.map_or(v, |a| a.min(v)))
        });
    if !z.reservation_unreachable.iter().any(|u| *u) {
        z.notes.push(Note::NoSinglePackage {
            reservation: [res[LEFT], res[RIGHT]],
        });
    }
    for s in [LEFT, RIGHT] {
        match z.move_alone[s] {
            Some(m) => z.notes.push(Note::MoveAlone { side: s, by: m }),
            None => z.notes.push(Note::MoveAloneCannot { side: s }),
        }
    }
    if let Some(m) = z.move_both {
        z.notes.push(Note::MoveBoth { by: m });
    }
    z
}

fn issue_analysis(index: usize, i: &JointIssue) -> IssueAnalysis {
    let cg = i.common_ground();
    let cv = [i.value[LEFT][cg], i.value[RIGHT][cg]];
    let best = [i.value[LEFT][i.best(LEFT)], i.value[RIGHT][i.best(RIGHT)]];
    let conflict = ((best[LEFT] - cv[LEFT]) + (best[RIGHT] - cv[RIGHT])) / 2.0;
    let diff = i.norm[LEFT] - i.norm[RIGHT];
    let cares_more = if diff > CARE_THRESHOLD {
        Some(LEFT)
    } else if diff < -CARE_THRESHOLD {
        Some(RIGHT)
    } else {
        None
    };
    let kind = if conflict <= EPS {
        Kind::Compatible
    } else if let Some(s) = cares_more {
        // Clearly more: the side's share is at least 1.5 times the other's.
        if i.norm[s] >= 1.5 * i.norm[1 - s] {
            Kind::Tradeable
        } else {
            Kind::Distributive
        }
    } else {
        Kind::Distributive
    };
    IssueAnalysis {
        index,
        common_ground: cg,
        common_values: cv,
        conflict,
        norm: i.norm,
        cares_more,
        kind,
        overlap: (0..i.labels.len()).any(|k| i.allowed_both(k)),
    }
}

/// The option side `s` prefers on an issue among those the other side can accept (all
/// options if none clears the other's walk-away).
fn preferred(i: &JointIssue, s: usize) -> usize {
    let o = 1 - s;
    let mut best: Option<usize> = None;
    for k in 0..i.labels.len() {
        if !i.allowed(o, k) {
            continue;
        }
        if best.is_none_or(|b| i.value[s][k] > i.value[s][b] + EPS) {
            best = Some(k);
        }
    }
    best.unwrap_or_else(|| i.best(s))
}

fn trades(agenda: &Agenda, issues: &[IssueAnalysis]) -> Vec<Trade> {
    let n = agenda.issues.len();
    // Per issue and side: that side's preferred option and the score change of both sides
    // when it is chosen instead of splitting the difference (the mean, per side, of the values
    // of the two preferred options). Compatible issues have nothing to trade.
    let moves: Vec<[(usize, [f64; 2]); 2]> = agenda
        .issues
        .iter()
        .zip(issues)
        .map(|(i, a)| {
            let pref = [preferred(i, LEFT), preferred(i, RIGHT)];
            let base = [LEFT, RIGHT].map(|s| (i.value[s][pref[0]] + i.value[s][pref[1]]) / 2.0);
            [LEFT, RIGHT].map(|w| {
                let k = pref[w];
                let d = [LEFT, RIGHT].map(|s| i.norm[s] * (i.value[s][k] - base[s]));
                if a.kind == Kind::Compatible {
                    (k, [0.0; 2])
                } else {
                    (k, d)
                }
            })
        })
        .collect();
    let gains = |m: &(usize, [f64; 2]), s: usize| m.1[s] > EPS;
    let mut out: Vec<Trade> = Vec::new();
    let mut worst: Option<(f64, f64)> = None;
    for x in 0..n {
        for y in 0..n {
            if x == y {
                continue;
            }
            let (ml, mr) = (&moves[x][LEFT], &moves[y][RIGHT]);
            if !gains(ml, LEFT) || !gains(mr, RIGHT) {
                continue;
            }
            let d = [ml.1[LEFT] + mr.1[LEFT], ml.1[RIGHT] + mr.1[RIGHT]];
            if d[LEFT] > EPS && d[RIGHT] > EPS {
                if let Some(w) = worst {
                    let (m, sum): (f64, f64) = (d[0].min(d[1]), d[0] + d[1]);
                    let (wm, ws): (f64, f64) = w;
                    if m < wm || (m == wm && sum < ws) {
                        continue;
                    }
                }
                out.push(Trade {
                    left_wins: vec![(x, ml.0)],
                    right_wins: vec![(y, mr.0)],
                    delta: d,
                });
                if out.len() >= 8 * MAX_TRADES {
                    out.sort_by(cmp_trade);
                    out.truncate(MAX_TRADES);
                    worst = out
                        .last()
                        .map(|t| (t.delta[0].min(t.delta[1]), t.delta[0] + t.delta[1]));
                }
            }
        }
    }
    // The grand logroll: every issue goes to the side that cares more about it.
    let mut grand = Trade {
        left_wins: Vec::new(),
        right_wins: Vec::new(),
        delta: [0.0; 2],
    };
    for (k, a) in issues.iter().enumerate() {
        let Some(s) = a.cares_more else { continue };
        let m = &moves[k][s];
        if !gains(m, s) {
            continue;
        }
        if s == LEFT {
            grand.left_wins.push((k, m.0));
        } else {
            grand.right_wins.push((k, m.0));
        }
        grand.delta[LEFT] += m.1[LEFT];
        grand.delta[RIGHT] += m.1[RIGHT];
    }
    if grand.left_wins.len() + grand.right_wins.len() > 2
        && grand.delta[LEFT] > EPS
        && grand.delta[RIGHT] > EPS
    {
        out.push(grand);
    }
    out.sort_by(cmp_trade);
    out.truncate(MAX_TRADES);
    out
}

/// Above this much work (issues × largest partial frontier) sensitivity is computed against
/// today's acceptable frontier only (approximate) instead of exactly.
pub const SENSITIVITY_EXACT_WORK: usize = 60_000;

/// One package as sensitivity sees it, for one issue i and side s: side s's raw weighted sum
/// without issue i, its value on issue i, and the other side's gain over its reservation.
#[derive(Clone, Copy)]
struct Cand {
    a: f64,
    v: f64,
    g: f64,
}

/// For each issue and side: the range of the raw weight over which the Nash package stays
/// optimal. With weight w on issue i, side s's gain times (W' + w) is linear in w, so "Q is
/// acceptable and beats the Nash package P" holds on an interval of w, found in closed form.
///
/// Exact mode: every package that can be Nash for *some* w is on the frontier of the agenda
/// without issue i, plus one option of issue i (the objective increases in both sub-scores),
/// so those candidates are complete. Past [`SENSITIVITY_EXACT_WORK`] only today's acceptable
/// frontier is checked (returned flag `false`).
fn sensitivity(
    agenda: &Agenda,
    nash: &Point,
    acc: &[Point],
    peak: usize,
) -> (Vec<Sensitivity>, bool) {
    let exact = agenda.issues.len().saturating_mul(peak.max(1)) <= SENSITIVITY_EXACT_WORK;
    let res = agenda.reservation;
    let totals = [LEFT, RIGHT].map(|s| agenda.issues.iter().map(|i| i.weight[s]).sum::<f64>());
    let raw = |p: &Point, s: usize| -> f64 {
        agenda
            .issues
            .iter()
            .zip(&p.package)
            .map(|(i, &k)| i.weight[s] * i.value[s][k])
            .sum()
    };
    let score = |p: &Point, s: usize| if s == LEFT { p.left } else { p.right };
    // Raw weighted sums of today's acceptable frontier (approximate mode), computed once.
    let acc_raw: Vec<[f64; 2]> = if exact {
        Vec::new()
    } else {
        acc.iter().map(|q| [raw(q, LEFT), raw(q, RIGHT)]).collect()
    };
    let mut out = Vec::new();
    for (idx, issue) in agenda.issues.iter().enumerate() {
        // Candidates per side.
        let mut cands: [Vec<Cand>; 2] = [Vec::new(), Vec::new()];
        if exact {
            let mut sub = agenda.clone();
            sub.issues.remove(idx);
            let f = if sub.issues.is_empty() {
                vec![Point {
                    left: 0.0,
                    right: 0.0,
                    package: Vec::new(),
                }]
            } else {
                frontier::frontier(&sub, Options::BothAcceptable, MAX_FRONTIER).points
            };
            for k in (0..issue.labels.len()).filter(|&k| issue.allowed_both(k)) {
                for p in &f {
                    for s in [LEFT, RIGHT] {
                        let o = 1 - s;
                        cands[s].push(Cand {
                            a: score(p, s) * totals[s],
                            v: issue.value[s][k],
                            g: score(p, o) + issue.contrib(o, k) - res[o],
                        });
                    }
                }
            }
        } else {
            for (q, qr) in acc.iter().zip(&acc_raw) {
                for s in [LEFT, RIGHT] {
                    let k = q.package[idx];
                    cands[s].push(Cand {
                        a: qr[s] - issue.weight[s] * issue.value[s][k],
                        v: issue.value[s][k],
                        g: score(q, 1 - s) - res[1 - s],
                    });
                }
            }
        }
        for s in [LEFT, RIGHT] {
            if agenda.equal_weights[s] {
                continue;
            }
            let w0 = issue.weight[s];
            let rest = totals[s] - w0;
            let kp = nash.package[idx];
            let p = Cand {
                a: raw(nash, s) - w0 * issue.value[s][kp],
                v: issue.value[s][kp],
                g: score(nash, 1 - s) - res[1 - s],
            };
            // gain_s(w)·(rest + w) = (a − r·rest) + w·(v − r)
            let lin = |c: &Cand| (c.a - res[s] * rest, c.v - res[s]);
            let (pa, pb) = lin(&p);
            let mut low = 0.0f64;
            let mut high: Option<f64> = None;
            // Where P itself stops being acceptable.
            let (lo, hi) = interval(pa, pb);
            if hi < f64::INFINITY {
                high = Some(hi.max(w0));
            }
            if lo > 0.0 {
                low = lo.min(w0);
            }
            for c in &cands[s] {
                if c.g < -EPS {
                    continue;
                }
                let (ca, cb) = lin(c);
                // Q beats P where g_Q·(ca + cb·w) − g_P·(pa + pb·w) > 0 (strictly), and Q is
                // acceptable where ca + cb·w ≥ 0.
                let (alpha, beta) = (c.g * ca - p.g * pa, c.g * cb - p.g * pb);
                let tol = 1e-9 * (1.0 + (c.g * ca).abs() + (p.g * pa).abs());
                // A tie at w = 0 within rounding is a tie.
                let alpha = if alpha.abs() <= tol { 0.0 } else { alpha };
                let (b_lo, b_hi) = if beta.abs() <= 1e-12 * (1.0 + (c.g * cb).abs()) {
                    if alpha > tol {
                        (0.0, f64::INFINITY)
                    } else {
                        continue;
                    }
                } else if beta > 0.0 {
                    ((-alpha / beta).max(0.0), f64::INFINITY)
                } else {
                    (0.0, -alpha / beta)
                };
                let (a_lo, a_hi) = interval(ca, cb);
                let (lo, hi) = (b_lo.max(a_lo), b_hi.min(a_hi));
                if lo >= hi {
                    continue;
                }
                if lo >= w0 - EPS {
                    let b = lo.max(w0);
                    high = Some(high.map_or(b, |h: f64| h.min(b)));
                } else if hi <= w0 + EPS {
                    low = low.max(hi.min(w0));
                }
            }
            out.push(Sensitivity {
                issue: idx,
                side: s,
                weight: w0,
                low,
                high,
            });
        }
    }
    out.sort_by_key(|x| (x.side, x.issue));
    (out, exact)
}

/// The closed interval of w ≥ 0 where α + β·w ≥ 0 (empty when lo > hi).
fn interval(alpha: f64, beta: f64) -> (f64, f64) {
    if beta.abs() <= 1e-12 {
        if alpha >= -EPS {
            (0.0, f64::INFINITY)
        } else {
            (f64::INFINITY, f64::NEG_INFINITY)
        }
    } else if beta > 0.0 {
        ((-alpha / beta).max(0.0), f64::INFINITY)
    } else {
        (0.0, -alpha / beta)
    }
}

/// A proposal: an option per issue, or open (`None`).
#[derive(Debug, Clone, PartialEq)]
pub struct ProposalEval {
    /// The package scored: open issues filled with their common-ground option.
    pub package: Vec<usize>,
    /// Both scores.
    pub left: f64,
    /// Both scores.
    pub right: f64,
    /// Acceptable to each side.
    pub acceptable: [bool; 2],
    /// How many points both sides could still gain together: the largest t such that some
    /// frontier package gives each side at least t more (0 on the frontier).
    pub distance: f64,
    /// The same against the frontier of packages acceptable to both (`None` without ZOPA).
    pub distance_acceptable: Option<f64>,
    /// Indices into the frontier of packages better for both (strictly, by more than EPS).
    pub better: Vec<usize>,
}

/// Score a proposal against an analysis.
pub fn evaluate(analysis: &Analysis, picks: &[Option<usize>]) -> ProposalEval {
    let agenda = &analysis.agenda;
    let package: Vec<usize> = agenda
        .issues
        .iter()
        .enumerate()
        .map(|(k, i)| match picks.get(k).copied().flatten() {
            Some(o) if o < i.labels.len() => o,
            _ => i.common_ground(),
        })
        .collect();
    let (l, r) = frontier::scores(agenda, &package);
    let p = Point {
        left: l,
        right: r,
        package: package.clone(),
    };
    let acceptable = [
        acceptable_to(agenda, &p, LEFT),
        acceptable_to(agenda, &p, RIGHT),
    ];
    let mut distance = 0.0f64;
    let mut better = Vec::new();
    for (k, f) in analysis.frontier.iter().enumerate() {
        let t = (f.point.left - l).min(f.point.right - r);
        distance = distance.max(t);
        if f.point.left > l + EPS && f.point.right > r + EPS {
            better.push(k);
        }
    }
    let distance_acceptable = analysis
        .acceptable_frontier
        .iter()
        .map(|f| (f.left - l).min(f.right - r))
        .fold(None, |acc: Option<f64>, t| {
            Some(acc.map_or(t, |a| a.max(t)))
        })
        .map(|t| t.max(0.0));
    ProposalEval {
        package,
        left: l,
        right: r,
        acceptable,
        distance,
        distance_acceptable,
        better,
    }
}

fn cmp_trade(a: &Trade, b: &Trade) -> std::cmp::Ordering {
    let (ma, mb) = (a.delta[0].min(a.delta[1]), b.delta[0].min(b.delta[1]));
    mb.total_cmp(&ma)
        .then((b.delta[0] + b.delta[1]).total_cmp(&(a.delta[0] + a.delta[1])))
        .then(a.left_wins.cmp(&b.left_wins))
        .then(a.right_wins.cmp(&b.right_wins))
}
