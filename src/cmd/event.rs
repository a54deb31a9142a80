//! `marsad event show ID`: one event and every report of it, with the words that made the claim.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Result};
use clap::Subcommand;

use super::OutArgs;
use crate::db::{self, Mode};
use crate::output::{self, Format, Layout, Value};
use crate::report::{self, provenance};

#[derive(Subcommand, Debug)]
pub enum EventCmd {
    /// One event and every report of it: each article's claimed date, place, status and source, and
    /// the sentences that make the claim with the trigger, participants, place and date marked.
    #[command(after_help = "Examples:\n  \
    marsad event show 6\n  \
    marsad event show 6 --wide               # every field whole, wrapped\n  \
    marsad event show 6 --format json        # one object per report\n  \
    marsad meetings --place Paris            # find an event's id\n\
    \n\
    In the text, [trigger] {participant} <place> |date| mark the words the extraction read. The default view is one record per report; --format csv/json/… give one row per report with the marked excerpt (marked), the claim's whole text (text) and its character offsets in the article body (start, end).")]
    Show {
        /// The event's id (the event_id column of `marsad meetings`).
        id: i64,
        #[command(flatten)]
        out: OutArgs,
    },
}

pub fn run(path: &Path, cmd: EventCmd) -> Result<i32> {
    match cmd {
        EventCmd::Show { id, out } => {
            let conn = db::open(path, Mode::ReadOnly)?;
            let filters = report::Filters {
                event: Some(id),
                limit: 1,
                ..Default::default()
            };
            let found = report::gather(&conn, &filters, &path.display().to_string())?;
            let Some(event) = found.events.into_iter().next() else {
                bail!("no event with id {id} (`marsad meetings` lists them)");
            };
            if out.format == Format::Table {
                show_records(&event, &out)
            } else {
                show_rows(&event, &out)
            }?;
            Ok(0)
        }
    }
}

/// The event, then each report, as records (one field a line), wrapped to the terminal.
fn show_records(e: &report::Event, out: &OutArgs) -> Result<()> {
    let mut w: Box<dyn Write> = match &out.output {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let layout = match &out.output {
        None => Layout::stdout(true),
        Some(_) => Layout {
            wide: true,
            width: None,
        },
    };
    let join = |v: &[String]| v.join("; ");
    let date = match (&e.date, &e.date_end) {
        (Some(d), Some(end)) => format!("{d} to {end} ({})", e.precision),
        (Some(d), None) => format!("{d} ({})", e.precision),
        _ => "unresolved".into(),
    };
    let mut fields = vec![
        ("kind".to_string(), e.kind.clone()),
        ("status".into(), e.status.clone()),
        ("date".into(), date),
        ("place".into(), e.place.clone().unwrap_or_default()),
        ("participants".into(), join(&e.participants)),
        ("mediators".into(), join(&e.mediators)),
        ("outlets".into(), join(&e.outlets)),
        ("sources".into(), join(&e.sources)),
        ("reports".into(), e.reports.len().to_string()),
        ("marks".into(), provenance::LEGEND.to_string()),
    ];
    if e.conflict {
        fields.push((
            "conflict".into(),
            e.conflict_note.clone().unwrap_or_else(|| "yes".into()),
        ));
    }
    output::write_record(&mut w, &format!("event {}", e.id), &fields, layout, true)?;
    for r in &e.reports {
        let date = match (&r.date, &r.date_text) {
            (Some(d), Some(t)) => format!("{d} («{t}»)"),
            (Some(d), None) => d.clone(),
            (None, Some(t)) => format!("«{t}», unresolved"),
            (None, None) => String::new(),
        };
        let mut source = r.source.clone().unwrap_or_default();
        if let Some(via) = r.via.as_ref().filter(|v| Some(*v) != r.source.as_ref()) {
            source = format!("{source} via {via}").trim().to_string();
        }
        if r.anonymous {
            source.push_str(" (anonymous)");
        }
        let fields = vec![
            ("title".to_string(), r.title.clone()),
            ("outlet".into(), r.outlet.clone().unwrap_or_default()),
            ("published".into(), r.published.clone().unwrap_or_default()),
            ("status".into(), r.status.clone()),
            ("trigger".into(), r.trigger.clone()),
            ("date".into(), date),
            ("place".into(), r.place.clone().unwrap_or_default()),
            ("participants".into(), join(&r.participants)),
            ("source".into(), source),
            ("text".into(), r.bracketed()),
        ];
        output::write_record(
            &mut w,
            &format!("report {}: article {}", r.report_id, r.article_id),
            &fields,
            layout,
            true,
        )?;
    }
    w.flush()?;
    Ok(())
}

/// One row per report, for CSV, JSON and the other machine formats.
fn show_rows(e: &report::Event, out: &OutArgs) -> Result<()> {
    let mut sink = out.sink()?;
    let cols = [
        "report_id",
        "article_id",
        "title",
        "outlet",
        "status",
        "trigger",
        "date_text",
        "date",
        "place",
        "participants",
        "source",
        "via",
        "anonymous",
        "start",
        "end",
        "marked",
        "text",
    ];
    sink.header(&cols.map(String::from))?;
    for r in &e.reports {
        sink.row(&[
            Value::Int(r.report_id),
            Value::Int(r.article_id),
            Value::from(r.title.clone()),
            Value::from(r.outlet.clone()),
            Value::from(r.status.clone()),
            Value::from(r.trigger.clone()),
            Value::from(r.date_text.clone()),
            Value::from(r.date.clone()),
            Value::from(r.place.clone()),
            Value::from(r.participants.join("; ")),
            Value::from(r.source.clone()),
            Value::from(r.via.clone()),
            Value::Int(i64::from(r.anonymous)),
            Value::Int(r.start as i64),
            Value::Int(r.end as i64),
            Value::from(r.bracketed()),
            Value::from(r.text.clone()),
        ])?;
    }
    sink.finish()
}
