//! `marsad entities`: the entities named in the archive, those named in the most articles first (`curate::list`).

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::curate;
use crate::db::{self, Mode};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad entities                          # the 50 named in the most articles\n  \
    marsad entities --kind person -n 20\n  \
    marsad entities --search الشيباني          # any spelling of a name\n  \
    marsad entity list --kind outlet         # also those not mentioned yet")]
pub struct EntitiesArgs {
    /// Only this kind: person, org, place, country or outlet.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only entities with an alias containing this text (normalised: any spelling).
    #[arg(long)]
    pub search: Option<String>,
    /// Count only the articles that name it: an article naming a country by its nationality
    /// adjective alone («الرئيس السوري», «وفد إيراني») does not count for it. By default
    /// adjectives count as mentions of their country.
    #[arg(long)]
    pub names_only: bool,
    /// Only entities of this origin: gazetteer (shipped or imported lists), curated (added or
    /// promoted by an analyst) or discovered (found by the tagger, not in any list).
    #[arg(long, value_parser = ["gazetteer", "curated", "discovered"])]
    pub origin: Option<String>,
    /// At most this many rows.
    #[arg(long, short = 'n', default_value_t = 50)]
    pub limit: i64,
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: EntitiesArgs) -> Result<i32> {
    list(path, a, true)?;
    Ok(0)
}

/// The entities (only those mentioned somewhere, with `mentioned_only`).
pub(super) fn list(path: &Path, a: EntitiesArgs, mentioned_only: bool) -> Result<()> {
    let conn = db::open(path, Mode::ReadOnly)?;
    let mut sink = a.out.sink()?;
    let filter = curate::ListFilter {
        kind: a.kind.as_deref(),
        search: a.search.as_deref(),
        origin: a.origin.as_deref(),
        mentioned_only,
        names_only: a.names_only,
        limit: a.limit,
    };
    curate::list(&conn, &filter, sink.as_mut())?;
    Ok(())
}
