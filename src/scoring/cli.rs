//! `accord score`.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::format;

use super::{analysis, report};

/// Run `accord score LEFT RIGHT [--json]`: exit 0 on success, 1 when a file is refused
/// (its `FILE:LINE:COL: message` on stderr), 2 when the output cannot be written.
pub fn run(left: &Path, right: &Path, json: bool) -> ExitCode {
    let mut refused = false;
    let mut load = |p: &Path| match format::load_file(p) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("{e}");
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
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = if json {
        report::write_json(&a, &mut out)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        out.write_all(report::text(&a).as_bytes())
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("accord score: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
