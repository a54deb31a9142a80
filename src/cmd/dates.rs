//! `marsad dates`: every date expression of a text, resolved by the policy the archive stores.

use std::io::Read;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;

use crate::arabic::dates::{self, Precision};
use crate::extract::{explain_text, DateFound, Dir};
use crate::output::{Format, Value};

/// Arguments of `marsad dates`.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad dates 'التقى الوزيران أمس في باريس' --ref 2025-07-26\n  \
    marsad dates 'من المقرر أن يلتقيا في 18 أبريل' --ref 2025-03-10\n  \
    marsad dates '15 أغسطس' --ref 2025-08-09 --tense future --format json\n  \
    cat article.txt | marsad dates --ref 2025-07-25T01:38:00+02:00 --format csv\n\
    \n\
    Columns: text, start, end (char offsets in the text), value, end_value (ranges), precision (day, month, year or unresolved), rule (what decided the value, or why it stayed unresolved) and note (spans such as «منذ عام 2011» that are never taken as an event's date).\n\
    \n\
    The same code resolves the dates of meeting reports during import: a date is right or left unresolved with its text. A day and month without a year resolve only with evidence: «الجاري/المقبل/الماضي», «من العام الماضي», a weekday that fits one year, or the tense of the verb (--tense, or words such as «من المقرر», «التقى» before the date).")]
pub struct Args {
    /// The text; standard input when absent or '-'.
    #[arg(value_name = "TEXT", num_args = 0..)]
    pub text: Vec<String>,
    /// Publication date the relative dates count from (YYYY-MM-DD, or a timestamp: its local
    /// day counts, so 2025-07-25T01:38:00+02:00 is 25 July).
    #[arg(long = "ref", value_name = "DATE")]
    pub reference: Option<String>,
    /// Tense of the governing verb: past (a held meeting) or future (a planned one).
    #[arg(long, value_parser = ["past", "future"])]
    pub tense: Option<String>,
    #[command(flatten)]
    pub out: super::OutArgs,
}

/// The columns `marsad dates` prints.
pub const COLUMNS: [&str; 8] = [
    "text",
    "start",
    "end",
    "value",
    "end_value",
    "precision",
    "rule",
    "note",
];

/// The reference day of `--ref`: the local day of a date or timestamp.
pub fn reference_day(s: &str) -> Result<NaiveDate> {
    match dates::parse_published(s) {
        Some(p) if matches!(p.precision, Precision::Day | Precision::Time) => Ok(p.at.date()),
        Some(_) => bail!("--ref '{s}' needs a day (YYYY-MM-DD), not only a month or year"),
        None => bail!(
            "--ref: unparseable date '{s}' (expected 2025-07-26 or 2025-07-26T18:30:00+03:00)"
        ),
    }
}

fn at_precision(d: NaiveDate, p: Precision) -> String {
    match p {
        Precision::Month => d.format("%Y-%m").to_string(),
        Precision::Year => d.format("%Y").to_string(),
        _ => d.format("%Y-%m-%d").to_string(),
    }
}

/// One output row per expression, in the order of [`COLUMNS`]: values at the resolution's
/// precision (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), `end_value` only when it differs from `value`.
pub fn row(f: &DateFound) -> Vec<Value> {
    let r = &f.resolution;
    let value = r.start.map(|d| at_precision(d, r.precision));
    let end_value = r
        .end
        .map(|d| at_precision(d, r.precision))
        .filter(|e| Some(e) != value.as_ref());
    let note = if f.expr.since {
        "starts a span («منذ»): not an event's date"
    } else if f.duration {
        "a span: not an event's date"
    } else {
        ""
    };
    vec![
        f.expr.raw.clone().into(),
        (f.expr.start as i64).into(),
        (f.expr.end as i64).into(),
        value.into(),
        end_value.into(),
        r.precision.as_str().into(),
        r.rule.into(),
        note.into(),
    ]
}

/// Run `marsad dates`: read the text, resolve every expression, print the rows. Exit status 0;
/// errors: an unparseable `--ref`, unreadable standard input, an unwritable `--output`.
pub fn run(args: &Args) -> Result<i32> {
    let text = match args.text.as_slice() {
        [] => None,
        [one] if one == "-" => None,
        words => Some(words.join(" ")),
    };
    let text = match text {
        Some(t) => t,
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read the text from standard input")?;
            s
        }
    };
    let reference = args.reference.as_deref().map(reference_day).transpose()?;
    let tense = match args.tense.as_deref() {
        Some("past") => Some(Dir::Past),
        Some("future") => Some(Dir::Future),
        _ => None,
    };
    let found = explain_text(&text, reference, tense);
    let mut sink = args.out.sink()?;
    sink.header(&COLUMNS.map(String::from))?;
    for f in &found {
        sink.row(&row(f))?;
    }
    sink.finish()?;
    if found.is_empty() && args.out.format == Format::Table {
        eprintln!("no date expressions found");
    }
    Ok(0)
}
