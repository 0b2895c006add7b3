//! Unit tests of the report renderers on small hand-made positions (awkward cases).

use super::*;
use crate::model::{Choice, Issue, Position};

fn issue(id: &str, weight: f64, vals: &[(&str, f64)]) -> Issue {
    Issue {
        id: id.into(),
        topic: "T".into(),
        title: format!("Title <{id}> & \"q\""),
        stance: "줄 하나\nline <b>two</b>, \"quoted\"".into(),
        weight,
        options: vals
            .iter()
            .map(|(l, v)| Choice {
                label: (*l).into(),
                value: *v,
                ..Default::default()
            })
            .collect(),
        ..Issue::default()
    }
}

fn pos(party: &str, issues: Vec<Issue>) -> Position {
    Position {
        party: party.into(),
        title: format!("{party} <title>"),
        marking: Some("예시 <MARK>".into()),
        reservation: 30.0,
        issues,
        ..Position::default()
    }
}

const ALL: [Kind; 3] = [Kind::Html, Kind::Markdown, Kind::Csv];

#[test]
fn kinds_by_extension() {
    assert_eq!(Kind::from_path(Path::new("a/r.HTML")), Some(Kind::Html));
    assert_eq!(Kind::from_path(Path::new("r.htm")), Some(Kind::Html));
    assert_eq!(Kind::from_path(Path::new("r.md")), Some(Kind::Markdown));
    assert_eq!(Kind::from_path(Path::new("r.csv")), Some(Kind::Csv));
    assert_eq!(Kind::from_path(Path::new("r.pdf")), None);
    assert_eq!(Kind::from_path(Path::new("report")), None);
}

#[test]
fn escapes_html() {
    assert_eq!(
        escape::esc("<a href='x'>&\"한</a>"),
        "&lt;a href=&#39;x&#39;&gt;&amp;&quot;한&lt;/a&gt;"
    );
    let l = pos("A", vec![issue("x", 1.0, &[("o<1>", 10.0), ("o2", 90.0)])]);
    let r = pos("B", vec![issue("x", 1.0, &[("o<1>", 90.0), ("o2", 10.0)])]);
    let h = render(&ReportInput::new(&l, &r), Kind::Html);
    assert!(!h.contains("<b>two</b>"));
    assert!(h.contains("&lt;b&gt;two&lt;/b&gt;"));
    assert!(h.contains("예시 &lt;MARK&gt;"));
    assert!(!h.contains("<script"));
}

#[test]
fn no_common_issues() {
    let l = pos("A", vec![issue("a", 1.0, &[("x", 1.0)])]);
    let r = pos("B", vec![issue("b", 1.0, &[("y", 1.0)])]);
    let input = ReportInput::new(&l, &r);
    let h = render(&input, Kind::Html);
    assert!(h.contains("share no issue"), "{h}");
    assert!(h.contains("left only") && h.contains("right only"));
    let c = render(&input, Kind::Csv);
    assert_eq!(c.matches("\r\n").count(), 3);
    for k in ALL {
        assert!(!render(&input, k).is_empty());
    }
}

#[test]
fn empty_positions_and_zero_weights() {
    let e = Position::default();
    for k in ALL {
        let s = render(&ReportInput::new(&e, &e), k);
        assert!(!s.is_empty());
    }
    let l = pos("A", vec![issue("x", 0.0, &[("a", 100.0), ("b", 0.0)])]);
    let mut r = pos("B", vec![issue("x", 0.0, &[("a", 0.0), ("b", 100.0)])]);
    r.reservation = 90.0;
    let h = render(&ReportInput::new(&l, &r), Kind::Html);
    assert!(h.contains("equal weights"), "{h}");
    assert!(h.contains("No ZOPA"));
}

#[test]
fn csv_quotes_and_guards_formulas() {
    let mut out = String::new();
    for (f, text) in [
        ("a,b", true),
        ("=1+1", true),
        ("x\"y", true),
        ("plain", true),
        ("-5", false),
    ] {
        csv::field(&mut out, f, text);
        out.push(',');
    }
    assert_eq!(out, "\"a,b\",\"'=1+1\",\"x\"\"y\",plain,-5,");
    let l = pos("A", vec![issue("=1+1", 1.0, &[("a", 1.0)])]);
    let r = pos("B", Vec::new());
    let c = render(&ReportInput::new(&l, &r), Kind::Csv);
    assert!(c.contains("\"'=1+1\""), "{c}");
}

#[test]
fn deterministic() {
    let l = pos(
        "A",
        vec![
            issue("x", 2.0, &[("a", 80.0), ("b", 20.0)]),
            issue("y", 1.0, &[("a", 10.0), ("b", 70.0)]),
        ],
    );
    let r = pos(
        "B",
        vec![
            issue("y", 3.0, &[("a", 80.0), ("b", 20.0)]),
            issue("x", 1.0, &[("a", 10.0), ("b", 70.0)]),
        ],
    );
    let input = ReportInput {
        previous_left: Some(&r),
        ..ReportInput::new(&l, &r)
    };
    for k in ALL {
        assert_eq!(render(&input, k), render(&input, k));
    }
}
