//! The command line's `new`, `import` and `export`: positions in and out (spreadsheets, GENIUS).
//!
//! Exit codes as elsewhere: 0 written, 1 refused or not written (the message names the place
//! and says what to do; nothing is written), 2 usage.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::{create, format, sheet};

fn refused(msg: impl std::fmt::Display) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "{msg}");
    ExitCode::FAILURE
}

fn usage(msg: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "accord: {msg}");
    ExitCode::from(2)
}

/// `accord new [--from FILE] [--party CODE] -o OUT.ron`
pub fn new(from: Option<&Path>, party: Option<&str>, out: &Path) -> ExitCode {
    if let Err(e) = create::refuse_existing(out) {
        return refused(e);
    }
    let party = party.unwrap_or(create::DEFAULT_PARTY);
    let p = match from {
        Some(f) => match format::load_file(f) {
            Ok(other) => create::from_agenda(&other, party),
            Err(e) => return refused(e),
        },
        None => create::blank(party),
    };
    match create::write_new(out, &p) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => refused(e),
    }
}

fn is_genius(p: &Path) -> bool {
    p.as_os_str() == "genius"
}

/// `accord import IN.xlsx|IN.csv -o OUT.ron` or `accord import genius FOLDER -o DIR [--steps N]`
pub fn import(inputs: &[PathBuf], out: &Path, steps: Option<usize>) -> ExitCode {
    match inputs {
        [g, folder] if is_genius(g) => crate::genius::cli::import(folder, out, steps),
        [input] => {
            if steps.is_some() {
                return usage("--steps is for `accord import genius FOLDER`");
            }
            if let Err(e) = create::refuse_existing(out) {
                return refused(e);
            }
            let p = match sheet::import_file(input) {
                Ok(p) => p,
                Err(e) => return refused(e),
            };
            match format::save_atomic(out, &p) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => refused(e),
            }
        }
        _ => usage(
            "usage: accord import IN.xlsx|IN.csv -o OUT.ron, or accord import genius FOLDER -o DIR",
        ),
    }
}

/// `accord export FILE.ron -o OUT.xlsx|OUT.csv` or `accord export genius LEFT RIGHT -o DIR`
pub fn export(inputs: &[PathBuf], out: &Path) -> ExitCode {
    match inputs {
        [g, left, right] if is_genius(g) => crate::genius::cli::export(left, right, out),
        [input] => {
            if sheet::Kind::of(out, false).is_none() {
                return usage("the output must end in .xlsx or .csv");
            }
            let p = match format::load_file(input) {
                Ok(p) => p,
                Err(e) => return refused(e),
            };
            match sheet::export_file(&p, out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => refused(e),
            }
        }
        _ => usage(
            "usage: accord export FILE.ron -o OUT.xlsx|OUT.csv, or accord export genius LEFT.ron RIGHT.ron -o DIR",
        ),
    }
}
