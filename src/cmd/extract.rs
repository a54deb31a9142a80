//! `marsad extract`: re-extract archived articles after the gazetteer or the rules changed
//! (`archive::reextract`).

use std::path::Path;

use anyhow::Result;
use clap::Args;

use crate::db::{self, Mode};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad gazetteer import people.csv && marsad extract  # find the new names\n  \
    marsad extract --article 17 --article 42              # just these two\n\
    \n\
    Idempotent: automatic rows of the chosen articles are replaced, curated rows are kept, and reports are re-clustered into events. Without --article, every article is re-extracted.\n\
    \n\
    Work is committed in batches, as by `marsad import`: an interrupted run (Ctrl-C, a crash) loses only its last seconds, and the next `marsad extract` carries on where it stopped.")]
pub struct ExtractArgs {
    /// Only these article ids (repeatable).
    #[arg(long = "article", value_name = "ID")]
    pub articles: Vec<i64>,
    /// No progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

pub fn run(path: &Path, a: ExtractArgs) -> Result<i32> {
    let conn = db::open(path, Mode::Write)?;
    let ids = (!a.articles.is_empty()).then_some(a.articles.as_slice());
    let s = crate::archive::reextract(&conn, ids, a.quiet)?;
    if let Some(after) = s.resumed_after {
        eprintln!("resumed an interrupted re-extraction after article {after}");
    }
    eprintln!(
        "re-extracted {} article(s): {} mention(s), {} attribution(s), {} meeting report(s)",
        s.articles, s.mentions, s.attributions, s.reports
    );
    if s.unmentioned > 0 {
        eprintln!(
            "deleted {} discovered entit{} no article names any more",
            s.unmentioned,
            if s.unmentioned == 1 { "y" } else { "ies" }
        );
    }
    if s.orphans > 0 {
        eprintln!("deleted {} event(s) left without reports", s.orphans);
    }
    Ok(0)
}
