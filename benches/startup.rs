//! Start to first frame on the samples (issue 13: ≤ 0.5 s after install).
//!
//! With Xvfb installed: starts the real binary with no arguments under Xvfb (a fresh HOME, so
//! it opens its copies of the embedded samples, written on the first run), with
//! `ACCORD_FIRST_FRAME_EXIT=1`, which makes it print the time from asking for the window to the
//! end of its first frame and close. Prints the median of that figure and of the whole process
//! (spawn to exit, window teardown included). Without Xvfb: says so and times the headless
//! fallback (app creation on the samples, font install and the first `Context::run_ui` frame),
//! which leaves out the window and the GPU set-up. Prints figures; asserts nothing about time.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/headless.rs"]
mod headless;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 9;

fn main() {
    let home = std::env::temp_dir().join(format!("accord-startup-bench-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    if Command::new("Xvfb")
        .arg("-help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
    {
        xvfb(&home);
    } else {
        println!("startup: Xvfb not installed: headless fallback (no window, no GPU set-up)");
        headless_fallback(&home);
    }
    let _ = std::fs::remove_dir_all(&home);
}

fn xvfb(home: &std::path::Path) {
    let display = ":61";
    let mut server = Command::new("Xvfb")
        .args([display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    let mut first = Vec::new();
    let mut whole = Vec::new();
    for run in 0..=RUNS {
        let t = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_accord"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("DISPLAY", display)
            .env("ACCORD_FIRST_FRAME_EXIT", "1")
            .current_dir(home)
            .output()
            .unwrap();
        let wall = t.elapsed();
        let err = String::from_utf8_lossy(&out.stderr);
        let Some(ms) = err
            .lines()
            .find_map(|l| l.strip_prefix("accord: first frame after "))
            .and_then(|r| r.trim_end_matches(" ms").parse::<f64>().ok())
        else {
            let _ = server.kill();
            panic!("no first frame reported (exit {:?}):\n{err}", out.status);
        };
        if run == 0 {
            // Later runs reopen the same copies as the last run's files.
            assert!(
                err.contains(".local/share/accord/samples/us.ron"),
                "did not open the sample copies:\n{err}"
            );
            // The first run writes the sample copies and warms the disk cache.
            println!(
                "startup: first run (writes the samples): first frame {ms:.0} ms, process {:.0} ms",
                wall.as_secs_f64() * 1e3
            );
            continue;
        }
        first.push(Duration::from_secs_f64(ms / 1e3));
        whole.push(wall);
    }
    let _ = server.kill();
    let _ = server.wait();
    let (lo, med, _) = headless::stats(first);
    let (wlo, wmed, _) = headless::stats(whole);
    println!(
        "startup (real binary under Xvfb, {RUNS} runs): window asked for → first frame drawn: median {med:.0} ms (best {lo:.0} ms); whole process spawn → exit: median {wmed:.0} ms (best {wlo:.0} ms)"
    );
}

fn headless_fallback(home: &std::path::Path) {
    accord::samples::ensure(home).unwrap();
    let mut v = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let ctx = egui::Context::default();
        let mut app = accord::app::AccordApp::new(
            &ctx,
            Some(home.join("us.ron")),
            Some(home.join("rok.ron")),
        );
        headless::frame(&ctx, &mut app);
        v.push(t.elapsed());
    }
    let (lo, med, _) = headless::stats(v);
    println!("startup (headless fallback): app + first frame median {med:.1} ms (best {lo:.1} ms)");
}
