//! `marsad gazetteer import FILE`: load entities from CSV (`archive::gazetteer`).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Subcommand;

use crate::db::{self, Mode};

#[derive(Subcommand, Debug)]
pub enum GazetteerCmd {
    /// Import entities from CSV: key,kind,name_en,name_ar,aliases_ar,aliases_en (aliases separated by |).
    #[command(after_help = "Examples:\n  \
        marsad gazetteer import people.csv\n  \
        marsad gazetteer import people.csv && marsad extract\n\
        \n\
        The columns are those of data/gazetteer/*.csv in the source; optional extra columns: short_ar (bare surnames, ambiguous), descriptive_ar (phrases such as «العاصمة الفرنسية»), domain. Run `marsad extract` afterwards to find the new names in archived articles.")]
    Import {
        /// The CSV file: a header row, then one entity a row.
        file: PathBuf,
    },
}

pub fn run(path: &Path, cmd: GazetteerCmd) -> Result<i32> {
    match cmd {
        GazetteerCmd::Import { file } => {
            let conn = db::open(path, Mode::Write)?;
            let n = crate::archive::gazetteer::import_csv(&conn, &file)?;
            eprintln!("imported {n} entit(ies) from {}; run `marsad extract` to find them in archived articles", file.display());
            Ok(0)
        }
    }
}
