//! Spreadsheet and GENIUS transfer: export and import of a generated 10,000-issue position as
//! XLSX and CSV, and GENIUS import of a 10-issue domain with 2,097,152 outcomes.
//!
//! Prints figures only (no wall-clock assertions). Run with `cargo bench --bench sheet`.
//! Targets (issue 15): XLSX export and import each ≤ 1 s; the GENIUS import ≤ 50 ms (it never
//! enumerates outcomes: its cost follows the size of the files).
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/gen.rs"]
mod generator;

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

const ISSUES: usize = 10_000;
const RUNS: usize = 5;

fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// A GENIUS scenario: nine issues of 4 items and one of 8 (4⁹·8 = 2,097,152 outcomes), two
/// profiles with evaluations on a 1..N scale.
fn genius_folder(dir: &std::path::Path) -> u64 {
    let sizes: Vec<usize> = (0..10).map(|k| if k == 9 { 8 } else { 4 }).collect();
    let mut domain = String::from(
        "<negotiation_template><utility_space number_of_issues=\"10\">\n<objective index=\"0\" name=\"root\" type=\"objective\" etype=\"objective\">\n",
    );
    for (k, n) in sizes.iter().enumerate() {
        let _ = writeln!(
            domain,
            "<issue name=\"issue{k}\" index=\"{}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\">",
            k + 1
        );
        for j in 0..*n {
            let _ = writeln!(
                domain,
                "<item index=\"{}\" value=\"value {j}\" cost=\"0\" description=\"\"/>",
                j + 1
            );
        }
        domain.push_str("</issue>\n");
    }
    domain.push_str("</objective></utility_space></negotiation_template>\n");
    std::fs::write(dir.join("domain.xml"), domain).unwrap();
    for (p, name) in ["a", "b"].iter().enumerate() {
        let mut x = String::from(
            "<utility_space type=\"additive\" number_of_issues=\"10\">\n<objective index=\"0\" name=\"root\" type=\"objective\" etype=\"objective\">\n",
        );
        for (k, n) in sizes.iter().enumerate() {
            let _ = writeln!(
                x,
                "<issue index=\"{}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"issue{k}\">",
                k + 1
            );
            for j in 0..*n {
                let e = if p == 0 { j + 1 } else { n - j };
                let _ = writeln!(
                    x,
                    "<item index=\"{}\" value=\"value {j}\" evaluation=\"{e}\"/>",
                    j + 1
                );
            }
            x.push_str("</issue>\n");
            let _ = writeln!(
                x,
                "<weight index=\"{}\" value=\"{}\"/>",
                k + 1,
                (k + 1) as f64 / 55.0
            );
        }
        x.push_str("</objective>\n<reservation value=\"0.3\"/>\n<discount_factor value=\"0.9\"/>\n</utility_space>\n");
        std::fs::write(dir.join(format!("{name}.xml")), x).unwrap();
    }
    sizes.iter().map(|&n| n as u64).product()
}

fn main() {
    let p = generator::generate(ISSUES, 15, "US");
    let rows: usize = p
        .issues
        .iter()
        .map(|i| {
            i.options
                .len()
                .max(i.interests.len())
                .max(i.criteria.len())
                .max(i.sources.len())
                .max(1)
        })
        .sum();
    let xlsx = accord::sheet::to_xlsx_bytes(&p).unwrap();
    let csv = accord::sheet::to_csv_string(&p);
    assert_eq!(
        accord::sheet::from_xlsx_bytes("b.xlsx", xlsx.clone()).unwrap(),
        p
    );
    assert_eq!(
        accord::sheet::from_csv_bytes("b.csv", csv.as_bytes()).unwrap(),
        p
    );
    println!(
        "10,000 issues, {rows} rows: XLSX {:.1} MB, CSV {:.1} MB",
        xlsx.len() as f64 / 1e6,
        csv.len() as f64 / 1e6
    );
    let (m, b) = measure(RUNS, || accord::sheet::to_xlsx_bytes(&p).unwrap());
    println!(
        "XLSX export (rust_xlsxwriter): median {}, best {} (target ≤ 1 s)",
        ms(m),
        ms(b)
    );
    let (m, b) = measure(RUNS, || {
        accord::sheet::from_xlsx_bytes("b.xlsx", xlsx.clone()).unwrap()
    });
    println!(
        "XLSX import (calamine, checked): median {}, best {} (target ≤ 1 s)",
        ms(m),
        ms(b)
    );
    let (m, b) = measure(RUNS, || accord::sheet::to_csv_string(&p));
    println!("CSV export: median {}, best {}", ms(m), ms(b));
    let (m, b) = measure(RUNS, || {
        accord::sheet::from_csv_bytes("b.csv", csv.as_bytes()).unwrap()
    });
    println!("CSV import (checked): median {}, best {}", ms(m), ms(b));

    let dir = tempfile::tempdir().unwrap();
    let outcomes = genius_folder(dir.path());
    let got = accord::genius::import_folder(dir.path(), None).unwrap();
    assert_eq!(got.len(), 2);
    let (m, b) = measure(20, || {
        accord::genius::import_folder(dir.path(), None).unwrap()
    });
    println!(
        "GENIUS import, 10 issues, {outcomes} outcomes, 2 profiles: median {}, best {} (target ≤ 50 ms)",
        ms(m),
        ms(b)
    );
}
