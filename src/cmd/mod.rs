//! One file per command: its clap arguments (with help that teaches by example) and
//! `run(archive path, args) -> exit status`, which calls the library and prints the outcome.

pub mod backup;
pub mod check;
pub mod dates;
pub mod entities;
pub mod entity;
pub mod event;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod import;
pub mod info;
pub mod keys;
pub mod meetings;
pub mod migrate;
pub mod query;
pub mod reindex;
pub mod report;
pub mod search;
pub mod sql;
pub mod tagger;

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::output::{self, Format, OutputOptions};

/// Output flags shared by every command that prints rows.
#[derive(Args, Debug, Clone)]
pub struct OutArgs {
    /// How to print rows.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write rows to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Start CSV/TSV output with a UTF-8 byte-order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
    /// CSV/TSV for a spreadsheet: a BOM, and text cells starting with = + - @ tab or CR get a
    /// leading ' so Excel or LibreOffice never runs them as formulas (--bom implies it).
    #[arg(long)]
    pub excel: bool,
    /// Tables: show every cell whole, wrapped to the terminal, instead of cutting long ones with '…'.
    #[arg(long)]
    pub wide: bool,
}

impl OutArgs {
    pub fn options(&self) -> OutputOptions {
        OutputOptions {
            format: self.format,
            bom: self.bom,
            excel: self.excel,
            max_width: 60,
        }
    }
    pub fn sink(&self) -> Result<Box<dyn output::RowSink>> {
        output::sink_with(&self.options(), self.wide, self.output.as_deref())
    }
}
