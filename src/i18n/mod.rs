//! Text for two languages: English and Korean.
//!
//! Every string a user reads comes from a typed catalogue, keyed by what it is: the command
//! table's actions carry their Korean label and tooltip in their own row
//! ([`crate::command::ACTIONS`]); everything else (notices, view labels, report headings) is an
//! entry of one of the catalogues below, declared with [`catalogue!`], which takes the English
//! and the Korean text side by side. A missing Korean text is a compile error; an empty one, one
//! without Hangul, or one whose `{0}` placeholders differ from the English fails
//! `tests/i18n.rs`.
//!
//! Why a typed table and not Fluent or gettext: the keys are Rust values, so a renamed or
//! removed entry breaks the build instead of showing a raw key at run time, the compiler lists
//! every use, and there is nothing to load or parse at start-up. Two languages with simple
//! plurals (Korean has none; the English texts are phrased to need none) do not need Fluent's
//! selectors. Placeholders are positional (`{0}`, `{1}`), because Korean puts the arguments in
//! another order than English.

pub mod compare;
pub mod field;
pub mod notice;
pub mod present;
pub mod report;
pub mod score;
pub mod text;
pub mod workspace;

pub use text::*;

/// A language of the user interface.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Korean (한국어).
    Ko,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The language's name in itself (for View ▸ Language).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// The code used on the command line (`--lang en|ko`) and in HTML's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// A language from a code (`en`, `ko`, case-insensitive), or `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "ko" | "kr" | "korean" | "한국어" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The language a locale name asks for: `ko`, `ko_KR.UTF-8`, `ko-KR` are Korean; every
    /// other locale (or none) is English, the language Accord falls back to.
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.trim().to_ascii_lowercase();
        let lang = l.split(['_', '-', '.', '@']).next().unwrap_or("");
        if lang == "ko" { Lang::Ko } else { Lang::En }
    }

    /// The language the system asks for. On Linux and the BSDs the POSIX variables decide, in
    /// their order of precedence (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; `LANGUAGE`'s first
    /// entry before them, as gettext reads it); on Windows and macOS the user's UI language
    /// (through `sys-locale`).
    pub fn from_system() -> Lang {
        Lang::from_env(|k| std::env::var(k).ok())
            .unwrap_or_else(|| sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_locale(&l)))
    }

    /// The language the POSIX locale variables ask for, read through `get` (testable without
    /// touching the process environment). `None` when none is set.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        let set = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        // LANGUAGE only counts when the locale itself is not "C" (gettext's rule).
        let locale = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"))?;
        let first_language =
            set("LANGUAGE").and_then(|l| l.split(':').find(|s| !s.is_empty()).map(str::to_owned));
        if let Some(first) = first_language.filter(|_| locale != "C" && locale != "POSIX") {
            return Some(Lang::from_locale(&first));
        }
        Some(Lang::from_locale(&locale))
    }
}

/// Put arguments into a template: `{0}` becomes the first, `{1}` the second, and so on. A
/// placeholder without an argument stays as it is (the catalogue test catches those).
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let arg = close
            .and_then(|c| after[..c].parse::<usize>().ok())
            .and_then(|n| args.get(n));
        match (arg, close) {
            (Some(a), Some(c)) => {
                use std::fmt::Write;
                let _ = write!(out, "{a}");
                rest = &after[c + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders (`{0}`, `{1}`, …) a template uses, sorted (for the catalogue test).
pub fn placeholders(template: &str) -> Vec<usize> {
    let mut v: Vec<usize> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').and_then(|(n, _)| n.parse().ok()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// One entry of a catalogue, as the completeness test walks it.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The catalogue and the key (`Notice::Saved`).
    pub key: &'static str,
    /// English.
    pub en: &'static str,
    /// Korean.
    pub ko: &'static str,
}

/// Declare a catalogue: an enum whose every variant has its English and Korean text side by
/// side, with `get(lang)`, `fmt(lang, args)` and `ENTRIES` for the completeness test.
#[macro_export]
macro_rules! catalogue {
    ($(#[$m:meta])* $vis:vis enum $name:ident {
        $($(#[$vm:meta])* $var:ident => $en:literal, $ko:literal;)*
    }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vm])* #[doc = $en] $var,)*
        }

        impl $name {
            /// Every entry: key, English, Korean.
            pub const ENTRIES: &'static [$crate::i18n::Entry] = &[
                $($crate::i18n::Entry {
                    key: concat!(stringify!($name), "::", stringify!($var)),
                    en: $en,
                    ko: $ko,
                },)*
            ];

            /// The text in a language.
            pub const fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::En => match self { $($name::$var => $en,)* },
                    $crate::i18n::Lang::Ko => match self { $($name::$var => $ko,)* },
                }
            }

            /// The text in a language with its `{0}`, `{1}`… filled in.
            pub fn fmt(self, lang: $crate::i18n::Lang, args: &[&dyn std::fmt::Display]) -> String {
                $crate::i18n::fill(self.get(lang), args)
            }
        }
    };
}

/// A side's name in a language ("left" / "왼쪽").
pub fn side_name(side: crate::workspace::Side, lang: Lang) -> &'static str {
    use crate::workspace::Side;
    match (side, lang) {
        (Side::Left, Lang::En) => "left",
        (Side::Right, Lang::En) => "right",
        (Side::Left, Lang::Ko) => "왼쪽",
        (Side::Right, Lang::Ko) => "오른쪽",
    }
}

/// Every catalogue's entries, for the completeness test. A new catalogue is listed here.
pub fn catalogues() -> Vec<&'static [Entry]> {
    vec![
        text::Context::ENTRIES,
        text::Menu::ENTRIES,
        compare::Compare::ENTRIES,
        field::FieldName::ENTRIES,
        notice::Notice::ENTRIES,
        present::Present::ENTRIES,
        report::Report::ENTRIES,
        score::Score::ENTRIES,
        workspace::Work::ENTRIES,
    ]
}

/// Whether a text holds Hangul (a syllable or a jamo), the test that a Korean text is Korean.
pub fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales() {
        for (l, want) in [
            ("ko_KR.UTF-8", Lang::Ko),
            ("ko-KR", Lang::Ko),
            ("ko", Lang::Ko),
            ("KO_kr", Lang::Ko),
            ("en_US.UTF-8", Lang::En),
            ("kok_IN", Lang::En),
            ("C", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(l), want, "{l}");
        }
    }

    #[test]
    fn env_precedence() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_env(env(&[])), None);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "ko_KR.UTF-8")])),
            Some(Lang::Ko)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "en_US.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ko_KR")])),
            Some(Lang::Ko)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "ko:en")])),
            Some(Lang::Ko)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "C"), ("LANGUAGE", "ko")])),
            Some(Lang::En)
        );
    }

    #[test]
    fn fill_positional() {
        assert_eq!(fill("{1}에 {0} 저장", &[&"a.ron", &3]), "3에 a.ron 저장");
        assert_eq!(fill("{0} of {1}", &[&1]), "1 of {1}");
        assert_eq!(fill("a {b} {", &[&1]), "a {b} {");
        assert_eq!(placeholders("{1} x {0} {1}"), vec![0, 1]);
    }
}
