//! `cargo bench --bench merge`: the whole `accord merge BASE OURS THEIRS` process on three
//! 10,000-issue files, 5 % of the issues edited on each side (half of them the same issues,
//! other fields), plus a moved block of 20 on ours and 1 % added and 1 % removed on theirs; and
//! its split into reading, the merge engine and writing.
//!
//! Target (issue 12): ≤ 150 ms for the whole process. The result is checked: it merges cleanly
//! and holds every edit of both sides.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use accord::diff::synth::position;
use accord::format;
use accord::merge::{Style, merge};

const ISSUES: usize = 10_000;
const SEED: u64 = 1212;
const RUNS: usize = 15;

fn fail(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("merge bench: cannot {what}: {e}");
    std::process::exit(2)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:7.2} ms", d.as_secs_f64() * 1e3)
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut v = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        v.push(t.elapsed());
    }
    let min = v.iter().copied().min().unwrap_or_default();
    (median(v), min)
}

fn main() -> ExitCode {
    let dir = tempfile::tempdir().unwrap_or_else(|e| fail("make a temporary folder", e));
    let (bp, op, tp, out) = (
        dir.path().join("base.ron"),
        dir.path().join("ours.ron"),
        dir.path().join("theirs.ron"),
        dir.path().join("merged.ron"),
    );
    let base = position("US", ISSUES, SEED);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // Ours: weights of every 20th issue (5 %), and a block of 20 moved to the end.
    for k in (0..ISSUES).step_by(20) {
        ours.issues[k].weight += 1.0;
    }
    let block: Vec<_> = ours.issues.drain(1001..1021).collect();
    ours.issues.extend(block);
    // Theirs: stances of half of the same issues, an option's value of as many others (5 %),
    // 1 % removed (untouched by ours) and 1 % added.
    for k in (0..ISSUES).step_by(40) {
        theirs.issues[k].stance.push_str(" (revised 수정)");
        let c = &mut theirs.issues[k + 10].options[0];
        c.value = (c.value + 7.0) % 101.0;
    }
    let removed: Vec<String> = (0..ISSUES / 100)
        .map(|j| base.issues[j * 100 + 5].id.clone())
        .collect();
    theirs.issues.retain(|i| !removed.contains(&i.id));
    for j in 0..ISSUES / 100 {
        let mut n = base.issues[j].clone();
        n.id = format!("added-{j:04}");
        let at = (j * 97 + 3).min(theirs.issues.len());
        theirs.issues.insert(at, n);
    }
    for (p, pos) in [(&bp, &base), (&op, &ours), (&tp, &theirs)] {
        std::fs::write(p, format::to_canonical_string(pos))
            .unwrap_or_else(|e| fail("write an input", e));
    }
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    println!(
        "merge bench: {ISSUES} issues, files {:.1} / {:.1} / {:.1} MB; ours edits {} issues and moves 20, theirs edits {} and adds {}, removes {}",
        size(&bp),
        size(&op),
        size(&tp),
        ISSUES / 20,
        ISSUES / 20,
        ISSUES / 100,
        removed.len()
    );

    // Exactness: the engine merges cleanly and keeps every edit.
    let m = merge(Some(&base), &ours, &theirs);
    if !m.conflicts().is_empty() {
        eprintln!("WRONG: {} conflicts", m.conflicts().len());
        return ExitCode::FAILURE;
    }
    let p = m
        .position()
        .unwrap_or_else(|| fail("build the result", "conflicts"));
    let check = |p: &accord::model::Position| -> Result<(), String> {
        if p.issues.len() != ISSUES {
            return Err(format!("{} issues", p.issues.len()));
        }
        for k in (0..ISSUES).step_by(40) {
            let want_o = &ours.issues[ours.issue_index(&base.issues[k].id).unwrap_or(0)];
            let want_t = &theirs.issues[theirs.issue_index(&base.issues[k].id).unwrap_or(0)];
            let got = &p.issues[p.issue_index(&base.issues[k].id).ok_or("lost an issue")?];
            if got.weight != want_o.weight || got.stance != want_t.stance {
                return Err(format!("issue {k} lost an edit"));
            }
        }
        if p.issues.iter().any(|i| removed.contains(&i.id)) {
            return Err("a removed issue came back".into());
        }
        Ok(())
    };
    if let Err(e) = check(&p) {
        eprintln!("WRONG: {e}");
        return ExitCode::FAILURE;
    }
    println!("exact: clean merge, every edit of both sides kept");

    let (load_three, _) = time(RUNS, || {
        std::thread::scope(|s| {
            let b = s.spawn(|| accord::diff::cli::load(&bp).is_ok());
            let t = s.spawn(|| accord::diff::cli::load(&tp).is_ok());
            (
                accord::diff::cli::load(&op).is_ok(),
                b.join().ok(),
                t.join().ok(),
            )
        })
    });
    let (engine, _) = time(RUNS, || merge(Some(&base), &ours, &theirs).issues.len());
    let (result, _) = time(RUNS, || merge(Some(&base), &ours, &theirs).position());
    let (render, _) = time(RUNS, || format::to_canonical_string(&p));
    let text = format::to_canonical_string(&p);
    let (write, _) = time(RUNS, || format::write_atomic(&out, text.as_bytes()));
    let (conflicted, _) = time(RUNS, || m.render(Style::default()).0.len());
    println!("read the three files (parallel) {}", ms(load_three));
    println!("merge engine                    {}", ms(engine));
    println!("  with the result built          {}", ms(result));
    println!("canonical text of the result    {}", ms(render));
    println!("(field-table writer, same text) {}", ms(conflicted));
    println!("atomic write (fsync, rename)    {}", ms(write));

    let exe = env!("CARGO_BIN_EXE_accord");
    let (startup, _) = time(RUNS, || {
        Command::new(exe)
            .arg("--version")
            .stdout(Stdio::null())
            .status()
    });
    println!("process start (accord --version) {}", ms(startup));
    let run = || {
        Command::new(exe)
            .arg("merge")
            .args([&bp, &op, &tp])
            .arg("-o")
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap_or_else(|e| fail("run accord", e))
    };
    let o = run();
    if o.status.code() != Some(0) {
        eprintln!(
            "WRONG: accord merge exited {:?}: {}",
            o.status.code(),
            String::from_utf8_lossy(&o.stderr)
        );
        return ExitCode::FAILURE;
    }
    let merged = format::load_file(&out).unwrap_or_else(|e| fail("load the result", e));
    if merged != p {
        eprintln!("WRONG: the process wrote another result than the engine");
        return ExitCode::FAILURE;
    }
    println!("exact: the process's result equals the engine's");
    let (whole, best) = time(RUNS, run);
    println!(
        "whole accord merge process (median of {RUNS}) {} (best {})",
        ms(whole),
        ms(best)
    );
    println!(
        "target ≤ 150 ms: {}",
        if whole <= Duration::from_millis(150) {
            "met"
        } else {
            "NOT met"
        }
    );
    ExitCode::SUCCESS
}
