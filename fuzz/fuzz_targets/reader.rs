//! Arbitrary text through Accord's reader and through serde/ron, the oracle: the same position
//! or the same refusal (every message, line and column); never a panic. Accepted text keeps
//! its comments through save: the canonical text is a fixed point and has as many comments.
#![no_main]

use accord::format::{load_str, load_str_oracle, reader_reads, ron_parses, to_canonical_string};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = load_str("fuzz.ron", text);
    let oracle = load_str_oracle("fuzz.ron", text);
    match (&ours, &oracle) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "different positions");
            let once = to_canonical_string(a);
            let again = match load_str("canonical.ron", &once) {
                Ok(p) => p,
                Err(e) => panic!("canonical text does not load: {e}\n--- text ---\n{once}"),
            };
            assert_eq!(a.comments.len(), again.comments.len(), "comments lost:\n{once}");
            assert_eq!(once, to_canonical_string(&again), "not a fixed point");
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "different refusals"),
        _ => panic!("reader {ours:?}\noracle {oracle:?}"),
    }
    if reader_reads(text) {
        assert!(ron_parses(text), "the reader read what ron refuses");
    }
});
