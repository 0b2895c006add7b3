//! The GENIUS negotiation research format: scenario folders in, domain and profiles out.
//!
//! A GENIUS scenario is a domain file (root `<negotiation_template>`: the issues and their items)
//! and one profile per party (root `<utility_space>`: an evaluator per issue, weights, reservation
//! and discount factor). GeniusWeb keeps profiles as JSON (`LinearAdditiveUtilitySpace`).
//! Semantics are GENIUS's own (see `docs/genius.md`): a discrete item is worth its evaluation
//! divided by the largest evaluation on that issue; an integer issue's linear evaluator gives
//! `offset + slope·(v − lowerbound)` clamped to 0..1; weights are matched to issues by index and
//! normalised to sum 1; the reservation value (0..1) becomes Accord's reservation (×100). Nothing
//! here enumerates outcomes: import is linear in the size of the files.

pub mod cli;
mod export;
mod json;
mod xml;

use std::fmt;
use std::path::{Path, PathBuf};

pub use export::{ExportedScenario, export_scenario};

use crate::model::{Choice, Issue, Position};

/// Integer issues with more values than this are refused (one option per value).
pub const MAX_INTEGER_VALUES: i64 = 100;
/// Largest `--steps` accepted for real-valued issues.
pub const MAX_STEPS: usize = 1000;

/// A refusal: the file, where in it (1-based line and column) and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct GeniusError {
    /// The file as named to the user.
    pub file: String,
    /// Line and column, when the problem has a place.
    pub pos: Option<(u32, u32)>,
    /// What went wrong.
    pub message: String,
    /// What to do.
    pub hint: String,
}

impl GeniusError {
    fn new(file: &str, pos: Option<(u32, u32)>, message: String, hint: &str) -> Self {
        GeniusError {
            file: file.to_owned(),
            pos,
            message,
            hint: hint.to_owned(),
        }
    }
}

impl fmt::Display for GeniusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some((l, c)) => write!(f, "{}:{l}:{c}: {}", self.file, self.message)?,
            None => write!(f, "{}: {}", self.file, self.message)?,
        }
        write!(f, "\n  hint: {}", self.hint)
    }
}

/// One issue of a domain, in the domain's order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DomainIssue {
    /// GENIUS's issue number (`index`), which weights and profiles refer to.
    pub index: i64,
    pub name: String,
    pub kind: IssueKind,
}

/// What values an issue takes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum IssueKind {
    /// Items, in file order, each once.
    Discrete(Vec<String>),
    /// Whole numbers lo..=hi.
    Integer { lo: i64, hi: i64 },
    /// Real numbers in lo..=hi (the bounds may be given in the profiles instead).
    Real(Option<(f64, f64)>),
}

/// A profile's evaluation of one issue.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Evaluator {
    /// Evaluations by item value (the last one counts when an item is listed twice, as in
    /// GENIUS's map); normalised by their largest.
    Discrete(Vec<(String, f64)>),
    /// Utility `offset + slope·(v − lo)`, clamped to 0..1; not normalised. The bounds come
    /// from the profile's issue element, else from the domain (NegMAS writes them there only).
    Integer {
        bounds: Option<(i64, i64)>,
        slope: f64,
        offset: f64,
    },
    /// Utility of a real value: linear `a·x + b` or constant, clamped to 0..1.
    Real {
        bounds: Option<(f64, f64)>,
        linear: f64,
        constant: f64,
    },
    /// Utilities already on 0..1 by value (GeniusWeb), not normalised.
    Absolute(Vec<(String, f64)>),
}

/// One issue of a profile.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ProfileIssue {
    pub index: i64,
    pub name: String,
    pub eval: Evaluator,
    /// Line and column of the issue element, for messages.
    pub pos: Option<(u32, u32)>,
    /// Remarks worth keeping in the issue's notes (an item listed twice, …).
    pub remarks: Vec<String>,
}

/// One party's profile as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Profile {
    pub file: String,
    pub issues: Vec<ProfileIssue>,
    /// Weights by issue index (XML) — JSON profiles use the issue's position as index.
    pub weights: Vec<(i64, f64)>,
    /// Reservation value as written (0..1), if any.
    pub reservation: Option<f64>,
    /// Discount factor as written, if any.
    pub discount: Option<f64>,
    /// GeniusWeb: the reservation bid (issue name → value).
    pub reservation_bid: Option<Vec<(String, String)>>,
}

/// A scenario folder as read: the domain (if there is one) and the profiles in file-name order.
#[derive(Debug, Clone)]
pub(crate) struct Scenario {
    pub domain: Option<(String, Vec<DomainIssue>)>,
    pub profiles: Vec<(PathBuf, Profile)>,
}

/// Read a scenario folder: one domain file and its profiles (XML or GeniusWeb JSON). Files with
/// other roots are skipped; a file that is not well-formed is refused.
pub(crate) fn read_folder(dir: &Path, steps: Option<usize>) -> Result<Scenario, GeniusError> {
    let dname = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        GeniusError::new(
            &dname,
            None,
            format!("cannot read the folder: {e}"),
            "name the folder that holds the domain file and the profiles",
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut domain: Option<(String, Vec<DomainIssue>)> = None;
    let mut profiles = Vec::new();
    for f in files {
        let ext = f
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let name = f.display().to_string();
        let read = |f: &Path| {
            std::fs::read(f).map_err(|e| {
                GeniusError::new(
                    &name,
                    None,
                    format!("cannot read the file: {e}"),
                    "check that you may read it",
                )
            })
        };
        let found = match ext.as_deref() {
            Some("xml") => xml::read(&name, &read(&f)?, steps)?,
            Some("json") => json::read(&name, &read(&f)?, steps)?,
            _ => continue,
        };
        match found {
            Found::Domain(issues) => {
                if let Some((first, _)) = &domain {
                    return Err(GeniusError::new(
                        &name,
                        None,
                        format!("a second domain file (the first is {first})"),
                        "a scenario folder holds one domain file and its profiles; move the other domain out",
                    ));
                }
                domain = Some((name, issues));
            }
            Found::Profile(p) => profiles.push((f, *p)),
            Found::Other => {}
        }
    }
    if profiles.is_empty() {
        return Err(GeniusError::new(
            &dname,
            None,
            "no profile in the folder".into(),
            "a GENIUS scenario has profiles with root <utility_space> (or GeniusWeb JSON profiles \
             with LinearAdditiveUtilitySpace) beside its domain file",
        ));
    }
    Ok(Scenario { domain, profiles })
}

/// What a file turned out to be.
pub(crate) enum Found {
    Domain(Vec<DomainIssue>),
    Profile(Box<Profile>),
    Other,
}

/// A number for labels and notes: whole numbers without a fraction.
fn num(v: f64) -> String {
    crate::sheet::number_label(v)
}

/// The options of a real issue with `steps` evenly spaced values.
pub(crate) fn real_points(lo: f64, hi: f64, steps: usize) -> Vec<f64> {
    if steps <= 1 {
        return vec![lo];
    }
    (0..steps)
        .map(|k| {
            if k + 1 == steps {
                hi
            } else {
                lo + (hi - lo) * k as f64 / (steps - 1) as f64
            }
        })
        .collect()
}

fn clamp01(v: f64) -> f64 {
    if v.is_nan() { 0.0 } else { v.clamp(0.0, 1.0) }
}

/// The options (label, utility 0..1) an evaluator gives over an issue's values.
fn options_of(
    kind: Option<&IssueKind>,
    eval: &Evaluator,
    steps: Option<usize>,
    remarks: &mut Vec<String>,
) -> Vec<(String, f64)> {
    match eval {
        Evaluator::Discrete(evals) => {
            let max = evals
                .iter()
                .map(|(_, e)| *e)
                .fold(f64::NEG_INFINITY, f64::max);
            let norm = |e: f64| if max < 0.00001 { 0.0 } else { e / max };
            let labels: Vec<String> = match kind {
                Some(IssueKind::Discrete(items)) => items.clone(),
                _ => evals.iter().map(|(l, _)| l.clone()).collect(),
            };
            labels
                .into_iter()
                .map(|l| {
                    let e = evals.iter().rev().find(|(v, _)| *v == l).map(|(_, e)| *e);
                    if e.is_none() {
                        remarks.push(format!(
                            "\"{l}\" has no evaluation in the profile: valued 0"
                        ));
                    }
                    (l, norm(e.unwrap_or(0.0)))
                })
                .collect()
        }
        Evaluator::Absolute(utils) => {
            let labels: Vec<String> = match kind {
                Some(IssueKind::Discrete(items)) => items.clone(),
                _ => utils.iter().map(|(l, _)| l.clone()).collect(),
            };
            labels
                .into_iter()
                .map(|l| {
                    let u = utils.iter().find(|(v, _)| *v == l).map_or(0.0, |(_, u)| *u);
                    (l, clamp01(u))
                })
                .collect()
        }
        Evaluator::Integer {
            bounds,
            slope,
            offset,
        } => {
            let (lo, hi) = bounds.unwrap_or((0, -1));
            (lo..=hi)
                .map(|v| (v.to_string(), clamp01(offset + slope * (v - lo) as f64)))
                .collect()
        }
        Evaluator::Real {
            bounds,
            linear,
            constant,
        } => {
            let (lo, hi) = bounds.unwrap_or((0.0, 0.0));
            real_points(lo, hi, steps.unwrap_or(2))
                .into_iter()
                .map(|x| (num(x), clamp01(linear * x + constant)))
                .collect()
        }
    }
}

/// The evaluator with its bounds: the profile's, else the domain's; refused when neither has
/// them, or when an integer issue has more values than Accord imports as options.
fn with_bounds(
    file: &str,
    name: &str,
    p: &ProfileIssue,
    kind: Option<&IssueKind>,
) -> Result<Evaluator, GeniusError> {
    let missing = |what: &str| {
        GeniusError::new(
            file,
            p.pos,
            format!("{what} issue \"{name}\" has no bounds in the profile or the domain"),
            "give the issue lowerbound and upperbound (or a <range>) in the domain file",
        )
    };
    Ok(match (&p.eval, kind) {
        (
            Evaluator::Integer {
                bounds: None,
                slope,
                offset,
            },
            Some(IssueKind::Integer { lo, hi }),
        ) => Evaluator::Integer {
            bounds: Some((*lo, *hi)),
            slope: *slope,
            offset: *offset,
        },
        (Evaluator::Integer { bounds: None, .. }, _) => return Err(missing("integer")),
        (
            Evaluator::Real {
                bounds: None,
                linear,
                constant,
            },
            Some(IssueKind::Real(Some(b))),
        ) => Evaluator::Real {
            bounds: Some(*b),
            linear: *linear,
            constant: *constant,
        },
        (Evaluator::Real { bounds: None, .. }, _) => return Err(missing("real")),
        (e, _) => e.clone(),
    })
}

/// One profile as a position: issues in the domain's order (or the profile's, without a
/// domain), values on 0–100, weights normalised to sum 1, reservation ×100, the discount
/// factor and anything else worth knowing in the BATNA text and the issues' notes.
pub(crate) fn to_position(
    profile: &Profile,
    domain: Option<&(String, Vec<DomainIssue>)>,
    party: &str,
    steps: Option<usize>,
) -> Result<Position, GeniusError> {
    let file = &profile.file;
    // The issues to import: the domain's, each matched to the profile's issue by index (as
    // GENIUS does), by name when the indexes differ; the profile's own without a domain.
    let mut pairs: Vec<(i64, String, Option<&IssueKind>, &ProfileIssue)> = Vec::new();
    match domain {
        Some((dfile, issues)) => {
            for d in issues {
                // GENIUS XML matches by index; GeniusWeb JSON by name.
                let by_index = || profile.issues.iter().find(|p| p.index == d.index);
                let by_name = || profile.issues.iter().find(|p| p.name == d.name);
                let json = profile
                    .issues
                    .iter()
                    .any(|p| matches!(p.eval, Evaluator::Absolute(_)));
                let p = if json {
                    by_name().or_else(by_index)
                } else {
                    by_index().or_else(by_name)
                };
                let Some(p) = p else {
                    return Err(GeniusError::new(
                        file,
                        None,
                        format!(
                            "the profile has no evaluator for issue \"{}\" (index {}) of the domain {dfile}",
                            d.name, d.index
                        ),
                        "the profile must evaluate every issue of its domain; check that it belongs to this domain",
                    ));
                };
                pairs.push((d.index, d.name.clone(), Some(&d.kind), p));
            }
        }
        None => {
            for p in &profile.issues {
                pairs.push((p.index, p.name.clone(), None, p));
            }
        }
    }
    let weight_of = |idx: i64| -> f64 {
        // The last weight for an index counts, as a later setWeight would.
        profile
            .weights
            .iter()
            .rev()
            .find(|(i, _)| *i == idx)
            .map_or(0.0, |(_, w)| *w)
    };
    let raw: Vec<f64> = pairs.iter().map(|(i, ..)| weight_of(*i)).collect();
    let total: f64 = raw.iter().sum();
    let mut issues = Vec::with_capacity(pairs.len());
    let mut used_ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    for ((index, name, kind, p), w) in pairs.into_iter().zip(&raw) {
        let mut remarks = p.remarks.clone();
        let eval = with_bounds(file, &name, p, kind)?;
        if let Evaluator::Integer {
            bounds: Some((lo, hi)),
            ..
        } = eval
            && hi - lo + 1 > MAX_INTEGER_VALUES
        {
            return Err(GeniusError::new(
                file,
                p.pos,
                format!(
                    "integer issue \"{name}\" has {} values ({lo}..{hi}), over the {MAX_INTEGER_VALUES} Accord imports as options",
                    hi - lo + 1
                ),
                "Accord keeps one option per value; narrow the issue's range in the domain, or split it",
            ));
        }
        let opts = options_of(kind, &eval, steps, &mut remarks);
        let mut id = if name.trim().is_empty() {
            format!("issue-{index}")
        } else {
            name.clone()
        };
        if !used_ids.insert(id.clone()) {
            id = format!("{id} ({index})");
            used_ids.insert(id.clone());
        }
        let mut options: Vec<Choice> = Vec::with_capacity(opts.len());
        for (label, u) in opts {
            if label.trim().is_empty() || options.iter().any(|c| c.label == label) {
                continue;
            }
            options.push(Choice {
                label,
                value: (u * 100.0).clamp(0.0, 100.0),
                ..Choice::default()
            });
        }
        let mut notes = vec![format!("GENIUS issue {index}, weight {}", num(*w))];
        if let Evaluator::Integer {
            bounds: Some((lo, hi)),
            slope,
            offset,
        } = eval
        {
            notes.push(format!(
                "integer issue {lo}..{hi}, linear evaluator: utility = {} + {}·(value − {lo}), clamped to 0..1",
                num(offset),
                num(slope)
            ));
        }
        if let Evaluator::Real {
            bounds: Some((lo, hi)),
            linear,
            constant,
        } = eval
        {
            notes.push(format!(
                "real issue {}..{}, {} evenly spaced options; utility = {}·x + {}, clamped to 0..1",
                num(lo),
                num(hi),
                steps.unwrap_or(2),
                num(linear),
                num(constant)
            ));
        }
        notes.extend(remarks);
        issues.push(Issue {
            id,
            title: name,
            weight: if total > 0.0 { w / total } else { 0.0 },
            options,
            notes: notes.join("\n"),
            ..Issue::default()
        });
    }
    let mut batna = vec![format!(
        "Imported from the GENIUS profile {}.",
        base_name(file)
    )];
    if let Some((d, _)) = domain {
        batna.push(format!("Domain: {}.", base_name(d)));
    }
    if total <= 0.0 {
        batna.push("The profile gives every issue weight 0.".into());
    }
    // Reservation: a value (XML) or the utility of a reservation bid (GeniusWeb).
    let mut reservation = 0.0;
    if let Some(r) = profile.reservation {
        reservation = clamp01(r) * 100.0;
        batna.push(format!(
            "Reservation value {} (×100 = {}).",
            num(r),
            num(reservation)
        ));
    } else if let Some(bid) = &profile.reservation_bid {
        let mut u = 0.0;
        for issue in &issues {
            let chosen = bid.iter().find(|(k, _)| *k == issue.title).map(|(_, v)| v);
            if let Some(v) = chosen.and_then(|v| issue.value_of(v)) {
                u += issue.weight * v;
            }
        }
        let wsum: f64 = issues.iter().map(|i| i.weight).sum();
        reservation = if wsum > 0.0 {
            (u / wsum).clamp(0.0, 100.0)
        } else {
            0.0
        };
        let shown: Vec<String> = bid.iter().map(|(k, v)| format!("{k} = {v}")).collect();
        batna.push(format!(
            "Reservation bid {} (its utility ×100 = {}).",
            shown.join(", "),
            num(reservation)
        ));
    } else {
        batna.push("No reservation value in the profile: 0.".into());
    }
    match profile.discount {
        Some(d) if d > 0.0 && d <= 1.0 => batna.push(format!(
            "Discount factor {} (time pressure in a GENIUS session; it does not change Accord's static analysis).",
            num(d)
        )),
        Some(d) => batna.push(format!(
            "Discount factor {} in the file, which GENIUS reads as no discount.",
            num(d)
        )),
        None => {}
    }
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Position {
        party: if party.trim().is_empty() {
            stem.clone()
        } else {
            party.to_owned()
        },
        party_name: stem,
        title: domain
            .map(|(d, _)| format!("GENIUS scenario {}", base_name(d)))
            .unwrap_or_else(|| "GENIUS profile".into()),
        batna: batna.join("\n"),
        reservation,
        issues,
        ..Position::default()
    })
}

fn base_name(f: &str) -> String {
    Path::new(f)
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| f.to_owned())
}

/// Import a scenario folder: one position per profile, named after the profile file, in the
/// order of the profile file names. Nothing is written here.
pub fn import_folder(
    dir: &Path,
    steps: Option<usize>,
) -> Result<Vec<(String, Position)>, GeniusError> {
    if let Some(n) = steps
        && !(2..=MAX_STEPS).contains(&n)
    {
        return Err(GeniusError::new(
            &dir.display().to_string(),
            None,
            format!("--steps {n} is outside 2..{MAX_STEPS}"),
            "ask for at least 2 options (the bounds) per real-valued issue",
        ));
    }
    let sc = read_folder(dir, steps)?;
    let mut out = Vec::new();
    for (path, profile) in &sc.profiles {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "profile".into());
        let p = to_position(profile, sc.domain.as_ref(), &stem, steps)?;
        let problems = crate::format::validate(&p);
        if let Some(pr) = problems.first() {
            return Err(GeniusError::new(
                &profile.file,
                None,
                format!(
                    "the imported position would not load: {}: {}",
                    pr.path, pr.message
                ),
                &pr.hint,
            ));
        }
        out.push((stem, p));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
