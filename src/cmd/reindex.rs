//! `marsad reindex`: rebuild the full-text index (`archive::articles::reindex`).

use std::path::Path;

use anyhow::Result;

use crate::db::{self, Mode};

pub fn run(path: &Path) -> Result<i32> {
    let conn = db::open(path, Mode::Write)?;
    let n = crate::archive::articles::reindex(&conn)?;
    eprintln!("rebuilt the search index over {n} article(s)");
    Ok(0)
}
