//! One side's analysis from its own file alone: what a delegation may compute without the
//! other side's numbers (its best and walk-away packages against its reservation, and where
//! its weight lies).

use crate::model::Position;

/// One issue as the side itself weighs it.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnIssue {
    /// Issue id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Share of the side's total weight, 0–1.
    pub share: f64,
    /// The option aimed for and its value.
    pub target: Option<(String, f64)>,
    /// The walk-away option and its value.
    pub walk_away: Option<(String, f64)>,
    /// Points (of the side's 0–100 total) between target and walk-away on this issue.
    pub room: f64,
}

/// The side's own view of the negotiation.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnSummary {
    /// Score (0–100) of getting the target on every issue.
    pub best: f64,
    /// Score of getting only the walk-away option on every issue.
    pub floor: f64,
    /// The side's reservation.
    pub reservation: f64,
    /// Issues, largest weight first.
    pub issues: Vec<OwnIssue>,
}

impl OwnSummary {
    /// Whether accepting every walk-away still clears the reservation: if not, the side must
    /// win something above its walk-away on some issue.
    pub fn floor_clears_reservation(&self) -> bool {
        self.floor >= self.reservation
    }
}

/// The side's own analysis. Issues without options count 0 and carry no weight.
pub fn summary(p: &Position) -> OwnSummary {
    let total: f64 = p
        .issues
        .iter()
        .filter(|i| !i.options.is_empty())
        .map(|i| i.weight.max(0.0))
        .sum();
    let mut best = 0.0;
    let mut floor = 0.0;
    let mut issues = Vec::new();
    for i in p.issues.iter().filter(|i| !i.options.is_empty()) {
        let share = if total > 0.0 {
            i.weight.max(0.0) / total
        } else {
            0.0
        };
        let target = i
            .effective_target()
            .and_then(|l| Some((l.to_owned(), i.value_of(l)?)));
        let walk = i
            .walk_away
            .as_deref()
            .and_then(|l| Some((l.to_owned(), i.value_of(l)?)));
        let top = target.as_ref().map_or(0.0, |t| t.1);
        // Without a walk-away every option is acceptable: the floor is the worst option.
        let low = walk.as_ref().map_or_else(
            || {
                i.options
                    .iter()
                    .map(|c| c.value)
                    .fold(f64::INFINITY, f64::min)
            },
            |w| w.1,
        );
        best += share * top;
        floor += share * low;
        issues.push(OwnIssue {
            id: i.id.clone(),
            title: i.title.clone(),
            share,
            target,
            walk_away: walk,
            room: share * (top - low).max(0.0),
        });
    }
    issues.sort_by(|a, b| b.share.total_cmp(&a.share).then_with(|| a.id.cmp(&b.id)));
    OwnSummary {
        best,
        floor,
        reservation: p.reservation,
        issues,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Issue};

    #[test]
    fn hand_checked() {
        let opt = |l: &str, v: f64| Choice {
            label: l.into(),
            value: v,
            ..Choice::default()
        };
        let p = Position {
            party: "US".into(),
            reservation: 50.0,
            issues: vec![
                Issue {
                    id: "a".into(),
                    weight: 3.0,
                    options: vec![opt("x", 100.0), opt("y", 40.0)],
                    walk_away: Some("y".into()),
                    ..Issue::default()
                },
                Issue {
                    id: "b".into(),
                    weight: 1.0,
                    options: vec![opt("p", 20.0), opt("q", 80.0)],
                    target: Some("q".into()),
                    ..Issue::default()
                },
                Issue {
                    id: "c".into(),
                    weight: 9.0,
                    ..Issue::default()
                },
            ],
            ..Position::default()
        };
        let s = summary(&p);
        assert!((s.best - (0.75 * 100.0 + 0.25 * 80.0)).abs() < 1e-9);
        assert!((s.floor - (0.75 * 40.0 + 0.25 * 20.0)).abs() < 1e-9);
        assert!(!s.floor_clears_reservation());
        assert_eq!(s.issues[0].id, "a");
        assert!((s.issues[0].room - 0.75 * 60.0).abs() < 1e-9);
    }
}
