//! `marsad event show ID`: every report of one event (`curate::event_show`).

use std::path::Path;

use anyhow::Result;
use clap::Subcommand;

use super::OutArgs;
use crate::curate;
use crate::db::{self, Mode};

#[derive(Subcommand, Debug)]
pub enum EventCmd {
    /// Every report of one event: each article's claimed date, place and status, its source, and the text.
    Show {
        id: i64,
        #[command(flatten)]
        out: OutArgs,
    },
}

pub fn run(path: &Path, cmd: EventCmd) -> Result<i32> {
    match cmd {
        EventCmd::Show { id, out } => {
            let conn = db::open(path, Mode::ReadOnly)?;
            let mut sink = out.sink()?;
            curate::event_show(&conn, id, sink.as_mut())?;
            Ok(0)
        }
    }
}
