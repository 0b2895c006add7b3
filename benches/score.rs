//! `cargo bench --bench score`: frontier and `accord score --json` timings on opposed domains
//! (each side's value is 100 minus the other's on every option, random weights, fixed seed).
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use accord::model::{Choice, Issue, Position};
use accord::scoring::frontier::{self, Options};
use accord::scoring::{Agenda, MAX_FRONTIER, analyze};

/// xorshift64*: a tiny seeded generator, so the domains are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// An opposed pair: `n` issues × `m` options.
fn opposed(n: usize, m: usize, seed: u64) -> (Position, Position) {
    let mut rng = Rng(seed);
    let mut l = Vec::new();
    let mut r = Vec::new();
    for i in 0..n {
        let vals: Vec<f64> = (0..m).map(|_| rng.unit() * 100.0).collect();
        let opts = |f: &dyn Fn(f64) -> f64| {
            vals.iter()
                .enumerate()
                .map(|(k, v)| Choice::new(format!("Option {k}"), f(*v)))
                .collect::<Vec<_>>()
        };
        let issue = |w: f64, options| Issue {
            id: format!("issue-{i:03}"),
            topic: "Bench".into(),
            title: format!("Issue {i}"),
            weight: w,
            options,
            ..Issue::default()
        };
        l.push(issue(1.0 + rng.unit() * 9.0, opts(&|v| v)));
        r.push(issue(1.0 + rng.unit() * 9.0, opts(&|v| 100.0 - v)));
    }
    let pos = |party: &str, issues| Position {
        party: party.into(),
        party_name: format!("Bench {party}"),
        title: "Generated opposed position".into(),
        batna: "No deal".into(),
        reservation: 30.0,
        issues,
        ..Position::default()
    };
    (pos("L", l), pos("R", r))
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        last = Some(v);
    }
    (best, last.unwrap_or_else(f))
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn vm_hwm_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    println!("accord score benchmark (opposed values, random weights, seeded; best of N runs)");
    println!(
        "{:<10} {:>12} {:>10} {:>12} {:>12} {:>12} {:>20} {:>8}",
        "domain", "frontier", "size", "peak partial", "memory est.", "analysis", "JSON", "thinned"
    );
    for (n, m, runs) in [
        (10, 4, 50),
        (12, 5, 50),
        (30, 5, 10),
        (60, 5, 3),
        (200, 5, 1),
    ] {
        let (l, r) = opposed(n, m, 0x5eed_0000 + n as u64);
        let ag = Agenda::build(&l, &r);
        let (t_front, f) = time(runs, || {
            black_box(frontier::frontier(&ag, Options::All, MAX_FRONTIER))
        });
        let (t_all, a) = time(runs.min(5), || black_box(analyze(&l, &r)));
        let (t_json, json) = time(runs.min(5), || {
            let mut v = Vec::new();
            let _ = accord::scoring::report::write_json(&a, &mut v);
            v.len()
        });
        println!(
            "{:<10} {:>12} {:>10} {:>12} {:>9} KB {:>12} {:>20} {:>8}",
            format!("{n}×{m}"),
            ms(t_front),
            f.points.len(),
            f.peak_partial,
            f.bytes / 1024,
            ms(t_all),
            format!("{} ({:.1} MB)", ms(t_json), json as f64 / 1e6),
            f.thinned
        );
    }
    println!("targets: 12×5 frontier ≤ 5 ms; 30×5 exact, whole `accord score --json` ≤ 50 ms");
    if let Some(kb) = vm_hwm_kb() {
        println!(
            "peak resident memory of this benchmark process: {:.1} MB",
            kb as f64 / 1024.0
        );
    }

    // The whole process on generated pairs, written in the canonical format.
    let dir = std::env::temp_dir().join(format!("accord-score-bench-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        println!("cannot create {}", dir.display());
        return;
    }
    println!();
    println!(
        "{:<10} {:>22} {:>10} {:>16}",
        "process", "`accord score --json`", "JSON", "max RSS"
    );
    for (n, m, runs) in [(12, 5, 10), (30, 5, 10), (200, 5, 2)] {
        process(&dir, n, m, runs);
    }
    println!("(whole process: load both files, analyse, write the JSON to a pipe; best of N)");
    let _ = std::fs::remove_dir_all(&dir);
}

fn process(dir: &std::path::Path, n: usize, m: usize, runs: usize) {
    let (l, r) = opposed(n, m, 0x5eed_0000 + n as u64);
    let (lp, rp) = (dir.join(format!("l{n}.ron")), dir.join(format!("r{n}.ron")));
    let written = std::fs::write(&lp, accord::format::to_canonical_string(&l))
        .and_then(|()| std::fs::write(&rp, accord::format::to_canonical_string(&r)));
    if let Err(e) = written {
        println!("cannot write the generated files: {e}");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_accord");
    let mut best = Duration::MAX;
    let mut bytes = 0;
    let mut ok = true;
    for _ in 0..runs {
        let t = Instant::now();
        match Command::new(bin)
            .arg("score")
            .arg(&lp)
            .arg(&rp)
            .arg("--json")
            .output()
        {
            Ok(out) => {
                best = best.min(t.elapsed());
                bytes = out.stdout.len();
                ok &= out.status.success();
            }
            Err(e) => {
                println!("cannot run {bin}: {e}");
                return;
            }
        }
    }
    // Peak memory of one more run, through GNU time when the machine has it.
    let rss = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(bin)
        .arg("score")
        .arg(&lp)
        .arg(&rp)
        .arg("--json")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse::<f64>().ok())
        })
        .map_or("n/a".to_owned(), |kb| format!("{:.1} MB", kb / 1024.0));
    println!(
        "{:<10} {:>22} {:>7.1} MB {:>16}{}",
        format!("{n}×{m}"),
        ms(best),
        bytes as f64 / 1e6,
        rss,
        if ok { "" } else { "  (non-zero exit!)" }
    );
}
