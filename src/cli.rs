//! The command line: `accord [LEFT [RIGHT]]` opens the app; subcommands work without a window.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::format;
use crate::i18n::Lang;
use crate::i18n::report::Report as R;

/// Accord: edit, score and diff two negotiation position files side by side.
#[derive(Debug, Parser)]
#[command(
    name = "accord",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Position file for the left side (default: the sample US position).
    pub left: Option<PathBuf>,
    /// Position file for the right side (default: the sample ROK position).
    pub right: Option<PathBuf>,
    /// Language of reports and messages: en (English, the default whatever the locale: tools
    /// and scripts read the output) or ko (Korean).
    #[arg(long, global = true, value_name = "en|ko", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

/// `--lang`'s value: a code [`Lang::parse`] knows, else a message (clap exits 2 with it).
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| R::CliLang.fmt(Lang::En, &[&code]))
}

/// Subcommands that work without a window.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Check position files; print FILE:LINE:COL: message for each problem (exit 1 if any).
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite valid files in the canonical layout (atomically).
    Fmt {
        /// Change nothing; exit 1 if a file is not in the canonical layout.
        #[arg(long)]
        check: bool,
        /// Files to format.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Joint analysis of two positions: Pareto frontier, Nash point, ZOPA, trades.
    Score {
        /// Left position file.
        left: PathBuf,
        /// Right position file.
        right: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Monte Carlo samples over the files' ranges (default 10000 when a file has ranges;
        /// 0 turns the uncertainty analysis off; at most 100000).
        #[arg(long, value_parser = clap::value_parser!(u64).range(0..=100_000))]
        samples: Option<u64>,
        /// Seed of the Monte Carlo generator (default 1): the same seed gives the same output.
        #[arg(long)]
        seed: Option<u64>,
    },
    /// Write copies of the sample positions (embedded in the binary) into DIR (default: the
    /// current folder); refuses, writing nothing, if one of them is already there.
    Samples {
        /// Folder to write into (created if missing).
        dir: Option<PathBuf>,
    },
    /// Print a shell completion script generated from these definitions (the package installs
    /// them).
    #[command(hide = true)]
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) generated from these definitions (the package installs it).
    #[command(hide = true)]
    Man,
    /// Windowless session driven from standard input (end-to-end tests of crash recovery).
    #[command(hide = true)]
    Session {
        /// Left position file.
        left: Option<PathBuf>,
        /// Right position file.
        right: Option<PathBuf>,
    },
    /// What changed between two position files (exit 0 same, 1 different, 2 trouble).
    Diff {
        /// Older file.
        old: PathBuf,
        /// Newer file.
        new: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start a new position file: blank (one empty issue), or on the agenda of another file
    /// (same issue ids, topics, titles and option labels; values 0, weights 1). Never overwrites.
    New {
        /// Copy the agenda of this position file.
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        /// Party code of the new position (default: NEW).
        #[arg(long, value_name = "CODE")]
        party: Option<String>,
        /// The new file (must not exist).
        #[arg(short = 'o', long = "output", value_name = "OUT.ron")]
        output: PathBuf,
    },
    /// Read a spreadsheet (.xlsx/.csv, layout in docs/spreadsheet.md) into a position file, or
    /// `import genius FOLDER -o DIR` a GENIUS scenario into one position file per profile.
    Import {
        /// `IN.xlsx` / `IN.csv`, or `genius FOLDER` (a GENIUS or GeniusWeb scenario folder).
        #[arg(required = true, num_args = 1..=2, value_name = "IN")]
        inputs: Vec<PathBuf>,
        /// The position file to write (`OUT.ron`), or for GENIUS the folder for the positions.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
        /// GENIUS real-valued issues: import N evenly spaced options (without it they are refused).
        #[arg(long, value_name = "N")]
        steps: Option<usize>,
    },
    /// Write a position as a spreadsheet (`FILE.ron -o OUT.xlsx|OUT.csv`), or
    /// `export genius LEFT.ron RIGHT.ron -o DIR` as a GENIUS domain and two profiles.
    Export {
        /// `FILE.ron`, or `genius LEFT.ron RIGHT.ron`.
        #[arg(required = true, num_args = 1..=3, value_name = "FILE")]
        inputs: Vec<PathBuf>,
        /// `OUT.xlsx` or `OUT.csv`, or for GENIUS the folder to write.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
    },
    /// Three-way merge of position files, field by field: git's merge driver (`%O %A %B`).
    /// The result replaces OURS (exit 0 merged, 1 conflicts marked in it, 2 trouble).
    Merge {
        /// The common ancestor (an empty file: none).
        base: PathBuf,
        /// Our version; replaced by the result.
        ours: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Write the result to FILE instead of over OURS.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// How conflicts are written (default: git's merge.conflictStyle, else merge).
        #[arg(long, value_enum, value_name = "STYLE")]
        conflict_style: Option<crate::merge::cli::ConflictStyle>,
        /// Same as --conflict-style diff3: also write the base of each conflict.
        #[arg(long, conflicts_with = "conflict_style")]
        diff3: bool,
        /// Length of the conflict markers (git's %L).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(7..=64))]
        marker_size: Option<u16>,
        /// The file's name in messages (git's %P: git passes temporary files for %O %A %B).
        #[arg(long, value_name = "NAME")]
        path: Option<String>,
    },
    /// Write a session report on two positions: HTML, Markdown or CSV by the extension of FILE
    /// (exit 0 written, 1 a file refused or not written, 2 usage).
    Report {
        /// Left position file.
        left: PathBuf,
        /// Right position file.
        right: PathBuf,
        /// Output file: .html/.htm (self-contained page), .md (Markdown) or .csv (one row per issue).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// The left side's previous round (adds its changes and concessions).
        #[arg(long, value_name = "F")]
        previous_left: Option<PathBuf>,
        /// The right side's previous round (adds its changes and concessions).
        #[arg(long, value_name = "F")]
        previous_right: Option<PathBuf>,
        /// Session log (default: LEFT+RIGHT.session.ron next to LEFT, when it exists).
        #[arg(long, value_name = "F")]
        log: Option<PathBuf>,
        /// Leave out the generation time, so that the same inputs give the same bytes.
        #[arg(long)]
        no_timestamp: bool,
        /// A handout: for a party (its file's `party` code, e.g. US) or `joint`. Carries only
        /// what that audience may see (docs/privacy.md). Default: the facilitator's full report.
        #[arg(long = "for", value_name = "PARTY|joint")]
        audience: Option<String>,
    },
}

/// `accord --lang ko report …` as `accord report --lang ko …`: with
/// `args_conflicts_with_subcommands`, clap would read the subcommand after a leading option as
/// the LEFT file, so a leading `--lang` is moved behind the subcommand it precedes.
pub fn hoist_lang(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let taken = match args.get(1).and_then(|a| a.to_str()) {
        Some("--lang") => 2,
        Some(a) if a.starts_with("--lang=") => 1,
        _ => return args,
    };
    let cmd = <Cli as clap::CommandFactory>::command();
    let is_sub = args
        .get(1 + taken)
        .and_then(|a| a.to_str())
        .is_some_and(|a| cmd.get_subcommands().any(|c| c.get_name() == a));
    if is_sub {
        args[1..=taken + 1].rotate_left(taken);
    }
    args
}

/// Entry point used by `main.rs`.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse_from(hoist_lang(std::env::args_os().collect())) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            // clap exits 0 for --help/--version and 2 for usage errors.
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Some(cmd) => run_in(cmd, cli.lang.unwrap_or_default()),
        None => open_window(cli.left, cli.right),
    }
}

#[cfg(feature = "gui")]
fn open_window(left: Option<PathBuf>, right: Option<PathBuf>) -> ExitCode {
    match crate::app::run_native(left, right) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("accord: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_left: Option<PathBuf>, _right: Option<PathBuf>) -> ExitCode {
    eprintln!("accord: built without the `gui` feature; use a subcommand (see --help)");
    ExitCode::from(2)
}

/// Run a subcommand; returns the process exit code.
pub fn run(cmd: Cmd) -> ExitCode {
    run_in(cmd, Lang::En)
}

/// Run a subcommand with its reports and messages in `lang` (`--lang`).
pub fn run_in(cmd: Cmd, lang: Lang) -> ExitCode {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    match cmd {
        Cmd::Check { files } => {
            let mut bad = false;
            for f in &files {
                if let Err(e) = format::load_file(f) {
                    bad = true;
                    let _ = writeln!(err, "{}", e.display_in(lang));
                }
            }
            ExitCode::from(u8::from(bad))
        }
        Cmd::Fmt { check, files } => {
            let mut code = 0u8;
            for f in &files {
                let text = match std::fs::read(f) {
                    Ok(t) => t,
                    Err(e) => {
                        let _ =
                            writeln!(err, "{}", R::CliCannotRead.fmt(lang, &[&f.display(), &e]));
                        code = 1;
                        continue;
                    }
                };
                let p = match format::load_bytes(&f.display().to_string(), &text) {
                    Ok(p) => p,
                    Err(e) => {
                        let _ = writeln!(err, "{}", e.display_in(lang));
                        code = 1;
                        continue;
                    }
                };
                let canonical = format::to_canonical_string(&p);
                if canonical.as_bytes() == text.as_slice() {
                    continue;
                }
                if check {
                    let _ = writeln!(err, "{}", R::CliNotCanonical.fmt(lang, &[&f.display()]));
                    code = 1;
                } else if let Err(e) = format::write_atomic(f, canonical.as_bytes()) {
                    let _ = writeln!(err, "{}", R::CliNotWritten.fmt(lang, &[&f.display(), &e]));
                    code = 1;
                }
            }
            ExitCode::from(code)
        }
        Cmd::New {
            from,
            party,
            output,
        } => crate::convert::new(from.as_deref(), party.as_deref(), &output),
        Cmd::Import {
            inputs,
            output,
            steps,
        } => crate::convert::import(&inputs, &output, steps),
        Cmd::Export { inputs, output } => crate::convert::export(&inputs, &output),
        Cmd::Session { left, right } => crate::session::run(left, right),
        Cmd::Samples { dir } => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("."));
            match crate::samples::write_all(&dir) {
                Ok(paths) => {
                    let stdout = std::io::stdout();
                    let mut out = stdout.lock();
                    for p in paths {
                        let _ = writeln!(out, "{}", p.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    let _ = writeln!(err, "accord samples: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Cmd::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "accord", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Cmd::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            match clap_mangen::Man::new(cmd).render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(err, "{}", R::CliMan.fmt(lang, &[&e]));
                    ExitCode::FAILURE
                }
            }
        }
        Cmd::Score {
            left,
            right,
            json,
            samples,
            seed,
        } => crate::scoring::cli::run_in(
            &left,
            &right,
            json,
            samples.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            seed,
            lang,
        ),
        Cmd::Diff { old, new, json } => crate::diff::cli::run_in(&old, &new, json, lang),
        Cmd::Merge {
            base,
            ours,
            theirs,
            output,
            conflict_style,
            diff3,
            marker_size,
            path,
        } => crate::merge::cli::run(&crate::merge::cli::Args {
            base,
            ours,
            theirs,
            output,
            style: if diff3 {
                Some(crate::merge::cli::ConflictStyle::Diff3)
            } else {
                conflict_style
            },
            marker_size: marker_size.map(usize::from),
            name: path,
            lang,
        }),
        Cmd::Report {
            left,
            right,
            output,
            previous_left,
            previous_right,
            log,
            no_timestamp,
            audience,
        } => crate::report::cli::run(&crate::report::cli::Args {
            left,
            right,
            output,
            previous_left,
            previous_right,
            log,
            no_timestamp,
            audience,
            lang,
        }),
    }
}
