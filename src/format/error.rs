//! Load errors: every refusal names the file, the line and column, and what to do.

use std::fmt;

/// A 1-based line and column (columns count Unicode characters, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl Pos {
    /// Line and column of a byte offset in `src` (clamped to the text, never panics).
    pub fn of_offset(src: &str, offset: usize) -> Pos {
        let mut offset = offset.min(src.len());
        while offset > 0 && !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &src.as_bytes()[..offset];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let col = 1 + src[line_start..offset].chars().count();
        Pos { line, col }
    }
}

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the file; `None` for problems with the file as a whole (unreadable, too big).
    pub pos: Option<Pos>,
    /// What went wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// A file that was refused, with every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The file as the user named it.
    pub file: String,
    /// At least one problem, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// A refusal with a single problem.
    pub fn single(file: &str, pos: Option<Pos>, message: String, hint: &str) -> Self {
        LoadError {
            file: file.to_owned(),
            diagnostics: vec![Diagnostic {
                pos,
                message,
                hint: hint.to_owned(),
            }],
        }
    }

    /// Position of the first problem.
    pub fn first_pos(&self) -> Option<Pos> {
        self.diagnostics.first().and_then(|d| d.pos)
    }

    /// The `FILE:LINE:COL: message` lines, one per problem, without hints.
    pub fn headlines(&self) -> Vec<String> {
        self.diagnostics.iter().map(|d| self.headline(d)).collect()
    }

    fn headline(&self, d: &Diagnostic) -> String {
        match d.pos {
            Some(p) => format!("{}:{}:{}: {}", self.file, p.line, p.col, d.message),
            None => format!("{}: {}", self.file, d.message),
        }
    }
}

impl LoadError {
    /// The refusal as [`fmt::Display`] writes it, in a language: Korean translates the word
    /// "hint" and the fixed hints ([`hint_in`]); the file, positions and messages stay as they
    /// are (messages quote the file's own text).
    pub fn display_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::report::Report;
        let mut out = String::new();
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&self.headline(d));
            if !d.hint.is_empty() {
                out.push_str("\n  ");
                out.push_str(Report::Hint.get(lang));
                out.push_str(": ");
                out.push_str(hint_in(&d.hint, lang));
            }
        }
        out
    }
}

/// A hint in a language: the fixed hints of the loader have a Korean text; a hint built
/// around the file's own words (field names, values) stays English.
pub fn hint_in(hint: &str, lang: crate::i18n::Lang) -> &str {
    use crate::i18n::Lang;
    use crate::i18n::report::Report as R;
    const FIXED: [R; 15] = [
        R::HintSyntax,
        R::HintTruncated,
        R::HintTrailing,
        R::HintStructName,
        R::HintResolve,
        R::HintFix,
        R::HintFormat,
        R::HintUpdate,
        R::HintRounds,
        R::HintRoundsFrom,
        R::HintReservation,
        R::HintWeights,
        R::HintValues,
        R::HintUtf8,
        R::HintEmpty,
    ];
    FIXED
        .iter()
        .find(|h| h.get(Lang::En) == hint)
        .map_or(hint, |h| h.get(lang))
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_in(crate::i18n::Lang::En))
    }
}

/// A save that failed; the previous file on disk is untouched.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The position does not pass the checks a load would apply.
    #[error("{file}: not saved, the position would not load again:\n{}", problems.join("\n"))]
    Invalid {
        /// Target file.
        file: String,
        /// Problems, one per line, `path: message`.
        problems: Vec<String>,
    },
    /// The file system refused.
    #[error("{file}: not saved: {source} (the previous file is unchanged)")]
    Io {
        /// Target file.
        file: String,
        /// Underlying error.
        source: std::io::Error,
    },
}
