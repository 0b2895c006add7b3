//! End to end: edits, autosave, SIGKILL, restart, restore — with the real binary.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Session {
    fn start(
        dir: &std::path::Path,
        left: &std::path::Path,
        right: &std::path::Path,
    ) -> (Self, Vec<String>) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
            .arg("session")
            .arg(left)
            .arg(right)
            .env("ACCORD_RECOVERY_DIR", dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut s = Session {
            child,
            stdin,
            stdout,
        };
        let mut greeting = Vec::new();
        loop {
            let line = s.line();
            if line == "ready" {
                break;
            }
            greeting.push(line);
        }
        (s, greeting)
    }

    fn line(&mut self) -> String {
        let mut l = String::new();
        self.stdout.read_line(&mut l).unwrap();
        l.trim_end().to_owned()
    }

    fn say(&mut self, cmd: &str) -> String {
        writeln!(self.stdin, "{cmd}").unwrap();
        self.stdin.flush().unwrap();
        self.line()
    }
}

#[test]
fn edits_survive_sigkill_and_are_restored() {
    let tmp = tempfile::tempdir().unwrap();
    let recovery = tmp.path().join("recovery");
    let left = tmp.path().join("us.ron");
    let right = tmp.path().join("rok.ron");
    std::fs::copy(accord::sample_path("us.ron"), &left).unwrap();
    std::fs::copy(accord::sample_path("rok.ron"), &right).unwrap();
    let original = std::fs::read_to_string(&left).unwrap();

    let (mut s, greeting) = Session::start(&recovery, &left, &right);
    assert!(greeting.is_empty(), "{greeting:?}");
    assert_eq!(
        s.say("stance left fms-lead-times 수정된 입장: deliver in 18 months"),
        "ok"
    );
    assert_eq!(s.say("weight left fms-lead-times 9.5"), "ok");
    assert_eq!(s.say("autosave"), "autosaved 1");
    // The user's file is never touched by autosave.
    assert_eq!(std::fs::read_to_string(&left).unwrap(), original);
    // Crash.
    s.child.kill().unwrap();
    s.child.wait().unwrap();

    let (mut s, greeting) = Session::start(&recovery, &left, &right);
    assert_eq!(greeting, vec![format!("recovered left {}", left.display())]);
    assert_eq!(
        s.say("get left fms-lead-times weight"),
        "7",
        "not restored until asked"
    );
    assert_eq!(s.say("restore"), "ok");
    assert_eq!(
        s.say("get left fms-lead-times stance"),
        "수정된 입장: deliver in 18 months"
    );
    assert_eq!(s.say("get left fms-lead-times weight"), "9.5");
    assert_eq!(s.say("dirty left"), "true");
    assert_eq!(s.say("save left"), "ok");
    let saved = accord::format::load_file(&left).unwrap();
    let i = saved.issue_index("fms-lead-times").unwrap();
    assert_eq!(saved.issues[i].weight, 9.5);
    assert_eq!(s.say("dirty left"), "false");
    s.say("quit");
    s.child.wait().unwrap();
    // Saved: the snapshot is gone, so the next start offers nothing.
    let (mut s, greeting) = Session::start(&recovery, &left, &right);
    assert!(greeting.is_empty(), "{greeting:?}");
    s.say("quit");
    s.child.wait().unwrap();
}
