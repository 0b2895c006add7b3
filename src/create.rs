//! New positions: a blank one, or one on the agenda the other side tabled.
//!
//! Pure functions over the model; the command line (`accord new`) and the app's File ▸ New
//! use them. A new position always passes [`crate::format::validate`], so it can be saved as is.

use std::path::Path;

use crate::format;
use crate::model::{Choice, Issue, Position};

/// The party code of a new position when none is named.
pub const DEFAULT_PARTY: &str = "NEW";

/// The id of the one empty issue of a blank position.
pub const FIRST_ISSUE_ID: &str = "issue-1";

/// A blank position for `party`: one empty issue (id [`FIRST_ISSUE_ID`], no title, no options),
/// for the user to fill in.
pub fn blank(party: &str) -> Position {
    Position {
        party: party_or_default(party),
        issues: vec![Issue {
            id: FIRST_ISSUE_ID.to_owned(),
            ..Issue::default()
        }],
        ..Position::default()
    }
}

/// A position for `party` on the same agenda as `other`: the same issue ids, topics, titles and
/// option labels, in the same order; every value 0, every weight 1, stances and everything else
/// empty. The round and the marking are kept (the answer belongs to the same round and carries
/// the same banner); nothing else of `other`'s header is copied.
pub fn from_agenda(other: &Position, party: &str) -> Position {
    Position {
        party: party_or_default(party),
        round: other.round,
        marking: other.marking.clone(),
        issues: other
            .issues
            .iter()
            .map(|i| Issue {
                id: i.id.clone(),
                topic: i.topic.clone(),
                title: i.title.clone(),
                options: i
                    .options
                    .iter()
                    .map(|c| Choice {
                        label: c.label.clone(),
                        value: 0.0,
                        ..Choice::default()
                    })
                    .collect(),
                ..Issue::default()
            })
            .collect(),
        ..Position::default()
    }
}

fn party_or_default(party: &str) -> String {
    if party.trim().is_empty() {
        DEFAULT_PARTY.to_owned()
    } else {
        party.to_owned()
    }
}

/// Why a new file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteNewError {
    /// The target exists: new files never overwrite.
    #[error(
        "{0}: already exists, not overwritten\n  hint: pick another name, or delete the file first"
    )]
    Exists(String),
    /// Saving failed (the position would not load, or the disk refused).
    #[error("{0}")]
    Save(#[from] format::SaveError),
}

/// Write a position to a file that must not exist yet (atomically, in the canonical layout).
pub fn write_new(path: &Path, p: &Position) -> Result<(), WriteNewError> {
    refuse_existing(path)?;
    format::save_atomic(path, p)?;
    Ok(())
}

/// Refuse a target that exists (a file, a folder or anything else).
pub fn refuse_existing(path: &Path) -> Result<(), WriteNewError> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(WriteNewError::Exists(path.display().to_string()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_position_is_valid_and_has_one_empty_issue() {
        let p = blank("ROK");
        assert!(format::validate(&p).is_empty());
        assert_eq!(p.party, "ROK");
        assert_eq!(p.issues.len(), 1);
        assert_eq!(p.issues[0].title, "");
        assert!(p.issues[0].options.is_empty());
        assert_eq!(blank("  ").party, DEFAULT_PARTY);
    }

    #[test]
    fn the_agenda_is_copied_without_the_other_sides_values() {
        let us = format::load_file(&crate::sample_path("us.ron")).unwrap();
        let p = from_agenda(&us, "RT");
        assert!(format::validate(&p).is_empty());
        assert_eq!(p.party, "RT");
        assert_eq!(p.round, us.round);
        assert_eq!(p.batna, "");
        assert_eq!(p.issues.len(), us.issues.len());
        for (a, b) in p.issues.iter().zip(&us.issues) {
            assert_eq!((&a.id, &a.topic, &a.title), (&b.id, &b.topic, &b.title));
            let la: Vec<_> = a.options.iter().map(|c| &c.label).collect();
            let lb: Vec<_> = b.options.iter().map(|c| &c.label).collect();
            assert_eq!(la, lb);
            assert!(a.options.iter().all(|c| c.value == 0.0));
            assert_eq!(a.weight, 1.0);
            assert_eq!(a.stance, "");
            assert!(a.interests.is_empty() && a.target.is_none() && a.walk_away.is_none());
        }
    }
}
