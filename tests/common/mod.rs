//! One shared harness builder for the UI tests: the real app, driven through egui_kittest.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use accord::app::AccordApp;
use egui_kittest::Harness;

/// A sample file from `positions/`.
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("positions")
        .join(name)
}

/// The real app with these files open, in a 1400×900 window, no native dialogs.
pub fn app(left: Option<PathBuf>, right: Option<PathBuf>) -> Harness<'static, AccordApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            AccordApp::new(&cc.egui_ctx, left, right)
                .with_dialogs(Box::new(accord::dialogs::ScriptedDialogs::default()))
        });
    h.run();
    h
}

/// The app with the sample US and ROK positions.
pub fn samples() -> Harness<'static, AccordApp> {
    app(Some(sample("us.ron")), Some(sample("rok.ron")))
}

/// Dialog answers scripted for a test, and the requests the app made.
pub type Requests = std::sync::Arc<std::sync::Mutex<Vec<accord::state::DialogRequest>>>;

/// The real app whose file dialogs give these answers in order (`Ok(None)` = cancelled,
/// `Err` = no dialog could be shown).
pub fn app_with_dialogs(
    left: Option<PathBuf>,
    right: Option<PathBuf>,
    answers: Vec<Result<Option<PathBuf>, String>>,
) -> (Harness<'static, AccordApp>, Requests) {
    let dialogs = accord::dialogs::ScriptedDialogs {
        answers: answers.into(),
        ..Default::default()
    };
    let requests = dialogs.requests.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            AccordApp::new(&cc.egui_ctx, left, right).with_dialogs(Box::new(dialogs))
        });
    h.run();
    (h, requests)
}

/// Copies of the sample US and ROK files in a fresh folder (so tests may save them).
pub fn copies() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let l = dir.path().join("us.ron");
    let r = dir.path().join("rok.ron");
    std::fs::copy(sample("us.ron"), &l).unwrap();
    std::fs::copy(sample("rok.ron"), &r).unwrap();
    (dir, l, r)
}

/// A copy of the sample US file with two merge conflicts (weight and stance of its first
/// issues) written by `accord merge`'s engine, diff3 style, in a folder that lives as long as the
/// test process. Returns its path.
pub fn conflicted_copy() -> PathBuf {
    let base = accord::format::load_file(&sample("us.ron")).unwrap();
    let (mut o, mut t) = (base.clone(), base.clone());
    o.issues[0].weight = 3.0;
    t.issues[0].weight = 4.0;
    o.issues[2].stance = "ours 입장".into();
    t.issues[2].stance = "theirs 입장".into();
    t.issues[3].notes = "merged cleanly".into();
    let text = accord::merge::merge(Some(&base), &o, &t)
        .render(accord::merge::Style {
            diff3: true,
            marker_size: 7,
        })
        .0;
    let dir = tempfile::tempdir().unwrap().keep();
    let path = dir.join("us.ron");
    std::fs::write(&path, text).unwrap();
    path
}
