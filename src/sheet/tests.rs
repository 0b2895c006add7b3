use super::*;
use crate::model::{Choice, Flexibility, Issue};

fn sample() -> Position {
    crate::format::load_file(&crate::sample_path("rok.ron")).unwrap()
}

fn tricky() -> Position {
    Position {
        party: "ROK".into(),
        party_name: "대한민국".into(),
        title: " leading and trailing ".into(),
        round: 3,
        as_of: Some("2024-02-29".into()),
        marking: Some(String::new()),
        batna: "line one\nline two\r\nline \"three\"\t,;".into(),
        reservation: 42.125,
        issues: vec![
            Issue {
                id: "12".into(),
                topic: "=SUM(A1)".into(),
                title: "_x0041_ literal".into(),
                stance: "입장\n두 번째 줄".into(),
                weight: 0.1 + 0.2,
                options: vec![
                    Choice {
                        label: "0.5".into(),
                        value: 33.333333333333336,
                        ..Default::default()
                    },
                    Choice {
                        label: "2024-05-20".into(),
                        value: 100.0,
                        ..Default::default()
                    },
                ],
                target: Some("0.5".into()),
                walk_away: Some("2024-05-20".into()),
                flexibility: Flexibility::Firm,
                interests: vec!["a".into(), String::new(), "c\nd".into()],
                criteria: vec![],
                notes: "\u{7}bell".into(),
                sources: vec!["s1".into(), "s2".into(), "s3".into(), "s4".into()],
                ..Issue::default()
            },
            Issue {
                id: "empty".into(),
                ..Issue::default()
            },
        ],
        ..Position::default()
    }
}

#[test]
fn column_names_count_like_a_spreadsheet() {
    assert_eq!(column_name(0), "A");
    assert_eq!(column_name(3), "D");
    assert_eq!(column_name(25), "Z");
    assert_eq!(column_name(26), "AA");
    assert_eq!(column_name(27), "AB");
}

#[test]
fn xlsx_round_trip_is_identical() {
    for p in [sample(), tricky()] {
        let bytes = to_xlsx_bytes(&p).unwrap();
        let back = from_xlsx_bytes("t.xlsx", bytes).unwrap();
        assert_eq!(back, p);
    }
}

#[test]
fn csv_round_trip_is_identical() {
    for p in [sample(), tricky()] {
        let text = to_csv_string(&p);
        assert!(text.starts_with('\u{feff}'));
        let back = from_csv_bytes("t.csv", text.as_bytes()).unwrap();
        assert_eq!(back, p);
    }
}

#[test]
fn a_bad_weight_is_refused_at_its_cell() {
    let mut text = to_csv_string(&sample());
    // The first issue's weight sits on the first row after the column names (`at` counts
    // from 0, lines from 1).
    let lines: Vec<&str> = text.split("\r\n").collect();
    let at = lines.iter().position(|l| l.starts_with("id,")).unwrap() + 1;
    let fields: Vec<&str> = lines[at].splitn(5, ',').collect();
    let bad = format!(
        "{},{},{},high,{}",
        fields[0], fields[1], fields[2], fields[4]
    );
    text = text.replacen(lines[at], &bad, 1);
    let e = from_csv_bytes("us.csv", text.as_bytes()).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.starts_with(&format!(
            "us.csv:{}:4: weight \"high\" is not a number",
            at + 2
        )),
        "{msg}"
    );
    assert!(msg.contains("hint:"));
}

#[test]
fn a_sep_line_names_the_delimiter_and_lines_still_count_from_the_top() {
    let text = "sep=;\nformat;1\nparty;X\nid;weight\nmro;high\n";
    let e = from_csv_bytes("s.csv", text.as_bytes()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("s.csv:5:2: weight \"high\" is not a number"),
        "{e}"
    );
    let ok = from_csv_bytes("s.csv", b"sep=;\nformat;1\nparty;X\nid;weight\nmro;2\n").unwrap();
    assert_eq!(ok.issues[0].weight, 2.0);
}
