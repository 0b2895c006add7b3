//! A windowless session for end-to-end tests of crash recovery: the same state, commands
//! and autosaver as the app, driven by lines on standard input.
//!
//! `accord session LEFT RIGHT` (hidden) prints `recovered <side> <file>` for every snapshot it
//! finds, then reads commands, one per line, answering each with a line:
//! `restore` (take the snapshots) · `stance <side> <id> <text>` · `weight <side> <id> <n>` ·
//! `undo` · `autosave` (write snapshots now and wait for them) · `get <side> <id> stance|weight`
//! · `save <side>` · `quit`.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::command::{Action, Command};
use crate::edit::{Edit, IssueField, Value};
use crate::recovery::{self, Autosaver};
use crate::state::State;
use crate::workspace::Side;

fn side(s: &str) -> Option<Side> {
    match s {
        "left" => Some(Side::Left),
        "right" => Some(Side::Right),
        _ => None,
    }
}

/// Run the session until `quit` or end of input.
pub fn run(left: Option<PathBuf>, right: Option<PathBuf>) -> ExitCode {
    let mut state = State::new();
    for (s, p) in [(Side::Left, left), (Side::Right, right)] {
        if let Some(path) = p {
            state.apply(Command::Open { side: s, path });
        }
    }
    let dir = recovery::dir();
    let found = dir.as_deref().map(recovery::find).unwrap_or_default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for f in &found {
        let _ = writeln!(
            out,
            "recovered {} {}",
            f.side.name(),
            f.meta
                .original
                .as_ref()
                .map_or("-".into(), |p| p.display().to_string())
        );
    }
    let _ = writeln!(out, "ready");
    let _ = out.flush();
    let mut autosaver = Autosaver::new(dir);
    let mut pending = found;
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let words: Vec<&str> = line.splitn(4, ' ').collect();
        let reply = match words.as_slice() {
            ["restore"] => {
                for f in pending.drain(..) {
                    autosaver.adopt(f.side);
                    state.apply(Command::Restore {
                        side: f.side,
                        path: f.meta.original.clone(),
                        position: Box::new(f.position),
                    });
                }
                "ok".to_owned()
            }
            ["stance" | "weight", s, id, value] => {
                let Some(s) = side(s) else {
                    let _ = writeln!(out, "error: side is left or right");
                    continue;
                };
                let Some(index) = state.ws.position(s).and_then(|p| p.issue_index(id)) else {
                    let _ = writeln!(out, "error: no issue {id}");
                    continue;
                };
                let edit = if words[0] == "stance" {
                    Edit::SetIssue(index, IssueField::Stance, Value::Text((*value).to_owned()))
                } else {
                    match value.parse() {
                        Ok(w) => Edit::SetIssue(index, IssueField::Weight, Value::Number(w)),
                        Err(_) => {
                            let _ = writeln!(out, "error: not a number");
                            continue;
                        }
                    }
                };
                state.apply(Command::Edit {
                    side: s,
                    edit,
                    merge: None,
                });
                "ok".to_owned()
            }
            ["undo"] => {
                state.apply(Command::Action(Action::Undo));
                "ok".to_owned()
            }
            ["autosave"] => {
                let before = autosaver.writes;
                autosaver.tick(&state.ws, true);
                let dirty = Side::BOTH
                    .iter()
                    .filter(|&&s| state.ws.doc(s).is_some_and(|d| d.is_dirty()))
                    .count() as u64;
                let start = std::time::Instant::now();
                while autosaver.writes < before + dirty && start.elapsed().as_secs() < 10 {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                    autosaver.tick(&state.ws, false);
                }
                format!("autosaved {}", autosaver.writes - before)
            }
            ["get", s, id, field] => {
                let issue = side(s)
                    .and_then(|s| state.ws.position(s))
                    .and_then(|p| p.issue_index(id).map(|i| &p.issues[i]));
                match (issue, *field) {
                    (Some(i), "stance") => i.stance.clone(),
                    (Some(i), "weight") => i.weight.to_string(),
                    _ => "error: no such issue or field".into(),
                }
            }
            ["dirty", s] => side(s)
                .and_then(|s| state.ws.doc(s))
                .map_or("error".into(), |d| d.is_dirty().to_string()),
            ["save", s] => match side(s) {
                Some(s) => {
                    state.apply(Command::Save(s));
                    autosaver.tick(&state.ws, true);
                    match &state.error {
                        Some(e) => format!("error: {}", e.detail),
                        None => "ok".into(),
                    }
                }
                None => "error: side is left or right".into(),
            },
            ["quit"] => break,
            _ => format!("error: unknown command: {line}"),
        };
        let _ = writeln!(out, "{reply}");
        let _ = out.flush();
    }
    ExitCode::SUCCESS
}
