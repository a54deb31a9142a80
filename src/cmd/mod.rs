//! One file per command that has its own arguments: its clap `Args` and `run`.

pub mod keys;
pub mod reindex;
