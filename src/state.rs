//! The state of the app as plain data, and the one place that changes it: [`State::apply`].

use std::path::{Path, PathBuf};

use crate::cell::{COLUMNS, CellEdit};
use crate::command::{Action, Answer, Command, DialogPurpose, DiffMode, ThemeChoice, View};
use crate::diff::view_model::{DiffModel, DiffNav};
use crate::edit::{self, Edit};
use crate::format;
use crate::i18n::notice::Notice as N;
use crate::model::{FieldSet, Position};
use crate::rounds::{DiskFiles, RoundsInfo};
use crate::table::{Column, Line, Sort, TableModel};
use crate::visibility::Audience;
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
    /// For File ▸ New and Import, which replace a side's position and its file: the path to
    /// put back when the step is replayed (`Some(None)`: no file).
    path_swap: Option<Option<PathBuf>>,
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
    /// Put text on the system clipboard.
    CopyText(String),
    /// Ask the window for the clipboard's text (it comes back as a paste event).
    RequestPaste,
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

/// A save held back because it would drop comments whose anchor is gone (issue 12).
#[derive(Debug, Clone, PartialEq)]
pub struct DropPending {
    /// The side being saved.
    pub side: Side,
    /// Where to (`None`: its own path).
    pub to: Option<PathBuf>,
    /// The comments the save would drop, in file order.
    pub dropped: Vec<crate::comments::DroppedComment>,
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
    /// The language of the interface.
    pub lang: crate::i18n::Lang,
    /// The user picked the language (View ▸ Language): remembered, else the system's is used.
    pub lang_chosen: bool,
    /// The status line a save wrote last (a second Ctrl+S leaves it rather than say "nothing
    /// to save").
    saved_line: String,
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
    /// "Save" was answered, and a save is waiting for a name (Save as) or for the
    /// dropped-comments question: the sides still to save and what happens after.
    resume: Option<Confirm>,
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
    /// The detail panel should put the cursor in the title of the selected issue on this side
    /// (after File ▸ New).
    pub focus_title: Option<Side>,
    disk_files: DiskFiles,
    rounds_key: Option<(u64, u64, Vec<Option<PathBuf>>)>,
    polled: Option<std::time::Instant>,
    problems: [(u64, Vec<format::Problem>); 2],
    lines: Vec<Line>,
    lines_key: Option<((u64, u64), String, Option<Sort>)>,
    table_key: (u64, u64),
    /// Who the screen is for now (View ▸ Room). Every view draws what this audience may see.
    pub room: Audience,
    /// A wider room asked for and waiting for confirmation.
    pub room_pending: Option<Audience>,
    /// A save that would drop comments, waiting for "Save anyway" or "Cancel".
    pub drop_pending: Option<DropPending>,
    /// The room each pair of files was last shown in, by [`pair_key`].
    pub rooms: std::collections::BTreeMap<String, Audience>,
    /// The pair of files the room was last chosen for.
    room_pair: String,
    /// Whether the log entry being typed is shared with the delegations.
    pub log_shared: bool,
    /// The workspace as the room may see it, when the room is not the facilitator's; with the
    /// room and versions it was made for.
    room_ws: Option<RoomCopy>,
}

/// The room's copy of the workspace: the room and versions it was made for, the copy, the
/// fields hidden on each side, and whether each side is an estimate withheld from the room.
type RoomCopy = (Audience, (u64, u64), Workspace, [FieldSet; 2], [bool; 2]);

/// The key under which the room of a pair of files is remembered.
pub fn pair_key(ws: &Workspace) -> String {
    let name = |s: Side| {
        ws.doc(s)
            .and_then(|d| d.path.as_deref())
            .map(|p| {
                std::fs::canonicalize(p)
                    .unwrap_or_else(|_| p.to_path_buf())
                    .display()
                    .to_string()
            })
            .unwrap_or_default()
    };
    format!("{}|{}", name(Side::Left), name(Side::Right))
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
                        self.status = N::Reloaded.fmt(self.lang, &[&path.display()]);
                    }
                    Err(e) => {
                        self.error = Some(Notice {
                            title: N::ReloadFailed.fmt(self.lang, &[&path.display()]),
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
                    title: N::NoDialog.get(self.lang).into(),
                    detail: N::NoDialogHint.fmt(self.lang, &[&why]),
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
            Command::AddLogEntry {
                kind,
                text,
                issue,
                shared,
            } => {
                if !text.trim().is_empty() {
                    self.add_log(kind, text, issue, shared);
                }
                None
            }
            Command::SetLogShared(on) => {
                self.log_shared = on;
                None
            }
            Command::ConfirmDropComments(yes) => {
                let d = self.drop_pending.take()?;
                if yes {
                    return self.save_unchecked(d.side, d.to);
                }
                self.resume = None;
                self.status = N::DropCancelled.get(self.lang).into();
                None
            }
            Command::ConfirmRoom(yes) => {
                if let Some(to) = self.room_pending.take()
                    && yes
                {
                    self.enter_room(to);
                }
                None
            }
            Command::MergePick(k, pick) => {
                if let Some(m) = &mut self.merge {
                    m.res.pick(k, pick);
                    self.status =
                        N::ConflictsResolved.fmt(self.lang, &[&m.res.resolved(), &m.res.len()]);
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
            Command::PasteRows(text) => {
                self.paste_rows(&text);
                None
            }
            Command::TitleFocused => {
                self.focus_title = None;
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
                self.status = N::Opened.fmt(
                    self.lang,
                    &[&path.display(), &self.side(side), &p.issues.len()],
                );
                self.push_recent(&path);
                self.ws.install(side, Some(path), p);
                self.history.forget(side);
                self.disk_changed.retain(|&s| s != side);
                self.error = None;
            }
            Err(e) if self.open_merge(side, &path) => {
                self.status = N::MergeOpened.fmt(
                    self.lang,
                    &[
                        &path.display(),
                        &self.merge.as_ref().map_or(0, |m| m.res.len()),
                        &e.diagnostics.len(),
                    ],
                );
            }
            Err(e) => {
                self.error = Some(Notice {
                    title: N::OpenFailed.fmt(self.lang, &[&e.file, &self.side(side)]),
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
                self.status = N::ConflictsLeft.fmt(
                    self.lang,
                    &[&(m.res.len() - m.res.resolved()), &m.res.len()],
                );
            }
            Some(Err(e)) => {
                self.error = Some(Notice {
                    title: N::MergeWouldNotLoad.fmt(self.lang, &[&name]),
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
                        self.status = N::MergeSaved.fmt(self.lang, &[&name, &self.side(side)]);
                    }
                    Err(e) => {
                        self.error = Some(Notice {
                            title: N::NotSaved.fmt(self.lang, &[&name]),
                            detail: N::ConflictedUnchanged.fmt(self.lang, &[&e]),
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
        self.status = N::Restored.fmt(self.lang, &[&self.side(side)]);
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
                self.status = N::Cancelled.get(self.lang).into();
                return None;
            }
            Answer::Save => {
                self.resume = Some(c);
                return self.resume_after_save();
            }
            Answer::Discard => {}
        }
        self.carry_out(c.then)
    }

    /// Go on with "Save" of the unsaved-changes question: save the sides left, one by one;
    /// where one needs a name or an answer first, wait for it (its save comes back here); when
    /// all are saved, carry out the open or quit that was asked for. A failed save stops it
    /// (the error says why; the edits stay).
    fn resume_after_save(&mut self) -> Option<Effect> {
        let mut c = self.resume.take()?;
        while let Some(&side) = c.sides.first() {
            if !self.ws.doc(side).is_some_and(|d| d.is_dirty()) {
                c.sides.remove(0);
                continue;
            }
            let effect = self.save(side, None);
            if effect.is_some() || self.drop_pending.is_some() {
                self.resume = Some(c);
                return effect;
            }
            if self.ws.doc(side).is_some_and(|d| d.is_dirty()) {
                return None;
            }
            c.sides.remove(0);
        }
        self.carry_out(c.then)
    }

    /// What the unsaved-changes question was asked for, once it is answered.
    fn carry_out(&mut self, then: Then) -> Option<Effect> {
        match then {
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
        let lang = self.lang;
        let ron = || {
            vec![(
                N::FilterPositions.get(lang).to_owned(),
                vec!["ron".to_owned()],
            )]
        };
        let (title, filters, file_name, save, side) = match &purpose {
            DialogPurpose::Open(side) => (
                N::DlgOpen.fmt(lang, &[&self.side(*side)]),
                {
                    let mut f = ron();
                    f.push((N::FilterAll.get(lang).into(), vec!["*".into()]));
                    f
                },
                None,
                false,
                *side,
            ),
            DialogPurpose::SaveAs(side) => (
                N::DlgSaveAs.fmt(lang, &[&self.side(*side)]),
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
                N::DlgExport.fmt(lang, &[&self.room_label()]),
                vec![
                    (N::FilterHtml.get(lang).into(), vec!["html".into()]),
                    (N::FilterMarkdown.get(lang).into(), vec!["md".into()]),
                    (N::FilterCsvExcel.get(lang).into(), vec!["csv".into()]),
                ],
                Some(format!(
                    "accord-{}.html",
                    if self.room == Audience::Facilitator {
                        "report".to_owned()
                    } else {
                        let parties = Side::BOTH
                            .map(|s| self.ws.position(s).map_or("", |p| p.party.as_str()));
                        format!("handout-{}", self.room.slug(parties))
                    }
                )),
                true,
                Side::Left,
            ),
            DialogPurpose::CompareOlder => {
                (N::DlgOlder.get(lang).into(), ron(), None, false, Side::Left)
            }
            DialogPurpose::CompareNewer(_) => {
                (N::DlgNewer.get(lang).into(), ron(), None, false, Side::Left)
            }
            DialogPurpose::Import(side) => (
                N::DlgImport.fmt(lang, &[&self.side(*side)]),
                vec![
                    (
                        N::FilterSheets.get(lang).into(),
                        ["xlsx", "xlsm", "xls", "ods", "csv"]
                            .map(String::from)
                            .to_vec(),
                    ),
                    (
                        N::FilterGenius.get(lang).into(),
                        vec!["xml".into(), "json".into()],
                    ),
                    (N::FilterAll.get(lang).into(), vec!["*".into()]),
                ],
                None,
                false,
                *side,
            ),
            DialogPurpose::ExportPosition(side) => (
                N::DlgExportPosition.fmt(lang, &[&self.side(*side)]),
                vec![
                    (N::FilterXlsx.get(lang).into(), vec!["xlsx".into()]),
                    (N::FilterCsvUtf8.get(lang).into(), vec!["csv".into()]),
                ],
                Some(
                    self.ws
                        .doc(*side)
                        .map(|d| d.display_name())
                        .map(|n| format!("{}.xlsx", n.trim_end_matches(".ron")))
                        .unwrap_or_else(|| "position.xlsx".into()),
                ),
                true,
                *side,
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
            self.status = N::Cancelled.get(self.lang).into();
            self.resume = None;
            return None;
        };
        match purpose {
            DialogPurpose::Open(side) => self.apply(Command::Open { side, path }),
            DialogPurpose::SaveAs(side) => {
                if path.extension().is_none() {
                    path.set_extension("ron");
                }
                // After "Save" in the unsaved-changes question this save resumes the quit
                // or open that was asked for (`resume_after_save`).
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
            DialogPurpose::Import(side) => {
                self.import(side, &path);
                None
            }
            DialogPurpose::ExportPosition(side) => {
                if path.extension().is_none() {
                    path.set_extension("xlsx");
                }
                self.export_position(side, &path);
                None
            }
        }
    }

    /// Read a spreadsheet, or a GENIUS profile with the scenario folder it sits in, and put
    /// it on a side as a new, unsaved position (one undo step). A refusal changes nothing.
    pub fn import(&mut self, side: Side, path: &Path) {
        match import_position(path) {
            Ok(p) => {
                let n = p.issues.len();
                self.replace_doc(side, p, N::StepImport.fmt(self.lang, &[&path.display()]));
                self.status = N::Imported.fmt(self.lang, &[&path.display(), &self.side(side), &n]);
                self.error = None;
            }
            Err(detail) => {
                self.error = Some(Notice {
                    title: N::ImportFailed.fmt(self.lang, &[&path.display(), &self.side(side)]),
                    detail,
                });
            }
        }
    }

    /// Write a side's position as a spreadsheet (kind by extension).
    pub fn export_position(&mut self, side: Side, path: &Path) {
        let Some(p) = self.ws.position(side) else {
            return;
        };
        match crate::sheet::export_file(p, path) {
            Ok(()) => {
                self.status =
                    N::ExportedPosition.fmt(self.lang, &[&self.side(side), &path.display()])
            }
            Err(e) => {
                self.error = Some(Notice {
                    title: N::SheetNotWritten.get(self.lang).into(),
                    detail: e.to_string(),
                })
            }
        }
    }

    /// Put a new position on a side as one undo step: the side's file (if any) is set aside,
    /// so the new position is unsaved and Save asks for a name; undo brings back the previous
    /// position and its file.
    pub fn replace_doc(&mut self, side: Side, p: crate::model::Position, label: String) {
        if self.ws.doc(side).is_none() {
            // Undo goes back to an empty side rather than to nothing.
            self.ws
                .install(side, None, crate::model::Position::default());
        }
        let before = self.history.undo.len();
        self.edit(side, Edit::ReplaceAll(Box::new(p)), None);
        if self.history.undo.len() > before
            && let Some(doc) = self.ws.doc_mut(side)
        {
            let old = doc.path.take();
            if let Some(top) = self.history.undo.last_mut() {
                top.path_swap = Some(old);
                top.label = label;
            }
        }
        self.disk_changed.retain(|&s| s != side);
        self.active = Some(side);
    }

    /// A blank position on a side, the cursor in its one issue's title.
    pub fn new_position(&mut self, side: Side) {
        let party = crate::create::DEFAULT_PARTY;
        self.replace_doc(
            side,
            crate::create::blank(party),
            N::StepNewPosition.get(self.lang).into(),
        );
        self.selected = Some(crate::create::FIRST_ISSUE_ID.to_owned());
        self.view = View::Workspace;
        self.presentation = false;
        self.focus_title = Some(side);
        self.scroll_at = Some(self.frame + 1);
        self.status = N::NewPosition.fmt(self.lang, &[&self.side(side)]);
    }

    /// A position on a side with the other side's agenda; the header editor opens so that the
    /// user names the party.
    pub fn new_from_agenda(&mut self, side: Side) {
        let Some(other) = self.ws.position(side.other()) else {
            self.status = N::OpenOtherFirst.fmt(self.lang, &[&self.side(side.other())]);
            return;
        };
        let p = crate::create::from_agenda(other, crate::create::DEFAULT_PARTY);
        let n = p.issues.len();
        self.replace_doc(
            side,
            p,
            N::StepNewFromAgenda.fmt(self.lang, &[&self.side(side.other())]),
        );
        self.header_edit = Some(side);
        self.status =
            N::NewFromAgenda.fmt(self.lang, &[&self.side(side), &self.side(side.other()), &n]);
    }

    /// The selected issue's rows, tab-separated in the spreadsheet layout: from the active side,
    /// else from the side that has it.
    pub fn copy_rows(&mut self) -> Option<Effect> {
        let id = self.selected.clone()?;
        let active = self.active.unwrap_or(Side::Left);
        let found = [active, active.other()].into_iter().find_map(|s| {
            let p = self.ws.position(s)?;
            p.issue_index(&id).map(|i| (s, &p.issues[i]))
        });
        let Some((side, issue)) = found else {
            self.status = N::SelectToCopy.get(self.lang).into();
            return None;
        };
        let text = crate::sheet::issues_to_tsv(&[issue]);
        self.status = N::Copied.fmt(self.lang, &[&id, &self.side(side), &text.lines().count()]);
        Some(Effect::CopyText(text))
    }

    /// Add or update issues on the active side from pasted rows, as one undo step. Any bad
    /// cell refuses the whole paste, with its row and column; nothing changes then.
    pub fn paste_rows(&mut self, text: &str) {
        let side = self.active.unwrap_or(Side::Left);
        let Some(p) = self.ws.position(side) else {
            self.status = N::OpenOrCreateFirst.fmt(self.lang, &[&self.side(side)]);
            return;
        };
        let title = N::NothingPasted.fmt(self.lang, &[&self.side(side)]);
        let refuse = |detail: String| Notice {
            title: title.clone(),
            detail,
        };
        let pasted = match crate::sheet::parse_clipboard(text) {
            Ok(v) => v,
            Err(e) => {
                self.error = Some(refuse(e.to_string()));
                return;
            }
        };
        let (edits, at) = paste_edits(p, &pasted);
        let mut trial = p.clone();
        if let Err(e) = edit::apply(&mut trial, Edit::Batch(edits.clone())) {
            self.error = Some(refuse(e.to_string()));
            return;
        }
        // Only problems of the pasted issues refuse the paste (the file may hold others).
        let mut lines = Vec::new();
        for pr in format::validate(&trial) {
            if let [
                format::Seg::Field("issues"),
                format::Seg::Index(i),
                rest @ ..,
            ] = pr.path.0.as_slice()
                && let Some(k) = at.iter().position(|&x| x == *i)
            {
                lines.push(format!(
                    "clipboard: {}: {}\n  hint: {}",
                    pasted[k].place(rest),
                    pr.message,
                    pr.hint
                ));
            }
        }
        if !lines.is_empty() {
            self.error = Some(refuse(lines.join("\n")));
            return;
        }
        let (added, updated) = (
            at.iter().filter(|&&i| i >= p.issues.len()).count(),
            at.iter().filter(|&&i| i < p.issues.len()).count(),
        );
        self.edit(side, Edit::Batch(edits), None);
        if let Some(top) = self.history.undo.last_mut() {
            top.label = N::StepPaste.fmt(self.lang, &[&pasted.len()]);
        }
        self.selected = pasted.first().map(|x| x.issue().id.clone());
        self.active = Some(side);
        self.error = None;
        self.status = N::Pasted.fmt(self.lang, &[&self.side(side), &added, &updated]);
    }

    /// Write a report of the open workspace to `path` (format by extension).
    pub fn export_to(&mut self, path: &Path) {
        match crate::report::export_workspace(&self.ws, &self.log, self.room, path, self.lang) {
            Ok(()) => {
                self.status =
                    N::ExportedReport.fmt(self.lang, &[&path.display(), &self.room_label()]);
            }
            Err(e) => {
                self.error = Some(Notice {
                    title: N::ReportNotWritten.get(self.lang).into(),
                    detail: e,
                })
            }
        }
    }

    fn begin_cell_edit(&mut self, id: String, col: usize) -> Option<Effect> {
        self.selected = Some(id.clone());
        self.cursor_col = col.min(COLUMNS.len() - 1);
        let side = match COLUMNS.get(col) {
            Some(Column::Stance(s) | Column::Target(s) | Column::Weight(s)) => Some(*s),
            _ => None,
        };
        if let Some(side) = side
            && !self.may_edit(side)
        {
            self.refuse_in_room(side);
            return None;
        }
        self.cell_edit = crate::cell::begin_edit(&self.table, &self.ws, &id, col);
        if self.cell_edit.is_some() {
            Some(Effect::FocusCellEditor)
        } else {
            self.status = N::CellNotEditable.get(self.lang).into();
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
                    && (self.status.is_empty() || self.status != self.saved_line)
                {
                    self.status = N::NothingToSave.get(self.lang).into();
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
                    self.status = N::MergeClosed.fmt(self.lang, &[&m.path.display()]);
                }
                None
            }
            Action::SaveAs => {
                let side = self.active.unwrap_or(Side::Left);
                if self.ws.doc(side).is_some() {
                    self.dialog(DialogPurpose::SaveAs(side))
                } else {
                    self.status = N::NoFileToSave.fmt(self.lang, &[&self.side(side)]);
                    None
                }
            }
            Action::NewIssue(side) => {
                self.new_issue(side);
                None
            }
            Action::EditHeader(side) => {
                if self.ws.doc(side).is_some() && !self.may_edit(side) {
                    self.refuse_in_room(side);
                } else if self.ws.doc(side).is_some() {
                    self.header_edit = Some(side);
                } else {
                    self.status = N::OpenFileFirst.fmt(self.lang, &[&self.side(side)]);
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
                    self.status = N::OpenBothToExport.get(self.lang).into();
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
            Action::SetLanguage(l) => {
                self.lang = l;
                self.lang_chosen = true;
                None
            }
            Action::SetRoom(to) => {
                if self.room.widening_to(to) {
                    // A projector must never show more by one stray click: ask first.
                    self.room_pending = Some(to);
                } else {
                    self.enter_room(to);
                }
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
            Action::NewPosition(side) => {
                self.new_position(side);
                None
            }
            Action::NewFromAgenda(side) => {
                self.new_from_agenda(side);
                None
            }
            Action::Import(side) => self.dialog(DialogPurpose::Import(side)),
            Action::ExportPosition => {
                let side = self.active.unwrap_or(Side::Left);
                if self.ws.doc(side).is_some() {
                    self.dialog(DialogPurpose::ExportPosition(side))
                } else {
                    self.status = N::NoPositionToExport.fmt(self.lang, &[&self.side(side)]);
                    None
                }
            }
            Action::Copy => self.copy_rows(),
            Action::Paste => Some(Effect::RequestPaste),
            Action::AddLogEntry => {
                let (kind, text) = std::mem::take(&mut self.log_draft);
                self.log_draft.0 = kind;
                let text = text.trim().to_owned();
                if text.is_empty() {
                    self.status = N::TypeFirst.get(self.lang).into();
                } else {
                    let issue = self.selected.clone();
                    self.add_log(kind, text, issue, self.log_shared);
                }
                None
            }
        }
    }

    /// Save a side to `to` (or its own path). A side without a path asks for one. A save
    /// that would drop comments (their issue, option or item is gone) asks first.
    fn save(&mut self, side: Side, to: Option<PathBuf>) -> Option<Effect> {
        let doc = self.ws.doc(side)?;
        if doc.path.is_some() || to.is_some() {
            let dropped = crate::comments::dropped_comments(&doc.position);
            if !dropped.is_empty() {
                self.drop_pending = Some(DropPending { side, to, dropped });
                return None;
            }
        }
        self.save_unchecked(side, to)
    }

    /// Save without asking about dropped comments; after the save the file holds none of
    /// them, so they are forgotten.
    fn save_unchecked(&mut self, side: Side, to: Option<PathBuf>) -> Option<Effect> {
        let doc = self.ws.doc(side)?;
        let Some(path) = to.or_else(|| doc.path.clone()) else {
            return self.dialog(DialogPurpose::SaveAs(side));
        };
        match format::save_atomic(&path, &doc.position) {
            Ok(()) => {
                if let Some(doc) = self.ws.doc_mut(side) {
                    crate::comments::forget_dropped(&mut doc.position);
                }
                self.status = N::Saved.fmt(self.lang, &[&path.display()]);
                self.saved_line = self.status.clone();
                self.push_recent(&path);
                if let Some(doc) = self.ws.doc_mut(side) {
                    doc.saved_version = doc.version;
                    doc.disk = crate::workspace::disk_stamp(&path);
                    doc.path = Some(path);
                }
                // A save the unsaved-changes question waited for: go on with the rest.
                self.resume_after_save()
            }
            Err(e) => {
                self.resume = None;
                self.error = Some(Notice {
                    title: N::SaveFailed.fmt(self.lang, &[&self.side(side)]),
                    detail: e.to_string(),
                });
                None
            }
        }
    }

    /// Apply an edit as one undo step (or merge it into the last one).
    fn edit(&mut self, side: Side, e: Edit, merge: Option<u64>) {
        if !self.may_edit(side) {
            self.refuse_in_room(side);
            return;
        }
        let version = self.ws.new_version();
        let Some(doc) = self.ws.doc_mut(side) else {
            return;
        };
        let label = edit::describe_in(&e, &doc.position, self.lang);
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
                        path_swap: None,
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
                    title: N::EditNotApplied.get(self.lang).into(),
                    detail: err.to_string(),
                });
            }
        }
    }

    /// Say why a side cannot be edited in this room (the room does not see all of it).
    fn refuse_in_room(&mut self, side: Side) {
        self.status = N::RefuseInRoom.fmt(self.lang, &[&self.room_label(), &self.side(side)]);
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
        let top = if undoing {
            self.history.undo.last()
        } else {
            self.history.redo.last()
        };
        if let Some(side) = top.map(|s| s.side)
            && !self.may_edit(side)
        {
            self.refuse_in_room(side);
            return;
        }
        let (from, verb, none) = if undoing {
            (&mut self.history.undo, N::Undid, N::NothingToUndo)
        } else {
            (&mut self.history.redo, N::Redid, N::NothingToRedo)
        };
        let Some(step) = from.pop() else {
            self.status = none.get(self.lang).into();
            return;
        };
        if let Some(s) = self.replay(step, undoing) {
            self.status = verb.fmt(self.lang, &[&s.label]);
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
                let path_swap = step.path_swap.map(|p| std::mem::replace(&mut doc.path, p));
                let side = step.side;
                self.after_edit(side, structural, &touched, prev);
                self.follow_rename(renamed);
                Some(Step {
                    edit: reverse,
                    merge: None,
                    path_swap,
                    ..step
                })
            }
            Err(err) => {
                self.error = Some(Notice {
                    title: N::UndoFailed.get(self.lang).into(),
                    detail: err.to_string(),
                });
                None
            }
        }
    }

    /// Keep the table in step with an edit: only the touched rows unless ids, topics or the
    /// order changed.
    fn after_edit(&mut self, side: Side, structural: bool, touched: &[usize], prev: u64) {
        if structural || self.room != Audience::Facilitator {
            // `refresh` rebuilds the table (in a room, from the room's copy) and re-checks.
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
                    title: N::NoNextRound.get(self.lang).into(),
                    detail: N::SaveSideFirst.fmt(self.lang, &[&self.side(side)]),
                });
                return;
            };
            let next = doc.position.round.saturating_add(1);
            let target = crate::rounds::next_round_path(&path, next);
            if target.exists() {
                self.error = Some(Notice {
                    title: N::NoNextRound.get(self.lang).into(),
                    detail: N::RoundExists.fmt(self.lang, &[&target.display()]),
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
                    title: N::CouldNotWrite.fmt(self.lang, &[&target.display()]),
                    detail: e.to_string(),
                });
                return;
            }
            self.ws.install(side, Some(target.clone()), p);
            self.history.forget(side);
            self.push_recent(&target);
            opened.push(N::FileRound.fmt(self.lang, &[&target.display(), &next]));
        }
        let round = self.current_round();
        self.add_log(
            crate::session_log::EntryKind::Note,
            N::RoundStarted.fmt(self.lang, &[&round]),
            None,
            true,
        );
        self.status = N::NextRound.fmt(self.lang, &[&opened.join(N::And.get(self.lang))]);
    }

    /// Insert a new issue after the selected one (in its topic), with a fresh id, and select it.
    pub fn new_issue(&mut self, side: Side) {
        let Some(p) = self.ws.position(side) else {
            self.status = N::OpenFileFirst.fmt(self.lang, &[&self.side(side)]);
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
            title: N::NewIssueTitle.get(self.lang).into(),
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
        shared: bool,
    ) {
        self.sync_log();
        self.log.entries.push(crate::session_log::LogEntry {
            time: crate::session_log::now_utc(),
            round: self.current_round(),
            kind,
            text,
            issue,
            shared,
        });
        self.write_log();
    }

    fn write_log(&mut self) {
        match &self.log_path {
            Some(path) => {
                if let Err(e) = crate::session_log::save(path, &self.log) {
                    self.error = Some(Notice {
                        title: N::LogNotSaved.get(self.lang).into(),
                        detail: e,
                    });
                }
            }
            None => {
                self.status = N::LogInMemory.get(self.lang).into();
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
                        title: N::LogNotRead.get(self.lang).into(),
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

    /// Switch to a room now (the question, if any, was answered) and remember it for the pair.
    fn enter_room(&mut self, to: Audience) {
        self.room = to;
        self.room_pending = None;
        self.cell_edit = None;
        if self.header_edit.is_some_and(|s| !self.may_edit_in(to, s)) {
            self.header_edit = None;
        }
        let key = pair_key(&self.ws);
        self.rooms.insert(key.clone(), to);
        self.room_pair = key;
        self.status = N::RoomNow.fmt(self.lang, &[&self.room_label()]);
    }

    /// The room's name with the parties' codes ("ROK delegation").
    pub fn room_label(&self) -> String {
        self.audience_label(self.room)
    }

    /// An audience's name with the parties' codes.
    pub fn audience_label(&self, a: Audience) -> String {
        a.label_in(
            Side::BOTH.map(|s| self.ws.position(s).map(|p| p.party.as_str())),
            self.lang,
        )
    }

    /// When the pair of open files changed, take the room remembered for the new pair, but
    /// never a wider one than the room on screen without asking.
    fn follow_pair(&mut self) {
        let key = pair_key(&self.ws);
        if key == self.room_pair {
            return;
        }
        self.room_pair = key.clone();
        if let Some(&r) = self.rooms.get(&key) {
            if self.room.widening_to(r) {
                self.status = N::LastShownTo.fmt(self.lang, &[&self.audience_label(r)]);
            } else {
                self.room = r;
            }
        }
    }

    /// The workspace as the room may see it: the real one for the facilitator, else a copy
    /// without what the room may not see ([`crate::visibility`]).
    pub fn shown(&self) -> &Workspace {
        match &self.room_ws {
            Some((_, _, ws, _, _)) if self.room != Audience::Facilitator => ws,
            _ => &self.ws,
        }
    }

    /// The fields of a side the room does not see.
    pub fn hidden(&self, side: Side) -> FieldSet {
        match &self.room_ws {
            Some((_, _, _, hidden, _)) if self.room != Audience::Facilitator => {
                hidden[side as usize]
            }
            _ => FieldSet::NONE,
        }
    }

    /// Whether the side is an estimate of which the room sees only the agenda.
    pub fn estimate_withheld(&self, side: Side) -> bool {
        match &self.room_ws {
            Some((_, _, _, _, w)) if self.room != Audience::Facilitator => w[side as usize],
            _ => false,
        }
    }

    /// Whether `room` would see a side in full (and so may edit it).
    fn may_edit_in(&self, room: Audience, side: Side) -> bool {
        let positions = [self.ws.position(Side::Left), self.ws.position(Side::Right)];
        crate::visibility::shown_fields(positions, side, room) == FieldSet::ALL
    }

    /// Whether the room may edit a side: only a side it sees in full.
    pub fn may_edit(&self, side: Side) -> bool {
        self.hidden(side).is_empty() && !self.estimate_withheld(side)
    }

    /// What analysis the room may see.
    pub fn insight(&self) -> crate::visibility::Insight {
        crate::visibility::insight(
            [self.ws.position(Side::Left), self.ws.position(Side::Right)],
            self.room,
        )
    }

    /// Session log entries the room may see, with their indices.
    pub fn shown_log(&self) -> Vec<(usize, &crate::session_log::LogEntry)> {
        let all = self.room == Audience::Facilitator;
        self.log
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| all || e.shared)
            .collect()
    }

    /// Make the room's copy of the workspace current.
    fn refresh_room(&mut self) {
        self.follow_pair();
        if self.room == Audience::Facilitator {
            if self.room_ws.take().is_some() {
                self.table_key = (u64::MAX, u64::MAX);
            }
            return;
        }
        let versions = self.ws.versions();
        if matches!(&self.room_ws, Some((a, v, ..)) if *a == self.room && *v == versions) {
            return;
        }
        let positions = [self.ws.position(Side::Left), self.ws.position(Side::Right)];
        let views = crate::visibility::view(positions, self.room);
        let mut shown = self.ws.clone();
        let mut hidden = [FieldSet::NONE; 2];
        let mut withheld = [false; 2];
        for (k, v) in views.into_iter().enumerate() {
            let side = Side::BOTH[k];
            if let (Some(v), Some(doc)) = (v, shown.doc_mut(side)) {
                doc.position = v.position;
                hidden[k] = v.hidden;
                withheld[k] = v.estimate_withheld;
            }
        }
        let mut table = TableModel::build(&shown);
        if hidden.iter().any(|h| h.has(crate::model::Field::Values)) {
            // A gap measured on values the room may not see would reveal them.
            for r in &mut table.rows {
                r.gap = None;
            }
        }
        self.table = table;
        self.table_key = versions;
        self.lines_key = None;
        self.room_ws = Some((self.room, versions, shown, hidden, withheld));
    }

    /// Rebuild the matched rows when a side changed.
    fn refresh(&mut self) {
        self.sync_log();
        self.refresh_room();
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
                    .lines_among(self.shown(), &self.filter, self.sort, Some(&among))
            } else {
                self.table.lines(self.shown(), &self.filter, self.sort)
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
                _ => Err(N::OpenBothToCompare.get(self.lang).into()),
            },
            DiffMode::Saved(side) => {
                let Some(doc) = self.ws.doc(side) else {
                    return Err(N::NoFileOnSide.fmt(self.lang, &[&self.side(side)]));
                };
                let Some(path) = doc.path.clone() else {
                    return Err(N::NoSavedFile.fmt(self.lang, &[&self.side(side)]));
                };
                let name = doc.display_name();
                let key = format!("saved {side:?} {} {}", doc.version, stamp(&path));
                let saved = self.disk_files.get(&path)?;
                Ok((
                    key,
                    [
                        N::OnDisk.fmt(self.lang, &[&name]),
                        N::WithEdits.fmt(self.lang, &[&name]),
                    ],
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
                let key = format!(
                    "{key} {} {:?} {:?}",
                    self.diff_only_changes, self.room, self.lang
                );
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
                let pair = pair.map(|(old, new)| {
                    if self.room == Audience::Facilitator {
                        return (old, new);
                    }
                    // Each file as the room may see it: a diff must not show a hidden value move.
                    let open = [self.ws.position(Side::Left), self.ws.position(Side::Right)];
                    let shown = |p: &Position| {
                        std::sync::Arc::new(crate::visibility::redact_file(p, open, self.room))
                    };
                    (shown(&old), shown(&new))
                });
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
            Action::SaveAs | Action::ExportPosition | Action::Paste => {
                self.ws.doc(self.active.unwrap_or(Side::Left)).is_some()
            }
            Action::NewFromAgenda(s) => self.ws.doc(s.other()).is_some(),
            Action::Copy => self.selected.is_some(),
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
            Action::SetLanguage(l) => Some(self.lang == l),
            Action::ShowView(v) => Some(self.view == v && !self.presentation),
            Action::SetRoom(r) => Some(self.room == r),
            _ => None,
        }
    }

    /// A side's name in the interface's language.
    pub fn side(&self, side: Side) -> &'static str {
        crate::i18n::side_name(side, self.lang)
    }

    /// The menu label of an action now: the table's, or with what Undo / Redo would do.
    pub fn menu_label(&self, a: Action) -> String {
        use crate::i18n::Menu;
        let base = crate::command::info(a).label_in(self.lang);
        match a {
            Action::Undo => self
                .undo_label()
                .map_or_else(|| base.to_owned(), |l| Menu::UndoStep.fmt(self.lang, &[&l])),
            Action::Redo => self
                .redo_label()
                .map_or_else(|| base.to_owned(), |l| Menu::RedoStep.fmt(self.lang, &[&l])),
            Action::SetRoom(r) => self.audience_label(r),
            _ => base.to_owned(),
        }
    }

    /// The label of the step Undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        // A step's label may name a private value: only rooms that may edit the side see it.
        self.history
            .undo
            .last()
            .filter(|s| self.may_edit(s.side))
            .map(|s| s.label.as_str())
    }

    /// The label of the step Redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.history
            .redo
            .last()
            .filter(|s| self.may_edit(s.side))
            .map(|s| s.label.as_str())
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

/// The edits a paste makes: an existing issue (by id) gets the pasted columns, a new id is
/// added at the end. Also returns, for each pasted issue, its index after the edits.
fn paste_edits(
    p: &crate::model::Position,
    pasted: &[crate::sheet::PastedIssue],
) -> (Vec<Edit>, Vec<usize>) {
    use crate::edit::{IssueField as F, Value as V};
    let mut edits = Vec::new();
    let mut at = Vec::new();
    let mut next = p.issues.len();
    for x in pasted {
        let issue = x.issue();
        match p.issue_index(&issue.id) {
            Some(i) => {
                for col in x.columns() {
                    let (field, value) = match col {
                        "topic" => (F::Topic, V::Text(issue.topic.clone())),
                        "title" => (F::Title, V::Text(issue.title.clone())),
                        "weight" => (F::Weight, V::Number(issue.weight)),
                        "option" => (F::Options, V::Options(issue.options.clone())),
                        "target" => (F::Target, V::OptText(issue.target.clone())),
                        "walk_away" => (F::WalkAway, V::OptText(issue.walk_away.clone())),
                        "flexibility" => (F::Flexibility, V::Flex(issue.flexibility)),
                        "stance" => (F::Stance, V::Text(issue.stance.clone())),
                        "interests" => (F::Interests, V::List(issue.interests.clone())),
                        "criteria" => (F::Criteria, V::List(issue.criteria.clone())),
                        "notes" => (F::Notes, V::Text(issue.notes.clone())),
                        "sources" => (F::Sources, V::List(issue.sources.clone())),
                        _ => continue,
                    };
                    // Options before target and walk-away, which must name one of them: the
                    // layout's column order already puts `option` first.
                    edits.push(Edit::SetIssue(i, field, value));
                }
                at.push(i);
            }
            None => {
                edits.push(Edit::InsertIssue(next, Box::new(issue.clone())));
                at.push(next);
                next += 1;
            }
        }
    }
    (edits, at)
}

/// A position read from a spreadsheet, or from a GENIUS profile (with the domain in its folder).
fn import_position(path: &Path) -> Result<crate::model::Position, String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("xml" | "json")) {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let all = crate::genius::import_folder(dir, None).map_err(|e| e.to_string())?;
        return all
            .into_iter()
            .find(|(s, _)| Some(s) == stem.as_ref())
            .map(|(_, p)| p)
            .ok_or_else(|| {
                format!(
                    "{}: not a GENIUS profile (root <utility_space>, or a GeniusWeb LinearAdditiveUtilitySpace)\n  hint: pick a profile file of a scenario folder, or a spreadsheet",
                    path.display()
                )
            });
    }
    crate::sheet::import_file(path).map_err(|e| e.to_string())
}
