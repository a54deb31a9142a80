//! Command-line interface: the top-level clap types and the dispatch to one file per command
//! (`cmd`).

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::cmd;
use crate::db;
pub use cmd::import::EXIT_PARTIAL;
pub use cmd::OutArgs;

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

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Import articles from files, directories or standard input.
    Import(cmd::import::ImportArgs),

    /// Full-text search, Arabic-aware (spelling variants, harakat and clitics do not matter).
    Search(cmd::search::SearchArgs),

    /// Run a read-only SQL query against the archive.
    Sql(cmd::sql::SqlArgs),

    /// List meetings: date, place, participants, mediator, status, and the reports behind each.
    Meetings(cmd::meetings::MeetingsArgs),

    /// Run a canned query: `query list`, `query show NAME`, `query NAME --param k=v` (or `--k v`).
    Query(cmd::query::QueryArgs),

    /// Write one self-contained HTML page: meetings timeline, who meets whom, sources and provenance.
    Report(cmd::report::ReportArgs),

    /// Export tables as CSV (or TSV, JSON Lines), one file each, and Datasette metadata.
    Export(cmd::export::ExportArgs),

    /// Re-run extraction (entities, attributions, meetings, republications) after the gazetteer changed.
    Extract(cmd::extract::ExtractArgs),

    /// Load entities from a CSV file into the gazetteer.
    #[command(subcommand)]
    Gazetteer(cmd::gazetteer::GazetteerCmd),

    /// Entities named in the archive, those in the most articles first (people, places, organisations, outlets).
    Entities(cmd::entities::EntitiesArgs),

    /// Curate entities: add, alias, merge, list, show.
    #[command(subcommand)]
    Entity(cmd::entity::EntityCmd),

    /// Inspect events.
    #[command(subcommand)]
    Event(cmd::event::EventCmd),

    /// Check the archive: SQLite and full-text integrity, foreign keys, schema, orphans. Exit 1 on any problem.
    Check(cmd::check::CheckArgs),

    /// Copy the archive to FILE through SQLite's online backup API (safe while it is in use).
    Backup(cmd::backup::BackupArgs),

    /// Show the archive: path, schema version, row counts, size.
    ///
    /// Tables over 100,000 rows show their highest row id (exact unless rows were deleted) and are
    /// listed under rows_estimated, so info stays instant on a million-article archive.
    Info(cmd::info::InfoArgs),

    /// Show or apply schema migrations.
    Migrate(cmd::migrate::MigrateArgs),

    /// Rebuild search keys, content hashes and alias keys (after a change of marsad's Arabic normalisation).
    Reindex(cmd::reindex::Args),

    /// Show the search keys a text becomes (or a query's FTS5 expression), for hand-written queries.
    Keys(cmd::keys::Args),

    /// The entity tagger: tag a text, write training features, score it (P/R/F1 per kind).
    Tagger(cmd::tagger::Args),

    /// Every date expression in a text: its value, precision and the rule that decided it.
    Dates(crate::cmd::dates::Args),
}

/// Run the parsed command; returns the process exit status.
pub fn run(cli: Cli) -> Result<i32> {
    let path = db::resolve_path(cli.db.clone());
    match cli.command {
        Command::Import(a) => cmd::import::run(&path, a),
        Command::Search(a) => cmd::search::run(&path, a),
        Command::Sql(a) => cmd::sql::run(&path, a),
        Command::Meetings(a) => cmd::meetings::run(&path, a),
        Command::Query(a) => cmd::query::run(&path, a),
        Command::Report(a) => cmd::report::run(&path, a),
        Command::Export(a) => cmd::export::run(&path, a),
        Command::Extract(a) => cmd::extract::run(&path, a),
        Command::Gazetteer(c) => cmd::gazetteer::run(&path, c),
        Command::Entities(a) => cmd::entities::run(&path, a),
        Command::Entity(c) => cmd::entity::run(&path, c),
        Command::Event(c) => cmd::event::run(&path, c),
        Command::Check(a) => cmd::check::run(&path, a),
        Command::Backup(a) => cmd::backup::run(&path, a),
        Command::Info(a) => cmd::info::run(&path, a),
        Command::Migrate(a) => cmd::migrate::run(&path, a),
        Command::Reindex(a) => cmd::reindex::run(&a, &path),
        Command::Keys(a) => cmd::keys::run(&a),
        Command::Tagger(a) => cmd::tagger::run(&a),
        Command::Dates(a) => cmd::dates::run(&a),
    }
}
