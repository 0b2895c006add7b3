//! Tests of the package analysis: hand-checked cases and property tests against brute force.

use proptest::prelude::*;

use super::agenda::{Agenda, EPS, LEFT, RIGHT};
use super::analysis::{self, Kind, analyze, analyze_agenda, evaluate};
use super::frontier::{self, MAX_FRONTIER, Options, Point, brute_frontier, enumerate};
use crate::model::{Choice, Issue, Position};

fn issue(id: &str, weight: f64, opts: &[(&str, f64)], walk: Option<&str>) -> Issue {
    Issue {
        id: id.into(),
        weight,
        options: opts
            .iter()
            .map(|(l, v)| Choice {
                label: (*l).into(),
                value: *v,
                ..Default::default()
            })
            .collect(),
        walk_away: walk.map(Into::into),
        ..Issue::default()
    }
}

fn pos(party: &str, reservation: f64, issues: Vec<Issue>) -> Position {
    Position {
        party: party.into(),
        reservation,
        issues,
        ..Position::default()
    }
}

fn pairs(f: &[Point]) -> Vec<(f64, f64)> {
    f.iter().map(|p| (p.left, p.right)).collect()
}

fn close(a: &[(f64, f64)], b: &[(f64, f64)]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| (x.0 - y.0).abs() <= 1e-9 && (x.1 - y.1).abs() <= 1e-9)
}

/// Two opposed issues of equal weight: frontier is the four corners minus dominated ones.
#[test]
fn two_opposed_issues() {
    let l = pos(
        "L",
        0.0,
        vec![
            issue("a", 1.0, &[("x", 100.0), ("y", 0.0)], None),
            issue("b", 3.0, &[("x", 100.0), ("y", 0.0)], None),
        ],
    );
    let r = pos(
        "R",
        0.0,
        vec![
            issue("a", 3.0, &[("x", 0.0), ("y", 100.0)], None),
            issue("b", 1.0, &[("x", 0.0), ("y", 100.0)], None),
        ],
    );
    let a = analyze(&l, &r);
    let f: Vec<(f64, f64)> = a
        .frontier
        .iter()
        .map(|s| (s.point.left, s.point.right))
        .collect();
    assert!(close(&f, &[(100.0, 0.0), (75.0, 75.0), (0.0, 100.0)]));
    let nash = a.nash.unwrap();
    assert_eq!(nash.package, vec![1, 0]); // a → y (right), b → x (left)
    assert!((nash.left - 75.0).abs() < EPS && (nash.right - 75.0).abs() < EPS);
    assert_eq!(a.max_joint.unwrap().package, vec![1, 0]);
    assert_eq!(a.kalai_smorodinsky.unwrap().package, vec![1, 0]);
    assert!(a.zopa.exists);
    // The logroll: left wins b, right wins a.
    let t = &a.trades[0];
    assert_eq!(t.left_wins, vec![(1, 0)]);
    assert_eq!(t.right_wins, vec![(0, 1)]);
    assert_eq!(a.issues[0].kind, Kind::Tradeable);
    assert_eq!(a.issues[0].cares_more, Some(RIGHT));
    assert_eq!(a.issues[1].cares_more, Some(LEFT));
}

/// Ties: options with identical scores collapse to one frontier point, and zero-weight issues
/// do not multiply the frontier; the representative follows the common-ground order.
#[test]
fn ties_and_zero_weight_issues_collapse() {
    let mut li = vec![issue("a", 1.0, &[("x", 100.0), ("y", 0.0)], None)];
    let mut ri = vec![issue("a", 1.0, &[("x", 0.0), ("y", 100.0)], None)];
    for n in 0..6 {
        let id = format!("z{n}");
        li.push(issue(
            &id,
            0.0,
            &[("p", 10.0), ("q", 60.0), ("s", 30.0)],
            None,
        ));
        ri.push(issue(
            &id,
            0.0,
            &[("p", 90.0), ("q", 50.0), ("s", 30.0)],
            None,
        ));
    }
    // Two labels with the same pair of values on a weighted issue.
    li.push(issue("t", 1.0, &[("u", 50.0), ("v", 50.0)], None));
    ri.push(issue("t", 1.0, &[("u", 50.0), ("v", 50.0)], None));
    let a = analyze(&pos("L", 0.0, li), &pos("R", 0.0, ri));
    assert_eq!(a.frontier.len(), 2);
    for s in &a.frontier {
        // Zero-weight issues take their common ground ("q": min 50), the tie on t the first.
        for z in 1..7 {
            assert_eq!(s.point.package[z], 1);
        }
        assert_eq!(s.point.package[7], 0);
    }
}

#[test]
fn empty_zopa_reports_moves() {
    let l = pos(
        "L",
        80.0,
        vec![issue("a", 1.0, &[("x", 100.0), ("y", 0.0)], None)],
    );
    let r = pos(
        "R",
        80.0,
        vec![issue("a", 1.0, &[("x", 0.0), ("y", 100.0)], None)],
    );
    let a = analyze(&l, &r);
    assert!(!a.zopa.exists);
    assert!(a.nash.is_none() && a.kalai_smorodinsky.is_none() && a.max_joint.is_none());
    assert!(a.acceptable_frontier.is_empty());
    assert_eq!(a.frontier.len(), 2);
    assert!(a.frontier.iter().all(|s| !s.acceptable));
    assert_eq!(a.zopa.move_alone, [Some(80.0), Some(80.0)]);
    assert_eq!(a.zopa.move_both, Some(80.0));
    assert!(a.warnings.iter().any(|w| w.contains("empty ZOPA")));
}

#[test]
fn unreachable_reservation_and_blocked_walk_aways() {
    let l = pos(
        "L",
        95.0,
        vec![issue("a", 1.0, &[("x", 90.0), ("y", 10.0)], None)],
    );
    let r = pos(
        "R",
        0.0,
        vec![issue("a", 1.0, &[("x", 50.0), ("y", 100.0)], None)],
    );
    let a = analyze(&l, &r);
    assert!(!a.zopa.exists);
    assert_eq!(a.zopa.reservation_unreachable, [true, false]);
    assert!(a.zopa.messages.iter().any(|m| m.contains("cannot reach")));

    let l = pos(
        "L",
        0.0,
        vec![issue("a", 1.0, &[("x", 90.0), ("y", 10.0)], Some("x"))],
    );
    let r = pos(
        "R",
        0.0,
        vec![issue("a", 1.0, &[("x", 10.0), ("y", 90.0)], Some("y"))],
    );
    let a = analyze(&l, &r);
    assert!(!a.zopa.exists);
    assert_eq!(a.zopa.walk_away_blocked, vec![0]);
    assert!(a.zopa.messages[0].contains("by 80.0"));
    assert!(!a.issues[0].overlap);
}

#[test]
fn walk_aways_shape_the_acceptable_frontier() {
    let l = pos(
        "L",
        0.0,
        vec![issue(
            "a",
            1.0,
            &[("x", 100.0), ("y", 60.0), ("z", 0.0)],
            Some("y"),
        )],
    );
    let r = pos(
        "R",
        0.0,
        vec![issue(
            "a",
            1.0,
            &[("x", 0.0), ("y", 50.0), ("z", 100.0)],
            None,
        )],
    );
    let a = analyze(&l, &r);
    assert_eq!(a.frontier.len(), 3);
    assert_eq!(
        a.frontier.iter().map(|s| s.acceptable).collect::<Vec<_>>(),
        vec![true, true, false]
    );
    assert_eq!(
        pairs(&a.acceptable_frontier),
        vec![(100.0, 0.0), (60.0, 50.0)]
    );
    assert_eq!(a.nash.unwrap().package, vec![1]);
}

#[test]
fn all_weights_zero_use_equal_weights_with_a_warning() {
    let l = pos(
        "L",
        0.0,
        vec![
            issue("a", 0.0, &[("x", 100.0), ("y", 0.0)], None),
            issue("b", 0.0, &[("x", 50.0), ("y", 0.0)], None),
        ],
    );
    let r = pos(
        "R",
        0.0,
        vec![
            issue("a", 1.0, &[("x", 0.0), ("y", 100.0)], None),
            issue("b", 1.0, &[("x", 0.0), ("y", 100.0)], None),
        ],
    );
    let a = analyze(&l, &r);
    assert_eq!(a.agenda.equal_weights, [true, false]);
    assert!(a.warnings.iter().any(|w| w.contains("weight 0")));
    let t = a.targets[LEFT].clone().unwrap();
    assert!((t.left - 75.0).abs() < EPS);
    // Sensitivity is not reported for the side on substituted weights.
    assert!(a.sensitivity.iter().all(|s| s.side == RIGHT));
}

#[test]
fn one_option_issue_and_unvalued_labels() {
    let l = pos(
        "L",
        0.0,
        vec![
            issue("only", 1.0, &[("one", 70.0)], None),
            issue("a", 1.0, &[("x", 100.0)], None),
        ],
    );
    let r = pos(
        "R",
        0.0,
        vec![
            issue("only", 1.0, &[("one", 30.0)], None),
            issue("a", 1.0, &[("y", 100.0)], None),
        ],
    );
    let a = analyze(&l, &r);
    let ia = &a.agenda.issues[1];
    assert_eq!(ia.labels, vec!["x".to_owned(), "y".to_owned()]);
    assert_eq!(ia.valued[LEFT], vec![true, false]);
    assert_eq!(ia.value[LEFT], vec![100.0, 0.0]);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("has not valued \"y\""))
    );
    assert_eq!(
        pairs(
            &a.frontier
                .iter()
                .map(|s| s.point.clone())
                .collect::<Vec<_>>()
        ),
        vec![(85.0, 15.0), (35.0, 65.0)]
    );
    assert!(a.frontier.iter().all(|s| s.point.package[0] == 0));
}

#[test]
fn no_common_issue_and_no_options() {
    let l = pos("L", 0.0, vec![issue("a", 1.0, &[("x", 1.0)], None)]);
    let r = pos("R", 0.0, vec![issue("b", 1.0, &[("x", 1.0)], None)]);
    let a = analyze(&l, &r);
    assert!(a.frontier.is_empty() && a.nash.is_none() && !a.zopa.exists);
    assert!(a.warnings.iter().any(|w| w.contains("no issue in common")));
    assert!(a.warnings.iter().any(|w| w.contains("one-sided")));
    let text = super::report::text(&a);
    assert!(text.contains("no issue in common"));

    let l = pos(
        "L",
        0.0,
        vec![
            issue("a", 1.0, &[], None),
            issue("b", 1.0, &[("x", 1.0)], None),
        ],
    );
    let r = pos(
        "R",
        0.0,
        vec![
            issue("a", 1.0, &[], None),
            issue("b", 1.0, &[("x", 1.0)], None),
        ],
    );
    let a = analyze(&l, &r);
    assert_eq!(a.agenda.no_options, vec!["a".to_owned()]);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("neither side lists any option"))
    );
    assert_eq!(a.frontier.len(), 1);
}

#[test]
fn thinning_is_flagged_and_even() {
    let mut li = Vec::new();
    let mut ri = Vec::new();
    for k in 0..10 {
        let id = format!("i{k}");
        let w = 1.0 + k as f64 * 0.37;
        li.push(issue(
            &id,
            w,
            &[("a", 0.0), ("b", 33.0), ("c", 71.0), ("d", 100.0)],
            None,
        ));
        ri.push(issue(
            &id,
            11.0 - w * 0.9,
            &[("a", 100.0), ("b", 67.0), ("c", 29.0), ("d", 0.0)],
            None,
        ));
    }
    let ag = Agenda::build(&pos("L", 0.0, li), &pos("R", 0.0, ri));
    let exact = frontier::frontier(&ag, Options::All, MAX_FRONTIER);
    assert!(!exact.thinned && exact.points.len() > 50);
    let thin = analyze_agenda(ag, 20);
    assert!(thin.thinned && thin.frontier.len() <= 20);
    assert!(thin.warnings.iter().any(|w| w.contains("thinned")));
}

#[test]
fn proposal_evaluation() {
    let l = pos(
        "L",
        0.0,
        vec![
            issue("a", 1.0, &[("x", 100.0), ("y", 0.0)], None),
            issue("b", 3.0, &[("x", 100.0), ("y", 0.0)], None),
        ],
    );
    let r = pos(
        "R",
        0.0,
        vec![
            issue("a", 3.0, &[("x", 0.0), ("y", 100.0)], None),
            issue("b", 1.0, &[("x", 0.0), ("y", 100.0)], None),
        ],
    );
    let a = analyze(&l, &r);
    // The anti-logroll (25, 25) is beaten by (75, 75) by 50 points each.
    let e = evaluate(&a, &[Some(0), Some(1)]);
    assert!((e.left - 25.0).abs() < EPS && (e.right - 25.0).abs() < EPS);
    assert!((e.distance - 50.0).abs() < EPS);
    assert_eq!(e.better.len(), 1);
    assert_eq!(e.acceptable, [true, true]);
    let e = evaluate(&a, &[Some(1), None]);
    assert_eq!(e.package.len(), 2);
}

// ---------------------------------------------------------------- property tests

fn arb_side(
    n: usize,
    m: usize,
) -> impl Strategy<Value = (Vec<f64>, Vec<Vec<f64>>, Vec<Option<usize>>)> {
    // Coarse values and weights make ties common.
    (
        prop::collection::vec(
            prop_oneof![Just(0.0), 1.0..5.0f64, (0u32..4).prop_map(f64::from)],
            n,
        ),
        prop::collection::vec(
            prop::collection::vec(
                prop_oneof![(0u32..5).prop_map(|v| f64::from(v) * 25.0), 0.0..100.0f64],
                m,
            ),
            n,
        ),
        prop::collection::vec(prop_oneof![3 => Just(None), 1 => (0..m).prop_map(Some)], n),
    )
}

fn build(n: usize, side: &(Vec<f64>, Vec<Vec<f64>>, Vec<Option<usize>>), res: f64) -> Position {
    let (w, v, walk) = side;
    let issues = (0..n)
        .map(|i| {
            let labels: Vec<String> = (0..v[i].len()).map(|k| format!("o{k}")).collect();
            Issue {
                id: format!("i{i}"),
                weight: w[i],
                options: labels
                    .iter()
                    .zip(&v[i])
                    .map(|(l, &val)| Choice {
                        label: l.clone(),
                        value: val,
                        ..Default::default()
                    })
                    .collect(),
                walk_away: walk[i].map(|k| labels[k].clone()),
                ..Issue::default()
            }
        })
        .collect();
    pos("P", res, issues)
}

fn domain() -> impl Strategy<Value = (Position, Position)> {
    (1usize..5, 1usize..4).prop_flat_map(|(n, m)| {
        (arb_side(n, m), arb_side(n, m), 0.0..70.0f64, 0.0..70.0f64)
            .prop_map(move |(a, b, ra, rb)| (build(n, &a, ra), build(n, &b, rb)))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn frontier_matches_brute_force((l, r) in domain()) {
        let a = analyze(&l, &r);
        let all = enumerate(&a.agenda, Options::All, 100_000).unwrap();
        let brute = brute_frontier(&all);
        let fast: Vec<(f64, f64)> = a.frontier.iter().map(|s| (s.point.left, s.point.right)).collect();
        prop_assert!(close(&fast, &brute), "fast {:?}\nbrute {:?}", fast, brute);
        // Every frontier package really has its scores, and the flag is right.
        for s in &a.frontier {
            let (x, y) = frontier::scores(&a.agenda, &s.point.package);
            prop_assert!((x - s.point.left).abs() <= 1e-9 && (y - s.point.right).abs() <= 1e-9);
            prop_assert_eq!(s.acceptable, analysis::acceptable(&a.agenda, &s.point));
        }
        // Acceptable frontier and Nash against brute force over acceptable packages.
        let acc: Vec<Point> = all.into_iter().filter(|p| analysis::acceptable(&a.agenda, p)).collect();
        let brute_acc = brute_frontier(&acc);
        prop_assert!(close(&pairs(&a.acceptable_frontier), &brute_acc));
        let res = a.agenda.reservation;
        let nash_brute = analysis::nash_point(&acc, res);
        match (&a.nash, &nash_brute) {
            (None, None) => {}
            (Some(x), Some(y)) => {
                prop_assert!((x.left - y.left).abs() <= 1e-9 && (x.right - y.right).abs() <= 1e-9,
                    "nash {:?} vs {:?}", x, y);
            }
            _ => prop_assert!(false, "nash {:?} vs {:?}", a.nash, nash_brute),
        }
        prop_assert_eq!(a.zopa.exists, !acc.is_empty());
        if let Some(m) = &a.max_joint {
            let best = acc.iter().map(|p| p.left + p.right).fold(f64::MIN, f64::max);
            prop_assert!((m.left + m.right - best).abs() <= 1e-9);
        }
    }
}

/// Scores of a package under another pair of positions (same issue order and labels).
fn rescore(a: &super::Analysis, pkg: &[usize]) -> (f64, f64) {
    frontier::scores(&a.agenda, pkg)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Inside the reported sensitivity range the old Nash package is still a Nash package.
    #[test]
    fn sensitivity_ranges_keep_the_nash_package((l, r) in domain(), t in 0.05..0.95f64) {
        let a = analyze(&l, &r);
        let Some(nash) = a.nash.clone() else { return Ok(()) };
        for s in &a.sensitivity {
            let hi = s.high.unwrap_or(s.weight * 4.0 + 4.0);
            for w in [s.low + (s.weight - s.low) * t, s.weight + (hi - s.weight) * t] {
                let (mut l2, mut r2) = (l.clone(), r.clone());
                let pos = if s.side == LEFT { &mut l2 } else { &mut r2 };
                let id = &a.agenda.issues[s.issue].id;
                let Some(k) = pos.issue_index(id) else { continue };
                pos.issues[k].weight = w;
                let b = analyze(&l2, &r2);
                if b.agenda.equal_weights != a.agenda.equal_weights {
                    continue;
                }
                let (x, y) = rescore(&b, &nash.package);
                let res = b.agenda.reservation;
                let p_old = (x - res[0]).max(0.0) * (y - res[1]).max(0.0);
                let Some(n2) = &b.nash else {
                    prop_assert!(false, "no Nash at w={w} for {:?}", s);
                    continue;
                };
                let p_new = (n2.left - res[0]).max(0.0) * (n2.right - res[1]).max(0.0);
                prop_assert!(p_new <= p_old + 1e-6,
                    "weight {w} in [{}, {:?}] ({:?}): old Nash product {p_old}, new {p_new}", s.low, s.high, s);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Just past a reported finite bound the old Nash package is no longer the best.
    #[test]
    fn sensitivity_bounds_are_tight((l, r) in domain()) {
        let a = analyze(&l, &r);
        let Some(nash) = a.nash.clone() else { return Ok(()) };
        for s in &a.sensitivity {
            let mut probes = Vec::new();
            if let Some(h) = s.high {
                probes.push(h + 1e-4 * (1.0 + h));
            }
            if s.low > 1e-6 {
                probes.push(s.low - 1e-4 * (1.0 + s.low));
            }
            for w in probes {
                if w < 0.0 {
                    continue;
                }
                let (mut l2, mut r2) = (l.clone(), r.clone());
                let pos = if s.side == LEFT { &mut l2 } else { &mut r2 };
                let id = &a.agenda.issues[s.issue].id;
                let Some(k) = pos.issue_index(id) else { continue };
                pos.issues[k].weight = w;
                let b = analyze(&l2, &r2);
                let (x, y) = rescore(&b, &nash.package);
                let res = b.agenda.reservation;
                let still_ok = analysis::acceptable(&b.agenda, &Point { left: x, right: y, package: nash.package.clone() });
                let p_old = (x - res[0]).max(0.0) * (y - res[1]).max(0.0);
                let beaten = match &b.nash {
                    Some(n2) => (n2.left - res[0]).max(0.0) * (n2.right - res[1]).max(0.0) > p_old + 1e-9,
                    None => true,
                };
                prop_assert!(!still_ok || beaten, "w={w} {:?}: old Nash still optimal", s);
            }
        }
    }
}
