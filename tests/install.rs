//! What an installed Accord ships, checked without installing it (`cargo install` and the .deb
//! are too slow for every CI run; `.ci/package` and `.ci/deb-smoke` do those): `--version`, the
//! generated completions and man page, the desktop entry, the icon, the embedded samples and
//! `accord samples DIR`.
// Tests may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

fn accord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Every subcommand a user sees (not the hidden ones).
const SUBCOMMANDS: &[&str] = &["check", "fmt", "score", "diff", "report", "samples"];

#[test]
fn version_prints_the_package_version() {
    let out = stdout(&accord(&["--version"]));
    assert_eq!(out.trim(), format!("accord {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn completions_know_every_subcommand() {
    for shell in ["bash", "zsh", "fish"] {
        let out = stdout(&accord(&["completions", shell]));
        for sub in SUBCOMMANDS {
            assert!(out.contains(sub), "{shell} completions lack `{sub}`");
        }
    }
    let bad = accord(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn man_page_renders() {
    let roff = stdout(&accord(&["man"]));
    assert!(roff.contains(".TH accord 1"), "{roff}");
    let Ok(mut child) = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        println!("groff not installed: man page checked as roff only");
        return;
    };
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(roff.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "groff warns: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for section in ["NAME", "SYNOPSIS", "SUBCOMMANDS"] {
        assert!(text.contains(section), "no {section} in:\n{text}");
    }
    for sub in SUBCOMMANDS {
        assert!(
            text.contains(&format!("accord-{sub}")),
            "man page lacks {sub}"
        );
    }
}

#[test]
fn desktop_entry_is_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/accord.desktop");
    let text = std::fs::read_to_string(&path).unwrap();
    for line in [
        "Exec=accord %F",
        "Icon=accord",
        "Categories=Office;",
        "StartupWMClass=accord",
    ] {
        assert!(text.lines().any(|l| l == line), "no `{line}`");
    }
    match Command::new("desktop-file-validate").arg(&path).output() {
        Ok(out) => assert!(
            out.status.success() && out.stdout.is_empty(),
            "desktop-file-validate: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => println!("desktop-file-validate not run ({e}): install desktop-file-utils"),
    }
}

#[test]
fn window_icon_decodes() {
    let icon = eframe::icon_data::from_png_bytes(accord::app::ICON_PNG).unwrap();
    assert_eq!((icon.width, icon.height), (256, 256));
    // Not blank: the corners are transparent, the middle is not.
    assert_eq!(icon.rgba[3], 0);
    let mid = ((128 * 256 + 128) * 4 + 3) as usize;
    assert_eq!(icon.rgba[mid], 255);
}

#[test]
fn package_assets_exist() {
    // Every file the .deb takes from the source tree (generated ones are under target/).
    let manifest = include_str!("../Cargo.toml");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for line in manifest.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("[\"") else {
            continue;
        };
        let src = rest.split('"').next().unwrap();
        n += 1;
        if src.starts_with("target/") || src.contains('*') {
            continue;
        }
        assert!(root.join(src).is_file(), "{src} is packaged but missing");
    }
    assert!(n >= 10, "assets not found in Cargo.toml");
}

#[test]
fn embedded_samples_equal_the_files_and_load() {
    let mut names: Vec<&str> = accord::samples::SAMPLES.iter().map(|(n, _)| *n).collect();
    for (name, text) in accord::samples::SAMPLES {
        let on_disk = std::fs::read_to_string(accord::sample_path(name)).unwrap();
        assert_eq!(*text, on_disk, "{name} differs from positions/{name}");
        accord::format::load_bytes(name, text.as_bytes()).unwrap();
    }
    // Every sample file in positions/ is embedded.
    let mut on_disk = Vec::new();
    for dir in ["", "estimates"] {
        let d = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("positions")
            .join(dir);
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "ron") {
                let f = p.file_name().unwrap().to_str().unwrap();
                on_disk.push(if dir.is_empty() {
                    f.to_string()
                } else {
                    format!("{dir}/{f}")
                });
            }
        }
    }
    names.sort();
    on_disk.sort();
    assert_eq!(names, on_disk);
    let (l, r) = accord::samples::DEFAULT_PAIR;
    assert!(accord::samples::text(l).is_some() && accord::samples::text(r).is_some());
}

#[test]
fn samples_writes_then_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let dir_s = dir.to_str().unwrap();
    let listed = stdout(&accord(&["samples", dir_s]));
    assert_eq!(listed.lines().count(), accord::samples::SAMPLES.len());
    for (name, text) in accord::samples::SAMPLES {
        let p = dir.join(name);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), *text);
        assert!(
            listed.lines().any(|l| Path::new(l) == p),
            "{name} not listed"
        );
        // The copies pass `accord check`.
        assert_eq!(
            accord(&["check", p.to_str().unwrap()]).status.code(),
            Some(0)
        );
    }
    // An edited copy is kept, and nothing else is written either.
    let us = dir.join("us.ron");
    std::fs::write(&us, "edited").unwrap();
    std::fs::remove_file(dir.join("rok.ron")).unwrap();
    let again = accord(&["samples", dir_s]);
    assert_eq!(again.status.code(), Some(1));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("us.ron: already exists; nothing written"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&us).unwrap(), "edited");
    assert!(!dir.join("rok.ron").exists());
}
