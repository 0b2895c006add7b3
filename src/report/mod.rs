//! Session reports: both positions, their joint analysis, the moves since the previous round and
//! the session log, as a self-contained HTML page, Markdown or CSV.
//!
//! Pure code, no egui: [`prepare`] computes everything a report shows (the joint analysis, the
//! per-issue rows, the diffs and concessions since the previous rounds, a sample of packages for
//! the chart), and [`render_prepared`] turns that into text in one of the [`Kind`]s. [`render`]
//! does both; [`export`] also writes the file atomically (what `accord report` and the app's
//! `File ▸ Export` call). Output is deterministic: the same inputs give the same bytes, except
//! the generation line, which is left out when [`ReportInput::generated`] is `None`.
//! What each format holds: docs/report.md.

pub mod cli;
mod csv;
mod escape;
pub mod handout;
mod html;
mod markdown;
mod svg;

use std::collections::HashMap;
use std::path::Path;

use crate::diff::{Concessions, Diff, concessions, diff};
use crate::i18n::Lang;
use crate::i18n::report::Report as R;
use crate::model::{Issue, Position};
use crate::scoring::analysis::Kind as IssueKind;
use crate::scoring::frontier::sample_packages;
use crate::scoring::gap::{Gap, issue_gap};
use crate::scoring::{Agenda, Analysis, MAX_FRONTIER, analyze_agenda};
use crate::session_log::SessionLog;

/// Packages sampled for the background cloud of the outcome-space chart.
pub const CLOUD: usize = 600;
/// Seed of that sample (fixed: reports are deterministic).
const CLOUD_SEED: u64 = 0x005c_07e0;
/// Trades listed in a report.
pub const TRADES_SHOWN: usize = 10;

/// What a report is made of. Only `left` and `right` are required; see [`ReportInput::new`].
#[derive(Debug, Clone)]
pub struct ReportInput<'a> {
    /// The left side's position (its current round).
    pub left: &'a Position,
    /// The right side's position (its current round).
    pub right: &'a Position,
    /// How the left file is named in the report (usually its file name).
    pub left_name: &'a str,
    /// How the right file is named in the report.
    pub right_name: &'a str,
    /// The left side's previous round, for its changes and concessions.
    pub previous_left: Option<&'a Position>,
    /// The right side's previous round.
    pub previous_right: Option<&'a Position>,
    /// The session log to include.
    pub log: Option<&'a SessionLog>,
    /// The generation time shown in the report; `None` leaves the line out (deterministic).
    pub generated: Option<String>,
}

impl<'a> ReportInput<'a> {
    /// A report on two positions, without previous rounds, log or timestamp.
    pub fn new(left: &'a Position, right: &'a Position) -> Self {
        ReportInput {
            left,
            right,
            left_name: "",
            right_name: "",
            previous_left: None,
            previous_right: None,
            log: None,
            generated: None,
        }
    }
}

/// The output format, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.html` / `.htm`: a self-contained page with an inline SVG chart.
    Html,
    /// `.md`: Markdown (GitHub flavour: pipe tables).
    Markdown,
    /// `.csv`: one row per issue, UTF-8 with a byte-order mark.
    Csv,
}

impl Kind {
    /// The kind for a file name by its extension (case-insensitive); `None` when unknown.
    pub fn from_path(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(Kind::Html),
            "md" | "markdown" => Some(Kind::Markdown),
            "csv" => Some(Kind::Csv),
            _ => None,
        }
    }
}

/// The extensions [`Kind::from_path`] knows, for messages and file dialogs.
pub const EXTENSIONS: [&str; 5] = ["html", "htm", "md", "markdown", "csv"];

/// One row of the per-issue table: an issue of either side, matched by id.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into the left position's issues.
    pub left: Option<usize>,
    /// Index into the right position's issues.
    pub right: Option<usize>,
    /// The gap between the two sides (both hold the issue and have options).
    pub gap: Option<Gap>,
    /// Index into `Analysis::issues` (and the agenda) when the issue is on the joint agenda.
    pub joint: Option<usize>,
}

/// The changes of one side since its previous round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundChanges {
    /// Round number of the previous file.
    pub from_round: u32,
    /// Round number of the current file.
    pub to_round: u32,
    /// What changed.
    pub diff: Diff,
    /// Who moved toward whom, judged against the other side's current file.
    pub concessions: Concessions,
}

/// Everything computed for a report (the slow part); rendering only formats it.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// The joint analysis of the two current positions.
    pub analysis: Analysis,
    /// Score pairs of sampled packages (the chart's cloud).
    pub cloud: Vec<(f64, f64)>,
    /// Per-issue rows: the left file's issues in order, then the right file's own.
    pub rows: Vec<Row>,
    /// Changes since the previous round, per side (left, right).
    pub rounds: [Option<RoundChanges>; 2],
}

/// Frontier work (joint issues × points per merge step) a report may spend on each frontier.
/// Past it the frontier limit drops below [`MAX_FRONTIER`], so that a report on two
/// 10,000-issue files stays well under a second; agendas of up to 100 issues keep the full
/// limit and get exactly the analysis of `accord score`.
pub const FRONTIER_WORK: usize = 2_500_000;
/// The frontier limit never drops below this many points per step.
pub const MIN_FRONTIER: usize = 200;

/// The frontier limit a report uses for an agenda of `joint_issues` issues.
pub fn frontier_limit(joint_issues: usize) -> usize {
    (FRONTIER_WORK / joint_issues.max(1)).clamp(MIN_FRONTIER, MAX_FRONTIER)
}

/// The joint analysis as a report computes it: [`crate::scoring::analyze`] with the frontier
/// limit of [`frontier_limit`] (the same analysis up to 100 joint issues).
pub fn analyze_for_report(left: &Position, right: &Position) -> Analysis {
    let agenda = Agenda::build(left, right);
    let limit = frontier_limit(agenda.issues.len());
    analyze_agenda(agenda, limit)
}

/// Compute what a report shows.
pub fn prepare(input: &ReportInput) -> Prepared {
    prepare_with(input, analyze_for_report(input.left, input.right))
}

/// Compute what a report shows around an analysis already made (the app's score view has one)
/// of `input.left` and `input.right`.
pub fn prepare_with(input: &ReportInput, analysis: Analysis) -> Prepared {
    let (l, r) = (input.left, input.right);
    let cloud = sample_packages(&analysis.agenda, CLOUD, CLOUD_SEED);
    let joint_at: HashMap<&str, usize> = analysis
        .agenda
        .issues
        .iter()
        .enumerate()
        .map(|(k, i)| (i.id.as_str(), k))
        .collect();
    let mut right_at: HashMap<&str, usize> = HashMap::with_capacity(r.issues.len());
    for (k, i) in r.issues.iter().enumerate() {
        right_at.entry(i.id.as_str()).or_insert(k);
    }
    let mut used_right = vec![false; r.issues.len()];
    let mut rows = Vec::with_capacity(l.issues.len() + r.issues.len());
    for (k, li) in l.issues.iter().enumerate() {
        let rk = right_at.get(li.id.as_str()).copied();
        if let Some(rk) = rk {
            used_right[rk] = true;
        }
        let gap = rk
            .and_then(|rk| r.issues.get(rk))
            .and_then(|ri| issue_gap(li, ri));
        rows.push(Row {
            left: Some(k),
            right: rk,
            gap,
            joint: joint_at.get(li.id.as_str()).copied(),
        });
    }
    for (k, used) in used_right.iter().enumerate() {
        if !used {
            rows.push(Row {
                left: None,
                right: Some(k),
                gap: None,
                joint: None,
            });
        }
    }
    let round = |prev: Option<&Position>, cur: &Position, other: &Position| {
        prev.map(|p| RoundChanges {
            from_round: p.round,
            to_round: cur.round,
            diff: diff(p, cur),
            concessions: concessions(p, cur, Some(other)),
        })
    };
    let rounds = [
        round(input.previous_left, l, r),
        round(input.previous_right, r, l),
    ];
    Prepared {
        analysis,
        cloud,
        rows,
        rounds,
    }
}

/// Render a report (computes, then formats), in English.
pub fn render(input: &ReportInput, kind: Kind) -> String {
    render_in(input, kind, Lang::En)
}

/// Render a report in a language: headings, table headers and labels are translated; the
/// files' own text (titles, stances, option labels, ids, markings) is printed as written.
pub fn render_in(input: &ReportInput, kind: Kind, lang: Lang) -> String {
    render_prepared_in(input, &prepare(input), kind, lang)
}

/// Format a prepared report, in English. CSV output starts with a UTF-8 byte-order mark.
pub fn render_prepared(input: &ReportInput, prepared: &Prepared, kind: Kind) -> String {
    render_prepared_in(input, prepared, kind, Lang::En)
}

/// Format a prepared report in a language.
pub fn render_prepared_in(
    input: &ReportInput,
    prepared: &Prepared,
    kind: Kind,
    lang: Lang,
) -> String {
    match kind {
        Kind::Html => html::render(input, prepared, lang),
        Kind::Markdown => markdown::render(input, prepared, lang),
        Kind::Csv => csv::render(input, prepared, lang),
    }
}

/// Render the report in the format named by `path`'s extension and write it atomically.
/// Errors are messages for people (what, where, what to do); on error nothing is written.
pub fn export(input: &ReportInput, path: &Path) -> Result<(), String> {
    export_for_in(
        input,
        crate::visibility::Audience::Facilitator,
        path,
        Lang::En,
    )
}

/// [`export`] for an audience: the facilitator's full report, or a handout that carries only
/// what that audience may see ([`handout`]).
pub fn export_for(
    input: &ReportInput,
    audience: crate::visibility::Audience,
    path: &Path,
) -> Result<(), String> {
    export_for_in(input, audience, path, Lang::En)
}

/// [`export_for`] in a language (`accord report --lang`, the app's language in File ▸ Export).
pub fn export_for_in(
    input: &ReportInput,
    audience: crate::visibility::Audience,
    path: &Path,
    lang: Lang,
) -> Result<(), String> {
    let Some(kind) = Kind::from_path(path) else {
        return Err(unknown_extension(path, lang));
    };
    let text = handout::render_in(input, audience, kind, lang);
    crate::format::write_atomic(path, text.as_bytes())
        .map_err(|e| R::NotWritten.fmt(lang, &[&path.display(), &e]))
}

/// Write the report of an open workspace: both positions, the previous round of each side when
/// one lies beside its file, and the session log (what File ▸ Export writes), in the app's
/// language.
pub fn export_workspace(
    ws: &crate::workspace::Workspace,
    log: &SessionLog,
    audience: crate::visibility::Audience,
    path: &Path,
    lang: Lang,
) -> Result<(), String> {
    use crate::workspace::Side;
    let (Some(l), Some(r)) = (ws.doc(Side::Left), ws.doc(Side::Right)) else {
        return Err(R::BothSides.get(lang).into());
    };
    let previous = |doc: &crate::workspace::Document| {
        crate::rounds::previous_round(doc.path.as_deref()?, doc.position.round)
    };
    let (pl, pr) = (previous(l), previous(r));
    let names = [
        format!("{} ({})", l.display_name(), l.position.party),
        format!("{} ({})", r.display_name(), r.position.party),
    ];
    let input = ReportInput {
        left: &l.position,
        right: &r.position,
        left_name: &names[0],
        right_name: &names[1],
        previous_left: pl.as_ref(),
        previous_right: pr.as_ref(),
        log: (!log.entries.is_empty()).then_some(log),
        generated: Some(crate::session_log::now_utc()),
    };
    export_for_in(&input, audience, path, lang)
}

/// The message for a file name whose extension names no report format.
pub fn unknown_extension(path: &Path, lang: Lang) -> String {
    R::UnknownExtension.fmt(lang, &[&path.display()])
}

// ---- helpers shared by the renderers ----

/// Marking banners: the left file's, then the right file's when it differs.
pub(crate) fn markings(input: &ReportInput) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in [input.left, input.right] {
        if let Some(m) = p
            .marking
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            && !out.iter().any(|o| o == m)
        {
            out.push(m.to_owned());
        }
    }
    out
}

/// The displayed name of a side: party code, else "left"/"right".
pub(crate) fn party(p: &Position, fallback: &str) -> String {
    let s = p.party.trim();
    if s.is_empty() {
        fallback.to_owned()
    } else {
        s.to_owned()
    }
}

/// The two party names, disambiguated when both files name the same party.
pub(crate) fn party_names(input: &ReportInput, lang: Lang) -> [String; 2] {
    use crate::i18n::side_name;
    use crate::workspace::Side;
    let (l, r) = (
        party(input.left, side_name(Side::Left, lang)),
        party(input.right, side_name(Side::Right, lang)),
    );
    if l == r {
        [
            R::PartyLeft.fmt(lang, &[&l]),
            R::PartyRight.fmt(lang, &[&r]),
        ]
    } else {
        [l, r]
    }
}

/// A score (0–100) with one decimal.
pub(crate) fn score(v: f64) -> String {
    format!("{v:.1}")
}

/// The issue of a row on one side.
pub(crate) fn side_issue(p: &Position, k: Option<usize>) -> Option<&Issue> {
    k.and_then(|k| p.issues.get(k))
}

/// The row's issue from whichever side holds it (left first).
pub(crate) fn row_issue<'a>(input: &ReportInput<'a>, row: &Row) -> Option<&'a Issue> {
    side_issue(input.left, row.left).or_else(|| side_issue(input.right, row.right))
}

/// The target shown for an issue: the explicit target, else the highest-valued option marked
/// "(best)"; empty without options.
pub(crate) fn target_text(i: &Issue, lang: Lang) -> String {
    match (&i.target, i.effective_target()) {
        (Some(t), _) => t.clone(),
        (None, Some(t)) => R::Best.fmt(lang, &[&t]),
        (None, None) => String::new(),
    }
}

/// The walk-away label, empty when every option is acceptable.
pub(crate) fn walk_away_text(i: &Issue) -> String {
    i.walk_away.clone().unwrap_or_default()
}

/// An issue's kind (compatible, distributive, tradeable) in a language.
pub(crate) fn kind_text(k: IssueKind, lang: Lang) -> &'static str {
    match k {
        IssueKind::Compatible => R::Compatible.get(lang),
        IssueKind::Distributive => R::Distributive.get(lang),
        IssueKind::Tradeable => R::Tradeable.get(lang),
    }
}

/// A session log entry's kind in a language.
pub(crate) fn entry_kind_text(k: crate::session_log::EntryKind, lang: Lang) -> &'static str {
    use crate::session_log::EntryKind as E;
    match k {
        E::Decision => R::Decision.get(lang),
        E::Agreed => R::Agreed.get(lang),
        E::Action => R::Action.get(lang),
        E::Note => R::Note.get(lang),
    }
}

/// The per-issue analysis cells of a row: (common ground, conflict, kind); or a reason in the
/// first cell when the issue is not on the joint agenda.
pub(crate) fn joint_cells(a: &Analysis, row: &Row, lang: Lang) -> (String, String, String) {
    let Some(ia) = row.joint.and_then(|k| a.issues.get(k)) else {
        let why = match (row.left, row.right) {
            (Some(_), None) => R::LeftOnly,
            (None, Some(_)) => R::RightOnly,
            _ => R::NoOptions,
        };
        return (format!("({})", why.get(lang)), String::new(), String::new());
    };
    let label = a
        .agenda
        .issues
        .get(ia.index)
        .and_then(|i| i.labels.get(ia.common_ground))
        .map_or("", String::as_str);
    let cg = format!(
        "{label} ({:.0}/{:.0})",
        ia.common_values[0], ia.common_values[1]
    );
    let mut kind = kind_text(ia.kind, lang).to_owned();
    if ia.kind == IssueKind::Tradeable
        && let Some(s) = ia.cares_more
    {
        kind.push_str(if s == 0 {
            R::LeftCaresMore.get(lang)
        } else {
            R::RightCaresMore.get(lang)
        });
    }
    if !ia.overlap {
        kind.push_str(R::NoOverlapWalkAways.get(lang));
    }
    (cg, format!("{:.1}", ia.conflict), kind)
}

/// The gap cell: size with one decimal, and whether the walk-aways overlap.
pub(crate) fn gap_text(g: Option<Gap>, lang: Lang) -> String {
    match g {
        Some(g) if g.overlap => format!("{:.1}", g.size),
        Some(g) => R::GapNoOverlap.fmt(lang, &[&format!("{:.1}", g.size)]),
        None => String::new(),
    }
}

/// Labels of a package, as (issue id, option label) pairs in agenda order.
pub(crate) fn package_labels<'a>(a: &'a Analysis, package: &[usize]) -> Vec<(&'a str, &'a str)> {
    a.agenda
        .issues
        .iter()
        .zip(package)
        .map(|(i, &k)| (i.id.as_str(), i.labels.get(k).map_or("?", String::as_str)))
        .collect()
}

/// One trade side as "id = label, …".
pub(crate) fn wins_text(a: &Analysis, wins: &[(usize, usize)]) -> String {
    wins.iter()
        .filter_map(|&(i, k)| {
            let i = a.agenda.issues.get(i)?;
            Some(format!("{} = {}", i.id, i.labels.get(k)?))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The ZOPA in one sentence, plus the binding constraints (those stay in English: the
/// analysis words them).
pub(crate) fn zopa_lines(a: &Analysis, lang: Lang) -> (String, Vec<String>) {
    let head = if a.agenda.issues.is_empty() {
        R::ZopaNoIssue.get(lang).to_owned()
    } else if a.zopa.exists {
        R::ZopaExists.fmt(
            lang,
            &[
                &a.acceptable_frontier.len(),
                &if a.thinned { R::Thinned.get(lang) } else { "" },
            ],
        )
    } else {
        R::ZopaNone.get(lang).to_owned()
    };
    (head, a.zopa_messages_in(lang))
}

/// The three bargaining points with their names.
pub(crate) fn named_points(
    a: &Analysis,
    lang: Lang,
) -> [(&'static str, Option<&crate::scoring::Point>); 3] {
    [
        (R::NashPoint.get(lang), a.nash.as_ref()),
        (R::KsPoint.get(lang), a.kalai_smorodinsky.as_ref()),
        (R::MaxJoint.get(lang), a.max_joint.as_ref()),
    ]
}

/// A changed issue described in one line: the fields that changed, with old → new for the
/// short ones.
pub(crate) fn change_text(c: &crate::diff::IssueChange, lang: Lang) -> String {
    use crate::diff::render::value_text;
    use crate::diff::{Detail, Kind as DiffKind};
    match c.kind {
        DiffKind::Added => match &c.likely_rename_of {
            Some(r) => R::AddedRename.fmt(lang, &[r]),
            None => R::Added.get(lang).to_owned(),
        },
        DiffKind::Removed => R::Removed.get(lang).to_owned(),
        DiffKind::Moved => R::Moved.get(lang).to_owned(),
        DiffKind::Changed => {
            let parts: Vec<String> = c
                .fields
                .iter()
                .map(|f| match &f.detail {
                    Detail::Number { .. } | Detail::Replaced => format!(
                        "{}: {} → {}",
                        f.field,
                        value_text(&f.old),
                        value_text(&f.new)
                    ),
                    Detail::Options(o) => {
                        let n = o.changes.len();
                        let entry = if n == 1 {
                            R::OptionChange
                        } else {
                            R::OptionChanges
                        };
                        let reordered = if o.reordered {
                            R::Reordered.get(lang)
                        } else {
                            ""
                        };
                        entry.fmt(lang, &[&n, &reordered])
                    }
                    Detail::Words(_) | Detail::List(_) => R::Edited.fmt(lang, &[&f.field]),
                })
                .collect();
            let mut s = if c.moved {
                R::ChangedMoved.get(lang).to_owned()
            } else {
                R::Changed.get(lang).to_owned()
            };
            s.push_str(&parts.join("; "));
            s
        }
    }
}

/// A concession in one line: target and walk-away moves, value changes, direction and worth.
pub(crate) fn concession_text(c: &crate::diff::Concession, other: &str, lang: Lang) -> String {
    let opt = |o: &Option<String>| {
        o.clone()
            .unwrap_or_else(|| R::NoneParen.get(lang).to_owned())
    };
    let mut parts = Vec::new();
    if let Some((a, b)) = &c.target {
        parts.push(R::TargetMove.fmt(lang, &[&opt(a), &opt(b)]));
    }
    if let Some((a, b)) = &c.walk_away {
        parts.push(R::WalkAwayMove.fmt(lang, &[&opt(a), &opt(b)]));
    }
    if c.values_changed {
        parts.push(R::ValuesChanged.get(lang).to_owned());
    }
    let dir = match c.direction {
        d if d > 0 => R::Toward.fmt(lang, &[&other]),
        d if d < 0 => R::AwayFrom.fmt(lang, &[&other]),
        _ => R::NoNetMove.get(lang).to_owned(),
    };
    parts.push(dir);
    if let Some(p) = c.other_points.filter(|p| p.abs() >= 0.05) {
        parts.push(R::OtherPoints.fmt(lang, &[&format!("{p:+.1}"), &other]));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests;
