//! Accord's reader against serde/ron, the oracle: on generated files in varied layouts, on
//! their truncations and byte edits, and on the fuzz seeds, `format::load_str` gives exactly
//! what `format::load_str_oracle` gives (the same position, or the same refusal: every
//! message, line and column). Comments survive load → save, and `fmt` is a fixed point.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::diff::synth::{self, Layout};
use accord::format;
use accord::model::{FieldSet, Position};
use proptest::prelude::*;

/// Load through both and demand the same outcome; and wherever the reader reads the text
/// itself, ron must parse it too (the reader never accepts what ron refuses).
fn same(text: &str) -> Result<Position, format::LoadError> {
    let ours = format::load_str("f.ron", text);
    let oracle = format::load_str_oracle("f.ron", text);
    match (&ours, &oracle) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "different positions for:\n{text}"),
        (Err(a), Err(b)) => assert_eq!(
            a.headlines(),
            b.headlines(),
            "different refusals for:\n{text}"
        ),
        _ => panic!("reader {ours:?}\noracle {oracle:?}\nfor:\n{text}"),
    }
    if format::reader_reads(text) {
        assert!(
            format::ron_parses(text),
            "reader read what ron refuses:\n{text}"
        );
    }
    ours
}

/// A small position with some range bounds, a `shared` list and, now and then, problems the
/// checker reports (so that located refusals are compared too).
fn position(seed: u64, bad: bool) -> Position {
    let mut rng = synth::Rng::new(seed);
    let mut p = synth::position("US", 1 + rng.below(4), seed);
    if rng.below(2) == 0 {
        p.issues[0].options[0].low = Some(p.issues[0].options[0].value / 2.0);
        p.reservation_high = Some(80.0);
        p.shared = Some(FieldSet::DEFAULT_SHARED);
    }
    if rng.below(3) == 0 {
        p.as_of = None;
        p.issues[0].target = None;
    }
    if bad {
        match rng.below(6) {
            0 => p.issues[0].options[0].value = 150.0,
            1 => p.reservation = -3.0,
            2 => p.issues[0].target = Some("nothing".into()),
            3 => p.party = " ".into(),
            4 => p.as_of = Some("2023-02-29".into()),
            _ if p.issues.len() > 1 => {
                let dup = p.issues[0].id.clone();
                p.issues.last_mut().unwrap().id = dup;
            }
            _ => p.issues[0].weight = -1.0,
        }
    }
    p
}

fn layout(seed: u64, comments: bool) -> Layout {
    Layout {
        comments,
        exotic: !seed.is_multiple_of(3),
    }
}

proptest! {
    // READER_PROPS_CASES=20000 for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("READER_PROPS_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn valid_layouts_read_as_ron_reads_them(seed in any::<u64>(), comments in any::<bool>()) {
        let p = position(seed, false);
        let text = synth::layout(&p, layout(seed, comments), seed);
        prop_assert!(format::reader_reads(&text), "reader declined:\n{text}");
        let got = same(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        prop_assert_eq!(got, p);
    }

    #[test]
    fn problems_are_located_as_the_text_scan_locates_them(seed in any::<u64>()) {
        let p = position(seed, true);
        let text = synth::layout(&p, layout(seed, true), seed);
        prop_assert!(format::reader_reads(&text), "reader declined:\n{text}");
        prop_assert!(same(&text).is_err());
    }

    #[test]
    fn truncations_and_edits_are_refused_or_read_as_ron_does(
        seed in any::<u64>(),
        cut in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..24), 1..4),
    ) {
        let p = position(seed, seed.is_multiple_of(5));
        let text = synth::layout(&p, layout(seed, true), seed);
        let chars: Vec<char> = text.chars().collect();
        // A truncation.
        let k = cut.index(chars.len() + 1);
        same(&chars[..k].iter().collect::<String>()).ok();
        // A few single-character edits: replace, insert or delete.
        const PICK: [char; 20] = [
            '(', ')', '[', ']', ',', ':', '"', '/', '*', ' ', '\n', 'a', '\\', '#', 'r', '0',
            '.', '_', 'S', '}',
        ];
        let mut edited = chars.clone();
        for (at, what) in edits {
            let at = at.index(edited.len() + 1);
            match what {
                20 if at < edited.len() => {
                    edited.remove(at);
                }
                21..=23 => edited.insert(at, PICK[(what * 7) % PICK.len()]),
                w if at < edited.len() => edited[at] = PICK[w],
                _ => {}
            }
        }
        same(&edited.iter().collect::<String>()).ok();
    }

    #[test]
    fn comments_survive_save_and_fmt_is_a_fixed_point(seed in any::<u64>()) {
        let p = position(seed, false);
        let text = synth::layout(&p, Layout { comments: true, exotic: seed.is_multiple_of(2) }, seed);
        let written = text.matches("note ").count() + text.matches("outer ").count();
        let loaded = format::load_str("f.ron", &text).unwrap();
        prop_assert_eq!(loaded.comments.len(), written, "{}", text);
        prop_assert!(accord::comments::dropped_comments(&loaded).is_empty());
        let once = format::to_canonical_string(&loaded);
        let again = format::load_str("f.ron", &once).unwrap();
        prop_assert_eq!(&again, &loaded);
        // Every comment of the source is in the output, word for word.
        for line in text.lines() {
            for part in ["// note ", "/* note ", "/* outer "] {
                if let Some(at) = line.find(part) {
                    let c = &line[at..];
                    let c = match part {
                        "// note " => c.trim_end_matches('\r'),
                        "/* note " => &c[..c.find("*/").unwrap() + 2],
                        _ => &c[..c.find(" still */").unwrap() + 9],
                    };
                    prop_assert!(once.contains(c), "lost {:?}:\n{}", c, once);
                }
            }
        }
        prop_assert_eq!(again.comments.len(), written, "{}", once);
        let twice = format::to_canonical_string(&again);
        prop_assert_eq!(&twice, &once);

    }
}

#[test]
fn comments_go_back_before_their_field() {
    let text = "// head\n(\n    party: \"US\", // the code\n    // about the format\n    format: 1,\n    issues: [\n        // first issue\n        (id: \"a\", options: [\n            /* cheap */ (label: \"x\", value: 1),\n        ], /* end of options */\n        weight: 2, interests: [\"i\", /* after i */ ]),\n    ],\n) // tail\n";
    let p = format::load_str("f.ron", text).unwrap();
    let out = format::to_canonical_string(&p);
    let expect =
        "// head\n(\n    // about the format\n    format: 1,\n    party: \"US\", // the code\n";
    assert!(out.starts_with(expect), "{out}");
    for (comment, next) in [
        ("        // first issue", "        ("),
        (
            "                /* cheap */",
            "                (label: \"x\", value: 1),",
        ),
    ] {
        let at = out
            .find(comment)
            .unwrap_or_else(|| panic!("{comment} missing:\n{out}"));
        let after = &out[at + comment.len() + 1..];
        assert!(after.starts_with(next), "{comment} then {after}");
    }
    assert!(
        out.contains("            ], /* end of options */\n"),
        "{out}"
    );
    assert!(
        out.contains("                \"i\", /* after i */\n"),
        "{out}"
    );
    assert!(out.ends_with(")\n// tail\n"), "{out}");
    assert_eq!(
        format::to_canonical_string(&format::load_str("g", &out).unwrap()),
        out
    );
}

#[test]
fn a_deleted_issue_drops_its_comments_and_says_where() {
    let text = "(format: 1, party: \"US\", issues: [\n  // about a\n  (id: \"a\"),\n  (id: \"b\", options: [(label: \"x\", value: 1), // why x\n  ]),\n])\n";
    let mut p = format::load_str("f.ron", text).unwrap();
    assert!(accord::comments::dropped_comments(&p).is_empty());
    p.issues.remove(0);
    p.issues[0].options.clear();
    let dropped = accord::comments::dropped_comments(&p);
    let got: Vec<(u32, &str)> = dropped.iter().map(|d| (d.line, d.text.as_str())).collect();
    assert_eq!(got, [(2, "// about a"), (4, "// why x")]);
    let out = format::to_canonical_string(&p);
    assert!(!out.contains("about a") && !out.contains("why x"), "{out}");
}

#[test]
fn the_fuzz_seeds_read_as_ron_reads_them() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                if !path.ends_with("target") {
                    stack.push(path);
                }
                continue;
            }
            if path
                .extension()
                .is_some_and(|x| x == "rs" || x == "toml" || x == "lock")
            {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            if let Ok(text) = std::str::from_utf8(&bytes) {
                let _ = same(text);
            }
            n += 1;
        }
    }
    assert!(n >= 20, "only {n} seed files found");
}

#[test]
fn the_samples_are_read_by_the_reader_itself() {
    for name in ["us.ron", "rok.ron", "us.r2.ron", "rok.r2.ron"] {
        let text = std::fs::read_to_string(accord::sample_path(name)).unwrap();
        assert!(format::reader_reads(&text), "{name}");
        same(&text).unwrap();
    }
}

#[test]
fn a_merge_keeps_our_comments_and_those_only_theirs_have() {
    let base = "(format: 1, party: \"US\", issues: [(id: \"a\"), (id: \"b\")])\n";
    let ours = "(format: 1, party: \"US\", issues: [\n  // ours on a\n  (id: \"a\", weight: 2),\n  (id: \"b\"),\n])\n";
    let theirs = "(format: 1, party: \"US\", issues: [\n  // theirs on a\n  (id: \"a\"),\n  (id: \"b\"),\n  // theirs on c\n  (id: \"c\"),\n])\n";
    let [b, o, t] = [base, ours, theirs].map(|s| format::load_str("f.ron", s).unwrap());
    let merged = accord::merge::merge(Some(&b), &o, &t).position().unwrap();
    let out = format::to_canonical_string(&merged);
    assert!(
        out.contains("        // ours on a\n        (\n            id: \"a\","),
        "{out}"
    );
    assert!(!out.contains("theirs on a"), "{out}");
    assert!(
        out.contains("        // theirs on c\n        (\n            id: \"c\","),
        "{out}"
    );
}
