//! A deterministic generator of realistic position files, for benchmarks.
//!
//! Shared by `benches/load_save.rs` and (through `#[path]`) other benches. No RNG crate: a small
//! xorshift seeded by the caller, so the same arguments always give the same position.

#![allow(dead_code)] // each including bench uses a different part

use accord::model::{Choice, Flexibility, Issue, Position};

/// xorshift64*: plenty for picking words.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator; any seed works (zero is remapped).
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// One element of a non-empty slice.
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    /// True with probability `num/den`.
    pub fn chance(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }
}

const TOPICS: [&str; 10] = [
    "FMS reform",
    "Co-development and co-production",
    "Reciprocal market access (RDP-A)",
    "Technology transfer and security",
    "Security of supply",
    "Supply-chain resilience",
    "MRO",
    "Industrial-base reform",
    "Consultation mechanisms",
    "Minilateral cooperation",
];

const SUBJECTS: [&str; 12] = [
    "delivery lead times",
    "offset obligations",
    "export licences",
    "depot maintenance",
    "munitions stockpiles",
    "critical minerals",
    "joint production lines",
    "testing and certification",
    "classified data handling",
    "shipyard capacity",
    "spare-parts pooling",
    "workforce exchanges",
];

const WORDS: [&str; 40] = [
    "we",
    "support",
    "a",
    "phased",
    "approach",
    "to",
    "the",
    "agreement",
    "that",
    "keeps",
    "existing",
    "commitments",
    "while",
    "opening",
    "new",
    "channels",
    "for",
    "industry",
    "partners",
    "and",
    "reviewing",
    "progress",
    "every",
    "year",
    "with",
    "published",
    "benchmarks",
    "binding",
    "schedules",
    "are",
    "not",
    "on",
    "table",
    "at",
    "this",
    "stage",
    "but",
    "priority",
    "lanes",
    "may",
];

const HANGUL: [&str; 12] = [
    "방산",
    "협력",
    "공동생산",
    "기술이전",
    "공급망",
    "안정",
    "정비",
    "상호조달",
    "협정",
    "국방",
    "산업",
    "검토",
];

const OPTION_LABELS: [&str; 10] = [
    "Status quo",
    "Published targets",
    "Priority lane",
    "Binding schedule",
    "Joint working group",
    "Annual review",
    "Pilot programme",
    "Full reciprocity",
    "Case-by-case",
    "Phased opening",
];

const PHRASES: [&str; 12] = [
    "Keep schedules tied to service priorities",
    "Protect sensitive technology",
    "Grow the domestic industrial base",
    "Shorten delivery times for urgent cases",
    "Keep the partner buying through existing channels",
    "Reduce single points of failure",
    "Published lead times for comparable cases",
    "Precedent of the 2023 arrangement",
    "National Defense Industrial Strategy (2024)",
    "Workshop domain brief (illustrative summary)",
    "Industry association survey",
    "Parliamentary budget report",
];

/// Free text of `lo..=hi` bytes (roughly), with Hangul words mixed in when `hangul`.
fn text(r: &mut Rng, lo: usize, hi: usize, hangul: bool) -> String {
    let want = r.range(lo, hi);
    let mut s = String::with_capacity(want + 16);
    let mut first = true;
    while s.len() < want {
        if !first {
            s.push(' ');
        }
        let w = if hangul && r.chance(1, 4) {
            r.pick(&HANGUL)
        } else {
            r.pick(&WORDS)
        };
        if first {
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                s.extend(c.to_uppercase());
                s.push_str(cs.as_str());
            }
            first = false;
        } else {
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

fn list(r: &mut Rng) -> Vec<String> {
    (0..r.range(1, 3))
        .map(|_| r.pick(&PHRASES).to_owned())
        .collect()
}

/// A realistic position with `n_issues` issues: ids `issue-00042`, topics from a fixed list,
/// stances of about 150–250 characters (Hangul in about a fifth of them), 3–5 options valued
/// 0–100 in steps of 2.5 (so some are fractions like 37.5), 1–3 interests, criteria and
/// sources, and notes. Deterministic in `(n_issues, seed, party)`; it passes validation.
pub fn generate(n_issues: usize, seed: u64, party: &str) -> Position {
    let mut r = Rng::new(
        seed ^ party
            .bytes()
            .fold(0u64, |h, b| h.rotate_left(5) ^ u64::from(b)),
    );
    let issues = (0..n_issues)
        .map(|k| {
            let n_opts = r.range(3, 5);
            let first = r.below(OPTION_LABELS.len());
            let options: Vec<Choice> = (0..n_opts)
                .map(|j| Choice {
                    label: OPTION_LABELS[(first + j) % OPTION_LABELS.len()].to_owned(),
                    value: r.range(0, 40) as f64 * 2.5,
                    ..Default::default()
                })
                .collect();
            let target = r
                .chance(1, 2)
                .then(|| options[r.below(options.len())].label.clone());
            let walk_away = r
                .chance(1, 3)
                .then(|| options[r.below(options.len())].label.clone());
            let hangul = r.chance(1, 5);
            Issue {
                id: format!("issue-{k:05}"),
                topic: r.pick(&TOPICS).to_owned(),
                title: format!("{} {}", party, r.pick(&SUBJECTS)),
                stance: text(&mut r, 150, 240, hangul),
                weight: match r.below(4) {
                    0 => 0.5,
                    1 => 1.0,
                    2 => r.range(1, 10) as f64,
                    _ => r.range(1, 40) as f64 / 4.0,
                },
                options,
                target,
                walk_away,
                flexibility: Flexibility::ALL[r.below(3)],
                interests: list(&mut r),
                criteria: list(&mut r),
                notes: if r.chance(2, 3) {
                    text(&mut r, 40, 120, false)
                } else {
                    String::new()
                },
                sources: list(&mut r),
                ..Issue::default()
            }
        })
        .collect();
    Position {
        party: party.to_owned(),
        party_name: format!("{party} delegation (generated)"),
        title: format!("Generated position for {party}: {n_issues} issues"),
        round: 1,
        as_of: Some("2024-05-20".into()),
        marking: Some("ILLUSTRATIVE – NOT OFFICIAL POLICY".into()),
        batna: "Keep today's framework and build capacity with other partners instead.".into(),
        reservation: 40.0,
        issues,
        ..Position::default()
    }
}
