//! Commands: every change to the app's state is one of these, applied at the end of a frame.
//!
//! Panels never mutate state directly: they push a [`Command`]; [`crate::state::State::apply`]
//! applies the queue. [`ACTIONS`] is the one table that maps user-facing actions to their
//! label, tooltip and shortcut, so menus, keys and the shortcut help never disagree.

use std::path::PathBuf;

use crate::edit::Edit;
use crate::model::Position;
use crate::table::Column;
use crate::workspace::Side;

/// A change to the state of the app.
#[derive(Debug, Clone)]
pub enum Command {
    /// A user-facing action from the command table (menus, shortcuts, toolbar).
    Action(Action),
    /// Load a file into a side. On failure the workspace is left exactly as it was and the
    /// error (file, line, column, hint) is shown.
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
    /// Put a recovered position on a side as unsaved edits of its original file.
    Restore {
        /// Side to restore.
        side: Side,
        /// The original file the edits belong to.
        path: Option<PathBuf>,
        /// The recovered position.
        position: Box<Position>,
    },
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
    /// Select an issue by id (or clear the selection).
    Select(Option<String>),
    /// Move the table's cell cursor to a column (index into the table's columns).
    CursorColumn(usize),
    /// Make a side the active one (for Save as).
    Activate(Side),
    /// Set the table filter text.
    SetFilter(String),
    /// Sort by a column; the same column again flips the order, a third time clears it.
    SortBy(Column),
    /// Show the diff of a side's file on disk against what is open.
    CompareWithDisk(Side),
    /// Add an entry to the session log (stamped with the time and round).
    AddLogEntry {
        /// Kind of entry.
        kind: crate::session_log::EntryKind,
        /// Its text.
        text: String,
        /// The issue it concerns.
        issue: Option<String>,
    },
    /// Remove a session log entry by index.
    RemoveLogEntry(usize),
    /// Show a message in the status bar.
    Notify(String),
    /// Dismiss the error banner.
    DismissError,
}

/// User-facing actions: the entries of menus and shortcuts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Open a file on the left (native dialog).
    OpenLeft,
    /// Open a file on the right (native dialog).
    OpenRight,
    /// Save every modified file.
    SaveAll,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Save the active side under a new name (native dialog).
    SaveAs,
    /// Save the left file.
    SaveLeft,
    /// Save the right file.
    SaveRight,
    /// Add a new issue to the left file (after the selected one).
    NewIssueLeft,
    /// Add a new issue to the right file (after the selected one).
    NewIssueRight,
    /// Edit the left file's header.
    EditHeaderLeft,
    /// Edit the right file's header.
    EditHeaderRight,
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
    /// Next issue (presentation mode).
    NextIssue,
    /// Previous issue (presentation mode).
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
}

/// Keys used by shortcuts (mapped to the toolkit's keys by the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// O
    O,
    /// S
    S,
    /// F
    F,
    /// Q
    Q,
    /// Z
    Z,
    /// Y
    Y,
    /// Escape
    Escape,
    /// F1
    F1,
    /// F5
    F5,
    /// F11
    F11,
    /// = / +
    Plus,
    /// -
    Minus,
    /// 0
    Zero,
    /// L
    L,
    /// E
    E,
    /// Page down
    PageDown,
    /// Page up
    PageUp,
}

/// A key with modifiers. `ctrl` means Cmd on macOS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Shortcut {
    /// Ctrl (Cmd on macOS) held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// The key.
    pub key: Key,
}

const fn ctrl(key: Key) -> Option<Shortcut> {
    Some(Shortcut {
        ctrl: true,
        shift: false,
        key,
    })
}
const fn ctrl_shift(key: Key) -> Option<Shortcut> {
    Some(Shortcut {
        ctrl: true,
        shift: true,
        key,
    })
}
const fn plain(key: Key) -> Option<Shortcut> {
    Some(Shortcut {
        ctrl: false,
        shift: false,
        key,
    })
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
    /// Keyboard shortcut.
    pub shortcut: Option<Shortcut>,
    /// A second shortcut for the same action (Ctrl+Y for redo).
    pub alt_shortcut: Option<Shortcut>,
}

/// The command table: one entry per action, in menu order.
pub const ACTIONS: &[ActionInfo] = &[
    ActionInfo {
        action: Action::OpenLeft,
        label: "Open left…",
        tooltip: "Open a position file on the left side",
        shortcut: ctrl(Key::O),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::OpenRight,
        label: "Open right…",
        tooltip: "Open a position file on the right side",
        shortcut: ctrl_shift(Key::O),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::SaveAll,
        label: "Save",
        tooltip: "Save every modified file to its own path",
        shortcut: ctrl(Key::S),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::Undo,
        label: "Undo",
        tooltip: "Undo the last edit",
        shortcut: ctrl(Key::Z),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::Redo,
        label: "Redo",
        tooltip: "Redo the last undone edit",
        shortcut: ctrl_shift(Key::Z),
        alt_shortcut: ctrl(Key::Y),
    },
    ActionInfo {
        action: Action::SaveAs,
        label: "Save as…",
        tooltip: "Save the active side under a new name",
        shortcut: ctrl_shift(Key::S),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::SaveLeft,
        label: "Save left",
        tooltip: "Save the left file",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::SaveRight,
        label: "Save right",
        tooltip: "Save the right file",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::NewIssueLeft,
        label: "New issue on the left",
        tooltip: "Add an issue to the left file, after the selected one, in its topic",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::NewIssueRight,
        label: "New issue on the right",
        tooltip: "Add an issue to the right file, after the selected one, in its topic",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::EditHeaderLeft,
        label: "Edit left file header…",
        tooltip: "Party, title, round, marking, BATNA and reservation of the left file",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::EditHeaderRight,
        label: "Edit right file header…",
        tooltip: "Party, title, round, marking, BATNA and reservation of the right file",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::FocusFilter,
        label: "Find…",
        tooltip: "Filter the table: every text field of both sides is searched",
        shortcut: ctrl(Key::F),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ClearFilter,
        label: "Clear filter",
        tooltip: "Show all issues again",
        shortcut: plain(Key::Escape),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::StartNextRound,
        label: "Start next round…",
        tooltip: "Save both positions as the close of this round and open copies as the next round (us.ron → us.r2.ron)",
        shortcut: None,
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::Export,
        label: "Export report…",
        tooltip: "Write a report of both positions, the analysis, changes since the previous round and the session log (HTML, Markdown or CSV)",
        shortcut: ctrl(Key::E),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::TogglePresentation,
        label: "Presentation mode",
        tooltip: "Large type and high contrast for a projector, one issue at a time; editing hidden",
        shortcut: plain(Key::F5),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::NextIssue,
        label: "Next issue",
        tooltip: "Presentation mode: the next issue",
        shortcut: plain(Key::PageDown),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::PreviousIssue,
        label: "Previous issue",
        tooltip: "Presentation mode: the previous issue",
        shortcut: plain(Key::PageUp),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ZoomIn,
        label: "Zoom in",
        tooltip: "Larger type (remembered)",
        shortcut: ctrl(Key::Plus),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ZoomOut,
        label: "Zoom out",
        tooltip: "Smaller type (remembered)",
        shortcut: ctrl(Key::Minus),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ZoomReset,
        label: "Actual size",
        tooltip: "Normal type size",
        shortcut: ctrl(Key::Zero),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ToggleFullscreen,
        label: "Full screen",
        tooltip: "Full screen on or off",
        shortcut: plain(Key::F11),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ToggleLog,
        label: "Session log",
        tooltip: "Record decisions, agreed options and action items, stamped with time and round",
        shortcut: ctrl(Key::L),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::ShowShortcuts,
        label: "Keyboard shortcuts",
        tooltip: "List every keyboard shortcut",
        shortcut: plain(Key::F1),
        alt_shortcut: None,
    },
    ActionInfo {
        action: Action::Quit,
        label: "Quit",
        tooltip: "Close Accord",
        shortcut: ctrl(Key::Q),
        alt_shortcut: None,
    },
];

/// The table entry of an action.
pub fn info(action: Action) -> &'static ActionInfo {
    ACTIONS
        .iter()
        .find(|a| a.action == action)
        .unwrap_or(&ACTIONS[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for a in ACTIONS {
            for s in [a.shortcut, a.alt_shortcut].into_iter().flatten() {
                assert!(seen.insert(s), "{:?} shares a shortcut", a.action);
            }
        }
    }

    #[test]
    fn info_finds_each_action() {
        for a in ACTIONS {
            assert_eq!(info(a.action).action, a.action);
        }
    }
}
