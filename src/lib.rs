//! marsad: an embedded SQLite archive of news reporting, with a query CLI.
//!
//! Module map (the README has it in full): `cli` parses and dispatches to `cmd/<command>.rs`; `db`
//! opens and migrates; `arabic` normalises, stems and reads dates; `ingest` imports; `extract` finds
//! entities, attributions and events and holds the clustering policy (pure: no SQLite); `archive`
//! writes every derived row; `vocab` and `period` are the shared vocabularies and date forms;
//! `search`, `query` and `info` answer; `output` prints rows in every format.

pub mod arabic;
pub mod archive;
pub mod check;
pub mod cli;
pub mod cmd;
pub mod columnar;
pub mod curate;
pub mod datasette;
pub mod db;
pub mod export;
pub mod extract;
pub mod info;
pub mod ingest;
pub mod limits;
pub mod output;
pub mod period;
pub mod progress;
pub mod query;
pub mod report;
pub mod search;
pub mod vocab;
