//! `marsad query`: canned queries (`query::canned`): list them, show one, run one, describe one.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, CommandFactory};

use super::OutArgs;
use crate::db::{self, Mode};
use crate::output::Format;
use crate::query;
use crate::query::canned::Canned;

#[derive(Args, Debug)]
#[command(
    disable_help_flag = true,
    after_help = "Examples:\n  \
    marsad query list                          # every query, its parameters\n  \
    marsad query corroboration --help          # one query's parameters\n  \
    marsad query meetings-by-place --place Baku\n  \
    marsad query corroboration --min-sources 2 --format csv\n  \
    marsad query who-meets-whom --entity الشيباني\n  \
    marsad query show corroboration            # the SQL behind it\n\
    \n\
    Canned queries are SQL files with a header naming their typed parameters (sql/ in the source; your own in --queries DIR or $MARSAD_QUERIES, same format). Parameters are flags with dashes (--min-sources 2; --min_sources and --param min_sources=2 work too)."
)]
pub struct QueryArgs {
    /// Directory of your own .sql queries (same header format as the built-in ones).
    #[arg(long, env = "MARSAD_QUERIES", value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// Print help: this one, or with a NAME that query's parameters.
    #[arg(long, short = 'h')]
    pub help: bool,
    /// `list`, `show NAME`, or the NAME of a query to run.
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// The query's parameters (--NAME VALUE or --param NAME=VALUE) and the output flags (--format,
    /// --output, --bom, --excel, --wide).
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    pub rest: Vec<String>,
}

/// `marsad query list | show NAME | NAME ARGS...`: parameters and output flags are parsed here, because a
/// query's parameters are only known once its file is read.
pub fn run(path: &Path, a: QueryArgs) -> Result<i32> {
    let dir = a.queries.as_deref();
    let asks_help = a.help || a.rest.iter().any(|r| r == "--help" || r == "-h");
    let Some(name) = a.name.clone() else {
        if asks_help {
            print_generic_help()?;
            return Ok(0);
        }
        anyhow::bail!(
            "query needs a NAME: `marsad query list` shows them, `marsad query --help` explains"
        );
    };
    if asks_help {
        match name.as_str() {
            "list" | "show" => print_generic_help()?,
            n => print!("{}", help_of(&query::canned::find(dir, n)?)),
        }
        return Ok(0);
    }
    let mut out = OutArgs {
        format: Format::Table,
        output: None,
        bom: false,
        excel: false,
        wide: false,
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
        if key == "bom" || key == "excel" || key == "wide" {
            out.bom |= key == "bom";
            out.excel |= key == "excel";
            out.wide |= key == "wide";
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
    match name.as_str() {
        "list" => {
            // Descriptions are the point of the list: shown whole, wrapped.
            out.wide = true;
            let mut sink = out.sink()?;
            sink.header(&["name", "description", "parameters"].map(String::from))?;
            for q in query::canned::all(dir)? {
                let ps: Vec<String> = q.params.iter().map(param_summary).collect();
                sink.row(&[q.name.into(), q.description.into(), ps.join(", ").into()])?;
            }
            sink.finish()?;
        }
        "show" => {
            let name = positional
                .first()
                .ok_or_else(|| anyhow::anyhow!("query show needs a NAME"))?;
            // Not print!: it panics on a write error (`> /dev/full` exited 101).
            let mut out = std::io::stdout().lock();
            std::io::Write::write_all(&mut out, query::canned::find(dir, name)?.sql.as_bytes())
                .and_then(|_| std::io::Write::flush(&mut out))
                .map_err(|e| anyhow::Error::new(e).context("cannot write to standard output"))?;
        }
        name => {
            if let Some(extra) = positional.first() {
                anyhow::bail!("unexpected argument '{extra}': parameters are given as --name value or --param name=value");
            }
            let q = query::canned::find(dir, name)?;
            let mut conn = db::open(path, Mode::ReadOnly)?;
            let mut sink = out.sink()?;
            query::canned::run(&mut conn, &q, &params, sink.as_mut())?;
        }
    }
    Ok(0)
}

fn print_generic_help() -> Result<()> {
    let mut cli = crate::cli::Cli::command();
    cli.build();
    if let Some(q) = cli.find_subcommand_mut("query") {
        q.print_long_help()?;
    }
    Ok(())
}

/// "--min-sources (integer, default 2)"
fn param_summary(p: &query::canned::Param) -> String {
    let mut s = format!("{} ({}", p.flag(), p.ty.as_str());
    if p.required {
        s.push_str(", required");
    }
    if let Some(d) = &p.default {
        s.push_str(&format!(", default {d}"));
    }
    s.push(')');
    s
}

/// `marsad query NAME --help`: what the query answers, its parameters with types and defaults.
pub fn help_of(q: &Canned) -> String {
    let mut s = crate::output::wrap_text(&q.description, 80).join("\n") + "\n\n";
    let usage: Vec<String> = q
        .params
        .iter()
        .map(|p| {
            let v = format!("{} <{}>", p.flag(), p.ty.as_str());
            if p.required {
                v
            } else {
                format!("[{v}]")
            }
        })
        .collect();
    s.push_str(&format!(
        "Usage: marsad query {} {} [OUTPUT FLAGS]\n\nParameters:\n",
        q.name,
        usage.join(" ")
    ));
    if q.params.is_empty() {
        s.push_str("  (none)\n");
    }
    for p in &q.params {
        s.push_str(&format!("  {} <{}>\n", p.flag(), p.ty.as_str()));
        let mut d = p.description.clone();
        if p.required {
            d.push_str(" [required]");
        }
        if let Some(def) = &p.default {
            d.push_str(&format!(" [default: {def}]"));
        }
        for line in crate::output::wrap_text(&d, 70) {
            s.push_str(&format!("          {line}\n"));
        }
    }
    s.push_str(
        "\nTypes: text as given; integer a whole number; date YYYY, YYYY-MM or YYYY-MM-DD (a month\n\
         or year covers all of it); entity any alias or spelling of a name, or an entity id.\n\
         Output flags: --format table|csv|tsv|json|jsonl|markdown, --output FILE, --bom, --wide.\n",
    );
    let example: Vec<String> = q
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| {
            let v = match p.ty {
                query::canned::ParamType::Entity => "Paris",
                query::canned::ParamType::Date => "2025-07",
                query::canned::ParamType::Integer => "5",
                query::canned::ParamType::Text => "held",
            };
            format!(" {} {v}", p.flag())
        })
        .collect();
    s.push_str(&format!(
        "\nExamples:\n  marsad query {}{}\n  marsad query {}{} --format csv --output {}.csv\n  marsad query show {}   # its SQL ({})\n",
        q.name,
        example.concat(),
        q.name,
        example.concat(),
        q.name,
        q.name,
        q.origin
    ));
    s
}
