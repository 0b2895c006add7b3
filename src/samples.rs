//! The sample positions, embedded in the binary, so that an installed copy (a `.deb`, a copied
//! `accord.exe`) opens them without the source tree.
//!
//! The app started with no files writes them once to a per-user folder and opens those copies,
//! so that saving works and a user's edits are never overwritten by a later start.

use std::io;
use std::path::{Path, PathBuf};

/// Every sample: its file name (relative to `positions/`) and its text.
pub const SAMPLES: &[(&str, &str)] = &[
    ("us.ron", include_str!("../positions/us.ron")),
    ("rok.ron", include_str!("../positions/rok.ron")),
    ("us.r2.ron", include_str!("../positions/us.r2.ron")),
    ("rok.r2.ron", include_str!("../positions/rok.r2.ron")),
    (
        "estimates/rok.ron",
        include_str!("../positions/estimates/rok.ron"),
    ),
];

/// The pair the app opens when it has nothing else to open: left, right.
pub const DEFAULT_PAIR: (&str, &str) = ("us.ron", "rok.ron");

/// The text of one embedded sample, by its name in [`SAMPLES`].
pub fn text(name: &str) -> Option<&'static str> {
    SAMPLES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Where the app keeps its copies of the samples: `$ACCORD_SAMPLES_DIR` if set, else
/// `accord/samples` in the per-user data folder (see [`crate::recovery::data_dir`]).
pub fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ACCORD_SAMPLES_DIR") {
        return Some(PathBuf::from(d));
    }
    crate::recovery::data_dir().map(|d| d.join("accord").join("samples"))
}

/// Why `accord samples DIR` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// Some sample files are already there: nothing was written.
    #[error(
        "{}: already exists; nothing written (hint: choose an empty folder, or move the file away)",
        .0.display()
    )]
    Exists(PathBuf),
    /// The folder or a file could not be written.
    #[error("{}: cannot write: {}", .0.display(), .1)]
    Io(PathBuf, io::Error),
}

/// Write every sample into `dir` (`accord samples DIR`). Refuses, writing nothing, if any of
/// them already exists there. Returns the paths written, in [`SAMPLES`] order.
pub fn write_all(dir: &Path) -> Result<Vec<PathBuf>, WriteError> {
    if let Some(p) = SAMPLES
        .iter()
        .map(|(n, _)| dir.join(n))
        .find(|p| p.exists())
    {
        return Err(WriteError::Exists(p));
    }
    SAMPLES
        .iter()
        .map(|(n, t)| write_one(&dir.join(n), t))
        .collect()
}

/// Write the samples that are missing from `dir`, never touching one that exists (it may hold
/// the user's edits). Returns how many were written.
pub fn ensure(dir: &Path) -> Result<usize, WriteError> {
    let mut written = 0;
    for (n, t) in SAMPLES {
        let p = dir.join(n);
        if !p.exists() {
            write_one(&p, t)?;
            written += 1;
        }
    }
    Ok(written)
}

fn write_one(path: &Path, text: &str) -> Result<PathBuf, WriteError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| WriteError::Io(parent.to_path_buf(), e))?;
    }
    crate::format::write_atomic(path, text.as_bytes())
        .map_err(|e| WriteError::Io(path.to_path_buf(), e))?;
    Ok(path.to_path_buf())
}

/// The files the app opens when started with no files and none remembered: the user's copies
/// of the default pair in [`dir`], written there first if missing. Falls back to the source
/// tree's `positions/` (a development checkout) when no per-user folder can be written; the
/// error says why.
pub fn default_pair() -> (PathBuf, PathBuf, Result<Option<PathBuf>, String>) {
    let (l, r) = DEFAULT_PAIR;
    let fallback = |why: String| (crate::sample_path(l), crate::sample_path(r), Err(why));
    let Some(dir) = dir() else {
        return fallback("no per-user data folder (HOME is not set)".to_string());
    };
    match ensure(&dir) {
        Ok(n) => (dir.join(l), dir.join(r), Ok((n > 0).then(|| dir.clone()))),
        Err(e) => fallback(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ensure_writes_missing_and_keeps_edited_copies() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(ensure(tmp.path()).unwrap(), SAMPLES.len());
        let us = tmp.path().join("us.ron");
        std::fs::write(&us, "edited").unwrap();
        std::fs::remove_file(tmp.path().join("rok.ron")).unwrap();
        assert_eq!(ensure(tmp.path()).unwrap(), 1);
        assert_eq!(std::fs::read_to_string(&us).unwrap(), "edited");
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("rok.ron")).unwrap(),
            text("rok.ron").unwrap()
        );
    }

    #[test]
    fn write_all_refuses_and_writes_nothing_when_one_exists() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("rok.r2.ron"), "mine").unwrap();
        let e = write_all(tmp.path()).unwrap_err();
        assert!(
            matches!(e, WriteError::Exists(ref p) if p.ends_with("rok.r2.ron")),
            "{e}"
        );
        assert!(!tmp.path().join("us.ron").exists());
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("rok.r2.ron")).unwrap(),
            "mine"
        );
    }

    #[test]
    fn every_sample_loads() {
        for (n, t) in SAMPLES {
            crate::format::load_bytes(n, t.as_bytes()).unwrap();
        }
    }
}
