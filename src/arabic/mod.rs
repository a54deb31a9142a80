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
