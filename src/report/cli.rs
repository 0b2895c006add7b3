//! `accord report LEFT RIGHT -o FILE [--previous-left F] [--previous-right F] [--log F]
//! [--no-timestamp]`: exit 0 when written, 1 when a file is refused or the report cannot be
//! written, 2 on a usage error (such as an unknown output extension).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Kind, ReportInput, export_for_in, unknown_extension};
use crate::format;
use crate::i18n::report::Report as R;
use crate::model::Position;
use crate::session_log::{self, SessionLog};

/// The arguments of `accord report`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Args {
    /// Left position file.
    pub left: PathBuf,
    /// Right position file.
    pub right: PathBuf,
    /// Output file; its extension picks the format.
    pub output: PathBuf,
    /// The left side's previous round.
    pub previous_left: Option<PathBuf>,
    /// The right side's previous round.
    pub previous_right: Option<PathBuf>,
    /// Session log; default: `session_log::path_for(LEFT, RIGHT)` when it exists.
    pub log: Option<PathBuf>,
    /// Leave the generation time out (byte-for-byte reproducible output).
    pub no_timestamp: bool,
    /// Who the report is for: a party code, `joint`, or (the default) the facilitator.
    pub audience: Option<String>,
    /// Language of the report and the messages (`--lang`; English by default).
    pub lang: crate::i18n::Lang,
}

/// The name a file goes by in the report: its file name, not the whole path, so that reports
/// made in different folders (or shared outside) do not carry local paths.
fn display_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Which session log to use: the one given (it must exist), else the pair's default file
/// when it exists, else none.
fn read_log(args: &Args) -> Result<Option<SessionLog>, String> {
    match &args.log {
        Some(p) => {
            if !p.exists() {
                return Err(R::CliNoLog.fmt(args.lang, &[&p.display()]));
            }
            session_log::load(p).map(Some)
        }
        None => {
            let p = session_log::path_for(&args.left, &args.right);
            if p.exists() {
                session_log::load(&p).map(Some)
            } else {
                Ok(None)
            }
        }
    }
}

/// Run `accord report`.
pub fn run(args: &Args) -> ExitCode {
    if Kind::from_path(&args.output).is_none() {
        eprintln!(
            "accord report: {}",
            unknown_extension(&args.output, args.lang)
        );
        return ExitCode::from(2);
    }
    let mut refused = false;
    let mut load = |p: &Path| match format::load_file(p) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("{}", e.display_in(args.lang));
            refused = true;
            None
        }
    };
    let left = load(&args.left);
    let right = load(&args.right);
    // Without --previous-*, the round just before a side's file, when one lies beside it
    // (`us.r2.ron` → `us.ron`), as the app's File ▸ Export does.
    let beside = |file: &Path, pos: Option<&Position>| {
        let round = pos.map_or(1, |p| p.round);
        crate::rounds::rounds_beside(file)
            .into_iter()
            .rfind(|(n, q)| *n < round && q.as_path() != file)
            .map(|(_, q)| q)
    };
    let auto_left = beside(&args.left, left.as_ref());
    let auto_right = beside(&args.right, right.as_ref());
    let prev_left: Option<Position> = args
        .previous_left
        .as_deref()
        .or(auto_left.as_deref())
        .and_then(&mut load);
    let prev_right: Option<Position> = args
        .previous_right
        .as_deref()
        .or(auto_right.as_deref())
        .and_then(&mut load);
    let log = match read_log(args) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            refused = true;
            None
        }
    };
    let (Some(left), Some(right)) = (left, right) else {
        return ExitCode::from(1);
    };
    if refused {
        return ExitCode::from(1);
    }
    let audience = match &args.audience {
        None => crate::visibility::Audience::Facilitator,
        Some(a) => match crate::visibility::Audience::parse(a, [&left.party, &right.party]) {
            Ok(a) => a,
            Err(e) => {
                eprintln!(
                    "accord report: {}",
                    R::CliFor.fmt(args.lang, &[a, &e, &left.party, &right.party])
                );
                return ExitCode::from(2);
            }
        },
    };
    let (ln, rn) = (display_name(&args.left), display_name(&args.right));
    let input = ReportInput {
        left: &left,
        right: &right,
        left_name: &ln,
        right_name: &rn,
        previous_left: prev_left.as_ref(),
        previous_right: prev_right.as_ref(),
        log: log.as_ref(),
        generated: (!args.no_timestamp).then(session_log::now_utc),
    };
    match export_for_in(&input, audience, &args.output, args.lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("accord report: {e}");
            ExitCode::from(1)
        }
    }
}
