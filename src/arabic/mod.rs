//! Arabic text handling for marsad: normalisation, tokenisation, search keys and date expressions.
//!
//! * [`normalize`] folds spelling variants (hamza seats, alef maqsura, teh marbuta, diacritics,
//!   tatweel, invisible marks, Eastern digits, Latin case) so that equal words compare equal.
//! * [`tokenize`] splits text into words with char and byte offsets.
//! * [`search_form`] is the key stored in the full-text index: normalised, with clitics and light
//!   suffixes removed (Lucene's light10 rules, guarded by a compiled-in lexicon of names).
//! * [`dates`] finds and resolves Arabic date expressions.
//!
//! Bump [`NORMALIZATION_VERSION`] whenever any output of `normalize`/`search_form` changes:
//! stored indexes are rebuilt when it differs.
pub mod dates;
pub mod normalize;
pub mod stem;
pub(crate) mod word_cache;
pub use normalize::normalize;
pub use stem::{compound_spellings, index_text, search_form, tokenize, Token};
/// Version of `normalize`/`search_form`: 2 added presentation forms, Persian/Urdu letters, attached
/// pronouns, taa marbuta, عبد compounds and the guards against short keys.
pub const NORMALIZATION_VERSION: u32 = 2;

/// `char::is_alphabetic`, with ASCII and the Arabic letters U+0621–U+064A answered without the
/// search in Unicode's tables that every other char costs; the stemmer and the tagger ask it of
/// every char of every word. Same answers for every char (tested).
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphabetic()
    }
}

/// `char::is_alphanumeric`, with the fast path of [`is_alphabetic`]. Same answers for every char.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphanumeric()
    }
}

#[cfg(test)]
mod char_class_tests {
    #[test]
    fn fast_letter_tests_answer_as_unicode_does_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
