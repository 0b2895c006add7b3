//! GeniusWeb JSON: `LinearAdditiveUtilitySpace` profiles and domains (`issuesValues`).
//!
//! A GeniusWeb profile's value utilities are already on 0..1 and are not normalised by their
//! largest (unlike GENIUS XML evaluations); weights are by issue name. A `reservationBid`
//! becomes the reservation value: that bid's utility.

use serde_json::Value;

use super::{DomainIssue, Evaluator, Found, GeniusError, IssueKind, Profile, ProfileIssue};

fn err(file: &str, message: String, hint: &str) -> GeniusError {
    GeniusError::new(file, None, message, hint)
}

/// Read one JSON file of a scenario folder.
pub(crate) fn read(file: &str, bytes: &[u8], _steps: Option<usize>) -> Result<Found, GeniusError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let v: Value = serde_json::from_slice(bytes).map_err(|e| {
        GeniusError::new(
            file,
            Some((e.line() as u32, e.column() as u32)),
            format!("not well-formed JSON: {e}"),
            "fix the JSON at this place (a missing comma, quote or bracket); nothing was written",
        )
    })?;
    if let Some(space) = v.get("LinearAdditiveUtilitySpace") {
        return profile(file, space).map(|p| Found::Profile(Box::new(p)));
    }
    if v.get("issuesValues").is_some() {
        return domain(file, &v).map(Found::Domain);
    }
    Ok(Found::Other)
}

fn domain(file: &str, v: &Value) -> Result<Vec<DomainIssue>, GeniusError> {
    let Some(map) = v.get("issuesValues").and_then(Value::as_object) else {
        return Err(err(
            file,
            "`issuesValues` is not an object".into(),
            "a GeniusWeb domain is {\"name\": …, \"issuesValues\": {\"issue\": {\"values\": [ … ]}}}",
        ));
    };
    let mut out = Vec::new();
    for (k, (name, iv)) in map.iter().enumerate() {
        let Some(values) = iv.get("values").and_then(Value::as_array) else {
            return Err(err(
                file,
                format!("issue \"{name}\" has no list of `values`"),
                "Accord imports GeniusWeb issues with discrete values",
            ));
        };
        let mut items: Vec<String> = Vec::new();
        for x in values {
            let s = value_text(x);
            if !items.contains(&s) {
                items.push(s);
            }
        }
        out.push(DomainIssue {
            index: k as i64,
            name: name.clone(),
            kind: IssueKind::Discrete(items),
        });
    }
    Ok(out)
}

fn value_text(x: &Value) -> String {
    match x {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn number(file: &str, x: &Value, what: &str) -> Result<f64, GeniusError> {
    let n = match x {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    match n {
        Some(v) if v.is_finite() => Ok(v),
        _ => Err(err(
            file,
            format!("{what} {x} is not a number"),
            "GeniusWeb writes utilities and weights as numbers such as 0.25",
        )),
    }
}

fn profile(file: &str, space: &Value) -> Result<Profile, GeniusError> {
    let Some(utils) = space.get("issueUtilities").and_then(Value::as_object) else {
        return Err(err(
            file,
            "the LinearAdditiveUtilitySpace has no `issueUtilities`".into(),
            "a GeniusWeb profile gives each issue's value utilities under issueUtilities",
        ));
    };
    // The issue order: the embedded domain's, else the utilities' own.
    let names: Vec<String> = match space
        .get("domain")
        .and_then(|d| d.get("issuesValues"))
        .and_then(Value::as_object)
    {
        Some(m) => m.keys().cloned().collect(),
        None => utils.keys().cloned().collect(),
    };
    let weights_obj = space.get("issueWeights").and_then(Value::as_object);
    let mut issues = Vec::new();
    let mut weights = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let Some(u) = utils.get(name) else {
            return Err(err(
                file,
                format!("issue \"{name}\" has no utilities"),
                "a GeniusWeb profile needs issueUtilities for every issue of its domain",
            ));
        };
        let Some(vu) = u
            .get("discreteutils")
            .or_else(|| u.get("DiscreteValueSetUtilities"))
            .and_then(|d| d.get("valueUtilities"))
            .and_then(Value::as_object)
        else {
            return Err(err(
                file,
                format!("issue \"{name}\" has no discrete value utilities"),
                "Accord imports GeniusWeb issues with {\"discreteutils\": {\"valueUtilities\": { … }}}",
            ));
        };
        let mut list = Vec::new();
        for (val, x) in vu {
            list.push((val.clone(), number(file, x, "utility")?));
        }
        // Items in the embedded domain's order when it lists them.
        if let Some(vals) = space
            .get("domain")
            .and_then(|d| d.get("issuesValues"))
            .and_then(|m| m.get(name))
            .and_then(|i| i.get("values"))
            .and_then(Value::as_array)
        {
            let order: Vec<String> = vals.iter().map(value_text).collect();
            list.sort_by_key(|(v, _)| order.iter().position(|o| o == v).unwrap_or(usize::MAX));
        }
        let w = match weights_obj.and_then(|m| m.get(name)) {
            Some(x) => number(file, x, "weight")?,
            None => 0.0,
        };
        weights.push((k as i64, w));
        issues.push(ProfileIssue {
            index: k as i64,
            name: name.clone(),
            eval: Evaluator::Absolute(list),
            pos: None,
            remarks: Vec::new(),
        });
    }
    let reservation_bid = space
        .get("reservationBid")
        .and_then(|b| b.get("issuevalues"))
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), value_text(v))).collect());
    Ok(Profile {
        file: file.to_owned(),
        issues,
        weights,
        reservation: None,
        discount: None,
        reservation_bid,
    })
}
