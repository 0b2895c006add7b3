//! Position files, format v1: load (parse, then check), validate, canonical save.
//!
//! Loading happens in two stages, as `docs/format.md` describes: the text is parsed into the
//! raw on-disk structs of [`raw`], then [`check`] turns them into the trusted [`crate::model`]
//! types, collecting every semantic problem with the path of the offending field.
//!
//! The parser is Accord's own [`reader`]: one pass that records where every field and element
//! starts (so a problem's path becomes a line and column without a second pass) and keeps the
//! comments ([`crate::comments`]). It reads exactly what serde/ron reads, or declines; on a
//! declined text (every syntax error, and rare spellings such as `1_000` or `r#party`)
//! serde/ron decide and word the refusal, and [`locate`] finds problems in the text.
//! [`load_str_oracle`] is that serde/ron path alone, the reader's test oracle.

pub mod conflict;
mod error;
pub mod locate;
mod raw;
mod reader;
mod save;

use std::path::Path;

pub use error::{Diagnostic, LoadError, Pos, SaveError};
pub use locate::{FieldPath, Seg};
/// The canonical writer's text and number literals, for writers that must match it (merge).
pub(crate) use save::{number as write_number, string as write_string};
pub use save::{save_atomic, to_canonical_string, write_atomic};

use crate::model::{Choice, FIRST_FORMAT, FORMAT_VERSION, Issue, Position};
use raw::{RawIssue, RawPosition};

/// Files larger than this are refused before parsing (a 10,000-issue file is about 8 MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest bracket nesting the parser accepts (a valid file needs 4).
pub const MAX_NESTING: usize = 32;
/// Largest weight accepted: weights are relative, so this bounds sums without restricting use.
pub const MAX_WEIGHT: f64 = 1_000_000.0;
/// At most this many semantic problems are reported per file (the rest are counted).
const MAX_PROBLEMS: usize = 50;

/// A semantic problem in a position, located by field path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The offending field.
    pub path: FieldPath,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub hint: String,
    /// Point at the field's name rather than its value (for missing or duplicated things).
    pub at_key: bool,
}

impl Problem {
    fn new(path: FieldPath, message: String, hint: &str) -> Self {
        Problem {
            path,
            message,
            hint: hint.to_owned(),
            at_key: false,
        }
    }
}

/// Read and check a position file.
pub fn load_file(path: &Path) -> Result<Position, LoadError> {
    let name = path.display().to_string();
    let io_err = |e: std::io::Error, what: &str| {
        LoadError::single(
            &name,
            None,
            format!("cannot {what}: {e}"),
            "check that the file exists and that you may read it",
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| io_err(e, "open the file"))?;
    if meta.is_dir() {
        return Err(LoadError::single(
            &name,
            None,
            "is a folder, not a position file".into(),
            "pick a .ron position file",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(&name, meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|e| io_err(e, "read the file"))?;
    load_bytes(&name, &bytes)
}

fn too_big(name: &str, len: u64) -> LoadError {
    LoadError::single(
        name,
        Some(Pos { line: 1, col: 1 }),
        format!(
            "file is {:.1} MB, over the {} MB limit for position files",
            len as f64 / 1e6,
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        "this is not a position file, or it should be split into smaller ones",
    )
}

/// Check bytes as a position file; `name` is used in messages.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Position, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(name, bytes.len() as u64));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction; fall back to the start if not.
            let pos = std::str::from_utf8(valid)
                .map(|v| Pos::of_offset(v, v.len()))
                .unwrap_or(Pos { line: 1, col: 1 });
            return Err(LoadError::single(
                name,
                Some(pos),
                "the file is not UTF-8 text".into(),
                "save it as UTF-8 (Korean text included): most editors offer it under \
                 \"Save with encoding\"",
            ));
        }
    };
    load_str(name, text)
}

/// Check text as a position file; `name` is used in messages.
pub fn load_str(name: &str, text: &str) -> Result<Position, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(err) = prelude(name, text) {
        return Err(err);
    }
    // Accord's reader first: one pass, offsets recorded, comments kept. It declines whatever
    // it is not certain to read exactly as ron does (every syntax error among it), and ron
    // then decides and words the refusal.
    if let Some(read) = reader::read(text) {
        let (position, problems) = check(read.raw, Some(read.issues));
        if problems.is_empty()
            && let Some(mut p) = position
        {
            p.comments = read.comments;
            return Ok(p);
        }
        return Err(locate_problems(name, text, problems, |path| {
            read.spans.locate(path)
        }));
    }
    load_with_ron(name, text)
}

/// The serde/ron path of [`load_str`], after its checks of size, emptiness and conflict
/// markers: what decides (and words) every refusal the reader declines, and the oracle that
/// the reader is tested against.
fn load_with_ron(name: &str, text: &str) -> Result<Position, LoadError> {
    let opts = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    let raw: RawPosition = match opts.from_str(text) {
        Ok(r) => r,
        Err(e) => {
            if let Some(err) = newer_format(name, text) {
                return Err(err);
            }
            if let Some(at) = locate::too_deep(text, MAX_NESTING) {
                return Err(LoadError::single(
                    name,
                    Some(Pos::of_offset(text, at)),
                    format!(
                        "nesting too deep: brackets open more than {MAX_NESTING} levels deep here"
                    ),
                    "a position file nests 4 levels (file, issues, issue, options); \
                     check for stray `(` or `[`",
                ));
            }
            return Err(syntax_error(name, text, &e));
        }
    };
    let (position, problems) = check(raw, None);
    if problems.is_empty()
        && let Some(p) = position
    {
        return Ok(p);
    }
    Err(locate_problems(name, text, problems, |_| None))
}

/// [`load_str`] through serde/ron alone, without Accord's reader (and so without comments):
/// the oracle of the reader's tests.
#[doc(hidden)]
pub fn load_str_oracle(name: &str, text: &str) -> Result<Position, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match prelude(name, text) {
        Some(err) => Err(err),
        None => load_with_ron(name, text),
    }
}

/// Whether Accord's reader reads `text` itself (`false`: it declines and ron decides).
#[doc(hidden)]
pub fn reader_reads(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    reader::read(text).is_some()
}

/// Whether serde/ron parses `text` into the raw structs (whatever the checks say after).
#[doc(hidden)]
pub fn ron_parses(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
        .from_str::<RawPosition>(text)
        .is_ok()
}

/// The refusals decided before parsing: too big, empty, merge-conflict markers.
fn prelude(name: &str, text: &str) -> Option<LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Some(too_big(name, text.len() as u64));
    }
    if is_blank(text) {
        return Some(LoadError::single(
            name,
            Some(Pos::of_offset(text, text.len())),
            "the file is empty".into(),
            "a position file starts with `(format: 1, party: \"…\", issues: [ … ])`; \
             see docs/format.md",
        ));
    }
    // Conflict markers first: git's (or `accord merge`'s) markers would otherwise be reported
    // as a syntax error at the first `<`, with no word about the conflict or the way back.
    conflict::refusal(name, text)
}

/// Whether the text holds nothing but whitespace and comments.
fn is_blank(text: &str) -> bool {
    locate::locate(text, &[]).is_some_and(|l| l.value >= text.len())
}

/// A `format:` larger than ours, found by scanning (the rest of the file may use fields we do
/// not know, so this is checked before reporting any parse error).
fn newer_format(name: &str, text: &str) -> Option<LoadError> {
    let loc = locate::locate(text, &[Seg::Field("format")])?;
    let atom = locate::atom_at(text, loc.value)?;
    let v: u64 = atom.replace('_', "").parse().ok()?;
    (v > u64::from(FORMAT_VERSION)).then(|| newer_format_error(name, text, loc.value, v))
}

fn newer_format_error(name: &str, text: &str, offset: usize, v: u64) -> LoadError {
    LoadError::single(
        name,
        Some(Pos::of_offset(text, offset)),
        format!(
            "format {v} was written by a newer version of Accord (this one reads format {FORMAT_VERSION})"
        ),
        "update Accord to open this file; it was not changed",
    )
}

/// Turn a ron error into a user-facing diagnostic.
fn syntax_error(name: &str, text: &str, e: &ron::error::SpannedError) -> LoadError {
    use ron::Error as E;
    // ron reports where its cursor stood, which may be before the whitespace that precedes
    // the offending token: move forward to the token itself (not inside strings or at EOF).
    let start = offset_of(text, e.span.start.line, e.span.start.col);
    let pos = match &e.code {
        E::Eof | E::InvalidEscape(_) | E::ExpectedStringEnd | E::UnclosedBlockComment => {
            Pos::of_offset(text, start)
        }
        _ => Pos::of_offset(text, locate::next_token(text, start)),
    };
    let check_syntax = "check for a missing comma, quote or bracket at or just before this point";
    let (message, hint): (String, String) = match &e.code {
        E::Eof => (
            "unexpected end of file".into(),
            "the file looks truncated: check that every `(` and `[` is closed and every string ends with `\"`".into(),
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!(
                "unknown field `{found}`{}",
                outer.as_deref().map(|o| format!(" in {}", describe(o))).unwrap_or_default()
            ),
            format!(
                "check the spelling; the fields here are: {} (unknown fields are refused so that nothing is silently lost on save)",
                expected.join(", ")
            ),
        ),
        E::MissingStructField { field, outer } => (
            format!(
                "missing field `{field}`{}",
                outer.as_deref().map(|o| format!(" in {}", describe(o))).unwrap_or_default()
            ),
            format!("add `{field}: …` to this entry"),
        ),
        E::DuplicateStructField { field, outer } => (
            format!(
                "field `{field}` appears twice{}",
                outer.as_deref().map(|o| format!(" in {}", describe(o))).unwrap_or_default()
            ),
            "keep one of the two".into(),
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => (
            format!("`{found}` is not a valid choice here"),
            format!("use one of: {}", expected.join(", ")),
        ),
        E::ExceededRecursionLimit => (
            "nesting too deep".into(),
            format!(
                "a position file nests at most 4 levels; brackets nested over {MAX_NESTING} deep are refused"
            ),
        ),
        E::TrailingCharacters => (
            "unexpected text after the end of the position".into(),
            "a file holds one position `( … )`; remove what follows its closing `)`".into(),
        ),
        E::InvalidValueForType { expected, found } => (
            format!("expected {expected}, found {found}"),
            "text goes in double quotes, numbers without quotes, lists in [ ]".into(),
        ),
        E::Message(m) => (
            m.clone(),
            "text goes in double quotes, numbers without quotes, lists in [ ]".into(),
        ),
        E::ExpectedDifferentStructName { expected, found } => (
            format!("expected `{expected}(…)` or plain `(…)`, found `{found}(…)`"),
            "struct names are optional; remove the name or correct it".into(),
        ),
        E::ExpectedString | E::ExpectedStringEnd => (
            format!("{}", e.code),
            "text goes in double quotes: \"like this\"".into(),
        ),
        E::ExpectedFloat | E::ExpectedInteger | E::IntegerOutOfBounds => (
            format!("{}", e.code),
            "write a plain number such as 70 or 0.5, without quotes".into(),
        ),
        E::ExpectedArray => (
            format!("{}", e.code),
            "lists are written in square brackets: [ … ]".into(),
        ),
        E::UnclosedBlockComment => (
            "unclosed block comment".into(),
            "close the `/*` comment with `*/`".into(),
        ),
        E::InvalidEscape(_) => (
            format!("{}", e.code),
            "inside text, write \\\\ for a backslash and \\\" for a quote".into(),
        ),
        other => (format!("syntax error: {other}"), check_syntax.into()),
    };
    LoadError::single(name, Some(pos), message, &hint)
}

/// Byte offset of a 1-based line and character column (clamped to the text).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[start..];
    start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

fn describe(outer: &str) -> String {
    match outer {
        "Position" => "the position".into(),
        "Issue" => "an issue".into(),
        "Choice" => "an option".into(),
        o => format!("`{o}`"),
    }
}

/// Locate each problem: through `known` (the reader's recorded offsets) where it answers,
/// else by scanning the text.
fn locate_problems(
    name: &str,
    text: &str,
    mut problems: Vec<Problem>,
    known: impl Fn(&[Seg]) -> Option<locate::Located>,
) -> LoadError {
    let find = |segs: &[Seg]| known(segs).or_else(|| locate::locate(text, segs));
    let extra = problems.len().saturating_sub(MAX_PROBLEMS);
    problems.truncate(MAX_PROBLEMS);
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|p| {
            let loc = find(&p.path.0);
            let pos = loc
                .map(|l| Pos::of_offset(text, if p.at_key { l.key } else { l.value }))
                .or_else(|| {
                    // A missing field: point at the innermost enclosing thing that exists.
                    let mut segs = p.path.0.clone();
                    while !segs.is_empty() {
                        segs.pop();
                        if let Some(l) = find(&segs) {
                            return Some(Pos::of_offset(text, l.value));
                        }
                    }
                    None
                })
                .or(Some(Pos { line: 1, col: 1 }));
            Diagnostic {
                pos,
                message: p.message,
                hint: p.hint,
            }
        })
        .collect();
    diagnostics.sort_by_key(|d| d.pos);
    if extra > 0 {
        diagnostics.push(Diagnostic {
            pos: None,
            message: format!("… and {extra} more problems"),
            hint: "fix the ones above and check again".into(),
        });
    }
    LoadError {
        file: name.to_owned(),
        diagnostics,
    }
}

/// Stage two: raw structs to the model, plus every problem found. `issues`: the issues
/// already built by Accord's reader (an issue's raw form differs only by defaults that the
/// reader fills in itself), else those of `raw`.
fn check(raw: RawPosition, issues: Option<Vec<Issue>>) -> (Option<Position>, Vec<Problem>) {
    let root = FieldPath::root();
    let mut problems = Vec::new();
    match raw.format {
        None => problems.push(Problem {
            path: root.field("format"),
            message: "missing `format: 1`".into(),
            hint: "add `format: 1,` as the first field of the file".into(),
            at_key: false,
        }),
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            problems.push(Problem::new(
                root.field("format"),
                format!(
                    "format {v} was written by a newer version of Accord (this one reads format {FORMAT_VERSION})"
                ),
                "update Accord to open this file; it was not changed",
            ));
            return (None, problems);
        }
        Some(v) if v < u64::from(FIRST_FORMAT) => problems.push(Problem::new(
            root.field("format"),
            "format 0 does not exist".into(),
            "write `format: 1` (or `format: 2` when the file uses `shared` or `estimate`)",
        )),
        Some(_) => {}
    }
    let declared = raw.format.unwrap_or(u64::from(FIRST_FORMAT));
    let round = match raw.round {
        None => 1,
        Some(r) => match u32::try_from(r) {
            Ok(r) => r,
            Err(_) => {
                problems.push(Problem::new(
                    root.field("round"),
                    format!("round {r} is too large"),
                    "rounds count 1, 2, 3, …",
                ));
                1
            }
        },
    };
    let mut shared = None;
    if let Some(names) = &raw.shared {
        let mut set = crate::model::FieldSet::NONE;
        for (i, n) in names.iter().enumerate() {
            match crate::model::Field::from_name(n) {
                Some(f) => set = set.with(f, true),
                None => problems.push(Problem::new(
                    root.field("shared").index(i),
                    format!("`{n}` is not a field a position can share"),
                    &format!(
                        "use some of: {}",
                        crate::model::Field::ALL.map(|f| f.name()).join(", ")
                    ),
                )),
            }
        }
        shared = Some(set);
    }
    let position = Position {
        party: raw.party.unwrap_or_default(),
        party_name: raw.party_name,
        title: raw.title,
        round,
        as_of: raw.as_of,
        marking: raw.marking,
        batna: raw.batna,
        reservation: raw.reservation.unwrap_or(0.0),
        issues: issues.unwrap_or_else(|| raw.issues.into_iter().map(issue_from_raw).collect()),
        shared,
        reservation_low: raw.reservation_low,
        reservation_high: raw.reservation_high,
        estimate: raw.estimate,
        comments: Default::default(),
    };
    // A file must say it needs a newer reader: an older Accord would refuse the new fields as
    // unknown, with a message that does not say why. (Saving writes the right number itself.)
    let newer = position.features_beyond(u32::try_from(declared).unwrap_or(u32::MAX));
    if !newer.is_empty() {
        let need = position.required_format();
        problems.push(Problem::new(
            root.field("format"),
            format!(
                "this file says `format: {declared}` but uses {}, which need `format: {need}`",
                newer.join(" and ")
            ),
            &format!(
                "write `format: {need}` (older versions of Accord cannot read these fields), \
                 or remove them"
            ),
        ));
    }
    problems.extend(validate(&position));
    (Some(position), problems)
}

/// An issue from its raw form: a missing `id` is empty (reported as such), a missing
/// `weight` is 1. Accord's reader builds issues the same way ([`reader`]).
fn issue_from_raw(r: RawIssue) -> Issue {
    Issue {
        id: r.id.unwrap_or_default(),
        topic: r.topic,
        title: r.title,
        stance: r.stance,
        weight: r.weight.unwrap_or(1.0),
        options: r
            .options
            .into_iter()
            .map(|c| Choice {
                label: c.label,
                value: c.value,
                low: c.low,
                high: c.high,
            })
            .collect(),
        target: r.target,
        walk_away: r.walk_away,
        flexibility: r.flexibility,
        interests: r.interests,
        criteria: r.criteria,
        notes: r.notes,
        sources: r.sources,
        weight_low: r.weight_low,
        weight_high: r.weight_high,
    }
}

/// Every reason this position would be refused on load, by field path. Empty means valid.
/// The editor calls this after edits; the loader after parsing.
pub fn validate(p: &Position) -> Vec<Problem> {
    let mut out = header_problems(p);
    let issues = FieldPath::root().field("issues");
    let mut seen: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::with_capacity(p.issues.len());
    for (i, issue) in p.issues.iter().enumerate() {
        if !issue.id.trim().is_empty()
            && let Some(first) = seen.insert(issue.id.as_str(), i)
        {
            // Keep the first occurrence as the reference.
            seen.insert(issue.id.as_str(), first);
            out.push(Problem::new(
                issues.index(i).field("id"),
                format!(
                    "duplicate id \"{}\" (issue {} uses it too)",
                    issue.id,
                    first + 1
                ),
                "ids match issues across files and rounds, so each must be unique: rename one",
            ));
        }
        issue_problems(i, issue, &mut out);
    }
    out
}

/// Problems of the file header alone (party, round, date, reservation).
pub fn header_problems(p: &Position) -> Vec<Problem> {
    let root = FieldPath::root();
    let mut out = Vec::new();
    if p.party.trim().is_empty() {
        out.push(Problem::new(
            root.field("party"),
            "`party` is missing or empty".into(),
            "add the party's short code, e.g. `party: \"US\",`",
        ));
    }
    if p.round == 0 {
        out.push(Problem::new(
            root.field("round"),
            "`round` must be 1 or more".into(),
            "rounds count from 1",
        ));
    }
    if let Some(d) = &p.as_of
        && !is_iso_date(d)
    {
        out.push(Problem::new(
            root.field("as_of"),
            format!("`as_of` is not an ISO date: \"{d}\""),
            "write the date as YYYY-MM-DD, e.g. \"2024-03-15\"",
        ));
    }
    if !in_range(p.reservation) {
        out.push(Problem::new(
            root.field("reservation"),
            format!("`reservation` {} is outside 0–100", p.reservation),
            "the reservation is the overall score (0–100) of the no-deal alternative",
        ));
    }
    range_problems(
        &root,
        ("reservation", "reservation_low", "reservation_high"),
        p.reservation,
        (p.reservation_low, p.reservation_high),
        100.0,
        "a range says how sure you are of the reservation: \
         reservation_low ≤ reservation ≤ reservation_high, all within 0–100",
        &mut out,
    );
    out
}

/// Problems of the bounds of one uncertain number (format 2): each bound a number within
/// `0..=max`, and `low ≤ value ≤ high`. `names` are (value, low, high) field names.
fn range_problems(
    at: &FieldPath,
    names: (&'static str, &'static str, &'static str),
    value: f64,
    (low, high): (Option<f64>, Option<f64>),
    max: f64,
    hint: &str,
    out: &mut Vec<Problem>,
) {
    let (v, lo_name, hi_name) = names;
    let ok = |x: f64| x.is_finite() && (0.0..=max).contains(&x);
    let max_text = if max == 100.0 {
        "0–100".to_owned()
    } else {
        format!("0–{max}")
    };
    for (name, bound) in [(lo_name, low), (hi_name, high)] {
        if let Some(b) = bound
            && !ok(b)
        {
            out.push(Problem::new(
                at.field(name),
                format!("`{name}` {b} is outside {max_text}"),
                hint,
            ));
        }
    }
    if let Some(l) = low
        && ok(l)
        && l > value
    {
        out.push(Problem::new(
            at.field(lo_name),
            format!("`{lo_name}` {l} is above `{v}` {value}"),
            hint,
        ));
    }
    if let Some(h) = high
        && ok(h)
        && h < value
    {
        out.push(Problem::new(
            at.field(hi_name),
            format!("`{hi_name}` {h} is below `{v}` {value}"),
            hint,
        ));
    }
}

/// Problems of one issue (at index `i`) that do not depend on the other issues: everything but
/// duplicate ids. The editor re-checks only the issues an edit touched.
pub fn issue_problems(i: usize, issue: &Issue, out: &mut Vec<Problem>) {
    let issues = FieldPath::root().field("issues");
    // Paths are built only when a problem is reported: building them for every issue and
    // option (a few small allocations each) was most of the cost of checking a valid file.
    let ip = || issues.index(i);
    if issue.id.trim().is_empty() {
        out.push(Problem::new(
            ip().field("id"),
            format!("issue {} has no `id`", i + 1),
            "add `id: \"…\",`: a short key, unique in the file, that matches the issue across files and rounds",
        ));
    }
    if !issue.weight.is_finite() || issue.weight < 0.0 || issue.weight > MAX_WEIGHT {
        out.push(Problem::new(
            ip().field("weight"),
            format!("weight {} is not allowed", issue.weight),
            "weights are relative importance: a number from 0 (ignored) up to 1000000",
        ));
    }
    if issue.weight_low.is_some() || issue.weight_high.is_some() {
        range_problems(
            &ip(),
            ("weight", "weight_low", "weight_high"),
            issue.weight,
            (issue.weight_low, issue.weight_high),
            MAX_WEIGHT,
            "a range says how sure you are of the weight: \
             weight_low ≤ weight ≤ weight_high, all from 0 up to 1000000",
            out,
        );
    }
    let labels = Labels::new(&issue.options);
    for (k, c) in issue.options.iter().enumerate() {
        let cp = || ip().field("options").index(k);
        if c.label.trim().is_empty() {
            out.push(Problem::new(
                cp().field("label"),
                "empty option label".into(),
                "name the option, e.g. \"Status quo\"",
            ));
        } else if let Some(first) = labels.first(&c.label).filter(|&f| f < k) {
            out.push(Problem::new(
                cp().field("label"),
                format!(
                    "duplicate option label \"{}\" (option {} has it too)",
                    c.label,
                    first + 1
                ),
                "labels match options across files, so each must be unique within its issue",
            ));
        }
        if !in_range(c.value) {
            out.push(Problem::new(
                cp().field("value"),
                format!("value {} is outside 0–100", c.value),
                "values are the option's worth to this party, from 0 (worthless) to 100 (ideal)",
            ));
        }
        if c.low.is_some() || c.high.is_some() {
            range_problems(
                &cp(),
                ("value", "low", "high"),
                c.value,
                (c.low, c.high),
                100.0,
                "a range says how sure you are of the value: low ≤ value ≤ high, all within 0–100",
                out,
            );
        }
    }
    for (field, label) in [("target", &issue.target), ("walk_away", &issue.walk_away)] {
        if let Some(l) = label
            && (l.trim().is_empty() || labels.first(l).is_none())
        {
            let known: Vec<String> = issue
                .options
                .iter()
                .map(|c| format!("\"{}\"", c.label))
                .collect();
            out.push(Problem::new(
                ip().field(field),
                format!("`{field}` names \"{l}\", which is not an option of this issue"),
                &if known.is_empty() {
                    format!("add the option first, or remove `{field}`")
                } else {
                    format!("use one of the option labels: {}", known.join(", "))
                },
            ));
        }
    }
}

/// The option labels of one issue, to find the first option with a given label.
///
/// Issues have a handful of options, which a linear scan checks with no hashing and no
/// allocation; a long list (any file may hold one) gets a map, so checking never goes quadratic.
enum Labels<'a> {
    Few(&'a [Choice]),
    Many(std::collections::HashMap<&'a str, usize>),
}

impl<'a> Labels<'a> {
    /// Up to this many options are scanned linearly.
    const LINEAR: usize = 16;

    fn new(options: &'a [Choice]) -> Self {
        if options.len() <= Self::LINEAR {
            return Labels::Few(options);
        }
        let mut map = std::collections::HashMap::with_capacity(options.len());
        for (k, c) in options.iter().enumerate() {
            map.entry(c.label.as_str()).or_insert(k);
        }
        Labels::Many(map)
    }

    /// Index of the first option labelled `label`.
    fn first(&self, label: &str) -> Option<usize> {
        match self {
            Labels::Few(options) => options.iter().position(|c| c.label == label),
            Labels::Many(map) => map.get(label).copied(),
        }
    }
}

fn in_range(v: f64) -> bool {
    v.is_finite() && (0.0..=100.0).contains(&v)
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
