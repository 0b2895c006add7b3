//! Commands: every change to the app's state is one of these, applied at the end of a frame.
//!
//! Panels never mutate state directly: they push a [`Command`]; [`crate::state::State::apply`]
//! applies the queue. [`ACTIONS`] is the one table of user-facing actions: label, tooltip, every
//! key that runs it and the context in which that key is live. Menus, tooltips, the F1 list and
//! the keyboard all read it, so they cannot disagree. [`live_bindings`] decides, in one place,
//! which keys are live and in which order they are matched (most modifiers first).

use std::path::PathBuf;

use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::Position;
use crate::table::Column;
use crate::visibility::Audience;
use crate::workspace::Side;

/// The rooms of View ▸ Room, narrowest last.
pub const ROOMS: [Audience; 4] = [
    Audience::Facilitator,
    Audience::Party(Side::Left),
    Audience::Party(Side::Right),
    Audience::Joint,
];

/// The main views, one at a time in the central area.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum View {
    /// The side-by-side table and detail panel.
    #[default]
    Workspace,
    /// Joint analysis: frontier, Nash point, trades, proposal builder.
    Score,
    /// Differences between two positions.
    Diff,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 3] = [View::Workspace, View::Score, View::Diff];
}

/// The colour theme.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl ThemeChoice {
    /// Every theme, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];
}

/// What the diff view compares.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DiffMode {
    /// The left file against the right file.
    #[default]
    Sides,
    /// A side's file on disk against its unsaved edits.
    Saved(Side),
    /// Two files picked by the user (e.g. round 1 and round 2 of one side).
    Files(PathBuf, PathBuf),
}

/// The answer to "Save / Discard / Cancel".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save the changes, then go on.
    Save,
    /// Drop the changes, then go on.
    Discard,
    /// Do nothing.
    Cancel,
}

/// What a file dialog was opened for; its answer comes back as [`Command::DialogDone`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Open a position on a side.
    Open(Side),
    /// Save a side under a new name.
    SaveAs(Side),
    /// Write a report.
    Export,
    /// The older of two files to compare.
    CompareOlder,
    /// The newer of two files to compare, the older one already picked.
    CompareNewer(PathBuf),
    /// A spreadsheet or GENIUS profile to import as a new position on a side.
    Import(Side),
    /// Where to write a side's position as a spreadsheet.
    ExportPosition(Side),
}

/// A change to the state of the app.
#[derive(Debug, Clone)]
pub enum Command {
    /// A user-facing action from the command table (menus, shortcuts, toolbar).
    Action(Action),
    /// Load a file into a side. Over unsaved edits this asks Save / Discard / Cancel first. On
    /// failure the workspace is left exactly as it was and the error (file, line, column, hint)
    /// is shown.
    Open {
        /// Side to load into.
        side: Side,
        /// File to load.
        path: PathBuf,
    },
    /// Put an already checked position on a side (tests, restore).
    Install {
        /// Side to load into.
        side: Side,
        /// Where it came from, if anywhere.
        path: Option<PathBuf>,
        /// The position.
        position: Box<Position>,
    },
    /// Change a side's position: one undo step (marks the file unsaved).
    Edit {
        /// Side edited.
        side: Side,
        /// The change.
        edit: Edit,
        /// Consecutive edits with the same key merge into one undo step (typing into one
        /// field, dragging one value). `None` never merges.
        merge: Option<u64>,
    },
    /// A new run of edits begins (a field gained focus, a drag started): the next edits do
    /// not merge into the previous run.
    NewEditRun,
    /// Put a recovered position on a side as unsaved edits of its original file.
    Restore {
        /// Side to restore.
        side: Side,
        /// The original file the edits belong to.
        path: Option<PathBuf>,
        /// The recovered position.
        position: Box<Position>,
    },
    /// Answer the offer to restore an earlier run's unsaved edits: restore them, or not.
    AnswerRecovery(bool),
    /// Someone changed a side's file on disk: replace the edits with the file (undoable).
    ReloadFromDisk(Side),
    /// Someone changed a side's file on disk: keep the edits (the side becomes unsaved).
    KeepMine(Side),
    /// Save a side to its own path.
    Save(Side),
    /// Save a side to a new path, which becomes its path.
    SaveAs {
        /// Side to save.
        side: Side,
        /// Target file.
        path: PathBuf,
    },
    /// Write a report of the open workspace (format by the file's extension).
    ExportTo(PathBuf),
    /// A file dialog closed: the file picked, or `None` when cancelled.
    DialogDone(DialogPurpose, Option<PathBuf>),
    /// No file dialog could be shown (no desktop portal or zenity, …): say what else works.
    DialogFailed(String),
    /// Answer the pending Save / Discard / Cancel question.
    Answer(Answer),
    /// Select an issue by id (or clear the selection).
    Select(Option<String>),
    /// Select an issue and show it in the workspace (from the diff view).
    JumpTo(String),
    /// Move the table's cell cursor to a column (index into the table's columns).
    CursorColumn(usize),
    /// Start editing a table cell in place.
    BeginCellEdit {
        /// Issue id of the row.
        id: String,
        /// Column index.
        col: usize,
    },
    /// The text in the cell editor changed.
    SetCellText(String),
    /// Make a side the active one (for Save as).
    Activate(Side),
    /// Set the table filter text.
    SetFilter(String),
    /// Sort by a column; the same column again flips the order, a third time clears it.
    SortBy(Column),
    /// Compare two files in the diff view.
    CompareFiles(PathBuf, PathBuf),
    /// Tick or untick a round file in the rounds panel (at most two stay ticked).
    PickRound(PathBuf, bool),
    /// Show only the changed issues in the diff view, or all.
    DiffOnlyChanges(bool),
    /// Close the header editor.
    CloseHeaderEditor,
    /// Close the shortcut list.
    CloseShortcuts,
    /// The text typed into the session log box.
    SetLogDraft(crate::session_log::EntryKind, String),
    /// Add an entry to the session log (stamped with the time and round).
    AddLogEntry {
        /// Kind of entry.
        kind: crate::session_log::EntryKind,
        /// Its text.
        text: String,
        /// The issue it concerns.
        issue: Option<String>,
        /// Whether the delegations may see it.
        shared: bool,
    },
    /// Mark the log entry being typed as shared with the delegations (or not).
    SetLogShared(bool),
    /// Answer the question whether to widen the room: `true` widens.
    ConfirmRoom(bool),
    /// Answer the question whether to save although comments would be dropped: `true` saves.
    ConfirmDropComments(bool),
    /// Remove a session log entry by index.
    RemoveLogEntry(usize),
    /// Issue rows pasted from a spreadsheet (tab-separated): add or update those issues on the
    /// active side by id, as one undo step; refused with row and column, nothing changed.
    PasteRows(String),
    /// The detail panel's title field took the keyboard focus asked for after File ▸ New.
    TitleFocused,
    /// Merge view: resolve a conflict (one undo step).
    MergePick(usize, crate::merge::resolve::Pick),
    /// Merge view: the lines typed for a conflict changed (not yet a pick).
    MergeDraft(usize, String),
    /// Show a message in the status bar.
    Notify(String),
    /// Dismiss the error banner.
    DismissError,
}

/// User-facing actions: the entries of menus, toolbars and shortcuts. Actions that differ only
/// by their argument (a side, a view, a theme) are separate rows of [`ACTIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Open a file on a side (native dialog).
    Open(Side),
    /// Save every modified file.
    SaveAll,
    /// Save one side's file.
    Save(Side),
    /// Save the active side under a new name (native dialog).
    SaveAs,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Add a new issue to a side (after the selected one, in its topic).
    NewIssue(Side),
    /// Edit a side's file header.
    EditHeader(Side),
    /// Put the keyboard focus in the filter box.
    FocusFilter,
    /// Clear the filter.
    ClearFilter,
    /// Show the keyboard shortcuts.
    ShowShortcuts,
    /// Save both sides as the closing state of this round and open copies as the next round.
    StartNextRound,
    /// Presentation mode: large type, high contrast, one issue at a time.
    TogglePresentation,
    /// Leave presentation mode.
    ExitPresentation,
    /// The next issue (the table's selection, or the issue presented).
    NextIssue,
    /// The previous issue.
    PreviousIssue,
    /// Larger type.
    ZoomIn,
    /// Smaller type.
    ZoomOut,
    /// Normal type size.
    ZoomReset,
    /// Full screen on or off.
    ToggleFullscreen,
    /// Show or hide the session log.
    ToggleLog,
    /// Export a report (HTML, Markdown or CSV).
    Export,
    /// Quit.
    Quit,
    /// Show one of the main views.
    ShowView(View),
    /// Use a colour theme.
    SetTheme(ThemeChoice),
    /// Diff view: the left file against the right file.
    CompareSides,
    /// Diff view: a side's unsaved edits against its file on disk.
    CompareWithSaved(Side),
    /// Diff view: pick two files to compare (native dialogs).
    CompareTwoFiles,
    /// Table: cell cursor one column left.
    CursorLeft,
    /// Table: cell cursor one column right.
    CursorRight,
    /// Table: edit the cell under the cursor in place.
    EditCell,
    /// Cell editor: keep the text.
    CommitCell,
    /// Cell editor: keep the text and edit the next editable cell.
    CommitCellNext,
    /// Cell editor: drop the text.
    CancelCell,
    /// Close the detail panel (clear the selection).
    CloseDetail,
    /// Diff view: the next change.
    NextChange,
    /// Diff view: the previous change.
    PreviousChange,
    /// Session log: add what is typed in the entry box.
    AddLogEntry,
    /// Show the workspace as this audience may see it (View ▸ Room).
    SetRoom(crate::visibility::Audience),
    /// A blank position on a side (one empty issue), unsaved.
    NewPosition(Side),
    /// A position on a side with the other side's agenda (ids, topics, titles, option labels;
    /// values 0, weights 1), unsaved.
    NewFromAgenda(Side),
    /// Import a spreadsheet or GENIUS profile as a new, unsaved position on a side.
    Import(Side),
    /// Write the active side's position as a spreadsheet (XLSX or CSV).
    ExportPosition,
    /// Put the selected issue's rows on the clipboard, tab-separated, in the spreadsheet layout.
    Copy,
    /// Add or update issues on the active side from rows on the clipboard.
    Paste,
    /// Merge view: the next conflict.
    NextConflict,
    /// Merge view: the previous conflict.
    PreviousConflict,
    /// Merge view: save the file with every conflict resolved, and open it.
    SaveMerge,
    /// Merge view: close it, leaving the conflicted file as it is.
    CloseMerge,
    /// Show the interface in a language (View ▸ Language), remembered.
    SetLanguage(Lang),
}

/// Keys used by shortcuts (mapped to the toolkit's keys by the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A letter key, `'A'..='Z'`.
    Letter(char),
    /// A digit key, 0–9.
    Digit(u8),
    /// = / +
    Plus,
    /// -
    Minus,
    /// Escape
    Escape,
    /// Enter / Return
    Enter,
    /// Tab
    Tab,
    /// Space bar
    Space,
    /// ↑
    ArrowUp,
    /// ↓
    ArrowDown,
    /// ←
    ArrowLeft,
    /// →
    ArrowRight,
    /// Page down
    PageDown,
    /// Page up
    PageUp,
    /// A function key, F1–F12.
    F(u8),
}

/// A key with modifiers. `ctrl` means ⌘ (Cmd) on macOS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Shortcut {
    /// Ctrl (⌘ on macOS) held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// The key.
    pub key: Key,
}

impl Shortcut {
    /// How many modifiers the shortcut asks for: more specific shortcuts are matched first.
    pub fn modifier_count(&self) -> usize {
        usize::from(self.ctrl) + usize::from(self.shift)
    }
}

/// Where a key is live. Decided in one place, [`When::live`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// Always, even while typing in a field (Ctrl+S saves what is being typed).
    Always,
    /// Browsing the workspace table: no field being typed into, not presenting.
    Table,
    /// As [`When::Table`], with an issue selected.
    Selected,
    /// As [`When::Selected`], with no filter text (Esc clears the filter first).
    Detail,
    /// Moving between issues: browsing the table or presenting.
    Issues,
    /// Presentation mode, nothing being typed.
    Presenting,
    /// The diff view, nothing being typed.
    Diff,
    /// A table cell is being edited in place.
    CellEditing,
    /// Typing into the session log's entry box.
    LogTyping,
    /// The merge view of a file with conflict markers, nothing being typed.
    Merge,
    /// The filter has focus, or holds text while nothing else is being typed.
    Filtering,
}

/// What the keyboard context is now; built by the window each frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InputContext {
    /// Some text field has keyboard focus.
    pub typing: bool,
    /// The table's cell editor is open.
    pub cell_editing: bool,
    /// The session log's entry box has focus.
    pub log_typing: bool,
    /// The filter box has focus.
    pub filter_focused: bool,
    /// The filter holds text.
    pub filter_set: bool,
    /// Presentation mode is on.
    pub presenting: bool,
    /// The view shown.
    pub view: View,
    /// An issue is selected.
    pub selected: bool,
    /// A modal question is open: no shortcut is live.
    pub modal: bool,
    /// The merge view is open (it takes the central area).
    pub merging: bool,
}

impl When {
    /// Whether a key with this context is live now.
    pub fn live(self, cx: &InputContext) -> bool {
        if cx.modal {
            return false;
        }
        let browsing = !cx.typing
            && !cx.cell_editing
            && !cx.presenting
            && !cx.merging
            && cx.view == View::Workspace;
        match self {
            When::Always => true,
            When::Table => browsing,
            When::Selected => browsing && cx.selected,
            When::Detail => browsing && cx.selected && !cx.filter_set,
            When::Issues => browsing || (cx.presenting && !cx.typing),
            When::Presenting => cx.presenting && !cx.typing,
            When::Diff => !cx.presenting && !cx.typing && !cx.merging && cx.view == View::Diff,
            When::Merge => cx.merging && !cx.presenting && !cx.typing,
            When::CellEditing => cx.cell_editing,
            When::LogTyping => cx.log_typing,
            When::Filtering => {
                !cx.presenting && (cx.filter_focused || (cx.filter_set && !cx.typing))
            }
        }
    }

    /// Words for the shortcut list ("in the table").
    pub fn describe(self, lang: Lang) -> &'static str {
        use crate::i18n::Context as C;
        match self {
            When::Always => C::Anywhere,
            When::Table => C::InTable,
            When::Selected => C::IssueSelected,
            When::Detail => C::DetailOpen,
            When::Issues => C::TableOrPresentation,
            When::Presenting => C::Presentation,
            When::Diff => C::DiffView,
            When::CellEditing => C::EditingCell,
            When::LogTyping => C::TypingLog,
            When::Merge => C::MergeView,
            When::Filtering => C::Filtering,
        }
        .get(lang)
    }
}

/// One key of an action and where it is live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    /// The key.
    pub shortcut: Shortcut,
    /// Where it is live.
    pub when: When,
}

/// An action's entry in the command table.
#[derive(Debug, Clone, Copy)]
pub struct ActionInfo {
    /// The action.
    pub action: Action,
    /// Menu label.
    pub label: &'static str,
    /// Tooltip / help text.
    pub tooltip: &'static str,
    /// Menu label in Korean.
    pub ko_label: &'static str,
    /// Tooltip / help text in Korean.
    pub ko_tooltip: &'static str,
    /// Every key that runs it, most important first (the first is shown in menus).
    pub keys: &'static [Binding],
}

impl ActionInfo {
    /// The shortcut shown beside the menu entry.
    pub fn shortcut(&self) -> Option<Shortcut> {
        self.keys.first().map(|b| b.shortcut)
    }

    /// The menu label in a language.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label,
            Lang::Ko => self.ko_label,
        }
    }

    /// The tooltip in a language.
    pub fn tooltip_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.tooltip,
            Lang::Ko => self.ko_tooltip,
        }
    }
}

const fn key(ctrl: bool, shift: bool, key: Key, when: When) -> Binding {
    Binding {
        shortcut: Shortcut { ctrl, shift, key },
        when,
    }
}
const fn ctrl(k: char) -> Binding {
    key(true, false, Key::Letter(k), When::Always)
}
const fn ctrl_shift(k: char) -> Binding {
    key(true, true, Key::Letter(k), When::Always)
}
const fn plain(k: Key, when: When) -> Binding {
    key(false, false, k, when)
}

const fn row(
    action: Action,
    label: &'static str,
    tooltip: &'static str,
    ko_label: &'static str,
    ko_tooltip: &'static str,
    keys: &'static [Binding],
) -> ActionInfo {
    ActionInfo {
        action,
        label,
        tooltip,
        ko_label,
        ko_tooltip,
        keys,
    }
}

use Action as A;
use Side::{Left as L, Right as R};

/// The command table: one entry per action, in menu order.
pub const ACTIONS: &[ActionInfo] = &[
    row(
        A::Open(L),
        "Open left…",
        "Open a position file on the left side",
        "왼쪽 열기…",
        "입장 파일을 왼쪽에 엽니다",
        &[ctrl('O')],
    ),
    row(
        A::Open(R),
        "Open right…",
        "Open a position file on the right side",
        "오른쪽 열기…",
        "입장 파일을 오른쪽에 엽니다",
        &[ctrl_shift('O')],
    ),
    row(
        A::NewPosition(L),
        "New left",
        "A blank position on the left: one empty issue, unsaved until you save it",
        "왼쪽 새로 만들기",
        "왼쪽에 빈 입장을 만듭니다: 빈 쟁점 하나, 저장하기 전까지는 저장되지 않음",
        &[],
    ),
    row(
        A::NewPosition(R),
        "New right",
        "A blank position on the right: one empty issue, unsaved until you save it",
        "오른쪽 새로 만들기",
        "오른쪽에 빈 입장을 만듭니다: 빈 쟁점 하나, 저장하기 전까지는 저장되지 않음",
        &[],
    ),
    row(
        A::NewFromAgenda(L),
        "New left from the right's agenda",
        "A position on the left with the right side's issues and options (values 0, weights 1), for a party you name",
        "오른쪽 의제로 왼쪽 새로 만들기",
        "오른쪽의 쟁점과 옵션(값 0, 가중치 1)으로 왼쪽에 새 입장을 만듭니다. 당사자 이름은 직접 입력합니다",
        &[],
    ),
    row(
        A::NewFromAgenda(R),
        "New right from the left's agenda",
        "A position on the right with the left side's issues and options (values 0, weights 1), for a party you name",
        "왼쪽 의제로 오른쪽 새로 만들기",
        "왼쪽의 쟁점과 옵션(값 0, 가중치 1)으로 오른쪽에 새 입장을 만듭니다. 당사자 이름은 직접 입력합니다",
        &[],
    ),
    row(
        A::Import(L),
        "Import left…",
        "Open a spreadsheet (.xlsx, .csv) or a GENIUS profile (.xml, .json) as a new, unsaved position on the left",
        "왼쪽으로 가져오기…",
        "스프레드시트(.xlsx, .csv)나 GENIUS 프로필(.xml, .json)을 저장되지 않은 새 입장으로 왼쪽에 엽니다",
        &[],
    ),
    row(
        A::Import(R),
        "Import right…",
        "Open a spreadsheet (.xlsx, .csv) or a GENIUS profile (.xml, .json) as a new, unsaved position on the right",
        "오른쪽으로 가져오기…",
        "스프레드시트(.xlsx, .csv)나 GENIUS 프로필(.xml, .json)을 저장되지 않은 새 입장으로 오른쪽에 엽니다",
        &[],
    ),
    row(
        A::SaveAll,
        "Save",
        "Save every modified file to its own path",
        "저장",
        "수정된 파일을 모두 각자의 경로에 저장합니다",
        &[ctrl('S')],
    ),
    row(
        A::Save(L),
        "Save left",
        "Save the left file",
        "왼쪽 저장",
        "왼쪽 파일을 저장합니다",
        &[],
    ),
    row(
        A::Save(R),
        "Save right",
        "Save the right file",
        "오른쪽 저장",
        "오른쪽 파일을 저장합니다",
        &[],
    ),
    row(
        A::SaveAs,
        "Save as…",
        "Save the active side (click a header to make it active) under a new name",
        "다른 이름으로 저장…",
        "활성 쪽(머리글을 클릭해 선택)을 새 이름으로 저장합니다",
        &[ctrl_shift('S')],
    ),
    row(
        A::StartNextRound,
        "Start next round…",
        "Save both positions as the close of this round and open copies as the next round (us.ron → us.r2.ron)",
        "다음 라운드 시작…",
        "두 입장을 이번 라운드의 마감본으로 저장하고 다음 라운드용 사본을 엽니다 (us.ron → us.r2.ron)",
        &[],
    ),
    row(
        A::Export,
        "Export report…",
        "Write a report for the room on screen (the facilitator: everything; a delegation or the joint session: a handout with only what it may see), as HTML, Markdown or CSV",
        "보고서 내보내기…",
        "화면에 보이는 방에 맞는 보고서를 씁니다(진행자: 전체, 대표단이나 합동 회의: 볼 수 있는 것만 담은 배포 자료). HTML, Markdown 또는 CSV",
        &[ctrl('E')],
    ),
    row(
        A::ExportPosition,
        "Export position…",
        "Write the active side's position as a spreadsheet (XLSX or CSV) that Excel and LibreOffice open",
        "입장 내보내기…",
        "활성 쪽의 입장을 Excel과 LibreOffice에서 열리는 스프레드시트(XLSX 또는 CSV)로 씁니다",
        &[],
    ),
    row(
        A::Quit,
        "Quit",
        "Close Accord (asks about unsaved changes)",
        "끝내기",
        "Accord를 닫습니다(저장하지 않은 변경 사항이 있으면 묻습니다)",
        &[ctrl('Q')],
    ),
    row(
        A::Undo,
        "Undo",
        "Undo the last edit",
        "실행 취소",
        "마지막 편집을 취소합니다",
        &[ctrl('Z')],
    ),
    row(
        A::Redo,
        "Redo",
        "Redo the last undone edit",
        "다시 실행",
        "취소한 편집을 다시 실행합니다",
        &[ctrl_shift('Z'), ctrl('Y')],
    ),
    row(
        A::Copy,
        "Copy issue rows",
        "Put the selected issue's rows on the clipboard as tab-separated cells in the spreadsheet layout (paste them into Excel)",
        "쟁점 행 복사",
        "선택한 쟁점의 행을 스프레드시트 형식의 탭 구분 셀로 클립보드에 복사합니다(Excel에 붙여 넣기)",
        &[key(true, false, Key::Letter('C'), When::Selected)],
    ),
    row(
        A::Paste,
        "Paste issue rows",
        "Add or update issues on the active side from rows copied in Excel or LibreOffice (matched by id; one undo step)",
        "쟁점 행 붙여넣기",
        "Excel이나 LibreOffice에서 복사한 행으로 활성 쪽의 쟁점을 추가하거나 갱신합니다(ID로 대조, 한 번에 실행 취소)",
        &[key(true, false, Key::Letter('V'), When::Table)],
    ),
    row(
        A::NewIssue(L),
        "New issue on the left",
        "Add an issue to the left file, after the selected one, in its topic",
        "왼쪽에 새 쟁점",
        "왼쪽 파일의 선택한 쟁점 다음, 같은 주제 안에 쟁점을 추가합니다",
        &[],
    ),
    row(
        A::NewIssue(R),
        "New issue on the right",
        "Add an issue to the right file, after the selected one, in its topic",
        "오른쪽에 새 쟁점",
        "오른쪽 파일의 선택한 쟁점 다음, 같은 주제 안에 쟁점을 추가합니다",
        &[],
    ),
    row(
        A::EditHeader(L),
        "Edit left file header…",
        "Party, title, round, marking, BATNA and reservation of the left file",
        "왼쪽 파일 머리글 편집…",
        "왼쪽 파일의 당사자, 제목, 라운드, 보안 표시, BATNA와 유보점",
        &[],
    ),
    row(
        A::EditHeader(R),
        "Edit right file header…",
        "Party, title, round, marking, BATNA and reservation of the right file",
        "오른쪽 파일 머리글 편집…",
        "오른쪽 파일의 당사자, 제목, 라운드, 보안 표시, BATNA와 유보점",
        &[],
    ),
    row(
        A::FocusFilter,
        "Find…",
        "Filter the table: every text field of both sides is searched",
        "찾기…",
        "표를 거릅니다: 양쪽의 모든 텍스트 필드를 검색합니다",
        &[ctrl('F')],
    ),
    row(
        A::ClearFilter,
        "Clear filter",
        "Show all issues again",
        "필터 지우기",
        "모든 쟁점을 다시 표시합니다",
        &[plain(Key::Escape, When::Filtering)],
    ),
    row(
        A::ShowView(View::Workspace),
        "Workspace",
        "Both positions side by side (Enter or F2 edits a cell)",
        "작업 공간",
        "두 입장을 나란히 봅니다(Enter나 F2로 셀 편집)",
        &[key(true, false, Key::Digit(1), When::Always)],
    ),
    row(
        A::ShowView(View::Score),
        "Score",
        "Joint analysis: frontier, Nash point, ZOPA, trades, proposal builder",
        "분석",
        "공동 분석: 파레토 경계, 내시 해, ZOPA, 교환, 제안 작성",
        &[key(true, false, Key::Digit(2), When::Always)],
    ),
    row(
        A::ShowView(View::Diff),
        "Diff",
        "What differs between the sides, or what moved since the saved file or an earlier round",
        "비교",
        "양쪽의 차이, 또는 저장된 파일이나 이전 라운드 이후 바뀐 점",
        &[key(true, false, Key::Digit(3), When::Always)],
    ),
    row(
        A::TogglePresentation,
        "Presentation mode",
        "Large type and high contrast for a projector, one issue at a time; editing hidden",
        "발표 모드",
        "프로젝터용 큰 글자와 높은 대비, 한 번에 쟁점 하나, 편집 숨김",
        &[plain(Key::F(5), When::Always)],
    ),
    row(
        A::ExitPresentation,
        "Leave presentation mode",
        "Back to the workspace",
        "발표 모드 끝내기",
        "작업 공간으로 돌아갑니다",
        &[plain(Key::Escape, When::Presenting)],
    ),
    row(
        A::ToggleLog,
        "Session log",
        "Record decisions, agreed options and action items, stamped with time and round",
        "회의 기록",
        "결정 사항, 합의한 옵션, 조치 사항을 시각과 라운드와 함께 기록합니다",
        &[ctrl('L')],
    ),
    row(
        A::ToggleFullscreen,
        "Full screen",
        "Full screen on or off",
        "전체 화면",
        "전체 화면을 켜거나 끕니다",
        &[plain(Key::F(11), When::Always)],
    ),
    row(
        A::ZoomIn,
        "Zoom in",
        "Larger type (remembered)",
        "확대",
        "글자를 크게(기억됨)",
        &[key(true, false, Key::Plus, When::Always)],
    ),
    row(
        A::ZoomOut,
        "Zoom out",
        "Smaller type (remembered)",
        "축소",
        "글자를 작게(기억됨)",
        &[key(true, false, Key::Minus, When::Always)],
    ),
    row(
        A::ZoomReset,
        "Actual size",
        "Normal type size",
        "실제 크기",
        "보통 글자 크기",
        &[key(true, false, Key::Digit(0), When::Always)],
    ),
    row(
        A::SetTheme(ThemeChoice::System),
        "Follow the system",
        "Light or dark as the operating system says",
        "시스템 설정 따르기",
        "운영 체제 설정에 따라 밝게 또는 어둡게",
        &[],
    ),
    row(
        A::SetTheme(ThemeChoice::Light),
        "Light",
        "Light theme",
        "밝게",
        "밝은 테마",
        &[],
    ),
    row(
        A::SetTheme(ThemeChoice::Dark),
        "Dark",
        "Dark theme",
        "어둡게",
        "어두운 테마",
        &[],
    ),
    row(
        A::SetRoom(Audience::Facilitator),
        "Facilitator",
        "Everything of both files, bottom lines included: never on a shared screen",
        "진행자",
        "양쪽 파일의 모든 것, 최저선 포함: 공유 화면에는 절대 띄우지 마십시오",
        &[],
    ),
    row(
        A::SetRoom(Audience::Party(L)),
        "Left delegation",
        "The left file in full, the right file's shared fields only",
        "왼쪽 대표단",
        "왼쪽 파일 전체와 오른쪽 파일의 공유 필드만",
        &[],
    ),
    row(
        A::SetRoom(Audience::Party(R)),
        "Right delegation",
        "The right file in full, the left file's shared fields only",
        "오른쪽 대표단",
        "오른쪽 파일 전체와 왼쪽 파일의 공유 필드만",
        &[],
    ),
    row(
        A::SetRoom(Audience::Joint),
        "Joint session",
        "Both files' shared fields only: what both delegations may see together",
        "합동 회의",
        "양쪽 파일의 공유 필드만: 두 대표단이 함께 볼 수 있는 것",
        &[],
    ),
    row(
        A::SetLanguage(Lang::En),
        "English",
        "Menus, messages and reports in English (remembered)",
        "English",
        "메뉴, 메시지, 보고서를 영어로 표시합니다(기억됨)",
        &[],
    ),
    row(
        A::SetLanguage(Lang::Ko),
        "한국어",
        "Menus, messages and reports in Korean (remembered)",
        "한국어",
        "메뉴, 메시지, 보고서를 한국어로 표시합니다(기억됨)",
        &[],
    ),
    row(
        A::CompareSides,
        "Compare the two sides",
        "Diff view: the left file against the right file",
        "양쪽 비교",
        "비교 보기: 왼쪽 파일과 오른쪽 파일",
        &[],
    ),
    row(
        A::CompareWithSaved(L),
        "Compare left with saved",
        "Diff view: the left side's unsaved edits against its file on disk",
        "왼쪽을 저장본과 비교",
        "비교 보기: 왼쪽의 저장하지 않은 편집과 디스크의 파일",
        &[],
    ),
    row(
        A::CompareWithSaved(R),
        "Compare right with saved",
        "Diff view: the right side's unsaved edits against its file on disk",
        "오른쪽을 저장본과 비교",
        "비교 보기: 오른쪽의 저장하지 않은 편집과 디스크의 파일",
        &[],
    ),
    row(
        A::CompareTwoFiles,
        "Compare two files…",
        "Pick an older and a newer file, e.g. round 1 and round 2 of one side",
        "두 파일 비교…",
        "이전 파일과 새 파일을 고릅니다(예: 한쪽의 1라운드와 2라운드)",
        &[],
    ),
    row(
        A::NextIssue,
        "Next issue",
        "The next issue: the table's selection, or the issue presented",
        "다음 쟁점",
        "다음 쟁점: 표의 선택 또는 발표 중인 쟁점",
        &[
            plain(Key::ArrowDown, When::Table),
            plain(Key::PageDown, When::Issues),
            plain(Key::ArrowRight, When::Presenting),
            plain(Key::Space, When::Presenting),
        ],
    ),
    row(
        A::PreviousIssue,
        "Previous issue",
        "The previous issue",
        "이전 쟁점",
        "이전 쟁점",
        &[
            plain(Key::ArrowUp, When::Table),
            plain(Key::PageUp, When::Issues),
            plain(Key::ArrowLeft, When::Presenting),
        ],
    ),
    row(
        A::CursorLeft,
        "Cell cursor left",
        "Move the table's cell cursor one column left",
        "셀 커서 왼쪽",
        "표의 셀 커서를 한 열 왼쪽으로",
        &[plain(Key::ArrowLeft, When::Selected)],
    ),
    row(
        A::CursorRight,
        "Cell cursor right",
        "Move the table's cell cursor one column right",
        "셀 커서 오른쪽",
        "표의 셀 커서를 한 열 오른쪽으로",
        &[plain(Key::ArrowRight, When::Selected)],
    ),
    row(
        A::EditCell,
        "Edit cell",
        "Edit the stance, target or weight under the cell cursor in place",
        "셀 편집",
        "셀 커서 아래의 주장, 목표 또는 가중치를 그 자리에서 편집합니다",
        &[
            plain(Key::Enter, When::Selected),
            plain(Key::F(2), When::Selected),
        ],
    ),
    row(
        A::CommitCell,
        "Keep cell edit",
        "Keep what was typed into the cell",
        "셀 편집 적용",
        "셀에 입력한 내용을 적용합니다",
        &[plain(Key::Enter, When::CellEditing)],
    ),
    row(
        A::CommitCellNext,
        "Keep and edit next cell",
        "Keep what was typed and edit the next editable cell",
        "적용하고 다음 셀 편집",
        "입력한 내용을 적용하고 다음 편집 가능한 셀로 갑니다",
        &[plain(Key::Tab, When::CellEditing)],
    ),
    row(
        A::CancelCell,
        "Cancel cell edit",
        "Drop what was typed into the cell",
        "셀 편집 취소",
        "셀에 입력한 내용을 버립니다",
        &[plain(Key::Escape, When::CellEditing)],
    ),
    row(
        A::CloseDetail,
        "Close detail panel",
        "Clear the selection",
        "세부 정보 창 닫기",
        "선택을 해제합니다",
        &[plain(Key::Escape, When::Detail)],
    ),
    row(
        A::NextChange,
        "Next change",
        "Diff view: step to the next change",
        "다음 변경",
        "비교 보기: 다음 변경으로 이동",
        &[plain(Key::F(7), When::Diff)],
    ),
    row(
        A::PreviousChange,
        "Previous change",
        "Diff view: step to the previous change",
        "이전 변경",
        "비교 보기: 이전 변경으로 이동",
        &[key(false, true, Key::F(7), When::Diff)],
    ),
    row(
        A::AddLogEntry,
        "Add log entry",
        "Add what is typed to the session log",
        "기록 항목 추가",
        "입력한 내용을 회의 기록에 추가합니다",
        &[key(true, false, Key::Enter, When::LogTyping)],
    ),
    row(
        A::NextConflict,
        "Next conflict",
        "Merge view: step to the next conflict",
        "다음 충돌",
        "병합 보기: 다음 충돌로 이동",
        &[plain(Key::F(7), When::Merge)],
    ),
    row(
        A::PreviousConflict,
        "Previous conflict",
        "Merge view: step to the previous conflict",
        "이전 충돌",
        "병합 보기: 이전 충돌로 이동",
        &[key(false, true, Key::F(7), When::Merge)],
    ),
    row(
        A::SaveMerge,
        "Save resolved file",
        "Merge view: save the file with every conflict resolved, and open it",
        "해결한 파일 저장",
        "병합 보기: 모든 충돌을 해결한 파일을 저장하고 엽니다",
        &[],
    ),
    row(
        A::CloseMerge,
        "Close merge view",
        "Leave the conflicted file as it is",
        "병합 보기 닫기",
        "충돌 난 파일을 그대로 둡니다",
        &[],
    ),
    row(
        A::ShowShortcuts,
        "Keyboard shortcuts",
        "List every keyboard shortcut",
        "바로 가기 키",
        "모든 바로 가기 키를 표시합니다",
        &[plain(Key::F(1), When::Always)],
    ),
];

/// Every variant of [`Action`] maps to a distinct number below [`ACTION_VARIANTS`] (the count
/// of variants); the match has no wildcard, so a new variant does not compile until it is
/// numbered (and counted), and the table test then fails until the table has a row for it.
pub const ACTION_VARIANTS: usize = 50;

/// The number of an action's variant (its argument ignored); see [`ACTION_VARIANTS`].
pub fn variant_number(a: Action) -> usize {
    match a {
        A::Open(_) => 0,
        A::SaveAll => 1,
        A::Save(_) => 2,
        A::SaveAs => 3,
        A::Undo => 4,
        A::Redo => 5,
        A::NewIssue(_) => 6,
        A::EditHeader(_) => 7,
        A::FocusFilter => 8,
        A::ClearFilter => 9,
        A::ShowShortcuts => 10,
        A::StartNextRound => 11,
        A::TogglePresentation => 12,
        A::ExitPresentation => 13,
        A::NextIssue => 14,
        A::PreviousIssue => 15,
        A::ZoomIn => 16,
        A::ZoomOut => 17,
        A::ZoomReset => 18,
        A::ToggleFullscreen => 19,
        A::ToggleLog => 20,
        A::Export => 21,
        A::Quit => 22,
        A::ShowView(_) => 23,
        A::SetTheme(_) => 24,
        A::CompareSides => 25,
        A::CompareWithSaved(_) => 26,
        A::CompareTwoFiles => 27,
        A::CursorLeft => 28,
        A::CursorRight => 29,
        A::EditCell => 30,
        A::CommitCell => 31,
        A::CommitCellNext => 32,
        A::CancelCell => 33,
        A::CloseDetail => 34,
        A::NextChange => 35,
        A::PreviousChange => 36,
        A::AddLogEntry => 37,
        A::SetRoom(_) => 38,
        A::NewPosition(_) => 39,
        A::NewFromAgenda(_) => 40,
        A::Import(_) => 41,
        A::ExportPosition => 42,
        A::Copy => 43,
        A::Paste => 44,
        A::NextConflict => 45,
        A::PreviousConflict => 46,
        A::SaveMerge => 47,
        A::CloseMerge => 48,
        A::SetLanguage(_) => 49,
    }
}

/// Every concrete action (each argument value) the table must hold, built from the argument
/// types' own lists.
pub fn all_actions() -> Vec<Action> {
    let mut v = Vec::new();
    for s in Side::BOTH {
        v.extend([
            A::Open(s),
            A::Save(s),
            A::NewIssue(s),
            A::EditHeader(s),
            A::CompareWithSaved(s),
            A::NewPosition(s),
            A::NewFromAgenda(s),
            A::Import(s),
        ]);
    }
    v.extend(View::ALL.map(A::ShowView));
    v.extend(ThemeChoice::ALL.map(A::SetTheme));
    v.extend(ROOMS.map(A::SetRoom));
    v.extend(Lang::ALL.map(A::SetLanguage));
    v.extend([
        A::SaveAll,
        A::SaveAs,
        A::Undo,
        A::Redo,
        A::FocusFilter,
        A::ClearFilter,
        A::ShowShortcuts,
        A::StartNextRound,
        A::TogglePresentation,
        A::ExitPresentation,
        A::NextIssue,
        A::PreviousIssue,
        A::ZoomIn,
        A::ZoomOut,
        A::ZoomReset,
        A::ToggleFullscreen,
        A::ToggleLog,
        A::Export,
        A::Quit,
        A::CompareSides,
        A::CompareTwoFiles,
        A::CursorLeft,
        A::CursorRight,
        A::EditCell,
        A::CommitCell,
        A::CommitCellNext,
        A::CancelCell,
        A::CloseDetail,
        A::NextChange,
        A::PreviousChange,
        A::AddLogEntry,
        A::ExportPosition,
        A::Copy,
        A::Paste,
        A::NextConflict,
        A::PreviousConflict,
        A::SaveMerge,
        A::CloseMerge,
    ]);
    v
}

/// The table entry of an action. Every action has one (a test walks them all); the fallback
/// only keeps a missing row from panicking.
pub fn info(action: Action) -> &'static ActionInfo {
    ACTIONS
        .iter()
        .find(|a| a.action == action)
        .unwrap_or(&ACTIONS[0])
}

/// The keys live in this context, in the order they must be matched: more modifiers first
/// (the toolkit's matching ignores an extra Shift, so Ctrl+Z would otherwise also take
/// Ctrl+Shift+Z), then table order.
pub fn live_bindings(cx: &InputContext) -> Vec<(Action, Binding)> {
    let mut v: Vec<(Action, Binding)> = ACTIONS
        .iter()
        .flat_map(|a| a.keys.iter().map(move |b| (a.action, *b)))
        .filter(|(_, b)| b.when.live(cx))
        .collect();
    // A stable sort keeps table order among equally specific keys.
    v.sort_by_key(|(_, b)| std::cmp::Reverse(b.shortcut.modifier_count()));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_a_row_for_every_action_and_every_argument() {
        for a in all_actions() {
            let rows = ACTIONS.iter().filter(|r| r.action == a).count();
            assert_eq!(rows, 1, "{a:?} has {rows} rows in ACTIONS");
        }
        for r in ACTIONS {
            assert!(
                all_actions().contains(&r.action),
                "{:?} not listed",
                r.action
            );
        }
        // Every numbered variant is in the table (unused spare numbers aside).
        let used: std::collections::BTreeSet<usize> =
            ACTIONS.iter().map(|r| variant_number(r.action)).collect();
        assert_eq!(used, (0..ACTION_VARIANTS).collect());
    }

    /// Two bindings that can be live at once and match the same key press (the toolkit ignores
    /// an extra Shift) must be ordered so that the right one wins: the more specific first.
    #[test]
    fn no_key_is_shadowed_in_any_context() {
        let bools = [false, true];
        for typing in bools {
            for cell_editing in bools {
                for presenting in bools {
                    for selected in bools {
                        for filter_set in bools {
                            for (view, merging) in
                                View::ALL.into_iter().flat_map(|v| [(v, false), (v, true)])
                            {
                                let cx = InputContext {
                                    merging,
                                    typing: typing || cell_editing,
                                    cell_editing,
                                    presenting,
                                    selected,
                                    filter_set,
                                    view,
                                    ..Default::default()
                                };
                                let live = live_bindings(&cx);
                                for (i, (a, b)) in live.iter().enumerate() {
                                    for (a2, b2) in &live[..i] {
                                        // An earlier binding takes a press of `b` when it is
                                        // the same key with a subset of the modifiers.
                                        let s = b.shortcut;
                                        let e = b2.shortcut;
                                        let takes = e.key == s.key
                                            && e.ctrl == s.ctrl
                                            && (!e.shift || s.shift);
                                        assert!(
                                            !takes || a == a2,
                                            "{a:?} ({s:?}) is shadowed by {a2:?} in {cx:?}"
                                        );
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn redo_and_open_right_are_matched_before_their_plain_forms() {
        let live = live_bindings(&InputContext::default());
        let pos = |a: Action, shift: bool| {
            live.iter()
                .position(|(x, b)| *x == a && b.shortcut.shift == shift)
                .unwrap_or(usize::MAX)
        };
        assert!(pos(A::Redo, true) < pos(A::Undo, false));
        assert!(pos(A::Open(R), true) < pos(A::Open(L), false));
        assert!(pos(A::SaveAs, true) < pos(A::SaveAll, false));
    }
}
