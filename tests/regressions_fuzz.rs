//! Inputs the fuzz targets (`fuzz/`, `cargo +nightly fuzz run load|locate`) broke, kept so they
//! stay fixed. Each test is named for what broke and holds its input inline.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::format::locate::{atom_at, locate, next_token, too_deep};
use accord::format::{Seg, load_bytes, load_str, to_canonical_string};

/// `atom_at` sliced `src[offset..]` without clamping, so an offset past the end of the text
/// panicked (`range start index 1 out of range for slice of length 0`). Found by the `locate`
/// target on the empty text; `next_token` already clamped.
#[test]
fn atom_at_offset_past_end_does_not_panic() {
    assert_eq!(atom_at("", 1), None);
    assert_eq!(atom_at("(format: 1)", 400), None);
    assert_eq!(atom_at("é", 1), None); // inside a multi-byte character
    assert_eq!(next_token("", 7), 0);
}

/// The loader's invariants the `load` target checks, on the kinds of input in its seed corpus:
/// accepted text saves to a fixed point that loads back equal; refusals are located inside the
/// text.
#[test]
fn load_invariants_hold_on_seed_shapes() {
    let inputs: &[&[u8]] = &[
        b"",
        b"(",
        b"(format: 1, party: \"U",
        b"(format: 1, party: \"U\xff\xfeS\")",
        b"(format: 1, party: \"US\", reservation: 1e400)",
        b"(format: 184467440737095516160, party: \"US\")",
        b"(format: 3, party: \"US\", new_field: Something(1))",
        b"\xef\xbb\xbf(format: 1, party: \"US\")",
        b"(format: 1, party: \"US\", reservation: -0.0, issues: [(id: \"a\", weight: 0.1, \
           options: [(label: \"x\", value: 0.30000000000000004), (label: \"y\", value: 5e-324)])])",
        b"(format: 1, party: r#\"U\"S\"#, title: \"a\\u{7f}\\u{1F600}\\n\\t\", \
           issues: [(id: r\"q\", stance: \"line1\r\nline2\")])",
    ];
    for input in inputs {
        check_load(input);
    }
    let deep = format!(
        "(format: 1, issues: {}{})",
        "[".repeat(200),
        "]".repeat(200)
    );
    check_load(deep.as_bytes());
    assert!(too_deep(&deep, 32).is_some());
    assert!(locate(&deep, &[Seg::Field("issues"), Seg::Index(0), Seg::Index(0)]).is_some());
}

fn check_load(data: &[u8]) {
    match load_bytes("fuzz.ron", data) {
        Ok(p) => {
            let text = to_canonical_string(&p);
            let again = load_str("canonical.ron", &text);
            assert_eq!(again.as_ref(), Ok(&p), "canonical text loads back equal");
            if let Ok(again) = again {
                assert_eq!(text, to_canonical_string(&again), "save is a fixed point");
            }
        }
        Err(e) => {
            assert!(!e.diagnostics.is_empty());
            let text = String::from_utf8_lossy(data);
            let lines: Vec<&str> = text.split('\n').collect();
            for d in &e.diagnostics {
                if let Some(p) = d.pos {
                    assert!(p.line >= 1 && p.line <= lines.len(), "{p:?} {}", d.message);
                    assert!(
                        p.col >= 1 && p.col <= lines[p.line - 1].chars().count() + 1,
                        "{p:?} {}",
                        d.message
                    );
                }
            }
        }
    }
}
