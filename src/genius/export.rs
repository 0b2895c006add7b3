//! Two positions as a GENIUS scenario: one domain file and two profiles that GENIUS and NegMAS
//! load.
//!
//! GENIUS divides each discrete evaluation by the largest on its issue, while Accord's values
//! are absolute on 0–100. So that GENIUS computes the same utilities (up to one positive factor
//! per side, which changes no Pareto frontier, Nash point or ZOPA), each weight is multiplied by
//! the issue's largest value before normalising, and the reservation is scaled by the same
//! factor.

use std::fmt::Write as _;

use crate::model::Position;
use crate::scoring::agenda::Agenda;

/// A scenario ready to write: file names and contents, plus what the conversion leaves out.
#[derive(Debug, Clone)]
pub struct ExportedScenario {
    /// The domain file's name and text.
    pub domain: (String, String),
    /// Each side's profile file name and text, left then right.
    pub profiles: [(String, String); 2],
    /// What GENIUS cannot hold (one-sided issues, walk-aways …), for a warning.
    pub warnings: Vec<String>,
}

/// XML attribute text: `&`, `<`, `>`, `"` and control characters escaped.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 => {
                // XML 1.0 allows only tab, LF and CR among control characters.
                if matches!(c, '\t' | '\n' | '\r') {
                    let _ = write!(out, "&#{};", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out
}

fn num(v: f64) -> String {
    crate::sheet::number_label(v)
}

/// Build the scenario of two positions: the joint issues (in the left file's order, options the
/// union of both sides' labels), each side's evaluations its values.
pub fn export_scenario(
    left: &Position,
    right: &Position,
    names: [&str; 2],
) -> Result<ExportedScenario, String> {
    let agenda = Agenda::build(left, right);
    if agenda.issues.is_empty() {
        return Err(
            "the two positions share no issue with options (issues are matched by id)".into(),
        );
    }
    let mut warnings = Vec::new();
    for w in agenda.left_only.iter().chain(&agenda.right_only) {
        warnings.push(format!("issue \"{w}\" is in one file only and is left out"));
    }
    for w in &agenda.no_options {
        warnings.push(format!("issue \"{w}\" has no options and is left out"));
    }
    for (p, side) in [(left, names[0]), (right, names[1])] {
        if p.issues.iter().any(|i| i.walk_away.is_some()) {
            warnings.push(format!(
                "{side}: walk-away points have no place in GENIUS and are left out (its ZOPA can be wider)"
            ));
        }
    }
    let title = if left.title.is_empty() {
        "Accord"
    } else {
        &left.title
    };
    let mut domain = String::new();
    domain.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<negotiation_template>\n");
    let _ = writeln!(
        domain,
        "<utility_space number_of_issues=\"{}\">",
        agenda.issues.len()
    );
    let _ = writeln!(
        domain,
        "  <objective index=\"0\" description=\"\" name=\"{}\" type=\"objective\" etype=\"objective\">",
        attr(title)
    );
    for (k, issue) in agenda.issues.iter().enumerate() {
        let _ = writeln!(
            domain,
            "    <issue name=\"{}\" index=\"{}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\">",
            attr(&issue.id),
            k + 1
        );
        for (j, label) in issue.labels.iter().enumerate() {
            let _ = writeln!(
                domain,
                "      <item index=\"{}\" value=\"{}\" description=\"\"/>",
                j + 1,
                attr(label)
            );
        }
        domain.push_str("    </issue>\n");
    }
    domain.push_str("  </objective>\n</utility_space>\n</negotiation_template>\n");

    let mut profiles: Vec<(String, String)> = Vec::new();
    for (s, (p, name)) in [(left, names[0]), (right, names[1])]
        .into_iter()
        .enumerate()
    {
        // Accord's weights on the joint issues (equal when they sum to 0, as Accord scores).
        let raw: Vec<f64> = agenda.issues.iter().map(|i| i.weight[s]).collect();
        let wsum: f64 = raw.iter().sum();
        let w: Vec<f64> = if wsum > 0.0 {
            raw
        } else {
            vec![1.0; raw.len()]
        };
        let wsum: f64 = w.iter().sum();
        let maxes: Vec<f64> = agenda
            .issues
            .iter()
            .map(|i| i.value[s].iter().copied().fold(0.0, f64::max))
            .collect();
        let scaled: Vec<f64> = w.iter().zip(&maxes).map(|(w, m)| w * m / 100.0).collect();
        let ssum: f64 = scaled.iter().sum();
        let (weights, factor) = if ssum > 0.0 {
            (
                scaled.iter().map(|x| x / ssum).collect::<Vec<_>>(),
                wsum / (ssum * 100.0),
            )
        } else {
            (vec![1.0 / w.len() as f64; w.len()], 0.0)
        };
        let reservation = (p.reservation * factor).clamp(0.0, 1.0);
        if p.reservation * factor > 1.0 {
            warnings.push(format!(
                "{name}: the reservation is above every package's score; written as 1"
            ));
        }
        let mut x = String::new();
        x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            x,
            "<utility_space number_of_issues=\"{}\">",
            agenda.issues.len()
        );
        let _ = writeln!(
            x,
            "  <objective index=\"0\" description=\"\" name=\"{}\" type=\"objective\" etype=\"objective\">",
            attr(title)
        );
        for (k, issue) in agenda.issues.iter().enumerate() {
            let _ = writeln!(
                x,
                "    <issue index=\"{}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"{}\">",
                k + 1,
                attr(&issue.id)
            );
            for (j, label) in issue.labels.iter().enumerate() {
                let _ = writeln!(
                    x,
                    "      <item index=\"{}\" value=\"{}\" evaluation=\"{}\"/>",
                    j + 1,
                    attr(label),
                    num(issue.value[s][j])
                );
            }
            x.push_str("    </issue>\n");
            let _ = writeln!(
                x,
                "    <weight index=\"{}\" value=\"{}\"/>",
                k + 1,
                num(weights[k])
            );
        }
        x.push_str("  </objective>\n");
        let _ = writeln!(x, "  <reservation value=\"{}\"/>", num(reservation));
        x.push_str("</utility_space>\n");
        profiles.push((format!("{name}.xml"), x));
    }
    let [l, r]: [(String, String); 2] = profiles
        .try_into()
        .map_err(|_| "internal error building the profiles".to_owned())?;
    Ok(ExportedScenario {
        domain: ("domain.xml".into(), domain),
        profiles: [l, r],
        warnings,
    })
}
