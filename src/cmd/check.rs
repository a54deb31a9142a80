//! `marsad check`: is the archive whole (`check`). Exit status 1 on any problem.

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad check\n  \
    marsad check --format json > check.json\n\n\
    Checks SQLite's integrity, the full-text index, foreign keys, the schema version and orphan rows; the exit status is 1 when any check fails.")]
pub struct CheckArgs {
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: CheckArgs) -> Result<i32> {
    let findings = crate::check::check(path)?;
    let mut sink = a.out.sink()?;
    crate::check::print(&findings, sink.as_mut())?;
    Ok(if findings.iter().all(|f| f.ok) { 0 } else { 1 })
}
