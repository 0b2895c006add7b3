//! `accord import genius` / `accord export genius` on small GENIUS scenarios written here, with
//! answers checked by hand, and one per quirk of real files (indexes that do not start at 0 or 1,
//! weights before the issues, an item listed twice, missing type attributes, extra elements,
//! reservation and discount in either order or missing, integer and real issues, malformed XML,
//! GeniusWeb JSON).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn accord() -> Command {
    Command::new(env!("CARGO_BIN_EXE_accord"))
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// The party scenario: issue indexes 3 and 7, no type attributes on one issue, the domain lists
/// "Chips" twice, A's weights come before its issues, B's after; B lists "Chips" twice with the
/// last evaluation 1; descriptions, costs and an uncertainty block to ignore.
const DOMAIN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<negotiation_template>
  <utility_space number_of_issues="2">
    <objective index="0" etype="objective" type="objective" description="" name="party">
      <issue name="Food" index="3">
        <item index="1" value="Chips" cost="100.0" description="Bags of chips"/>
        <item index="2" value="Cake" cost="200.0" description="A big cake"/>
        <item index="3" value="Chips" cost="100.0" description="listed again"/>
      </issue>
      <issue name="Music" index="7" etype="discrete" type="discrete" vtype="discrete">
        <item index="1" value="Band"/>
        <item index="2" value="DJ"/>
      </issue>
    </objective>
  </utility_space>
</negotiation_template>
"#;

const PROFILE_A: &str = r#"<?xml version="1.0"?>
<utility_space type="additive">
  <discount_factor value="0.5"/>
  <objective index="0" etype="objective" type="objective" description="" name="party">
    <weight index="3" value="3"/>
    <weight index="7" value="1"/>
    <issue index="3" name="Food" etype="discrete" type="discrete" vtype="discrete">
      <description>what the guests eat</description>
      <item index="1" value="Chips" evaluation="2" cost="100"/>
      <item index="2" value="Cake" evaluation="4" cost="200"/>
    </issue>
    <issue index="7" name="Music">
      <item index="1" value="Band" evaluation="10"/>
      <item index="2" value="DJ" evaluation="5"/>
    </issue>
  </objective>
  <similarity_function type="none"/>
  <reservation value="0.6"/>
</utility_space>
"#;

const PROFILE_B: &str = r#"<?xml version="1.0"?>
<utility_space>
  <objective index="0" name="party">
    <issue index="3" name="Food">
      <item index="1" value="Chips" evaluation="0.2"/>
      <item index="2" value="Cake" evaluation="0.5"/>
      <item index="3" value="Chips" evaluation="1"/>
    </issue>
    <issue index="7" name="Music" vtype="discrete">
      <item index="1" value="Band" evaluation="0"/>
      <item index="2" value="DJ" evaluation="3"/>
    </issue>
    <weight index="7" value="0.25"/>
    <weight index="3" value="0.25"/>
  </objective>
  <uncertainty><ranking><bid Food="Cake"/></ranking></uncertainty>
  <reservation value="0"/>
  <discount_factor value="0"/>
</utility_space>
"#;

fn party_scenario() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "party_domain.xml", DOMAIN);
    write(d.path(), "A.xml", PROFILE_A);
    write(d.path(), "B.xml", PROFILE_B);
    write(d.path(), "README.txt", "not part of the scenario");
    d
}

fn import(folder: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    accord()
        .args(["import", "genius"])
        .arg(folder)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

fn score(l: &Path, r: &Path) -> serde_json::Value {
    let out = accord()
        .arg("score")
        .arg(l)
        .arg(r)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn points(v: &serde_json::Value) -> Vec<(f64, f64)> {
    let mut p: Vec<(f64, f64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["left"].as_f64().unwrap(), x["right"].as_f64().unwrap()))
        .collect();
    p.sort_by(|a, b| a.0.total_cmp(&b.0));
    p
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn party_scenario_imports_with_genius_semantics() {
    let d = party_scenario();
    let out = d.path().join("out");
    let o = import(d.path(), &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = accord::format::load_file(&out.join("A.ron")).unwrap();
    let b = accord::format::load_file(&out.join("B.ron")).unwrap();
    assert_eq!(a.party, "A");
    // Weights by index, normalised to sum 1.
    assert_eq!(
        a.issues.iter().map(|i| i.weight).collect::<Vec<_>>(),
        [0.75, 0.25]
    );
    assert_eq!(
        b.issues.iter().map(|i| i.weight).collect::<Vec<_>>(),
        [0.5, 0.5]
    );
    // The duplicated item is one option; evaluation / max evaluation × 100.
    let vals = |p: &accord::model::Position, k: usize| -> Vec<(String, f64)> {
        p.issues[k]
            .options
            .iter()
            .map(|c| (c.label.clone(), c.value))
            .collect()
    };
    assert_eq!(
        vals(&a, 0),
        [("Chips".into(), 50.0), ("Cake".into(), 100.0)]
    );
    assert_eq!(vals(&a, 1), [("Band".into(), 100.0), ("DJ".into(), 50.0)]);
    assert_eq!(
        vals(&b, 0),
        [("Chips".into(), 100.0), ("Cake".into(), 50.0)]
    );
    assert_eq!(vals(&b, 1), [("Band".into(), 0.0), ("DJ".into(), 100.0)]);
    assert!(b.issues[0].notes.contains("listed twice"));
    // Reservation ×100; the discount is kept in the text, a discount of 0 means none.
    assert_eq!(a.reservation, 60.0);
    assert_eq!(b.reservation, 0.0);
    assert!(a.batna.contains("Discount factor 0.5"), "{}", a.batna);
    assert!(b.batna.contains("no discount"), "{}", b.batna);

    // Hand-checked: U_A = .75 f + .25 m, U_B = .5 f + .5 m over the four packages
    // (Chips,Band) 62.5/50, (Chips,DJ) 50/100, (Cake,Band) 100/25, (Cake,DJ) 87.5/75.
    let s = score(&out.join("A.ron"), &out.join("B.ron"));
    assert_eq!(
        points(&s["frontier"]),
        [(50.0, 100.0), (87.5, 75.0), (100.0, 25.0)]
    );
    // Nash with the reservations as disagreement point: max (U_A − 60)·U_B → (Cake, DJ).
    assert!(close(s["nash"]["left"].as_f64().unwrap(), 87.5));
    assert!(close(s["nash"]["right"].as_f64().unwrap(), 75.0));
    assert_eq!(s["nash"]["package"]["Food"], "Cake");
    assert_eq!(s["nash"]["package"]["Music"], "DJ");
    // ZOPA: the packages A (≥ 60) and B (≥ 0) both accept; on the frontier (87.5, 75), (100, 25).
    assert_eq!(s["zopa"], true);
    assert_eq!(
        points(&s["acceptable_frontier"]),
        [(87.5, 75.0), (100.0, 25.0)]
    );
}

#[test]
fn positions_are_named_after_the_profiles_and_never_overwrite() {
    let d = party_scenario();
    let out = d.path().join("out");
    let o = import(d.path(), &out, &[]);
    assert!(o.status.success());
    let listed = String::from_utf8_lossy(&o.stdout);
    let a = listed.find("A.ron").unwrap();
    let b = listed.find("B.ron").unwrap();
    assert!(a < b, "in the order of the profile file names: {listed}");
    let before = std::fs::read(out.join("A.ron")).unwrap();
    let again = import(d.path(), &out, &[]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read(out.join("A.ron")).unwrap(), before);
}

#[test]
fn malformed_xml_is_refused_with_line_and_column_and_nothing_is_written() {
    let d = party_scenario();
    // Line 5 loses the `>` closing the issue tag.
    let broken = PROFILE_B.replace(
        "<issue index=\"3\" name=\"Food\">",
        "<issue index=\"3\" name=\"Food\"",
    );
    write(d.path(), "B.xml", &broken);
    let out = d.path().join("out");
    let o = import(d.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    let b = d.path().join("B.xml").display().to_string();
    assert!(err.starts_with(&format!("{b}:5:")), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn reservation_and_discount_may_be_missing_and_weights_are_zero_when_absent() {
    let d = party_scenario();
    let no_res = PROFILE_A
        .replace("<reservation value=\"0.6\"/>", "")
        .replace(
            "<discount_factor value=\"0.5\"/>",
            "<discount_factor value=\"1.5\"/>",
        )
        .replace("<weight index=\"7\" value=\"1\"/>", "");
    write(d.path(), "A.xml", &no_res);
    let out = d.path().join("out");
    assert!(import(d.path(), &out, &[]).status.success());
    let a = accord::format::load_file(&out.join("A.ron")).unwrap();
    assert_eq!(a.reservation, 0.0);
    assert!(a.batna.contains("no discount"));
    assert_eq!(a.issues[0].weight, 1.0);
    assert_eq!(a.issues[1].weight, 0.0);
}

const INT_DOMAIN: &str = r#"<negotiation_template><utility_space>
<objective index="0" name="sale">
  <issue name="Price" index="0" type="integer" etype="integer" vtype="integer" lowerbound="10" upperbound="14"/>
  <issue name="Colour" index="1" type="discrete"><item index="1" value="red"/><item index="2" value="blue"/></issue>
</objective></utility_space></negotiation_template>"#;

fn int_profile(slope: &str, offset: &str, red: &str, blue: &str, res: &str) -> String {
    format!(
        r#"<utility_space><objective index="0" name="sale">
  <issue name="Price" index="0" type="integer" etype="integer" vtype="integer" lowerbound="10" upperbound="14">
    <evaluator ftype="linear" slope="{slope}" offset="{offset}"/>
  </issue>
  <issue name="Colour" index="1" type="discrete"><item index="1" value="red" evaluation="{red}"/><item index="2" value="blue" evaluation="{blue}"/></issue>
  <weight index="0" value="0.5"/><weight index="1" value="0.5"/>
</objective><reservation value="{res}"/></utility_space>"#
    )
}

#[test]
fn integer_issues_import_one_option_per_value_with_the_linear_evaluator() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "sale.xml", INT_DOMAIN);
    write(
        d.path(),
        "buyer.xml",
        &int_profile("-0.25", "1", "1", "0", "0.5"),
    );
    write(
        d.path(),
        "seller.xml",
        &int_profile("0.25", "0", "0", "1", "0.5"),
    );
    let out = d.path().join("out");
    let o = import(d.path(), &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let buyer = accord::format::load_file(&out.join("buyer.ron")).unwrap();
    let price: Vec<(String, f64)> = buyer.issues[0]
        .options
        .iter()
        .map(|c| (c.label.clone(), c.value))
        .collect();
    assert_eq!(
        price,
        [
            ("10".into(), 100.0),
            ("11".into(), 75.0),
            ("12".into(), 50.0),
            ("13".into(), 25.0),
            ("14".into(), 0.0)
        ]
    );
    // Buyer: .5·price + .5·colour, seller the mirror image; reservations 50 each.
    // Packages (price p, colour) give the buyer 50·(14−p)/4 + 50·[red], the seller the rest of 100:
    // every package sums to 100, so all ten lie on the frontier, where (14, red) and (10, blue)
    // are the same point (50, 50): nine frontier points. Only (50, 50) gives each ≥ 50.
    let s = score(&out.join("buyer.ron"), &out.join("seller.ron"));
    assert_eq!(s["frontier_size"], 9);
    assert_eq!(points(&s["acceptable_frontier"]), [(50.0, 50.0)]);
    let nash = (
        s["nash"]["left"].as_f64().unwrap(),
        s["nash"]["right"].as_f64().unwrap(),
    );
    assert!(close(nash.0, 50.0) && close(nash.1, 50.0), "{nash:?}");
    assert_eq!(s["zopa"], true);
}

#[test]
fn too_many_integer_values_and_real_issues_without_steps_are_refused() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "sale.xml",
        &INT_DOMAIN.replace("upperbound=\"14\"", "upperbound=\"1000\""),
    );
    write(
        d.path(),
        "buyer.xml",
        &int_profile("-0.001", "1", "1", "0", "0")
            .replace("upperbound=\"14\"", "upperbound=\"1000\""),
    );
    let out = d.path().join("out");
    let o = import(d.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("991 values"), "{err}");
    assert!(err.contains(":3:"), "line of the issue: {err}");
    assert!(!out.exists());

    let d = tempfile::tempdir().unwrap();
    let real_domain = r#"<negotiation_template><utility_space><objective index="0">
<issue name="Time" index="1" type="real"><range lowerbound="0" upperbound="10"/></issue>
</objective></utility_space></negotiation_template>"#;
    let real_profile = |a: &str, b: &str| {
        format!(
            r#"<utility_space><objective index="0">
<issue name="Time" index="1" type="real"><range lowerbound="0" upperbound="10"/>
<evaluator ftype="linear" parameter0="{b}" parameter1="{a}"/></issue>
<weight index="1" value="1"/></objective></utility_space>"#
        )
    };
    write(d.path(), "d.xml", real_domain);
    write(d.path(), "p1.xml", &real_profile("0.1", "0"));
    write(d.path(), "p2.xml", &real_profile("-0.1", "1"));
    let o = import(d.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--steps"));
    let o = import(d.path(), &out, &["--steps", "3"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let p1 = accord::format::load_file(&out.join("p1.ron")).unwrap();
    let got: Vec<(String, f64)> = p1.issues[0]
        .options
        .iter()
        .map(|c| (c.label.clone(), c.value))
        .collect();
    assert_eq!(
        got,
        [("0".into(), 0.0), ("5".into(), 50.0), ("10".into(), 100.0)]
    );
}

#[test]
fn geniusweb_json_profiles_and_their_reservation_bid() {
    let d = tempfile::tempdir().unwrap();
    let domain = r#"{"name":"jobs","issuesValues":{"salary":{"values":["low","high"]},"car":{"values":["no","yes"]}}}"#;
    let prof = |low: f64, high: f64, no: f64, yes: f64, ws: f64, res: &str| {
        format!(
            r#"{{"LinearAdditiveUtilitySpace":{{"issueUtilities":{{
"salary":{{"discreteutils":{{"valueUtilities":{{"low":{low},"high":{high}}}}}}},
"car":{{"discreteutils":{{"valueUtilities":{{"no":{no},"yes":{yes}}}}}}}}},
"issueWeights":{{"salary":{ws},"car":{wc}}},"domain":{domain},"name":"p",
"reservationBid":{{"issuevalues":{res}}}}}}}"#,
            wc = 1.0 - ws
        )
    };
    write(d.path(), "jobs.json", domain);
    write(
        d.path(),
        "employer.json",
        &prof(1.0, 0.0, 1.0, 0.2, 0.6, r#"{"salary":"high","car":"yes"}"#),
    );
    write(
        d.path(),
        "worker.json",
        &prof(0.0, 1.0, 0.5, 1.0, 0.8, r#"{"salary":"low","car":"yes"}"#),
    );
    let out = d.path().join("out");
    let o = import(d.path(), &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let e = accord::format::load_file(&out.join("employer.ron")).unwrap();
    // Utilities are already 0..1 (not divided by their largest): car yes = 20.
    let car = e.issues.iter().find(|i| i.id == "car").unwrap();
    assert_eq!(car.value_of("yes"), Some(20.0));
    // Reservation bid (high, yes): .6·0 + .4·20 = 8.
    assert!(close(e.reservation, 8.0), "{}", e.reservation);
    let w = accord::format::load_file(&out.join("worker.ron")).unwrap();
    // (low, yes): .8·0 + .2·100 = 20.
    assert!(close(w.reservation, 20.0), "{}", w.reservation);
}

#[test]
fn export_then_import_keeps_the_frontier_nash_point_and_zopa() {
    let (us, rok) = (
        accord::sample_path("us.ron"),
        accord::sample_path("rok.ron"),
    );
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("scenario");
    let o = accord()
        .args(["export", "genius"])
        .arg(&us)
        .arg(&rok)
        .arg("-o")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in ["domain.xml", "us.xml", "rok.xml"] {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        assert!(
            roxmltree::Document::parse(&text).is_ok(),
            "{f} is well-formed"
        );
    }
    let back = d.path().join("back");
    let o = import(&dir, &back, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // GENIUS rescales each side's utilities by one positive factor: the same packages stay
    // on the frontier, the same package is the Nash point (walk-aways aside, which GENIUS has
    // not: the samples use them, so compare against the samples without walk-aways).
    let strip = |p: &Path, out: PathBuf| {
        let mut pos = accord::format::load_file(p).unwrap();
        for i in &mut pos.issues {
            i.walk_away = None;
        }
        accord::format::save_atomic(&out, &pos).unwrap();
        out
    };
    let l0 = strip(&us, d.path().join("us0.ron"));
    let r0 = strip(&rok, d.path().join("rok0.ron"));
    let a = score(&l0, &r0);
    let b = score(&back.join("us.ron"), &back.join("rok.ron"));
    assert_eq!(a["frontier_size"], b["frontier_size"]);
    assert_eq!(a["nash"]["package"], b["nash"]["package"]);
    assert_eq!(a["zopa"], b["zopa"]);
}

#[test]
fn negmas_style_profiles_take_integer_and_real_bounds_from_the_domain() {
    let d = tempfile::tempdir().unwrap();
    let domain = r#"<negotiation_template>
<utility_space number_of_issues="2">
<objective description="" etype="objective" index="0" name="root" type="objective">
    <issue etype="integer" index="1" name="i1" type="integer" vtype="integer" lowerbound="0" upperbound="3"/>
    <issue etype="real" index="2" name="i2" type="real" vtype="real"><range lowerbound="2.5" upperbound="3.5"/></issue>
</objective>
</utility_space>
</negotiation_template>"#;
    let profile = |slope: &str, p0: &str, p1: &str| {
        format!(
            r#"<utility_space number_of_issues="2">
<objective description="" etype="objective" index="0" name="root" type="objective">
<issue index="1" etype="integer" type="integer" vtype="integer" name="i1">
    <evaluator ftype="linear" offset="0.0" slope="{slope}"></evaluator>
</issue>
<issue index="2" etype="real" type="real" vtype="real" name="i2">
    <evaluator ftype="linear" parameter0="{p0}" parameter1="{p1}"></evaluator>
</issue>
<weight index="1" value="1.0">
</weight>
<weight index="2" value="3.0">
</weight>
</objective>
</utility_space>"#
        )
    };
    write(d.path(), "domain.xml", domain);
    write(d.path(), "a.xml", &profile("0.25", "-2.5", "1"));
    let out = d.path().join("out");
    let o = import(d.path(), &out, &["--steps", "3"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = accord::format::load_file(&out.join("a.ron")).unwrap();
    let opts = |k: usize| -> Vec<(String, f64)> {
        a.issues[k]
            .options
            .iter()
            .map(|c| (c.label.clone(), c.value))
            .collect()
    };
    // Integer: 0.25·(v − 0), bounds from the domain; real: x − 2.5 at 2.5, 3, 3.5.
    assert_eq!(
        opts(0),
        [
            ("0".into(), 0.0),
            ("1".into(), 25.0),
            ("2".into(), 50.0),
            ("3".into(), 75.0)
        ]
    );
    assert_eq!(
        opts(1),
        [
            ("2.5".into(), 0.0),
            ("3".into(), 50.0),
            ("3.5".into(), 100.0)
        ]
    );
    assert_eq!(
        a.issues.iter().map(|i| i.weight).collect::<Vec<_>>(),
        [0.25, 0.75]
    );
}
