//! Command-line interface: argument definitions and dispatch to the capability modules.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};

use crate::db::{self, Mode};
use crate::ingest::{self, Defaults, ImportOptions, InputFormat};
use crate::output::{self, Format, OutputOptions};
use crate::{curate, info, query, search};

/// Exit status when an import finished but skipped bad records.
pub const EXIT_PARTIAL: i32 = 3;

#[derive(Parser, Debug)]
#[command(
    name = "marsad",
    version,
    about = "An archive of news reporting: articles, who they name, the meetings they report and who said so.",
    long_about = "marsad keeps news articles (Arabic first) in one SQLite file, finds the people, places and \
                  organisations they name, the meetings they report and the sources behind each claim, and answers \
                  questions about them as tables, CSV or JSON.",
    after_help = "Examples:\n  \
        marsad import examples/articles/          # create ./marsad.db and import the sample articles\n  \
        marsad search الشيباني                     # Arabic-aware full-text search\n  \
        marsad search '\"وزير الخارجية\" AND باريس' --format csv\n  \
        marsad sql 'SELECT count(*) FROM articles'\n  \
        marsad info\n\n\
        The archive is ./marsad.db unless --db or MARSAD_DB names another."
)]
pub struct Cli {
    /// The archive file (created on first import).
    #[arg(long, global = true, env = "MARSAD_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

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
}

impl OutArgs {
    fn options(&self) -> OutputOptions {
        OutputOptions {
            format: self.format,
            bom: self.bom,
            max_width: 60,
        }
    }
    fn sink(&self) -> Result<Box<dyn output::RowSink>> {
        output::sink(&self.options(), self.output.as_deref())
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Import articles from files, directories or standard input.
    #[command(after_help = "Formats (by extension, or --format):\n  \
        .txt         one article: first non-empty line is the title, the rest the body\n  \
        .jsonl       one JSON object per line: url, title, body, published_at, outlet, lang\n  \
        .json        a JSON array of such objects\n  \
        .csv / .tsv  a header row naming those fields\n\n\
        Importing the same articles again adds nothing: an article is identified by its URL, or without one by a\n\
        hash of its normalised title and body. A known URL whose text changed is reported and the archived text kept.\n\
        Bad records are reported as FILE:LINE: reason and skipped (exit status 3); with --strict the first one\n\
        aborts the import and the archive is left exactly as it was.\n\n\
        Publication date: the record's published_at, else a date the article states in its header\n\
        («اليوم السبت 26 يوليو 2025 06:30 مساءً»), else --published-at.")]
    Import(ImportArgs),

    /// Full-text search, Arabic-aware (spelling variants, harakat and clitics do not matter).
    #[command(after_help = "Query syntax:\n  \
        باريس الشيباني              articles with both words (any spelling: إسرائيل = اسرائيل, والشيباني = الشيباني)\n  \
        \"وزير الخارجية\"             a phrase\n  \
        باريس OR باكو, NOT, ( )     FTS5 operators, in capitals\n  \
        ديرم*                       a prefix\n  \
        title:قمة                   only in titles\n\n\
        Results are ranked by relevance (bm25, title weighted 4x), with a snippet of the original text; matches in [ ].\n\n\
        Ranking is bounded so that a search stays fast in a large archive: only the newest 1000 matches (most\n\
        recently archived, after --from/--to/--outlet) are ranked. An older, more relevant article beyond them is\n\
        not shown; --rank all ranks every match (slower for common words), --sort newest skips ranking.")]
    Search(SearchArgs),

    /// Run a read-only SQL query against the archive.
    #[command(
        after_help = "The connection cannot write: INSERT, UPDATE, DELETE, schema changes, ATTACH, PRAGMAs that set\n\
        a value and extension loading are refused. Named parameters bind with --param:\n  \
        marsad sql 'SELECT title FROM articles WHERE published_at >= :since' --param since=2025-07-01"
    )]
    Sql(SqlArgs),

    /// List meetings: date, place, participants, mediator, status, and the reports behind each.
    #[command(
        after_help = "Names may be given in Arabic or English, by any alias: --place Paris = --place باريس.\n\
        Dates are YYYY, YYYY-MM or YYYY-MM-DD; a meeting matches when its date range overlaps [--from, --to].\n\
        Oldest first, undated last; at most --limit rows (100 by default), found without reading the whole archive.\n\
        CSV columns: event_id,date,precision,place,participants,mediator,status,reports,outlets,conflict"
    )]
    Meetings(MeetingsArgs),

    /// Run a canned query: `query list`, `query show NAME`, `query NAME --param k=v` (or `--k v`).
    #[command(
        after_help = "Canned queries are SQL files with a header naming their typed parameters (sql/ in the\n\
        source; your own in --queries DIR or $MARSAD_QUERIES, same format). Examples:\n  \
        marsad query list\n  \
        marsad query meetings-by-place --place Baku\n  \
        marsad query who-meets-whom --param entity=الشيباني --format csv"
    )]
    Query(QueryArgs),

    /// Export tables as CSV (or TSV, JSON Lines), one file each, and Datasette metadata.
    #[command(after_help = "Examples:\n  \
        marsad export --dir out/                      # every table as out/TABLE.csv\n  \
        marsad export --dir out/ --views              # plus events_flat.csv and attributions_flat.csv\n  \
        marsad export --dir out/ events mentions --bom   # two tables, with a BOM for Excel\n  \
        marsad export --datasette-metadata meta.json  # then: datasette marsad.db -m meta.json\n\n\
        CSV is RFC 4180, UTF-8, with a header row; files stream in constant memory, two tables at a\n\
        time, all read from the same commit (an import waits a moment while the export starts).")]
    Export(ExportArgs),

    /// Re-run extraction (entities, attributions, meetings, republications) after the gazetteer changed.
    #[command(
        after_help = "Idempotent: automatic rows of the chosen articles are replaced, curated rows are kept, and\n\
        reports are re-clustered into events. Without --article, every article is re-extracted."
    )]
    Extract {
        /// Only these article ids (repeatable).
        #[arg(long = "article", value_name = "ID")]
        articles: Vec<i64>,
    },

    /// Load entities from a CSV file into the gazetteer.
    #[command(subcommand)]
    Gazetteer(GazetteerCmd),

    /// Entities named in the archive, most mentioned first (people, places, organisations, outlets).
    Entities(EntitiesArgs),

    /// Curate entities: add, alias, merge, list, show.
    #[command(subcommand)]
    Entity(EntityCmd),

    /// Inspect events.
    #[command(subcommand)]
    Event(EventCmd),

    /// Check the archive: SQLite and full-text integrity, foreign keys, schema, orphans. Exit 1 on any problem.
    Check {
        #[command(flatten)]
        out: OutArgs,
    },

    /// Copy the archive to FILE through SQLite's online backup API (safe while it is in use).
    Backup {
        /// Where to write the copy.
        file: PathBuf,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
    },

    /// Show the archive: path, schema version, row counts, size.
    ///
    /// Tables over 100,000 rows show their highest row id (exact unless rows were deleted) and are
    /// listed under rows_estimated, so info stays instant on a million-article archive.
    Info {
        /// Count every table exactly (a few seconds on a large archive).
        #[arg(long)]
        exact: bool,
        #[command(flatten)]
        out: OutArgs,
    },

    /// Show or apply schema migrations.
    Migrate {
        /// List applied and pending migrations instead of applying them.
        #[arg(long)]
        list: bool,
        /// Migrate only up to this schema version (migrations only go forward).
        #[arg(long, value_name = "VERSION")]
        to: Option<u32>,
        #[command(flatten)]
        out: OutArgs,
    },

    /// Rebuild the full-text index (after a change of marsad's Arabic normalisation).
    Reindex,

    /// The entity tagger: tag a text, write training features, score it (P/R/F1 per kind).
    Tagger(crate::cmd::tagger::Args),
}

#[derive(Args, Debug)]
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
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words, a "phrase", or FTS5 syntax.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// At most this many results.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: u32,
    /// Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only articles from this outlet (its name as imported, or any known alias: AFP, وكالة الأنباء الفرنسية).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Rank the newest 1000 matches (recent, bounded cost) or every match (all, exhaustive).
    #[arg(long, value_enum, default_value_t = search::Rank::Recent)]
    pub rank: search::Rank,
    /// Order by relevance, or newest (most recently archived) first.
    #[arg(long, value_enum, default_value_t = search::Sort::Relevance)]
    pub sort: search::Sort,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Args, Debug)]
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
    /// Only planned or only held meetings.
    #[arg(long, value_parser = ["planned", "held"])]
    pub status: Option<String>,
    /// At most this many meetings (the first ones in date order).
    #[arg(long, short = 'n', default_value_t = 100)]
    pub limit: u32,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Directory to write the files into (created if needed).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Tables (or views) to export; all tables when none is named.
    #[arg(value_name = "TABLE")]
    pub tables: Vec<String>,
    /// File format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Tab-separated instead of CSV (same as --format tsv).
    #[arg(long)]
    pub tsv: bool,
    /// Start each CSV/TSV file with a UTF-8 byte-order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
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

#[derive(Args, Debug)]
pub struct EntitiesArgs {
    /// Only this kind: person, org, place, country or outlet.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only entities with an alias containing this text (normalised: any spelling).
    #[arg(long)]
    pub search: Option<String>,
    /// At most this many rows.
    #[arg(long, short = 'n', default_value_t = 50)]
    pub limit: i64,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Subcommand, Debug)]
pub enum EntityCmd {
    /// Add an entity with its names and aliases (marked curated).
    #[command(
        after_help = "Example:\n  marsad entity add --kind person --ar 'هاكان فيدان' --en 'Hakan Fidan' --alias فيدان"
    )]
    Add {
        /// person, org, place, country or outlet.
        #[arg(long)]
        kind: String,
        /// Arabic name.
        #[arg(long)]
        ar: Option<String>,
        /// English name.
        #[arg(long)]
        en: Option<String>,
        /// A stable key (lowercase slug), optional.
        #[arg(long)]
        key: Option<String>,
        /// Another name it goes by (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
    },
    /// Give an entity (id or any alias) more aliases.
    Alias {
        entity: String,
        #[arg(required = true)]
        aliases: Vec<String>,
    },
    /// Merge the first entity into the second: its aliases, mentions, events and attributions move over.
    Merge { from: String, into: String },
    /// List entities, all of them (also those not mentioned yet).
    List(EntitiesArgs),
    /// Show one entity (id or any alias) with its aliases and counts.
    Show {
        entity: String,
        #[command(flatten)]
        out: OutArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum GazetteerCmd {
    /// Import entities from CSV: key,kind,name_en,name_ar,aliases_ar,aliases_en (aliases separated by |).
    #[command(
        after_help = "The columns are those of data/gazetteer/*.csv in the source; optional extra columns:\n\
        short_ar (bare surnames, ambiguous), descriptive_ar (phrases such as «العاصمة الفرنسية»), domain.\n\
        Run `marsad extract` afterwards to find the new names in archived articles."
    )]
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum EventCmd {
    /// Every report of one event: each article's claimed date, place and status, its source, and the text.
    Show {
        id: i64,
        #[command(flatten)]
        out: OutArgs,
    },
}

#[derive(Args, Debug)]
pub struct QueryArgs {
    /// Directory of your own .sql queries (same header format as the built-in ones).
    #[arg(long, env = "MARSAD_QUERIES", value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// list, show NAME, or the NAME of a query to run.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Parameters (--param k=v or --k v) and output options (--format, --output, --bom).
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    pub rest: Vec<String>,
}

#[derive(Args, Debug)]
pub struct SqlArgs {
    /// The SQL (one or more statements; the last one's rows are printed).
    #[arg(value_name = "SQL")]
    pub sql: String,
    /// A named parameter: --param name=value binds :name.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Stop a query that runs longer than this many seconds.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub timeout: f64,
    #[command(flatten)]
    pub out: OutArgs,
}

/// Run the parsed command; returns the process exit status.
pub fn run(cli: Cli) -> Result<i32> {
    let path = db::resolve_path(cli.db.clone());
    match cli.command {
        Command::Import(a) => {
            let mut conn = db::open(&path, Mode::Write)?;
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
            };
            let s = ingest::run(&mut conn, &a.paths, &opts)?;
            if s.aborted {
                eprintln!(
                    "import aborted under --strict: nothing was imported, {} is unchanged",
                    path.display()
                );
                return Ok(1);
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
            }
            Ok(if s.failed > 0 { EXIT_PARTIAL } else { 0 })
        }
        Command::Search(a) => {
            let conn = db::open(&path, Mode::ReadOnly)?;
            info::warn_if_stale_index(&conn)?;
            let opts = search::SearchOptions {
                limit: a.limit,
                from: a.from,
                to: a.to,
                outlet: a.outlet,
                rank: a.rank,
                sort: a.sort,
                ..Default::default()
            };
            let mut sink = a.out.sink()?;
            let n = search::search(&conn, &a.query.join(" "), &opts, sink.as_mut())?;
            if n == 0 && a.out.format == Format::Table {
                eprintln!("no articles match");
            }
            Ok(0)
        }
        Command::Sql(a) => {
            let mut conn = db::open(&path, Mode::ReadOnly)?;
            if !(a.timeout > 0.0 && a.timeout.is_finite()) {
                anyhow::bail!("--timeout must be a positive number of seconds");
            }
            let opts = query::adhoc::SqlOptions {
                params: query::parse_params(&a.params)?,
                timeout: Duration::from_secs_f64(a.timeout),
            };
            let mut sink = a.out.sink()?;
            query::adhoc::run(&mut conn, &a.sql, &opts, sink.as_mut())?;
            Ok(0)
        }
        Command::Meetings(a) => {
            let mut conn = db::open(&path, Mode::ReadOnly)?;
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
        Command::Query(a) => run_query(&path, a),
        Command::Entities(a) => {
            let conn = db::open(&path, Mode::ReadOnly)?;
            let mut sink = a.out.sink()?;
            curate::list(
                &conn,
                a.kind.as_deref(),
                a.search.as_deref(),
                true,
                a.limit,
                sink.as_mut(),
            )?;
            Ok(0)
        }
        Command::Entity(cmd) => run_entity(&path, cmd),
        Command::Extract { articles } => {
            let conn = db::open(&path, Mode::Write)?;
            let g = crate::extract::Gazetteer::load(&conn)?;
            let ids = (!articles.is_empty()).then_some(articles.as_slice());
            let s = crate::extract::store::rerun(&conn, &g, ids)?;
            eprintln!(
                "re-extracted {} article(s): {} mention(s), {} attribution(s), {} meeting report(s)",
                s.articles, s.mentions, s.attributions, s.reports
            );
            Ok(0)
        }
        Command::Gazetteer(GazetteerCmd::Import { file }) => {
            let conn = db::open(&path, Mode::Write)?;
            let n = crate::extract::gazetteer::import_csv(&conn, &file)?;
            eprintln!("imported {n} entit(ies) from {}; run `marsad extract` to find them in archived articles", file.display());
            Ok(0)
        }
        Command::Event(EventCmd::Show { id, out }) => {
            let conn = db::open(&path, Mode::ReadOnly)?;
            let mut sink = out.sink()?;
            curate::event_show(&conn, id, sink.as_mut())?;
            Ok(0)
        }
        Command::Export(a) => {
            if a.dir.is_none() && a.datasette_metadata.is_none() {
                anyhow::bail!(
                    "export needs --dir DIR (tables) or --datasette-metadata FILE, or both"
                );
            }
            if let Some(file) = &a.datasette_metadata {
                let meta = crate::export::datasette_metadata(&path, a.queries.as_deref())?;
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
                let conn = db::open(&path, Mode::ReadOnly)?;
                let format = if a.tsv { Format::Tsv } else { a.format };
                let opts = crate::export::ExportOptions {
                    format,
                    bom: a.bom,
                    views: a.views,
                };
                for (name, rows) in crate::export::export(&conn, dir, &a.tables, &opts)? {
                    eprintln!("{name}: {rows} row(s)");
                }
            }
            Ok(0)
        }
        Command::Check { out } => {
            let findings = crate::check::check(&path)?;
            let mut sink = out.sink()?;
            crate::check::print(&findings, sink.as_mut())?;
            Ok(if findings.iter().all(|f| f.ok) { 0 } else { 1 })
        }
        Command::Backup { file, force } => {
            crate::check::backup(&path, &file, force)?;
            eprintln!("backed up {} to {}", path.display(), file.display());
            Ok(0)
        }
        Command::Info { exact, out } => {
            let conn = db::open(&path, Mode::ReadOnly)?;
            let mut sink = out.sink()?;
            info::info(&conn, &path, exact, sink.as_mut())?;
            Ok(0)
        }
        Command::Migrate { list, to, out } => {
            let conn = if list && path.exists() {
                rusqlite::Connection::open_with_flags(
                    &path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )?
            } else {
                db::open_write_to(&path, to)?
            };
            let mut sink = out.sink()?;
            info::migrations(&conn, sink.as_mut())?;
            Ok(0)
        }
        Command::Tagger(a) => crate::cmd::tagger::run(&a),
        Command::Reindex => {
            let conn = db::open(&path, Mode::Write)?;
            let n = info::reindex(&conn)?;
            eprintln!("rebuilt the search index over {n} article(s)");
            Ok(0)
        }
    }
}

/// `marsad query list | show NAME | NAME ARGS...`: parameters and output flags are parsed here, because a
/// query's parameters are only known once its file is read.
fn run_query(path: &std::path::Path, a: QueryArgs) -> Result<i32> {
    let dir = a.queries.as_deref();
    let mut out = OutArgs {
        format: Format::Table,
        output: None,
        bom: false,
    };
    let mut params = Vec::new();
    let mut positional = Vec::new();
    let mut it = a.rest.into_iter();
    while let Some(arg) = it.next() {
        let Some(flag) = arg.strip_prefix("--") else {
            positional.push(arg);
            continue;
        };
        let (key, inline) = match flag.split_once('=') {
            Some((k, v)) if k != "param" => (k.to_string(), Some(v.to_string())),
            _ => (flag.to_string(), None),
        };
        if key == "bom" {
            out.bom = true;
            continue;
        }
        let value = match inline {
            Some(v) => v,
            None => it
                .next()
                .ok_or_else(|| anyhow::anyhow!("--{key} needs a value"))?,
        };
        match key.as_str() {
            "format" => {
                out.format = <Format as clap::ValueEnum>::from_str(&value, true)
                    .map_err(|_| anyhow::anyhow!("--format: unknown format '{value}' (table, csv, tsv, json, jsonl, markdown)"))?
            }
            "output" => out.output = Some(PathBuf::from(value)),
            "param" => params.extend(query::parse_params(&[value])?),
            _ => params.push((key, value)),
        }
    }
    let mut sink = out.sink()?;
    match a.name.as_str() {
        "list" => {
            sink.header(&["name", "description", "parameters"].map(String::from))?;
            for q in query::canned::all(dir)? {
                let ps: Vec<String> = q
                    .params
                    .iter()
                    .map(|p| {
                        let mut s = format!("{} ({})", p.name, p.ty.as_str());
                        if p.required {
                            s.push_str(" required");
                        }
                        if let Some(d) = &p.default {
                            s.push_str(&format!(" default {d}"));
                        }
                        s
                    })
                    .collect();
                sink.row(&[q.name.into(), q.description.into(), ps.join(", ").into()])?;
            }
            sink.finish()?;
        }
        "show" => {
            let name = positional
                .first()
                .ok_or_else(|| anyhow::anyhow!("query show needs a NAME"))?;
            print!("{}", query::canned::find(dir, name)?.sql);
        }
        name => {
            if let Some(extra) = positional.first() {
                anyhow::bail!("unexpected argument '{extra}': parameters are given as --name value or --param name=value");
            }
            let q = query::canned::find(dir, name)?;
            let mut conn = db::open(path, Mode::ReadOnly)?;
            query::canned::run(&mut conn, &q, &params, sink.as_mut())?;
        }
    }
    Ok(0)
}

fn run_entity(path: &std::path::Path, cmd: EntityCmd) -> Result<i32> {
    match cmd {
        EntityCmd::Add {
            kind,
            ar,
            en,
            key,
            aliases,
        } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::add_entity(
                &conn,
                &curate::NewEntity {
                    kind,
                    name_ar: ar,
                    name_en: en,
                    key,
                    aliases,
                },
            )?;
            println!("{id}");
            eprintln!("added entity {id}; run `marsad extract` to find it in archived articles");
        }
        EntityCmd::Alias { entity, aliases } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::resolve(&conn, &entity)?;
            let tx = conn.unchecked_transaction()?;
            let mut added = 0;
            for a in &aliases {
                added += curate::add_alias(&tx, id, a, "name")? as usize;
            }
            tx.commit()?;
            eprintln!(
                "{added} alias(es) added to entity {id} ({} already known)",
                aliases.len() - added
            );
        }
        EntityCmd::Merge { from, into } => {
            let conn = db::open(path, Mode::Write)?;
            let (f, i) = (
                curate::resolve(&conn, &from)?,
                curate::resolve(&conn, &into)?,
            );
            curate::merge(&conn, f, i)?;
            eprintln!("merged entity {f} into {i}");
        }
        EntityCmd::List(a) => {
            let conn = db::open(path, Mode::ReadOnly)?;
            let mut sink = a.out.sink()?;
            curate::list(
                &conn,
                a.kind.as_deref(),
                a.search.as_deref(),
                false,
                a.limit,
                sink.as_mut(),
            )?;
        }
        EntityCmd::Show { entity, out } => {
            let conn = db::open(path, Mode::ReadOnly)?;
            let id = curate::resolve(&conn, &entity)?;
            let mut sink = out.sink()?;
            curate::show(&conn, id, sink.as_mut())?;
        }
    }
    Ok(0)
}
