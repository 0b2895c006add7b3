//! Arbitrary bytes through the loader.
//!
//! Accepted input: the canonical text of the result loads back to an equal position, and that
//! text is a fixed point of save (load → save → load → save gives the same text).
//! Refused input: the error carries at least one diagnostic, and every line/column it names lies
//! inside the text.
#![no_main]

use accord::format::{load_bytes, load_str, to_canonical_string};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match load_bytes("fuzz.ron", data) {
        Ok(position) => {
            let text = to_canonical_string(&position);
            let again = match load_str("canonical.ron", &text) {
                Ok(p) => p,
                Err(e) => panic!("canonical text does not load: {e}\n--- text ---\n{text}"),
            };
            assert_eq!(position, again, "load → save → load changed the data");
            assert_eq!(
                text,
                to_canonical_string(&again),
                "canonical text is not a fixed point"
            );
        }
        Err(e) => {
            assert!(!e.diagnostics.is_empty(), "refusal without a diagnostic");
            // The loader strips one BOM before locating; lines are unaffected by it.
            let text = String::from_utf8_lossy(data);
            let lines = text.split('\n').count();
            for d in &e.diagnostics {
                if let Some(p) = d.pos {
                    assert!(p.line >= 1 && p.col >= 1, "zero line or column: {p:?}");
                    assert!(
                        p.line <= lines,
                        "line {} past the end ({lines} lines): {}",
                        p.line,
                        d.message
                    );
                    let line_chars = text
                        .split('\n')
                        .nth(p.line - 1)
                        .map_or(0, |l| l.chars().count());
                    assert!(
                        p.col <= line_chars + 1,
                        "column {} past the end of line {} ({line_chars} chars): {}",
                        p.col,
                        p.line,
                        d.message
                    );
                }
            }
        }
    }
});
