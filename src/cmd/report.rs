//! `marsad report`: one self-contained HTML page about the meetings (`report`).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use crate::db::{self, Mode};
use crate::report;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad report -o report.html\n  \
    marsad report --from 2025-07 --to 2025-08 --place Paris -o paris.html\n  \
    marsad report --participant Shaibani --status held -o shaibani.html\n\
    \n\
    The page has a timeline of the meetings (date × place, held or planned), a network of who met whom, and for each event its participants, mediators, outlets and sources and every report's sentence with the trigger, participants, place and date marked. It is one file with no script and nothing to download: it opens from disk, offline, and can be mailed.")]
pub struct ReportArgs {
    /// The HTML file to write.
    #[arg(long, short = 'o', value_name = "FILE", default_value = "report.html")]
    pub output: PathBuf,
    /// Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only meetings in this place (any alias: Paris, باريس).
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// Only meetings this person or body took part in or mediated (any alias: Shaibani, الشيباني).
    #[arg(long, value_name = "NAME")]
    pub participant: Option<String>,
    /// Only meetings of this status (`unknown`: the text did not say whether it was planned or held).
    #[arg(long, value_parser = ["planned", "held", "ongoing", "unknown"])]
    pub status: Option<String>,
    /// At most this many events, the first in date order (the page says how many more matched).
    #[arg(long, short = 'n', default_value_t = 1000)]
    pub limit: usize,
}

pub fn run(path: &Path, a: ReportArgs) -> Result<i32> {
    let conn = db::open(path, Mode::ReadOnly)?;
    let filters = report::Filters {
        from: a.from,
        to: a.to,
        place: a.place,
        participant: a.participant,
        status: a.status,
        event: None,
        limit: a.limit,
    };
    // Everything is gathered before the file is created: an error leaves no half-written page.
    let data = report::gather(&conn, &filters, &path.display().to_string())?;
    let file = std::fs::File::create(&a.output)
        .with_context(|| format!("cannot write {}", a.output.display()))?;
    let mut out = BufWriter::new(file);
    report::render(&data, &mut out)?;
    out.flush()?;
    eprintln!(
        "wrote {} ({} events{})",
        a.output.display(),
        data.events.len(),
        if data.left_out > 0 {
            format!(", {} more not shown: raise --limit", data.left_out)
        } else {
            String::new()
        }
    );
    Ok(0)
}
