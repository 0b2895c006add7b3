//! Leak tests: unique markers planted in every private field of both files (texts and
//! numbers), then every view rendered in every room and every handout written for every
//! audience in every format; no marker of a side the audience may not see may appear anywhere,
//! and a side's own markers must appear in its own room and handout.
//!
//! The UI's text is collected from the accessibility tree *and* from every shape painted
//! (plot labels, gap bars and other painter text), so a view that paints a private number
//! fails here too. A new private field gets a marker in `plant`; a new view gets a line in
//! `VIEWS`.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use accord::command::{Action, Command, ROOMS, View};
use accord::model::Position;
use accord::session_log::{EntryKind, LogEntry, SessionLog};
use accord::visibility::Audience;
use accord::workspace::Side;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type App = Harness<'static, accord::app::AccordApp>;

/// The private markers of one file: strings that appear nowhere else.
#[derive(Debug, Clone)]
struct Markers {
    texts: Vec<String>,
    numbers: Vec<String>,
}

impl Markers {
    fn all(&self) -> impl Iterator<Item = &String> {
        self.texts.iter().chain(&self.numbers)
    }
}

/// Plant markers in every private field of `p` (party code `tag`); returns them. `base` keeps
/// the two files' numbers apart.
fn plant(p: &mut Position, tag: &str, base: u32) -> Markers {
    let mut m = Markers {
        texts: Vec::new(),
        numbers: Vec::new(),
    };
    p.batna = format!("BATNA-{tag}-qx");
    m.texts.push(p.batna.clone());
    // Numbers by construction distinct between files (each `base` has its own ranges and
    // digits), written from integers so that their shortest text is the one planted.
    let n = |x: u32| f64::from(x) / 1000.0;
    let res = n(base * 19_000 + 2_037);
    p.reservation = res;
    p.reservation_low = Some(n(base * 19_000 + 1_537));
    m.numbers.push(format!("{res}"));
    m.numbers.push(format!("{}", n(base * 19_000 + 1_537)));
    for (i, issue) in p.issues.iter_mut().enumerate().take(6) {
        let i32_ = i as u32;
        issue.notes = format!("NOTE-{tag}-{i}-qx");
        m.texts.push(issue.notes.clone());
        let w = n(base * 1_000 + 100 * i32_ + 37);
        issue.weight = w;
        issue.weight_high = Some(n(base * 1_000 + 100 * i32_ + 79));
        m.numbers.push(format!("{w}"));
        m.numbers
            .push(format!("{}", n(base * 1_000 + 100 * i32_ + 79)));
        for (k, c) in issue.options.iter_mut().enumerate().take(4) {
            let at = base * 19_000 + 2_500 * k as u32 + 250 * i32_;
            c.value = n(at + 13);
            c.low = Some(n(at - 1_063));
            c.high = Some(n(at + 1_511));
            for x in [at + 13, at - 1_063, at + 1_511] {
                m.numbers.push(format!("{}", n(x)));
            }
        }
    }
    m
}

/// The two sample files with markers, in a fresh folder, with a previous round beside each,
/// and a session log with a private and a shared entry.
struct Fixture {
    _dir: tempfile::TempDir,
    left: PathBuf,
    right: PathBuf,
    marks: [Markers; 2],
    log_private: String,
    log_shared: String,
}

fn fixture(right_is_estimate: bool) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let load = |n: &str| accord::format::load_file(&common::sample(n)).unwrap();
    let (mut l, mut r) = (load("us.ron"), load("rok.ron"));
    let mut ml = plant(&mut l, "US", 1);
    let mut mr = plant(&mut r, "ROK", 2);
    r.estimate = right_is_estimate;
    // Previous rounds: different private markers, same parties.
    let (mut pl, mut pr) = (l.clone(), r.clone());
    pl.round = 1;
    pr.round = 1;
    let prev_l = plant(&mut pl, "USPREV", 3);
    let prev_r = plant(&mut pr, "ROKPREV", 4);
    ml.texts.extend(prev_l.texts);
    ml.numbers.extend(prev_l.numbers);
    mr.texts.extend(prev_r.texts);
    mr.numbers.extend(prev_r.numbers);
    l.round = 2;
    r.round = 2;
    let write = |name: &str, p: &Position| {
        let path = dir.path().join(name);
        accord::format::save_atomic(&path, p).unwrap();
        path
    };
    write("us.ron", &pl);
    write("rok.ron", &pr);
    let left = write("us.r2.ron", &l);
    let right = write("rok.r2.ron", &r);
    let log_private = "LOG-PRIVATE-qx".to_owned();
    let log_shared = "LOG-SHARED-qx".to_owned();
    let log = SessionLog {
        entries: vec![
            LogEntry {
                time: "2026-12-02T10:00:00Z".into(),
                round: 2,
                kind: EntryKind::Note,
                text: log_private.clone(),
                issue: None,
                shared: false,
            },
            LogEntry {
                time: "2026-12-02T10:05:00Z".into(),
                round: 2,
                kind: EntryKind::Agreed,
                text: log_shared.clone(),
                issue: None,
                shared: true,
            },
        ],
        ..SessionLog::default()
    };
    let log_path = accord::session_log::path_for(&left, &right);
    std::fs::write(&log_path, ron::ser::to_string(&log).unwrap()).unwrap();
    Fixture {
        _dir: dir,
        left,
        right,
        marks: [ml, mr],
        log_private,
        log_shared,
    }
}

/// Every piece of text on screen: accessible labels and values, and every painted text.
fn screen_text(h: &App) -> String {
    let mut out = String::new();
    for n in h.root().query_all(egui_kittest::kittest::by()) {
        let a = n.accesskit_node();
        if let Some(l) = a.label() {
            out.push_str(&l);
            out.push('\n');
        }
        if let Some(v) = a.value() {
            out.push_str(&v);
            out.push('\n');
        }
    }
    fn shapes(s: &egui::Shape, out: &mut String) {
        match s {
            egui::Shape::Text(t) => {
                out.push_str(t.galley.text());
                out.push('\n');
            }
            egui::Shape::Vec(v) => v.iter().for_each(|s| shapes(s, out)),
            _ => {}
        }
    }
    for c in &h.output().shapes {
        shapes(&c.shape, &mut out);
    }
    out
}

fn cmd(h: &mut App, c: Command) {
    h.state_mut().push(c);
    let _ = h.try_run();
    let _ = h.try_run();
}

/// Put the app into a view and return what it shows. Each entry: a name and the commands.
fn views() -> Vec<(&'static str, Vec<Command>)> {
    let sel = |id: &str| Command::Select(Some(id.into()));
    vec![
        (
            "workspace + detail",
            vec![
                Command::Action(Action::ShowView(View::Workspace)),
                sel("fms-lead-times"),
            ],
        ),
        (
            "workspace + log",
            vec![
                Command::Action(Action::ShowView(View::Workspace)),
                Command::Action(Action::ToggleLog),
            ],
        ),
        (
            "score",
            vec![Command::Action(Action::ShowView(View::Score))],
        ),
        (
            "diff sides",
            vec![
                Command::Action(Action::CompareSides),
                Command::DiffOnlyChanges(false),
            ],
        ),
        (
            "presentation",
            vec![
                Command::Action(Action::ShowView(View::Workspace)),
                sel("fms-lead-times"),
                Command::Action(Action::TogglePresentation),
            ],
        ),
    ]
}

/// Which sides' markers an audience may see.
fn may_see(a: Audience, estimate: bool) -> [bool; 2] {
    match a {
        Audience::Facilitator => [true, true],
        Audience::Joint => [false, false],
        Audience::Party(Side::Left) => [true, estimate],
        Audience::Party(Side::Right) => [false, !estimate],
    }
}

fn enter_room(h: &mut App, room: Audience) {
    cmd(h, Command::Action(Action::SetRoom(room)));
    if h.state().state.room_pending.is_some() {
        cmd(h, Command::ConfirmRoom(true));
    }
    assert_eq!(h.state().state.room, room);
}

fn check_ui(estimate: bool) {
    let f = fixture(estimate);
    for room in ROOMS {
        for (name, steps) in views() {
            let mut h = common::app(Some(f.left.clone()), Some(f.right.clone()));
            enter_room(&mut h, room);
            for c in steps {
                cmd(&mut h, c);
            }
            // The diff view compares the rounds too.
            let text = screen_text(&h);
            let see = may_see(room, estimate);
            for (k, side) in Side::BOTH.iter().enumerate() {
                for m in f.marks[k].all() {
                    assert!(
                        see[k] || !text.contains(m.as_str()),
                        "{room:?} / {name}: {side:?} marker {m} on screen"
                    );
                }
            }
            if room != Audience::Facilitator {
                assert!(
                    !text.contains(&f.log_private),
                    "{room:?} / {name}: private log entry on screen"
                );
            }
        }
    }
}

#[test]
fn no_view_in_any_room_shows_what_that_room_may_not_see() {
    check_ui(false);
}

#[test]
fn an_estimate_is_shown_only_to_the_delegation_that_made_it() {
    check_ui(true);
}

#[test]
fn the_facilitator_sees_the_markers() {
    // The suite must be able to fail: in the facilitator's room the markers are on screen.
    let f = fixture(false);
    let mut h = common::app(Some(f.left.clone()), Some(f.right.clone()));
    cmd(&mut h, Command::Select(Some("fms-lead-times".into())));
    cmd(&mut h, Command::Action(Action::ToggleLog));
    let text = screen_text(&h);
    let left = accord::format::load_file(&f.left).unwrap();
    let issue = left
        .issues
        .iter()
        .find(|i| i.id == "fms-lead-times")
        .unwrap();
    let mut expected = vec![
        issue.notes.clone(),
        f.log_private.clone(),
        f.log_shared.clone(),
    ];
    expected.extend(issue.options.iter().map(|c| format!("{}", c.value)));
    for m in expected {
        assert!(text.contains(&m), "{m} not on the facilitator's screen");
    }
    // And in a delegation room its own markers are (the check is not vacuous there either).
    enter_room(&mut h, Audience::Party(Side::Left));
    cmd(&mut h, Command::Select(Some("fms-lead-times".into())));
    let text = screen_text(&h);
    assert!(text.contains(&issue.notes), "own notes in the own room");
    let right = accord::format::load_file(&f.right).unwrap();
    let theirs = right
        .issues
        .iter()
        .find(|i| i.id == "fms-lead-times")
        .unwrap();
    assert!(!text.contains(&theirs.notes));
    assert!(text.contains(
        &theirs.stance.lines().next().unwrap_or_default()[..10.min(theirs.stance.len())]
    ));
}

fn handout(f: &Fixture, audience: &str, ext: &str) -> String {
    let out = f.left.with_file_name(format!("handout-{audience}.{ext}"));
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("report")
        .arg(&f.left)
        .arg(&f.right)
        .arg("--for")
        .arg(audience)
        .arg("--no-timestamp")
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(st.success(), "accord report --for {audience} -o *.{ext}");
    std::fs::read_to_string(&out).unwrap()
}

fn check_handouts(estimate: bool) {
    let f = fixture(estimate);
    for (audience, room) in [
        ("US", Audience::Party(Side::Left)),
        ("rok", Audience::Party(Side::Right)),
        ("joint", Audience::Joint),
    ] {
        for ext in ["html", "md", "csv"] {
            let text = handout(&f, audience, ext);
            let see = may_see(room, estimate);
            for (k, &see_k) in see.iter().enumerate() {
                for m in f.marks[k].all() {
                    if see_k {
                        continue;
                    }
                    assert!(
                        !text.contains(m.as_str()),
                        "--for {audience} .{ext}: marker {m} of side {k} leaked"
                    );
                }
                // What the audience may see is there: its own file's private texts (the
                // CSV carries the issue table only, without the header's BATNA).
                if see_k {
                    for m in f.marks[k].texts.iter().filter(|m| m.starts_with("NOTE-")) {
                        if m.contains("PREV") {
                            continue;
                        }
                        assert!(
                            text.contains(m.as_str()),
                            "--for {audience} .{ext}: own {m} missing"
                        );
                    }
                }
            }
            assert!(
                !text.contains(&f.log_private),
                "--for {audience} .{ext}: private log entry"
            );
            if ext != "csv" {
                assert!(
                    text.contains(&f.log_shared),
                    "--for {audience} .{ext}: shared log entry missing"
                );
            }
        }
    }
}

#[test]
fn handouts_carry_only_what_their_audience_may_see() {
    check_handouts(false);
}

#[test]
fn handouts_with_an_estimate() {
    check_handouts(true);
}

#[test]
fn the_full_report_has_the_markers() {
    // Without --for the facilitator's report prints the private fields: the check above can
    // tell the difference.
    let f = fixture(false);
    let out = f.left.with_file_name("full.md");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["report", "--no-timestamp", "-o"])
        .arg(&out)
        .arg(&f.left)
        .arg(&f.right)
        .status()
        .unwrap();
    assert!(st.success());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("BATNA-US-qx") && text.contains("BATNA-ROK-qx"));
    assert!(text.contains(&f.log_private));
}

#[test]
fn choosing_a_wider_room_from_the_menu_asks_first() {
    let f = fixture(false);
    let mut h = common::app(Some(f.left.clone()), Some(f.right.clone()));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Joint session").click();
    let _ = h.try_run();
    assert_eq!(
        h.state().state.room,
        Audience::Joint,
        "narrowing needs no question"
    );
    assert!(screen_text(&h).contains("ROOM: JOINT SESSION"));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("US delegation").click();
    let _ = h.try_run();
    assert_eq!(
        h.state().state.room,
        Audience::Joint,
        "widening waits for the answer"
    );
    h.get_by_label("Stay in Joint session").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.room, Audience::Joint);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Facilitator").click();
    let _ = h.try_run();
    h.get_by_label("Show Facilitator").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.room, Audience::Facilitator);
}

#[test]
fn a_room_that_does_not_see_a_side_cannot_edit_it() {
    let f = fixture(false);
    let mut h = common::app(Some(f.left.clone()), Some(f.right.clone()));
    enter_room(&mut h, Audience::Party(Side::Left));
    let before = h.state().state.ws.position(Side::Right).unwrap().clone();
    cmd(
        &mut h,
        Command::BeginCellEdit {
            id: "fms-lead-times".into(),
            col: 6,
        },
    );
    assert!(h.state().state.cell_edit.is_none());
    cmd(&mut h, Command::Action(Action::EditHeader(Side::Right)));
    assert!(h.state().state.header_edit.is_none());
    assert_eq!(h.state().state.ws.position(Side::Right).unwrap(), &before);
    let _ = Path::new("");
}

#[test]
fn the_header_editor_widens_what_a_file_shares_undoably() {
    let f = fixture(false);
    let mut h = common::app(Some(f.left.clone()), Some(f.right.clone()));
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Edit right file header…").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.header_edit, Some(Side::Right));
    h.get_by_label("values").click();
    let _ = h.try_run();
    let shared = h.state().state.ws.position(Side::Right).unwrap().shared;
    let want = accord::model::FieldSet::DEFAULT_SHARED.with(accord::model::Field::Values, true);
    assert_eq!(shared, Some(want));
    // Now the US delegation sees ROK's values.
    enter_room(&mut h, Audience::Party(Side::Left));
    assert!(
        !h.state()
            .state
            .hidden(Side::Right)
            .has(accord::model::Field::Values)
    );
    enter_room(&mut h, Audience::Facilitator);
    cmd(&mut h, Command::Action(Action::Undo));
    assert_eq!(
        h.state().state.ws.position(Side::Right).unwrap().shared,
        None
    );
}

#[test]
fn a_log_entry_marked_shared_reaches_the_joint_room() {
    let f = fixture(false);
    let mut h = common::app(Some(f.left.clone()), Some(f.right.clone()));
    cmd(&mut h, Command::Action(Action::ToggleLog));
    h.get_by_label("Shared with the delegations").click();
    let _ = h.try_run();
    let entry = h
        .get_all_by_label("New log entry")
        .next()
        .expect("the log entry box");
    entry.focus();
    h.run();
    h.get_all_by_label("New log entry")
        .next()
        .unwrap()
        .type_text("합의: next round in Seoul");
    h.run();
    h.get_by_label("Add entry").click();
    let _ = h.try_run();
    let last = h.state().state.log.entries.last().unwrap().clone();
    assert_eq!(last.text, "합의: next round in Seoul");
    assert!(last.shared);
    enter_room(&mut h, Audience::Joint);
    assert!(screen_text(&h).contains("합의: next round in Seoul"));
    assert!(!screen_text(&h).contains(&f.log_private));
}
