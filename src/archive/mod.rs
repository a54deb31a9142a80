//! The archive layer: every write of derived rows, one file per job. Callers (the import, `marsad
//! extract`, curation) hand it plain values; it never imports `ingest` or the command line.
//!
//! - [`articles`]: article identity (content hash and key), the article row with its search-index
//!   row, outlets.
//! - [`extraction`]: one article's extraction rows (mentions, attributions, event reports,
//!   republication notes) and their deletion.
//! - [`near_duplicates`]: MinHash signatures and the near-duplicate / republication links.
//! - [`events`]: cluster keys waiting to be clustered, and events saved from the clustering policy
//!   (`extract::cluster`).
//! - [`counts`]: monthly mention counts.
//! - [`entities`]: the one writer of entities and aliases.
//! - [`gazetteer`]: the matcher loaded from the archive, and seeding from CSV.
//! - [`curated`]: hand annotations carried by an input record.
//! - [`bulk`]: secondary indexes built after a large load.
//! - [`writer`]: the transaction and commit policy shared by the import and re-extraction.
//! - [`reextract`]: `marsad extract`, batched and resumable.

pub mod articles;
pub mod bulk;
pub mod counts;
pub mod curated;
pub mod entities;
pub mod events;
pub mod extraction;
pub mod gazetteer;
pub mod near_duplicates;
pub mod reextract;
pub mod writer;

pub use articles::{content_hash, content_key};
pub use reextract::{reextract, ExtractStats};
