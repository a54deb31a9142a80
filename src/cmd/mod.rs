//! One module per CLI command: its clap `Args` and its `run`.

pub mod dates;
