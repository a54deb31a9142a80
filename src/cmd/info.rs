//! `marsad info`: what an archive holds (`info`).

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db::{self, Mode};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad info\n  \
    marsad info --exact                      # count big tables exactly\n  \
    marsad --db other.db info --format json")]
pub struct InfoArgs {
    /// Count every table exactly (a few seconds on a large archive).
    #[arg(long)]
    pub exact: bool,
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: InfoArgs) -> Result<i32> {
    let conn = db::open(path, Mode::ReadOnly)?;
    let mut sink = a.out.sink()?;
    crate::info::info(&conn, path, a.exact, sink.as_mut())?;
    Ok(0)
}
