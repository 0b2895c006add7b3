//! Drawing only: each module reads the state and pushes [`crate::command::Command`]s.

pub mod banners;
pub mod comment_warning;
pub mod detail;
pub mod diff_view;
pub mod fonts;
pub mod header;
pub mod header_editor;
pub mod keys;
pub mod log_panel;
pub mod menu;
pub mod merge_view;
pub mod modals;
pub mod own_view;
pub mod present;
pub mod rounds;
pub mod score_view;
pub mod table;
pub mod theme;
pub mod toolbar;

/// Widget id of the table filter box.
pub const FILTER_ID: &str = "accord-filter";
/// Widget id of the table's cell editor.
pub const CELL_EDITOR_ID: &str = "accord-cell-editor";
/// Widget id of the session log's entry box.
pub const LOG_ID: &str = "accord-log-entry";
