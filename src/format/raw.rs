//! The on-disk shape of a position file, exactly as serde reads it.
//!
//! Everything a user may leave out is optional here; [`super::load`] turns these into the
//! checked [`crate::model`] types. `deny_unknown_fields` everywhere: a typo must be refused,
//! never dropped and then lost on save.

use serde::Deserialize;

use crate::model::Flexibility;

#[derive(Debug, Deserialize)]
#[serde(rename = "Position", deny_unknown_fields)]
pub(crate) struct RawPosition {
    pub format: Option<u64>,
    pub party: Option<String>,
    #[serde(default)]
    pub party_name: String,
    #[serde(default)]
    pub title: String,
    pub round: Option<u64>,
    pub as_of: Option<String>,
    pub marking: Option<String>,
    #[serde(default)]
    pub batna: String,
    pub reservation: Option<f64>,
    #[serde(default)]
    pub issues: Vec<RawIssue>,
    pub reservation_low: Option<f64>,
    pub reservation_high: Option<f64>,
    #[serde(default)]
    pub estimate: bool,
    pub shared: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Issue", deny_unknown_fields)]
pub(crate) struct RawIssue {
    pub id: Option<String>,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub stance: String,
    pub weight: Option<f64>,
    #[serde(default)]
    pub options: Vec<RawChoice>,
    pub target: Option<String>,
    pub walk_away: Option<String>,
    #[serde(default)]
    pub flexibility: Flexibility,
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub criteria: Vec<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub sources: Vec<String>,
    pub weight_low: Option<f64>,
    pub weight_high: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Choice", deny_unknown_fields)]
pub(crate) struct RawChoice {
    pub label: String,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
}
