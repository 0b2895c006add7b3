//! Spreadsheets as users meet them: `accord export` / `accord import` through the binary, files
//! made by another program (a workbook assembled here by hand with inline strings, as
//! LibreOffice and other writers do, and a CSV typed the way Excel saves one), refusals with
//! sheet and cell, and a property test of the round trip.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write as _;
use std::process::Command;

use accord::model::{Choice, Flexibility, Issue, Position};
use proptest::prelude::*;

fn accord() -> Command {
    Command::new(env!("CARGO_BIN_EXE_accord"))
}

fn run(args: &[&std::ffi::OsStr]) -> std::process::Output {
    accord().args(args).output().unwrap()
}

#[test]
fn export_then_import_is_identical_for_xlsx_and_csv() {
    let d = tempfile::tempdir().unwrap();
    for sample in ["us.ron", "rok.ron", "us.r2.ron"] {
        let src = accord::sample_path(sample);
        for ext in ["xlsx", "csv"] {
            let sheet = d.path().join(format!("{sample}.{ext}"));
            let back = d.path().join(format!("{sample}.{ext}.ron"));
            let o = run(&[
                "export".as_ref(),
                src.as_os_str(),
                "-o".as_ref(),
                sheet.as_os_str(),
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            let o = run(&[
                "import".as_ref(),
                sheet.as_os_str(),
                "-o".as_ref(),
                back.as_os_str(),
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            let o = run(&["diff".as_ref(), src.as_os_str(), back.as_os_str()]);
            assert_eq!(
                o.status.code(),
                Some(0),
                "{sample} via {ext}: {}",
                String::from_utf8_lossy(&o.stdout)
            );
        }
    }
}

#[test]
fn import_refuses_to_overwrite_and_writes_nothing_on_a_bad_cell() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("bad.csv");
    std::fs::write(
        &csv,
        "\u{feff}field,value\r\nformat,1\r\nparty,ROK\r\n\r\nid,topic,title,weight,option,value\r\nmro,MRO,정비,high,Hub,80\r\n",
    )
    .unwrap();
    let out = d.path().join("out.ron");
    let o = run(&[
        "import".as_ref(),
        csv.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with(&format!(
            "{}:6:4: weight \"high\" is not a number",
            csv.display()
        )),
        "{err}"
    );
    assert!(err.contains("hint:"));
    assert!(!out.exists());
    std::fs::write(&out, "keep").unwrap();
    let good = accord::sample_path("us.ron");
    let x = d.path().join("us.xlsx");
    assert!(
        run(&[
            "export".as_ref(),
            good.as_os_str(),
            "-o".as_ref(),
            x.as_os_str()
        ])
        .status
        .success()
    );
    let o = run(&[
        "import".as_ref(),
        x.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep");
}

#[test]
fn new_makes_a_blank_or_an_agenda_copy_and_never_overwrites() {
    let d = tempfile::tempdir().unwrap();
    let blank = d.path().join("blank.ron");
    let o = run(&[
        "new".as_ref(),
        "--party".as_ref(),
        "RT".as_ref(),
        "-o".as_ref(),
        blank.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let p = accord::format::load_file(&blank).unwrap();
    assert_eq!((p.party.as_str(), p.issues.len()), ("RT", 1));
    let o = run(&["new".as_ref(), "-o".as_ref(), blank.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("already exists"));
    assert_eq!(accord::format::load_file(&blank).unwrap(), p);
    let us = accord::sample_path("us.ron");
    let answer = d.path().join("answer.ron");
    let o = run(&[
        "new".as_ref(),
        "--from".as_ref(),
        us.as_os_str(),
        "--party".as_ref(),
        "ROK".as_ref(),
        "-o".as_ref(),
        answer.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = accord::format::load_file(&answer).unwrap();
    let u = accord::format::load_file(&us).unwrap();
    let ids = |p: &Position| p.issues.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&u));
    assert!(
        a.issues
            .iter()
            .all(|i| i.weight == 1.0 && i.options.iter().all(|c| c.value == 0.0))
    );
}

/// A workbook assembled by hand, as another program writes one: inline strings instead of a
/// shared string table, no styles, a sheet named by the user.
fn hand_built_xlsx(rows: &[Vec<(&str, &str)>]) -> Vec<u8> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, (kind, v)) in row.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            let col = (b'A' + c as u8) as char;
            let v = v.replace('&', "&amp;").replace('<', "&lt;");
            match *kind {
                "n" => sheet.push_str(&format!(r#"<c r="{col}{}"><v>{v}</v></c>"#, r + 1)),
                _ => sheet.push_str(&format!(
                    r#"<c r="{col}{}" t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>"#,
                    r + 1
                )),
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Issues" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in files {
        zip.start_file(name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The layout filled in by hand: header block, one blank row, the table; rows 13 and 14 hold the
/// first issue's options, the second issue starts on row 15 with its id only on its first row.
fn hand_rows(weight_d14: &str) -> Vec<Vec<(&'static str, String)>> {
    let t = |s: &str| ("s", s.to_owned());
    let n = |s: &str| ("n", s.to_owned());
    let mut rows = vec![
        vec![t("field"), t("value")],
        vec![t("format"), n("1")],
        vec![t("party"), t("ROK")],
        vec![t("party_name"), t("대한민국")],
        vec![t("title"), t("방산협력 입장")],
        vec![t("round"), n("2")],
        vec![t("batna"), t("자체 개발\n수출 확대")],
        vec![t("reservation"), n("45")],
        vec![],
        vec![],
        vec![],
        [
            "id",
            "topic",
            "title",
            "weight",
            "option",
            "value",
            "target",
            "walk_away",
            "flexibility",
            "stance",
            "interests",
        ]
        .map(t)
        .to_vec(),
        vec![
            t("mro"),
            t("MRO"),
            t("정비 허브"),
            n("3"),
            t("Current"),
            n("20"),
            t("Hub"),
            t(""),
            t("firm"),
            t("한 줄\n두 줄"),
            t("일자리"),
        ],
        vec![
            t("mro"),
            t(""),
            t(""),
            ("s", weight_d14.to_owned()),
            t("Hub"),
            n("90"),
            t(""),
            t(""),
            t(""),
            t(""),
            t("투자 회수"),
        ],
        vec![
            t("sosa"),
            t("Supply"),
            t("SOSA"),
            n("0.5"),
            t("Non-binding"),
            n("40"),
        ],
        vec![t(""), t(""), t(""), t(""), t("Binding"), n("100")],
    ];
    rows.iter_mut()
        .for_each(|r| r.resize(11, ("s", String::new())));
    rows
}

fn as_refs<'a>(rows: &'a [Vec<(&'static str, String)>]) -> Vec<Vec<(&'static str, &'a str)>> {
    rows.iter()
        .map(|r| r.iter().map(|(k, v)| (*k, v.as_str())).collect())
        .collect()
}

#[test]
fn a_workbook_written_by_another_program_imports() {
    let bytes = hand_built_xlsx(&as_refs(&hand_rows("")));
    let p = accord::sheet::from_xlsx_bytes("hand.xlsx", bytes).unwrap();
    assert_eq!(p.party_name, "대한민국");
    assert_eq!(p.round, 2);
    assert_eq!(p.batna, "자체 개발\n수출 확대");
    assert_eq!(p.issues.len(), 2);
    let mro = &p.issues[0];
    assert_eq!(mro.weight, 3.0);
    assert_eq!(mro.flexibility, Flexibility::Firm);
    assert_eq!(mro.target.as_deref(), Some("Hub"));
    assert_eq!(mro.walk_away, None);
    assert_eq!(mro.stance, "한 줄\n두 줄");
    assert_eq!(mro.interests, ["일자리", "투자 회수"]);
    assert_eq!(
        mro.options,
        [Choice::new("Current", 20.0), Choice::new("Hub", 90.0)]
    );
    assert_eq!(p.issues[1].options.len(), 2);
    assert_eq!(p.issues[1].weight, 0.5);
}

#[test]
fn a_bad_cell_in_a_workbook_is_named_by_sheet_and_cell() {
    let bytes = hand_built_xlsx(&as_refs(&hand_rows("high")));
    let e = accord::sheet::from_xlsx_bytes("FILE.xlsx", bytes).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.starts_with("FILE.xlsx: sheet Issues, cell D14: weight \"high\" is not a number"),
        "{msg}"
    );
    assert!(msg.contains("\n  hint: "), "{msg}");
    // A rule a loaded file must pass is put back on its cell too: value 120 in F16.
    let mut rows = hand_rows("");
    rows[15][5] = ("n", "120".into());
    let e =
        accord::sheet::from_xlsx_bytes("FILE.xlsx", hand_built_xlsx(&as_refs(&rows))).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("FILE.xlsx: sheet Issues, cell F16: value 120 is outside 0–100"),
        "{e}"
    );
}

#[test]
fn a_csv_saved_the_way_excel_saves_one_imports() {
    // Excel's "CSV UTF-8": a byte-order mark, CRLF, quotes only around cells that need them,
    // no label row; here with a semicolon as European Excel writes, and columns reordered.
    let text = "\u{feff}format;1\r\nparty;US\r\nround;1\r\n;\r\nID;Title;Option;Value;Weight;Stance\r\nfms;\"Lead \"\"times\"\"\";Status quo;10;2;\"Two\r\nlines\"\r\nfms;;Binding;100;;\r\n";
    let p = accord::sheet::from_csv_bytes("excel.csv", text.as_bytes()).unwrap();
    assert_eq!(p.party, "US");
    assert_eq!(p.issues[0].title, "Lead \"times\"");
    assert_eq!(p.issues[0].stance, "Two\r\nlines");
    assert_eq!(p.issues[0].weight, 2.0);
    assert_eq!(p.issues[0].options.len(), 2);
    // Not UTF-8 (Excel's plain "CSV" on a Korean system is CP949): refused with a hint.
    let e =
        accord::sheet::from_csv_bytes("ansi.csv", b"format,1\r\nparty,\xc7\xd1\r\n").unwrap_err();
    assert!(e.to_string().contains("CSV UTF-8"), "{e}");
}

fn text() -> impl Strategy<Value = String> {
    // Hangul, ASCII with quotes, commas, tabs and line breaks, spaces at the ends.
    proptest::string::string_regex("[ 가-힣a-zA-Z0-9\",;\t\n_=-]{0,12}").unwrap()
}

fn label() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[가-힣a-z0-9][ 가-힣a-z0-9\n]{0,6}").unwrap()
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![(0u8..=100).prop_map(f64::from), (0.0f64..=100.0)]
}

fn issue(k: usize) -> impl Strategy<Value = Issue> {
    (
        text(),
        text(),
        text(),
        (0.0f64..1000.0),
        proptest::collection::btree_map(label(), value(), 0..4),
        proptest::collection::vec(label(), 0..4),
        proptest::collection::vec(text(), 0..3),
        text(),
        0usize..3,
        any::<bool>(),
    )
        .prop_map(
            move |(topic, title, stance, weight, opts, interests, sources, notes, flex, target)| {
                let options: Vec<Choice> = opts
                    .into_iter()
                    .map(|(label, value)| Choice::new(label, value))
                    .collect();
                // Trailing empty list items have no cell of their own (docs/spreadsheet.md).
                let trim = |mut v: Vec<String>| {
                    while v.last().is_some_and(String::is_empty) {
                        v.pop();
                    }
                    v
                };
                Issue {
                    id: format!("이슈-{k}"),
                    topic,
                    title,
                    stance,
                    weight,
                    target: if target {
                        options.first().map(|c| c.label.clone())
                    } else {
                        None
                    },
                    walk_away: options.last().map(|c| c.label.clone()).filter(|_| !target),
                    options,
                    flexibility: Flexibility::ALL[flex],
                    interests: trim(interests),
                    criteria: vec![],
                    notes,
                    sources: trim(sources),
                    ..Issue::default()
                }
            },
        )
}

fn position() -> impl Strategy<Value = Position> {
    (
        text(),
        text(),
        1u32..9,
        proptest::option::of(text()),
        (0.0f64..=100.0),
        0usize..5,
    )
        .prop_flat_map(|(party_name, batna, round, marking, reservation, n)| {
            let issues: Vec<_> = (0..n).map(issue).collect();
            (
                Just((party_name, batna, round, marking, reservation)),
                issues,
            )
        })
        .prop_map(
            |((party_name, batna, round, marking, reservation), issues)| Position {
                party: "대한민국".into(),
                party_name,
                title: String::new(),
                round,
                as_of: None,
                marking,
                batna,
                reservation,
                issues,
                ..Position::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn generated_positions_survive_xlsx_and_csv(p in position()) {
        prop_assume!(accord::format::validate(&p).is_empty());
        let x = accord::sheet::to_xlsx_bytes(&p).unwrap();
        prop_assert_eq!(&accord::sheet::from_xlsx_bytes("p.xlsx", x).unwrap(), &p);
        let c = accord::sheet::to_csv_string(&p);
        prop_assert_eq!(&accord::sheet::from_csv_bytes("p.csv", c.as_bytes()).unwrap(), &p);
    }
}

#[test]
fn clipboard_rows_read_back_with_their_fields() {
    let p = accord::format::load_file(&accord::sample_path("rok.ron")).unwrap();
    let tsv = accord::sheet::issues_to_tsv(&[&p.issues[0], &p.issues[2]]);
    let pasted = accord::sheet::parse_clipboard(&tsv).unwrap();
    assert_eq!(pasted.len(), 2);
    assert_eq!(pasted[0].issue(), &p.issues[0]);
    assert_eq!(pasted[1].issue(), &p.issues[2]);
    // Rows without the column names: the layout's order; a bad value names row and column.
    let e = accord::sheet::parse_clipboard("x\tT\tTitle\t1\tA\tlots\n").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("clipboard: row 1, column F: value \"lots\" is not a number"),
        "{e}"
    );
}
