//! The workspace: the two open position files and their state, as plain data.

use std::path::{Path, PathBuf};

use crate::model::Position;

/// Which of the two columns of the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Side {
    /// The left file (by default the US position).
    Left,
    /// The right file (by default the ROK position).
    Right,
}

impl Side {
    /// Both sides, left first.
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    /// "left" or "right", for messages.
    pub fn name(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// One open position file.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it was loaded from or last saved to; `None` for a new, never-saved position.
    pub path: Option<PathBuf>,
    /// The position as it stands now (edits included).
    pub position: Position,
    /// Changes every time the position changes; undo restores the earlier number.
    pub version: u64,
    /// The version that matches the file on disk.
    pub saved_version: u64,
    /// Modification time and size of the file when last read or written, to notice when
    /// someone else changes it.
    pub disk: Option<DiskStamp>,
}

/// What identifies a file's contents cheaply: modification time and length.
pub type DiskStamp = (std::time::SystemTime, u64);

/// The stamp of a file now, if it can be read.
pub fn disk_stamp(path: &Path) -> Option<DiskStamp> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

impl Document {
    /// Whether there are edits not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.version != self.saved_version
    }

    /// File name for headers and titles.
    pub fn display_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "(unsaved)".into())
    }
}

/// The two sides. Either may be empty.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    /// Left file.
    pub left: Option<Document>,
    /// Right file.
    pub right: Option<Document>,
    next_version: u64,
}

impl Workspace {
    /// The document on a side.
    pub fn doc(&self, side: Side) -> Option<&Document> {
        match side {
            Side::Left => self.left.as_ref(),
            Side::Right => self.right.as_ref(),
        }
    }

    /// The document on a side, mutably.
    pub fn doc_mut(&mut self, side: Side) -> Option<&mut Document> {
        match side {
            Side::Left => self.left.as_mut(),
            Side::Right => self.right.as_mut(),
        }
    }

    /// The position on a side.
    pub fn position(&self, side: Side) -> Option<&Position> {
        self.doc(side).map(|d| &d.position)
    }

    /// A fresh version number (never reused, so a dirty check cannot be fooled).
    pub fn new_version(&mut self) -> u64 {
        self.next_version += 1;
        self.next_version
    }

    /// Put a freshly loaded position on a side, replacing what was there.
    pub fn install(&mut self, side: Side, path: Option<PathBuf>, position: Position) {
        let v = self.new_version();
        let disk = path.as_deref().and_then(disk_stamp);
        let doc = Document {
            path,
            position,
            version: v,
            saved_version: v,
            disk,
        };
        match side {
            Side::Left => self.left = Some(doc),
            Side::Right => self.right = Some(doc),
        }
    }

    /// Versions of both sides (0 for an empty side): a cheap key for caches.
    pub fn versions(&self) -> (u64, u64) {
        (
            self.left.as_ref().map_or(0, |d| d.version),
            self.right.as_ref().map_or(0, |d| d.version),
        )
    }

    /// Whether either side has unsaved edits.
    pub fn any_dirty(&self) -> bool {
        Side::BOTH
            .iter()
            .any(|&s| self.doc(s).is_some_and(Document::is_dirty))
    }
}
