//! `accord import genius FOLDER -o DIR` and `accord export genius LEFT RIGHT -o DIR`.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::format;

fn refused(msg: impl std::fmt::Display) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "{msg}");
    ExitCode::FAILURE
}

/// Import every profile of a scenario folder; nothing is written unless all of them convert and
/// none of the target files exists.
pub fn import(folder: &Path, out: &Path, steps: Option<usize>) -> ExitCode {
    let positions = match super::import_folder(folder, steps) {
        Ok(p) => p,
        Err(e) => return refused(e),
    };
    if out.exists() && !out.is_dir() {
        return refused(format!(
            "{}: is a file, not a folder\n  hint: name a folder for the position files (it is created when missing)",
            out.display()
        ));
    }
    let targets: Vec<_> = positions
        .iter()
        .map(|(stem, p)| (out.join(format!("{stem}.ron")), p))
        .collect();
    for (t, _) in &targets {
        if t.exists() {
            return refused(format!(
                "{}: already exists, not overwritten (nothing was written)\n  hint: pick another folder, or delete the file first",
                t.display()
            ));
        }
    }
    if let Err(e) = std::fs::create_dir_all(out) {
        return refused(format!(
            "{}: cannot create the folder: {e}\n  hint: check that you may write there",
            out.display()
        ));
    }
    for (t, p) in targets {
        if let Err(e) = format::save_atomic(&t, p) {
            return refused(e);
        }
        println!("{}", t.display());
    }
    ExitCode::SUCCESS
}

/// Export two positions as a GENIUS domain and two profiles.
pub fn export(left: &Path, right: &Path, out: &Path) -> ExitCode {
    let (l, r) = crate::diff::cli::load_both(left, right);
    let (l, r) = match (l, r) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => return refused(e),
    };
    let stem = |p: &Path, fallback: &str| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty() && s != "domain")
            .unwrap_or_else(|| fallback.to_owned())
    };
    let (mut ln, mut rn) = (stem(left, "left"), stem(right, "right"));
    if ln == rn {
        ln.push_str("-left");
        rn.push_str("-right");
    }
    let sc = match super::export_scenario(&l, &r, [&ln, &rn]) {
        Ok(s) => s,
        Err(e) => {
            return refused(format!(
                "{} + {}: {e}\n  hint: a GENIUS domain needs issues both files hold (same ids), with options",
                left.display(),
                right.display()
            ));
        }
    };
    if out.exists() && !out.is_dir() {
        return refused(format!(
            "{}: is a file, not a folder\n  hint: name a folder for the scenario (it is created when missing)",
            out.display()
        ));
    }
    if let Err(e) = std::fs::create_dir_all(out) {
        return refused(format!(
            "{}: cannot create the folder: {e}\n  hint: check that you may write there",
            out.display()
        ));
    }
    for w in &sc.warnings {
        let _ = writeln!(std::io::stderr(), "warning: {w}");
    }
    for (name, text) in std::iter::once(&sc.domain).chain(sc.profiles.iter()) {
        let t = out.join(name);
        if let Err(e) = format::write_atomic(&t, text.as_bytes()) {
            return refused(format!("{}: not written: {e}", t.display()));
        }
        println!("{}", t.display());
    }
    ExitCode::SUCCESS
}
