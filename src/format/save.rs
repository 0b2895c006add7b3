//! Canonical save: one layout, fixed field order, one field per line, atomic on disk.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use super::SaveError;
use crate::model::Position;

/// The canonical text of a position. Reading it back gives the same data.
///
/// Layout: the top-level fields in format order, then `issues`, each issue's fields in format
/// order, one per line; each option on one line `(label: "…", value: N)`; list items one per
/// line. Optional fields that are absent (`as_of`, `marking`, `target`, `walk_away`, range
/// bounds, `estimate: false`) are omitted;
/// every other field is always written so that files stay uniform and diff well.
pub fn to_canonical_string(p: &Position) -> String {
    let mut s = String::with_capacity(256 + p.issues.len() * 640);
    s.push_str("(\n");
    // The lowest format that holds what the file uses: format 1 files stay readable by
    // builds that know nothing newer.
    let _ = writeln!(s, "    format: {},", p.required_format());
    field_str(&mut s, 1, "party", &p.party);
    field_str(&mut s, 1, "party_name", &p.party_name);
    field_str(&mut s, 1, "title", &p.title);
    let _ = writeln!(s, "    round: {},", p.round);
    if let Some(d) = &p.as_of {
        field_str(&mut s, 1, "as_of", d);
    }
    if let Some(m) = &p.marking {
        field_str(&mut s, 1, "marking", m);
    }
    if p.estimate {
        s.push_str("    estimate: true,\n");
    }
    field_str(&mut s, 1, "batna", &p.batna);
    s.push_str("    reservation: ");
    number(&mut s, p.reservation);
    s.push_str(",\n");
    opt_number(&mut s, "    ", "reservation_low", p.reservation_low);
    opt_number(&mut s, "    ", "reservation_high", p.reservation_high);
    if let Some(set) = p.shared {
        let names: Vec<String> = set.iter().map(|f| f.name().to_owned()).collect();
        field_list_at(&mut s, 1, "shared", &names);
    }
    if p.issues.is_empty() {
        s.push_str("    issues: [],\n");
    } else {
        s.push_str("    issues: [\n");
        for i in &p.issues {
            s.push_str("        (\n");
            field_str(&mut s, 3, "id", &i.id);
            field_str(&mut s, 3, "topic", &i.topic);
            field_str(&mut s, 3, "title", &i.title);
            field_str(&mut s, 3, "stance", &i.stance);
            s.push_str("            weight: ");
            number(&mut s, i.weight);
            s.push_str(",\n");
            opt_number(&mut s, "            ", "weight_low", i.weight_low);
            opt_number(&mut s, "            ", "weight_high", i.weight_high);
            if i.options.is_empty() {
                s.push_str("            options: [],\n");
            } else {
                s.push_str("            options: [\n");
                for c in &i.options {
                    s.push_str("                (label: ");
                    string(&mut s, &c.label);
                    s.push_str(", value: ");
                    number(&mut s, c.value);
                    for (name, b) in [("low", c.low), ("high", c.high)] {
                        if let Some(b) = b {
                            s.push_str(", ");
                            s.push_str(name);
                            s.push_str(": ");
                            number(&mut s, b);
                        }
                    }
                    s.push_str("),\n");
                }
                s.push_str("            ],\n");
            }
            if let Some(t) = &i.target {
                field_str(&mut s, 3, "target", t);
            }
            if let Some(w) = &i.walk_away {
                field_str(&mut s, 3, "walk_away", w);
            }
            let _ = writeln!(s, "            flexibility: {},", i.flexibility.as_str());
            field_list(&mut s, "interests", &i.interests);
            field_list(&mut s, "criteria", &i.criteria);
            field_str(&mut s, 3, "notes", &i.notes);
            field_list(&mut s, "sources", &i.sources);
            s.push_str("        ),\n");
        }
        s.push_str("    ],\n");
    }
    s.push_str(")\n");
    s
}

/// `name: N,` on its own line, only when the bound is given.
fn opt_number(s: &mut String, indent: &str, name: &str, v: Option<f64>) {
    if let Some(v) = v {
        s.push_str(indent);
        s.push_str(name);
        s.push_str(": ");
        number(s, v);
        s.push_str(",\n");
    }
}

fn indent(s: &mut String, level: usize) {
    for _ in 0..level {
        s.push_str("    ");
    }
}

fn field_str(s: &mut String, level: usize, name: &str, v: &str) {
    indent(s, level);
    s.push_str(name);
    s.push_str(": ");
    string(s, v);
    s.push_str(",\n");
}

fn field_list(s: &mut String, name: &str, items: &[String]) {
    field_list_at(s, 3, name, items);
}

fn field_list_at(s: &mut String, level: usize, name: &str, items: &[String]) {
    indent(s, level);
    s.push_str(name);
    if items.is_empty() {
        s.push_str(": [],\n");
        return;
    }
    s.push_str(": [\n");
    for it in items {
        indent(s, level + 1);
        string(s, it);
        s.push_str(",\n");
    }
    indent(s, level);
    s.push_str("],\n");
}

/// A RON string literal. Everything but `"`, `\` and control characters is written as is
/// (Hangul included), so files stay readable.
pub(crate) fn string(s: &mut String, v: &str) {
    s.reserve(v.len() + 2);
    s.push('"');
    let mut rest = v;
    while let Some(i) = rest.find(|c: char| c == '"' || c == '\\' || c.is_control()) {
        s.push_str(&rest[..i]);
        let c = rest[i..].chars().next().unwrap_or(' ');
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c => {
                let _ = write!(s, "\\u{{{:x}}}", c as u32);
            }
        }
        rest = &rest[i + c.len_utf8()..];
    }
    s.push_str(rest);
    s.push('"');
}

/// Numbers are written in the shortest form that reads back to the same `f64`; whole numbers
/// without a fraction (`70`, not `70.0`).
pub(crate) fn number(s: &mut String, v: f64) {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let _ = write!(s, "{}", v as i64);
    } else {
        let _ = write!(s, "{v}");
    }
}

/// Save a position atomically in the canonical layout, refusing one that would not load.
pub fn save_atomic(path: &Path, p: &Position) -> Result<(), SaveError> {
    let problems = super::validate(p);
    if !problems.is_empty() {
        return Err(SaveError::Invalid {
            file: path.display().to_string(),
            problems: problems
                .iter()
                .map(|pr| format!("{}: {}", pr.path, pr.message))
                .collect(),
        });
    }
    write_atomic(path, to_canonical_string(p).as_bytes()).map_err(|source| SaveError::Io {
        file: path.display().to_string(),
        source,
    })
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Write bytes to `path` atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over the target. On any failure the temporary file is removed and the previous file
/// is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "position".into());
    let tmp = dir.join(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable where the platform allows it.
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
