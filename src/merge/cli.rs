//! `accord merge BASE OURS THEIRS`: git's merge-driver contract (`%O %A %B`). The result
//! replaces OURS atomically; exit 0 merged cleanly, 1 merged with conflicts (written between
//! git's markers), 2 trouble (an input refused, the result not written: nothing is changed).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Style, merge};
use crate::format::{self, LoadError};
use crate::model::Position;

/// How conflicts are written, as git's `merge.conflictStyle`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConflictStyle {
    /// Ours and theirs.
    Merge,
    /// Ours, the base and theirs.
    Diff3,
    /// As diff3 (git's zealous variant; a field is one block either way).
    Zdiff3,
}

/// The arguments of `accord merge`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The common ancestor (git's `%O`); an empty file means there is none.
    pub base: PathBuf,
    /// Our version (`%A`): replaced by the result.
    pub ours: PathBuf,
    /// Their version (`%B`).
    pub theirs: PathBuf,
    /// Write the result here instead of over OURS.
    pub output: Option<PathBuf>,
    /// Conflict style; by default git's `merge.conflictStyle`, else `merge`.
    pub style: Option<ConflictStyle>,
    /// Length of the conflict markers (git's `%L`).
    pub marker_size: Option<usize>,
    /// The file's name in messages (git's `%P`; git's %A is a temporary file).
    pub name: Option<String>,
    /// Language of the messages (English unless `--lang ko`: git and scripts read them).
    pub lang: crate::i18n::Lang,
}

/// Load one input; for the base, an empty (or blank) file is "no common ancestor".
fn load_side(path: &Path, may_be_empty: bool) -> Result<Option<Position>, LoadError> {
    let plain_file =
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= format::MAX_FILE_BYTES);
    if !plain_file {
        return format::load_file(path).map(Some);
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(_) => return format::load_file(path).map(Some),
    };
    if may_be_empty && bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    format::load_bytes(&path.display().to_string(), &bytes).map(Some)
}

/// The three inputs, read at once (reading dominates the run time; the files are independent).
type Loaded = Result<Option<Position>, LoadError>;
fn load_three(a: &Args) -> (Loaded, Loaded, Loaded) {
    let internal = |p: &Path| {
        Err(LoadError::single(
            &p.display().to_string(),
            None,
            "internal error while reading the file".into(),
            "please report this; nothing was changed",
        ))
    };
    std::thread::scope(|s| {
        let b = s.spawn(|| load_side(&a.base, true));
        let t = s.spawn(|| load_side(&a.theirs, false));
        let o = load_side(&a.ours, false);
        let b = b.join().unwrap_or_else(|_| internal(&a.base));
        let t = t.join().unwrap_or_else(|_| internal(&a.theirs));
        (b, o, t)
    })
}

/// git's `merge.conflictStyle`, asked only when there is a conflict to write.
fn git_conflict_style() -> ConflictStyle {
    let out = std::process::Command::new("git")
        .args(["config", "--get", "merge.conflictStyle"])
        .stderr(std::process::Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => match String::from_utf8_lossy(&o.stdout).trim() {
            "diff3" => ConflictStyle::Diff3,
            "zdiff3" => ConflictStyle::Zdiff3,
            _ => ConflictStyle::Merge,
        },
        _ => ConflictStyle::Merge,
    }
}

/// Run `accord merge`.
pub fn run(a: &Args) -> ExitCode {
    use crate::i18n::report::Report as R;
    let lang = a.lang;
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let (b, o, t) = load_three(a);
    let mut trouble = false;
    for r in [&b, &o, &t] {
        if let Err(e) = r {
            let _ = writeln!(err, "{}", e.display_in(lang));
            trouble = true;
        }
    }
    let (Ok(b), Ok(Some(o)), Ok(Some(t))) = (b, o, t) else {
        if trouble {
            let _ = writeln!(err, "accord merge: {}", R::MergeNothing.get(lang));
        }
        return ExitCode::from(2);
    };
    let out_path = a.output.as_deref().unwrap_or(&a.ours);
    let out_name = a
        .name
        .clone()
        .unwrap_or_else(|| out_path.display().to_string());
    let m = merge(b.as_ref(), &o, &t);
    let code;
    let text = match m.position() {
        Some(p) => {
            let problems = format::validate(&p);
            if let Some(pr) = problems.first() {
                // Cannot happen for inputs that loaded (the merge turns broken rules into
                // conflicts), but a merge must never write a file that would not load.
                let _ = writeln!(
                    err,
                    "{}\n  {}: {}",
                    R::MergeNotLoad.fmt(lang, &[&out_name, &pr.path, &pr.message]),
                    R::Hint.get(lang),
                    R::MergeNotLoadHint.get(lang)
                );
                return ExitCode::from(2);
            }
            code = 0;
            // Comments whose issue, option or item the merge removed cannot be written.
            for c in crate::comments::dropped_comments(&p) {
                let _ = writeln!(
                    err,
                    "{out_name}: note: comment dropped, its {} is gone (ours or theirs line {}): {}",
                    c.anchor, c.line, c.text
                );
            }
            format::to_canonical_string(&p)
        }
        None => {
            let style = a.style.unwrap_or_else(git_conflict_style);
            let style = Style {
                diff3: style != ConflictStyle::Merge,
                marker_size: a.marker_size.unwrap_or(7),
            };
            let (text, at) = m.render(style);
            for c in &at {
                let _ = writeln!(
                    err,
                    "{}",
                    R::MergeConflictAt.fmt(lang, &[&out_name, &c.line, &c.about()])
                );
            }
            let hint = if at.len() == 1 {
                R::MergeConflictHint
            } else {
                R::MergeConflictsHint
            };
            let _ = writeln!(
                err,
                "  {}: {}",
                R::Hint.get(lang),
                hint.fmt(lang, &[&at.len(), &out_name])
            );
            code = 1;
            text
        }
    };
    std::mem::forget(m);
    if let Err(e) = format::write_atomic(out_path, text.as_bytes()) {
        let _ = writeln!(err, "{}", R::MergeNotWritten.fmt(lang, &[&out_name, &e]));
        return ExitCode::from(2);
    }
    // The process ends here: the OS frees the positions at once.
    std::mem::forget((o, t, b, text));
    ExitCode::from(code)
}
