//! Every refusal of the loader names the file, line and column, and says what to do.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::format::{self, LoadError, Pos};

fn refuse(text: &str) -> LoadError {
    format::load_str("f.ron", text).expect_err("this input must be refused")
}

fn first(text: &str) -> (usize, usize, String) {
    let e = refuse(text);
    let d = &e.diagnostics[0];
    let p = d.pos.expect("a position");
    assert!(!d.hint.is_empty(), "every refusal carries a hint: {e}");
    (p.line, p.col, d.message.clone())
}

#[test]
fn syntax_error_points_at_the_bad_token() {
    let (l, c, m) = first("(\n    format: 1\n    party: \"US\",\n)");
    assert_eq!((l, c), (3, 5), "{m}");
}

#[test]
fn unknown_field_is_refused_where_it_stands() {
    let text = "(\n    format: 1,\n    party: \"US\",\n    issues: [\n        (\n            id: \"a\",\n            optons: [],\n        ),\n    ],\n)\n";
    let (l, c, m) = first(text);
    assert_eq!((l, c), (7, 13));
    assert!(m.contains("unknown field `optons`"), "{m}");
    let e = refuse(text);
    assert!(
        e.diagnostics[0].hint.contains("options"),
        "hint lists the valid fields"
    );
}

#[test]
fn wrong_type() {
    let (l, c, m) = first("(format: 1, party: \"US\", round: \"2\")");
    assert_eq!((l, c), (1, 33));
    assert!(m.to_lowercase().contains("integer"), "{m}");
    let (l, c, _) = first("(format: 1, party: 7)");
    assert_eq!((l, c), (1, 20));
    let (l, c, _) = first("(format: 1, party: \"US\", issues: [(id: \"a\", weight: \"heavy\")])");
    assert_eq!((l, c), (1, 53));
}

#[test]
fn bad_enum_token() {
    let (l, c, m) = first("(format: 1, party: \"US\", issues: [(id: \"a\", flexibility: Rigid)])");
    assert_eq!(l, 1);
    assert_eq!(c, 58);
    assert!(m.contains("Rigid"), "{m}");
}

#[test]
fn duplicate_ids_point_at_the_second() {
    let text = "(\n    format: 1,\n    party: \"US\",\n    issues: [\n        (id: \"a\"),\n        (id: \"a\"),\n    ],\n)\n";
    let e = refuse(text);
    assert_eq!(e.diagnostics.len(), 1);
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 6, col: 14 }));
    assert!(e.diagnostics[0].message.contains("duplicate id \"a\""));
}

#[test]
fn duplicate_labels() {
    let text = "(format: 1, party: \"US\", issues: [(id: \"a\", options: [\n  (label: \"x\", value: 1),\n  (label: \"x\", value: 2),\n])])";
    let e = refuse(text);
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 3, col: 11 }));
    assert!(e.diagnostics[0].message.contains("duplicate option label"));
}

#[test]
fn target_and_walk_away_must_name_options() {
    let text = "(format: 1, party: \"US\", issues: [(id: \"a\",\n options: [(label: \"x\", value: 1)],\n target: \"z\",\n walk_away: Some(\"q\"))])";
    let e = refuse(text);
    assert_eq!(e.diagnostics.len(), 2);
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 3, col: 10 }));
    assert!(e.diagnostics[0].message.contains("`target` names \"z\""));
    assert_eq!(e.diagnostics[1].pos, Some(Pos { line: 4, col: 13 }));
    assert!(e.diagnostics[1].hint.contains("\"x\""));
}

#[test]
fn values_out_of_range_and_negative_weights() {
    let text = "(format: 1, party: \"US\", reservation: 101, issues: [\n(id: \"a\", weight: -1, options: [(label: \"x\", value: 120), (label: \"y\", value: -0.5)]),\n])";
    let e = refuse(text);
    let pos: Vec<_> = e.diagnostics.iter().map(|d| d.pos.unwrap()).collect();
    assert_eq!(
        pos,
        vec![
            Pos { line: 1, col: 39 },
            Pos { line: 2, col: 19 },
            Pos { line: 2, col: 53 },
            Pos { line: 2, col: 79 },
        ],
        "{e}"
    );
    assert!(e.diagnostics[0].message.contains("reservation"));
    assert!(e.diagnostics[1].message.contains("weight -1"));
    assert!(e.diagnostics[2].message.contains("value 120"));
}

#[test]
fn round_and_date() {
    let e = refuse("(format: 1, party: \"US\", round: 0, as_of: \"2024-02-30\")");
    assert_eq!(e.diagnostics.len(), 2);
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 1, col: 33 }));
    assert_eq!(e.diagnostics[1].pos, Some(Pos { line: 1, col: 43 }));
}

#[test]
fn newer_format_is_refused_even_with_fields_we_do_not_know() {
    let (l, c, m) = first("(\n    format: 3,\n    party: \"US\",\n    coalition: [\"JP\"],\n)");
    assert_eq!((l, c), (2, 13));
    assert!(m.contains("written by a newer version of Accord"), "{m}");
    let (_, _, m) = first("(format: 7, party: \"US\")");
    assert!(m.contains("newer version"));
}

#[test]
fn missing_format_and_party() {
    let e = refuse("(\n  issues: [],\n)");
    assert_eq!(e.diagnostics.len(), 2);
    assert!(e.diagnostics.iter().any(|d| d.message.contains("format")));
    assert!(e.diagnostics.iter().any(|d| d.message.contains("party")));
    assert!(
        e.diagnostics
            .iter()
            .all(|d| d.pos == Some(Pos { line: 1, col: 1 }))
    );
    let (_, _, m) = first("(format: 0, party: \"US\")");
    assert!(m.contains("format 0"));
}

#[test]
fn missing_issue_id_points_at_the_issue() {
    let e = refuse("(format: 1, party: \"US\", issues: [\n  (title: \"no id\"),\n])");
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 2, col: 3 }));
    assert!(e.diagnostics[0].message.contains("no `id`"));
}

#[test]
fn empty_and_blank_files() {
    for text in ["", "   \n\n", "// only a comment\n", "/* block */"] {
        let (_, _, m) = first(text);
        assert!(m.contains("empty"), "{text:?}: {m}");
    }
}

#[test]
fn truncated_file() {
    let (l, c, m) =
        first("(\n    format: 1,\n    party: \"US\",\n    issues: [\n        (id: \"a\", ");
    assert_eq!((l, c), (5, 18));
    assert!(m.contains("end of file"), "{m}");
    let (_, _, m) = first("(format: 1, party: \"unterminated");
    assert!(!m.is_empty());
}

#[test]
fn not_utf8() {
    let e = format::load_bytes("f.ron", b"(format: 1,\n party: \"\xff\xfe\")").unwrap_err();
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 2, col: 10 }));
    assert!(e.diagnostics[0].message.contains("UTF-8"));
    // UTF-16 with a BOM, as some Windows editors write.
    let e = format::load_bytes("f.ron", b"\xff\xfe(\x00").unwrap_err();
    assert_eq!(e.diagnostics[0].pos, Some(Pos { line: 1, col: 1 }));
}

#[test]
fn utf8_bom_is_accepted() {
    let p = format::load_str("f.ron", "\u{feff}(format: 1, party: \"US\")").unwrap();
    assert_eq!(p.party, "US");
}

#[test]
fn nesting_too_deep() {
    let text = format!(
        "(format: 1, party: \"US\", issues: {}{})",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let (l, c, m) = first(&text);
    assert_eq!(l, 1);
    assert_eq!(c, 34 + 31, "the 33rd bracket");
    assert!(m.contains("nesting too deep"), "{m}");
}

#[test]
fn trailing_text() {
    let (l, c, m) = first("(format: 1, party: \"US\")\nmore");
    assert_eq!((l, c), (2, 1));
    assert!(m.contains("after the end"), "{m}");
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(format::MAX_FILE_BYTES + 1).unwrap();
    let e = format::load_file(&path).unwrap_err();
    assert!(e.diagnostics[0].message.contains("over the"), "{e}");
    assert!(
        e.to_string()
            .starts_with(&format!("{}:1:1:", path.display()))
    );
}

#[test]
fn unreadable_paths() {
    let dir = tempfile::tempdir().unwrap();
    let e = format::load_file(&dir.path().join("nope.ron")).unwrap_err();
    assert!(e.to_string().contains("cannot open"), "{e}");
    let e = format::load_file(dir.path()).unwrap_err();
    assert!(e.to_string().contains("folder"), "{e}");
}

#[test]
fn display_is_file_line_col_then_hint() {
    let e = refuse("(format: 1, party: \"US\", issues: [(id: \"a\", weight: -2)])");
    let s = e.to_string();
    let mut lines = s.lines();
    assert_eq!(
        lines.next().unwrap(),
        "f.ron:1:53: weight -2 is not allowed"
    );
    assert!(lines.next().unwrap().starts_with("  hint: "));
}

#[test]
fn struct_names_are_optional_and_checked() {
    let named = "Position(format: 1, party: \"US\", issues: [Issue(id: \"a\", options: [Choice(label: \"x\", value: 1)])])";
    assert!(format::load_str("f.ron", named).is_ok());
    let (_, _, m) = first("Positon(format: 1, party: \"US\")");
    assert!(m.contains("Positon"), "{m}");
}

#[test]
fn many_problems_are_capped() {
    let mut text = String::from("(format: 1, party: \"US\", issues: [\n");
    for _ in 0..80 {
        text.push_str("(id: \"dup\"),\n");
    }
    text.push_str("])");
    let e = refuse(&text);
    assert_eq!(e.diagnostics.len(), 51);
    assert!(e.diagnostics[50].message.contains("29 more"));
}
