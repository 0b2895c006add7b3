//! `--lang ko`: reports, handouts, the text score report and load errors in Korean; without
//! `--lang` (or with `--lang en`) the output is English, byte for byte as before.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use accord::i18n::Lang;
use accord::i18n::report::Report as R;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .output()
        .unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The two current sample files copied into a fresh folder.
fn samples() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let copy = |n: &str| {
        let to = dir.path().join(n);
        std::fs::copy(accord::sample_path(n), &to).unwrap();
        to
    };
    let (us, rok) = (copy("us.ron"), copy("rok.ron"));
    (dir, us, rok)
}

/// `accord report US ROK -o OUT --no-timestamp [extra…]`, returning the file's text.
fn report(us: &Path, rok: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec!["report", s(us), s(rok), "-o", s(out), "--no-timestamp"];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(out).unwrap()
}

fn ko(e: R) -> &'static str {
    e.get(Lang::Ko)
}

#[test]
fn html_report_in_korean() {
    let (dir, us, rok) = samples();
    let out = dir.path().join("r.html");
    let t = report(&us, &rok, &out, &["--lang", "ko"]);
    assert!(t.contains("<html lang=\"ko\">"), "lang attribute");
    for e in [
        R::Parties,
        R::OutcomeSpace,
        R::PointsHeading,
        R::SuggestedTrades,
        R::Issues,
        R::SessionLog,
        R::Stance,
        R::WalkAway,
        R::NashPoint,
    ] {
        assert!(t.contains(ko(e)), "{e:?} ({}) missing", ko(e));
    }
    assert!(t.contains("<h2 id=\"parties\">당사자</h2>"));
    assert!(t.contains("<th>유보점</th>"));
    assert!(!t.contains(">Parties<"), "English heading left");
    assert!(!t.contains("Suggested trades"), "English heading left");
    // The files' own text is printed as written.
    let p = accord::format::load_file(&us).unwrap();
    assert!(t.contains(&p.party));
}

#[test]
fn markdown_and_csv_headers_in_korean() {
    let (dir, us, rok) = samples();
    let md = report(&us, &rok, &dir.path().join("r.md"), &["--lang", "ko"]);
    assert!(
        md.starts_with("**") || md.starts_with("# 보고서: "),
        "{}",
        &md[..80]
    );
    assert!(md.contains("# 보고서: "));
    assert!(md.contains("## 당사자\n"));
    assert!(md.contains("## ZOPA (합의 가능 영역)\n"));
    assert!(md.contains("| 쟁점 ID | 주제 | 제목 | "));
    assert!(md.contains(" 주장 | "));
    assert!(md.contains("| 라운드 |"));
    assert!(!md.contains("## Parties"));

    let csv = report(&us, &rok, &dir.path().join("r.csv"), &["--lang", "ko"]);
    let head = csv.lines().next().unwrap();
    assert_eq!(
        head,
        "\u{feff}쟁점 ID,주제,제목,왼쪽 당사자,왼쪽 주장,왼쪽 목표,왼쪽 최저선,왼쪽 가중치,\
         오른쪽 당사자,오른쪽 주장,오른쪽 목표,오른쪽 최저선,오른쪽 가중치,격차,최저선 겹침,\
         공통 기반,충돌,종류,보안 표시"
    );
    assert_eq!(head.trim_start_matches('\u{feff}').split(',').count(), 19);
}

#[test]
fn english_is_the_default_and_lang_en_changes_nothing() {
    let (dir, us, rok) = samples();
    for ext in ["html", "md", "csv"] {
        let plain = report(&us, &rok, &dir.path().join(format!("a.{ext}")), &[]);
        let en = report(
            &us,
            &rok,
            &dir.path().join(format!("b.{ext}")),
            &["--lang", "en"],
        );
        assert_eq!(plain, en, "{ext}");
        assert!(!plain.contains("당사자"), "{ext}: Korean without --lang");
    }
    // The locale does not decide: scripts read the output.
    let out = dir.path().join("c.md");
    let o = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["report", s(&us), s(&rok), "-o", s(&out), "--no-timestamp"])
        .env("LANG", "ko_KR.UTF-8")
        .env("LC_ALL", "ko_KR.UTF-8")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("## Parties\n")
    );
}

#[test]
fn lang_before_the_subcommand_works_too() {
    let (dir, us, rok) = samples();
    let out = dir.path().join("r.md");
    let o = run(&["--lang", "ko", "report", s(&us), s(&rok), "-o", s(&out)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = std::fs::read_to_string(&out).unwrap();
    assert!(t.contains("## 당사자\n"));
    assert!(t.contains("생성 시각: 20"), "generation line in Korean");
}

#[test]
fn unknown_language_is_refused_with_exit_2() {
    let (dir, us, rok) = samples();
    let out = dir.path().join("r.html");
    let o = run(&["report", s(&us), s(&rok), "-o", s(&out), "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("unknown language `xx`"), "{err}");
    assert!(err.contains("en") && err.contains("ko"), "{err}");
    assert!(!out.exists(), "nothing written");
    let o = run(&["check", s(&us), "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_frames_load_errors_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(format: 1, party: \"US\" issues: [])\n").unwrap();
    let en = run(&["check", s(&bad)]);
    assert_eq!(en.status.code(), Some(1));
    let en = String::from_utf8_lossy(&en.stderr).into_owned();
    assert!(en.contains("\n  hint: "), "{en}");
    let o = run(&["check", s(&bad), "--lang", "ko"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("\n  도움말: "), "{err}");
    assert!(!err.contains("hint:"), "{err}");
    // The position stays FILE:LINE:COL, the same as in English.
    assert_eq!(en.lines().next(), err.lines().next());
    // A fixed hint is translated.
    assert!(err.contains(ko(R::HintSyntax)), "{err}");
}

#[test]
fn text_score_report_in_korean_json_unchanged() {
    let (_dir, us, rok) = samples();
    let o = run(&["score", s(&us), s(&rok), "--lang", "ko", "--samples", "0"]);
    assert!(o.status.success());
    let t = String::from_utf8(o.stdout).unwrap();
    assert!(t.starts_with("공동 분석: "), "{}", &t[..60]);
    assert!(t.contains("\n파레토 경계: "));
    assert!(t.contains("\n내시 해: "));
    let en = run(&["score", s(&us), s(&rok), "--json", "--samples", "0"]);
    let ko_json = run(&[
        "score",
        s(&us),
        s(&rok),
        "--json",
        "--samples",
        "0",
        "--lang",
        "ko",
    ]);
    assert_eq!(en.stdout, ko_json.stdout, "JSON does not depend on --lang");
}

/// Plant markers in the private fields (BATNA, reservation, notes) of a file.
fn plant(path: &Path, tag: &str, reservation: f64) -> Vec<String> {
    let mut p = accord::format::load_file(path).unwrap();
    p.batna = format!("BATNA-{tag}-qx");
    p.reservation = reservation;
    let mut m = vec![p.batna.clone(), format!("{reservation}")];
    for (i, issue) in p.issues.iter_mut().enumerate() {
        issue.notes = format!("NOTE-{tag}-{i}-qx");
        m.push(issue.notes.clone());
    }
    accord::format::save_atomic(path, &p).unwrap();
    m
}

#[test]
fn korean_joint_handout_has_no_private_fields() {
    let (dir, us, rok) = samples();
    let mut marks = plant(&us, "US", 41.037);
    marks.extend(plant(&rok, "ROK", 38.063));
    for ext in ["html", "md", "csv"] {
        let out = dir.path().join(format!("h.{ext}"));
        let t = report(&us, &rok, &out, &["--for", "joint", "--lang", "ko"]);
        for m in &marks {
            assert!(!t.contains(m.as_str()), ".{ext}: {m} leaked");
        }
        assert!(t.contains(ko(R::Private)), ".{ext}: no 비공개 placeholder");
        if ext != "csv" {
            assert!(t.contains("합동 회의 배포 자료: "), ".{ext}: Korean title");
            assert!(t.contains(ko(R::SharedLog)), ".{ext}");
        }
        if ext == "html" {
            assert!(t.contains("<html lang=\"ko\">"));
        }
    }
}
