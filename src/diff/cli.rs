//! `accord diff`.

use std::path::Path;
use std::process::ExitCode;

/// Run `accord diff OLD NEW [--json]`.
pub fn run(_old: &Path, _new: &Path, _json: bool) -> ExitCode {
    eprintln!("accord diff: not implemented yet");
    ExitCode::from(2)
}
