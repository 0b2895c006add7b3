//! Accord's own reader of position files: one pass over the text that builds the raw structs,
//! records where every field and element starts (so check problems are located without a
//! second pass) and keeps the comments attached to what they precede.
//!
//! It reads exactly the RON that ron 0.12 (with `implicit_some`) reads into [`RawPosition`],
//! or declines: on any text it is not certain to read as ron does (a syntax error, an unknown
//! or duplicated field, a number with `_` or a suffix, `\x` escapes, raw identifiers,
//! attributes `#![…]`, exotic whitespace) it returns `None`, and the loader asks serde/ron,
//! which then decides and words the error. Accepted text therefore loads to what ron would
//! give; the property test `tests/reader_props.rs` checks it against ron on generated layouts,
//! mutations and the fuzz seeds. Declining is only ever slower, never different.

use memchr::{memchr, memchr2};

use super::locate::{Located, Seg};
use super::raw::RawPosition;
use crate::comments::{self, Attached, Comment, Comments, IssueComments};
use crate::model::{Choice, Flexibility, Issue};

/// Top-level fields, in `RawPosition` order (indices into [`Spans::top`]).
const TOP: [&str; 14] = [
    "format",
    "party",
    "party_name",
    "title",
    "round",
    "as_of",
    "marking",
    "batna",
    "reservation",
    "issues",
    "reservation_low",
    "reservation_high",
    "estimate",
    "shared",
];
/// Issue fields, in `RawIssue` order.
const ISSUE: [&str; 15] = [
    "id",
    "topic",
    "title",
    "stance",
    "weight",
    "options",
    "target",
    "walk_away",
    "flexibility",
    "interests",
    "criteria",
    "notes",
    "sources",
    "weight_low",
    "weight_high",
];
/// Option fields, in `RawChoice` order.
const CHOICE: [&str; 4] = ["label", "value", "low", "high"];

/// Index of a field name in [`TOP`] (a `match`: faster than a scan on every key).
fn top_index(name: &str) -> Option<usize> {
    Some(match name {
        "format" => 0,
        "party" => 1,
        "party_name" => 2,
        "title" => 3,
        "round" => 4,
        "as_of" => 5,
        "marking" => 6,
        "batna" => 7,
        "reservation" => 8,
        "issues" => 9,
        "reservation_low" => 10,
        "reservation_high" => 11,
        "estimate" => 12,
        "shared" => 13,
        _ => return None,
    })
}

/// Index of a field name in [`ISSUE`].
fn issue_index(name: &str) -> Option<usize> {
    Some(match name {
        "id" => 0,
        "topic" => 1,
        "title" => 2,
        "stance" => 3,
        "weight" => 4,
        "options" => 5,
        "target" => 6,
        "walk_away" => 7,
        "flexibility" => 8,
        "interests" => 9,
        "criteria" => 10,
        "notes" => 11,
        "sources" => 12,
        "weight_low" => 13,
        "weight_high" => 14,
        _ => return None,
    })
}

/// Index of a field name in [`CHOICE`].
fn choice_index(name: &str) -> Option<usize> {
    Some(match name {
        "label" => 0,
        "value" => 1,
        "low" => 2,
        "high" => 3,
        _ => return None,
    })
}

/// A recorded field position: the name and the value (`u32::MAX`: not in the file).
#[derive(Debug, Clone, Copy)]
struct Loc {
    key: u32,
    value: u32,
}

const ABSENT: Loc = Loc {
    key: u32::MAX,
    value: u32::MAX,
};

impl Loc {
    fn get(self) -> Option<Located> {
        (self.key != u32::MAX).then_some(Located {
            key: self.key as usize,
            value: self.value as usize,
        })
    }
}

#[derive(Debug)]
struct IssueSpan {
    at: u32,
    fields: [Loc; ISSUE.len()],
    /// Range of this issue's options in [`Spans::options`].
    options: (u32, u32),
}

#[derive(Debug)]
struct ChoiceSpan {
    at: u32,
    fields: [Loc; CHOICE.len()],
}

/// Where each field and element of a read file starts, by the paths the checker reports.
#[derive(Debug)]
pub(crate) struct Spans {
    root: u32,
    top: [Loc; TOP.len()],
    /// Starts of the `shared` items (empty when written inside `Some(…)`, as the text scan
    /// of [`super::locate`] cannot enter it either).
    shared: Vec<u32>,
    issues: Vec<IssueSpan>,
    options: Vec<ChoiceSpan>,
}

impl Spans {
    /// The offsets of `path`, as [`super::locate::locate`] finds them in the same text;
    /// `None` when the path is not in the file or is one these spans do not record (the
    /// caller then scans the text).
    pub(crate) fn locate(&self, path: &[Seg]) -> Option<Located> {
        let at = |o: u32| {
            Some(Located {
                key: o as usize,
                value: o as usize,
            })
        };
        let top = |f: &str| TOP.iter().position(|n| *n == f);
        let issue = |f: &str| ISSUE.iter().position(|n| *n == f);
        let choice = |f: &str| CHOICE.iter().position(|n| *n == f);
        match path {
            [] => at(self.root),
            [Seg::Field(f)] => self.top[top(f)?].get(),
            [Seg::Field("shared"), Seg::Index(k)] => at(*self.shared.get(*k)?),
            [Seg::Field("issues"), Seg::Index(i), rest @ ..] => {
                let is = self.issues.get(*i)?;
                match rest {
                    [] => at(is.at),
                    [Seg::Field(f)] => is.fields[issue(f)?].get(),
                    [Seg::Field("options"), Seg::Index(k), rest @ ..] => {
                        let (lo, hi) = is.options;
                        let k = lo.checked_add(u32::try_from(*k).ok()?)?;
                        let cs = self.options.get(k as usize).filter(|_| k < hi)?;
                        match rest {
                            [] => at(cs.at),
                            [Seg::Field(f)] => cs.fields[choice(f)?].get(),
                            _ => None,
                        }
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// What a successful read gives.
#[derive(Debug)]
pub(crate) struct Read {
    /// The header; its `issues` are left empty (see `issues`).
    pub raw: RawPosition,
    /// The issues, built directly (as `issue_from_raw` would build them from raw ones).
    pub issues: Vec<Issue>,
    pub spans: Spans,
    pub comments: Comments,
}

/// Read `text` (no byte-order mark), or decline with `None` (then ask serde/ron).
pub(crate) fn read(text: &str) -> Option<Read> {
    if text.len() >= u32::MAX as usize {
        return None;
    }
    let mut r = Reader {
        s: text,
        b: text.as_bytes(),
        i: 0,
        notes: Vec::new(),
        pending: Vec::new(),
        prev: None,
        last_end: 0,
        line: (0, 1),
        spans: Spans {
            root: 0,
            top: [ABSENT; TOP.len()],
            shared: Vec::new(),
            issues: Vec::new(),
            options: Vec::new(),
        },
    };
    let (raw, issues) = r.position()?;
    let comments = r.comments(&raw, &issues);
    Some(Read {
        raw,
        issues,
        spans: r.spans,
        comments,
    })
}

/// What a comment is attached to while reading (issue and option by index: ids and labels
/// are known only once their struct has been read).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    Head,
    Tail,
    End,
    Field(usize),
    SharedItem(usize),
    ListEnd(usize),
    Issue(usize),
    IssueEnd(usize),
    IssueField(usize, usize),
    Choice(usize, usize),
    Item(usize, usize, usize),
    IssueListEnd(usize, usize),
}

#[derive(Debug)]
struct Note {
    slot: Slot,
    after: bool,
    start: usize,
    end: usize,
    line: u32,
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// Comments read, with their slot.
    notes: Vec<Note>,
    /// Comments waiting for the next slot to start: (start, end, line).
    pending: Vec<(usize, usize, u32)>,
    /// The slot that ended last at `last_end`: a comment on the same line goes after it.
    prev: Option<Slot>,
    last_end: usize,
    /// (offset, line) of the last comment's line count, to number lines incrementally.
    line: (usize, u32),
    spans: Spans,
}

/// Byte classes: whitespace ron and the locator both skip, identifier bytes, the rest.
const SPACE: u8 = 1;
const IDENT: u8 = 2;
static BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if matches!(b, b' ' | b'\n' | b'\t' | b'\r' | 0x0C) {
            SPACE
        } else if b.is_ascii_alphanumeric() || b == b'_' {
            IDENT
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The offset of the first byte at or after `i` that is not plain whitespace. Eight bytes at
/// a time without a branch per byte: runs of spaces and line breaks of random length (any
/// layout but the canonical one) would otherwise cost a mispredicted branch each.
#[inline(always)]
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = b.get(i..i + 8) {
        let mut mask = 0u32;
        for (k, &c) in w.iter().enumerate() {
            mask |= u32::from(BYTE[c as usize] == SPACE) << k;
        }
        let run = (!mask).trailing_zeros() as usize;
        i += run;
        if run < 8 {
            return i;
        }
    }
    while i < b.len() && BYTE[b[i] as usize] == SPACE {
        i += 1;
    }
    i
}

#[inline]
fn is_ident_byte(c: u8) -> bool {
    BYTE[c as usize] == IDENT
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn at(&self) -> u32 {
        self.i as u32
    }

    /// Skip whitespace and comments as ron does. Declines on whitespace the locator does not
    /// skip (vertical tab) or outside ASCII, and on a broken comment.
    #[inline(always)]
    fn ws(&mut self) -> Option<()> {
        let b = self.b;
        let i = skip_spaces(b, self.i);
        self.i = i;
        match b.get(i) {
            Some(&c) if c == b'/' || c == 0x0B || c >= 0x80 => self.ws_slow(),
            _ => Some(()),
        }
    }

    /// The rest of [`Self::ws`]: comments, and what ron skips that this reader declines.
    fn ws_slow(&mut self) -> Option<()> {
        loop {
            while let Some(c) = self.peek() {
                match c {
                    b' ' | b'\n' | b'\t' | b'\r' | 0x0C => self.i += 1,
                    _ => break,
                }
            }
            match self.peek() {
                Some(b'/') => self.comment()?,
                Some(0x0B) => return None,
                Some(c) if c >= 0x80 => {
                    let ch = self.s.get(self.i..)?.chars().next()?;
                    if matches!(
                        ch,
                        '\u{85}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
                    ) {
                        return None;
                    }
                    return Some(());
                }
                _ => return Some(()),
            }
        }
    }

    fn comment(&mut self) -> Option<()> {
        let start = self.i;
        match self.b.get(start + 1) {
            Some(b'/') => {
                self.i = memchr(b'\n', &self.b[start..]).map_or(self.b.len(), |k| start + k);
            }
            Some(b'*') => {
                let mut level = 1usize;
                let mut j = start + 2;
                while level > 0 {
                    let k = j + memchr2(b'/', b'*', self.b.get(j..)?)?;
                    let rest = &self.b[k..];
                    if rest.starts_with(b"/*") {
                        level += 1;
                        j = k + 2;
                    } else if rest.starts_with(b"*/") {
                        level -= 1;
                        j = k + 2;
                    } else {
                        j = k + 1;
                    }
                }
                self.i = j;
            }
            _ => return None,
        }
        let end = self.i;
        let (from, mut line) = self.line;
        line += memchr::memchr_iter(b'\n', &self.b[from..start]).count() as u32;
        self.line = (start, line);
        let same_line = self.prev.is_some()
            && self.last_end <= start
            && memchr(b'\n', &self.b[self.last_end..start]).is_none();
        match self.prev {
            Some(slot) if same_line => self.notes.push(Note {
                slot,
                after: true,
                start,
                end,
                line,
            }),
            _ => self.pending.push((start, end, line)),
        }
        Some(())
    }

    /// The comments waiting so far go before `slot`.
    #[inline]
    fn attach(&mut self, slot: Slot) {
        if self.pending.is_empty() {
            return;
        }
        for (start, end, line) in self.pending.drain(..) {
            self.notes.push(Note {
                slot,
                after: false,
                start,
                end,
                line,
            });
        }
    }

    /// `slot` ended here (after its comma): a comment on the rest of the line follows it.
    fn ended(&mut self, slot: Slot) {
        self.prev = Some(slot);
        self.last_end = self.i;
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// An identifier as ron reads one, if it is plain ASCII; `None` otherwise (raw
    /// identifiers, non-ASCII or `-`/`.`/`+` continuations, which ron words differently).
    #[inline]
    fn ident(&mut self) -> Option<&str> {
        let start = self.i;
        let first = self.peek()?;
        if !(first.is_ascii_alphabetic() || first == b'_') {
            return None;
        }
        let mut j = start + 1;
        while j < self.b.len() && is_ident_byte(self.b[j]) {
            j += 1;
        }
        if let Some(&c) = self.b.get(j)
            && (c >= 0x80 || matches!(c, b'#' | b'"' | b'\'' | b'.' | b'+' | b'-'))
        {
            return None;
        }
        self.i = j;
        Some(&self.s[start..j])
    }

    /// Whether a keyword (`None`, `true`, …) is next, as a whole word; consumed if so.
    fn keyword(&mut self, word: &str) -> bool {
        let end = self.i + word.len();
        if self.b.get(self.i..end) == Some(word.as_bytes())
            && self
                .b
                .get(end)
                .is_none_or(|&c| !is_ident_byte(c) && c < 0x80)
        {
            self.i = end;
            true
        } else {
            false
        }
    }

    /// An optional struct name (which must be `name`), then `(`.
    fn open_struct(&mut self, name: &str) -> Option<()> {
        if self.peek().is_some_and(|c| c != b'(') {
            if self.ident()? != name {
                return None;
            }
            self.ws()?;
        }
        self.eat(b'(').then_some(())
    }

    /// After a value: whitespace, then a comma or the terminator. Returns whether the comma
    /// was there (the terminator itself is left for the caller).
    #[inline(always)]
    fn comma(&mut self) -> Option<bool> {
        self.ws()?;
        Some(self.eat(b','))
    }

    /// The start of the next element or field, or `None` at the terminator `close`.
    #[inline(always)]
    fn next_item(&mut self, had_comma: bool, close: u8) -> Option<Option<()>> {
        self.ws()?;
        match self.peek() {
            Some(c) if c == close => Some(None),
            Some(_) if had_comma => Some(Some(())),
            _ => None,
        }
    }

    fn string(&mut self) -> Option<String> {
        match self.peek()? {
            b'"' => {
                self.i += 1;
                let start = self.i;
                let k = memchr2(b'"', b'\\', &self.b[start..])?;
                if self.b[start + k] == b'"' {
                    self.i = start + k + 1;
                    return Some(self.s[start..start + k].to_owned());
                }
                let mut out = String::with_capacity(k + 16);
                out.push_str(&self.s[start..start + k]);
                self.i = start + k;
                loop {
                    // At a backslash.
                    let c = *self.b.get(self.i + 1)?;
                    self.i += 2;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'\'' => out.push('\''),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'0' => out.push('\0'),
                        b'u' => {
                            if !self.eat(b'{') {
                                return None;
                            }
                            let digits = self.b.get(self.i..)?;
                            let n = digits.iter().take(7).position(|&d| d == b'}')?;
                            if n == 0 {
                                return None;
                            }
                            let hex = std::str::from_utf8(&digits[..n]).ok()?;
                            if !hex.bytes().all(|d| d.is_ascii_hexdigit()) {
                                return None;
                            }
                            out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
                            self.i += n + 1;
                        }
                        _ => return None,
                    }
                    let from = self.i;
                    let k = memchr2(b'"', b'\\', self.b.get(from..)?)?;
                    out.push_str(&self.s[from..from + k]);
                    self.i = from + k;
                    if self.b[self.i] == b'"' {
                        self.i += 1;
                        return Some(out);
                    }
                }
            }
            b'r' => {
                let mut j = self.i + 1;
                while self.b.get(j) == Some(&b'#') {
                    j += 1;
                }
                let hashes = j - self.i - 1;
                if self.b.get(j) != Some(&b'"') {
                    return None;
                }
                let start = j + 1;
                let mut from = start;
                loop {
                    let k = from + memchr(b'"', self.b.get(from..)?)?;
                    let close = k + 1 + hashes;
                    if self
                        .b
                        .get(k + 1..close)
                        .is_some_and(|h| h.iter().all(|&c| c == b'#'))
                    {
                        self.i = close;
                        return Some(self.s.get(start..k)?.to_owned());
                    }
                    from = k + 1;
                }
            }
            _ => None,
        }
    }

    /// A whole number in plain decimal digits (anything else is left to ron).
    fn integer(&mut self) -> Option<u64> {
        let start = self.i;
        let mut v: u64 = 0;
        while let Some(c) = self.peek().filter(u8::is_ascii_digit) {
            v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            self.i += 1;
        }
        if self.i == start || self.peek().is_some_and(|c| is_ident_byte(c) || c == b'.') {
            return None;
        }
        Some(v)
    }

    /// A number as ron's float reader takes it: the run of `0-9 e E . + - _`, parsed by the
    /// standard library (no `_`, no `..`, no suffix: those are left to ron).
    fn float(&mut self) -> Option<f64> {
        let start = self.i;
        let mut j = start;
        while j < self.b.len()
            && (self.b[j].is_ascii_digit() || matches!(self.b[j], b'e' | b'E' | b'.' | b'+' | b'-'))
        {
            j += 1;
        }
        if j == start || matches!(self.b.get(j), Some(b'_' | b'f')) {
            return None;
        }
        let run = &self.s[start..j];
        if run.contains("..") {
            return None;
        }
        let v = run.parse::<f64>().ok()?;
        self.i = j;
        Some(v)
    }

    /// `None`, `Some(v)` or (implicit `Some`) `v`.
    fn option<T>(&mut self, value: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.keyword("None") {
            return Some(None);
        }
        if self.keyword("Some") {
            self.ws()?;
            if !self.eat(b'(') {
                return None;
            }
            self.ws()?;
            let v = value(self)?;
            self.comma()?;
            self.ws()?;
            return self.eat(b')').then_some(Some(v));
        }
        value(self).map(Some)
    }

    /// `[ item, … ]`; `each(reader, index)` reads one item at the reader's position.
    fn list<T>(
        &mut self,
        each: impl FnMut(&mut Self, usize) -> Option<T>,
        item: impl Fn(usize) -> Slot,
        end: Slot,
    ) -> Option<Vec<T>> {
        self.list_with(Vec::new(), each, item, end)
    }

    /// [`Self::list`] into `out` (given with the capacity it will likely need).
    fn list_with<T>(
        &mut self,
        mut out: Vec<T>,
        mut each: impl FnMut(&mut Self, usize) -> Option<T>,
        item: impl Fn(usize) -> Slot,
        end: Slot,
    ) -> Option<Vec<T>> {
        if !self.eat(b'[') {
            return None;
        }
        self.prev = None;
        let mut had_comma = true;
        while self.next_item(had_comma, b']')?.is_some() {
            let k = out.len();
            self.attach(item(k));
            out.push(each(self, k)?);
            had_comma = self.comma()?;
            self.attach(item(k));
            self.ended(item(k));
        }
        self.attach(end);
        self.i += 1; // the `]`
        Some(out)
    }

    fn text_list(&mut self, item: impl Fn(usize) -> Slot, end: Slot) -> Option<Vec<String>> {
        self.list(|r, _| r.string(), item, end)
    }

    /// The fields of a struct up to its `)`: `field(reader, index of the name in names)`
    /// reads one value. Declines on an unknown or repeated field.
    fn fields(
        &mut self,
        index: fn(&str) -> Option<usize>,
        locs: &mut [Loc],
        slot: impl Fn(usize) -> Slot,
        end: Slot,
        mut field: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<()> {
        self.prev = None;
        let mut seen = 0u32;
        let mut had_comma = true;
        while self.next_item(had_comma, b')')?.is_some() {
            let key = self.at();
            let name = self.ident()?;
            let f = index(name)?;
            if seen & (1 << f) != 0 {
                return None;
            }
            seen |= 1 << f;
            self.attach(slot(f));
            self.ws()?;
            if !self.eat(b':') {
                return None;
            }
            self.ws()?;
            locs[f] = Loc {
                key,
                value: self.at(),
            };
            field(self, f)?;
            had_comma = self.comma()?;
            self.attach(slot(f));
            if slot(f) != end {
                self.ended(slot(f));
            }
        }
        self.attach(end);
        self.i += 1; // the `)`
        Some(())
    }

    fn position(&mut self) -> Option<(RawPosition, Vec<Issue>)> {
        self.ws()?;
        self.attach(Slot::Head);
        if self.peek() == Some(b'#') {
            return None; // attributes: ron's business
        }
        self.spans.root = self.at();
        self.open_struct("Position")?;
        let mut p = RawPosition {
            format: None,
            party: None,
            party_name: String::new(),
            title: String::new(),
            round: None,
            as_of: None,
            marking: None,
            batna: String::new(),
            reservation: None,
            issues: Vec::new(),
            reservation_low: None,
            reservation_high: None,
            estimate: false,
            shared: None,
        };
        // About 600 bytes an issue in most layouts: reserve once rather than regrow.
        let guess = (self.b.len() / 700).min(1 << 16);
        let mut issues = Vec::new();
        self.spans.issues.reserve(guess);
        self.spans.options.reserve(guess * 4);
        let mut locs = [ABSENT; TOP.len()];
        self.fields(top_index, &mut locs, Slot::Field, Slot::End, |r, f| {
            match f {
                0 => p.format = r.option(Reader::integer)?,
                1 => p.party = r.option(Reader::string)?,
                2 => p.party_name = r.string()?,
                3 => p.title = r.string()?,
                4 => p.round = r.option(Reader::integer)?,
                5 => p.as_of = r.option(Reader::string)?,
                6 => p.marking = r.option(Reader::string)?,
                7 => p.batna = r.string()?,
                8 => p.reservation = r.option(Reader::float)?,
                9 => {
                    issues = r.list_with(
                        Vec::with_capacity(guess),
                        Reader::issue,
                        Slot::Issue,
                        Slot::ListEnd(9),
                    )?;
                }
                10 => p.reservation_low = r.option(Reader::float)?,
                11 => p.reservation_high = r.option(Reader::float)?,
                12 => {
                    p.estimate = if r.keyword("true") {
                        true
                    } else if r.keyword("false") {
                        false
                    } else {
                        return None;
                    }
                }
                _ => {
                    let explicit = r.b[r.i..].starts_with(b"Some");
                    p.shared = r.option(|r| {
                        r.list(
                            |r, _| {
                                let at = r.at();
                                r.spans.shared.push(at);
                                r.string()
                            },
                            Slot::SharedItem,
                            Slot::ListEnd(13),
                        )
                    })?;
                    if explicit {
                        // The text scan cannot enter `Some(…)`: point where it points.
                        r.spans.shared.clear();
                    }
                }
            }
            Some(())
        })?;
        self.spans.top = locs;
        self.prev = None;
        self.ws()?;
        self.attach(Slot::Tail);
        (self.i == self.b.len()).then_some((p, issues))
    }

    /// One element of `issues`, the `i`-th.
    fn issue(&mut self, i: usize) -> Option<Issue> {
        let at = self.at();
        self.open_struct("Issue")?;
        let mut issue = Issue::default();
        let mut locs = [ABSENT; ISSUE.len()];
        let first_option = self.spans.options.len() as u32;
        self.fields(
            issue_index,
            &mut locs,
            |f| Slot::IssueField(i, f),
            Slot::IssueEnd(i),
            |r, f| {
                match f {
                    0 => issue.id = r.option(Reader::string)?.unwrap_or_default(),
                    1 => issue.topic = r.string()?,
                    2 => issue.title = r.string()?,
                    3 => issue.stance = r.string()?,
                    4 => issue.weight = r.option(Reader::float)?.unwrap_or(1.0),
                    5 => {
                        // A repeated `options` is refused by `fields`, so the spans of this
                        // issue's options are the ones pushed from here on.
                        issue.options = r.list(
                            |r, k| r.choice(i, k),
                            |k| Slot::Choice(i, k),
                            Slot::IssueListEnd(i, 5),
                        )?;
                    }
                    6 => issue.target = r.option(Reader::string)?,
                    7 => issue.walk_away = r.option(Reader::string)?,
                    8 => {
                        issue.flexibility = match r.ident()? {
                            "Firm" => Flexibility::Firm,
                            "Flexible" => Flexibility::Flexible,
                            "Open" => Flexibility::Open,
                            _ => return None,
                        }
                    }
                    9 => {
                        issue.interests =
                            r.text_list(|k| Slot::Item(i, 9, k), Slot::IssueListEnd(i, 9))?;
                    }
                    10 => {
                        issue.criteria =
                            r.text_list(|k| Slot::Item(i, 10, k), Slot::IssueListEnd(i, 10))?;
                    }
                    11 => issue.notes = r.string()?,
                    12 => {
                        issue.sources =
                            r.text_list(|k| Slot::Item(i, 12, k), Slot::IssueListEnd(i, 12))?;
                    }
                    13 => issue.weight_low = r.option(Reader::float)?,
                    _ => issue.weight_high = r.option(Reader::float)?,
                }
                Some(())
            },
        )?;
        self.spans.issues.push(IssueSpan {
            at,
            fields: locs,
            options: (first_option, self.spans.options.len() as u32),
        });
        Some(issue)
    }

    fn choice(&mut self, i: usize, k: usize) -> Option<Choice> {
        let at = self.at();
        self.open_struct("Choice")?;
        let (mut label, mut value, mut low, mut high) = (None, None, None, None);
        let mut locs = [ABSENT; CHOICE.len()];
        // Comments inside an option all go before the option's line (`fields` gives a
        // struct whose fields share its end slot no end-of-line comments).
        let slot = Slot::Choice(i, k);
        self.fields(
            choice_index,
            &mut locs,
            |_| slot,
            slot,
            |r, f| {
                match f {
                    0 => label = Some(r.string()?),
                    1 => value = Some(r.float()?),
                    2 => low = r.option(Reader::float)?,
                    _ => high = r.option(Reader::float)?,
                }
                Some(())
            },
        )?;
        self.prev = None;
        self.spans.options.push(ChoiceSpan { at, fields: locs });
        Some(Choice {
            label: label?,
            value: value?,
            low,
            high,
        })
    }

    /// Turn the comments read into anchors, now that ids, labels and items are known.
    fn comments(&mut self, raw: &RawPosition, issues: &[Issue]) -> Comments {
        let mut c = Comments::default();
        if self.notes.is_empty() {
            return c;
        }
        for n in std::mem::take(&mut self.notes) {
            let text = self.s[n.start..n.end].trim_end_matches('\r').to_owned();
            let comment = Comment { text, line: n.line };
            match n.slot {
                Slot::Head => {
                    c.head.push(comment);
                    continue;
                }
                Slot::Tail => {
                    c.tail.push(comment);
                    continue;
                }
                _ => {}
            }
            let after = n.after;
            let push = move |a: &mut Attached| {
                // Nothing can follow a line comment on its line: a second one (equal list
                // items share their comments) goes before instead.
                if after && !a.after.last().is_some_and(|m| m.text.starts_with("//")) {
                    a.after.push(comment);
                } else {
                    a.before.push(comment);
                }
            };
            let id =
                |i: usize| -> String { issues.get(i).map(|x| x.id.clone()).unwrap_or_default() };
            match n.slot {
                Slot::Head | Slot::Tail => {}
                Slot::End => push(&mut c.end),
                Slot::Field(f) => push(comments::entry(&mut c.fields, &TOP[f])),
                Slot::ListEnd(f) => push(comments::entry(&mut c.list_end, &TOP[f])),
                Slot::SharedItem(k) => {
                    let name = raw
                        .shared
                        .as_ref()
                        .and_then(|s| s.get(k))
                        .cloned()
                        .unwrap_or_default();
                    push(comments::entry(&mut c.shared_items, &name));
                }
                Slot::Issue(i) => push(&mut c.issues.entry(id(i)).or_default().start),
                Slot::IssueEnd(i) => push(&mut c.issues.entry(id(i)).or_default().end),
                Slot::IssueField(i, f) => {
                    let ic: &mut IssueComments = c.issues.entry(id(i)).or_default();
                    push(comments::entry(&mut ic.fields, &ISSUE[f]));
                }
                Slot::IssueListEnd(i, f) => {
                    let ic = c.issues.entry(id(i)).or_default();
                    push(comments::entry(&mut ic.list_end, &ISSUE[f]));
                }
                Slot::Choice(i, k) => {
                    let label = issues
                        .get(i)
                        .and_then(|x| x.options.get(k))
                        .map(|o| o.label.clone())
                        .unwrap_or_default();
                    let ic = c.issues.entry(id(i)).or_default();
                    push(comments::entry(&mut ic.choices, &label));
                }
                Slot::Item(i, f, k) => {
                    let issue = issues.get(i);
                    let list = issue.map(|x| match f {
                        9 => &x.interests,
                        10 => &x.criteria,
                        _ => &x.sources,
                    });
                    let text = list.and_then(|l| l.get(k)).cloned().unwrap_or_default();
                    let ic = c.issues.entry(id(i)).or_default();
                    let field = ISSUE[f];
                    let at = match ic
                        .items
                        .iter()
                        .position(|(g, t, _)| *g == field && *t == text)
                    {
                        Some(at) => at,
                        None => {
                            ic.items.push((field, text, Attached::default()));
                            ic.items.len() - 1
                        }
                    };
                    push(&mut ic.items[at].2);
                }
            }
        }
        c
    }
}
