//! Word lists that rules test membership in once per token.
//!
//! The rules' lists are written as arrays of normalised words and read with `LIST.contains(&w)`.
//! On a slice that is a linear scan calling `memcmp` for every entry of the same length, and
//! lists of 50–150 heads were tested several times per token (a tenth of the extraction workers'
//! CPU was `memcmp`). [`Words`] keeps the array as it is written (iteration, indexing and order are
//! the slice's) and answers `contains` from a hash set built on first use.

use std::ops::Deref;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A `static` word list: the slice, plus a set for [`Words::contains`].
pub(crate) struct Words {
    list: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether `w` is in the list (as `<[&str]>::contains`).
    pub(crate) fn contains(&self, w: &&str) -> bool {
        self.set
            .get_or_init(|| {
                // Tokens are compared in normal form («رييس», not «رئيس»): a word written
                // otherwise would never match.
                debug_assert!(
                    self.list.iter().all(|w| crate::arabic::normalize(w) == *w),
                    "a word list holds a word not in normal form: {:?}",
                    self.list
                        .iter()
                        .find(|w| crate::arabic::normalize(w) != **w)
                );
                self.list.iter().copied().collect()
            })
            .contains(*w)
    }
}

impl Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.list
    }
}

/// `s.strip_prefix(p)` without a call to `memcmp`: rules try lists of two- to six-byte clitics
/// and prepositions on every token, where the call costs more than the comparison.
#[inline]
pub(crate) fn strip_prefix<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let (sb, pb) = (s.as_bytes(), p.as_bytes());
    if sb.len() < pb.len() || sb.iter().zip(pb).any(|(a, b)| a != b) {
        return None;
    }
    // `p` is whole chars, so the cut is a char boundary.
    s.get(pb.len()..)
}

#[cfg(test)]
mod tests {
    use super::*;

    static HEADS: Words = Words::new(&["وزير", "رييس", "المتحدث"]);

    #[test]
    fn answers_as_the_slice_does() {
        for w in ["وزير", "المتحدث", "وزي", "وزيرا", "", "رييس", "رئيس"]
        {
            assert_eq!(HEADS.contains(&w), HEADS.list.contains(&w), "{w}");
        }
        assert!(HEADS.contains(&"رييس"));
        assert!(!HEADS.contains(&"رئيس"));
        assert_eq!(HEADS.iter().copied().collect::<Vec<_>>(), HEADS.list);
        assert_eq!(HEADS.len(), 3);
    }

    /// Every word list under `src/extract` («const X: &[&str] = &[…]», «Words::new(&[…])») is
    /// compared with tokens in normal form: a word written with «ئ», «أ», «ة» or a diacritic never
    /// matches (the office test once held «رئيس» and «مسؤول», and missed every president).
    #[test]
    fn word_lists_are_in_normal_form() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
        let mut files = vec![root];
        let mut bad = Vec::new();
        let mut lists = 0;
        while let Some(p) = files.pop() {
            if p.is_dir() {
                files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if !name.ends_with(".rs") || name.contains("test") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            let src = src.split("#[cfg(test)]").next().unwrap();
            let mut in_list = false;
            for (n, line) in src.lines().enumerate() {
                let code = line.split("//").next().unwrap();
                if (code.contains("const ") || code.contains("static "))
                    && code.contains("&str")
                    && code.contains('[')
                    || code.contains("Words::new(&[")
                {
                    in_list = true;
                    lists += 1;
                }
                if in_list {
                    for lit in code.split('"').skip(1).step_by(2) {
                        let arabic = lit.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c));
                        if arabic && crate::arabic::normalize(lit) != lit {
                            bad.push(format!("{name}:{}: {lit}", n + 1));
                        }
                    }
                }
                if code.trim_end().ends_with("];") || code.trim_end().ends_with("]);") {
                    in_list = false;
                }
            }
        }
        assert!(lists > 40, "found only {lists} word lists");
        assert!(bad.is_empty(), "words not in normal form: {bad:#?}");
    }

    #[test]
    fn strips_as_str_does() {
        for (s, p) in [
            ("وبالمؤتمر", "وب"),
            ("وبالمؤتمر", "و"),
            ("وبالمؤتمر", ""),
            ("و", "وب"),
            ("", ""),
            ("فلسطين", "ف"),
            ("فلسطين", "ل"),
            ("abc", "abcd"),
        ] {
            assert_eq!(strip_prefix(s, p), s.strip_prefix(p), "{s} {p}");
        }
    }
}
