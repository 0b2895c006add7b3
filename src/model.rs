//! The checked data model the rest of Accord trusts.
//!
//! Values here have passed [`crate::format::load`]: ids are unique, labels are unique within an
//! issue, `target`/`walk_away` name existing labels, numbers are finite and in range. Code that
//! mutates a [`Position`] (the editor) re-checks it with [`crate::format::validate`] before saving.

use serde::Serialize;

/// The version of the position-file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// One delegation's position file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Position {
    /// Short code shown in headers ("US", "ROK").
    pub party: String,
    /// Full name of the party.
    pub party_name: String,
    /// Title of the position paper.
    pub title: String,
    /// Negotiation round, ≥ 1.
    pub round: u32,
    /// ISO date (YYYY-MM-DD) the position is as of.
    pub as_of: Option<String>,
    /// Banner shown on screen and in every export.
    pub marking: Option<String>,
    /// What this party does if there is no agreement.
    pub batna: String,
    /// Overall score (0–100) of the BATNA: the party walks away below it.
    pub reservation: f64,
    /// The issues, in file order.
    pub issues: Vec<Issue>,
}

impl Default for Position {
    fn default() -> Self {
        Self {
            party: String::new(),
            party_name: String::new(),
            title: String::new(),
            round: 1,
            as_of: None,
            marking: None,
            batna: String::new(),
            reservation: 0.0,
            issues: Vec::new(),
        }
    }
}

/// How readily a party moves on an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
pub enum Flexibility {
    /// Will not move.
    Firm,
    /// Will move for something in return.
    #[default]
    Flexible,
    /// Has no strong preference.
    Open,
}

impl Flexibility {
    /// All variants, in display order.
    pub const ALL: [Flexibility; 3] = [Flexibility::Firm, Flexibility::Flexible, Flexibility::Open];

    /// The token written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Flexibility::Firm => "Firm",
            Flexibility::Flexible => "Flexible",
            Flexibility::Open => "Open",
        }
    }
}

/// One issue on the agenda, as one party sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// Key that matches the issue across files and rounds.
    pub id: String,
    /// Agenda topic the issue belongs to.
    pub topic: String,
    /// Short title.
    pub title: String,
    /// The stance in words (may span lines).
    pub stance: String,
    /// Relative importance, ≥ 0.
    pub weight: f64,
    /// The options on the table with their worth to this party.
    pub options: Vec<Choice>,
    /// Label this party aims for; `None` means "the highest-valued option".
    pub target: Option<String>,
    /// Label of the worst acceptable option; `None` means every option is acceptable.
    pub walk_away: Option<String>,
    /// How readily the party moves.
    pub flexibility: Flexibility,
    /// Needs behind the stance.
    pub interests: Vec<String>,
    /// Objective standards argued from.
    pub criteria: Vec<String>,
    /// Free notes.
    pub notes: String,
    /// Where the facts come from.
    pub sources: Vec<String>,
}

impl Default for Issue {
    fn default() -> Self {
        Self {
            id: String::new(),
            topic: String::new(),
            title: String::new(),
            stance: String::new(),
            weight: 1.0,
            options: Vec::new(),
            target: None,
            walk_away: None,
            flexibility: Flexibility::Flexible,
            interests: Vec::new(),
            criteria: Vec::new(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}

/// One option on an issue and its worth (0–100) to the party.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    /// Unique within the issue; the key matching options across files.
    pub label: String,
    /// Worth to this party, 0–100.
    pub value: f64,
}

impl Issue {
    /// The value of the option with this label, if the party has valued it.
    pub fn value_of(&self, label: &str) -> Option<f64> {
        self.options
            .iter()
            .find(|c| c.label == label)
            .map(|c| c.value)
    }

    /// The label the party aims for: the explicit target, else the highest-valued option
    /// (the first one on ties). `None` when the issue has no options.
    pub fn effective_target(&self) -> Option<&str> {
        if let Some(t) = &self.target {
            return Some(t.as_str());
        }
        let mut best: Option<&Choice> = None;
        for c in &self.options {
            if best.is_none_or(|b| c.value > b.value) {
                best = Some(c);
            }
        }
        best.map(|c| c.label.as_str())
    }

    /// The lowest acceptable value: the walk-away option's value, or 0 when there is none.
    pub fn walk_away_value(&self) -> f64 {
        self.walk_away
            .as_deref()
            .and_then(|w| self.value_of(w))
            .unwrap_or(0.0)
    }

    /// Whether an option valued `value` is acceptable to this party.
    pub fn acceptable(&self, value: f64) -> bool {
        value >= self.walk_away_value()
    }
}

impl Position {
    /// Index of the issue with this id.
    pub fn issue_index(&self, id: &str) -> Option<usize> {
        self.issues.iter().position(|i| i.id == id)
    }
}
