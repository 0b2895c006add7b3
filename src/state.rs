//! The state of the app as plain data, and the one place that changes it: [`State::apply`].

use std::path::{Path, PathBuf};

use crate::cell::{COLUMNS, CellEdit};
use crate::command::{Action, Answer, Command, DialogPurpose, DiffMode, ThemeChoice, View};
use crate::diff::view_model::{DiffModel, DiffNav};
use crate::edit::{self, Edit};
use crate::format;
use crate::rounds::{DiskFiles, RoundsInfo};
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

/// A file dialog the window should show; its answer comes back as
/// [`Command::DialogDone`] with the same purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogRequest {
    /// What the file is for.
    pub purpose: DialogPurpose,
    /// Window title.
    pub title: String,
    /// `(name, extensions)` filters, the first one selected.
    pub filters: Vec<(String, Vec<String>)>,
    /// Suggested file name (save dialogs).
    pub file_name: Option<String>,
    /// Folder to start in.
    pub dir: Option<PathBuf>,
    /// A save dialog (else an open dialog).
    pub save: bool,
}

/// Something `apply` asks the shell (the window) to do: dialogs, focus, quitting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Show a file dialog.
    Dialog(DialogRequest),
    /// Move keyboard focus to the filter box.
    FocusFilter,
    /// Move keyboard focus to the cell editor.
    FocusCellEditor,
    /// Drop keyboard focus (the cell editor closed).
    Unfocus,
    /// Full screen on or off.
    ToggleFullscreen,
    /// Close the window: nothing unsaved is left (or the user chose to discard it).
    Close,
    /// The recovery snapshots of these sides now belong to this run.
    AdoptRecovery(Vec<Side>),
    /// The recovery snapshots were declined: remove them.
    DiscardRecovery,
}

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// One line: what happened.
    pub title: String,
    /// Details, e.g. every `FILE:LINE:COL: message` with its hint.
    pub detail: String,
}

/// What to do once the unsaved changes of some sides are saved or discarded.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// Open a file on a side.
    Open(Side, PathBuf),
    /// Close the window.
    Quit,
}

/// A pending "Save / Discard / Cancel" question.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// Sides with unsaved changes that would be lost.
    pub sides: Vec<Side>,
    /// What happens after Save or Discard.
    pub then: Then,
}

/// How often files on disk are looked at (changes by others, rounds beside the open files).
pub const POLL: std::time::Duration = std::time::Duration::from_secs(2);

/// What the diff view compares: a cache key, the two names, and positions read from disk.
type DiffInputs = (
    String,
    [String; 2],
    Option<(
        std::sync::Arc<crate::model::Position>,
        Option<std::sync::Arc<crate::model::Position>>,
    )>,
);

/// How many applied actions [`State::trace`] keeps.
const TRACE: usize = 64;

/// A file with merge-conflict markers being resolved in the merge view.
#[derive(Debug, Clone)]
pub struct MergeSession {
    /// The side the resolved file opens on.
    pub side: Side,
    /// The conflicted file (the resolved file is saved over it).
    pub path: PathBuf,
    /// The conflicts and their picks.
    pub res: crate::merge::resolve::Resolution,
}

/// Everything the window shows, as plain data.
#[derive(Debug, Default)]
pub struct State {
    /// The merge view, when a file with conflict markers was opened.
    pub merge: Option<MergeSession>,
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
    /// The frame in which the table scrolls to the selection (see [`State::scrolls_now`]).
    pub scroll_at: Option<u64>,
    /// Frames prepared so far (see [`State::prepare_frame`]).
    pub frame: u64,
    /// Undo/redo across both sides.
    pub history: History,
    /// Column of the table's cell cursor (the row is the selection).
    pub cursor_col: usize,
    /// The table cell being edited in place.
    pub cell_edit: Option<CellEdit>,
    /// Presentation mode: large type, high contrast, one issue at a time.
    pub presentation: bool,
    /// Zoom factor of the whole window (1 = normal).
    pub zoom: f32,
    /// Zoom factor in presentation mode.
    pub present_zoom: f32,
    /// The view shown in the central area.
    pub view: View,
    /// Colour theme.
    pub theme: ThemeChoice,
    /// What the diff view compares.
    pub diff_mode: DiffMode,
    /// Only the changed issues in the diff view.
    pub diff_only_changes: bool,
    /// The diff view's model and the change the user stepped to.
    pub diff: DiffNav,
    /// The side whose header editor is open.
    pub header_edit: Option<Side>,
    /// The shortcut list is open.
    pub show_shortcuts: bool,
    /// A question about unsaved changes waiting for an answer.
    pub confirm: Option<Confirm>,
    /// Snapshots of an earlier run, offered for restore at start-up.
    pub recovery_offer: Vec<crate::recovery::Found>,
    /// The user chose to close (nothing unsaved, or discarded).
    pub allow_close: bool,
    /// Sides whose file changed on disk, waiting for reload / keep / compare.
    pub disk_changed: Vec<Side>,
    /// Rounds ticked in the rounds panel for comparison (at most two).
    pub round_picks: Vec<PathBuf>,
    /// The rounds beside the open files and their concessions (see [`State::prepare_frame`]).
    pub rounds: RoundsInfo,
    /// The session log of the open pair of files.
    pub log: crate::session_log::SessionLog,
    /// Where the session log is kept (`None` until both sides have a file).
    pub log_path: Option<PathBuf>,
    /// Whether the session log panel is shown.
    pub show_log: bool,
    /// The log entry being typed.
    pub log_draft: (crate::session_log::EntryKind, String),
    /// Edits with the same merge key in one run merge; a new run starts when a field gains
    /// focus or a drag starts.
    pub edit_run: u64,
    /// The actions applied, newest last (the last few): what tests and the status bar read.
    pub trace: Vec<Action>,
    /// Why the diff view has nothing to show, if so.
    pub diff_message: Option<String>,
    disk_files: DiskFiles,
    rounds_key: Option<(u64, u64, Vec<Option<PathBuf>>)>,
    polled: Option<std::time::Instant>,
    problems: [(u64, Vec<format::Problem>); 2],
    lines: Vec<Line>,
    lines_key: Option<((u64, u64), String, Option<Sort>)>,
    table_key: (u64, u64),
}

impl State {
    /// A state with nothing open and the normal defaults.
    pub fn new() -> Self {
        State {
            zoom: 1.0,
            present_zoom: 1.6,
            diff_only_changes: true,
            active: Some(Side::Left),
            ..State::default()
        }
    }

    /// Apply one command. Returns what the window must do, if anything.
    pub fn apply(&mut self, cmd: Command) -> Option<Effect> {
        let effect = match cmd {
            Command::Action(a) => {
                self.trace.push(a);
                if self.trace.len() > TRACE {
                    self.trace.remove(0);
                }
                self.action(a)
            }
            Command::Open { side, path } => {
                if self.ws.doc(side).is_some_and(|d| d.is_dirty()) {
                    // Opening over unsaved edits asks first.
                    self.confirm = Some(Confirm {
                        sides: vec![side],
                        then: Then::Open(side, path),
                    });
                    None
                } else {
                    self.open(side, path);
                    None
                }
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
                self.restore(side, path, *position);
                None
            }
            Command::AnswerRecovery(restore) => {
                let found = std::mem::take(&mut self.recovery_offer);
                if restore {
                    let sides = found.iter().map(|f| f.side).collect();
                    for f in found {
                        self.restore(f.side, f.meta.original, f.position);
                    }
                    Some(Effect::AdoptRecovery(sides))
                } else {
                    Some(Effect::DiscardRecovery)
                }
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
                        self.disk_changed.retain(|&s| s != side);
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
                self.disk_changed.retain(|&s| s != side);
                None
            }
            Command::Edit { side, edit, merge } => {
                self.edit(side, edit, merge);
                None
            }
            Command::NewEditRun => {
                self.edit_run = self.edit_run.wrapping_add(1);
                None
            }
            Command::Save(side) => self.save(side, None),
            Command::SaveAs { side, path } => self.save(side, Some(path)),
            Command::ExportTo(path) => {
                self.export_to(&path);
                None
            }
            Command::DialogDone(purpose, path) => self.dialog_done(purpose, path),
            Command::DialogFailed(why) => {
                self.error = Some(Notice {
                    title: "No file dialog could be shown".into(),
                    detail: format!(
                        "{why}\n\nInstead: drop position files onto the window (the left or right \
                         half), or name them on the command line: accord LEFT.ron RIGHT.ron. On \
                         Linux, installing a desktop portal (xdg-desktop-portal-gtk or -kde) or \
                         zenity brings the dialogs."
                    ),
                });
                None
            }
            Command::Answer(a) => self.answer(a),
            Command::Select(id) => {
                self.selected = id;
                None
            }
            Command::JumpTo(id) => {
                self.selected = Some(id);
                self.view = View::Workspace;
                self.scroll_at = Some(self.frame + 1);
                None
            }
            Command::CursorColumn(c) => {
                self.cursor_col = c.min(COLUMNS.len() - 1);
                None
            }
            Command::BeginCellEdit { id, col } => self.begin_cell_edit(id, col),
            Command::SetCellText(t) => {
                if let Some(e) = &mut self.cell_edit {
                    e.text = t;
                }
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
            Command::CompareFiles(a, b) => {
                self.diff_mode = DiffMode::Files(a, b);
                self.view = View::Diff;
                None
            }
            Command::PickRound(path, on) => {
                self.round_picks.retain(|p| p != &path);
                if on {
                    self.round_picks.push(path);
                    while self.round_picks.len() > 2 {
                        self.round_picks.remove(0);
                    }
                }
                None
            }
            Command::DiffOnlyChanges(on) => {
                self.diff_only_changes = on;
                None
            }
            Command::CloseHeaderEditor => {
                self.header_edit = None;
                None
            }
            Command::CloseShortcuts => {
                self.show_shortcuts = false;
                None
            }
            Command::SetLogDraft(kind, text) => {
                self.log_draft = (kind, text);
                None
            }
            Command::AddLogEntry { kind, text, issue } => {
                if !text.trim().is_empty() {
                    self.add_log(kind, text, issue);
                }
                None
            }
            Command::MergePick(k, pick) => {
                if let Some(m) = &mut self.merge {
                    m.res.pick(k, pick);
                    self.status =
                        format!("{} of {} conflicts resolved", m.res.resolved(), m.res.len());
                }
                None
            }
            Command::MergeDraft(k, text) => {
                if let Some(m) = &mut self.merge {
                    m.res.set_draft(k, text);
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

    fn open(&mut self, side: Side, path: PathBuf) {
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
                self.disk_changed.retain(|&s| s != side);
                self.error = None;
            }
            Err(e) if self.open_merge(side, &path) => {
                self.status = format!(
                    "{} has {} unresolved merge conflicts ({}): pick a side for each, then save",
                    path.display(),
                    self.merge.as_ref().map_or(0, |m| m.res.len()),
                    e.diagnostics.len()
                );
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
    }

    /// A refused file that holds merge-conflict markers opens in the merge view instead.
    fn open_merge(&mut self, side: Side, path: &Path) -> bool {
        let Ok(text) = std::fs::read_to_string(path) else {
            return false;
        };
        let Some(res) = crate::merge::resolve::Resolution::new(text) else {
            return false;
        };
        self.merge = Some(MergeSession {
            side,
            path: path.to_owned(),
            res,
        });
        self.error = None;
        true
    }

    /// Save the resolved file over the conflicted one, and open it on its side.
    fn save_merge(&mut self) {
        let Some(m) = &self.merge else {
            return;
        };
        let name = m.path.display().to_string();
        match m.res.result(&name) {
            None => {
                self.status = format!(
                    "{} of {} conflicts still to resolve",
                    m.res.len() - m.res.resolved(),
                    m.res.len()
                );
            }
            Some(Err(e)) => {
                self.error = Some(Notice {
                    title: format!("Not saved: the resolved {name} would not load"),
                    detail: e.to_string(),
                });
            }
            Some(Ok(p)) => {
                let text = format::to_canonical_string(&p);
                match format::write_atomic(&m.path, text.as_bytes()) {
                    Ok(()) => {
                        let (side, path) = (m.side, m.path.clone());
                        self.merge = None;
                        self.push_recent(&path);
                        self.ws.install(side, Some(path), p);
                        self.history.forget(side);
                        self.disk_changed.retain(|&s| s != side);
                        self.error = None;
                        self.status = format!(
                            "Saved the resolved {name}; it is open on the {} side",
                            side.name()
                        );
                    }
                    Err(e) => {
                        self.error = Some(Notice {
                            title: format!("Not saved: {name}"),
                            detail: format!("{e} (the conflicted file is unchanged)"),
                        });
                    }
                }
            }
        }
    }

    fn restore(&mut self, side: Side, path: Option<PathBuf>, position: crate::model::Position) {
        // The snapshot differs from the file on disk: it is unsaved work.
        self.ws.install(side, path, position);
        self.history.forget(side);
        if let Some(doc) = self.ws.doc_mut(side) {
            doc.saved_version = 0;
        }
        self.status = format!("Restored the unsaved edits of the {} side", side.name());
    }

    /// Sides with unsaved edits.
    pub fn dirty_sides(&self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|&s| self.ws.doc(s).is_some_and(|d| d.is_dirty()))
            .collect()
    }

    /// Quit: close at once when nothing is unsaved, else ask Save / Discard / Cancel.
    pub fn request_quit(&mut self) -> Option<Effect> {
        let sides = self.dirty_sides();
        if sides.is_empty() || self.allow_close {
            self.allow_close = true;
            Some(Effect::Close)
        } else {
            self.confirm = Some(Confirm {
                sides,
                then: Then::Quit,
            });
            None
        }
    }

    /// Answer the pending Save / Discard / Cancel question.
    fn answer(&mut self, a: Answer) -> Option<Effect> {
        let c = self.confirm.take()?;
        match a {
            Answer::Cancel => {
                self.status = "Cancelled: nothing was changed".into();
                return None;
            }
            Answer::Save => {
                for &side in &c.sides {
                    if let Some(e) = self.save(side, None) {
                        // A side without a path needs a name first: ask, and stop here.
                        return Some(e);
                    }
                }
                if c.sides
                    .iter()
                    .any(|&s| self.ws.doc(s).is_some_and(|d| d.is_dirty()))
                {
                    // Not saved (the error says why): keep the edits, do nothing further.
                    return None;
                }
            }
            Answer::Discard => {}
        }
        match c.then {
            Then::Open(side, path) => {
                self.open(side, path);
                None
            }
            Then::Quit => {
                self.allow_close = true;
                Some(Effect::Close)
            }
        }
    }

    /// Folder a dialog for a side starts in: that side's file's, else the other side's.
    fn dialog_dir(&self, side: Side) -> Option<PathBuf> {
        self.ws
            .doc(side)
            .or_else(|| self.ws.doc(side.other()))
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|d| !d.as_os_str().is_empty())
    }

    /// The dialog for a purpose.
    pub fn dialog_request(&self, purpose: DialogPurpose) -> DialogRequest {
        let ron = || vec![("Position files".to_owned(), vec!["ron".to_owned()])];
        let (title, filters, file_name, save, side) = match &purpose {
            DialogPurpose::Open(side) => (
                format!("Open a position on the {}", side.name()),
                {
                    let mut f = ron();
                    f.push(("All files".into(), vec!["*".into()]));
                    f
                },
                None,
                false,
                *side,
            ),
            DialogPurpose::SaveAs(side) => (
                format!("Save the {} position as", side.name()),
                ron(),
                Some(
                    self.ws
                        .doc(*side)
                        .map(|d| d.display_name())
                        .filter(|n| n.ends_with(".ron"))
                        .unwrap_or_else(|| "position.ron".into()),
                ),
                true,
                *side,
            ),
            DialogPurpose::Export => (
                "Export a report".into(),
                vec![
                    ("HTML report".into(), vec!["html".into()]),
                    ("Markdown".into(), vec!["md".into()]),
                    ("CSV (Excel)".into(), vec!["csv".into()]),
                ],
                Some("accord-report.html".into()),
                true,
                Side::Left,
            ),
            DialogPurpose::CompareOlder => (
                "Older file (e.g. round 1)".into(),
                ron(),
                None,
                false,
                Side::Left,
            ),
            DialogPurpose::CompareNewer(_) => (
                "Newer file (e.g. round 2)".into(),
                ron(),
                None,
                false,
                Side::Left,
            ),
        };
        DialogRequest {
            dir: self.dialog_dir(side),
            purpose,
            title,
            filters,
            file_name,
            save,
        }
    }

    fn dialog(&self, purpose: DialogPurpose) -> Option<Effect> {
        Some(Effect::Dialog(self.dialog_request(purpose)))
    }

    /// A file dialog closed.
    fn dialog_done(&mut self, purpose: DialogPurpose, path: Option<PathBuf>) -> Option<Effect> {
        let Some(mut path) = path else {
            self.status = "Cancelled: nothing was changed".into();
            return None;
        };
        match purpose {
            DialogPurpose::Open(side) => self.apply(Command::Open { side, path }),
            DialogPurpose::SaveAs(side) => {
                if path.extension().is_none() {
                    path.set_extension("ron");
                }
                // Note: after "Save" in the unsaved-changes question named a new file here,
                // the quit or open that was asked for is not resumed: the user asks again.
                self.save(side, Some(path))
            }
            DialogPurpose::Export => {
                if path.extension().is_none() {
                    path.set_extension("html");
                }
                self.export_to(&path);
                None
            }
            DialogPurpose::CompareOlder => self.dialog(DialogPurpose::CompareNewer(path)),
            DialogPurpose::CompareNewer(older) => {
                self.diff_mode = DiffMode::Files(older, path);
                self.view = View::Diff;
                None
            }
        }
    }

    /// Write a report of the open workspace to `path` (format by extension).
    pub fn export_to(&mut self, path: &Path) {
        match crate::report::export_workspace(&self.ws, &self.log, path) {
            Ok(()) => self.status = format!("Exported {}", path.display()),
            Err(e) => {
                self.error = Some(Notice {
                    title: "The report was not written".into(),
                    detail: e,
                })
            }
        }
    }

    fn begin_cell_edit(&mut self, id: String, col: usize) -> Option<Effect> {
        self.selected = Some(id.clone());
        self.cursor_col = col.min(COLUMNS.len() - 1);
        self.cell_edit = crate::cell::begin_edit(&self.table, &self.ws, &id, col);
        if self.cell_edit.is_some() {
            Some(Effect::FocusCellEditor)
        } else {
            self.status = "This cell is not editable here: use the detail panel below".into();
            None
        }
    }

    /// Close the cell editor, keeping its text when `commit`; with `next`, edit the next
    /// editable cell.
    fn finish_cell_edit(&mut self, commit: bool, next: bool) -> Option<Effect> {
        let e = self.cell_edit.take()?;
        if commit {
            match crate::cell::commit_edit(&self.table, &self.ws, &e) {
                Ok(Some((side, edit))) => self.edit(side, edit, None),
                Ok(None) => {}
                Err(msg) => self.status = msg,
            }
            self.refresh();
        }
        if next {
            self.prepare_lines();
            let rows = self.visible_rows();
            if let Some((id, col)) = crate::cell::next_editable(&self.table, &rows, &e.id, e.col) {
                self.scroll_at = Some(self.frame + 1);
                return self.begin_cell_edit(id, col);
            }
        }
        Some(Effect::Unfocus)
    }

    fn action(&mut self, a: Action) -> Option<Effect> {
        match a {
            Action::Open(side) => self.dialog(DialogPurpose::Open(side)),
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
            Action::Save(side) => self.save(side, None),
            Action::Undo => {
                match &mut self.merge {
                    Some(m) => m.res.undo(),
                    None => self.undo(),
                }
                None
            }
            Action::Redo => {
                match &mut self.merge {
                    Some(m) => m.res.redo(),
                    None => self.redo(),
                }
                None
            }
            Action::NextConflict | Action::PreviousConflict => {
                if let Some(m) = &mut self.merge {
                    m.res.step(a == Action::NextConflict);
                }
                None
            }
            Action::SaveMerge => {
                self.save_merge();
                None
            }
            Action::CloseMerge => {
                if let Some(m) = self.merge.take() {
                    self.status = format!(
                        "{} is unchanged, its conflicts unresolved",
                        m.path.display()
                    );
                }
                None
            }
            Action::SaveAs => {
                let side = self.active.unwrap_or(Side::Left);
                if self.ws.doc(side).is_some() {
                    self.dialog(DialogPurpose::SaveAs(side))
                } else {
                    self.status = format!("No file on the {} side to save", side.name());
                    None
                }
            }
            Action::NewIssue(side) => {
                self.new_issue(side);
                None
            }
            Action::EditHeader(side) => {
                if self.ws.doc(side).is_some() {
                    self.header_edit = Some(side);
                } else {
                    self.status = format!("Open a file on the {} side first", side.name());
                }
                None
            }
            Action::FocusFilter => {
                self.view = View::Workspace;
                self.presentation = false;
                Some(Effect::FocusFilter)
            }
            Action::ClearFilter => {
                self.filter.clear();
                Some(Effect::Unfocus)
            }
            Action::ShowShortcuts => {
                self.show_shortcuts = !self.show_shortcuts;
                None
            }
            Action::StartNextRound => {
                self.start_next_round();
                None
            }
            Action::TogglePresentation => {
                self.presentation = !self.presentation;
                self.cell_edit = None;
                if self.presentation && self.selected.is_none() {
                    self.step_selection(1);
                }
                None
            }
            Action::ExitPresentation => {
                self.presentation = false;
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
            Action::Export => {
                if self.ws.left.is_some() && self.ws.right.is_some() {
                    self.dialog(DialogPurpose::Export)
                } else {
                    self.status = "Open a position on both sides to export a report".into();
                    None
                }
            }
            Action::Quit => self.request_quit(),
            Action::ShowView(v) => {
                self.view = v;
                self.presentation = false;
                None
            }
            Action::SetTheme(t) => {
                self.theme = t;
                None
            }
            Action::CompareSides => {
                self.diff_mode = DiffMode::Sides;
                self.view = View::Diff;
                None
            }
            Action::CompareWithSaved(side) => {
                self.diff_mode = DiffMode::Saved(side);
                self.view = View::Diff;
                None
            }
            Action::CompareTwoFiles => self.dialog(DialogPurpose::CompareOlder),
            Action::CursorLeft => {
                self.cursor_col = self.cursor_col.saturating_sub(1);
                None
            }
            Action::CursorRight => {
                self.cursor_col = (self.cursor_col + 1).min(COLUMNS.len() - 1);
                None
            }
            Action::EditCell => {
                let id = self.selected.clone()?;
                self.begin_cell_edit(id, self.cursor_col)
            }
            Action::CommitCell => self.finish_cell_edit(true, false),
            Action::CommitCellNext => self.finish_cell_edit(true, true),
            Action::CancelCell => self.finish_cell_edit(false, false),
            Action::CloseDetail => {
                self.selected = None;
                None
            }
            Action::NextChange => {
                self.diff.step(true, self.frame + 1);
                None
            }
            Action::PreviousChange => {
                self.diff.step(false, self.frame + 1);
                None
            }
            Action::AddLogEntry => {
                let (kind, text) = std::mem::take(&mut self.log_draft);
                self.log_draft.0 = kind;
                let text = text.trim().to_owned();
                if text.is_empty() {
                    self.status = "Type the entry first".into();
                } else {
                    let issue = self.selected.clone();
                    self.add_log(kind, text, issue);
                }
                None
            }
        }
    }

    /// Save a side to `to` (or its own path). A side without a path asks for one.
    fn save(&mut self, side: Side, to: Option<PathBuf>) -> Option<Effect> {
        let doc = self.ws.doc(side)?;
        let Some(path) = to.or_else(|| doc.path.clone()) else {
            return self.dialog(DialogPurpose::SaveAs(side));
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
        self.scroll_at = Some(self.frame + 1);
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
            let target = crate::rounds::next_round_path(&path, next);
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
        self.scroll_at = Some(self.frame + 1);
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

    /// Bring every cache the panels read up to date before a frame is drawn: the table lines,
    /// and, at most every [`POLL`], which files changed on disk and the rounds beside the open
    /// files; the diff view's model while it is shown. Panels then only read.
    pub fn prepare_frame(&mut self, now: std::time::Instant) {
        self.frame += 1;
        self.prepare_lines();
        let poll = self.polled.is_none_or(|t| now.duration_since(t) >= POLL);
        if poll {
            self.polled = Some(now);
            self.disk_changed = self.changed_on_disk();
        }
        if self.view == View::Diff && !self.presentation {
            let paths: Vec<Option<PathBuf>> = Side::BOTH
                .iter()
                .map(|&s| self.ws.doc(s).and_then(|d| d.path.clone()))
                .collect();
            let (l, r) = self.ws.versions();
            let key = (l, r, paths);
            if poll || self.rounds_key.as_ref() != Some(&key) {
                self.rounds = crate::rounds::rounds_info(&self.ws, &mut self.disk_files);
                self.rounds_key = Some(key);
            }
            self.prepare_diff();
        }
    }

    /// The two positions the diff view compares now, and their names; or why there are none.
    fn diff_inputs(&mut self) -> Result<DiffInputs, String> {
        let stamp = |p: &Path| format!("{:?}", crate::workspace::disk_stamp(p));
        match self.diff_mode.clone() {
            DiffMode::Sides => match (self.ws.doc(Side::Left), self.ws.doc(Side::Right)) {
                (Some(a), Some(b)) => Ok((
                    format!("sides {} {}", a.version, b.version),
                    [
                        format!("{} ({})", a.display_name(), a.position.party),
                        format!("{} ({})", b.display_name(), b.position.party),
                    ],
                    None,
                )),
                _ => Err("Open a position on both sides to compare them.".into()),
            },
            DiffMode::Saved(side) => {
                let Some(doc) = self.ws.doc(side) else {
                    return Err(format!("No file on the {} side.", side.name()));
                };
                let Some(path) = doc.path.clone() else {
                    return Err(format!(
                        "No saved file on the {} side to compare with.",
                        side.name()
                    ));
                };
                let name = doc.display_name();
                let key = format!("saved {side:?} {} {}", doc.version, stamp(&path));
                let saved = self.disk_files.get(&path)?;
                Ok((
                    key,
                    [format!("{name} on disk"), format!("{name} with your edits")],
                    Some((saved, None)),
                ))
            }
            DiffMode::Files(a, b) => {
                let key = format!(
                    "files {} {} {} {}",
                    a.display(),
                    stamp(&a),
                    b.display(),
                    stamp(&b)
                );
                let x = self.disk_files.get(&a)?;
                let y = self.disk_files.get(&b)?;
                Ok((
                    key,
                    [a.display().to_string(), b.display().to_string()],
                    Some((x, Some(y))),
                ))
            }
        }
    }

    /// Rebuild the diff view's model when what it compares changed.
    fn prepare_diff(&mut self) {
        match self.diff_inputs() {
            Err(msg) => {
                self.diff.model = None;
                self.diff.key = Some(format!("error {msg}"));
                self.diff_message = Some(msg);
            }
            Ok((key, names, disk)) => {
                self.diff_message = None;
                let key = format!("{key} {}", self.diff_only_changes);
                if self.diff.key.as_deref() == Some(key.as_str()) {
                    return;
                }
                let arc = |s: Side| self.ws.position(s).map(|p| std::sync::Arc::new(p.clone()));
                let pair = match (&self.diff_mode, disk) {
                    (DiffMode::Sides, _) => arc(Side::Left).zip(arc(Side::Right)),
                    (DiffMode::Saved(side), Some((saved, _))) => Some(saved).zip(arc(*side)),
                    (_, Some((x, Some(y)))) => Some((x, y)),
                    _ => None,
                };
                if let Some((old, new)) = pair {
                    let model = DiffModel::build(old, new, names, self.diff_only_changes);
                    self.diff.replace(key, model);
                }
            }
        }
    }

    /// Whether the frame being drawn scrolls the table to the selection (asked for by the
    /// commands applied after the previous frame).
    pub fn scrolls_now(&self) -> bool {
        self.scroll_at == Some(self.frame)
    }

    /// Whether an action can do anything now (menus grey out the rest).
    pub fn enabled(&self, a: Action) -> bool {
        let both = self.ws.left.is_some() && self.ws.right.is_some();
        match a {
            Action::Undo => match &self.merge {
                Some(m) => m.res.can_undo(),
                None => !self.history.undo.is_empty(),
            },
            Action::Redo => match &self.merge {
                Some(m) => m.res.can_redo(),
                None => !self.history.redo.is_empty(),
            },
            Action::NextConflict | Action::PreviousConflict | Action::CloseMerge => {
                self.merge.is_some()
            }
            Action::SaveMerge => self
                .merge
                .as_ref()
                .is_some_and(|m| m.res.resolved() == m.res.len()),
            Action::Save(s) | Action::NewIssue(s) | Action::EditHeader(s) => {
                self.ws.doc(s).is_some()
            }
            Action::SaveAll => self.ws.any_dirty(),
            Action::SaveAs => self.ws.doc(self.active.unwrap_or(Side::Left)).is_some(),
            Action::CompareWithSaved(s) => self.ws.doc(s).is_some_and(|d| d.path.is_some()),
            Action::Export | Action::CompareSides => both,
            Action::StartNextRound => self.ws.left.is_some() || self.ws.right.is_some(),
            Action::ClearFilter => !self.filter.is_empty(),
            _ => true,
        }
    }

    /// Whether a toggle or choice is on now (`None` for plain actions).
    pub fn checked(&self, a: Action) -> Option<bool> {
        match a {
            Action::TogglePresentation => Some(self.presentation),
            Action::ToggleLog => Some(self.show_log),
            Action::SetTheme(t) => Some(self.theme == t),
            Action::ShowView(v) => Some(self.view == v && !self.presentation),
            _ => None,
        }
    }

    /// The menu label of an action now: the table's, or with what Undo / Redo would do.
    pub fn menu_label(&self, a: Action) -> String {
        let base = crate::command::info(a).label;
        match a {
            Action::Undo => self
                .undo_label()
                .map_or_else(|| base.to_owned(), |l| format!("Undo {l}")),
            Action::Redo => self
                .redo_label()
                .map_or_else(|| base.to_owned(), |l| format!("Redo {l}")),
            _ => base.to_owned(),
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
