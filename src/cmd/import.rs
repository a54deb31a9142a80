//! `marsad import`: read files, directories or standard input into the archive (`ingest`).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::db::{self, Mode};
use crate::ingest::{self, Defaults, ImportOptions, InputFormat};

/// Exit status when an import finished but skipped bad records.
pub const EXIT_PARTIAL: i32 = 3;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad import examples/articles/        # a directory, recursively\n  \
    marsad import feed.jsonl --outlet AFP   # JSON Lines, one outlet for all\n  \
    cat article.txt | marsad import - --format text  # stdin: give its format\n\
    \n\
    Formats (by extension, or --format):\n  \
    .txt         one article: first non-empty line is the title, the rest the body\n  \
    .jsonl       one JSON object per line: url, title, body, published_at, outlet,\n               \
    lang\n  \
    .json        a JSON array of such objects\n  \
    .csv / .tsv  a header row naming those fields\n\
    \n\
    Importing the same articles again adds nothing: an article is identified by its URL, or without one by a hash of its normalised title and body. A known URL whose text changed is reported and the archived text kept.\n\
    \n\
    Bad records are reported as FILE:LINE: reason and skipped (exit status 3); with --strict the first one aborts the import and the archive is left exactly as it was.\n\
    \n\
    Publication date: the record's published_at, else a date the article states in its header («اليوم السبت 26 يوليو 2025 06:30 مساءً»), else --published-at.")]
pub struct ImportArgs {
    /// Files or directories to import (directories recursively); - reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Input format, when the file extension does not tell it (required for -).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<InputFormat>,
    /// Outlet for records that do not name one.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date for records that have none (ISO 8601, e.g. 2025-07-26).
    #[arg(long, value_name = "DATE")]
    pub published_at: Option<String>,
    /// Language code for records that do not give one (e.g. ar).
    #[arg(long)]
    pub lang: Option<String>,
    /// Abort on the first bad record and leave the archive unchanged.
    #[arg(long)]
    pub strict: bool,
    /// Skip entity, event and attribution extraction (faster; run `marsad extract` later).
    #[arg(long)]
    pub no_extract: bool,
    /// Largest record accepted, in MiB.
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    pub max_record_mb: usize,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// CSV/TSV field separator: ',' ';' or tab (by default told by each file's header line).
    #[arg(long, value_name = "CHAR", value_parser = crate::ingest::formats::parse_delimiter)]
    pub delimiter: Option<u8>,
}

pub fn run(path: &Path, a: ImportArgs) -> Result<i32> {
    let existed = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
    let result = import(path, a);
    // A first import that fails leaves no archive behind (an empty one would look like a result).
    let failed = match &result {
        Ok((code, s)) => *code != 0 && s.imported == 0,
        Err(_) => true,
    };
    if !existed && failed {
        db::remove_if_empty(path)?;
    }
    result.map(|(code, _)| code)
}

fn import(path: &Path, a: ImportArgs) -> Result<(i32, ingest::Summary)> {
    let mut conn = db::open(path, Mode::Write)?;
    crate::info::warn_if_stale_index(&conn)?;
    if let Some(d) = &a.published_at {
        ingest::prepare_date_arg(d).map_err(|e| anyhow::anyhow!("--published-at: {e}"))?;
    }
    let opts = ImportOptions {
        format: a.format,
        defaults: Defaults {
            outlet: a.outlet,
            published_at: a.published_at,
            lang: a.lang,
        },
        strict: a.strict,
        max_record: a.max_record_mb.max(1) << 20,
        extract: !a.no_extract,
        quiet: a.quiet,
        delimiter: a.delimiter,
    };
    let s = ingest::run(&mut conn, &a.paths, &opts)?;
    if s.aborted {
        eprintln!(
            "import aborted under --strict: nothing was imported, {} is unchanged",
            path.display()
        );
        return Ok((1, s));
    }
    if !a.quiet {
        eprintln!(
            "imported {} article(s) into {}; {} duplicate(s) skipped, {} changed (kept archived text), {} failed",
            s.imported,
            path.display(),
            s.duplicates,
            s.changed,
            s.failed
        );
        if s.cleaned > 0 {
            eprintln!(
                "{} imported article(s) had HTML/XML markup (character references, tags) cleaned from their \
                 text; the originals are in the table article_originals",
                s.cleaned
            );
        }
    }
    Ok((if s.failed > 0 { EXIT_PARTIAL } else { 0 }, s))
}
