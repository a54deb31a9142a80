//! `marsad sql`: a read-only SQL query (`query::adhoc`).

use std::path::Path;
use std::time::Duration;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db::{self, Mode};
use crate::query;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad sql 'SELECT kind, count(*) FROM entities GROUP BY kind'\n  \
    marsad sql 'PRAGMA table_info(entity_aliases)'\n  \
    marsad sql 'SELECT title FROM articles WHERE published_at >= :since' \\\n      \
    --param since=2025-07-01\n\
    \n\
    The connection cannot write: INSERT, UPDATE, DELETE, schema changes, ATTACH, PRAGMAs that set a value and extension loading are refused. PRAGMAs that read (table_info, index_list, foreign_key_list, … and the pragma_table_info() functions) are allowed. Named parameters bind with --param. A refused or failing query prints nothing.")]
pub struct SqlArgs {
    /// The SQL (one or more statements; the last one's rows are printed).
    #[arg(value_name = "SQL")]
    pub sql: String,
    /// A named parameter: --param name=value binds :name.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Stop a query that runs longer than this many seconds.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub timeout: f64,
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: SqlArgs) -> Result<i32> {
    let mut conn = db::open(path, Mode::ReadOnly)?;
    if !(a.timeout > 0.0 && a.timeout.is_finite()) {
        anyhow::bail!("--timeout must be a positive number of seconds");
    }
    let opts = query::adhoc::SqlOptions {
        params: query::parse_params(&a.params)?,
        timeout: Duration::from_secs_f64(a.timeout),
    };
    let mut sink = a.out.sink()?;
    query::adhoc::run(&mut conn, &a.sql, &opts, sink.as_mut())?;
    Ok(0)
}
