//! A fast reader for files already in the canonical layout, so that `accord diff` on two large
//! files is not dominated by the general parser.
//!
//! Safety net, not a second format: [`read_canonical`] accepts a text only if the position it
//! read (a) passes [`format::validate`] and (b) writes back, through
//! [`format::to_canonical_string`], to exactly the same text. Since the canonical text of a
//! position loads back to that position, the result is then what [`format::load_str`] would
//! return. Anything else (comments, another layout, a problem to report with its line and
//! column) returns `None`, and the caller uses the real loader.

use crate::format;
use crate::model::{Choice, Flexibility, Issue, Position};

struct Cur<'a> {
    s: &'a str,
}

impl<'a> Cur<'a> {
    fn eat(&mut self, lit: &str) -> Option<()> {
        self.s = self.s.strip_prefix(lit)?;
        Some(())
    }

    fn peek(&self, lit: &str) -> bool {
        self.s.starts_with(lit)
    }

    /// A quoted string with the escapes the canonical writer uses.
    fn string(&mut self) -> Option<String> {
        self.eat("\"")?;
        let mut out = String::new();
        loop {
            // Byte search: both delimiters are ASCII, and UTF-8 never uses ASCII bytes inside
            // a multi-byte character, so the index is a char boundary.
            let i = memchr::memchr2(b'"', b'\\', self.s.as_bytes())?;
            out.push_str(&self.s[..i]);
            let rest = &self.s[i..];
            if let Some(after) = rest.strip_prefix('"') {
                self.s = after;
                return Some(out);
            }
            let mut chars = rest[1..].chars();
            let c = chars.next()?;
            let used = match c {
                '"' | '\\' => {
                    out.push(c);
                    2
                }
                'n' => {
                    out.push('\n');
                    2
                }
                'r' => {
                    out.push('\r');
                    2
                }
                't' => {
                    out.push('\t');
                    2
                }
                'u' => {
                    let body = rest.get(2..)?.strip_prefix('{')?;
                    let end = body.find('}')?;
                    let code = u32::from_str_radix(&body[..end], 16).ok()?;
                    out.push(char::from_u32(code)?);
                    2 + 1 + end + 1
                }
                _ => return None,
            };
            self.s = rest.get(used..)?;
        }
    }

    /// A number up to the next `,` or `)`.
    fn number(&mut self) -> Option<f64> {
        let end = memchr::memchr2(b',', b')', self.s.as_bytes())?;
        let v: f64 = self.s[..end].parse().ok()?;
        self.s = &self.s[end..];
        v.is_finite().then_some(v)
    }

    fn str_field(&mut self, indent: &str, name: &str) -> Option<String> {
        self.eat(indent)?;
        self.eat(name)?;
        self.eat(": ")?;
        let v = self.string()?;
        self.eat(",\n")?;
        Some(v)
    }

    fn opt_str_field(&mut self, indent: &str, name: &str) -> Option<Option<String>> {
        let mut probe = String::with_capacity(indent.len() + name.len() + 2);
        probe.push_str(indent);
        probe.push_str(name);
        probe.push_str(": ");
        if self.peek(&probe) {
            self.str_field(indent, name).map(Some)
        } else {
            Some(None)
        }
    }

    fn num_field(&mut self, indent: &str, name: &str) -> Option<f64> {
        self.eat(indent)?;
        self.eat(name)?;
        self.eat(": ")?;
        let v = self.number()?;
        self.eat(",\n")?;
        Some(v)
    }

    fn list_field(&mut self, name: &str) -> Option<Vec<String>> {
        const IND: &str = "            ";
        self.eat(IND)?;
        self.eat(name)?;
        if self.peek(": [],\n") {
            self.eat(": [],\n")?;
            return Some(Vec::new());
        }
        self.eat(": [\n")?;
        let mut items = Vec::new();
        while !self.peek("            ],\n") {
            self.eat("                ")?;
            items.push(self.string()?);
            self.eat(",\n")?;
        }
        self.eat("            ],\n")?;
        Some(items)
    }

    fn issue(&mut self) -> Option<Issue> {
        const IND: &str = "            ";
        self.eat("        (\n")?;
        let id = self.str_field(IND, "id")?;
        let topic = self.str_field(IND, "topic")?;
        let title = self.str_field(IND, "title")?;
        let stance = self.str_field(IND, "stance")?;
        let weight = self.num_field(IND, "weight")?;
        let mut options = Vec::new();
        if self.peek("            options: [],\n") {
            self.eat("            options: [],\n")?;
        } else {
            self.eat("            options: [\n")?;
            while self.peek("                (label: ") {
                self.eat("                (label: ")?;
                let label = self.string()?;
                self.eat(", value: ")?;
                let value = self.number()?;
                self.eat("),\n")?;
                options.push(Choice::new(label, value));
            }
            self.eat("            ],\n")?;
        }
        let target = self.opt_str_field(IND, "target")?;
        let walk_away = self.opt_str_field(IND, "walk_away")?;
        self.eat("            flexibility: ")?;
        let flexibility = Flexibility::ALL
            .into_iter()
            .find(|f| self.peek(f.as_str()))?;
        self.eat(flexibility.as_str())?;
        self.eat(",\n")?;
        let interests = self.list_field("interests")?;
        let criteria = self.list_field("criteria")?;
        let notes = self.str_field(IND, "notes")?;
        let sources = self.list_field("sources")?;
        self.eat("        ),\n")?;
        Some(Issue {
            id,
            topic,
            title,
            stance,
            weight,
            options,
            target,
            walk_away,
            flexibility,
            interests,
            criteria,
            notes,
            sources,
            weight_low: None,
            weight_high: None,
        })
    }

    fn position(&mut self) -> Option<Position> {
        const IND: &str = "    ";
        self.eat("(\n    format: 1,\n")?;
        let party = self.str_field(IND, "party")?;
        let party_name = self.str_field(IND, "party_name")?;
        let title = self.str_field(IND, "title")?;
        let round = self.num_field(IND, "round")?;
        if round.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&round) {
            return None;
        }
        let as_of = self.opt_str_field(IND, "as_of")?;
        let marking = self.opt_str_field(IND, "marking")?;
        let batna = self.str_field(IND, "batna")?;
        let reservation = self.num_field(IND, "reservation")?;
        let mut issues = Vec::new();
        if self.peek("    issues: [],\n") {
            self.eat("    issues: [],\n")?;
        } else {
            self.eat("    issues: [\n")?;
            while self.peek("        (\n") {
                issues.push(self.issue()?);
            }
            self.eat("    ],\n")?;
        }
        self.eat(")\n")?;
        if !self.s.is_empty() {
            return None;
        }
        Some(Position {
            party,
            party_name,
            title,
            round: round as u32,
            as_of,
            marking,
            batna,
            reservation,
            issues,
            shared: None,
            reservation_low: None,
            reservation_high: None,
            estimate: false,
            comments: Default::default(),
        })
    }
}

/// The position in `text` when the text is a valid position in exactly the canonical layout;
/// `None` otherwise (then use [`format::load_str`], which also explains any problem).
pub fn read_canonical(text: &str) -> Option<Position> {
    let p = scan(text)?;
    if !format::validate(&p).is_empty() {
        return None;
    }
    (format::to_canonical_string(&p) == text).then_some(p)
}

/// The layout scan alone, without the checks that make its result trustworthy (exposed for
/// the benchmark's split; use [`read_canonical`]).
#[doc(hidden)]
pub fn scan(text: &str) -> Option<Position> {
    Cur { s: text }.position()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::synth;
    use proptest::prelude::*;

    #[test]
    fn reads_what_the_loader_reads() {
        for name in ["us.ron", "rok.ron", "us.r2.ron", "rok.r2.ron"] {
            let path = crate::sample_path(name);
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue; // sample files are optional here
            };
            let Ok(loaded) = format::load_str(name, &text) else {
                continue;
            };
            let canonical = format::to_canonical_string(&loaded);
            assert_eq!(read_canonical(&canonical), Some(loaded), "{name}");
        }
        let p = synth::position("US", 300, 5);
        let text = format::to_canonical_string(&p);
        assert_eq!(read_canonical(&text), format::load_str("x", &text).ok());
        assert_eq!(read_canonical(&text), Some(p));
    }

    #[test]
    fn declines_anything_else() {
        let p = synth::position("US", 3, 1);
        let text = format::to_canonical_string(&p);
        assert!(read_canonical(&format!("// c\n{text}")).is_none());
        assert!(read_canonical(&text.replace("weight: ", "weight:  ")).is_none());
        assert!(read_canonical(&text.replacen("reservation: 40", "reservation: 400", 1)).is_none());
        assert!(read_canonical(&text.replace("format: 1", "format: 2")).is_none());
        assert!(read_canonical("").is_none());
    }

    proptest! {
        #[test]
        fn text_with_escapes_round_trips(
            s in "[\\PC\"\\\\\n\r\t\u{0}-\u{1f}\u{7f}\u{ac00}-\u{d7a3}]{0,24}",
            v in 0.0f64..=100.0,
        ) {
            let mut p = synth::position("US", 2, 3);
            p.issues[0].stance = s.clone();
            p.issues[0].notes = s.clone();
            p.batna = s;
            p.issues[1].options[0].value = v;
            let text = format::to_canonical_string(&p);
            let slow = format::load_str("x", &text).ok();
            prop_assert_eq!(read_canonical(&text), slow);
        }
    }
}
