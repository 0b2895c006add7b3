//! Concessions between rounds: did a side move its target, walk-away or values toward the
//! other side, and what is that worth in the other side's score?
//!
//! A party's overall score of a deal is Σ w·v / Σ w over its issues (weights `w`, values `v` of
//! the options agreed, 0–100), so an issue with weight `w` moving by `Δv` for that party is worth
//! `w·Δv / Σ w` of its points. Two measures per issue, both taken in the *other* side's values:
//! - **at target**: what the other side gets if this side gets its target
//!   ([`crate::model::Issue::effective_target`]);
//! - **at walk-away**: the best the other side can get among the options this side still
//!   accepts (valued at or above its walk-away).
//!
//! A side moved toward the other on an issue when the first measure rose, or it stayed and the
//! second rose. Without the other side's file, moves are judged in the side's own values: it
//! aimed at, or accepted, something it values less.

use serde::Serialize;

use super::IdMap;
use crate::model::{Issue, Position};

/// One issue on which a side's stance moved between two rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concession {
    /// The issue.
    pub id: String,
    /// Old and new effective target, when it changed.
    pub target: Option<(Option<String>, Option<String>)>,
    /// Old and new walk-away, when it changed.
    pub walk_away: Option<(Option<String>, Option<String>)>,
    /// Some option value changed.
    pub values_changed: bool,
    /// Change of the other side's value (0–100) at this side's target; `None` without the
    /// other side, or when it does not hold the issue.
    pub other_at_target: Option<f64>,
    /// Change of the best value (0–100) the other side can get within this side's walk-away.
    pub other_at_walk_away: Option<f64>,
    /// `other_at_target` in the other side's overall score (0–100 points).
    pub other_points: Option<f64>,
    /// What this side gave up at its target, in its own overall score (new values): ≥ 0 when it
    /// now aims at something it values less.
    pub own_points_given: f64,
    /// +1 toward the other side, −1 away from it, 0 neither (values shuffled, no net move).
    pub direction: i8,
}

/// The concessions of one side between two rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concessions {
    /// The side that moved (`party` of the new file).
    pub party: String,
    /// The side it moved toward, when its file is given.
    pub other_party: Option<String>,
    /// Issues whose target, walk-away or values changed, in the new file's order.
    pub issues: Vec<Concession>,
}

impl Concessions {
    /// Issues on which the side moved toward the other.
    pub fn toward(&self) -> impl Iterator<Item = &Concession> {
        self.issues.iter().filter(|c| c.direction > 0)
    }

    /// Points the other side gained at this side's targets, over the issues moved toward it.
    pub fn other_points(&self) -> Option<f64> {
        self.other_party.as_ref()?;
        // `+ 0.0` turns the empty sum's -0.0 into 0.0.
        Some(self.toward().filter_map(|c| c.other_points).sum::<f64>() + 0.0)
    }

    /// Own points given up at the targets, over the issues moved toward the other.
    pub fn own_points_given(&self) -> f64 {
        self.toward().map(|c| c.own_points_given).sum::<f64>() + 0.0
    }

    /// One line such as "US moved on 3 issues (+12.0 ROK points)".
    pub fn summary(&self) -> String {
        self.summary_in(crate::i18n::Lang::En)
    }

    /// [`Concessions::summary`] in a language (the diff view's; the command line stays English).
    pub fn summary_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::compare::Compare as T;
        let n = self.toward().count();
        match (&self.other_party, self.other_points()) {
            (Some(other), Some(p)) => {
                let p = format!("{p:+.1}");
                if n == 1 {
                    T::MovedOnOtherOne.fmt(lang, &[&self.party, &p, other])
                } else {
                    T::MovedOnOther.fmt(lang, &[&self.party, &n, &p, other])
                }
            }
            _ => {
                let own = format!("{:.1}", self.own_points_given());
                if n == 1 {
                    T::MovedOwnOne.fmt(lang, &[&self.party, &own])
                } else {
                    T::MovedOwn.fmt(lang, &[&self.party, &n, &own])
                }
            }
        }
    }
}

fn total_weight(p: &Position) -> f64 {
    p.issues.iter().map(|i| i.weight).sum()
}

/// What the other side gets if `side` gets its target.
fn at_target(side: &Issue, other: &Issue) -> f64 {
    side.effective_target()
        .and_then(|t| other.value_of(t))
        .unwrap_or(0.0)
}

/// The best the other side can get among the options `side` accepts.
fn at_walk_away(side: &Issue, other: &Issue) -> f64 {
    side.options
        .iter()
        .filter(|c| side.acceptable(c.value))
        .map(|c| other.value_of(&c.label).unwrap_or(0.0))
        .fold(0.0, f64::max)
}

fn sign(x: f64) -> i8 {
    if x > 1e-9 {
        1
    } else if x < -1e-9 {
        -1
    } else {
        0
    }
}

/// The moves of one side between rounds `old` and `new`, judged against `other_side` when given
/// (its values and weights), else in the side's own values.
pub fn concessions(old: &Position, new: &Position, other_side: Option<&Position>) -> Concessions {
    let old_at: IdMap<&str, &Issue> = old.issues.iter().map(|i| (i.id.as_str(), i)).collect();
    let other_at: IdMap<&str, &Issue> = other_side
        .map(|o| o.issues.iter().map(|i| (i.id.as_str(), i)).collect())
        .unwrap_or_default();
    let other_total = other_side.map(total_weight).unwrap_or(0.0);
    let own_total = total_weight(new);
    let mut issues = Vec::new();
    for n in &new.issues {
        let Some(o) = old_at.get(n.id.as_str()) else {
            continue;
        };
        let (t_old, t_new) = (o.effective_target(), n.effective_target());
        let target = (t_old != t_new).then(|| (t_old.map(Into::into), t_new.map(Into::into)));
        let walk_away =
            (o.walk_away != n.walk_away).then(|| (o.walk_away.clone(), n.walk_away.clone()));
        let values_changed = o.options != n.options;
        if target.is_none() && walk_away.is_none() && !values_changed {
            continue;
        }
        // Own terms, in the new values: what the side gave up at its target, and how far its
        // floor dropped.
        let own = |label: Option<&str>| label.and_then(|l| n.value_of(l)).unwrap_or(0.0);
        let own_given = own(t_old) - own(t_new);
        let floor_old = o
            .walk_away
            .as_deref()
            .and_then(|w| n.value_of(w))
            .unwrap_or(0.0);
        let floor_drop = floor_old - n.walk_away_value();
        let own_points_given = if own_total > 0.0 {
            n.weight * own_given / own_total
        } else {
            0.0
        };
        let (other_at_target, other_at_walk_away, other_points, direction) =
            match other_at.get(n.id.as_str()) {
                Some(other) => {
                    let dt = at_target(n, other) - at_target(o, other);
                    let dw = at_walk_away(n, other) - at_walk_away(o, other);
                    let points = if other_total > 0.0 {
                        other.weight * dt / other_total
                    } else {
                        0.0
                    };
                    let dir = match sign(dt) {
                        0 => sign(dw),
                        s => s,
                    };
                    (Some(dt), Some(dw), Some(points), dir)
                }
                None => {
                    let dir = match sign(own_given) {
                        0 => sign(floor_drop),
                        s => s,
                    };
                    (None, None, None, dir)
                }
            };
        issues.push(Concession {
            id: n.id.clone(),
            target,
            walk_away,
            values_changed,
            other_at_target,
            other_at_walk_away,
            other_points,
            own_points_given,
            direction,
        });
    }
    Concessions {
        party: new.party.clone(),
        other_party: other_side.map(|o| o.party.clone()),
        issues,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Choice;

    fn issue(
        id: &str,
        w: f64,
        opts: &[(&str, f64)],
        target: Option<&str>,
        walk: Option<&str>,
    ) -> Issue {
        Issue {
            id: id.into(),
            weight: w,
            options: opts
                .iter()
                .map(|(l, v)| Choice {
                    label: (*l).into(),
                    value: *v,
                    ..Default::default()
                })
                .collect(),
            target: target.map(Into::into),
            walk_away: walk.map(Into::into),
            ..Issue::default()
        }
    }

    fn pos(party: &str, issues: Vec<Issue>) -> Position {
        Position {
            party: party.into(),
            issues,
            ..Position::default()
        }
    }

    const US: [(&str, f64); 3] = [("a", 100.0), ("b", 60.0), ("c", 10.0)];
    const ROK: [(&str, f64); 3] = [("a", 0.0), ("b", 50.0), ("c", 100.0)];

    #[test]
    fn target_moved_toward_the_other_side() {
        let r1 = pos(
            "US",
            vec![
                issue("x", 3.0, &US, Some("a"), Some("b")),
                issue("y", 1.0, &US, None, None),
            ],
        );
        let r2 = pos(
            "US",
            vec![
                issue("x", 3.0, &US, Some("b"), Some("b")),
                issue("y", 1.0, &US, None, None),
            ],
        );
        let rok = pos(
            "ROK",
            vec![
                issue("x", 1.0, &ROK, None, None),
                issue("y", 1.0, &ROK, None, None),
            ],
        );
        let c = concessions(&r1, &r2, Some(&rok));
        assert_eq!(c.issues.len(), 1);
        let x = &c.issues[0];
        assert_eq!(x.direction, 1);
        assert_eq!(x.other_at_target, Some(50.0));
        // ROK weights 1 and 1: 50 points on one of two equal issues is 25 ROK points.
        assert_eq!(x.other_points, Some(25.0));
        assert_eq!(c.summary(), "US moved on 1 issue (+25.0 ROK points)");
        // Own terms: US gave up 40 on an issue weighing 3 of 4.
        assert_eq!(x.own_points_given, 30.0);
        let own = concessions(&r1, &r2, None);
        assert_eq!(
            own.summary(),
            "US moved on 1 issue (gave up 30.0 of its own points at its targets)"
        );
    }

    #[test]
    fn walk_away_lowered_and_hardening() {
        let r1 = pos("US", vec![issue("x", 1.0, &US, Some("a"), Some("a"))]);
        let r2 = pos("US", vec![issue("x", 1.0, &US, Some("a"), Some("c"))]);
        let rok = pos("ROK", vec![issue("x", 1.0, &ROK, None, None)]);
        let c = concessions(&r1, &r2, Some(&rok));
        assert_eq!(c.issues[0].direction, 1);
        assert_eq!(c.issues[0].other_at_walk_away, Some(100.0));
        assert_eq!(c.other_points(), Some(0.0));
        let back = concessions(&r2, &r1, Some(&rok));
        assert_eq!(back.issues[0].direction, -1);
        assert_eq!(back.toward().count(), 0);
    }

    #[test]
    fn unchanged_issues_are_not_listed() {
        let r1 = pos("US", vec![issue("x", 1.0, &US, Some("a"), None)]);
        let c = concessions(&r1, &r1.clone(), None);
        assert!(c.issues.is_empty());
        assert_eq!(
            c.summary(),
            "US moved on 0 issues (gave up 0.0 of its own points at its targets)"
        );
    }

    #[test]
    fn sample_rounds_against_the_other_side() {
        let load = |n: &str| crate::format::load_file(&crate::sample_path(n)).ok();
        let (Some(us1), Some(us2), Some(rok1), Some(rok2)) = (
            load("us.ron"),
            load("us.r2.ron"),
            load("rok.ron"),
            load("rok.r2.ron"),
        ) else {
            return; // sample files are optional here
        };
        let us = concessions(&us1, &us2, Some(&rok2));
        let rok = concessions(&rok1, &rok2, Some(&us2));
        println!("{}\n{}", us.summary(), rok.summary());
        assert!(us.summary().starts_with("US moved on"));
        assert!(rok.summary().starts_with("ROK moved on"));
        assert!(us.other_points().is_some());
    }
}
