//! The state of the app as plain data, and the one place that changes it: [`State::apply`].

use std::path::{Path, PathBuf};

use crate::command::{Action, Command};
use crate::format;
use crate::table::{Column, Line, Sort, TableModel};
use crate::workspace::{Side, Workspace};

/// Most recently used files kept in the File menu.
pub const MAX_RECENT: usize = 10;

/// Something `apply` asks the shell (the window) to do: dialogs, focus, quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Ask for a file to open on a side.
    OpenDialog(Side),
    /// Ask where to save a side.
    SaveAsDialog(Side),
    /// Move keyboard focus to the filter box.
    FocusFilter,
    /// Show the shortcut help.
    ShowShortcuts,
    /// Close the window.
    Quit,
}

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// One line: what happened.
    pub title: String,
    /// Details, e.g. every `FILE:LINE:COL: message` with its hint.
    pub detail: String,
}

/// Everything the window shows, as plain data.
#[derive(Debug, Default)]
pub struct State {
    /// The two files.
    pub ws: Workspace,
    /// Issues matched across the sides (rebuilt when a side changes).
    pub table: TableModel,
    /// Filter text.
    pub filter: String,
    /// Current sort.
    pub sort: Option<Sort>,
    /// Selected issue id.
    pub selected: Option<String>,
    /// Side that "Save as" applies to.
    pub active: Option<Side>,
    /// The last error, shown until dismissed.
    pub error: Option<Notice>,
    /// The last informational message.
    pub status: String,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Scroll the table to the selection in the next frame.
    pub scroll_to_selected: bool,
    lines: Vec<Line>,
    lines_key: Option<((u64, u64), String, Option<Sort>)>,
    table_key: (u64, u64),
}

impl State {
    /// Apply one command. Returns what the window must do, if anything.
    pub fn apply(&mut self, cmd: Command) -> Option<Effect> {
        let effect = match cmd {
            Command::Action(a) => self.action(a),
            Command::Open { side, path } => {
                match format::load_file(&path) {
                    Ok(p) => {
                        self.status = format!(
                            "Opened {} on the {} ({} issues)",
                            path.display(),
                            side.name(),
                            p.issues.len()
                        );
                        self.push_recent(&path);
                        self.ws.install(side, Some(path), p);
                        self.error = None;
                    }
                    Err(e) => {
                        self.error = Some(Notice {
                            title: format!(
                                "Could not open {}: the {} side is unchanged",
                                e.file,
                                side.name()
                            ),
                            detail: e.to_string(),
                        });
                    }
                }
                None
            }
            Command::Install {
                side,
                path,
                position,
            } => {
                self.ws.install(side, path, *position);
                None
            }
            Command::Save(side) => self.save(side, None),
            Command::SaveAs { side, path } => self.save(side, Some(path)),
            Command::Select(id) => {
                self.selected = id;
                None
            }
            Command::Activate(side) => {
                self.active = Some(side);
                None
            }
            Command::SetFilter(f) => {
                self.filter = f;
                None
            }
            Command::SortBy(column) => {
                self.sort = match self.sort {
                    Some(s) if s.column == column && !s.descending => Some(Sort {
                        column,
                        descending: true,
                    }),
                    Some(s) if s.column == column => None,
                    _ => Some(Sort {
                        column,
                        descending: false,
                    }),
                };
                None
            }
            Command::DismissError => {
                self.error = None;
                None
            }
        };
        self.refresh();
        effect
    }

    fn action(&mut self, a: Action) -> Option<Effect> {
        match a {
            Action::OpenLeft => Some(Effect::OpenDialog(Side::Left)),
            Action::OpenRight => Some(Effect::OpenDialog(Side::Right)),
            Action::SaveAll => {
                let mut effect = None;
                for side in Side::BOTH {
                    if self.ws.doc(side).is_some_and(|d| d.is_dirty()) {
                        if let Some(e) = self.save(side, None) {
                            effect = Some(e);
                        }
                    }
                }
                if effect.is_none() && !self.ws.any_dirty() && self.error.is_none() {
                    if self.status.is_empty() || !self.status.starts_with("Saved") {
                        self.status = "Nothing to save: no unsaved changes".into();
                    }
                }
                effect
            }
            Action::SaveAs => {
                let side = self.active.unwrap_or(Side::Left);
                self.ws.doc(side).map(|_| Effect::SaveAsDialog(side))
            }
            Action::SaveLeft => self.save(Side::Left, None),
            Action::SaveRight => self.save(Side::Right, None),
            Action::FocusFilter => Some(Effect::FocusFilter),
            Action::ClearFilter => {
                self.filter.clear();
                None
            }
            Action::ShowShortcuts => Some(Effect::ShowShortcuts),
            Action::Quit => Some(Effect::Quit),
        }
    }

    /// Save a side to `to` (or its own path). A side without a path asks for one.
    fn save(&mut self, side: Side, to: Option<PathBuf>) -> Option<Effect> {
        let doc = self.ws.doc(side)?;
        let Some(path) = to.or_else(|| doc.path.clone()) else {
            return Some(Effect::SaveAsDialog(side));
        };
        match format::save_atomic(&path, &doc.position) {
            Ok(()) => {
                self.status = format!("Saved {}", path.display());
                self.push_recent(&path);
                if let Some(doc) = self.ws.doc_mut(side) {
                    doc.saved_version = doc.version;
                    doc.path = Some(path);
                }
            }
            Err(e) => {
                self.error = Some(Notice {
                    title: format!("Could not save the {} side", side.name()),
                    detail: e.to_string(),
                });
            }
        }
        None
    }

    fn push_recent(&mut self, path: &Path) {
        let p = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|r| r != &p);
        self.recent.insert(0, p);
        self.recent.truncate(MAX_RECENT);
    }

    /// Rebuild the matched rows when a side changed.
    fn refresh(&mut self) {
        let key = self.ws.versions();
        if key != self.table_key {
            self.table = TableModel::build(&self.ws);
            self.table_key = key;
        }
    }

    /// The lines of the table as filtered and sorted now (cached between frames).
    pub fn lines(&mut self) -> &[Line] {
        self.prepare_lines();
        &self.lines
    }

    /// The lines computed by the last [`Self::prepare_lines`].
    pub fn cached_lines(&self) -> &[Line] {
        &self.lines
    }

    /// Recompute the table lines if the files, filter or sort changed since last time.
    pub fn prepare_lines(&mut self) {
        self.refresh();
        let key = (self.ws.versions(), self.filter.clone(), self.sort);
        if self.lines_key.as_ref() != Some(&key) {
            self.lines = self.table.lines(&self.ws, &self.filter, self.sort);
            self.lines_key = Some(key);
        }
    }

    /// Whether a column is the current sort column, and its direction.
    pub fn sort_of(&self, column: Column) -> Option<bool> {
        self.sort
            .filter(|s| s.column == column)
            .map(|s| s.descending)
    }
}
