//! `marsad migrate`: show or apply schema migrations (`db`).

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad migrate --list                    # applied and pending migrations\n  \
    marsad migrate                           # apply the pending ones\n  \
    marsad migrate --to 12                   # only up to version 12\n\n\
    Every command that opens an archive for writing migrates it first; an archive written by a newer marsad is refused, untouched.")]
pub struct MigrateArgs {
    /// List applied and pending migrations instead of applying them.
    #[arg(long)]
    pub list: bool,
    /// Migrate only up to this schema version (migrations only go forward).
    #[arg(long, value_name = "VERSION")]
    pub to: Option<u32>,
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: MigrateArgs) -> Result<i32> {
    let conn = if a.list && path.exists() {
        db::open_as_is(path)?
    } else {
        db::open_write_to(path, a.to)?
    };
    let mut sink = a.out.sink()?;
    crate::info::migrations(&conn, sink.as_mut())?;
    Ok(0)
}
