//! TEMPORARY stand-in: replaced by the real module (normalise, stem, dates).
pub mod dates;
pub mod normalize;
pub mod stem;
pub use normalize::normalize;
pub use stem::{index_text, search_form, tokenize, Token};
pub const NORMALIZATION_VERSION: u32 = 1;
