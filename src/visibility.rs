//! Who may see what: the one place that decides which fields of which file an audience sees.
//!
//! Every view and every export asks [`view`] for the positions as the audience may see them and
//! draws only that. Fields an audience may not see are removed from the copy it gets (strings
//! emptied, numbers zeroed, labels dropped) *and* listed in [`SideView::hidden`], so a view can
//! say "private" where a value would be; a view that forgot to ask would show a blank, never
//! the value. `docs/privacy.md` states the rules.

use crate::model::{Field, FieldSet, Flexibility, Position};
use crate::workspace::Side;

/// Who is looking: the room on screen, or the reader of a handout.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Audience {
    /// The facilitator: everything (today's behaviour).
    #[default]
    Facilitator,
    /// One delegation: its own file in full, the other side's shared fields.
    Party(Side),
    /// Both delegations together: shared fields only.
    Joint,
}

impl Audience {
    /// How wide the audience's view is: facilitator 2, a delegation 1, the joint room 0.
    /// Going to a wider room than the one on screen asks first.
    pub fn breadth(self) -> u8 {
        match self {
            Audience::Facilitator => 2,
            Audience::Party(_) => 1,
            Audience::Joint => 0,
        }
    }

    /// Whether moving from `self` to `to` shows something `self` did not: any move except to
    /// the joint room, the facilitator's room to anything, or staying.
    pub fn widening_to(self, to: Audience) -> bool {
        self != to && to != Audience::Joint && self != Audience::Facilitator
    }

    /// The room's name, with the parties' codes where known ("US delegation").
    pub fn label(self, parties: [Option<&str>; 2]) -> String {
        self.label_in(parties, crate::i18n::Lang::En)
    }

    /// The audience's name in a language ("ROK delegation", "ROK 대표단").
    pub fn label_in(self, parties: [Option<&str>; 2], lang: crate::i18n::Lang) -> String {
        use crate::i18n::notice::Notice as N;
        match self {
            Audience::Facilitator => N::Facilitator.get(lang).into(),
            Audience::Joint => N::JointSession.get(lang).into(),
            Audience::Party(s) => match party_of(parties, s) {
                Some(p) => N::Delegation.fmt(lang, &[&p]),
                None => N::Delegation.fmt(lang, &[&crate::i18n::side_name(s, lang)]),
            },
        }
    }

    /// The audience a `--for` argument names: `joint`, `facilitator`, or a file's party code
    /// (case-insensitive). `Err` says what went wrong and what would work.
    pub fn parse(arg: &str, parties: [&str; 2]) -> Result<Audience, String> {
        let a = arg.trim();
        if a.eq_ignore_ascii_case("joint") {
            return Ok(Audience::Joint);
        }
        if a.eq_ignore_ascii_case("facilitator") || a.eq_ignore_ascii_case("all") {
            return Ok(Audience::Facilitator);
        }
        let matches: Vec<Side> = Side::BOTH
            .into_iter()
            .filter(|s| parties[*s as usize].trim().eq_ignore_ascii_case(a))
            .collect();
        match matches.as_slice() {
            [s] => Ok(Audience::Party(*s)),
            [] => Err(format!(
                "`{a}` is neither party of these files ({} and {})",
                parties[0], parties[1]
            )),
            _ => Err(format!(
                "both files are for party `{a}`, so a handout for `{a}` cannot tell them apart"
            )),
        }
    }

    /// A short token for file names: `facilitator`, `joint`, or the party code.
    pub fn slug(self, parties: [&str; 2]) -> String {
        match self {
            Audience::Facilitator => "facilitator".into(),
            Audience::Joint => "joint".into(),
            Audience::Party(s) => {
                let p: String = parties[s as usize]
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if p.is_empty() { s.name().into() } else { p }
            }
        }
    }
}

fn party_of(parties: [Option<&str>; 2], s: Side) -> Option<&str> {
    parties[s as usize].map(str::trim).filter(|p| !p.is_empty())
}

/// One side as an audience may see it.
#[derive(Debug, Clone, PartialEq)]
pub struct SideView {
    /// The position with every field the audience may not see removed.
    pub position: Position,
    /// The fields removed.
    pub hidden: FieldSet,
    /// The file is an estimate shown to someone other than the delegation that made it:
    /// only its agenda is left.
    pub estimate_withheld: bool,
}

impl SideView {
    /// Whether the audience sees everything of this file.
    pub fn full(&self) -> bool {
        self.hidden.is_empty()
    }

    /// Whether the audience sees this field.
    pub fn shows(&self, f: Field) -> bool {
        !self.hidden.has(f)
    }
}

/// The fields of the file on `side` that `audience` sees. `positions` are both files (either
/// may be missing).
pub fn shown_fields(positions: [Option<&Position>; 2], side: Side, audience: Audience) -> FieldSet {
    let Some(p) = positions[side as usize] else {
        return FieldSet::NONE;
    };
    // An estimate is its maker's work: the delegation across the table from the party it
    // estimates. Anyone else sees its agenda only.
    let maker = Audience::Party(side.other());
    match audience {
        Audience::Facilitator => FieldSet::ALL,
        _ if p.estimate && audience != maker => FieldSet::AGENDA,
        Audience::Party(s) if s == side => FieldSet::ALL,
        _ if p.estimate => FieldSet::ALL,
        _ => {
            // Values are meaningless without their labels: sharing values shares the labels.
            let s = p.shared_fields();
            s.with(
                Field::Options,
                s.has(Field::Options) || s.has(Field::Values),
            )
        }
    }
}

/// Both sides as `audience` may see them.
pub fn view(positions: [Option<&Position>; 2], audience: Audience) -> [Option<SideView>; 2] {
    Side::BOTH.map(|side| {
        let p = positions[side as usize]?;
        let shown = shown_fields(positions, side, audience);
        Some(SideView {
            position: redact(p, shown),
            hidden: FieldSet::ALL.minus(shown),
            estimate_withheld: p.estimate && shown == FieldSet::AGENDA,
        })
    })
}

/// Another file of one of the parties (an earlier round, a file on disk) as `audience` may see
/// it: judged as the open file of the same party would be (by its `party` code, its own
/// `shared` list and `estimate` flag). A file of neither party is shown to the facilitator only
/// in full; anyone else sees its shared fields.
pub fn redact_file(
    p: &Position,
    positions: [Option<&Position>; 2],
    audience: Audience,
) -> Position {
    if audience == Audience::Facilitator {
        return p.clone();
    }
    let party = p.party.trim();
    let side = Side::BOTH
        .into_iter()
        .find(|s| positions[*s as usize].is_some_and(|o| o.party.trim() == party));
    let shown = match side {
        Some(s) => {
            let mut slots = positions;
            slots[s as usize] = Some(p);
            shown_fields(slots, s, audience)
        }
        None if p.estimate => FieldSet::AGENDA,
        None => {
            let s = p.shared_fields();
            s.with(
                Field::Options,
                s.has(Field::Options) || s.has(Field::Values),
            )
        }
    };
    redact(p, shown)
}

/// A copy of `p` holding only the `shown` fields (identity fields always stay).
pub fn redact(p: &Position, shown: FieldSet) -> Position {
    if shown == FieldSet::ALL {
        return p.clone();
    }
    let keep = |f: Field| shown.has(f);
    let mut out = Position {
        party: p.party.clone(),
        party_name: p.party_name.clone(),
        title: p.title.clone(),
        round: p.round,
        as_of: p.as_of.clone(),
        marking: p.marking.clone(),
        batna: if keep(Field::Batna) {
            p.batna.clone()
        } else {
            String::new()
        },
        reservation: if keep(Field::Reservation) {
            p.reservation
        } else {
            0.0
        },
        reservation_low: p.reservation_low.filter(|_| keep(Field::Reservation)),
        reservation_high: p.reservation_high.filter(|_| keep(Field::Reservation)),
        issues: Vec::with_capacity(p.issues.len()),
        shared: p.shared,
        estimate: p.estimate,
        // Comments are the owner's notes in the file, in no shared field: never shown.
        comments: Default::default(),
    };
    for i in &p.issues {
        let text = |f: Field, s: &String| if keep(f) { s.clone() } else { String::new() };
        let list = |f: Field, l: &Vec<String>| if keep(f) { l.clone() } else { Vec::new() };
        let mut issue = i.clone();
        issue.title = text(Field::Title, &i.title);
        issue.topic = text(Field::Topic, &i.topic);
        issue.stance = text(Field::Stance, &i.stance);
        if !keep(Field::Weight) {
            issue.weight = 0.0;
            issue.weight_low = None;
            issue.weight_high = None;
        }
        if !keep(Field::Options) {
            issue.options.clear();
        } else if !keep(Field::Values) {
            for c in &mut issue.options {
                c.value = 0.0;
                c.low = None;
                c.high = None;
            }
        }
        if !keep(Field::Target) || !keep(Field::Options) {
            issue.target = None;
        }
        if !keep(Field::WalkAway) || !keep(Field::Options) {
            issue.walk_away = None;
        }
        if !keep(Field::Flexibility) {
            issue.flexibility = Flexibility::default();
        }
        issue.interests = list(Field::Interests, &i.interests);
        issue.criteria = list(Field::Criteria, &i.criteria);
        issue.notes = text(Field::Notes, &i.notes);
        issue.sources = list(Field::Sources, &i.sources);
        out.issues.push(issue);
    }
    out
}

/// The target a room may see on an issue: the explicit one when targets are shown, the
/// highest-valued option only when values are shown too (it is derived from them).
pub fn shown_target(issue: &crate::model::Issue, hidden: FieldSet) -> Option<&str> {
    if hidden.has(Field::Target) {
        None
    } else if hidden.has(Field::Values) {
        issue.target.as_deref()
    } else {
        issue.effective_target()
    }
}

/// What a mediator may suggest: the names of the Nash, Kalai–Smorodinsky and largest-joint-gain
/// packages and, per joint issue, its title and each package's option label ("—" where a
/// package has none). No score is in it.
pub fn suggested_packages(
    a: &crate::scoring::analysis::Analysis,
) -> (Vec<&'static str>, Vec<(String, Vec<String>)>) {
    let picks = [
        ("Balanced (Nash)", a.nash.as_ref()),
        (
            "Proportional (Kalai–Smorodinsky)",
            a.kalai_smorodinsky.as_ref(),
        ),
        ("Largest joint gain", a.max_joint.as_ref()),
    ];
    let rows = a
        .agenda
        .issues
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let labels = picks
                .iter()
                .map(|(_, p)| {
                    p.and_then(|p| p.package.get(k))
                        .and_then(|&o| i.labels.get(o))
                        .cloned()
                        .unwrap_or_else(|| "—".into())
                })
                .collect();
            (i.title.clone(), labels)
        })
        .collect();
    (picks.iter().map(|(n, _)| *n).collect(), rows)
}

/// The fields whose numbers a two-sided analysis needs.
const ANALYSIS: [Field; 4] = [
    Field::Values,
    Field::Weight,
    Field::Reservation,
    Field::WalkAway,
];

/// What analysis an audience may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insight {
    /// Both sides' numbers are visible: the full two-sided analysis.
    Full,
    /// Only this side's numbers: its own scores, reservation and walk-aways, nothing of the
    /// other side's.
    Own(Side),
    /// What a mediator may say: whether a package acceptable to both exists, and suggested
    /// packages by their option labels; never a side's score.
    Mediator,
    /// No analysis can be shown.
    None,
}

/// The analysis `audience` may see, given both files.
pub fn insight(positions: [Option<&Position>; 2], audience: Audience) -> Insight {
    let sees_numbers = |side: Side| {
        let shown = shown_fields(positions, side, audience);
        positions[side as usize].is_some() && ANALYSIS.iter().all(|f| shown.has(*f))
    };
    match audience {
        Audience::Facilitator => Insight::Full,
        _ if sees_numbers(Side::Left) && sees_numbers(Side::Right) => Insight::Full,
        // An estimate's numbers are its maker's guesses: suggesting packages from them in the
        // joint room would show what the maker thinks of the other side.
        Audience::Joint if positions.iter().flatten().any(|p| p.estimate) => Insight::None,
        Audience::Joint => Insight::Mediator,
        Audience::Party(s) if sees_numbers(s) => Insight::Own(s),
        Audience::Party(_) => Insight::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Issue};

    fn pos(party: &str) -> Position {
        Position {
            party: party.into(),
            party_name: format!("{party} name"),
            title: "T".into(),
            batna: format!("{party}-batna"),
            reservation: 42.0,
            issues: vec![Issue {
                id: "a".into(),
                topic: "Topic".into(),
                title: "Title".into(),
                stance: format!("{party}-stance"),
                weight: 7.0,
                options: vec![
                    Choice {
                        label: "x".into(),
                        value: 90.0,
                        ..Choice::default()
                    },
                    Choice {
                        label: "y".into(),
                        value: 30.0,
                        ..Choice::default()
                    },
                ],
                target: Some("x".into()),
                walk_away: Some("y".into()),
                notes: format!("{party}-notes"),
                ..Issue::default()
            }],
            ..Position::default()
        }
    }

    #[test]
    fn default_sharing_hides_every_number_and_bottom_line() {
        let (us, rok) = (pos("US"), pos("ROK"));
        let v = view([Some(&us), Some(&rok)], Audience::Party(Side::Left));
        let own = v[0].as_ref().unwrap();
        assert!(own.full());
        assert_eq!(own.position, us);
        let other = v[1].as_ref().unwrap();
        let i = &other.position.issues[0];
        assert_eq!(other.position.batna, "");
        assert_eq!(other.position.reservation, 0.0);
        assert_eq!(i.stance, "ROK-stance");
        assert_eq!(i.weight, 0.0);
        assert_eq!(i.options.iter().map(|c| c.value).sum::<f64>(), 0.0);
        assert_eq!(i.options.len(), 2);
        assert_eq!((i.target.as_deref(), i.walk_away.as_deref()), (None, None));
        assert_eq!(i.notes, "");
        for f in [
            Field::Values,
            Field::Weight,
            Field::Target,
            Field::WalkAway,
            Field::Batna,
        ] {
            assert!(other.hidden.has(f), "{f:?}");
        }
        assert!(!other.hidden.has(Field::Stance));
    }

    #[test]
    fn joint_room_hides_both_and_estimates_show_only_to_their_maker() {
        let us = pos("US");
        let mut est = pos("ROK");
        est.estimate = true;
        let both = [Some(&us), Some(&est)];
        let joint = view(both, Audience::Joint);
        assert!(!joint[0].as_ref().unwrap().full());
        let e = joint[1].as_ref().unwrap();
        assert!(e.estimate_withheld);
        assert_eq!(e.position.issues[0].stance, "");
        assert_eq!(e.position.issues[0].title, "Title");
        // The maker (the US delegation) sees its estimate in full.
        let us_room = view(both, Audience::Party(Side::Left));
        assert!(us_room[1].as_ref().unwrap().full());
        assert_eq!(insight(both, Audience::Party(Side::Left)), Insight::Full);
        // The estimated side does not.
        let rok_room = view(both, Audience::Party(Side::Right));
        assert!(rok_room[1].as_ref().unwrap().estimate_withheld);
        assert_eq!(insight(both, Audience::Party(Side::Right)), Insight::None);
    }

    #[test]
    fn a_file_may_widen_or_narrow_what_it_shares() {
        let us = pos("US");
        let mut rok = pos("ROK");
        rok.shared = Some(FieldSet::of(&[Field::Title, Field::Values]));
        let v = view([Some(&us), Some(&rok)], Audience::Party(Side::Left));
        let r = v[1].as_ref().unwrap();
        assert_eq!(r.position.issues[0].options[0].value, 90.0);
        assert_eq!(r.position.issues[0].stance, "");
        assert_eq!(
            r.position.issues[0].options.len(),
            2,
            "values bring their labels"
        );
        rok.shared = Some(FieldSet::ALL);
        let both = [Some(&us), Some(&rok)];
        assert_eq!(
            view(both, Audience::Joint)[1].as_ref().unwrap().position,
            rok
        );
        assert_eq!(insight(both, Audience::Party(Side::Left)), Insight::Full);
        assert_eq!(insight(both, Audience::Joint), Insight::Mediator);
    }

    #[test]
    fn rooms_and_arguments() {
        assert!(Audience::Joint.widening_to(Audience::Facilitator));
        assert!(Audience::Joint.widening_to(Audience::Party(Side::Left)));
        assert!(Audience::Party(Side::Left).widening_to(Audience::Party(Side::Right)));
        assert!(!Audience::Party(Side::Left).widening_to(Audience::Joint));
        assert!(!Audience::Facilitator.widening_to(Audience::Joint));
        let parties = ["US", "ROK"];
        assert_eq!(
            Audience::parse("rok", parties),
            Ok(Audience::Party(Side::Right))
        );
        assert_eq!(Audience::parse("Joint", parties), Ok(Audience::Joint));
        assert!(Audience::parse("JP", parties).is_err());
        assert!(Audience::parse("US", ["US", "US"]).is_err());
        assert_eq!(
            Audience::Party(Side::Right).label([Some("US"), Some("ROK")]),
            "ROK delegation"
        );
    }
}
