//! The joint agenda: the issues both positions hold, with the union of their option labels.
//!
//! Everything else in [`crate::scoring`] works on this flattened form: per issue, per option,
//! each side's value, its normalised weight and whether the option clears its walk-away point.
//! Index 0 is the left side, index 1 the right side.

use crate::model::{Issue, Position};

/// Index of the left side in the `[T; 2]` arrays of this module.
pub const LEFT: usize = 0;
/// Index of the right side in the `[T; 2]` arrays of this module.
pub const RIGHT: usize = 1;
/// Tolerance for comparing scores (0–100 scale): differences below it are ties.
pub const EPS: f64 = 1e-9;

/// "left" / "right" for messages.
pub fn side_name(side: usize) -> &'static str {
    if side == LEFT { "left" } else { "right" }
}

/// One issue present in both files, as the package analysis sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct JointIssue {
    /// The id shared by both files.
    pub id: String,
    /// Title (the left file's, else the right file's).
    pub title: String,
    /// Union of option labels: the left file's in order, then the right file's new ones.
    pub labels: Vec<String>,
    /// Value (0–100) of each label to each side; an unvalued label is 0.
    pub value: [Vec<f64>; 2],
    /// Whether each side has valued each label (false = counted as 0 and flagged).
    pub valued: [Vec<bool>; 2],
    /// The raw weight each side gives the issue.
    pub weight: [f64; 2],
    /// The weight used for scores: raw weight / sum of that side's joint weights.
    pub norm: [f64; 2],
    /// Each side's walk-away value on the issue (0 when none).
    pub walk_away: [f64; 2],
    /// Each side's target option (index into `labels`), the highest-valued when not set.
    pub target: [usize; 2],
}

impl JointIssue {
    /// Whether option `k` clears side `s`'s walk-away point.
    pub fn allowed(&self, s: usize, k: usize) -> bool {
        self.value[s][k] >= self.walk_away[s] - EPS
    }

    /// Whether option `k` clears both walk-away points.
    pub fn allowed_both(&self, k: usize) -> bool {
        self.allowed(LEFT, k) && self.allowed(RIGHT, k)
    }

    /// Side `s`'s contribution to its score (points of 0–100) when option `k` is chosen.
    pub fn contrib(&self, s: usize, k: usize) -> f64 {
        self.norm[s] * self.value[s][k]
    }

    /// The option maximising the lower of the two values (ties: the higher sum, then the
    /// earlier label). This is the "common ground" of the issue.
    pub fn common_ground(&self) -> usize {
        self.rank_order().first().copied().unwrap_or(0)
    }

    /// Options in preference order for tie-breaking: best common ground first, then the
    /// higher sum of values, then label order. Frontier representatives follow this order.
    pub fn rank_order(&self) -> Vec<usize> {
        let mut ks: Vec<usize> = (0..self.labels.len()).collect();
        let key = |k: usize| {
            let (l, r) = (self.value[LEFT][k], self.value[RIGHT][k]);
            (l.min(r), l + r)
        };
        ks.sort_by(|&x, &y| {
            let (mx, sx) = key(x);
            let (my, sy) = key(y);
            my.total_cmp(&mx).then(sy.total_cmp(&sx)).then(x.cmp(&y))
        });
        ks
    }

    /// The option side `s` values most (first one on ties).
    pub fn best(&self, s: usize) -> usize {
        let mut best = 0;
        for (k, v) in self.value[s].iter().enumerate() {
            if *v > self.value[s][best] + EPS {
                best = k;
            }
        }
        best
    }
}

/// The two positions reduced to what package analysis needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agenda {
    /// Party codes, for messages ("US", "ROK"); empty codes fall back to "left"/"right".
    pub party: [String; 2],
    /// Issues in both files with at least one option, in the left file's order.
    pub issues: Vec<JointIssue>,
    /// Ids of issues only the left file holds (left out of package analysis).
    pub left_only: Vec<String>,
    /// Ids of issues only the right file holds (left out of package analysis).
    pub right_only: Vec<String>,
    /// Ids of issues in both files that neither side gives any option (left out).
    pub no_options: Vec<String>,
    /// Each side's reservation score (0–100).
    pub reservation: [f64; 2],
    /// Sides whose joint weights are all zero: their scores use equal weights instead.
    pub equal_weights: [bool; 2],
    /// Messages for people about what was left out or substituted (English: `notes` in
    /// words).
    pub warnings: Vec<String>,
    /// The same messages as data, for a reader in another language.
    pub notes: Vec<crate::scoring::note::Note>,
}

impl Agenda {
    /// Build the joint agenda of two positions.
    pub fn build(left: &Position, right: &Position) -> Agenda {
        let mut a = Agenda {
            party: [left.party.clone(), right.party.clone()],
            reservation: [left.reservation, right.reservation],
            ..Agenda::default()
        };
        let mut right_at: std::collections::HashMap<&str, &Issue> =
            std::collections::HashMap::new();
        for r in &right.issues {
            right_at.entry(r.id.as_str()).or_insert(r);
        }
        let left_ids: std::collections::HashSet<&str> =
            left.issues.iter().map(|i| i.id.as_str()).collect();
        for li in &left.issues {
            let Some(&ri) = right_at.get(li.id.as_str()) else {
                a.left_only.push(li.id.clone());
                continue;
            };
            match joint_issue(li, ri) {
                Some(j) => a.issues.push(j),
                None => a.no_options.push(li.id.clone()),
            }
        }
        for ri in &right.issues {
            if !left_ids.contains(ri.id.as_str()) {
                a.right_only.push(ri.id.clone());
            }
        }
        a.normalise();
        a.collect_warnings();
        a
    }

    /// The name of side `s` for messages: its party code, else "left"/"right".
    pub fn name(&self, s: usize) -> String {
        let p = self.party[s].trim();
        if p.is_empty() {
            side_name(s).to_owned()
        } else {
            format!("{p} ({})", side_name(s))
        }
    }

    /// [`Agenda::name`] in a language ("US (왼쪽)"), for the score view.
    pub fn name_in(&self, s: usize, lang: crate::i18n::Lang) -> String {
        let side = if s == LEFT {
            crate::workspace::Side::Left
        } else {
            crate::workspace::Side::Right
        };
        let side = crate::i18n::side_name(side, lang);
        let p = self.party[s].trim();
        if p.is_empty() {
            side.to_owned()
        } else {
            format!("{p} ({side})")
        }
    }

    fn normalise(&mut self) {
        for s in [LEFT, RIGHT] {
            let total: f64 = self.issues.iter().map(|i| i.weight[s]).sum();
            let n = self.issues.len() as f64;
            let equal = total <= EPS && !self.issues.is_empty();
            self.equal_weights[s] = equal;
            for i in &mut self.issues {
                i.norm[s] = if equal { 1.0 / n } else { i.weight[s] / total };
            }
        }
    }

    fn collect_warnings(&mut self) {
        use crate::scoring::note::Note;
        let mut w = Vec::new();
        if self.issues.is_empty() {
            w.push(Note::NoCommonIssues);
        }
        if !self.left_only.is_empty() {
            w.push(Note::OneSided {
                side: LEFT,
                ids: self.left_only.join(", "),
            });
        }
        if !self.right_only.is_empty() {
            w.push(Note::OneSided {
                side: RIGHT,
                ids: self.right_only.join(", "),
            });
        }
        for id in &self.no_options {
            w.push(Note::NoOptions { id: id.clone() });
        }
        for s in [LEFT, RIGHT] {
            if self.equal_weights[s] {
                w.push(Note::ZeroWeights { side: s });
            }
        }
        for i in &self.issues {
            for s in [LEFT, RIGHT] {
                let missing: Vec<&str> = i
                    .labels
                    .iter()
                    .zip(&i.valued[s])
                    .filter(|(_, v)| !**v)
                    .map(|(l, _)| l.as_str())
                    .collect();
                if !missing.is_empty() {
                    w.push(Note::NotValued {
                        id: i.id.clone(),
                        side: s,
                        labels: missing
                            .iter()
                            .map(|m| format!("\"{m}\""))
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
        }
        self.warnings = Note::english(&w, self);
        self.notes = w;
    }
}

fn joint_issue(l: &Issue, r: &Issue) -> Option<JointIssue> {
    let mut labels: Vec<String> = l.options.iter().map(|c| c.label.clone()).collect();
    for c in &r.options {
        if !labels.contains(&c.label) {
            labels.push(c.label.clone());
        }
    }
    if labels.is_empty() {
        return None;
    }
    let sides = [l, r];
    let value = sides.map(|i| {
        labels
            .iter()
            .map(|lab| i.value_of(lab).unwrap_or(0.0))
            .collect::<Vec<_>>()
    });
    let valued = sides.map(|i| {
        labels
            .iter()
            .map(|lab| i.value_of(lab).is_some())
            .collect::<Vec<_>>()
    });
    let mut j = JointIssue {
        id: l.id.clone(),
        title: if l.title.is_empty() {
            r.title.clone()
        } else {
            l.title.clone()
        },
        labels,
        value,
        valued,
        weight: [l.weight.max(0.0), r.weight.max(0.0)],
        norm: [0.0; 2],
        walk_away: [l.walk_away_value(), r.walk_away_value()],
        target: [0, 0],
    };
    for (s, i) in sides.iter().enumerate() {
        j.target[s] = i
            .effective_target()
            .and_then(|t| j.labels.iter().position(|x| x == t))
            .unwrap_or_else(|| j.best(s));
    }
    Some(j)
}
