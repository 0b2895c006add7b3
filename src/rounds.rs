//! Rounds of a negotiation on disk: how round files are named, which rounds lie beside an open
//! file, positions read from disk (cached by disk stamp), and the concession series the rounds
//! panel charts. Plain data and functions; the window only draws [`RoundsInfo`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::Position;
use crate::workspace::{DiskStamp, Side, Workspace, disk_stamp};

/// The file of round `next` beside `path`: `us.ron` or `us.r1.ron` → `us.r{next}.ron`.
pub fn next_round_path(path: &Path, next: u32) -> PathBuf {
    path.with_file_name(format!("{}.r{next}.ron", round_base(path).0))
}

/// A position file's name without its round: `us.r2.ron` → (`us`, Some(2)), `us.ron` → (`us`, None).
pub fn round_base(path: &Path) -> (String, Option<u32>) {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match stem.rsplit_once(".r") {
        Some((b, n)) if !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) => {
            (b.to_owned(), n.parse().ok())
        }
        _ => (stem, None),
    }
}

/// The rounds of one side found beside its file: `(round from the name, path)`, oldest first.
/// `us.ron` counts as round 1, `us.rN.ron` as round N.
pub fn rounds_beside(path: &Path) -> Vec<(u32, PathBuf)> {
    let (base, _) = round_base(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "ron") {
                continue;
            }
            match round_base(&p) {
                (b, None) if b == base => out.push((1, p)),
                (b, Some(n)) if b == base => out.push((n, p)),
                _ => {}
            }
        }
    }
    out.sort();
    out
}

/// The round number of `path` among the rounds beside it (0 when it is not one of them).
pub fn round_of(path: &Path) -> u32 {
    rounds_beside(path)
        .into_iter()
        .find(|(_, q)| q == path)
        .map_or(0, |(n, _)| n)
}

/// The latest earlier round of an open document, read from beside its file.
pub fn previous_round(path: &Path, round: u32) -> Option<Position> {
    rounds_beside(path)
        .into_iter()
        .rfind(|(n, p)| *n < round && p.as_path() != path)
        .and_then(|(_, p)| crate::format::load_file(&p).ok())
}

/// A position read from disk, or why it could not be.
pub type DiskResult = Result<Arc<Position>, String>;

/// Positions read from disk, each kept until its file changes (by modification time and size).
#[derive(Debug, Default)]
pub struct DiskFiles {
    entries: Vec<(PathBuf, Option<DiskStamp>, DiskResult)>,
}

/// At most this many files are kept.
const MAX_DISK_FILES: usize = 32;

impl DiskFiles {
    /// The position in `path` as it is on disk now.
    pub fn get(&mut self, path: &Path) -> DiskResult {
        let stamp = disk_stamp(path);
        if let Some((_, _, r)) = self
            .entries
            .iter()
            .find(|(p, s, _)| p == path && *s == stamp)
        {
            return r.clone();
        }
        let r = crate::format::load_file(path)
            .map(Arc::new)
            .map_err(|e| e.to_string());
        self.entries.retain(|(p, _, _)| p != path);
        if self.entries.len() >= MAX_DISK_FILES {
            let _ = self.entries.remove(0);
        }
        self.entries.push((path.to_path_buf(), stamp, r.clone()));
        r
    }
}

/// The rounds of one open side.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideRounds {
    /// The side.
    pub side: Option<Side>,
    /// Its party code.
    pub party: String,
    /// The round files beside its file, oldest first.
    pub rounds: Vec<(u32, PathBuf)>,
    /// `[round, cumulative points conceded to the other side]`, from the second round on.
    pub concessions: Vec<[f64; 2]>,
}

/// What the rounds panel shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoundsInfo {
    /// One entry per open side that has a file.
    pub sides: Vec<SideRounds>,
}

/// The rounds beside each open file and the concessions round by round, in the other side's
/// points (scored with the other side's position as open now).
pub fn rounds_info(ws: &Workspace, files: &mut DiskFiles) -> RoundsInfo {
    let mut sides = Vec::new();
    for side in Side::BOTH {
        let Some(doc) = ws.doc(side) else { continue };
        let Some(path) = doc.path.as_deref() else {
            continue;
        };
        let rounds = rounds_beside(path);
        let other = ws.position(side.other());
        let loaded: Vec<(u32, DiskResult)> =
            rounds.iter().map(|(n, p)| (*n, files.get(p))).collect();
        let mut total = 0.0;
        let mut points = Vec::new();
        for pair in loaded.windows(2) {
            if let ((a, Ok(old)), (b, Ok(new))) = (&pair[0], &pair[1]) {
                if points.is_empty() {
                    points.push([f64::from(*a), 0.0]);
                }
                let c = crate::diff::concession::concessions(old, new, other);
                total += c.other_points().unwrap_or(0.0);
                points.push([f64::from(*b), total]);
            }
        }
        sides.push(SideRounds {
            side: Some(side),
            party: doc.position.party.clone(),
            rounds,
            concessions: points,
        });
    }
    RoundsInfo { sides }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_names() {
        assert_eq!(
            round_base(Path::new("a/us.r12.ron")),
            ("us".into(), Some(12))
        );
        assert_eq!(round_base(Path::new("us.ron")), ("us".into(), None));
        assert_eq!(round_base(Path::new("us.rx.ron")), ("us.rx".into(), None));
        assert_eq!(
            next_round_path(Path::new("d/us.r2.ron"), 3),
            PathBuf::from("d/us.r3.ron")
        );
        assert_eq!(
            next_round_path(Path::new("d/us.ron"), 2),
            PathBuf::from("d/us.r2.ron")
        );
    }
}
