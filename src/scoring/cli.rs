//! `accord score`.

use std::path::Path;
use std::process::ExitCode;

/// Run `accord score LEFT RIGHT [--json]`.
pub fn run(_left: &Path, _right: &Path, _json: bool) -> ExitCode {
    eprintln!("accord score: not implemented yet");
    ExitCode::from(2)
}
