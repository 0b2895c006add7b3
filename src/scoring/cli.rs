//! `accord score`.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::format;

use super::{analysis, report, uncertainty};

/// Run `accord score LEFT RIGHT [--json]`: exit 0 on success, 1 when a file is refused
/// (its `FILE:LINE:COL: message` on stderr), 2 when the output cannot be written.
pub fn run(left: &Path, right: &Path, json: bool) -> ExitCode {
    run_with(left, right, json, None, None)
}

/// `accord score LEFT RIGHT [--json] [--samples N] [--seed S]`: as [`run`], plus the Monte
/// Carlo over the files' ranges when a file has any (or `samples` is given and not 0).
pub fn run_with(
    left: &Path,
    right: &Path,
    json: bool,
    samples: Option<usize>,
    seed: Option<u64>,
) -> ExitCode {
    run_in(left, right, json, samples, seed, crate::i18n::Lang::En)
}

/// [`run_with`] with the text report and the messages in a language (`--lang`); the JSON
/// output does not change.
pub fn run_in(
    left: &Path,
    right: &Path,
    json: bool,
    samples: Option<usize>,
    seed: Option<u64>,
    lang: crate::i18n::Lang,
) -> ExitCode {
    let mut refused = false;
    let mut load = |p: &Path| match format::load_file(p) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("{}", e.display_in(lang));
            refused = true;
            None
        }
    };
    let (l, r) = (load(left), load(right));
    let (Some(l), Some(r)) = (l, r) else {
        return ExitCode::from(1);
    };
    debug_assert!(!refused);
    let a = analysis::analyze(&l, &r);
    let ranged = l.uses_ranges() || r.uses_ranges();
    let samples = match samples {
        Some(n) => n,
        None if ranged => uncertainty::DEFAULT_SAMPLES,
        None => 0,
    };
    let u = (samples > 0)
        .then(|| {
            let opts = uncertainty::Options {
                samples,
                seed: seed.unwrap_or(uncertainty::DEFAULT_SEED),
                threads: 0,
                ask_first: true,
            };
            uncertainty::run(&a, &l, &r, opts, &uncertainty::Control::default())
        })
        .flatten();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = if json {
        report::write_json_with(&a, u.as_ref(), &mut out)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        out.write_all(report::text_in(&a, lang).as_bytes())
            .and_then(|()| match &u {
                Some(u) => out.write_all(report::uncertainty_text_in(&a, u, lang).as_bytes()),
                None => Ok(()),
            })
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                crate::i18n::report::Report::CliOutput.fmt(lang, &[&"accord score", &e])
            );
            ExitCode::from(2)
        }
    }
}
