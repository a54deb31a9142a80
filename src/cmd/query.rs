//! `marsad query`: canned queries (`query::canned`): list them, show one, run one.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::OutArgs;
use crate::db::{self, Mode};
use crate::output::Format;
use crate::query;

#[derive(Args, Debug)]
#[command(
    after_help = "Canned queries are SQL files with a header naming their typed parameters (sql/ in the\n\
    source; your own in --queries DIR or $MARSAD_QUERIES, same format). Examples:\n  \
    marsad query list\n  \
    marsad query meetings-by-place --place Baku\n  \
    marsad query who-meets-whom --param entity=الشيباني --format csv"
)]
pub struct QueryArgs {
    /// Directory of your own .sql queries (same header format as the built-in ones).
    #[arg(long, env = "MARSAD_QUERIES", value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// list, show NAME, or the NAME of a query to run.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Parameters (--param k=v or --k v) and output options (--format, --output, --bom, --excel).
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
            query::canned::run(&mut conn, &q, &params, sink.as_mut())?;
        }
    }
    Ok(0)
}
