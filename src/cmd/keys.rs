//! `marsad keys TEXT`: the search keys a text (or a search query) becomes, so that full-text queries
//! can be written by hand in sqlite3 or Datasette against `articles_fts`.

use anyhow::Result;

use crate::arabic;
use crate::cli::OutArgs;
use crate::output::{self, OutputOptions, Value};

/// Show the search keys of a text, or the FTS5 expression of a search query.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad keys 'وزارتها في الکویت'          # each word's form and search key\n  \
    marsad keys --query 'عبد الله OR باريس'  # the FTS5 expression search runs\n  \
    sqlite3 marsad.db \"SELECT rowid FROM articles_fts\n      \
    WHERE articles_fts MATCH '\\\"وزار\\\"'\"\n\
    \n\
    The index stores one key per word of title and body: normalised (hamza seats, ى/ي, ة/ه, harakat, Persian letters, presentation forms, digits), then clitics and light suffixes removed. See README.")]
pub struct Args {
    /// The text (or, with --query, the search query).
    #[arg(value_name = "TEXT", required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// Treat TEXT as a `marsad search` query and print its FTS5 MATCH expression.
    #[arg(long)]
    pub query: bool,
    #[command(flatten)]
    pub out: OutArgs,
}

/// Print the keys (or the FTS5 expression) as rows in the chosen format; exit status 0. Errors: an
/// unreadable query (`search::rewrite`), an unwritable output file.
pub fn run(args: &Args) -> Result<i32> {
    let text = args.text.join(" ");
    let opts = OutputOptions {
        format: args.out.format,
        bom: args.out.bom,
        excel: args.out.excel,
        max_width: 60,
    };
    let mut sink = output::sink(&opts, args.out.output.as_deref())?;
    if args.query {
        let q = crate::search::rewrite(&text)?;
        sink.header(&["query".to_string(), "fts5_match".to_string()])?;
        sink.row(&[Value::Text(text), Value::Text(q.fts)])?;
    } else {
        sink.header(&["word", "normalized", "key"].map(String::from))?;
        for t in arabic::tokenize(&text) {
            sink.row(&[
                Value::Text(t.text.to_string()),
                Value::Text(arabic::normalize(t.text)),
                Value::Text(arabic::search_form(t.text)),
            ])?;
        }
    }
    sink.finish()?;
    Ok(0)
}
