//! `marsad meetings`: the meetings canned query with its filters as flags.

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db::{self, Mode};
use crate::output::Format;
use crate::query;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad meetings --place Paris                  # = --place باريس\n  \
    marsad meetings --participant Dermer --status held\n  \
    marsad meetings --from 2025-07 --to 2025-08 --format csv\n\
    \n\
    Names may be given in Arabic or English, by any alias or surname, in common spellings (Shaibani, al-Shaibani, الشيباني); a name that fits several entities lists them instead. Dates are YYYY, YYYY-MM or YYYY-MM-DD; a meeting matches when its date range overlaps [--from, --to], and each date prints at its precision (2000, 2025-07, 2025-07-24). Oldest first, undated last; at most --limit rows (100 by default), found without reading the whole archive.\n\
    \n\
    CSV columns: event_id, date, precision, place, participants, mediator, status, reports, outlets, conflict.")]
pub struct MeetingsArgs {
    /// Only meetings in this place (any alias: Paris, باريس).
    #[arg(long)]
    pub place: Option<String>,
    /// Only meetings on or after this date.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only meetings on or before this date.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only meetings this person or body took part in.
    #[arg(long, value_name = "NAME")]
    pub participant: Option<String>,
    /// Only meetings this person or body mediated or sponsored.
    #[arg(long, value_name = "NAME")]
    pub mediator: Option<String>,
    /// Only meetings of this status (`unknown`: the text did not say whether it was planned or held).
    #[arg(long, value_parser = ["planned", "held", "ongoing", "unknown"])]
    pub status: Option<String>,
    /// At most this many meetings (the first ones in date order).
    #[arg(long, short = 'n', default_value_t = 100)]
    pub limit: u32,
    #[command(flatten)]
    pub out: OutArgs,
}

pub fn run(path: &Path, a: MeetingsArgs) -> Result<i32> {
    let mut conn = db::open(path, Mode::ReadOnly)?;
    let q = query::canned::find(None, "meetings")?;
    let params: Vec<(String, String)> = [
        ("place", a.place),
        ("from", a.from),
        ("to", a.to),
        ("participant", a.participant),
        ("mediator", a.mediator),
        ("status", a.status),
        ("limit", Some(a.limit.to_string())),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
    .collect();
    let mut sink = a.out.sink()?;
    let n = query::canned::run(&mut conn, &q, &params, sink.as_mut())?;
    if n == 0 && a.out.format == Format::Table {
        eprintln!("no meetings match");
    }
    Ok(0)
}
