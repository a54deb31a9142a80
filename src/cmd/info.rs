//! `marsad info`: what an archive holds (`info`).

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db::{self, Mode};

#[derive(Args, Debug)]
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
