//! `marsad export`: tables as CSV, TSV or JSON Lines files, and Datasette metadata (`export`).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::db::{self, Mode};
use crate::output::Format;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad export --dir out/               # every table as out/TABLE.csv\n  \
    marsad export --dir out/ --views       # and events_flat, attributions_flat\n  \
    marsad export --dir out/ events mentions --excel  # formula-safe, for Excel\n  \
    marsad export --dir out/ --format parquet  # articles/month=YYYY-MM/…\n  \
    marsad export --datasette-metadata meta.json     # for datasette -m meta.json\n\
    \n\
    CSV is RFC 4180, UTF-8, with a header row; files stream in constant memory, two tables at a time, all read from the same commit (an import waits a moment while the export starts).")]
pub struct ExportArgs {
    /// Directory to write the files into (created if needed).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Tables (or views) to export; all tables when none is named.
    #[arg(value_name = "TABLE")]
    pub tables: Vec<String>,
    /// File format (parquet: typed columns, articles partitioned by month; see README).
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Tab-separated instead of CSV (same as --format tsv).
    #[arg(long)]
    pub tsv: bool,
    /// Start each CSV/TSV file with a UTF-8 byte-order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
    /// For a spreadsheet: a BOM, and text cells starting with = + - @ tab or CR get a leading ' so
    /// Excel or LibreOffice never runs them as formulas (--bom implies it; plain CSV stays exact).
    #[arg(long)]
    pub excel: bool,
    /// Also export the joined views events_flat and attributions_flat.
    #[arg(long)]
    pub views: bool,
    /// Write Datasette metadata (table descriptions and canned queries) to FILE.
    #[arg(long, value_name = "FILE")]
    pub datasette_metadata: Option<PathBuf>,
    /// Directory of your own .sql queries to include in the Datasette metadata.
    #[arg(long, env = "MARSAD_QUERIES", value_name = "DIR")]
    pub queries: Option<PathBuf>,
}

/// The formats `export` writes: the row formats of `output`, and Parquet (`crate::columnar`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 4180 CSV, UTF-8, header row.
    Csv,
    /// Tab-separated values with \t \n \r \\ escapes, header row.
    Tsv,
    /// One JSON array per table.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Typed columns, articles partitioned by month (see README).
    Parquet,
}

pub fn run(path: &Path, a: ExportArgs) -> Result<i32> {
    if a.dir.is_none() && a.datasette_metadata.is_none() {
        anyhow::bail!("export needs --dir DIR (tables) or --datasette-metadata FILE, or both");
    }
    if let Some(file) = &a.datasette_metadata {
        let meta = crate::datasette::metadata(path, a.queries.as_deref())?;
        std::fs::write(file, serde_json::to_string_pretty(&meta)? + "\n")
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", file.display()))?;
        eprintln!(
            "wrote Datasette metadata to {} (use: datasette {} -m {})",
            file.display(),
            path.display(),
            file.display()
        );
    }
    if let Some(dir) = &a.dir {
        let conn = db::open(path, Mode::ReadOnly)?;
        let format = match a.format {
            _ if a.tsv => Format::Tsv,
            ExportFormat::Tsv => Format::Tsv,
            ExportFormat::Json => Format::Json,
            ExportFormat::Jsonl => Format::Jsonl,
            ExportFormat::Csv | ExportFormat::Parquet => Format::Csv,
        };
        let opts = crate::export::ExportOptions {
            format,
            bom: a.bom,
            excel: a.excel,
            views: a.views,
            parquet: a.format == ExportFormat::Parquet && !a.tsv,
        };
        for (name, rows) in crate::export::export(&conn, dir, &a.tables, &opts)? {
            eprintln!("{name}: {rows} row(s)");
        }
    }
    Ok(0)
}
