//! The exact Pareto frontier of all packages, built issue by issue.
//!
//! A package's score is a sum of per-issue contributions, so a partial package that is dominated
//! on the issues merged so far stays dominated whatever is added to it: merging one issue at a
//! time and keeping only the non-dominated partial packages gives the exact frontier without
//! ever enumerating all packages. Each merge is a k-way merge of the (sorted) frontier shifted
//! by each option, swept once: O(F·m·m) per issue for F frontier points and m options.

use super::agenda::{Agenda, EPS, LEFT, RIGHT};

/// Past this many points per merge step the frontier is thinned evenly (see docs/scoring.md).
pub const MAX_FRONTIER: usize = 25_000;

/// One point of the outcome space: both scores (0–100) and the package (an option index per
/// joint issue, in agenda order).
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Left side's score, 0–100.
    pub left: f64,
    /// Right side's score, 0–100.
    pub right: f64,
    /// Option index (into `JointIssue::labels`) per joint issue.
    pub package: Vec<usize>,
}

/// A computed frontier, sorted by left score descending (right score ascending).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frontier {
    /// The non-dominated packages.
    pub points: Vec<Point>,
    /// Whether some merge step exceeded `limit` and was thinned evenly (then the frontier is
    /// an even sample of an approximation, no longer exact).
    pub thinned: bool,
    /// Largest number of partial packages held after any merge step.
    pub peak_partial: usize,
    /// Bytes held at the end for back-pointers and the last step (a memory estimate).
    pub bytes: usize,
}

/// A candidate of one merge step: both partial scores and its back-pointer.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub(crate) a: f64,
    pub(crate) b: f64,
    pub(crate) parent: u32,
    pub(crate) opt: u16,
}

/// Which options a frontier may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Options {
    /// Every option.
    All,
    /// Only options that clear both sides' walk-away points.
    BothAcceptable,
}

/// The exact Pareto frontier (thinned past `limit` points per step).
///
/// Packages with the same pair of scores (within [`EPS`]) are one point; the representative
/// is the package that is smallest issue by issue in [`super::agenda::JointIssue::rank_order`]
/// (best common ground first), so zero-weight issues never multiply the frontier.
/// Returns an empty frontier when there is no joint issue or some issue has no usable option.
pub fn frontier(agenda: &Agenda, which: Options, limit: usize) -> Frontier {
    let limit = limit.max(2);
    let n = agenda.issues.len();
    if n == 0 {
        return Frontier::default();
    }
    // Per issue, the usable options in rank order with their contributions.
    let mut opts: Vec<Vec<(u16, f64, f64)>> = Vec::with_capacity(n);
    for i in &agenda.issues {
        let o: Vec<(u16, f64, f64)> = i
            .rank_order()
            .into_iter()
            .filter(|&k| which == Options::All || i.allowed_both(k))
            .map(|k| (k as u16, i.contrib(LEFT, k), i.contrib(RIGHT, k)))
            .collect();
        if o.is_empty() {
            return Frontier::default();
        }
        opts.push(o);
    }
    // Merge from the last issue to the first, so that the tie-break by enumeration order
    // (option rank, then partial) ends up lexicographic in agenda order.
    let mut cur: Vec<(f64, f64)> = vec![(0.0, 0.0)];
    let mut back: Vec<Vec<(u32, u16)>> = Vec::with_capacity(n);
    let mut thinned = false;
    let mut peak = 1;
    let mut next: Vec<Cand> = Vec::new();
    for o in opts.iter().rev() {
        merge_step(&cur, o, &mut next);
        if next.len() > limit {
            thinned = true;
            next = thin(&next, limit);
        }
        peak = peak.max(next.len());
        cur = next.iter().map(|c| (c.a, c.b)).collect();
        back.push(next.iter().map(|c| (c.parent, c.opt)).collect());
    }
    let bytes = back.iter().map(|v| v.len() * 8).sum::<usize>() + peak * (16 + 24);
    let mut points = Vec::with_capacity(cur.len());
    for (idx, &(a, b)) in cur.iter().enumerate() {
        let mut package = vec![0usize; n];
        let mut j = idx;
        // back[s] belongs to agenda issue n-1-s; the last step is issue 0.
        for (s, step) in back.iter().enumerate().rev() {
            let Some(&(parent, opt)) = step.get(j) else {
                break;
            };
            package[n - 1 - s] = usize::from(opt);
            j = parent as usize;
        }
        points.push(Point {
            left: a.clamp(0.0, 100.0),
            right: b.clamp(0.0, 100.0),
            package,
        });
    }
    Frontier {
        points,
        thinned,
        peak_partial: peak,
        bytes,
    }
}

/// Merge the sorted partial frontier `cur` (left desc) with one issue's options, keeping the
/// non-dominated results (left desc, right asc) in `out`.
pub(crate) fn merge_step(cur: &[(f64, f64)], opts: &[(u16, f64, f64)], out: &mut Vec<Cand>) {
    out.clear();
    let m = opts.len();
    let mut head = vec![0usize; m];
    // Each list's current candidate, cached; exhausted lists hold -inf.
    let at = |k: usize, j: usize| match cur.get(j) {
        Some(&(pa, pb)) => (pa + opts[k].1, pb + opts[k].2),
        None => (f64::NEG_INFINITY, f64::NEG_INFINITY),
    };
    let mut val: Vec<(f64, f64)> = (0..m).map(|k| at(k, 0)).collect();
    let mut best_b = f64::NEG_INFINITY;
    loop {
        // Pick the head with the largest (a, b); ties go to the smaller option rank.
        let mut k = 0;
        for x in 1..m {
            let (a, b) = val[x];
            let (ba, bb) = val[k];
            if a > ba || (a == ba && b > bb) {
                k = x;
            }
        }
        let (a, b) = val[k];
        if a == f64::NEG_INFINITY {
            break;
        }
        let cand = Cand {
            a,
            b,
            parent: head[k] as u32,
            opt: opts[k].0,
        };
        head[k] += 1;
        val[k] = at(k, head[k]);
        let rank = (k, cand.parent);
        if let Some(last) = out.last_mut()
            && (last.a - a).abs() <= EPS
            && (last.b - b).abs() <= EPS
        {
            // Same point: keep the representative earliest in enumeration order.
            let last_rank = (rank_of(opts, last.opt), last.parent);
            if rank < last_rank {
                *last = cand;
            }
            best_b = best_b.max(b);
            continue;
        }
        if b > best_b + EPS {
            // Drop earlier points it dominates within EPS (same left score, lower right).
            while out.last().is_some_and(|l| l.a <= a + EPS) {
                out.pop();
            }
            out.push(cand);
            best_b = b;
        }
    }
}

fn rank_of(opts: &[(u16, f64, f64)], opt: u16) -> usize {
    opts.iter().position(|o| o.0 == opt).unwrap_or(usize::MAX)
}

/// Keep `limit` points spread evenly along the frontier (both ends always kept).
pub(crate) fn thin(v: &[Cand], limit: usize) -> Vec<Cand> {
    let n = v.len();
    (0..limit)
        .filter_map(|t| {
            v.get(((t as f64) * ((n - 1) as f64) / ((limit - 1) as f64)).round() as usize)
        })
        .copied()
        .collect()
}

/// Scores of a full package.
pub fn scores(agenda: &Agenda, package: &[usize]) -> (f64, f64) {
    let mut s = [0.0f64; 2];
    for (i, &k) in agenda.issues.iter().zip(package) {
        for (side, acc) in s.iter_mut().enumerate() {
            if k < i.labels.len() {
                *acc += i.contrib(side, k);
            }
        }
    }
    (s[LEFT].clamp(0.0, 100.0), s[RIGHT].clamp(0.0, 100.0))
}

/// Every package, for brute-force checks on small agendas (`None` past `max` packages).
pub fn enumerate(agenda: &Agenda, which: Options, max: usize) -> Option<Vec<Point>> {
    let mut total: usize = 1;
    for i in &agenda.issues {
        total = total.checked_mul(i.labels.len())?;
    }
    if total > max || agenda.issues.is_empty() {
        return if agenda.issues.is_empty() {
            Some(Vec::new())
        } else {
            None
        };
    }
    let n = agenda.issues.len();
    let mut out = Vec::new();
    let mut pkg = vec![0usize; n];
    'outer: loop {
        let ok = which == Options::All
            || agenda
                .issues
                .iter()
                .zip(&pkg)
                .all(|(i, &k)| i.allowed_both(k));
        if ok {
            let (l, r) = scores(agenda, &pkg);
            out.push(Point {
                left: l,
                right: r,
                package: pkg.clone(),
            });
        }
        for d in (0..n).rev() {
            pkg[d] += 1;
            if pkg[d] < agenda.issues[d].labels.len() {
                continue 'outer;
            }
            pkg[d] = 0;
        }
        break;
    }
    Some(out)
}

/// The non-dominated points among `pts` by the definition (quadratic; for tests), one per
/// distinct score pair, sorted by left score descending.
pub fn brute_frontier(pts: &[Point]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for p in pts {
        let dominated = pts.iter().any(|q| {
            q.left >= p.left - EPS
                && q.right >= p.right - EPS
                && (q.left > p.left + EPS || q.right > p.right + EPS)
        });
        if !dominated
            && !out
                .iter()
                .any(|&(a, b)| (a - p.left).abs() <= EPS && (b - p.right).abs() <= EPS)
        {
            out.push((p.left, p.right));
        }
    }
    out.sort_by(|x, y| y.0.total_cmp(&x.0));
    out
}

/// Score pairs of up to `max` packages for plotting the outcome space: every package when
/// there are at most `max`, else a seeded uniform random sample (the same on every call).
pub fn sample_packages(agenda: &Agenda, max: usize, seed: u64) -> Vec<(f64, f64)> {
    if agenda.issues.is_empty() || max == 0 {
        return Vec::new();
    }
    if let Some(all) = enumerate(agenda, Options::All, max) {
        return all.into_iter().map(|p| (p.left, p.right)).collect();
    }
    let mut state = seed | 1;
    let mut next = move || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    (0..max)
        .map(|_| {
            let mut s = [0.0f64; 2];
            for i in &agenda.issues {
                let k = (next() % i.labels.len().max(1) as u64) as usize;
                s[LEFT] += i.contrib(LEFT, k);
                s[RIGHT] += i.contrib(RIGHT, k);
            }
            (s[LEFT], s[RIGHT])
        })
        .collect()
}
