//! The command line: `accord [LEFT [RIGHT]]` opens the app; subcommands work without a window.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::format;

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
    #[command(subcommand)]
    pub command: Option<Cmd>,
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
    },
}

/// Entry point used by `main.rs`.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            // clap exits 0 for --help/--version and 2 for usage errors.
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Some(cmd) => run(cmd),
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
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    match cmd {
        Cmd::Check { files } => {
            let mut bad = false;
            for f in &files {
                if let Err(e) = format::load_file(f) {
                    bad = true;
                    let _ = writeln!(err, "{e}");
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
                        let _ = writeln!(err, "{}: cannot read: {e}", f.display());
                        code = 1;
                        continue;
                    }
                };
                let p = match format::load_bytes(&f.display().to_string(), &text) {
                    Ok(p) => p,
                    Err(e) => {
                        let _ = writeln!(err, "{e}");
                        code = 1;
                        continue;
                    }
                };
                let canonical = format::to_canonical_string(&p);
                if canonical.as_bytes() == text.as_slice() {
                    continue;
                }
                if check {
                    let _ = writeln!(err, "{}: not in the canonical layout", f.display());
                    code = 1;
                } else if let Err(e) = format::write_atomic(f, canonical.as_bytes()) {
                    let _ = writeln!(err, "{}: not written: {e}", f.display());
                    code = 1;
                }
            }
            ExitCode::from(code)
        }
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
                    let _ = writeln!(err, "accord man: cannot write the man page: {e}");
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
        } => crate::scoring::cli::run_with(
            &left,
            &right,
            json,
            samples.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            seed,
        ),
        Cmd::Diff { old, new, json } => crate::diff::cli::run(&old, &new, json),
        Cmd::Report {
            left,
            right,
            output,
            previous_left,
            previous_right,
            log,
            no_timestamp,
        } => crate::report::cli::run(&crate::report::cli::Args {
            left,
            right,
            output,
            previous_left,
            previous_right,
            log,
            no_timestamp,
        }),
    }
}
