//! The session log: decisions, agreed options and action items recorded during a workshop,
//! each stamped with time and round, kept in a RON file next to the positions.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What kind of entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum EntryKind {
    /// A decision the room took.
    Decision,
    /// An option both delegations agreed on.
    Agreed,
    /// Something someone must do.
    Action,
    /// Anything else worth keeping.
    #[default]
    Note,
}

impl EntryKind {
    /// All kinds, in display order.
    pub const ALL: [EntryKind; 4] = [
        EntryKind::Decision,
        EntryKind::Agreed,
        EntryKind::Action,
        EntryKind::Note,
    ];

    /// Display name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Decision => "Decision",
            EntryKind::Agreed => "Agreed",
            EntryKind::Action => "Action",
            EntryKind::Note => "Note",
        }
    }

    /// The name the session log panel shows, in a language ("Decision" / "결정"). Files and
    /// reports keep [`EntryKind::as_str`].
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::workspace::Work;
        match self {
            EntryKind::Decision => Work::KindDecision,
            EntryKind::Agreed => Work::KindAgreed,
            EntryKind::Action => Work::KindAction,
            EntryKind::Note => Work::KindNote,
        }
        .get(lang)
    }
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogEntry {
    /// UTC time, `YYYY-MM-DDTHH:MM:SSZ`.
    pub time: String,
    /// Negotiation round when it was recorded.
    pub round: u32,
    /// Kind of entry.
    pub kind: EntryKind,
    /// The text (may hold Hangul and line breaks).
    pub text: String,
    /// The issue it concerns, if any.
    pub issue: Option<String>,
    /// Whether the entry may be shown to the delegations (in their rooms and handouts).
    /// Entries are the facilitator's own unless marked shared. Written only when true, so logs
    /// without shared entries stay readable by older builds.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub shared: bool,
}

/// A session log file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionLog {
    /// Format version of the session file (1).
    pub format: u32,
    /// Entries, oldest first.
    pub entries: Vec<LogEntry>,
}

impl Default for SessionLog {
    fn default() -> Self {
        SessionLog {
            format: 1,
            entries: Vec::new(),
        }
    }
}

/// The session file for a pair of position files: `LEFT+RIGHT.session.ron` in the left
/// file's folder, with round suffixes dropped (`us.r2.ron` + `rok.r2.ron` → `us+rok.session.ron`),
/// so every round of the same pair shares one log.
pub fn path_for(left: &Path, right: &Path) -> PathBuf {
    let stem = |p: &Path| crate::rounds::round_base(p).0;
    let dir = left.parent().unwrap_or(Path::new("."));
    dir.join(format!("{}+{}.session.ron", stem(left), stem(right)))
}

/// Read a session file; a missing file is an empty log.
pub fn load(path: &Path) -> Result<SessionLog, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => ron::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: {} (the session log was not loaded; the file is unchanged)",
                path.display(),
                e.span.start.line,
                e.span.start.col,
                e.code
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SessionLog::default()),
        Err(e) => Err(format!(
            "{}: cannot read the session log: {e}",
            path.display()
        )),
    }
}

/// Write a session file atomically.
pub fn save(path: &Path, log: &SessionLog) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(log, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    crate::format::write_atomic(path, text.as_bytes())
        .map_err(|e| format!("{}: not saved: {e}", path.display()))
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format_utc(secs)
}

/// Seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian calendar).
pub fn format_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_formatting() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_795_000_000), "2026-11-18T11:06:40Z");
    }

    #[test]
    fn session_path_drops_round_suffixes() {
        let p = path_for(Path::new("/w/us.r2.ron"), Path::new("/w/rok.r2.ron"));
        assert_eq!(p, Path::new("/w/us+rok.session.ron"));
        let p = path_for(Path::new("us.ron"), Path::new("rok.ron"));
        assert_eq!(p, Path::new("us+rok.session.ron"));
    }

    #[test]
    fn round_trip_with_hangul() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.session.ron");
        let log = SessionLog {
            format: 1,
            entries: vec![LogEntry {
                time: "2026-11-25T10:00:00Z".into(),
                round: 2,
                kind: EntryKind::Agreed,
                text: "합의: shared dashboard\nnext line".into(),
                issue: Some("fms-case-tracking".into()),
                shared: false,
            }],
        };
        save(&path, &log).unwrap();
        assert_eq!(load(&path).unwrap(), log);
        assert_eq!(
            load(&dir.path().join("none.ron")).unwrap(),
            SessionLog::default()
        );
        std::fs::write(&path, "(entries: [(bogus: 1)])").unwrap();
        assert!(load(&path).unwrap_err().contains(":1:"));
    }
}
