//! `marsad reindex`: rebuild what the Arabic normalisation derives from stored text, after a new
//! marsad changed it (`arabic::NORMALIZATION_VERSION`; `marsad check` and `marsad info` say when).
//!
//! Rebuilt, in one transaction (`archive::articles::reindex`): the full-text index (search keys of
//! every title and body), each article's content hash (the identity of an article without a URL, and
//! the content key its event reports keep) and the search keys of every gazetteer alias. Extraction
//! results (mentions, meetings, republications) are not re-run here: `marsad extract` does that.

use std::path::Path;

use anyhow::Result;

use crate::arabic;
use crate::db::{self, Mode};

/// `marsad reindex` takes no arguments of its own.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad check      # says 'normalisation version … run marsad reindex' if due\n  \
    marsad reindex    # rebuild search keys, content hashes and alias keys\n  \
    marsad extract    # then re-run extraction so mentions use the new keys too\n\
    \n\
    Safe to run at any time: it only rewrites derived keys, never the article text.")]
pub struct Args {}

/// Reindex the archive at `path` and report what changed on stderr; exit status 0. Errors: the
/// archive cannot be opened for writing, or SQLite fails (nothing is changed then).
pub fn run(_args: &Args, path: &Path) -> Result<i32> {
    let conn = db::open(path, Mode::Write)?;
    let s = crate::archive::articles::reindex(&conn)?;
    eprintln!(
        "rebuilt the search index over {} article(s); {} content hash(es) and {} alias key(s) changed; \
         normalisation version {} (run `marsad extract` to refresh mentions too)",
        s.articles,
        s.hashes,
        s.aliases,
        arabic::NORMALIZATION_VERSION
    );
    Ok(0)
}
