//! `accord merge` as git's merge driver, with a real `git merge` in a temporary repository:
//! the two setup lines of docs/merge.md, then a clean parallel edit, a true conflict, a
//! delete/edit conflict and a moved block against an insert. Skipped (with the reason printed)
//! only when git is not installed.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use accord::diff::synth::position;
use accord::format;
use accord::model::Position;

fn have_git() -> bool {
    match Command::new("git").arg("--version").output() {
        Ok(o) if o.status.success() => true,
        _ => {
            eprintln!("merge_git: skipped: `git --version` did not run (git is not installed)");
            false
        }
    }
}

struct Repo {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Repo {
    /// A repository with the two setup lines of docs/merge.md and `file` committed on main.
    fn new(file: &Position) -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_owned();
        let repo = Repo { _dir: dir, path };
        repo.ok(&["init", "-q", "-b", "main"]);
        repo.ok(&["config", "user.name", "Accord Test"]);
        repo.ok(&["config", "user.email", "test@example.invalid"]);
        repo.ok(&["config", "commit.gpgsign", "false"]);
        let driver = format!("'{}' merge %O %A %B", env!("CARGO_BIN_EXE_accord"));
        repo.ok(&["config", "merge.accord.driver", &driver]);
        std::fs::write(repo.path.join(".gitattributes"), "*.ron merge=accord\n").unwrap();
        repo.write(file);
        repo.ok(&["add", "."]);
        repo.ok(&["commit", "-q", "-m", "base"]);
        repo
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(&self.path)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", &self.path)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> Output {
        let o = self.git(args);
        assert!(
            o.status.success(),
            "git {args:?}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        o
    }

    fn file(&self) -> PathBuf {
        self.path.join("us.ron")
    }

    fn write(&self, p: &Position) {
        std::fs::write(self.file(), format::to_canonical_string(p)).unwrap();
    }

    fn read(&self) -> String {
        std::fs::read_to_string(self.file()).unwrap()
    }

    /// Commit `p` on a new branch from main.
    fn branch(&self, name: &str, p: &Position) {
        self.ok(&["checkout", "-q", "-b", name, "main"]);
        self.write(p);
        self.ok(&["commit", "-q", "-am", name]);
    }

    /// Check out `ours` and merge `theirs` into it.
    fn merge(&self, ours: &str, theirs: &str) -> Output {
        self.ok(&["checkout", "-q", ours]);
        self.git(&["merge", "--no-edit", theirs])
    }

    /// `git merge-file` (git's own line merge) of the three committed versions: its conflicts.
    fn line_merge_conflicts(&self, base: &Position, ours: &Position, theirs: &Position) -> i32 {
        let d = tempfile::tempdir().unwrap();
        let w = |n: &str, p: &Position| {
            let f = d.path().join(n);
            std::fs::write(&f, format::to_canonical_string(p)).unwrap();
            f.display().to_string()
        };
        let (b, o, t) = (w("b", base), w("o", ours), w("t", theirs));
        self.git(&["merge-file", "-p", &o, &b, &t])
            .status
            .code()
            .unwrap()
    }
}

fn accord_check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn weights_on_one_branch_and_stances_on_the_other_merge_cleanly() {
    if !have_git() {
        return;
    }
    let base = position("US", 500, 12);
    let (mut a, mut b) = (base.clone(), base.clone());
    let touched: Vec<usize> = (0..500).step_by(10).collect();
    assert_eq!(touched.len(), 50);
    for &k in &touched {
        a.issues[k].weight += 5.0;
        b.issues[k].stance = format!("{} — revised 수정", b.issues[k].stance);
    }
    let repo = Repo::new(&base);
    // Git's line merge alone stops on these (weight sits on the line after stance).
    assert!(repo.line_merge_conflicts(&base, &a, &b) >= 50);
    repo.branch("weights", &a);
    repo.branch("stances", &b);
    let out = repo.merge("weights", "stances");
    assert!(out.status.success(), "{}", stderr(&out));
    let merged = format::load_str("us.ron", &repo.read()).unwrap();
    for &k in &touched {
        assert_eq!(merged.issues[k].weight, a.issues[k].weight);
        assert_eq!(merged.issues[k].stance, b.issues[k].stance);
    }
    assert_eq!(merged.issues.len(), 500);
    // Canonical, and committed by git as the merge result.
    assert_eq!(repo.read(), format::to_canonical_string(&merged));
    let log = repo.ok(&["log", "--oneline", "-1"]);
    assert!(String::from_utf8_lossy(&log.stdout).contains("Merge branch 'stances'"));
}

#[test]
fn a_true_conflict_is_marked_around_the_field_and_refused_by_check() {
    if !have_git() {
        return;
    }
    let base = position("US", 40, 5);
    let (mut a, mut b) = (base.clone(), base.clone());
    a.issues[7].weight = 11.0;
    b.issues[7].weight = 13.0;
    b.issues[8].notes = "theirs, no conflict".into();
    let repo = Repo::new(&base);
    repo.ok(&["config", "merge.conflictStyle", "diff3"]);
    // The optional `--path %P` names the real file in the driver's messages.
    let driver = format!(
        "'{}' merge %O %A %B --path %P",
        env!("CARGO_BIN_EXE_accord")
    );
    repo.ok(&["config", "merge.accord.driver", &driver]);
    repo.branch("a", &a);
    repo.branch("b", &b);
    let out = repo.merge("a", "b");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("CONFLICT"));
    let text = repo.read();
    let id = &base.issues[7].id;
    let block = format!(
        "<<<<<<< ours\n            weight: 11,\n||||||| base\n            weight: {},\n=======\n            weight: 13,\n>>>>>>> theirs\n",
        base.issues[7].weight
    );
    assert!(text.contains(&block), "{text}");
    assert_eq!(text.matches("<<<<<<<").count(), 1);
    assert!(text.contains("notes: \"theirs, no conflict\""));
    let line = text[..text.find("<<<<<<<").unwrap()].lines().count() + 1;
    assert!(
        stderr(&out).contains(&format!(
            "us.ron:{line}:1: merge conflict in issue {id}, field weight"
        )),
        "{}",
        stderr(&out)
    );
    let check = accord_check(&repo.file());
    assert_eq!(check.status.code(), Some(1));
    let e = stderr(&check);
    assert!(
        e.contains(&format!(
            "us.ron:{line}:1: unresolved merge conflict in issue {id}, field weight"
        )),
        "{e}"
    );
    assert!(e.contains("hint: open it in Accord"), "{e}");
}

#[test]
fn deleting_an_issue_that_the_other_branch_edited_is_a_conflict() {
    if !have_git() {
        return;
    }
    let base = position("US", 30, 9);
    let (mut a, mut b) = (base.clone(), base.clone());
    let id = a.issues.remove(3).id;
    b.issues[3].title = "edited on the other branch".into();
    let repo = Repo::new(&base);
    repo.branch("delete", &a);
    repo.branch("edit", &b);
    let out = repo.merge("delete", "edit");
    assert!(!out.status.success());
    let check = accord_check(&repo.file());
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stderr(&check).contains(&format!(
            "unresolved merge conflict in issue {id} (deleted on one side, edited on the other)"
        )),
        "{}",
        stderr(&check)
    );
    // Everything else merged: the other issues are all there, outside the markers.
    let text = repo.read();
    for i in &base.issues {
        assert!(text.contains(&format!("id: \"{}\"", i.id)));
    }
}

#[test]
fn a_moved_block_and_an_insert_with_deletions_elsewhere_all_merge() {
    if !have_git() {
        return;
    }
    let base = position("US", 200, 21);
    // Branch a: move issues 20..40 to the end, delete issue 100.
    let mut a = base.clone();
    let block: Vec<_> = a.issues.drain(20..40).collect();
    a.issues.extend(block);
    a.issues.retain(|i| i.id != base.issues[100].id);
    // Branch b: insert a new issue after issue 25 (inside the moved block) and one after 60,
    // delete issue 150.
    let mut b = base.clone();
    let mut n1 = base.issues[0].clone();
    n1.id = "new-in-block".into();
    let mut n2 = base.issues[0].clone();
    n2.id = "new-after-60".into();
    b.issues.insert(61, n2);
    b.issues.insert(26, n1);
    b.issues.retain(|i| i.id != base.issues[150].id);
    let repo = Repo::new(&base);
    repo.branch("move", &a);
    repo.branch("insert", &b);
    let out = repo.merge("move", "insert");
    assert!(out.status.success(), "{}", stderr(&out));
    let merged = format::load_str("us.ron", &repo.read()).unwrap();
    let got: Vec<&str> = merged.issues.iter().map(|i| i.id.as_str()).collect();
    let mut want: Vec<&str> = a
        .issues
        .iter()
        .map(|i| i.id.as_str())
        .filter(|&id| id != base.issues[150].id)
        .collect();
    let at = |want: &Vec<&str>, id: &str| want.iter().position(|&x| x == id).unwrap();
    let k = at(&want, &base.issues[25].id);
    want.insert(k + 1, "new-in-block");
    let k = at(&want, &base.issues[60].id);
    want.insert(k + 1, "new-after-60");
    assert_eq!(got, want);
}
