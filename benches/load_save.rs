//! Load and save a generated 10,000-issue position, beside the ron crate's own plain
//! `from_str`/pretty writer into bare serde structs and serde_json on the same data, in one run.
//!
//! Prints figures only (no wall-clock assertions). Run with `cargo bench --bench load_save`.
//! Targets (issue 3): checked load within 1.3× of ron's plain `from_str`; canonical save within
//! 1.3× of ron's pretty writer.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/gen.rs"]
mod generator;

use std::hint::black_box;
use std::time::{Duration, Instant};

use accord::format;
use serde::{Deserialize, Serialize};

const ISSUES: usize = 10_000;
const RUNS: usize = 10;

/// The same shape as a position file, as plain serde structs: no `Option`s (absent text is an
/// empty string), no ron extensions, no checks. The baseline a plain ron user would write.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Position")]
struct BarePosition {
    format: u32,
    party: String,
    party_name: String,
    title: String,
    round: u32,
    #[serde(default)]
    as_of: String,
    #[serde(default)]
    marking: String,
    batna: String,
    reservation: f64,
    issues: Vec<BareIssue>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Issue")]
struct BareIssue {
    id: String,
    topic: String,
    title: String,
    stance: String,
    weight: f64,
    options: Vec<BareChoice>,
    #[serde(default)]
    target: String,
    #[serde(default)]
    walk_away: String,
    flexibility: BareFlexibility,
    interests: Vec<String>,
    criteria: Vec<String>,
    notes: String,
    sources: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Choice")]
struct BareChoice {
    label: String,
    value: f64,
}

#[derive(Debug, Serialize, Deserialize)]
enum BareFlexibility {
    Firm,
    Flexible,
    Open,
}

fn bare(p: &accord::model::Position) -> BarePosition {
    use accord::model::Flexibility as F;
    BarePosition {
        format: accord::model::FORMAT_VERSION,
        party: p.party.clone(),
        party_name: p.party_name.clone(),
        title: p.title.clone(),
        round: p.round,
        as_of: p.as_of.clone().unwrap_or_default(),
        marking: p.marking.clone().unwrap_or_default(),
        batna: p.batna.clone(),
        reservation: p.reservation,
        issues: p
            .issues
            .iter()
            .map(|i| BareIssue {
                id: i.id.clone(),
                topic: i.topic.clone(),
                title: i.title.clone(),
                stance: i.stance.clone(),
                weight: i.weight,
                options: i
                    .options
                    .iter()
                    .map(|c| BareChoice {
                        label: c.label.clone(),
                        value: c.value,
                    })
                    .collect(),
                target: i.target.clone().unwrap_or_default(),
                walk_away: i.walk_away.clone().unwrap_or_default(),
                flexibility: match i.flexibility {
                    F::Firm => BareFlexibility::Firm,
                    F::Flexible => BareFlexibility::Flexible,
                    F::Open => BareFlexibility::Open,
                },
                interests: i.interests.clone(),
                criteria: i.criteria.clone(),
                notes: i.notes.clone(),
                sources: i.sources.clone(),
            })
            .collect(),
    }
}

/// Median wall time of each task over `RUNS` rounds, after one warm-up round. The tasks run
/// interleaved (a, b, c, a, b, c, …) so that a busy machine slows all of them alike and the
/// ratios stay meaningful even when the absolute times drift.
fn medians(tasks: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    for t in tasks.iter_mut() {
        t();
    }
    let mut times = vec![Vec::with_capacity(RUNS); tasks.len()];
    for _ in 0..RUNS {
        for (t, ts) in tasks.iter_mut().zip(&mut times) {
            let start = Instant::now();
            t();
            ts.push(start.elapsed());
        }
    }
    times
        .into_iter()
        .map(|mut ts| {
            ts.sort();
            ts[ts.len() / 2]
        })
        .collect()
}

/// Stop the bench with a message (benches are not tests: no `expect`, see `[lints]`).
fn fail(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("load_save: cannot {what}: {e}");
    std::process::exit(1)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing of interest. Either
    // way the whole run is cheap enough (a few seconds) to do as is.
    let position = generator::generate(ISSUES, 42, "US");
    let dir = tempfile::tempdir().unwrap_or_else(|e| fail("make a temporary folder", e));
    let path = dir.path().join("generated.ron");
    if let Err(e) = format::save_atomic(&path, &position) {
        fail("save the generated position", e);
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail("read it back", e));

    // Sanity (not timing): every reader gets the same data out of the same file.
    let loaded = format::load_str("generated.ron", &text);
    assert!(
        loaded.as_ref().is_ok_and(|p| *p == position),
        "checked load does not give back the generated position: {:?}",
        loaded.err()
    );
    let bare_pos = bare(&position);
    let plain: BarePosition =
        ron::from_str(&text).unwrap_or_else(|e| fail("ron plain from_str", e));
    assert_eq!(plain.issues.len(), ISSUES);
    let json = serde_json::to_string(&bare_pos).unwrap_or_else(|e| fail("serde_json to_string", e));
    let from_json: BarePosition =
        serde_json::from_str(&json).unwrap_or_else(|e| fail("serde_json from_str", e));
    assert_eq!(from_json.issues.len(), ISSUES);
    let pretty_cfg = ron::ser::PrettyConfig::default();
    let pretty = ron::ser::to_string_pretty(&bare_pos, pretty_cfg.clone())
        .unwrap_or_else(|e| fail("ron to_string_pretty", e));

    // For profiling one reader alone: `LOAD_SAVE_PROFILE=checked|plain|save|pretty` runs it 30
    // times and stops (e.g. under `perf record` or `valgrind --tool=callgrind`).
    if let Ok(which) = std::env::var("LOAD_SAVE_PROFILE") {
        for _ in 0..30 {
            match which.as_str() {
                "checked" => drop(black_box(format::load_str("generated.ron", &text))),
                "plain" => drop(black_box(ron::from_str::<BarePosition>(&text))),
                "save" => drop(black_box(format::to_canonical_string(&position))),
                "pretty" => drop(black_box(ron::ser::to_string_pretty(
                    &bare_pos,
                    pretty_cfg.clone(),
                ))),
                other => fail("profile", format!("unknown reader {other:?}")),
            }
        }
        return;
    }

    // Each result is dropped inside its timing, as a caller would.
    let t = medians(&mut [
        &mut || drop(black_box(format::load_str("generated.ron", &text))),
        &mut || drop(black_box(ron::from_str::<BarePosition>(&text))),
        &mut || drop(black_box(serde_json::from_str::<BarePosition>(&json))),
        &mut || drop(black_box(format::validate(&position))),
        &mut || drop(black_box(format::to_canonical_string(&position))),
        &mut || {
            drop(black_box(ron::ser::to_string_pretty(
                &bare_pos,
                pretty_cfg.clone(),
            )))
        },
    ]);
    let [load, ron_plain, json_load, check, save, ron_pretty] = t[..] else {
        fail("time the tasks", "wrong number of timings");
    };

    println!("load_save: {ISSUES} issues, median of {RUNS} interleaved runs after a warm-up");
    println!(
        "  canonical file      {:>8.2} MB ({} bytes, {} lines)",
        text.len() as f64 / 1e6,
        text.len(),
        text.lines().count()
    );
    println!(
        "  ron pretty text     {:>8.2} MB;  JSON text {:.2} MB",
        pretty.len() as f64 / 1e6,
        json.len() as f64 / 1e6
    );
    println!(
        "  (a) checked load    {:>8.1} ms  format::load_str",
        ms(load)
    );
    println!(
        "      of which        {:>8.1} ms  format::validate alone (the checks, no parsing; cache cold)",
        ms(check)
    );
    println!(
        "  (b) ron plain       {:>8.1} ms  ron::from_str into bare structs",
        ms(ron_plain)
    );
    println!(
        "  (c) serde_json      {:>8.1} ms  serde_json::from_str into bare structs",
        ms(json_load)
    );
    println!(
        "  (d) canonical save  {:>8.1} ms  format::to_canonical_string",
        ms(save)
    );
    println!(
        "  (e) ron pretty      {:>8.1} ms  ron::ser::to_string_pretty of bare structs",
        ms(ron_pretty)
    );
    let load_ratio = load.as_secs_f64() / ron_plain.as_secs_f64();
    let save_ratio = save.as_secs_f64() / ron_pretty.as_secs_f64();
    println!(
        "  checked load / ron plain   = {load_ratio:.2}  (target <= 1.3: {})",
        if load_ratio <= 1.3 { "met" } else { "MISSED" }
    );
    println!(
        "  canonical save / ron pretty = {save_ratio:.2}  (target <= 1.3: {})",
        if save_ratio <= 1.3 { "met" } else { "MISSED" }
    );
    println!(
        "  ron plain / serde_json      = {:.2}",
        ron_plain.as_secs_f64() / json_load.as_secs_f64()
    );
}
