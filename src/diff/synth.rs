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

/// How [`layout`] writes a position in a layout other than the canonical one.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layout {
    /// Sprinkle `//`, `/* */` and nested block comments between tokens.
    pub comments: bool,
    /// Also use the rarer spellings: raw strings, `\u{…}` escapes, `+70`, `7e1`, struct
    /// names, `Some(…)`, explicit `None`, defaults left out, CRLF line ends.
    pub exotic: bool,
}

/// The text of `p` in a seeded non-canonical layout (other spacing, blank lines, fields in
/// another order, …) that loads back to `p`. For the reader's property test and the
/// benchmark of `accord diff` on files not written by Accord.
pub fn layout(p: &Position, how: Layout, seed: u64) -> String {
    let mut w = Writer {
        s: String::with_capacity(256 + p.issues.len() * 700),
        rng: Rng::new(seed),
        how,
        n: 0,
    };
    w.position(p);
    w.s
}

struct Writer {
    s: String,
    rng: Rng,
    how: Layout,
    /// Comments written so far (each gets a distinct text).
    n: usize,
}

/// Something written by a closure (a list item, a field's value).
type Out<'a> = Box<dyn Fn(&mut Writer) + 'a>;
/// One field of a struct, written by the closure.
type Put<'a> = (&'static str, Out<'a>);

impl Writer {
    fn ws(&mut self) {
        const WS: [&str; 8] = [" ", "", "\n", "  ", "\n\n    ", "\t", " \n        ", "\n  "];
        let k = self.rng.below(WS.len());
        let nl = if self.how.exotic && self.rng.below(4) == 0 {
            "\r\n"
        } else {
            "\n"
        };
        self.s.push_str(&WS[k].replace('\n', nl));
        if self.how.comments && self.rng.below(7) == 0 {
            self.n += 1;
            let n = self.n;
            match self.rng.below(3) {
                0 => self.s.push_str(&format!("// note {n} with a ( and a \"\n")),
                1 => self.s.push_str(&format!("/* note {n} */")),
                _ => self
                    .s
                    .push_str(&format!("/* outer {n} /* inner */ still */ ")),
            }
            if self.rng.below(2) == 0 {
                self.s.push('\n');
            }
        }
    }

    fn string(&mut self, v: &str) {
        if self.how.exotic && !v.contains("\"#") && self.rng.below(5) == 0 {
            self.s.push_str("r#\"");
            self.s.push_str(v);
            self.s.push_str("\"#");
            return;
        }
        self.s.push('"');
        for c in v.chars() {
            match c {
                '"' => self.s.push_str("\\\""),
                '\\' => self.s.push_str("\\\\"),
                '\n' => self.s.push_str("\\n"),
                '\r' => self.s.push_str("\\r"),
                '\t' => self.s.push_str("\\t"),
                c if c.is_control() || (self.how.exotic && self.rng.below(40) == 0) => {
                    self.s.push_str(&format!("\\u{{{:x}}}", c as u32));
                }
                c => self.s.push(c),
            }
        }
        self.s.push('"');
    }

    fn number(&mut self, v: f64) {
        let plain = if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        };
        if !self.how.exotic {
            self.s.push_str(&plain);
            return;
        }
        match self.rng.below(6) {
            0 if v.fract() == 0.0 => self.s.push_str(&format!("{plain}.0")),
            1 if v >= 0.0 => self.s.push_str(&format!("+{plain}")),
            2 => self.s.push_str(&format!("{v:e}")),
            _ => self.s.push_str(&plain),
        }
    }

    /// `Some(…)`, plain, or for `None` left out or `None`.
    fn some(&mut self, put: &dyn Fn(&mut Writer)) {
        if self.how.exotic && self.rng.below(3) == 0 {
            self.s.push_str("Some(");
            self.ws();
            put(self);
            self.ws();
            self.s.push(')');
        } else {
            put(self);
        }
    }

    fn open(&mut self, name: &str, bracket: char) {
        if self.how.exotic && !name.is_empty() && self.rng.below(2) == 0 {
            self.s.push_str(name);
            self.ws();
        }
        self.s.push(bracket);
    }

    /// Items separated by commas, a trailing comma or not, whitespace around each.
    fn seq(&mut self, close: char, items: Vec<Out<'_>>) {
        let n = items.len();
        for (k, it) in items.into_iter().enumerate() {
            self.ws();
            it(self);
            self.ws();
            if k + 1 < n || self.rng.below(2) == 0 {
                self.s.push(',');
            }
        }
        self.ws();
        self.s.push(close);
    }

    fn fields(&mut self, name: &str, mut fields: Vec<Put<'_>>) {
        self.rng.shuffle(&mut fields);
        self.open(name, '(');
        let items = fields
            .into_iter()
            .map(|(key, put)| {
                Box::new(move |w: &mut Writer| {
                    w.s.push_str(key);
                    w.ws();
                    w.s.push(':');
                    w.ws();
                    put(w);
                }) as Out<'_>
            })
            .collect();
        self.seq(')', items);
    }

    fn list(&mut self, items: &[String]) {
        self.s.push('[');
        let items = items
            .iter()
            .map(|t| Box::new(move |w: &mut Writer| w.string(t)) as Out<'_>)
            .collect();
        self.seq(']', items);
    }

    /// Whether to leave out a field that holds its default (exotic layouts only).
    fn skip_default(&mut self, is_default: bool) -> bool {
        is_default && self.how.exotic && self.rng.below(2) == 0
    }

    fn position(&mut self, p: &Position) {
        self.ws();
        let mut f: Vec<Put<'_>> = Vec::new();
        let fmt = p.required_format();
        f.push(("format", Box::new(move |w| w.s.push_str(&fmt.to_string()))));
        f.push(("party", Box::new(|w| w.some(&|w| w.string(&p.party)))));
        for (key, v) in [
            ("party_name", &p.party_name),
            ("title", &p.title),
            ("batna", &p.batna),
        ] {
            if !self.skip_default(v.is_empty()) {
                f.push((key, Box::new(move |w| w.string(v))));
            }
        }
        if !self.skip_default(p.round == 1) {
            let r = p.round;
            f.push(("round", Box::new(move |w| w.s.push_str(&r.to_string()))));
        }
        for (key, v) in [("as_of", &p.as_of), ("marking", &p.marking)] {
            self.opt_text(&mut f, key, v.as_deref());
        }
        f.push((
            "reservation",
            Box::new(|w| w.some(&|w| w.number(p.reservation))),
        ));
        for (key, v) in [
            ("reservation_low", p.reservation_low),
            ("reservation_high", p.reservation_high),
        ] {
            self.opt_number(&mut f, key, v);
        }
        if p.estimate || self.skip_default(true) {
            let e = p.estimate;
            f.push(("estimate", Box::new(move |w| w.s.push_str(&e.to_string()))));
        }
        if let Some(set) = p.shared {
            let names: Vec<String> = set.iter().map(|x| x.name().to_owned()).collect();
            f.push(("shared", Box::new(move |w| w.some(&|w| w.list(&names)))));
        }
        f.push((
            "issues",
            Box::new(|w| {
                w.s.push('[');
                let items = p
                    .issues
                    .iter()
                    .map(|i| Box::new(move |w: &mut Writer| w.issue(i)) as Out<'_>)
                    .collect();
                w.seq(']', items);
            }),
        ));
        self.fields("Position", f);
        self.ws();
        self.s.push('\n');
    }

    fn opt_text<'a>(&mut self, f: &mut Vec<Put<'a>>, key: &'static str, v: Option<&'a str>) {
        match v {
            Some(v) => f.push((key, Box::new(move |w| w.some(&|w| w.string(v))))),
            None if self.how.exotic && self.rng.below(3) == 0 => {
                f.push((key, Box::new(|w| w.s.push_str("None"))));
            }
            None => {}
        }
    }

    fn opt_number(&mut self, f: &mut Vec<Put<'_>>, key: &'static str, v: Option<f64>) {
        match v {
            Some(v) => f.push((key, Box::new(move |w| w.some(&|w| w.number(v))))),
            None if self.how.exotic && self.rng.below(3) == 0 => {
                f.push((key, Box::new(|w| w.s.push_str("None"))));
            }
            None => {}
        }
    }

    fn issue(&mut self, i: &Issue) {
        let mut f: Vec<Put<'_>> = Vec::new();
        f.push(("id", Box::new(|w| w.some(&|w| w.string(&i.id)))));
        for (key, v) in [
            ("topic", &i.topic),
            ("title", &i.title),
            ("stance", &i.stance),
            ("notes", &i.notes),
        ] {
            if !self.skip_default(v.is_empty()) {
                f.push((key, Box::new(move |w| w.string(v))));
            }
        }
        if !self.skip_default(i.weight == 1.0) {
            f.push(("weight", Box::new(|w| w.some(&|w| w.number(i.weight)))));
        }
        for (key, v) in [("weight_low", i.weight_low), ("weight_high", i.weight_high)] {
            self.opt_number(&mut f, key, v);
        }
        if !self.skip_default(i.options.is_empty()) {
            f.push((
                "options",
                Box::new(|w| {
                    w.s.push('[');
                    let items = i
                        .options
                        .iter()
                        .map(|c| Box::new(move |w: &mut Writer| w.choice(c)) as Out<'_>)
                        .collect();
                    w.seq(']', items);
                }),
            ));
        }
        for (key, v) in [("target", &i.target), ("walk_away", &i.walk_away)] {
            self.opt_text(&mut f, key, v.as_deref());
        }
        if !self.skip_default(i.flexibility == Flexibility::Flexible) {
            let x = i.flexibility.as_str();
            f.push(("flexibility", Box::new(move |w| w.s.push_str(x))));
        }
        for (key, v) in [
            ("interests", &i.interests),
            ("criteria", &i.criteria),
            ("sources", &i.sources),
        ] {
            if !self.skip_default(v.is_empty()) {
                f.push((key, Box::new(move |w| w.list(v))));
            }
        }
        self.fields("Issue", f);
    }

    fn choice(&mut self, c: &Choice) {
        let mut f: Vec<Put<'_>> = vec![
            ("label", Box::new(|w| w.string(&c.label))),
            ("value", Box::new(|w| w.number(c.value))),
        ];
        for (key, v) in [("low", c.low), ("high", c.high)] {
            self.opt_number(&mut f, key, v);
        }
        self.fields("Choice", f);
    }
}
