//! Row output in every format a command can print: table, CSV, TSV, JSON, JSON Lines, Markdown.
//!
//! Machine formats stream row by row (constant memory, so a query over a million rows exports fine);
//! `table` and `markdown` buffer, because column widths need every row, and truncate long text.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};
use clap::ValueEnum;
use rusqlite::types::ValueRef;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Aligned table for reading in a terminal (long text is shortened).
    #[default]
    Table,
    /// RFC 4180 CSV, UTF-8, header row.
    Csv,
    /// Tab-separated values, header row.
    Tsv,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A GitHub-flavoured Markdown table.
    Markdown,
}

/// A cell value, as SQLite types it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Value {
    pub fn from_sql(v: ValueRef<'_>) -> Value {
        match v {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Int(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Text(format!("<{} bytes>", b.len())),
        }
    }

    fn to_text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Int(i) => i.to_string(),
            Value::Real(f) => format_real(*f),
            Value::Text(s) => s.clone(),
        }
    }

    fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Int(i) => (*i).into(),
            Value::Real(f) => serde_json::Number::from_f64(*f)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            Value::Text(s) => s.clone().into(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<Option<String>> for Value {
    fn from(s: Option<String>) -> Self {
        s.map_or(Value::Null, Value::Text)
    }
}

fn format_real(f: f64) -> String {
    // Short and stable: 4 significant decimals is plenty for scores and shares.
    let s = format!("{f:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// A date as precise as it is known: `2000` for a year, `2025-07` for a month, `2025-07-24` for a day,
/// the stored value for a time; None when unresolved. `date` is the stored ISO start of the period.
pub fn date_at_precision(date: &str, precision: &str) -> Option<String> {
    let cut = |n: usize| date.get(..n).unwrap_or(date).to_string();
    match precision {
        "time" => Some(date.to_string()),
        "day" => Some(cut(10)),
        "month" => Some(cut(7)),
        "year" => Some(cut(4)),
        _ => None,
    }
}

/// Where rows go. Call `header` once, `row` per row, then `finish`.
pub trait RowSink {
    fn header(&mut self, columns: &[String]) -> Result<()>;
    fn row(&mut self, values: &[Value]) -> Result<()>;
    fn finish(&mut self) -> Result<()>;
}

/// Options shared by every printing command.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    pub format: Format,
    pub bom: bool,
    /// Widest a table cell may be before it is shortened with '…' (tables only).
    pub max_width: usize,
}

/// Open stdout or a file and wrap it in the right writer.
pub fn sink(opts: &OutputOptions, path: Option<&Path>) -> Result<Box<dyn RowSink>> {
    let out: Box<dyn Write> = match path {
        Some(p) => Box::new(BufWriter::with_capacity(
            1 << 16,
            File::create(p).with_context(|| format!("cannot write {}", p.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    };
    sink_to(opts, out)
}

pub fn sink_to(opts: &OutputOptions, mut out: Box<dyn Write>) -> Result<Box<dyn RowSink>> {
    if opts.bom && matches!(opts.format, Format::Csv | Format::Tsv) {
        out.write_all("\u{feff}".as_bytes())?;
    }
    Ok(match opts.format {
        Format::Csv | Format::Tsv => Box::new(DelimitedSink {
            w: csv::WriterBuilder::new()
                .delimiter(if opts.format == Format::Tsv {
                    b'\t'
                } else {
                    b','
                })
                .quote_style(if opts.format == Format::Tsv {
                    csv::QuoteStyle::Never
                } else {
                    csv::QuoteStyle::Necessary
                })
                .terminator(csv::Terminator::CRLF)
                .from_writer(out),
            tsv: opts.format == Format::Tsv,
            excel: opts.bom,
        }),
        Format::Json => Box::new(JsonSink {
            out,
            columns: Vec::new(),
            first: true,
            lines: false,
        }),
        Format::Jsonl => Box::new(JsonSink {
            out,
            columns: Vec::new(),
            first: true,
            lines: true,
        }),
        Format::Table | Format::Markdown => Box::new(TableSink {
            out,
            columns: Vec::new(),
            rows: Vec::new(),
            markdown: opts.format == Format::Markdown,
            max_width: if opts.max_width == 0 {
                60
            } else {
                opts.max_width
            },
        }),
    })
}

struct DelimitedSink {
    w: csv::Writer<Box<dyn Write>>,
    tsv: bool,
    /// Written for a spreadsheet (`--bom`): text that a spreadsheet would run as a formula is
    /// neutralised (OWASP's CSV injection advice).
    excel: bool,
}

impl DelimitedSink {
    /// TSV has no quoting: tabs and newlines inside a value become spaces so rows stay rows.
    fn cell(&self, s: String) -> String {
        if self.tsv && s.contains(['\t', '\n', '\r']) {
            s.replace(['\t', '\n', '\r'], " ")
        } else {
            s
        }
    }
}

impl RowSink for DelimitedSink {
    fn header(&mut self, columns: &[String]) -> Result<()> {
        let cells: Vec<String> = columns.iter().map(|c| self.cell(c.clone())).collect();
        self.w.write_record(&cells)?;
        Ok(())
    }
    fn row(&mut self, values: &[Value]) -> Result<()> {
        let cells: Vec<String> = values
            .iter()
            .map(|v| match v {
                Value::Text(t) if self.excel && formula_like(t) => self.cell(format!("'{t}")),
                v => self.cell(v.to_text()),
            })
            .collect();
        self.w.write_record(&cells)?;
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }
}

/// Would a spreadsheet read this text cell as a formula? It starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return. Numbers are written as numbers and never prefixed.
fn formula_like(t: &str) -> bool {
    t.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

struct JsonSink {
    out: Box<dyn Write>,
    columns: Vec<String>,
    first: bool,
    lines: bool,
}

impl RowSink for JsonSink {
    fn header(&mut self, columns: &[String]) -> Result<()> {
        self.columns = columns.to_vec();
        if !self.lines {
            self.out.write_all(b"[")?;
        }
        Ok(())
    }
    fn row(&mut self, values: &[Value]) -> Result<()> {
        let obj: serde_json::Map<String, serde_json::Value> = self
            .columns
            .iter()
            .zip(values)
            .map(|(c, v)| (c.clone(), v.to_json()))
            .collect();
        if self.lines {
            serde_json::to_writer(&mut self.out, &obj)?;
            self.out.write_all(b"\n")?;
        } else {
            self.out
                .write_all(if self.first { b"\n  " } else { b",\n  " })?;
            serde_json::to_writer(&mut self.out, &obj)?;
        }
        self.first = false;
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        if !self.lines {
            self.out
                .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(())
    }
}

struct TableSink {
    out: Box<dyn Write>,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
    markdown: bool,
    max_width: usize,
}

impl TableSink {
    fn shorten(&self, s: &str) -> String {
        // Newlines would break the grid; long bodies would drown it.
        let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if flat.chars().count() <= self.max_width {
            flat
        } else {
            let mut t: String = flat
                .chars()
                .take(self.max_width.saturating_sub(1))
                .collect();
            t.push('…');
            t
        }
    }
}

impl RowSink for TableSink {
    fn header(&mut self, columns: &[String]) -> Result<()> {
        self.columns = columns.to_vec();
        Ok(())
    }
    fn row(&mut self, values: &[Value]) -> Result<()> {
        let row = values.iter().map(|v| self.shorten(&v.to_text())).collect();
        self.rows.push(row);
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        let mut builder = tabled::builder::Builder::default();
        builder.push_record(self.columns.clone());
        for r in self.rows.drain(..) {
            builder.push_record(r);
        }
        let mut table = builder.build();
        if self.markdown {
            table.with(tabled::settings::Style::markdown());
        } else {
            table.with(tabled::settings::Style::sharp());
        }
        writeln!(self.out, "{table}")?;
        self.out.flush()?;
        Ok(())
    }
}

/// Stream every row of a prepared statement into a sink, binding `params` first.
pub fn write_statement(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    let columns: Vec<String> = stmt.column_names().map(String::from).collect();
    drain(&columns, stmt.query(params)?, sink)
}

/// The same for a statement whose parameters were bound one by one (`raw_bind_parameter`).
pub fn write_bound_statement(
    stmt: &mut rusqlite::Statement<'_>,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    let columns: Vec<String> = stmt.column_names().map(String::from).collect();
    drain(&columns, stmt.raw_query(), sink)
}

fn drain(columns: &[String], mut rows: rusqlite::Rows<'_>, sink: &mut dyn RowSink) -> Result<u64> {
    sink.header(columns)?;
    let mut count = 0u64;
    let mut buf = Vec::with_capacity(columns.len());
    while let Some(row) = rows.next()? {
        buf.clear();
        for i in 0..columns.len() {
            buf.push(Value::from_sql(row.get_ref(i)?));
        }
        sink.row(&buf)?;
        count += 1;
    }
    sink.finish()?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);
    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn render(format: Format, bom: bool) -> String {
        let buf = Shared::default();
        let opts = OutputOptions {
            format,
            bom,
            max_width: 10,
        };
        let mut s = sink_to(&opts, Box::new(buf.clone())).unwrap();
        s.header(&["id".into(), "title".into()]).unwrap();
        s.row(&[Value::Int(1), Value::from("باريس, \"قمة\"\nسطر")])
            .unwrap();
        s.row(&[Value::Real(0.5), Value::Null]).unwrap();
        s.finish().unwrap();
        let bytes = buf.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn csv_quotes_per_rfc4180() {
        let out = render(Format::Csv, false);
        assert_eq!(out, "id,title\r\n1,\"باريس, \"\"قمة\"\"\nسطر\"\r\n0.5,\r\n");
    }

    #[test]
    fn bom_only_when_asked() {
        assert!(render(Format::Csv, true).starts_with('\u{feff}'));
        assert!(!render(Format::Csv, false).starts_with('\u{feff}'));
    }

    /// Text cells a spreadsheet would run as formulas get a leading `'` when the CSV/TSV is written
    /// for a spreadsheet (`--bom`); numbers, JSON and plain CSV are left exactly as they are.
    #[test]
    fn spreadsheet_output_neutralises_formulas() {
        let write = |format, bom| {
            let buf = Shared::default();
            let opts = OutputOptions {
                format,
                bom,
                max_width: 10,
            };
            let mut s = sink_to(&opts, Box::new(buf.clone())).unwrap();
            s.header(&["a".into(), "b".into(), "c".into(), "d".into()])
                .unwrap();
            s.row(&[
                Value::from("=HYPERLINK(\"x\")"),
                Value::from("+٣٠ قتيلا"),
                Value::Int(-5),
                Value::from("@مصدر"),
            ])
            .unwrap();
            s.row(&[
                Value::from("-نص"),
                Value::from("\tx"),
                Value::Real(-0.5),
                Value::from("عادي = نص"),
            ])
            .unwrap();
            s.finish().unwrap();
            let bytes = buf.0.lock().unwrap().clone();
            String::from_utf8(bytes).unwrap()
        };
        assert_eq!(
            write(Format::Csv, true),
            "\u{feff}a,b,c,d\r\n\"'=HYPERLINK(\"\"x\"\")\",'+٣٠ قتيلا,-5,'@مصدر\r\n'-نص,'\tx,-0.5,عادي = نص\r\n"
        );
        assert_eq!(
            write(Format::Tsv, true),
            "\u{feff}a\tb\tc\td\r\n'=HYPERLINK(\"x\")\t'+٣٠ قتيلا\t-5\t'@مصدر\r\n'-نص\t' x\t-0.5\tعادي = نص\r\n"
        );
        assert!(write(Format::Csv, false).contains("\r\n\"=HYPERLINK"));
        assert!(write(Format::Jsonl, true).contains("\"=HYPERLINK"));
    }

    #[test]
    fn tsv_flattens_tabs_and_newlines() {
        let out = render(Format::Tsv, false);
        assert_eq!(out, "id\ttitle\r\n1\tباريس, \"قمة\" سطر\r\n0.5\t\r\n");
    }

    #[test]
    fn json_and_jsonl_keep_types() {
        let v: serde_json::Value = serde_json::from_str(&render(Format::Json, false)).unwrap();
        assert_eq!(v[0]["id"], 1);
        assert_eq!(v[1]["id"], 0.5);
        assert!(v[1]["title"].is_null());
        let lines: Vec<_> = render(Format::Jsonl, false)
            .lines()
            .map(String::from)
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&lines[0]).unwrap()["title"],
            "باريس, \"قمة\"\nسطر"
        );
    }

    #[test]
    fn table_shortens_long_cells() {
        let out = render(Format::Table, false);
        assert!(out.contains("باريس, \"ق…"), "{out}");
        assert!(!out.contains("سطر"));
        let md = render(Format::Markdown, false);
        assert!(md.starts_with("| id"), "{md}");
    }
}
