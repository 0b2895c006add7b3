//! Find where a value sits in RON source, by path.
//!
//! Serde hands the loader plain values without positions, so semantic errors (a duplicate id, a
//! value out of range) are located afterwards: the checker names the offending field by path
//! (`issues[3].options[1].value`) and this module walks a tolerant RON tokenizer to its offset.
//! It runs only on the error path, never allocates per token, uses no recursion, and never
//! panics: on text it cannot follow it returns `None`.

use std::fmt;

/// One step of a path into a position file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    /// A named field of a struct.
    Field(&'static str),
    /// An element of a list.
    Index(usize),
}

/// A path such as `issues[3].options[1].value`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Seg>);

impl FieldPath {
    /// The root (the whole file).
    pub fn root() -> Self {
        FieldPath(Vec::new())
    }
    /// This path extended by a field.
    pub fn field(&self, name: &'static str) -> Self {
        let mut v = self.0.clone();
        v.push(Seg::Field(name));
        FieldPath(v)
    }
    /// This path extended by a list index.
    pub fn index(&self, i: usize) -> Self {
        let mut v = self.0.clone();
        v.push(Seg::Index(i));
        FieldPath(v)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(file)");
        }
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Seg::Field(n) if i == 0 => write!(f, "{n}")?,
                Seg::Field(n) => write!(f, ".{n}")?,
                Seg::Index(k) => write!(f, "[{k}]")?,
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Open(u8),
    Close(u8),
    Colon,
    Comma,
    Ident,
    Atom,
    Eof,
    Bad,
}

struct Lexer<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Lexer<'a> {
    fn skip_trivia(&mut self) {
        loop {
            while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
            if self.b[self.i..].starts_with(b"//") {
                while self.i < self.b.len() && self.b[self.i] != b'\n' {
                    self.i += 1;
                }
            } else if self.b[self.i..].starts_with(b"/*") {
                // RON block comments nest.
                let mut depth = 0usize;
                while self.i < self.b.len() {
                    if self.b[self.i..].starts_with(b"/*") {
                        depth += 1;
                        self.i += 2;
                    } else if self.b[self.i..].starts_with(b"*/") {
                        depth -= 1;
                        self.i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        self.i += 1;
                    }
                }
            } else {
                return;
            }
        }
    }

    /// Next token and its start offset.
    fn next(&mut self) -> (Tok, usize) {
        self.skip_trivia();
        let start = self.i;
        let Some(&c) = self.b.get(self.i) else {
            return (Tok::Eof, start);
        };
        let tok = match c {
            b'(' | b'[' | b'{' => {
                self.i += 1;
                Tok::Open(c)
            }
            b')' | b']' | b'}' => {
                self.i += 1;
                Tok::Close(c)
            }
            b':' => {
                self.i += 1;
                Tok::Colon
            }
            b',' => {
                self.i += 1;
                Tok::Comma
            }
            b'"' => {
                self.i += 1;
                self.skip_quoted(b'"');
                Tok::Atom
            }
            b'\'' => {
                self.i += 1;
                self.skip_quoted(b'\'');
                Tok::Atom
            }
            b'r' if matches!(self.b.get(self.i + 1), Some(b'"' | b'#')) && !self.is_raw_ident() => {
                self.i += 1;
                self.skip_raw_string();
                Tok::Atom
            }
            b'b' if matches!(self.b.get(self.i + 1), Some(b'"' | b'\'')) => {
                let q = self.b[self.i + 1];
                self.i += 2;
                self.skip_quoted(q);
                Tok::Atom
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                if self.is_raw_ident() {
                    self.i += 2;
                }
                while self.i < self.b.len()
                    && (self.b[self.i].is_ascii_alphanumeric() || self.b[self.i] == b'_')
                {
                    self.i += 1;
                }
                Tok::Ident
            }
            c if c.is_ascii_digit() || c == b'-' || c == b'+' || c == b'.' => {
                self.i += 1;
                while self.i < self.b.len()
                    && (self.b[self.i].is_ascii_alphanumeric()
                        || matches!(self.b[self.i], b'.' | b'_' | b'+' | b'-'))
                {
                    self.i += 1;
                }
                Tok::Atom
            }
            _ => {
                self.i += 1;
                Tok::Bad
            }
        };
        (tok, start)
    }

    fn is_raw_ident(&self) -> bool {
        self.b.get(self.i) == Some(&b'r')
            && self.b.get(self.i + 1) == Some(&b'#')
            && self
                .b
                .get(self.i + 2)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
    }

    fn skip_quoted(&mut self, q: u8) {
        while self.i < self.b.len() {
            let c = self.b[self.i];
            self.i += 1;
            if c == b'\\' {
                self.i += 1;
            } else if c == q {
                return;
            }
        }
        self.i = self.i.min(self.b.len());
    }

    fn skip_raw_string(&mut self) {
        let mut hashes = 0;
        while self.b.get(self.i) == Some(&b'#') {
            hashes += 1;
            self.i += 1;
        }
        if self.b.get(self.i) != Some(&b'"') {
            return;
        }
        self.i += 1;
        while self.i < self.b.len() {
            if self.b[self.i] == b'"'
                && self.b.len() >= self.i + 1 + hashes
                && self.b[self.i + 1..self.i + 1 + hashes]
                    .iter()
                    .all(|&c| c == b'#')
            {
                self.i += 1 + hashes;
                return;
            }
            self.i += 1;
        }
    }

    fn peek(&mut self) -> (Tok, usize) {
        let save = self.i;
        let t = self.next();
        self.i = save;
        t
    }

    /// Skip one whole value (an optional struct name, then an atom or a bracketed group).
    fn skip_value(&mut self) -> Option<()> {
        let (mut t, _) = self.next();
        if t == Tok::Ident {
            if let (Tok::Open(b'('), _) = self.peek() {
                t = self.next().0;
            } else {
                return Some(());
            }
        }
        match t {
            Tok::Atom => Some(()),
            Tok::Open(_) => {
                let mut depth = 1usize;
                while depth > 0 {
                    match self.next().0 {
                        Tok::Open(_) => depth += 1,
                        Tok::Close(_) => depth -= 1,
                        Tok::Eof | Tok::Bad => return None,
                        _ => {}
                    }
                }
                Some(())
            }
            _ => None,
        }
    }

    /// Consume an optional struct name and the opening bracket of a struct or list.
    fn open(&mut self, want: u8) -> Option<()> {
        let (mut t, _) = self.next();
        if t == Tok::Ident {
            t = self.next().0;
        }
        (t == Tok::Open(want)).then_some(())
    }
}

/// Where a path leads in the source: the field name (for struct fields) and the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    /// Byte offset of the field's name, or of the list element.
    pub key: usize,
    /// Byte offset of the value.
    pub value: usize,
}

/// Find the byte offsets of the value at `path`. The root path gives the file's first token.
pub fn locate(src: &str, path: &[Seg]) -> Option<Located> {
    let mut lx = Lexer {
        b: src.as_bytes(),
        i: 0,
    };
    let (_, first) = lx.peek();
    let mut here = Located {
        key: first,
        value: first,
    };
    for seg in path {
        match *seg {
            Seg::Field(name) => {
                lx.open(b'(')?;
                loop {
                    let (t, key) = lx.next();
                    match t {
                        Tok::Ident => {
                            // The name alone: a comment may sit between it and the colon.
                            let word = src.get(key..lx.i)?;
                            if lx.next().0 != Tok::Colon {
                                return None;
                            }
                            let word = word.strip_prefix("r#").unwrap_or(word);
                            let (_, value) = lx.peek();
                            if word == name {
                                here = Located { key, value };
                                break;
                            }
                            lx.skip_value()?;
                            if lx.peek().0 == Tok::Comma {
                                lx.next();
                            }
                        }
                        _ => return None,
                    }
                }
            }
            Seg::Index(k) => {
                lx.open(b'[')?;
                let mut n = 0;
                loop {
                    let (t, at) = lx.peek();
                    if matches!(t, Tok::Close(_) | Tok::Eof | Tok::Bad) {
                        return None;
                    }
                    if n == k {
                        here = Located { key: at, value: at };
                        break;
                    }
                    lx.skip_value()?;
                    if lx.peek().0 == Tok::Comma {
                        lx.next();
                    }
                    n += 1;
                }
            }
        }
    }
    Some(here)
}

/// Byte offset of the next token at or after `offset` (skipping whitespace and comments).
pub fn next_token(src: &str, offset: usize) -> usize {
    let mut lx = Lexer {
        b: src.as_bytes(),
        i: offset.min(src.len()),
    };
    lx.skip_trivia();
    lx.i
}

/// Byte offset of the first bracket that opens deeper than `limit` levels, if any.
pub fn too_deep(src: &str, limit: usize) -> Option<usize> {
    let mut lx = Lexer {
        b: src.as_bytes(),
        i: 0,
    };
    let mut depth = 0usize;
    loop {
        match lx.next() {
            (Tok::Open(_), at) => {
                depth += 1;
                if depth > limit {
                    return Some(at);
                }
            }
            (Tok::Close(_), _) => depth = depth.saturating_sub(1),
            (Tok::Eof, _) => return None,
            _ => {}
        }
    }
}

/// The text of the atom (number, string, identifier) at `offset`, for messages.
/// An offset past the end gives `None`.
pub fn atom_at(src: &str, offset: usize) -> Option<&str> {
    // Clamp: the lexer slices `b[i..]`, which panics for an offset past the end (found by the
    // `locate` fuzz target; see tests/regressions_fuzz.rs).
    let mut lx = Lexer {
        b: src.as_bytes(),
        i: offset.min(src.len()),
    };
    let (t, start) = lx.next();
    matches!(t, Tok::Atom | Tok::Ident).then(|| src.get(start..lx.i))?
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"// comment (with: brackets [
Position(
    format: 1,
    party: "U\"S(",
    /* nested /* block */ comment */
    issues: [
        (id: "a", options: [(label: "x", value: 5)]),
        Issue(id: r#"b"#, options: [(label: "y", value: 7), (label: "z", value: 120)]),
    ],
)"##;

    fn at(path: &[Seg]) -> (usize, usize) {
        let l = locate(SRC, path).unwrap();
        let p = crate::format::Pos::of_offset(SRC, l.value);
        (p.line, p.col)
    }

    #[test]
    fn finds_nested_values() {
        use Seg::*;
        assert_eq!(at(&[Field("format")]), (3, 13));
        assert_eq!(at(&[Field("party")]), (4, 12));
        assert_eq!(at(&[Field("issues"), Index(1)]), (8, 9));
        assert_eq!(
            at(&[
                Field("issues"),
                Index(1),
                Field("options"),
                Index(1),
                Field("value")
            ]),
            // `120` starts at column 81 of that line (the expectation said 76, inside the word
            // `value`; the locator was right).
            (8, 81)
        );
        assert_eq!(
            atom_at(
                SRC,
                locate(SRC, &[Field("issues"), Index(1), Field("id")])
                    .unwrap()
                    .value
            ),
            Some("r#\"b\"#")
        );
    }

    #[test]
    fn missing_paths_are_none() {
        use Seg::*;
        assert!(locate(SRC, &[Field("nope")]).is_none());
        assert!(locate(SRC, &[Field("issues"), Index(5)]).is_none());
        assert!(locate("((((", &[Field("x")]).is_none());
        assert!(locate("\"unterminated", &[Field("x")]).is_none());
        assert!(locate("", &[Index(0)]).is_none());
    }
}
