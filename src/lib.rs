//! Accord: a desktop workbench for negotiation workshops.
//!
//! The crate is layered so that arrows only point down: `ui` → `app` → core. The core modules
//! ([`model`], [`format`], [`scoring`], [`workspace`], [`command`], [`cli`]) import nothing from
//! egui or eframe, so the command line and the tests use them without a window.

#[cfg(feature = "gui")]
pub mod app;
pub mod cell;
pub mod cli;
pub mod command;
pub mod comments;
pub mod convert;
pub mod create;
#[cfg(feature = "gui")]
pub mod dialogs;
pub mod diff;
pub mod edit;
pub mod format;
pub mod genius;
pub mod i18n;
pub mod merge;
pub mod model;
pub mod recovery;
pub mod report;
pub mod rounds;
pub mod samples;
pub mod scoring;
pub mod session;
pub mod session_log;
pub mod sheet;
pub mod state;
pub mod table;
#[cfg(feature = "gui")]
pub mod ui;
pub mod visibility;
pub mod workspace;

/// Path to a sample position file shipped in `positions/` (for defaults and tests).
pub fn sample_path(name: &str) -> std::path::PathBuf {
    let local = std::path::Path::new("positions").join(name);
    if local.exists() {
        return local;
    }
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("positions")
        .join(name)
}
