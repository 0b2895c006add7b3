//! The analysis's warnings and ZOPA explanations as data, so that each reader words them in
//! its own language: the score view in the user's, `accord score` and the reports in English
//! (the `warnings` and `messages` strings of [`crate::scoring::Analysis`], built from these).

use crate::i18n::Lang;
use crate::i18n::score::Score as T;
use crate::scoring::agenda::{Agenda, LEFT, RIGHT};

/// One warning or ZOPA explanation. Sides are `LEFT` / `RIGHT`; numbers are scores (0–100).
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// No issue in common with options.
    NoCommonIssues,
    /// Issues only one side holds: `ids` joined with ", ".
    OneSided {
        /// The side holding them.
        side: usize,
        /// Their ids, joined.
        ids: String,
    },
    /// An issue in both files without any option.
    NoOptions {
        /// The issue's id.
        id: String,
    },
    /// A side gives every joint issue weight 0.
    ZeroWeights {
        /// The side.
        side: usize,
    },
    /// Options a side has not valued: `labels` quoted and joined.
    NotValued {
        /// The issue's id.
        id: String,
        /// The side.
        side: usize,
        /// The options, quoted and joined.
        labels: String,
    },
    /// The frontier was thinned past `limit` points per step.
    Thinned {
        /// Points per step.
        limit: usize,
    },
    /// No package is acceptable to both.
    EmptyZopa,
    /// The sensitivity was checked against today's frontier only.
    SensitivityApprox,
    /// No joint issue, so no ZOPA.
    NoJointIssue,
    /// No option of an issue clears both walk-aways.
    WalkAwayBlocked {
        /// The issue's id.
        id: String,
        /// The option needing the smallest move.
        label: String,
        /// How far each side would have to lower its walk-away.
        by: [f64; 2],
    },
    /// A side cannot reach its reservation.
    ReservationUnreachable {
        /// The side.
        side: usize,
        /// Its reservation.
        reservation: f64,
        /// Its best package within the walk-aways.
        best: f64,
    },
    /// Each side can reach its reservation, but no single package both.
    NoSinglePackage {
        /// The two reservations.
        reservation: [f64; 2],
    },
    /// A side alone would have to lower its reservation by `by`.
    MoveAlone {
        /// The side.
        side: usize,
        /// Points.
        by: f64,
    },
    /// A side lowering its reservation alone cannot open a ZOPA.
    MoveAloneCannot {
        /// The side.
        side: usize,
    },
    /// Both lowering their reservations by `by` each.
    MoveBoth {
        /// Points.
        by: f64,
    },
}

impl Note {
    /// The note in words, in a language; `ag` names the sides.
    pub fn text_in(&self, ag: &Agenda, lang: Lang) -> String {
        let name = |s: usize| ag.name_in(s, lang);
        let n1 = |v: f64| format!("{v:.1}");
        match self {
            Note::NoCommonIssues => T::NoteNoCommon.get(lang).to_owned(),
            Note::OneSided { side, ids } => T::NoteOneSided.fmt(lang, &[&name(*side), ids]),
            Note::NoOptions { id } => T::NoteNoOptions.fmt(lang, &[id]),
            Note::ZeroWeights { side } => T::NoteZeroWeights.fmt(lang, &[&name(*side)]),
            Note::NotValued { id, side, labels } => {
                T::NoteNotValued.fmt(lang, &[id, &name(*side), labels])
            }
            Note::Thinned { limit } => T::NoteThinned.fmt(lang, &[limit]),
            Note::EmptyZopa => T::NoteEmptyZopa.get(lang).to_owned(),
            Note::SensitivityApprox => T::NoteSensitivity.get(lang).to_owned(),
            Note::NoJointIssue => T::NoteNoJoint.get(lang).to_owned(),
            Note::WalkAwayBlocked { id, label, by } => T::NoteBlocked.fmt(
                lang,
                &[
                    id,
                    label,
                    &name(LEFT),
                    &n1(by[LEFT]),
                    &name(RIGHT),
                    &n1(by[RIGHT]),
                ],
            ),
            Note::ReservationUnreachable {
                side,
                reservation,
                best,
            } => T::NoteUnreachable.fmt(lang, &[&name(*side), &n1(*reservation), &n1(*best)]),
            Note::NoSinglePackage { reservation } => {
                T::NoteNoSingle.fmt(lang, &[&n1(reservation[LEFT]), &n1(reservation[RIGHT])])
            }
            Note::MoveAlone { side, by } => T::NoteMoveAlone.fmt(lang, &[&name(*side), &n1(*by)]),
            Note::MoveAloneCannot { side } => T::NoteMoveAloneCannot.fmt(lang, &[&name(*side)]),
            Note::MoveBoth { by } => T::NoteMoveBoth.fmt(lang, &[&n1(*by)]),
        }
    }

    /// The notes in English, for the command line and the reports.
    pub fn english(notes: &[Note], ag: &Agenda) -> Vec<String> {
        notes.iter().map(|n| n.text_in(ag, Lang::En)).collect()
    }
}
