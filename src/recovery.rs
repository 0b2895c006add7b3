//! Crash recovery: unsaved edits are written every few seconds to recovery files, never over
//! the user's file; the next start offers to restore them.
//!
//! Where: `$ACCORD_RECOVERY_DIR` if set, else the platform's data directory
//! (Linux `~/.local/share/accord/recovery`, macOS `~/Library/Application Support/accord/recovery`,
//! Windows `%APPDATA%\accord\recovery`). Per side two files: `left.ron` (the position in the
//! canonical format, so it can also be opened by hand) and `left.meta.ron` (where the original
//! file lives, when and which edit the snapshot holds). Writes are atomic and happen on a
//! background thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::format;
use crate::model::Position;
use crate::workspace::{Side, Workspace};

/// How often unsaved edits are written.
pub const INTERVAL: Duration = Duration::from_secs(3);

/// What a recovery snapshot belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[derive(Default)]
pub struct Meta {
    /// The side it was open on.
    pub side: Option<Side>,
    /// The user's file the edits belong to (`None` for a never-saved position).
    pub original: Option<PathBuf>,
    /// Seconds since the Unix epoch when the snapshot was written.
    pub written_unix: u64,
}

/// A snapshot found at start-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Side it belongs on.
    pub side: Side,
    /// Where it came from.
    pub meta: Meta,
    /// The recovered position.
    pub position: Position,
}

/// The recovery folder.
pub fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ACCORD_RECOVERY_DIR") {
        return Some(PathBuf::from(d));
    }
    data_dir().map(|d| d.join("accord").join("recovery"))
}

/// The per-user data folder: `$XDG_DATA_HOME` or `~/.local/share` (Linux), `~/Library/Application
/// Support` (macOS), `%APPDATA%` (Windows). Accord keeps its files in `accord/` under it.
pub fn data_dir() -> Option<PathBuf> {
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    if cfg!(target_os = "windows") {
        std::env::var_os("APPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        home().map(|h| h.join("Library").join("Application Support"))
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| home().map(|h| h.join(".local").join("share")))
    }
}

fn files(dir: &Path, side: Side) -> (PathBuf, PathBuf) {
    (
        dir.join(format!("{}.ron", side.name())),
        dir.join(format!("{}.meta.ron", side.name())),
    )
}

/// Write one side's snapshot (blocking; call from the writer thread).
pub fn write(
    dir: &Path,
    side: Side,
    original: Option<&Path>,
    position: &Position,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let (data, meta_path) = files(dir, side);
    let meta = Meta {
        side: Some(side),
        // Absolute, so that a restart from another folder still finds the user's file.
        original: original.map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())),
        written_unix: SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    };
    let meta_text = ron::ser::to_string_pretty(&meta, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    // Position first: a meta file always has its data beside it.
    format::write_atomic(&data, format::to_canonical_string(position).as_bytes())?;
    format::write_atomic(&meta_path, meta_text.as_bytes())
}

/// Remove one side's snapshot (saved or discarded).
pub fn clear(dir: &Path, side: Side) {
    let (data, meta) = files(dir, side);
    let _ = std::fs::remove_file(meta);
    let _ = std::fs::remove_file(data);
}

/// Snapshots left by an earlier run that did not end cleanly.
pub fn find(dir: &Path) -> Vec<Found> {
    let mut out = Vec::new();
    for side in Side::BOTH {
        let (data, meta_path) = files(dir, side);
        let Ok(meta_text) = std::fs::read_to_string(&meta_path) else {
            continue;
        };
        let Ok(meta) = ron::from_str::<Meta>(&meta_text) else {
            continue;
        };
        if let Ok(position) = format::load_file(&data) {
            out.push(Found {
                side,
                meta,
                position,
            });
        }
    }
    out
}

/// A job for the writer thread.
#[derive(Debug)]
enum Job {
    Write {
        side: Side,
        original: Option<PathBuf>,
        position: Box<Position>,
    },
    Clear(Side),
}

/// Decides when to snapshot and hands the writing to a background thread.
#[derive(Debug)]
pub struct Autosaver {
    dir: Option<PathBuf>,
    tx: Option<mpsc::Sender<Job>>,
    worker: Option<std::thread::JoinHandle<()>>,
    done: Option<mpsc::Receiver<Result<Side, String>>>,
    /// Version of each side last sent for writing (0: nothing pending on disk).
    written: [u64; 2],
    last: Option<std::time::Instant>,
    /// The last error from the writer, for the status bar.
    pub last_error: Option<String>,
    /// How many snapshots were written (for tests and the status bar).
    pub writes: u64,
}

impl Autosaver {
    /// An autosaver writing into `dir` (`None` disables it).
    pub fn new(dir: Option<PathBuf>) -> Self {
        let (tx, done, worker) = match &dir {
            Some(d) => {
                let (tx, rx) = mpsc::channel::<Job>();
                let (dtx, drx) = mpsc::channel();
                let d = d.clone();
                let spawned = std::thread::Builder::new()
                    .name("accord-autosave".into())
                    .spawn(move || {
                        for job in rx {
                            let r = match job {
                                Job::Write {
                                    side,
                                    original,
                                    position,
                                } => write(&d, side, original.as_deref(), &position)
                                    .map(|_| side)
                                    .map_err(|e| {
                                        format!("autosave to {} failed: {e}", d.display())
                                    }),
                                Job::Clear(side) => {
                                    clear(&d, side);
                                    continue;
                                }
                            };
                            if dtx.send(r).is_err() {
                                break;
                            }
                        }
                    });
                match spawned {
                    Ok(h) => (Some(tx), Some(drx), Some(h)),
                    Err(_) => (None, None, None),
                }
            }
            None => (None, None, None),
        };
        Autosaver {
            dir,
            tx,
            worker,
            done,
            written: [0, 0],
            last: None,
            last_error: None,
            writes: 0,
        }
    }

    /// The folder snapshots go to.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Call once a frame: snapshots dirty sides every [`INTERVAL`] (or at once when `now` is
    /// set, e.g. on focus loss) and clears snapshots of sides that became clean.
    pub fn tick(&mut self, ws: &Workspace, force: bool) {
        if let Some(rx) = &self.done {
            while let Ok(r) = rx.try_recv() {
                match r {
                    Ok(_) => self.writes += 1,
                    Err(e) => self.last_error = Some(e),
                }
            }
        }
        let Some(tx) = &self.tx else {
            return;
        };
        let due = force || self.last.is_none_or(|t| t.elapsed() >= INTERVAL);
        for (k, side) in Side::BOTH.into_iter().enumerate() {
            match ws.doc(side) {
                Some(doc) if doc.is_dirty() => {
                    if due && self.written[k] != doc.version {
                        self.written[k] = doc.version;
                        let _ = tx.send(Job::Write {
                            side,
                            original: doc.path.clone(),
                            position: Box::new(doc.position.clone()),
                        });
                    }
                }
                _ => {
                    if self.written[k] != 0 {
                        self.written[k] = 0;
                        let _ = tx.send(Job::Clear(side));
                    }
                }
            }
        }
        if due {
            self.last = Some(std::time::Instant::now());
        }
    }

    /// A snapshot of this side is on disk from an earlier run (it was restored): clear it once
    /// the side is saved or discarded.
    pub fn adopt(&mut self, side: Side) {
        self.written[usize::from(side == Side::Right)] = u64::MAX;
    }

    /// Remove every snapshot (nothing is unsaved, or the user discarded it). Queued behind any
    /// pending write, so a late write cannot bring a snapshot back.
    pub fn clear_all(&mut self) {
        match (&self.tx, &self.dir) {
            (Some(tx), _) => {
                for side in Side::BOTH {
                    let _ = tx.send(Job::Clear(side));
                }
            }
            (None, Some(d)) => {
                for side in Side::BOTH {
                    clear(d, side);
                }
            }
            (None, None) => {}
        }
        self.written = [0, 0];
    }
}

impl Drop for Autosaver {
    /// Finish every queued write and clear before the process ends.
    fn drop(&mut self) {
        self.tx = None;
        if let Some(h) = self.worker.take() {
            let _ = h.join();
        }
    }
}
