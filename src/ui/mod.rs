//! Drawing only: each module reads the state and pushes [`crate::command::Command`]s.

pub mod detail;
pub mod diff_view;
pub mod fonts;
pub mod header;
pub mod keys;
pub mod log_panel;
pub mod present;
pub mod score_view;
pub mod table;
pub mod theme;
