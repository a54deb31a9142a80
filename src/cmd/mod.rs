//! One file per CLI command: its clap arguments and `run`.

pub mod tagger;
