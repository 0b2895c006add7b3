//! The state of the app as plain data, and the one place that changes it: [`State::apply`].

use std::path::{Path, PathBuf};

use crate::command::{Action, Command};
use crate::edit::{self, Edit};
use crate::format;
use crate::table::{Column, Line, Sort, TableModel};
use crate::workspace::{Side, Workspace};

/// Most recently used files kept in the File menu.
pub const MAX_RECENT: usize = 10;
/// Undo steps kept; older ones are dropped.
pub const MAX_UNDO: usize = 10_000;

/// The field a run of merged edits sets (see [`crate::edit::Edit::merge_target`]).
type MergeTarget = (Option<usize>, &'static str, bool);

/// One undoable step: the edit that undoes (on the undo stack) or redoes (on the redo stack)
/// it, and the document versions before and after, so that undoing back to the saved state
/// makes the file clean again.
#[derive(Debug, Clone)]
pub struct Step {
    /// Side edited.
    pub side: Side,
    /// The edit to apply to move along the history.
    pub edit: Edit,
    /// Version before the step.
    pub before: u64,
    /// Version after the step.
    pub after: u64,
    /// What the step did, for the menu ("edit stance of fms-lead-times").
    pub label: String,
    merge: Option<(u64, MergeTarget)>,
}

/// Undo and redo stacks across the whole workspace.
#[derive(Debug, Default)]
pub struct History {
    /// Steps to undo, newest last.
    pub undo: Vec<Step>,
    /// Steps to redo, newest last.
    pub redo: Vec<Step>,
}

impl History {
    /// Drop every step of a side (its file was replaced).
    fn forget(&mut self, side: Side) {
        self.undo.retain(|s| s.side != side);
        self.redo.retain(|s| s.side != side);
    }
}

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
    /// Open the header editor of a side.
    EditHeader(Side),
    /// Show the diff of a side's file on disk against what is open.
    CompareWithDisk(Side),
    /// Ask where to export a report.
    ExportDialog,
    /// Full screen on or off.
    ToggleFullscreen,
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
    /// Undo/redo across both sides.
    pub history: History,
    /// Column of the table's cell cursor (the row is the selection).
    pub cursor_col: usize,
    /// Presentation mode: large type, high contrast, one issue at a time.
    pub presentation: bool,
    /// Zoom factor of the whole window (1 = normal).
    pub zoom: f32,
    /// Zoom factor in presentation mode.
    pub present_zoom: f32,
    /// The session log of the open pair of files.
    pub log: crate::session_log::SessionLog,
    /// Where the session log is kept (`None` until both sides have a file).
    pub log_path: Option<PathBuf>,
    /// Whether the session log panel is shown.
    pub show_log: bool,
    problems: [(u64, Vec<format::Problem>); 2],
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
                        self.history.forget(side);
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
                self.history.forget(side);
                None
            }
            Command::Restore {
                side,
                path,
                position,
            } => {
                // The snapshot differs from the file on disk: it is unsaved work.
                self.ws.install(side, path, *position);
                self.history.forget(side);
                if let Some(doc) = self.ws.doc_mut(side) {
                    doc.saved_version = 0;
                }
                self.status = format!("Restored the unsaved edits of the {} side", side.name());
                None
            }
            Command::ReloadFromDisk(side) => {
                let path = self.ws.doc(side).and_then(|d| d.path.clone())?;
                match format::load_file(&path) {
                    Ok(p) => {
                        self.edit(side, Edit::ReplaceAll(Box::new(p)), None);
                        if let Some(doc) = self.ws.doc_mut(side) {
                            doc.saved_version = doc.version;
                            doc.disk = crate::workspace::disk_stamp(&path);
                        }
                        self.status = format!(
                            "Reloaded {} from disk (Ctrl+Z brings your version back)",
                            path.display()
                        );
                    }
                    Err(e) => {
                        self.error = Some(Notice {
                            title: format!(
                                "Could not reload {}: your version is kept",
                                path.display()
                            ),
                            detail: e.to_string(),
                        });
                    }
                }
                None
            }
            Command::KeepMine(side) => {
                if let Some(doc) = self.ws.doc_mut(side) {
                    doc.disk = doc.path.as_deref().and_then(crate::workspace::disk_stamp);
                    // The file on disk is no longer what we hold: saving is needed.
                    doc.saved_version = 0;
                }
                None
            }
            Command::Edit { side, edit, merge } => {
                self.edit(side, edit, merge);
                None
            }
            Command::Save(side) => self.save(side, None),
            Command::SaveAs { side, path } => self.save(side, Some(path)),
            Command::Select(id) => {
                self.selected = id;
                None
            }
            Command::CursorColumn(c) => {
                self.cursor_col = c;
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
            Command::CompareWithDisk(side) => Some(Effect::CompareWithDisk(side)),
            Command::AddLogEntry { kind, text, issue } => {
                if !text.trim().is_empty() {
                    self.add_log(kind, text, issue);
                }
                None
            }
            Command::RemoveLogEntry(i) => {
                if i < self.log.entries.len() {
                    self.log.entries.remove(i);
                    self.write_log();
                }
                None
            }
            Command::Notify(m) => {
                self.status = m;
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
                    if self.ws.doc(side).is_some_and(|d| d.is_dirty())
                        && let Some(e) = self.save(side, None)
                    {
                        effect = Some(e);
                    }
                }
                if effect.is_none()
                    && !self.ws.any_dirty()
                    && self.error.is_none()
                    && (self.status.is_empty() || !self.status.starts_with("Saved"))
                {
                    self.status = "Nothing to save: no unsaved changes".into();
                }
                effect
            }
            Action::Undo => {
                self.undo();
                None
            }
            Action::Redo => {
                self.redo();
                None
            }
            Action::SaveAs => {
                let side = self.active.unwrap_or(Side::Left);
                self.ws.doc(side).map(|_| Effect::SaveAsDialog(side))
            }
            Action::SaveLeft => self.save(Side::Left, None),
            Action::SaveRight => self.save(Side::Right, None),
            Action::NewIssueLeft => {
                self.new_issue(Side::Left);
                None
            }
            Action::NewIssueRight => {
                self.new_issue(Side::Right);
                None
            }
            Action::EditHeaderLeft => Some(Effect::EditHeader(Side::Left)),
            Action::EditHeaderRight => Some(Effect::EditHeader(Side::Right)),
            Action::FocusFilter => Some(Effect::FocusFilter),
            Action::ClearFilter => {
                self.filter.clear();
                None
            }
            Action::ShowShortcuts => Some(Effect::ShowShortcuts),
            Action::StartNextRound => {
                self.start_next_round();
                None
            }
            Action::TogglePresentation => {
                self.presentation = !self.presentation;
                if self.presentation && self.selected.is_none() {
                    self.step_selection(1);
                }
                None
            }
            Action::NextIssue => {
                self.step_selection(1);
                None
            }
            Action::PreviousIssue => {
                self.step_selection(-1);
                None
            }
            Action::ZoomIn => {
                let z = (self.zoom_factor() * 1.1).min(4.0);
                self.set_zoom(z);
                None
            }
            Action::ZoomOut => {
                let z = (self.zoom_factor() / 1.1).max(0.5);
                self.set_zoom(z);
                None
            }
            Action::ZoomReset => {
                self.set_zoom(if self.presentation { 1.6 } else { 1.0 });
                None
            }
            Action::ToggleFullscreen => Some(Effect::ToggleFullscreen),
            Action::ToggleLog => {
                self.show_log = !self.show_log;
                None
            }
            Action::Export => Some(Effect::ExportDialog),
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
                    doc.disk = crate::workspace::disk_stamp(&path);
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

    /// Apply an edit as one undo step (or merge it into the last one).
    fn edit(&mut self, side: Side, e: Edit, merge: Option<u64>) {
        let version = self.ws.new_version();
        let Some(doc) = self.ws.doc_mut(side) else {
            return;
        };
        let label = edit::describe(&e, &doc.position);
        let merge = merge.zip(e.merge_target());
        let renamed = renamed_id(&e, &doc.position);
        let structural = e.is_structural();
        let mut touched = Vec::new();
        e.touched_issues(&mut touched);
        match edit::apply(&mut doc.position, e) {
            Ok(inverse) => {
                let before = doc.version;
                doc.version = version;
                let prev = before;
                self.history.redo.clear();
                let merged = match (merge, self.history.undo.last_mut()) {
                    (Some(k), Some(top)) if top.merge == Some(k) && top.side == side => {
                        // Same key and same field: the step's inverse already restores the
                        // value from before the first edit of the run.
                        top.after = version;
                        true
                    }
                    _ => false,
                };
                if !merged {
                    self.history.undo.push(Step {
                        side,
                        edit: inverse,
                        before,
                        after: version,
                        label,
                        merge,
                    });
                    if self.history.undo.len() > MAX_UNDO {
                        self.history.undo.remove(0);
                    }
                }
                self.after_edit(side, structural, &touched, prev);
                self.follow_rename(renamed);
            }
            Err(err) => {
                self.error = Some(Notice {
                    title: "The edit was not applied".into(),
                    detail: err.to_string(),
                });
            }
        }
    }

    /// Undo the newest step.
    pub fn undo(&mut self) {
        self.step_history(true);
    }

    /// Redo the newest undone step.
    pub fn redo(&mut self) {
        self.step_history(false);
    }

    /// Move one step back (undo) or forward (redo) along the history.
    fn step_history(&mut self, undoing: bool) {
        let (from, verb, none) = if undoing {
            (&mut self.history.undo, "Undid", "Nothing to undo")
        } else {
            (&mut self.history.redo, "Redid", "Nothing to redo")
        };
        let Some(step) = from.pop() else {
            self.status = none.into();
            return;
        };
        if let Some(s) = self.replay(step, undoing) {
            self.status = format!("{verb}: {}", s.label);
            let to = if undoing {
                &mut self.history.redo
            } else {
                &mut self.history.undo
            };
            to.push(s);
        }
    }

    /// Apply a history step; returns the step that reverses it.
    fn replay(&mut self, step: Step, undoing: bool) -> Option<Step> {
        let structural = step.edit.is_structural();
        let mut touched = Vec::new();
        step.edit.touched_issues(&mut touched);
        let doc = self.ws.doc_mut(step.side)?;
        let renamed = renamed_id(&step.edit, &doc.position);
        let prev = doc.version;
        match edit::apply(&mut doc.position, step.edit) {
            Ok(reverse) => {
                doc.version = if undoing { step.before } else { step.after };
                let side = step.side;
                self.after_edit(side, structural, &touched, prev);
                self.follow_rename(renamed);
                Some(Step {
                    edit: reverse,
                    merge: None,
                    ..step
                })
            }
            Err(err) => {
                self.error = Some(Notice {
                    title: "Could not undo/redo".into(),
                    detail: err.to_string(),
                });
                None
            }
        }
    }

    /// Keep the table in step with an edit: only the touched rows unless ids, topics or the
    /// order changed.
    fn after_edit(&mut self, side: Side, structural: bool, touched: &[usize], prev: u64) {
        if structural {
            return; // `refresh` rebuilds the table and re-checks the side on the version change.
        }
        for &i in touched {
            self.table.update_issue(&self.ws, side, i);
        }
        self.table_key = self.ws.versions();
        // Re-check only what the edit touched, if the cached problems were current.
        let k = usize::from(side == Side::Right);
        let (Some(doc), true) = (self.ws.doc(side), self.problems[k].0 == prev) else {
            return;
        };
        let p = &doc.position;
        let cache = &mut self.problems[k].1;
        let field = |pr: &format::Problem| match pr.path.0.get(2) {
            Some(format::Seg::Field(f)) => Some(*f),
            _ => None,
        };
        let issue_of = |pr: &format::Problem| match pr.path.0.as_slice() {
            [format::Seg::Field("issues"), format::Seg::Index(i), ..] => Some(*i),
            _ => None,
        };
        // Header problems are cheap: redo them. Ids did not change, so id problems stay.
        cache.retain(|pr| pr.path.0.len() > 1);
        let mut fresh = format::header_problems(p);
        for &i in touched {
            cache.retain(|pr| issue_of(pr) != Some(i) || field(pr) == Some("id"));
            if let Some(issue) = p.issues.get(i) {
                let mut v = Vec::new();
                format::issue_problems(i, issue, &mut v);
                fresh.extend(v.into_iter().filter(|pr| field(pr) != Some("id")));
            }
        }
        cache.extend(fresh);
        cache.sort_by_key(|pr| issue_of(pr).map_or(0, |i| i + 1));
        self.problems[k].0 = doc.version;
    }

    /// The zoom factor in force: presentation mode has its own, remembered separately.
    pub fn zoom_factor(&self) -> f32 {
        let z = if self.presentation {
            self.present_zoom
        } else {
            self.zoom
        };
        if z > 0.0 {
            z
        } else if self.presentation {
            1.6
        } else {
            1.0
        }
    }

    fn set_zoom(&mut self, z: f32) {
        if self.presentation {
            self.present_zoom = z;
        } else {
            self.zoom = z;
        }
    }

    /// Indices into the table rows of the issues shown now (filtered, sorted), in order.
    pub fn visible_rows(&self) -> Vec<usize> {
        self.lines
            .iter()
            .filter_map(|l| match l {
                Line::Issue(r) => Some(*r),
                Line::Topic { .. } => None,
            })
            .collect()
    }

    /// Move the selection up or down the visible issue rows (wrapping at neither end).
    pub fn step_selection(&mut self, step: i64) {
        self.prepare_lines();
        let rows = self.visible_rows();
        if rows.is_empty() {
            return;
        }
        let cur = self
            .selected
            .as_deref()
            .and_then(|id| rows.iter().position(|&r| self.table.rows[r].id == id));
        let next = match cur {
            None => 0,
            Some(c) => (c as i64 + step).clamp(0, rows.len() as i64 - 1) as usize,
        };
        self.selected = Some(self.table.rows[rows[next]].id.clone());
        self.scroll_to_selected = true;
    }

    /// Save both sides as the closing state of this round and open copies as round N+1 next
    /// to them (`us.ron` → `us.r2.ron`). Nothing is written unless every step can succeed.
    pub fn start_next_round(&mut self) {
        let mut plan = Vec::new();
        for side in Side::BOTH {
            let Some(doc) = self.ws.doc(side) else {
                continue;
            };
            let Some(path) = doc.path.clone() else {
                self.error = Some(Notice {
                    title: "Cannot start the next round".into(),
                    detail: format!("Save the {} position to a file first.", side.name()),
                });
                return;
            };
            let next = doc.position.round.saturating_add(1);
            let target = next_round_path(&path, next);
            if target.exists() {
                self.error = Some(Notice {
                    title: "Cannot start the next round".into(),
                    detail: format!(
                        "{} already exists: open it instead, or move it away first. Nothing was changed.",
                        target.display()
                    ),
                });
                return;
            }
            plan.push((side, next, target));
        }
        if plan.is_empty() {
            return;
        }
        // Close this round: save what is unsaved.
        for &(side, _, _) in &plan {
            if self.ws.doc(side).is_some_and(|d| d.is_dirty()) {
                self.save(side, None);
                if self.ws.doc(side).is_some_and(|d| d.is_dirty()) {
                    return; // the save failed and said why
                }
            }
        }
        let mut opened = Vec::new();
        for (side, next, target) in plan {
            let Some(doc) = self.ws.doc(side) else {
                continue;
            };
            let mut p = doc.position.clone();
            p.round = next;
            if let Err(e) = format::save_atomic(&target, &p) {
                self.error = Some(Notice {
                    title: format!("Could not write {}", target.display()),
                    detail: e.to_string(),
                });
                return;
            }
            self.ws.install(side, Some(target.clone()), p);
            self.history.forget(side);
            self.push_recent(&target);
            opened.push(format!("{} (round {next})", target.display()));
        }
        let round = self.current_round();
        self.add_log(
            crate::session_log::EntryKind::Note,
            format!("Round {round} started"),
            None,
        );
        self.status = format!("Next round: {}", opened.join(" and "));
    }

    /// Insert a new issue after the selected one (in its topic), with a fresh id, and select it.
    pub fn new_issue(&mut self, side: Side) {
        let Some(p) = self.ws.position(side) else {
            self.status = format!("Open a file on the {} side first", side.name());
            return;
        };
        let sel = self.selected.as_deref().and_then(|id| p.issue_index(id));
        let topic = self
            .selected
            .as_deref()
            .and_then(|id| self.table.find(id))
            .map(|r| self.table.rows[r].topic.clone())
            .unwrap_or_default();
        let at = sel.map_or(p.issues.len(), |i| i + 1);
        let id = (1..)
            .map(|k| format!("new-issue-{k}"))
            .find(|id| p.issue_index(id).is_none())
            .unwrap_or_else(|| "new-issue".into());
        let issue = crate::model::Issue {
            id: id.clone(),
            topic,
            title: "New issue".into(),
            ..crate::model::Issue::default()
        };
        self.edit(side, Edit::InsertIssue(at, Box::new(issue)), None);
        self.selected = Some(id);
        self.scroll_to_selected = true;
    }

    /// The round shown in the log: the highest round of the open files.
    pub fn current_round(&self) -> u32 {
        Side::BOTH
            .iter()
            .filter_map(|&s| self.ws.position(s).map(|p| p.round))
            .max()
            .unwrap_or(1)
    }

    /// Append an entry to the session log and write the log file.
    pub fn add_log(
        &mut self,
        kind: crate::session_log::EntryKind,
        text: String,
        issue: Option<String>,
    ) {
        self.sync_log();
        self.log.entries.push(crate::session_log::LogEntry {
            time: crate::session_log::now_utc(),
            round: self.current_round(),
            kind,
            text,
            issue,
        });
        self.write_log();
    }

    fn write_log(&mut self) {
        match &self.log_path {
            Some(path) => {
                if let Err(e) = crate::session_log::save(path, &self.log) {
                    self.error = Some(Notice {
                        title: "The session log was not saved".into(),
                        detail: e,
                    });
                }
            }
            None => {
                self.status =
                    "The session log is kept in memory until both positions are saved to files"
                        .into();
            }
        }
    }

    /// Follow the open pair of files: load their session log when the pair changes.
    fn sync_log(&mut self) {
        let path = match (
            self.ws.doc(Side::Left).and_then(|d| d.path.as_deref()),
            self.ws.doc(Side::Right).and_then(|d| d.path.as_deref()),
        ) {
            (Some(l), Some(r)) => Some(crate::session_log::path_for(l, r)),
            _ => None,
        };
        if path == self.log_path {
            return;
        }
        match &path {
            Some(p) => match crate::session_log::load(p) {
                Ok(log) => {
                    // Entries made before both files had a path are kept.
                    let pending = std::mem::take(&mut self.log.entries);
                    self.log = log;
                    self.log.entries.extend(pending);
                    self.log_path = path;
                }
                Err(e) => {
                    self.error = Some(Notice {
                        title: "The session log could not be read".into(),
                        detail: e,
                    });
                    self.log_path = None;
                }
            },
            None => self.log_path = None,
        }
    }

    /// Keep the selection on an issue whose id was just edited.
    fn follow_rename(&mut self, renamed: Option<(String, String)>) {
        if let Some((old, new)) = renamed
            && self.selected.as_deref() == Some(old.as_str())
        {
            self.selected = Some(new);
        }
    }

    fn push_recent(&mut self, path: &Path) {
        let p = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|r| r != &p);
        self.recent.insert(0, p);
        self.recent.truncate(MAX_RECENT);
    }

    /// Rebuild the matched rows when a side changed.
    fn refresh(&mut self) {
        self.sync_log();
        let key = self.ws.versions();
        if key != self.table_key {
            self.table = TableModel::build(&self.ws);
            self.table_key = key;
        }
        for (k, side) in Side::BOTH.into_iter().enumerate() {
            let v = self.ws.doc(side).map_or(0, |d| d.version);
            if self.problems[k].0 != v {
                self.problems[k] = (
                    v,
                    self.ws
                        .position(side)
                        .map(format::validate)
                        .unwrap_or_default(),
                );
            }
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

    /// Why each side would not load as it stands (cached; see [`Self::prepare_lines`]).
    pub fn problems(&self, side: Side) -> &[format::Problem] {
        let k = usize::from(side == Side::Right);
        &self.problems[k].1
    }

    /// Recompute the table lines and validation if the files, filter or sort changed since
    /// last time.
    pub fn prepare_lines(&mut self) {
        self.refresh();
        let key = (self.ws.versions(), self.filter.clone(), self.sort);
        if self.lines_key.as_ref() != Some(&key) {
            // Typing narrows: when only the filter changed and it contains the previous one,
            // search only the rows that matched before.
            let narrows = self.lines_key.as_ref().is_some_and(|(v, f, s)| {
                *v == key.0
                    && *s == key.2
                    && !f.trim().is_empty()
                    && key
                        .1
                        .trim()
                        .to_lowercase()
                        .contains(&f.trim().to_lowercase())
            });
            self.lines = if narrows {
                let mut among = vec![false; self.table.rows.len()];
                for l in &self.lines {
                    if let Line::Issue(r) = l
                        && let Some(slot) = among.get_mut(*r)
                    {
                        *slot = true;
                    }
                }
                self.table
                    .lines_among(&self.ws, &self.filter, self.sort, Some(&among))
            } else {
                self.table.lines(&self.ws, &self.filter, self.sort)
            };
            self.lines_key = Some(key);
        }
    }

    /// The label of the step Undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo.last().map(|s| s.label.as_str())
    }

    /// The label of the step Redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo.last().map(|s| s.label.as_str())
    }

    /// Sides whose file changed on disk since Accord last read or wrote it.
    pub fn changed_on_disk(&self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|&s| {
                self.ws.doc(s).is_some_and(|d| {
                    d.path
                        .as_deref()
                        .is_some_and(|p| crate::workspace::disk_stamp(p) != d.disk && p.exists())
                })
            })
            .collect()
    }

    /// Whether a column is the current sort column, and its direction.
    pub fn sort_of(&self, column: Column) -> Option<bool> {
        self.sort
            .filter(|s| s.column == column)
            .map(|s| s.descending)
    }
}

/// `(old, new)` when an edit changes an issue's id.
fn renamed_id(e: &Edit, p: &crate::model::Position) -> Option<(String, String)> {
    match e {
        Edit::SetIssue(i, crate::edit::IssueField::Id, crate::edit::Value::Text(new)) => {
            p.issues.get(*i).map(|x| (x.id.clone(), new.clone()))
        }
        _ => None,
    }
}

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
