//! `accord diff OLD NEW [--json]`: exit 0 when the files hold the same data, 1 when they
//! differ, 2 on trouble (as diff(1)).

use std::io::{IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

use super::render::{Style, listing, to_json, to_text};
use super::{concessions, diff};
use crate::format::{self, LoadError};
use crate::model::Position;

/// Load a side; `/dev/null` (what git passes for a created or deleted file) is an empty
/// position with no party and no issues. Every file goes through [`format::load_file`]:
/// Accord's reader reads any layout in one pass (faster on canonical files than the
/// canonical-only reader it replaced, which scanned, then wrote the text back to compare).
pub fn load(path: &Path) -> Result<Position, LoadError> {
    if path == Path::new("/dev/null") {
        return Ok(Position::default());
    }
    format::load_file(path)
}

/// Load both files at once: parsing dominates the run time and the files are independent.
pub fn load_both(
    old: &Path,
    new: &Path,
) -> (Result<Position, LoadError>, Result<Position, LoadError>) {
    std::thread::scope(|s| {
        let other = s.spawn(|| load(old));
        let n = load(new);
        let o = other.join().unwrap_or_else(|_| {
            Err(LoadError::single(
                &old.display().to_string(),
                None,
                "internal error while reading the file".into(),
                "please report this; the file was not changed",
            ))
        });
        (o, n)
    })
}

/// Whether to colour the output: only on a terminal, and never when `NO_COLOR` is set.
fn use_colour() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stdout().is_terminal()
}

/// Run `accord diff OLD NEW [--json]`.
pub fn run(old: &Path, new: &Path, json: bool) -> ExitCode {
    run_in(old, new, json, crate::i18n::Lang::En)
}

/// [`run`] with its messages in a language (`--lang`); the diff itself and the JSON keys stay
/// as they are.
pub fn run_in(old: &Path, new: &Path, json: bool, lang: crate::i18n::Lang) -> ExitCode {
    let (o, n) = load_both(old, new);
    for r in [&o, &n] {
        if let Err(e) = r {
            eprintln!("{}", e.display_in(lang));
        }
    }
    let (Ok(o), Ok(n)) = (o, n) else {
        return ExitCode::from(2);
    };
    let d = diff(&o, &n);
    // Two rounds of one side: say who moved. (Against the other side's file it would also say
    // what that is worth to them; the command line compares two files only.)
    let moves = (o.party == n.party && !o.party.is_empty())
        .then(|| concessions(&o, &n, None))
        .filter(|m| !m.issues.is_empty());
    let from_nothing = old == Path::new("/dev/null") && new != Path::new("/dev/null");
    let text = if json {
        to_json(&d, moves.as_ref())
    } else if from_nothing {
        // A created file (git passes /dev/null), or textconv: list the position, no paths.
        listing(
            &n,
            Style {
                colour: use_colour(),
            },
        )
    } else {
        let names = (old.display().to_string(), new.display().to_string());
        to_text(
            &d,
            &o,
            &n,
            (&names.0, &names.1),
            moves.as_ref(),
            Style {
                colour: use_colour(),
            },
        )
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        // A closed pipe (`accord diff … | head`) is not trouble; anything else is.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!(
                "{}",
                crate::i18n::report::Report::CliOutput.fmt(lang, &[&"accord diff", &e])
            );
            return ExitCode::from(2);
        }
    }
    let code = ExitCode::from(if d.is_empty() { 0 } else { 1 });
    // The process ends here: freeing two large positions one string at a time would only
    // delay the exit (by milliseconds on 10,000-issue files); the OS reclaims it all at once.
    std::mem::forget((o, n, d, moves, text));
    code
}
