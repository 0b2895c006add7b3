//! GENIUS XML: domain files (`<negotiation_template>`) and profiles (`<utility_space>`).
//!
//! roxmltree parses (it gives the line and column of every node and of every syntax error);
//! this file walks the tree the way GENIUS's loaders do and ignores every element they ignore
//! (descriptions, costs, similarity functions, uncertainty blocks).

use roxmltree::{Document, Node};

use super::{
    DomainIssue, Evaluator, Found, GeniusError, IssueKind, MAX_INTEGER_VALUES, Profile,
    ProfileIssue,
};

/// UTF-8 (a byte-order mark is fine); anything else is read as ISO-8859-1, which older GENIUS
/// files declare and which maps each byte to one character.
fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.into(),
        Err(_) => bytes.iter().map(|&b| b as char).collect::<String>().into(),
    }
}

fn pos(doc: &Document<'_>, n: Node<'_, '_>) -> (u32, u32) {
    let p = doc.text_pos_at(n.range().start);
    (p.row, p.col)
}

/// Read one XML file of a scenario folder.
pub(crate) fn read(file: &str, bytes: &[u8], steps: Option<usize>) -> Result<Found, GeniusError> {
    let text = decode(bytes);
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = Document::parse_with_options(&text, opts).map_err(|e| {
        let p = e.pos();
        GeniusError::new(
            file,
            Some((p.row, p.col)),
            format!("not well-formed XML: {e}"),
            "open the file in a text editor and fix the XML at this place (a missing `>`, quote or \
             closing tag); nothing was written",
        )
    })?;
    let root = doc.root_element();
    match root.tag_name().name() {
        "negotiation_template" => domain(file, &doc, root).map(Found::Domain),
        "utility_space" => profile(file, &doc, root, steps).map(|p| Found::Profile(Box::new(p))),
        _ => Ok(Found::Other),
    }
}

/// The `issue` elements of the objective tree (children of `objective` elements at any depth,
/// or of the `utility_space` itself), in document order.
fn issues_of<'a, 'i>(start: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    start
        .descendants()
        .filter(|n| n.has_tag_name("issue"))
        .filter(|n| {
            n.parent_element()
                .is_some_and(|p| p.has_tag_name("objective") || p.has_tag_name("utility_space"))
        })
        .collect()
}

fn attr_num(
    file: &str,
    doc: &Document<'_>,
    n: Node<'_, '_>,
    name: &str,
) -> Result<Option<f64>, GeniusError> {
    let Some(v) = n.attribute(name) else {
        return Ok(None);
    };
    match v.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(Some(x)),
        _ => Err(GeniusError::new(
            file,
            Some(pos(doc, n)),
            format!("`{name}` \"{v}\" is not a number"),
            "GENIUS writes numbers such as 0.25 or 3 here",
        )),
    }
}

fn index_of(file: &str, doc: &Document<'_>, n: Node<'_, '_>) -> Result<i64, GeniusError> {
    match attr_num(file, doc, n, "index")? {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => Ok(v as i64),
        Some(_) | None => Err(GeniusError::new(
            file,
            Some(pos(doc, n)),
            format!("<{}> has no whole-number `index`", n.tag_name().name()),
            "GENIUS matches issues and weights by their `index` attribute",
        )),
    }
}

/// The issue's type: `type`, else `etype`, else `vtype`, else discrete (GENIUS's default).
fn kind_name(n: Node<'_, '_>) -> String {
    ["type", "etype", "vtype"]
        .iter()
        .find_map(|a| n.attribute(*a))
        .unwrap_or("discrete")
        .trim()
        .to_ascii_lowercase()
}

fn items_of<'a, 'i>(n: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    n.children().filter(|c| c.has_tag_name("item")).collect()
}

/// An integer issue's bounds, `None` when the element has none (a profile may leave them to the
/// domain).
fn int_bounds(
    file: &str,
    doc: &Document<'_>,
    n: Node<'_, '_>,
) -> Result<Option<(i64, i64)>, GeniusError> {
    // GENIUS reads the bounds from the issue element; some files put them on a <range> child.
    let holder = if n.attribute("lowerbound").is_some() {
        Some(n)
    } else {
        n.children().find(|c| c.has_tag_name("range"))
    };
    let get = |a: &str| -> Result<Option<f64>, GeniusError> {
        match holder {
            Some(h) => attr_num(file, doc, h, a),
            None => Ok(None),
        }
    };
    let (Some(lo), Some(hi)) = (get("lowerbound")?, get("upperbound")?) else {
        return Ok(None);
    };
    if lo.fract() != 0.0 || hi.fract() != 0.0 || lo > hi || lo.abs() > 1e12 || hi.abs() > 1e12 {
        return Err(GeniusError::new(
            file,
            Some(pos(doc, n)),
            format!("integer issue bounds {lo}..{hi} are not whole numbers in order"),
            "write whole numbers with lowerbound ≤ upperbound",
        ));
    }
    let (lo, hi) = (lo as i64, hi as i64);
    if hi - lo + 1 > MAX_INTEGER_VALUES {
        return Err(GeniusError::new(
            file,
            Some(pos(doc, n)),
            format!(
                "integer issue \"{}\" has {} values ({lo}..{hi}), over the {MAX_INTEGER_VALUES} Accord imports as options",
                n.attribute("name").unwrap_or(""),
                hi - lo + 1
            ),
            "Accord keeps one option per value; narrow the issue's range in the domain, or split it",
        ));
    }
    Ok(Some((lo, hi)))
}

/// A real issue's bounds (a `<range>` child, or attributes), `None` when it has none.
fn real_bounds(
    file: &str,
    doc: &Document<'_>,
    n: Node<'_, '_>,
) -> Result<Option<(f64, f64)>, GeniusError> {
    let name = n.attribute("name").unwrap_or("");
    let holder = n.children().find(|c| c.has_tag_name("range")).unwrap_or(n);
    let lo = attr_num(file, doc, holder, "lowerbound")?;
    let hi = attr_num(file, doc, holder, "upperbound")?;
    match (lo, hi) {
        (None, None) => Ok(None),
        (Some(lo), Some(hi)) if lo <= hi => Ok(Some((lo, hi))),
        _ => Err(GeniusError::new(
            file,
            Some(pos(doc, n)),
            format!("real issue \"{name}\" has no range lowerbound ≤ upperbound"),
            "a real issue carries <range lowerbound=\"…\" upperbound=\"…\"/>",
        )),
    }
}

fn unsupported(file: &str, doc: &Document<'_>, n: Node<'_, '_>, kind: &str) -> GeniusError {
    GeniusError::new(
        file,
        Some(pos(doc, n)),
        format!("issue type \"{kind}\" is not one Accord imports"),
        "Accord imports discrete, integer and (with --steps) real issues",
    )
}

fn domain(
    file: &str,
    doc: &Document<'_>,
    root: Node<'_, '_>,
) -> Result<Vec<DomainIssue>, GeniusError> {
    let mut out = Vec::new();
    for n in issues_of(root) {
        let index = index_of(file, doc, n)?;
        let name = n.attribute("name").unwrap_or("").to_owned();
        let kind = match kind_name(n).as_str() {
            "discrete" => {
                let mut items: Vec<String> = Vec::new();
                for it in items_of(n) {
                    let v = it.attribute("value").unwrap_or("").to_owned();
                    // An item listed twice is one option.
                    if !items.contains(&v) {
                        items.push(v);
                    }
                }
                IssueKind::Discrete(items)
            }
            "integer" => match int_bounds(file, doc, n)? {
                Some((lo, hi)) => IssueKind::Integer { lo, hi },
                None => {
                    return Err(GeniusError::new(
                        file,
                        Some(pos(doc, n)),
                        format!("integer issue \"{name}\" has no lowerbound and upperbound"),
                        "an integer issue is written <issue type=\"integer\" lowerbound=\"0\" upperbound=\"10\" …>",
                    ));
                }
            },
            // --steps is asked for with the profile, which evaluates the issue.
            "real" => IssueKind::Real(real_bounds(file, doc, n)?),
            k => return Err(unsupported(file, doc, n, k)),
        };
        if out.iter().any(|d: &DomainIssue| d.index == index) {
            return Err(GeniusError::new(
                file,
                Some(pos(doc, n)),
                format!("a second issue with index {index}"),
                "GENIUS matches issues by index, so each issue needs its own",
            ));
        }
        out.push(DomainIssue { index, name, kind });
    }
    if out.is_empty() {
        return Err(GeniusError::new(
            file,
            Some(pos(doc, root)),
            "the domain has no issues".into(),
            "a domain lists <issue index=… name=…> elements with <item value=…/> children under its <objective>",
        ));
    }
    Ok(out)
}

fn profile(
    file: &str,
    doc: &Document<'_>,
    root: Node<'_, '_>,
    steps: Option<usize>,
) -> Result<Profile, GeniusError> {
    let mut issues = Vec::new();
    for n in issues_of(root) {
        let index = index_of(file, doc, n)?;
        let name = n.attribute("name").unwrap_or("").to_owned();
        let mut remarks = Vec::new();
        let eval = match kind_name(n).as_str() {
            "discrete" => {
                let mut evals: Vec<(String, f64)> = Vec::new();
                for it in items_of(n) {
                    let v = it.attribute("value").unwrap_or("").to_owned();
                    // GENIUS skips a missing or "null" evaluation.
                    let e = match it.attribute("evaluation").map(str::trim) {
                        None | Some("null") => continue,
                        Some(_) => attr_num(file, doc, it, "evaluation")?.unwrap_or(0.0),
                    };
                    if e < 0.0 {
                        return Err(GeniusError::new(
                            file,
                            Some(pos(doc, it)),
                            format!("evaluation {e} of \"{v}\" is negative"),
                            "GENIUS evaluations are 0 or more (any scale: 1..N, 0..100, decimals)",
                        ));
                    }
                    if let Some(slot) = evals.iter_mut().find(|(x, _)| *x == v) {
                        remarks.push(format!(
                            "item \"{v}\" is listed twice; the last evaluation ({}) counts, as in GENIUS",
                            super::num(e)
                        ));
                        slot.1 = e;
                    } else {
                        evals.push((v, e));
                    }
                }
                Evaluator::Discrete(evals)
            }
            "integer" => {
                let bounds = int_bounds(file, doc, n)?;
                let ev = n.children().find(|c| c.has_tag_name("evaluator"));
                let (mut slope, mut offset) = (0.0, 0.0);
                if let Some(ev) = ev {
                    if let Some(ft) = ev.attribute("ftype")
                        && !ft.eq_ignore_ascii_case("linear")
                    {
                        return Err(GeniusError::new(
                            file,
                            Some(pos(doc, ev)),
                            format!("integer evaluator type \"{ft}\" is not linear"),
                            "GENIUS's integer issues have a linear evaluator (slope, offset)",
                        ));
                    }
                    let get = |a: &str| attr_num(file, doc, ev, a);
                    match (get("slope")?, get("offset")?) {
                        (Some(s), Some(o)) => (slope, offset) = (s, o),
                        _ => {
                            return Err(GeniusError::new(
                                file,
                                Some(pos(doc, ev)),
                                "the integer evaluator has no slope and offset".into(),
                                "write <evaluator ftype=\"linear\" slope=\"…\" offset=\"…\"/>",
                            ));
                        }
                    }
                }
                Evaluator::Integer {
                    bounds,
                    slope,
                    offset,
                }
            }
            "real" => {
                if steps.is_none() {
                    return Err(GeniusError::new(
                        file,
                        Some(pos(doc, n)),
                        format!(
                            "issue \"{name}\" is real-valued, which has no options to import as such"
                        ),
                        "run again with --steps N to import N evenly spaced values (bounds included) as its options",
                    ));
                }
                let bounds = real_bounds(file, doc, n)?;
                let ev = n.children().find(|c| c.has_tag_name("evaluator"));
                let (mut linear, mut constant) = (0.0, 0.0);
                if let Some(ev) = ev {
                    let ft = ev
                        .attribute("ftype")
                        .unwrap_or("linear")
                        .to_ascii_lowercase();
                    let get = |a: &str| attr_num(file, doc, ev, a);
                    match ft.as_str() {
                        "linear" => {
                            constant = get("parameter0")?.or(get("offset")?).unwrap_or(0.0);
                            linear = get("parameter1")?.or(get("slope")?).unwrap_or(0.0);
                        }
                        "constant" => constant = get("parameter0")?.unwrap_or(0.0),
                        other => {
                            return Err(GeniusError::new(
                                file,
                                Some(pos(doc, ev)),
                                format!(
                                    "real evaluator type \"{other}\" is not one Accord imports"
                                ),
                                "Accord imports linear and constant evaluators of real issues",
                            ));
                        }
                    }
                }
                Evaluator::Real {
                    bounds,
                    linear,
                    constant,
                }
            }
            k => return Err(unsupported(file, doc, n, k)),
        };
        issues.push(ProfileIssue {
            index,
            name,
            eval,
            pos: Some(pos(doc, n)),
            remarks,
        });
    }
    let mut weights = Vec::new();
    for w in root.descendants().filter(|n| n.has_tag_name("weight")) {
        let in_tree = w
            .parent_element()
            .is_some_and(|p| p.has_tag_name("objective") || p.has_tag_name("utility_space"));
        if !in_tree {
            continue;
        }
        let index = index_of(file, doc, w)?;
        let v = attr_num(file, doc, w, "value")?.unwrap_or(0.0);
        if v < 0.0 {
            return Err(GeniusError::new(
                file,
                Some(pos(doc, w)),
                format!("weight {v} is negative"),
                "GENIUS weights are 0 or more (they are normalised to sum 1)",
            ));
        }
        weights.push((index, v));
    }
    let child_value = |tag: &str| -> Result<Option<f64>, GeniusError> {
        match root.children().find(|c| c.has_tag_name(tag)) {
            Some(n) => attr_num(file, doc, n, "value"),
            None => Ok(None),
        }
    };
    Ok(Profile {
        file: file.to_owned(),
        issues,
        weights,
        reservation: child_value("reservation")?,
        discount: child_value("discount_factor")?,
        reservation_bid: None,
    })
}
