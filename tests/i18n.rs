//! Every text the interface shows has its Korean: each row of the command table, each entry of
//! each catalogue. A Korean text must hold Hangul (or be a deliberate loan kept in Latin letters
//! and listed here), and use the same `{0}`, `{1}`… placeholders as its English.

use accord::command::{ACTIONS, Action, all_actions, info};
use accord::i18n::{self, Lang, catalogues, has_hangul, placeholders};

/// Texts that are the same in both languages on purpose (codes, names of formats).
const SAME_IN_BOTH: &[&str] = &[
    "English", "BATNA", "ZOPA", "CSV", "HTML", "Markdown", "JSON",
];

fn korean_ok(en: &str, ko: &str) -> bool {
    !ko.trim().is_empty() && (has_hangul(ko) || (ko == en && SAME_IN_BOTH.contains(&en)))
}

#[test]
fn every_action_has_its_korean_label_and_tooltip() {
    let mut missing = Vec::new();
    for a in all_actions() {
        let row = info(a);
        assert_eq!(row.action, a, "{a:?} has no row of its own");
        if !korean_ok(row.label, row.ko_label) {
            missing.push(format!("{a:?}: label {:?}", row.ko_label));
        }
        if !korean_ok(row.tooltip, row.ko_tooltip) {
            missing.push(format!("{a:?}: tooltip {:?}", row.ko_tooltip));
        }
    }
    assert!(
        missing.is_empty(),
        "Korean missing:\n{}",
        missing.join("\n")
    );
    assert_eq!(ACTIONS.len(), all_actions().len());
}

#[test]
fn language_rows_name_each_language_in_itself() {
    for l in Lang::ALL {
        let row = info(Action::SetLanguage(l));
        assert_eq!(row.label_in(Lang::En), l.native_name());
        assert_eq!(row.label_in(Lang::Ko), l.native_name());
    }
}

#[test]
fn every_catalogue_entry_has_its_korean() {
    let mut bad = Vec::new();
    let mut count = 0;
    for cat in catalogues() {
        for e in cat {
            count += 1;
            if !korean_ok(e.en, e.ko) {
                bad.push(format!("{}: Korean {:?}", e.key, e.ko));
            }
            if placeholders(e.en) != placeholders(e.ko) {
                bad.push(format!(
                    "{}: placeholders differ: {:?} / {:?}",
                    e.key,
                    placeholders(e.en),
                    placeholders(e.ko)
                ));
            }
            if e.en.trim().is_empty() {
                bad.push(format!("{}: English empty", e.key));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(count > 20, "only {count} entries walked");
}

#[test]
fn catalogue_keys_are_unique() {
    let mut keys: Vec<&str> = catalogues()
        .into_iter()
        .flat_map(|c| c.iter().map(|e| e.key))
        .collect();
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), n);
}

#[test]
fn the_checker_catches_a_missing_korean_text() {
    // The predicate the tests above rely on refuses what a forgotten entry looks like.
    assert!(!korean_ok("Save", ""));
    assert!(!korean_ok("Save", "Save"));
    assert!(!korean_ok("Open {0}", "   "));
    assert!(korean_ok("Save", "저장"));
    assert_eq!(i18n::fill("{0}", &[&"x"]), "x");
}
