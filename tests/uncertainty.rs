//! The Monte Carlo over ranges (issue 11): zero width is the exact analysis, probabilities are
//! probabilities, widening a range never makes a package certain, a case checked by hand, and
//! the estimator against an independent brute-force Monte Carlo written here.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// The brute force indexes sides and packages as the definitions do: plain loops read best.
#![allow(clippy::needless_range_loop)]

use accord::model::{Choice, Issue, Position};
use accord::scoring::analysis::Analysis;
use accord::scoring::uncertainty::{self, Control, Field, Model, Options, Uncertainty};
use accord::scoring::{EPS, analyze};
use proptest::prelude::*;

fn run(a: &Analysis, l: &Position, r: &Position, samples: usize, seed: u64) -> Uncertainty {
    uncertainty::run(
        a,
        l,
        r,
        Options {
            samples,
            seed,
            threads: 0,
            ask_first: true,
        },
        &Control::default(),
    )
    .unwrap()
}

fn samples() -> (Position, Position) {
    (
        accord::format::load_file(&accord::sample_path("us.ron")).unwrap(),
        accord::format::load_file(&accord::sample_path("rok.ron")).unwrap(),
    )
}

fn issue(id: &str, weight: f64, opts: &[(&str, f64)], walk: Option<&str>) -> Issue {
    Issue {
        id: id.into(),
        weight,
        options: opts.iter().map(|(l, v)| Choice::new(*l, *v)).collect(),
        walk_away: walk.map(str::to_owned),
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

#[test]
fn without_ranges_every_sample_is_the_exact_analysis() {
    let (l, mut r) = samples();
    // Zero-width ranges written out explicitly are exact too.
    r.reservation_low = Some(r.reservation);
    r.reservation_high = Some(r.reservation);
    for i in &mut r.issues {
        i.weight_low = Some(i.weight);
        for c in &mut i.options {
            c.low = Some(c.value);
            c.high = Some(c.value);
        }
    }
    let a = analyze(&l, &r);
    let u = run(&a, &l, &r, 64, 9);
    assert_eq!(u.numbers, 0);
    let nash = a.nash.clone().unwrap();
    let m = Model::build(&a.agenda, &l, &r);
    let smp = m.sample(&m.draw(9, 3));
    assert_eq!(
        m.nash(&smp),
        Some(nash.clone()),
        "bit for bit the same point"
    );
    assert_eq!(u.p_zopa, 1.0);
    for (o, f) in u.packages.iter().zip(&a.frontier) {
        assert_eq!(o.package, f.point.package);
        let exact = if f.acceptable { 1.0 } else { 0.0 };
        assert_eq!(o.p_both, exact);
        assert_eq!(o.p_nash, if o.package == nash.package { 1.0 } else { 0.0 });
    }
    let q = u.nash[0].unwrap();
    assert_eq!((q.p10, q.p50, q.p90), (nash.left, nash.left, nash.left));
    let q = u.nash[1].unwrap();
    assert_eq!((q.p10, q.p50, q.p90), (nash.right, nash.right, nash.right));
    assert!(u.ask_first.is_empty());
    assert_eq!(u.most_robust.unwrap().p_both, 1.0);
}

#[test]
fn same_seed_same_result_whatever_the_threads() {
    let l = samples().0;
    let r = accord::format::load_file(&accord::sample_path("estimates/rok.ron")).unwrap();
    let a = analyze(&l, &r);
    let go = |threads| {
        uncertainty::run(
            &a,
            &l,
            &r,
            Options {
                samples: 300,
                seed: 5,
                threads,
                ask_first: true,
            },
            &Control::default(),
        )
        .unwrap()
    };
    let (one, three) = (go(1), go(3));
    assert_eq!(one.packages, three.packages);
    assert_eq!(one.ask_first, three.ask_first);
    assert_eq!(one.nash_points, three.nash_points);
    assert_eq!(one.most_robust, three.most_robust);
    let other = uncertainty::run(
        &a,
        &l,
        &r,
        Options {
            samples: 300,
            seed: 6,
            threads: 1,
            ask_first: true,
        },
        &Control::default(),
    )
    .unwrap();
    assert_ne!(one.nash_points, other.nash_points, "the seed matters");
    // Ranges on every ROK number: 14 weights, 56 values, the reservation.
    assert_eq!(one.numbers, 71);
    // Today's bargaining points are listed (they lie on the acceptable frontier, which the
    // full frontier may dominate), each package once.
    for p in [&a.nash, &a.kalai_smorodinsky, &a.max_joint] {
        let p = p.as_ref().unwrap();
        assert!(one.packages.iter().any(|o| o.package == p.package));
    }
    let mut pk: Vec<_> = one.packages.iter().map(|o| o.package.clone()).collect();
    pk.sort();
    pk.dedup();
    assert_eq!(pk.len(), one.packages.len());
    assert!(one.ask_first.iter().any(|q| q.share > 0.0));
}

#[test]
fn a_cancelled_run_returns_nothing() {
    let l = samples().0;
    let r = accord::format::load_file(&accord::sample_path("estimates/rok.ron")).unwrap();
    let a = analyze(&l, &r);
    let ctl = Control::default();
    ctl.cancel.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(uncertainty::run(&a, &l, &r, Options::default(), &ctl).is_none());
}

/// One issue; the right side's reservation is uncertain, triangular(20, 50, 80):
/// package x scores 100 / 40 and is acceptable to the right when r ≤ 40, which happens with
/// probability F(40) = (40 − 20)² / ((80 − 20)(50 − 20)) = 2/9; package y scores 0 / 100 and is
/// always acceptable. Nash is x exactly when x is acceptable (its product is positive, y's is
/// 0), so P(Nash = x) = 2/9 and knowing the reservation (50) changes the Nash package in those
/// samples.
#[test]
fn hand_checked_case() {
    let l = pos(
        "L",
        0.0,
        vec![issue("a", 1.0, &[("x", 100.0), ("y", 0.0)], None)],
    );
    let mut r = pos(
        "R",
        50.0,
        vec![issue("a", 1.0, &[("x", 40.0), ("y", 100.0)], None)],
    );
    r.reservation_low = Some(20.0);
    r.reservation_high = Some(80.0);
    let a = analyze(&l, &r);
    let n = 20_000;
    let u = run(&a, &l, &r, n, 42);
    let find = |label: &str| {
        let k = a.agenda.issues[0]
            .labels
            .iter()
            .position(|x| x == label)
            .unwrap();
        u.packages
            .iter()
            .find(|o| o.package == vec![k])
            .unwrap()
            .clone()
    };
    let (x, y) = (find("x"), find("y"));
    let p = 2.0 / 9.0;
    let tol = 4.0 * (p * (1.0 - p) / n as f64).sqrt();
    assert!((x.p_right - p).abs() < tol, "{} vs {p}", x.p_right);
    assert_eq!(x.p_left, 1.0);
    assert_eq!(x.p_both, x.p_right);
    assert!((x.p_nash - p).abs() < tol);
    assert_eq!((y.p_left, y.p_right, y.p_both), (1.0, 1.0, 1.0));
    assert!((y.p_nash - (1.0 - p)).abs() < tol);
    assert_eq!(u.most_robust.as_ref().unwrap().package, y.package);
    assert!(u.robust_proven);
    let q = u.nash[0].unwrap();
    assert_eq!((q.p10, q.p50, q.p90), (0.0, 0.0, 100.0));
    let q = u.nash[1].unwrap();
    assert_eq!((q.p10, q.p50, q.p90), (40.0, 100.0, 100.0));
    assert_eq!(u.ask_first.len(), 1);
    let ask = &u.ask_first[0];
    assert_eq!((ask.number.side, ask.number.field), (1, Field::Reservation));
    let probe_tol = 4.0 * (p * (1.0 - p) / u.ask_first_samples as f64).sqrt();
    assert!((ask.share - p).abs() < probe_tol, "{}", ask.share);
}

/// A small random pair: 1–3 issues of 2–3 options, with optional ranges everywhere.
fn arb_pair() -> impl Strategy<Value = (Position, Position)> {
    let side = |party: &'static str| {
        (
            proptest::collection::vec(
                (
                    proptest::collection::vec(
                        (0.0f64..=100.0, 0.0f64..30.0, 0.0f64..30.0, any::<bool>()),
                        2..4,
                    ),
                    0.0f64..10.0,
                    0.0f64..5.0,
                    proptest::option::of(0usize..3),
                ),
                1..4,
            ),
            0.0f64..70.0,
            0.0f64..20.0,
        )
            .prop_map(move |(issues, res, rw)| {
                let issues = issues
                    .into_iter()
                    .enumerate()
                    .map(|(i, (opts, w, ww, walk))| {
                        let options: Vec<Choice> = opts
                            .iter()
                            .enumerate()
                            .map(|(k, &(v, lo, hi, ranged))| Choice {
                                label: format!("o{k}"),
                                value: v,
                                low: ranged.then_some((v - lo).max(0.0)),
                                high: ranged.then_some((v + hi).min(100.0)),
                            })
                            .collect();
                        let walk = walk
                            .filter(|&k| k < options.len())
                            .map(|k| options[k].label.clone());
                        Issue {
                            id: format!("i{i}"),
                            weight: w,
                            weight_low: Some((w - ww).max(0.0)),
                            weight_high: Some(w + ww),
                            options,
                            walk_away: walk,
                            ..Issue::default()
                        }
                    })
                    .collect();
                Position {
                    party: party.into(),
                    reservation: res,
                    reservation_low: Some((res - rw).max(0.0)),
                    reservation_high: Some((res + rw).min(100.0)),
                    issues,
                    ..Position::default()
                }
            })
    };
    (side("L"), side("R"))
}

/// Brute force over every package of one sample: (any acceptable, best Nash product).
fn brute_nash(m: &Model, smp: &uncertainty::Sample, lens: &[usize]) -> Option<f64> {
    let mut best: Option<f64> = None;
    let mut pkg = vec![0usize; lens.len()];
    loop {
        let mut ok = true;
        let mut sc = [0.0f64; 2];
        for s in 0..2 {
            for (i, &k) in pkg.iter().enumerate() {
                let at = m.offset(i, k);
                sc[s] += smp.contrib[s][at];
                ok &= smp.ok[s][at];
            }
            sc[s] = sc[s].clamp(0.0, 100.0);
            ok &= sc[s] >= smp.reservation[s] - EPS;
        }
        if ok {
            let p = (sc[0] - smp.reservation[0]).max(0.0) * (sc[1] - smp.reservation[1]).max(0.0);
            best = Some(best.map_or(p, |b: f64| b.max(p)));
        }
        let mut d = lens.len();
        loop {
            if d == 0 {
                return best;
            }
            d -= 1;
            pkg[d] += 1;
            if pkg[d] < lens[d] {
                break;
            }
            pkg[d] = 0;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every sample's Nash package is the best Nash product over all packages of that sample
    /// (the pruned frontier merge against enumeration), and the shares are probabilities.
    #[test]
    fn per_sample_nash_equals_brute_force_and_shares_are_probabilities((l, r) in arb_pair(), seed in any::<u64>()) {
        let a = analyze(&l, &r);
        let m = Model::build(&a.agenda, &l, &r);
        let lens: Vec<usize> = a.agenda.issues.iter().map(|i| i.labels.len()).collect();
        for i in 0..40 {
            let smp = m.sample(&m.draw(seed, i));
            let brute = brute_nash(&m, &smp, &lens);
            let fast = m.nash(&smp);
            prop_assert_eq!(brute.is_some(), fast.is_some());
            if let (Some(b), Some(f)) = (brute, fast) {
                let res = smp.reservation;
                let p = (f.left - res[0]).max(0.0) * (f.right - res[1]).max(0.0);
                prop_assert!((p - b).abs() <= 1e-9 * (1.0 + b), "{p} vs {b}");
            }
        }
        let u = run(&a, &l, &r, 200, seed);
        let mut nash_total = 0.0;
        for o in &u.packages {
            for p in [o.p_left, o.p_right, o.p_both, o.p_nash] {
                prop_assert!((0.0..=1.0).contains(&p));
            }
            prop_assert!(o.p_both <= o.p_left.min(o.p_right));
            prop_assert!(o.p_nash <= o.p_both);
        }
        for o in u.packages.iter().take(a.frontier.len()) {
            nash_total += o.p_nash;
        }
        prop_assert!(nash_total <= 1.0 + 1e-12);
        prop_assert!((0.0..=1.0).contains(&u.p_zopa));
        if let Some(best) = &u.most_robust {
            prop_assert!(best.p_both <= u.p_zopa);
            for o in &u.packages {
                prop_assert!(o.p_both <= best.p_both, "most robust is beaten by a listed package");
            }
        } else {
            prop_assert_eq!(u.p_zopa, 0.0);
        }
        for q in &u.ask_first {
            prop_assert!((0.0..=1.0).contains(&q.share));
        }
    }

    /// A package that is not acceptable at the most likely numbers stays uncertain however
    /// far its symmetric ranges are widened: with the numbers symmetric about their modes, the
    /// violated constraint's half-space through the modes keeps half the probability.
    #[test]
    fn widening_a_range_never_makes_a_package_certain(
        vals in proptest::collection::vec((20.0f64..80.0, 20.0f64..80.0), 2..4),
        res in (20.0f64..80.0, 20.0f64..80.0),
        widths in proptest::collection::vec(0.5f64..20.0, 1..5),
        seed in any::<u64>(),
    ) {
        let opts = |s: usize| -> Vec<(String, f64)> {
            vals.iter().enumerate().map(|(k, v)| (format!("o{k}"), if s == 0 { v.0 } else { v.1 })).collect()
        };
        let build = |s: usize, w: f64| {
            let options = opts(s)
                .into_iter()
                .map(|(label, v)| Choice { label, value: v, low: Some(v - w), high: Some(v + w) })
                .collect();
            let r = if s == 0 { res.0 } else { res.1 };
            Position {
                party: if s == 0 { "L".into() } else { "R".into() },
                reservation: r,
                reservation_low: Some(r - w),
                reservation_high: Some(r + w),
                issues: vec![Issue { id: "a".into(), options, ..Issue::default() }],
                ..Position::default()
            }
        };
        let exact = analyze(&build(0, 0.0), &build(1, 0.0));
        let i = &exact.agenda.issues[0];
        // The options that are not acceptable to both at the modes (by a margin, so that
        // rounding cannot make them acceptable).
        let margin = 1e-6;
        let bad: Vec<usize> = (0..i.labels.len())
            .filter(|&k| i.value[0][k] < res.0 - margin || i.value[1][k] < res.1 - margin)
            .collect();
        prop_assume!(!bad.is_empty());
        let mut sorted = widths.clone();
        sorted.sort_by(f64::total_cmp);
        for w in sorted {
            let (l, r) = (build(0, w), build(1, w));
            let a = analyze(&l, &r);
            let u = run(&a, &l, &r, 400, seed);
            for &k in &bad {
                let odds = u.odds(&[k]);
                prop_assert!(odds[2] < 1.0, "option {k} became certain at width {w}");
            }
        }
    }
}

/// xorshift64*, seeded: the test's own generator, independent of the estimator's.
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Triangular(a, c, b) by rejection: a uniform point under the density's bounding box.
    fn triangular(&mut self, a: f64, c: f64, b: f64) -> f64 {
        if b <= a {
            return c;
        }
        loop {
            let x = a + (b - a) * self.unit();
            let y = self.unit();
            let density = if x < c {
                (x - a) / (c - a).max(1e-300)
            } else {
                (b - x) / (b - c).max(1e-300)
            };
            if y <= density {
                return x;
            }
        }
    }
}

/// The independent Monte Carlo: for each sample draw every number itself, score every package
/// of the agenda by the definitions of docs/scoring.md, and count.
fn brute_monte_carlo(
    l: &Position,
    r: &Position,
    n: usize,
    seed: u64,
) -> (Vec<[f64; 2]>, Vec<f64>, f64) {
    let a = analyze(l, r);
    let ag = &a.agenda;
    let sides = [l, r];
    let lens: Vec<usize> = ag.issues.iter().map(|i| i.labels.len()).collect();
    let total: usize = lens.iter().product();
    let mut acc = vec![[0.0f64; 2]; total]; // (acceptable to both, is Nash)
    let mut zopa = 0.0;
    let mut rng = Rng(seed | 1);
    for _ in 0..n {
        // Draw: per side, per joint issue, weight and the value of every label.
        let mut val = [vec![], vec![]];
        let mut wt = [vec![], vec![]];
        let mut walk = [vec![], vec![]];
        let mut res = [0.0; 2];
        for s in 0..2 {
            let p = sides[s];
            let (lo, hi) = p.reservation_range();
            res[s] = rng.triangular(lo, p.reservation, hi);
            for ji in &ag.issues {
                let is = p.issues.iter().find(|i| i.id == ji.id).unwrap();
                let (lo, hi) = is.weight_range();
                wt[s].push(rng.triangular(lo, is.weight, hi));
                let vs: Vec<f64> = ji
                    .labels
                    .iter()
                    .map(|lab| match is.options.iter().find(|c| &c.label == lab) {
                        Some(c) => {
                            let (lo, hi) = c.range();
                            rng.triangular(lo, c.value, hi)
                        }
                        None => 0.0,
                    })
                    .collect();
                let w = is
                    .walk_away
                    .as_ref()
                    .and_then(|w| ji.labels.iter().position(|x| x == w))
                    .map_or(0.0, |k| vs[k]);
                walk[s].push(w);
                val[s].push(vs);
            }
        }
        let mut best: Option<(usize, f64)> = None;
        for code in 0..total {
            let mut c = code;
            let mut pkg = vec![0; lens.len()];
            for i in (0..lens.len()).rev() {
                pkg[i] = c % lens[i];
                c /= lens[i];
            }
            let mut ok = true;
            let mut gain = [0.0; 2];
            for s in 0..2 {
                let sum: f64 = wt[s].iter().sum();
                let mut u = 0.0;
                for (i, &k) in pkg.iter().enumerate() {
                    let norm = if sum <= 1e-9 {
                        1.0 / lens.len() as f64
                    } else {
                        wt[s][i] / sum
                    };
                    u += norm * val[s][i][k];
                    ok &= val[s][i][k] >= walk[s][i] - 1e-9;
                }
                ok &= u >= res[s] - 1e-9;
                gain[s] = u - res[s];
            }
            if ok {
                acc[code][0] += 1.0;
                let prod = gain[0].max(0.0) * gain[1].max(0.0);
                if best.is_none_or(|(_, b)| prod > b + 1e-9) {
                    best = Some((code, prod));
                }
            }
        }
        if let Some((code, _)) = best {
            acc[code][1] += 1.0;
            zopa += 1.0;
        }
    }
    let both: Vec<f64> = acc.iter().map(|x| x[0] / n as f64).collect();
    (
        acc.iter()
            .map(|x| [x[0] / n as f64, x[1] / n as f64])
            .collect(),
        both,
        zopa / n as f64,
    )
}

#[test]
fn the_estimator_agrees_with_an_independent_brute_force_monte_carlo() {
    let mut l = pos(
        "L",
        30.0,
        vec![
            issue(
                "a",
                3.0,
                &[("x", 90.0), ("y", 50.0), ("z", 10.0)],
                Some("z"),
            ),
            issue("b", 1.0, &[("x", 20.0), ("y", 80.0)], None),
            issue("c", 2.0, &[("x", 60.0), ("y", 40.0), ("z", 0.0)], None),
        ],
    );
    let mut r = pos(
        "R",
        45.0,
        vec![
            issue(
                "a",
                1.0,
                &[("x", 10.0), ("y", 60.0), ("z", 95.0)],
                Some("y"),
            ),
            issue("b", 2.0, &[("x", 70.0), ("y", 30.0)], None),
            issue(
                "c",
                2.0,
                &[("x", 30.0), ("y", 70.0), ("z", 100.0)],
                Some("x"),
            ),
        ],
    );
    // Ranges on both sides, asymmetric, on values, weights, walk-away options and reservations.
    for (p, spread) in [(&mut l, 10.0), (&mut r, 25.0)] {
        p.reservation_low = Some(p.reservation - spread);
        p.reservation_high = Some(p.reservation + spread / 2.0);
        for i in &mut p.issues {
            i.weight_low = Some(i.weight * 0.5);
            i.weight_high = Some(i.weight * 2.0);
            for c in &mut i.options {
                c.low = Some((c.value - spread).max(0.0));
                c.high = Some((c.value + spread / 3.0).min(100.0));
            }
        }
    }
    let a = analyze(&l, &r);
    let (n_est, n_bf) = (20_000, 20_000);
    let u = run(&a, &l, &r, n_est, 77);
    let (bf, both, zopa) = brute_monte_carlo(&l, &r, n_bf, 0xb0f0);
    let lens: Vec<usize> = a.agenda.issues.iter().map(|i| i.labels.len()).collect();
    let code = |p: &[usize]| p.iter().zip(&lens).fold(0, |acc, (&k, &m)| acc * m + k);
    let tol =
        |p: f64| 4.5 * (p * (1.0 - p) * (1.0 / n_est as f64 + 1.0 / n_bf as f64)).sqrt() + 1e-3;
    assert!(
        (u.p_zopa - zopa).abs() < tol(zopa),
        "{} vs {zopa}",
        u.p_zopa
    );
    assert!(!u.packages.is_empty());
    for o in &u.packages {
        let [pb, pn] = bf[code(&o.package)];
        assert!(
            (o.p_both - pb).abs() < tol(pb),
            "{:?}: {} vs {pb}",
            o.package,
            o.p_both
        );
        assert!(
            (o.p_nash - pn).abs() < tol(pn),
            "{:?}: {} vs {pn}",
            o.package,
            o.p_nash
        );
    }
    // Most robust, over every package: the brute force's best share.
    let best = both.iter().copied().fold(0.0, f64::max);
    let mr = u.most_robust.as_ref().unwrap();
    assert!(u.robust_proven, "27 packages: enumerated");
    assert!(
        (mr.p_both - best).abs() < tol(best),
        "{} vs {best}",
        mr.p_both
    );
    // And the estimator judges any package the same way as the brute force.
    for (c, &pb) in both.iter().enumerate() {
        let mut pkg = vec![0; lens.len()];
        let mut x = c;
        for i in (0..lens.len()).rev() {
            pkg[i] = x % lens[i];
            x /= lens[i];
        }
        let est = u.odds(&pkg)[2];
        assert!((est - pb).abs() < tol(pb), "{pkg:?}: {est} vs {pb}");
    }
}

#[test]
fn the_command_line_adds_uncertainty_and_is_deterministic() {
    let bin = env!("CARGO_BIN_EXE_accord");
    let us = accord::sample_path("us.ron");
    let est = accord::sample_path("estimates/rok.ron");
    let go = |extra: &[&str]| {
        let out = std::process::Command::new(bin)
            .arg("score")
            .arg(&us)
            .arg(&est)
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let a = go(&["--json", "--samples", "300", "--seed", "3"]);
    let b = go(&["--json", "--samples", "300", "--seed", "3"]);
    assert_eq!(a, b, "same seed, same bytes");
    let v: serde_json::Value = serde_json::from_slice(&a).unwrap();
    let u = &v["uncertainty"];
    assert_eq!(u["samples"], 300);
    assert_eq!(u["seed"], 3);
    let pk = u["packages"].as_array().unwrap();
    assert!(pk.len() >= v["frontier"].as_array().unwrap().len());
    for p in pk {
        for k in [
            "p_acceptable_left",
            "p_acceptable_right",
            "p_acceptable_both",
            "p_nash",
        ] {
            let x = p[k].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&x), "{k}");
        }
        assert!(p["package"]["fms-lead-times"].is_string());
    }
    for k in ["nash_left", "nash_right"] {
        let q = &u[k];
        let (a, b, c) = (
            q["p10"].as_f64().unwrap(),
            q["p50"].as_f64().unwrap(),
            q["p90"].as_f64().unwrap(),
        );
        assert!(a <= b && b <= c);
    }
    assert!(u["most_robust"]["p_acceptable_both"].as_f64().unwrap() > 0.0);
    let ask = u["ask_first"].as_array().unwrap();
    assert_eq!(ask.len(), 71);
    assert_eq!(ask[0]["side"], "right");
    let fields: Vec<&str> = ask.iter().map(|q| q["field"].as_str().unwrap()).collect();
    assert!(
        fields.contains(&"reservation") && fields.contains(&"weight") && fields.contains(&"value")
    );
    let res = ask.iter().find(|q| q["field"] == "reservation").unwrap();
    assert!(res["issue"].is_null() && res["option"].is_null());
    // Without ranges and without --samples the output is today's.
    let plain = std::process::Command::new(bin)
        .arg("score")
        .arg(&us)
        .arg(accord::sample_path("rok.ron"))
        .arg("--json")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(v.get("uncertainty").is_none());
    // --samples 0 turns it off; the text says the same in words.
    let off: serde_json::Value =
        serde_json::from_slice(&go(&["--json", "--samples", "0"])).unwrap();
    assert!(off.get("uncertainty").is_none());
    let text = String::from_utf8(go(&["--samples", "200"])).unwrap();
    assert!(
        text.contains("How sure is this? (200 samples, seed 1)"),
        "{text}"
    );
    assert!(text.contains("Most robust package"));
    assert!(text.contains("Ask first"));
    // Too many samples is a usage error.
    let too_many = std::process::Command::new(bin)
        .arg("score")
        .arg(&us)
        .arg(&est)
        .args(["--samples", "100001"])
        .output()
        .unwrap();
    assert_eq!(too_many.status.code(), Some(2));
}
