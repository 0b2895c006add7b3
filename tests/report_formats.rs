//! The report renderers on the sample positions: the HTML parses and is self-contained, the
//! CSV reads back with the `csv` crate (BOM, Hangul, one row per issue), the Markdown holds the
//! issue table, and every format is deterministic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::format::load_file;
use accord::model::Position;
use accord::report::{Kind, ReportInput, render};
use accord::session_log::{EntryKind, LogEntry, SessionLog};

fn sample(name: &str) -> Position {
    load_file(&accord::sample_path(name)).unwrap()
}

/// Void elements of HTML (no end tag).
const VOID: [&str; 4] = ["meta", "br", "hr", "img"];

/// A small HTML checker: every tag is well formed, non-void elements nest and close, text holds
/// no stray `<` or `>`. Returns the tag names seen and the text content.
fn parse_html(s: &str) -> (Vec<String>, String) {
    let mut stack: Vec<String> = Vec::new();
    let mut tags = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        let before = &rest[..open];
        assert!(!before.contains('>'), "stray '>' in text: {before:?}");
        text.push_str(before);
        let close = rest[open..].find('>').expect("unclosed tag") + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        assert!(!name.is_empty(), "bad tag <{tag}>");
        // Quotes in a tag come in pairs (attribute values are quoted and escaped).
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in <{tag}>"
        );
        tags.push(name.clone());
        if tag.starts_with('/') {
            let top = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> without opening"));
            assert_eq!(top, name, "</{name}> closes <{top}>");
        } else if !tag.ends_with('/') && !VOID.contains(&name.as_str()) {
            if name == "style" || name == "title" && stack.last().is_some_and(|t| t == "head") {
                // Raw text up to the end tag.
                let end = rest.find(&format!("</{name}>")).unwrap();
                assert!(!rest[..end].contains('<'));
                rest = &rest[end + name.len() + 3..];
                continue;
            }
            stack.push(name);
        }
    }
    text.push_str(rest);
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    (tags, text)
}

fn log() -> SessionLog {
    SessionLog {
        format: 1,
        entries: vec![
            LogEntry {
                time: "2026-11-25T10:00:00Z".into(),
                round: 2,
                kind: EntryKind::Agreed,
                text: "합의: shared dashboard <now> & \"later\"".into(),
                issue: Some("fms-case-tracking".into()),
                shared: true,
            },
            LogEntry {
                time: "2026-11-25T10:05:00Z".into(),
                round: 2,
                kind: EntryKind::Action,
                text: "DAPA to send the case list".into(),
                issue: None,
                shared: false,
            },
        ],
    }
}

#[test]
fn html_is_well_formed_self_contained_and_complete() {
    let (l, r) = (sample("us.r2.ron"), sample("rok.r2.ron"));
    let (pl, pr) = (sample("us.ron"), sample("rok.ron"));
    let log = log();
    let input = ReportInput {
        left_name: "us.r2.ron",
        right_name: "rok.r2.ron",
        previous_left: Some(&pl),
        previous_right: Some(&pr),
        log: Some(&log),
        ..ReportInput::new(&l, &r)
    };
    let html = render(&input, Kind::Html);
    let (tags, text) = parse_html(&html);
    assert!(tags.iter().any(|t| t == "svg"), "the chart is inline SVG");
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script",
        " src=",
        "href=\"http",
        "href=http",
        "@import",
        "url(",
    ] {
        assert!(!lower.contains(bad), "external or active content: {bad}");
    }
    // Every issue id of both sides.
    for i in l.issues.iter().chain(&r.issues) {
        assert!(text.contains(&i.id), "missing issue {}", i.id);
    }
    // The markings at the top and at the bottom, Hangul unescaped.
    for m in [l.marking.as_deref().unwrap(), r.marking.as_deref().unwrap()] {
        let first = html.find(m).unwrap();
        let last = html.rfind(m).unwrap();
        let body = html.find("<body>").unwrap();
        assert!(
            first > body && first < html.find("<h1>").unwrap(),
            "{m} not at the top"
        );
        assert!(
            last > html.find("id=\"session-log\"").unwrap(),
            "{m} not at the bottom"
        );
    }
    assert!(html.contains("예시 자료"));
    // Titles, rounds, ZOPA, Nash, trades, concessions, log.
    assert!(text.contains(&l.title) && text.contains(&r.title));
    for needle in [
        "ZOPA",
        "Nash bargaining point",
        "Suggested trades",
        "changes since round 1",
        "US moved on",
        "ROK moved on",
        "Concessions",
        "DAPA to send the case list",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    // Quotes and markup in the log are escaped, Hangul kept.
    assert!(html.contains("합의: shared dashboard &lt;now&gt; &amp; &quot;later&quot;"));
}

#[test]
fn csv_reads_back_with_bom_and_hangul() {
    let (l, r) = (sample("us.ron"), sample("rok.ron"));
    let csv_text = render(&ReportInput::new(&l, &r), Kind::Csv);
    assert!(csv_text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]), "BOM");
    let body = csv_text.strip_prefix('\u{feff}').unwrap();
    let mut rd = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    for col in [
        "id",
        "topic",
        "title",
        "left_stance",
        "left_target",
        "left_walk_away",
        "left_weight",
        "right_stance",
        "right_target",
        "right_walk_away",
        "right_weight",
        "gap",
        "common_ground",
        "conflict",
        "marking",
    ] {
        assert!(header.iter().any(|h| h == col), "column {col}");
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), l.issues.len(), "one row per issue");
    for (row, (li, ri)) in rows.iter().zip(l.issues.iter().zip(&r.issues)) {
        assert_eq!(&row[col("id")], li.id);
        assert_eq!(&row[col("left_stance")], li.stance);
        let ri = r.issues.iter().find(|x| x.id == li.id).unwrap_or(ri);
        assert_eq!(
            &row[col("right_stance")],
            ri.stance,
            "Hangul and line breaks intact"
        );
        assert!(row[col("marking")].contains("예시 자료 – 공식 정책 아님"));
        assert_eq!(row.len(), header.len());
    }
    assert!(
        rows.iter()
            .any(|r| r[col("right_stance")].contains("전력화"))
    );
}

#[test]
fn markdown_holds_the_issue_table() {
    let (l, r) = (sample("us.ron"), sample("rok.ron"));
    let md = render(&ReportInput::new(&l, &r), Kind::Markdown);
    assert!(md.contains("## Issues"));
    assert!(md.contains("| Id | Topic | Title | US stance |"));
    let table: Vec<&str> = md
        .lines()
        .skip_while(|l| !l.starts_with("| Id |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(table.len(), l.issues.len());
    let cols = md
        .lines()
        .find(|l| l.starts_with("| Id |"))
        .unwrap()
        .matches(" | ")
        .count();
    for (row, i) in table.iter().zip(&l.issues) {
        assert!(row.starts_with(&format!("| {} |", i.id)));
        // No cell breaks the table: escaped pipes do not count.
        assert_eq!(row.replace("\\|", "").matches(" | ").count(), cols, "{row}");
    }
    let m = l.marking.as_deref().unwrap();
    assert!(md.starts_with(&format!("**{m}**")));
    assert!(md.trim_end().ends_with("**"));
    assert!(md.contains("Nash bargaining point"));
}

#[test]
fn every_format_is_deterministic_without_timestamp() {
    let (l, r) = (sample("us.r2.ron"), sample("rok.r2.ron"));
    let pl = sample("us.ron");
    let log = log();
    let input = ReportInput {
        previous_left: Some(&pl),
        log: Some(&log),
        ..ReportInput::new(&l, &r)
    };
    for kind in [Kind::Html, Kind::Markdown, Kind::Csv] {
        assert_eq!(render(&input, kind), render(&input, kind));
    }
    let stamped = ReportInput {
        generated: Some("2026-11-25T10:00:00Z".into()),
        ..input.clone()
    };
    let html = render(&stamped, Kind::Html);
    assert!(html.contains("Generated 2026-11-25T10:00:00Z"));
    assert!(!render(&input, Kind::Html).contains("Generated"));
}
