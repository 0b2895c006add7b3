//! Drawing only: each module reads the state and pushes [`crate::command::Command`]s.

pub mod detail;
pub mod fonts;
pub mod header;
pub mod keys;
pub mod table;
pub mod theme;
