//! The gap between two sides on one issue, as the workspace table shows it.

use crate::model::Issue;

/// How far apart two sides are on one issue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// Average of what each side would give up (in its own 0–100 values) by accepting the
    /// other side's target instead of its own. 0 when both aim for the same option.
    pub size: f64,
    /// Some option is valued by both sides and clears both walk-away points.
    pub overlap: bool,
}

/// The gap on an issue both sides hold; `None` when either side has no options yet.
/// An option one side has not valued counts as 0 to it.
pub fn issue_gap(left: &Issue, right: &Issue) -> Option<Gap> {
    let tl = left.effective_target()?;
    let tr = right.effective_target()?;
    let v = |i: &Issue, l: &str| i.value_of(l).unwrap_or(0.0);
    let loss_left = (v(left, tl) - v(left, tr)).max(0.0);
    let loss_right = (v(right, tr) - v(right, tl)).max(0.0);
    let (wl, wr) = (left.walk_away_value(), right.walk_away_value());
    let overlap = left
        .options
        .iter()
        .any(|c| c.value >= wl && right.value_of(&c.label).is_some_and(|vr| vr >= wr));
    Some(Gap {
        size: (loss_left + loss_right) / 2.0,
        overlap,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Choice;

    fn issue(opts: &[(&str, f64)], walk: Option<&str>) -> Issue {
        Issue {
            id: "x".into(),
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

    #[test]
    fn same_target_has_no_gap() {
        let a = issue(&[("a", 100.0), ("b", 20.0)], None);
        let b = issue(&[("a", 90.0), ("b", 10.0)], None);
        assert_eq!(
            issue_gap(&a, &b),
            Some(Gap {
                size: 0.0,
                overlap: true
            })
        );
    }

    #[test]
    fn opposed_targets_and_walk_aways() {
        let a = issue(&[("a", 100.0), ("b", 0.0)], Some("a"));
        let b = issue(&[("a", 0.0), ("b", 100.0)], Some("b"));
        assert_eq!(
            issue_gap(&a, &b),
            Some(Gap {
                size: 100.0,
                overlap: false
            })
        );
        let c = issue(&[("a", 100.0), ("b", 40.0)], None);
        let d = issue(&[("a", 20.0), ("b", 100.0)], None);
        assert_eq!(
            issue_gap(&c, &d),
            Some(Gap {
                size: 70.0,
                overlap: true
            })
        );
    }

    #[test]
    fn no_options_no_gap() {
        assert_eq!(
            issue_gap(&issue(&[], None), &issue(&[("a", 1.0)], None)),
            None
        );
    }
}
