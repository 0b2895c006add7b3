//! The checked data model the rest of Accord trusts.
//!
//! Values here have passed [`crate::format::load`]: ids are unique, labels are unique within an
//! issue, `target`/`walk_away` name existing labels, numbers are finite and in range. Code that
//! mutates a [`Position`] (the editor) re-checks it with [`crate::format::validate`] before saving.

use serde::Serialize;

/// The newest position-file format this build reads. Saving writes the lowest format that
/// holds what the file uses ([`Position::required_format`]), so format 1 unless a newer
/// feature is in use.
pub const FORMAT_VERSION: u32 = 2;

/// The first format; a file using nothing newer is written as this.
pub const FIRST_FORMAT: u32 = 1;

/// A file-format feature newer than format 1.
#[derive(Debug, Clone, Copy)]
pub struct FormatFeature {
    /// The format that introduced it.
    pub format: u32,
    /// What it is, for messages ("ranges (`low` / `high` …)").
    pub name: &'static str,
    /// Whether a position uses it.
    pub used: fn(&Position) -> bool,
}

/// Every feature newer than format 1, one row each: a new one is one more row.
pub const FORMAT_FEATURES: &[FormatFeature] = &[
    FormatFeature {
        format: 2,
        name: "ranges (`low` / `high` on options, `weight_low` / `weight_high`, \
               `reservation_low` / `reservation_high`)",
        used: Position::uses_ranges,
    },
    FormatFeature {
        format: 2,
        name: "`estimate: true`",
        used: |p| p.estimate,
    },
    FormatFeature {
        format: 2,
        name: "a `shared` list",
        used: |p| p.shared.is_some(),
    },
];

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
    /// Lowest plausible reservation (format 2); `None`: the reservation itself.
    pub reservation_low: Option<f64>,
    /// Highest plausible reservation (format 2); `None`: the reservation itself.
    pub reservation_high: Option<f64>,
    /// The file is another side's position as estimated by this delegation (format 2).
    pub estimate: bool,
    /// Which fields this party shares with the other side (format 2). `None` means the
    /// default, [`FieldSet::DEFAULT_SHARED`]: no number and no bottom line.
    pub shared: Option<FieldSet>,
    /// The file's comments, written back in place on save. Not data: equal to any other,
    /// and never part of a report or export.
    #[serde(skip)]
    pub comments: crate::comments::Comments,
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
            reservation_low: None,
            reservation_high: None,
            estimate: false,
            shared: None,
            comments: crate::comments::Comments::default(),
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
    /// Lowest plausible weight (format 2); `None`: the weight itself.
    pub weight_low: Option<f64>,
    /// Highest plausible weight (format 2); `None`: the weight itself.
    pub weight_high: Option<f64>,
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
            weight_low: None,
            weight_high: None,
        }
    }
}

/// One option on an issue and its worth (0–100) to the party.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Choice {
    /// Unique within the issue; the key matching options across files.
    pub label: String,
    /// Worth to this party, 0–100 (the most likely value when a range is given).
    pub value: f64,
    /// Lowest plausible value (format 2); `None`: the value itself.
    pub low: Option<f64>,
    /// Highest plausible value (format 2); `None`: the value itself.
    pub high: Option<f64>,
}

impl Choice {
    /// An option with an exact value.
    pub fn new(label: impl Into<String>, value: f64) -> Self {
        Choice {
            label: label.into(),
            value,
            low: None,
            high: None,
        }
    }

    /// `(low, high)` of the value: the value itself where no bound is given.
    pub fn range(&self) -> (f64, f64) {
        (
            self.low.unwrap_or(self.value),
            self.high.unwrap_or(self.value),
        )
    }
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

impl Issue {
    /// `(low, high)` of the weight: the weight itself where no bound is given.
    pub fn weight_range(&self) -> (f64, f64) {
        (
            self.weight_low.unwrap_or(self.weight),
            self.weight_high.unwrap_or(self.weight),
        )
    }
}

impl Position {
    /// The fields this party shares: its `shared` list, else the default.
    pub fn shared_fields(&self) -> FieldSet {
        self.shared.unwrap_or(FieldSet::DEFAULT_SHARED)
    }

    /// `(low, high)` of the reservation: the reservation itself where no bound is given.
    pub fn reservation_range(&self) -> (f64, f64) {
        (
            self.reservation_low.unwrap_or(self.reservation),
            self.reservation_high.unwrap_or(self.reservation),
        )
    }

    /// Whether any range bound is written (format 2), even one of zero width.
    pub fn uses_ranges(&self) -> bool {
        self.reservation_low.is_some()
            || self.reservation_high.is_some()
            || self.issues.iter().any(|i| {
                i.weight_low.is_some()
                    || i.weight_high.is_some()
                    || i.options
                        .iter()
                        .any(|c| c.low.is_some() || c.high.is_some())
            })
    }

    /// The lowest file format that holds everything this position uses: what saving writes.
    pub fn required_format(&self) -> u32 {
        FORMAT_FEATURES
            .iter()
            .filter(|f| (f.used)(self))
            .map(|f| f.format)
            .max()
            .unwrap_or(FIRST_FORMAT)
    }

    /// The features newer than `format` that this position uses (names, for messages).
    pub fn features_beyond(&self, format: u32) -> Vec<&'static str> {
        FORMAT_FEATURES
            .iter()
            .filter(|f| f.format > format && (f.used)(self))
            .map(|f| f.name)
            .collect()
    }

    /// Index of the issue with this id.
    pub fn issue_index(&self, id: &str) -> Option<usize> {
        self.issues.iter().position(|i| i.id == id)
    }
}

/// A field of a position file that a party may share with the other side or keep private.
///
/// Identity fields (party, party name, the file's title, round, date, marking, issue ids) are
/// always shown: they say whose file it is. Every other field is one of these. A new field must
/// be added here and say whether it is shared by default, or the leak tests fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// An issue's title.
    Title,
    /// An issue's agenda topic.
    Topic,
    /// An issue's stance text.
    Stance,
    /// The option labels of an issue.
    Options,
    /// What each option is worth to the party (and any range around it).
    Values,
    /// An issue's weight (and any range around it).
    Weight,
    /// The option the party aims for.
    Target,
    /// The worst option the party accepts.
    WalkAway,
    /// How readily the party moves.
    Flexibility,
    /// The interests behind a stance.
    Interests,
    /// The objective criteria argued from.
    Criteria,
    /// Free notes.
    Notes,
    /// Where the facts come from.
    Sources,
    /// What the party does without agreement.
    Batna,
    /// The overall score below which the party walks away (and any range around it).
    Reservation,
}

impl Field {
    /// Every field, in file order.
    pub const ALL: [Field; 15] = [
        Field::Title,
        Field::Topic,
        Field::Stance,
        Field::Options,
        Field::Values,
        Field::Weight,
        Field::Target,
        Field::WalkAway,
        Field::Flexibility,
        Field::Interests,
        Field::Criteria,
        Field::Notes,
        Field::Sources,
        Field::Batna,
        Field::Reservation,
    ];

    /// The name written in a file's `shared` list.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Topic => "topic",
            Field::Stance => "stance",
            Field::Options => "options",
            Field::Values => "values",
            Field::Weight => "weight",
            Field::Target => "target",
            Field::WalkAway => "walk_away",
            Field::Flexibility => "flexibility",
            Field::Interests => "interests",
            Field::Criteria => "criteria",
            Field::Notes => "notes",
            Field::Sources => "sources",
            Field::Batna => "batna",
            Field::Reservation => "reservation",
        }
    }

    /// The field's name as the interface shows it ("Walk-away" / "최저선"); [`Field::name`] is
    /// the one written in files.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::workspace::Work;
        match self {
            Field::Title => Work::FieldTitle,
            Field::Topic => Work::FieldTopic,
            Field::Stance => Work::FieldStance,
            Field::Options => Work::FieldOptions,
            Field::Values => Work::FieldValues,
            Field::Weight => Work::FieldWeight,
            Field::Target => Work::FieldTarget,
            Field::WalkAway => Work::FieldWalkAway,
            Field::Flexibility => Work::FieldFlexibility,
            Field::Interests => Work::FieldInterests,
            Field::Criteria => Work::FieldCriteria,
            Field::Notes => Work::FieldNotes,
            Field::Sources => Work::FieldSources,
            Field::Batna => Work::FieldBatna,
            Field::Reservation => Work::FieldReservation,
        }
        .get(lang)
    }

    /// The field with this file name.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A set of [`Field`]s.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FieldSet(u32);

impl std::fmt::Debug for FieldSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.iter().map(Field::name))
            .finish()
    }
}

impl FieldSet {
    /// No field.
    pub const NONE: FieldSet = FieldSet(0);
    /// Every field.
    pub const ALL: FieldSet = FieldSet((1 << Field::ALL.len()) - 1);
    /// What a file shares when it says nothing: words and labels, never a number or a bottom
    /// line (title, topic, stance, option labels, interests, criteria, sources).
    pub const DEFAULT_SHARED: FieldSet = FieldSet(
        (1 << Field::Title as u32)
            | (1 << Field::Topic as u32)
            | (1 << Field::Stance as u32)
            | (1 << Field::Options as u32)
            | (1 << Field::Interests as u32)
            | (1 << Field::Criteria as u32)
            | (1 << Field::Sources as u32),
    );
    /// The agenda alone: issue titles, topics and option labels.
    pub const AGENDA: FieldSet = FieldSet(
        (1 << Field::Title as u32) | (1 << Field::Topic as u32) | (1 << Field::Options as u32),
    );

    /// The set of these fields.
    pub fn of(fields: &[Field]) -> FieldSet {
        FieldSet(fields.iter().fold(0, |acc, f| acc | f.bit()))
    }

    /// Whether the set holds `f`.
    pub fn has(self, f: Field) -> bool {
        self.0 & f.bit() != 0
    }

    /// The set with `f` added or removed.
    pub fn with(self, f: Field, on: bool) -> FieldSet {
        if on {
            FieldSet(self.0 | f.bit())
        } else {
            FieldSet(self.0 & !f.bit())
        }
    }

    /// Fields in both sets.
    pub fn and(self, other: FieldSet) -> FieldSet {
        FieldSet(self.0 & other.0)
    }

    /// Fields of `self` not in `other`.
    pub fn minus(self, other: FieldSet) -> FieldSet {
        FieldSet(self.0 & !other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The fields, in file order.
    pub fn iter(self) -> impl Iterator<Item = Field> {
        Field::ALL.into_iter().filter(move |f| self.has(*f))
    }
}

impl Serialize for FieldSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(Field::name))
    }
}
