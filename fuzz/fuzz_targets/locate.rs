//! Arbitrary text and paths through the locator (`locate`, `atom_at`, `next_token`,
//! `too_deep`): it must never panic or hang, and whatever it returns lies inside the text.
#![no_main]

use accord::format::Seg;
use accord::format::locate::{atom_at, locate, next_token, too_deep};
use libfuzzer_sys::fuzz_target;

/// Field names the checker asks for, plus one that never appears.
const FIELDS: [&str; 8] = [
    "format", "issues", "options", "value", "label", "id", "weight", "nope",
];

fuzz_target!(|data: &[u8]| {
    // The first bytes (up to the first 0xff) encode the path, the rest is the text.
    let split = data.iter().position(|&b| b == 0xff).unwrap_or(0).min(16);
    let (head, rest) = data.split_at(split);
    let rest = rest.get(1..).unwrap_or(&[]);
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let path: Vec<Seg> = head
        .iter()
        .map(|&b| {
            if b & 0x80 == 0 {
                Seg::Field(FIELDS[usize::from(b) % FIELDS.len()])
            } else {
                Seg::Index(usize::from(b & 0x0f))
            }
        })
        .collect();
    if let Some(l) = locate(text, &path) {
        assert!(l.key <= text.len() && l.value <= text.len());
        if let Some(a) = atom_at(text, l.value) {
            assert!(a.len() <= text.len());
        }
    }
    // Offsets anywhere, including inside a multi-byte character and past the end.
    let first = head.first().map_or(0, |&b| usize::from(b));
    for off in [0, first, text.len() / 2, text.len(), text.len() + 1 + first] {
        if let Some(a) = atom_at(text, off) {
            assert!(a.len() <= text.len());
        }
        assert!(next_token(text, off) <= text.len());
    }
    if let Some(at) = too_deep(text, first % 40) {
        assert!(at < text.len());
    }
});
