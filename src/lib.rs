//! marsad: an embedded SQLite archive of news reporting, with a query CLI.
//!
//! Module map: `cli` parses and dispatches; `db` opens and migrates; `arabic` normalises, stems and
//! reads dates; `ingest` imports; `extract` finds entities, attributions and events; `search`, `query`
//! and `info` answer; `output` prints rows in every format.

pub mod arabic;
pub mod check;
pub mod cli;
pub mod cmd;
pub mod curate;
pub mod db;
pub mod export;
pub mod extract;
pub mod info;
pub mod ingest;
pub mod output;
pub mod query;
pub mod search;
