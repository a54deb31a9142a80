//! `marsad search`: Arabic-aware full-text search (`search`).

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db::{self, Mode};
use crate::output::Format;
use crate::{info, search};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad search الشيباني\n  \
    marsad search '\"وزير الخارجية\" AND باريس' --from 2025-07 --format csv\n  \
    marsad search --entity Paris\n\
    \n\
    Query syntax:\n  \
    باريس الشيباني            both words, any spelling (والشيباني = الشيباني)\n  \
    \"وزير الخارجية\"           a phrase\n  \
    باريس OR باكو, NOT, ( )   FTS5 operators, in capitals\n  \
    ديرم*                     a prefix\n  \
    title:قمة                 only in titles\n  \
    --entity Paris            articles that mention an entity (any alias:\n                            \
    باريس), mentions in [ ]\n\
    \n\
    Results are ranked by relevance (bm25, title weighted 4x), with a snippet of the original text; matches in [ ].\n\
    \n\
    Ranking is bounded so that a search stays fast in a large archive: only the newest 1000 matches (most recently archived, after --from/--to/--outlet) are ranked. An older, more relevant article beyond them is not shown; --rank all ranks every match (slower for common words), --sort newest skips ranking.")]
pub struct SearchArgs {
    /// Words, a "phrase", or FTS5 syntax.
    #[arg(value_name = "QUERY", required_unless_present = "entity", num_args = 1..)]
    pub query: Vec<String>,
    /// Instead of words: articles that mention this entity, by any alias in any language (Paris finds باريس).
    #[arg(long, value_name = "NAME", conflicts_with = "query")]
    pub entity: Option<String>,
    /// At most this many results.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: u32,
    /// Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only articles from this outlet (its name as imported, or any known alias: AFP, وكالة الأنباء الفرنسية).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Rank the newest 1000 matches (recent, bounded cost) or every match (all, exhaustive).
    #[arg(long, value_enum, default_value_t = search::Rank::Recent)]
    pub rank: search::Rank,
    /// Order by relevance, or newest (most recently archived) first.
    #[arg(long, value_enum, default_value_t = search::Sort::Relevance)]
    pub sort: search::Sort,
    /// Stop a search that runs longer than this many seconds (with an error saying so).
    #[arg(long, default_value_t = search::SEARCH_TIMEOUT.as_secs_f64(), value_name = "SECONDS")]
    pub timeout: f64,
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: SearchArgs) -> Result<i32> {
    if !(a.timeout > 0.0 && a.timeout.is_finite()) {
        anyhow::bail!("--timeout must be a positive number of seconds");
    }
    let conn = db::open(path, Mode::ReadOnly)?;
    info::warn_if_stale_index(&conn)?;
    let opts = search::SearchOptions {
        limit: a.limit,
        from: a.from,
        to: a.to,
        outlet: a.outlet,
        rank: a.rank,
        sort: a.sort,
        timeout: std::time::Duration::from_secs_f64(a.timeout),
        ..Default::default()
    };
    let mut sink = a.out.sink()?;
    let n = match &a.entity {
        Some(e) => search::search_entity(&conn, e, &opts, sink.as_mut())?,
        None => search::search(&conn, &a.query.join(" "), &opts, sink.as_mut())?,
    };
    if n == 0 && a.out.format == Format::Table {
        eprintln!("no articles match");
    }
    Ok(0)
}
