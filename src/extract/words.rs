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
            .get_or_init(|| self.list.iter().copied().collect())
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

    static HEADS: Words = Words::new(&["وزير", "رئيس", "المتحدث"]);

    #[test]
    fn answers_as_the_slice_does() {
        for w in ["وزير", "المتحدث", "وزي", "وزيرا", "", "رئيس"] {
            assert_eq!(HEADS.contains(&w), HEADS.list.contains(&w), "{w}");
        }
        assert!(HEADS.contains(&"رئيس"));
        assert_eq!(HEADS.iter().copied().collect::<Vec<_>>(), HEADS.list);
        assert_eq!(HEADS.len(), 3);
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
