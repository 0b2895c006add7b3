//! Seeded synthetic positions and known edits, for the diff tests and benchmark.
//!
//! [`position`] makes a valid position of any size; [`mutate`] applies a [`Plan`] (so many
//! issues changed, added, removed, one block moved) and returns the counts a correct diff must
//! report. Deterministic for a seed; no dependency on a random-number crate.

use crate::model::{Choice, Flexibility, Issue, Position};

use super::Summary;

/// A small, fast, seeded generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for this seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// Shuffle a slice in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

const WORDS: [&str; 40] = [
    "delivery",
    "schedule",
    "binding",
    "industrial",
    "cooperation",
    "maintenance",
    "aviation",
    "naval",
    "export",
    "licence",
    "offset",
    "budget",
    "transfer",
    "technology",
    "joint",
    "production",
    "review",
    "priority",
    "lane",
    "framework",
    "reciprocal",
    "procurement",
    "security",
    "supply",
    "chain",
    "workforce",
    "shipyard",
    "investment",
    "certainty",
    "국방",
    "협력",
    "정비",
    "수출",
    "기술",
    "이전",
    "공급망",
    "예산",
    "일정",
    "조선소",
    "투자",
];
const TOPICS: [&str; 6] = [
    "FMS reform",
    "MRO",
    "Co-production",
    "Export control",
    "Supply chain",
    "방산 협력",
];
const LABELS: [&str; 6] = [
    "Status quo",
    "Published targets",
    "Priority lane",
    "Binding schedule",
    "Joint review",
    "Long-term framework",
];

fn words(rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for k in 0..n {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(WORDS[rng.below(WORDS.len())]);
    }
    s
}

fn issue(rng: &mut Rng, id: String) -> Issue {
    let n_opts = 3;
    let start = rng.below(LABELS.len() - n_opts + 1);
    let options: Vec<Choice> = (0..n_opts)
        .map(|k| Choice::new(LABELS[start + k], rng.below(101) as f64))
        .collect();
    let target = (rng.below(2) == 0).then(|| options[rng.below(n_opts)].label.clone());
    let walk_away = (rng.below(2) == 0).then(|| options[rng.below(n_opts)].label.clone());
    Issue {
        id,
        topic: TOPICS[rng.below(TOPICS.len())].to_owned(),
        title: words(rng, 3),
        stance: words(rng, 6),
        weight: (1 + rng.below(20)) as f64,
        options,
        target,
        walk_away,
        flexibility: Flexibility::ALL[rng.below(3)],
        interests: (0..rng.below(2)).map(|_| words(rng, 2)).collect(),
        criteria: (0..rng.below(2)).map(|_| words(rng, 2)).collect(),
        notes: words(rng, 2),
        sources: (0..rng.below(2)).map(|_| words(rng, 2)).collect(),
        weight_low: None,
        weight_high: None,
    }
}

/// A valid position with `n` issues (ids `issue-00000`…), about 580 bytes an issue in the
/// canonical layout.
pub fn position(party: &str, n: usize, seed: u64) -> Position {
    let mut rng = Rng::new(seed);
    Position {
        party: party.to_owned(),
        party_name: format!("{party} delegation"),
        title: words(&mut rng, 5),
        round: 1,
        as_of: Some("2024-05-20".into()),
        marking: Some("ILLUSTRATIVE – NOT OFFICIAL POLICY".into()),
        batna: words(&mut rng, 12),
        reservation: 40.0,
        issues: (0..n)
            .map(|i| issue(&mut rng, format!("issue-{i:05}")))
            .collect(),
        ..Position::default()
    }
}

/// The edits [`mutate`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Issues with one field changed.
    pub changed: usize,
    /// New issues, inserted at random places.
    pub added: usize,
    /// Issues dropped.
    pub removed: usize,
    /// Length of one block of untouched, consecutive issues moved far away.
    pub moved_block: usize,
}

impl Plan {
    /// The benchmark's mix for `n` issues: 5% changed, 1% added, 1% removed, a block of 20
    /// moved.
    pub fn workshop(n: usize) -> Self {
        Plan {
            changed: n / 20,
            added: n / 100,
            removed: n / 100,
            moved_block: 20.min(n / 10),
        }
    }
}

/// Change one field of an issue so that it surely differs, keeping it valid.
fn change_one(rng: &mut Rng, i: &mut Issue) {
    match rng.below(8) {
        0 => i.weight += 1.0,
        1 => {
            let k = rng.below(i.options.len());
            let c = &mut i.options[k];
            c.value = (c.value + 1.0 + rng.below(50) as f64) % 101.0;
        }
        2 => {
            let mut w: Vec<&str> = i.stance.split(' ').collect();
            let k = rng.below(w.len());
            w[k] = "reconsidered";
            w.push("양보");
            i.stance = w.join(" ");
        }
        3 => {
            let current = i.effective_target().map(str::to_owned);
            let other = i
                .options
                .iter()
                .find(|c| Some(&c.label) != current.as_ref());
            i.target = other.map(|c| c.label.clone());
        }
        4 => i.notes.push_str(" (revised)"),
        5 => {
            i.flexibility = match i.flexibility {
                Flexibility::Firm => Flexibility::Flexible,
                Flexibility::Flexible => Flexibility::Open,
                Flexibility::Open => Flexibility::Firm,
            }
        }
        6 => i.interests.push("새로운 이익".into()),
        _ => i.title = format!("{} (round 2)", i.title),
    }
}

/// Apply `plan` to `base`: returns the new position and the counts a correct diff reports.
/// The moved block is kept clear of the other edits, and moved by more than its own length,
/// so that exactly its issues count as moved.
pub fn mutate(base: &Position, plan: Plan, seed: u64) -> (Position, Summary) {
    let mut rng = Rng::new(seed.wrapping_add(1));
    let n = base.issues.len();
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let removed_n = plan.removed.min(n);
    let changed_n = plan.changed.min(n - removed_n);
    let mut touched = vec![0u8; n]; // 1 removed, 2 changed, 3 moved
    for &i in &order[..removed_n] {
        touched[i] = 1;
    }
    for &i in &order[removed_n..removed_n + changed_n] {
        touched[i] = 2;
    }
    let len = plan.moved_block;
    let mut block = None;
    if len > 0 && n > 3 * len {
        for _ in 0..10_000 {
            let s = rng.below(n - len);
            if touched[s..s + len].iter().all(|&t| t == 0) {
                block = Some(s);
                break;
            }
        }
    }
    if let Some(s) = block {
        touched[s..s + len].iter_mut().for_each(|t| *t = 3);
    }

    let mut issues: Vec<Issue> = Vec::with_capacity(n + plan.added);
    let mut moving: Vec<Issue> = Vec::new();
    for (i, issue) in base.issues.iter().enumerate() {
        match touched[i] {
            1 => {}
            2 => {
                let mut c = issue.clone();
                change_one(&mut rng, &mut c);
                issues.push(c);
            }
            3 => moving.push(issue.clone()),
            _ => issues.push(issue.clone()),
        }
    }
    // Move the block about half the file away.
    if let Some(s) = block {
        let kept = issues.len();
        let at = (s + kept / 2) % kept.max(1);
        let at = if at.abs_diff(s) <= 2 * len {
            (at + kept / 4) % kept.max(1)
        } else {
            at
        };
        let tail = issues.split_off(at.min(kept));
        issues.append(&mut moving);
        issues.extend(tail);
    }
    for k in 0..plan.added {
        let at = rng.below(issues.len() + 1);
        issues.insert(at, issue(&mut rng, format!("new-{seed}-{k:05}")));
    }
    let expected = Summary {
        added: plan.added,
        removed: removed_n,
        changed: changed_n,
        moved: if block.is_some() { len } else { 0 },
        header: 0,
    };
    (
        Position {
            issues,
            ..base.clone()
        },
        expected,
    )
}
