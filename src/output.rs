//! Row output in every format a command can print: table, CSV, TSV, JSON, JSON Lines, Markdown.
//!
//! Machine formats stream row by row (constant memory, so a query over a million rows exports fine);
//! `table` and `markdown` buffer, because column widths need every row, and truncate long text.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Result;
use clap::ValueEnum;
use rusqlite::types::ValueRef;
use tabled::builder::Builder;
use tabled::grid::config::HorizontalLine;
use tabled::grid::records::vec_records::Text;
use tabled::settings::object::{Columns, Rows};
use tabled::settings::style::LineText;
use tabled::settings::{Padding, Style, Theme};

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
    /// CSV/TSV for a spreadsheet (`--excel`, implied by `--bom`): a BOM, and text cells that a
    /// spreadsheet would run as formulas get a leading `'` (see `formula_like`).
    pub excel: bool,
    /// Widest a table cell may be before it is shortened with '…' (tables only).
    pub max_width: usize,
}

/// Open stdout or a file and wrap it in the right writer. Tables on standard output fit the terminal.
pub fn sink(opts: &OutputOptions, path: Option<&Path>) -> Result<Box<dyn RowSink>> {
    sink_with(opts, false, path)
}

/// The same, with `wide`: tables show every cell whole (`--wide`).
pub fn sink_with(
    opts: &OutputOptions,
    wide: bool,
    path: Option<&Path>,
) -> Result<Box<dyn RowSink>> {
    let layout = match path {
        None => Layout::stdout(wide),
        Some(_) => Layout { wide, width: None },
    };
    let out: Box<dyn Write> = match path {
        Some(p) => {
            // Fail early on an unwritable place, but create the file only at the first byte, so a
            // command that fails before printing anything leaves no file behind.
            let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
            if dir.is_some_and(|d| !d.is_dir()) {
                anyhow::bail!("cannot write {}: no such directory", p.display());
            }
            Box::new(LazyFile {
                path: p.to_path_buf(),
                file: None,
            })
        }
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    };
    sink_to_with(opts, layout, out)
}

/// A file created at its first write.
struct LazyFile {
    path: std::path::PathBuf,
    file: Option<BufWriter<File>>,
}

impl Write for LazyFile {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        if self.file.is_none() {
            let f = File::create(&self.path).map_err(|e| {
                io::Error::new(
                    e.kind(),
                    format!("cannot write {}: {e}", self.path.display()),
                )
            })?;
            self.file = Some(BufWriter::with_capacity(1 << 16, f));
        }
        self.file.as_mut().map_or(Ok(0), |f| f.write(b))
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), |f| f.flush())
    }
}

/// A writer that starts with a UTF-8 byte-order mark.
struct BomFirst {
    inner: Box<dyn Write>,
    pending: bool,
}

impl Write for BomFirst {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        if self.pending {
            self.inner.write_all("\u{feff}".as_bytes())?;
            self.pending = false;
        }
        self.inner.write(b)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Rows into any writer (tables without a screen width).
pub fn sink_to(opts: &OutputOptions, out: Box<dyn Write>) -> Result<Box<dyn RowSink>> {
    sink_to_with(opts, Layout::default(), out)
}

/// Rows into any writer, tables laid out by `layout`.
pub fn sink_to_with(
    opts: &OutputOptions,
    layout: Layout,
    out: Box<dyn Write>,
) -> Result<Box<dyn RowSink>> {
    let excel = opts.excel || opts.bom;
    // The BOM goes out with the first bytes, not before: a failing query writes nothing.
    let out: Box<dyn Write> = if excel && matches!(opts.format, Format::Csv | Format::Tsv) {
        Box::new(BomFirst {
            inner: out,
            pending: true,
        })
    } else {
        out
    };
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
            excel,
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
            held: 0,
            printed: 0,
            markdown: opts.format == Format::Markdown,
            max_width: if opts.max_width == 0 {
                60
            } else {
                opts.max_width
            },
            layout,
        }),
    })
}

struct DelimitedSink {
    w: csv::Writer<Box<dyn Write>>,
    tsv: bool,
    /// Written for a spreadsheet (`--excel` or `--bom`): text that a spreadsheet would run as a
    /// formula is neutralised (OWASP's CSV injection advice). Plain CSV/TSV stay faithful copies.
    excel: bool,
}

impl DelimitedSink {
    /// TSV has no quoting: a tab, newline, carriage return or backslash inside a value is written
    /// `\t` `\n` `\r` `\\`, so rows stay rows and `marsad import` reads the value back exactly
    /// (it used to become a space: article paragraphs were lost).
    fn cell(&self, s: String) -> String {
        if !self.tsv || !s.contains(['\t', '\n', '\r', '\\']) {
            return s;
        }
        let mut out = String::with_capacity(s.len() + 8);
        for c in s.chars() {
            match c {
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\\' => out.push_str("\\\\"),
                c => out.push(c),
            }
        }
        out
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
    /// The rows not printed yet: at most one block (see [`TABLE_BLOCK_ROWS`]).
    rows: Vec<Vec<String>>,
    /// The text held in `rows`, in bytes.
    held: usize,
    /// Rows already printed, in earlier blocks.
    printed: usize,
    markdown: bool,
    max_width: usize,
    layout: Layout,
}

/// A table holds at most this many rows, or [`TABLE_BLOCK_BYTES`] of text, before printing them:
/// column widths are measured on each block, which is printed as its own table (header repeated),
/// so memory stays bounded whatever the number of rows (`marsad sql` kept every row). Markdown
/// needs no widths: its rows are printed under one header.
pub const TABLE_BLOCK_ROWS: usize = 1000;
/// See [`TABLE_BLOCK_ROWS`].
pub const TABLE_BLOCK_BYTES: usize = 16 << 20;

/// How a table meets the screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// Show every cell whole (wrapped onto more lines to fit `width`) instead of cutting long ones.
    pub wide: bool,
    /// The columns available, when the output is a terminal (or `$COLUMNS` says); None: no limit.
    pub width: Option<usize>,
}

impl Layout {
    /// The layout of tables written to standard output: the terminal's width, or `$COLUMNS` when
    /// standard output is not a terminal (so scripts and tests can ask for a width).
    pub fn stdout(wide: bool) -> Layout {
        let width = terminal_size::terminal_size_of(io::stdout())
            .map(|(w, _)| w.0 as usize)
            .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
            .filter(|w| *w >= 20);
        Layout { wide, width }
    }
}

/// Columns a text takes in a terminal: the sum of its characters' widths. Terminals draw every
/// character in its own cells, so «لا» takes two columns, though `unicode-width`'s string width (and
/// table crates built on it) counts the lam-alef ligature as one and misaligns the borders.
pub fn display_width(s: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `s` cut to at most `width` columns, ending with '…' when something was cut.
fn cut(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = display_width(c.encode_utf8(&mut [0; 4]));
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// `s` broken into lines of at most `width` terminal columns, at spaces where it can be.
pub fn wrap_text(s: &str, width: usize) -> Vec<String> {
    wrap(s, width)
}

/// `s` broken into lines of at most `width` columns, at spaces where it can be.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let sep = usize::from(!line.is_empty());
        if display_width(&line) + sep + display_width(word) <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word longer than the column is split where it must be.
        for c in word.chars() {
            if display_width(&line) + display_width(c.encode_utf8(&mut [0; 4])) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

/// Markdown cell text: `\`, `|` and `<` escaped, line breaks as `<br>`, so the row stays one row.
fn markdown_cell(s: &str) -> String {
    let s = s
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>");
    s.trim().to_string()
}

/// Narrowest a column is made to fit the screen.
const MIN_COLUMN: usize = 4;
/// Columns of a cell that a readable table must give it (wider cells may be cut).
const READABLE: usize = 12;

/// A tabled cell of one line, measured in terminal columns (`display_width`), the text unchanged.
///
/// Why not `Text::new`: tabled 0.22 (papergrid 0.18) measures text with unicode-width's string
/// width, which since unicode-width 0.1.13 (and in every 0.2.x, the only releases papergrid
/// accepts, so no pin can undo it) counts a lam-alef pair («لا», «لأ», «لإ», «لآ») as one
/// column, a monospace font's ligature; terminals that do not shape Arabic (VTE, xterm) draw the
/// two letters in two cells, so every row holding one came out a column short. papergrid has no
/// width setting, but it takes each cell's width from the cell (`Cell::width`, `Cell::line_width`),
/// and `Text::exact` lets us give it. Cells are single lines (a wrapped cell becomes several table
/// rows with no rule between them), so no line list is needed.
fn cell(s: String) -> Text<String> {
    let w = display_width(&s);
    Text::exact(s, w, Vec::new())
}

/// One record in the vertical view: a title rule, then one `name │ value` line per field. Values
/// are cut to the screen, or wrapped whole onto more lines with `wrap`; line breaks in values are
/// kept with `wrap`. Drawn by tabled: two columns, a vertical rule between them, the title in the
/// top border.
pub fn write_record(
    out: &mut dyn Write,
    title: &str,
    fields: &[(String, String)],
    layout: Layout,
    wrap_values: bool,
) -> Result<()> {
    let key_w = fields
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0);
    let room = layout.width.map_or(usize::MAX, |w| {
        w.saturating_sub(key_w + 3).max(MIN_COLUMN * 2)
    });
    let mut data: Vec<Vec<Text<String>>> = Vec::new();
    let mut widest = 0;
    for (k, v) in fields {
        let mut lines: Vec<String> = if wrap_values {
            v.lines()
                .flat_map(|l| {
                    let l = l.split_whitespace().collect::<Vec<_>>().join(" ");
                    if room == usize::MAX {
                        vec![l]
                    } else {
                        wrap(&l, room)
                    }
                })
                .collect()
        } else {
            let flat = v.split_whitespace().collect::<Vec<_>>().join(" ");
            vec![if room == usize::MAX {
                flat
            } else {
                cut(&flat, room)
            }]
        };
        if lines.is_empty() {
            lines.push(String::new());
        }
        for (i, l) in lines.into_iter().enumerate() {
            widest = widest.max(display_width(&l));
            let key = if i == 0 { k.clone() } else { String::new() };
            data.push(vec![cell(key), cell(l)]);
        }
    }
    let mut table = Builder::from(data).build();
    let mut theme = Theme::new();
    theme.set_borders_top('─');
    theme.set_borders_intersection_top('─');
    theme.set_borders_vertical('│');
    table.with(theme);
    table.modify(Columns::first(), Padding::new(0, 1, 0, 0));
    table.modify(Columns::last(), Padding::new(1, 0, 0, 0));
    // The title rule spans the screen (or at least 40 columns when there is none), as the
    // records of one listing should line up; the lines under it end where their text does.
    let value_w = match layout.width {
        Some(_) => room,
        None => widest.max(40usize.saturating_sub(key_w + 3)),
    };
    let widths = vec![key_w + 1, value_w + 1];
    table.get_dimension_mut().set_widths(widths.clone());
    table.with(LineText::new(format!("─[ {title} ]"), Rows::first()));
    table.get_dimension_mut().set_widths(widths);
    for line in table.to_string().lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

impl TableSink {
    fn flat(s: &str) -> String {
        // Newlines would break the grid.
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn markdown(&mut self) -> Result<()> {
        let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
        // A later block's rows go on under the header the first block printed.
        if self.printed == 0 {
            writeln!(
                self.out,
                "{}",
                line(self.columns.iter().map(|c| markdown_cell(c)).collect())
            )?;
            writeln!(
                self.out,
                "{}",
                line(self.columns.iter().map(|_| "---".to_string()).collect())
            )?;
        }
        for r in &self.rows {
            writeln!(
                self.out,
                "{}",
                line(r.iter().map(|c| markdown_cell(c)).collect())
            )?;
        }
        Ok(())
    }

    /// Column widths: each column's widest cell (capped at `max_width` unless wide), then the widest
    /// columns narrowed in turn until the table fits the screen.
    fn widths(&self, cells: &[Vec<String>]) -> Vec<usize> {
        let n = self.columns.len();
        let mut w: Vec<usize> = (0..n)
            .map(|i| {
                cells
                    .iter()
                    .map(|r| display_width(&r[i]))
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect();
        if !self.layout.wide {
            for x in &mut w {
                *x = (*x).min(self.max_width.max(MIN_COLUMN));
            }
        }
        if let Some(screen) = self.layout.width {
            let room = screen.saturating_sub(3 * n + 1);
            while w.iter().sum::<usize>() > room {
                let (i, widest) = w
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, x)| (**x, std::cmp::Reverse(*i)))
                    .map(|(i, x)| (i, *x))
                    .unwrap_or((0, 0));
                if widest <= MIN_COLUMN {
                    break; // as narrow as it gets: the table overflows
                }
                w[i] -= 1;
            }
        }
        w
    }

    /// Would the table be readable on the screen? Each column needs its data's width, up to
    /// `READABLE` columns (headers wrap). When not, rows are printed as records, one field a line.
    fn readable(&self, body: &[Vec<String>]) -> bool {
        let Some(screen) = self.layout.width else {
            return true;
        };
        let n = self.columns.len();
        let need: usize = (0..n)
            .map(|i| {
                body.iter()
                    .map(|r| display_width(&r[i]))
                    .max()
                    .unwrap_or(0)
                    .clamp(1, READABLE)
            })
            .sum();
        need + 3 * n < screen
    }

    fn grid(&mut self) -> Result<()> {
        let header: Vec<String> = self.columns.iter().map(|c| Self::flat(c)).collect();
        let body: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| Self::flat(c)).collect())
            .collect();
        if !body.is_empty() && !self.readable(&body) {
            for (i, r) in body.iter().enumerate() {
                let fields: Vec<(String, String)> =
                    header.iter().cloned().zip(r.iter().cloned()).collect();
                write_record(
                    &mut self.out,
                    &format!("row {}", self.printed + i + 1),
                    &fields,
                    self.layout,
                    self.layout.wide,
                )?;
            }
            return Ok(());
        }
        let mut all = vec![header.clone()];
        all.extend(body.iter().cloned());
        // Widths, cutting and wrapping are ours: tabled's `Width` settings measure with
        // unicode-width (see `cell`) and would cut or wrap «لا» rows one column too wide.
        let w = self.widths(&all);
        let n = w.len();
        // A row's cells as table rows of one line each: headers and (with --wide) cells wrap onto
        // more lines; otherwise long cells are cut.
        let lines_of = |row: &[String], wrap_cells: bool| -> Vec<Vec<Text<String>>> {
            let mut cells: Vec<std::vec::IntoIter<String>> = row
                .iter()
                .zip(&w)
                .map(|(c, &cw)| {
                    let lines = if wrap_cells {
                        wrap(c, cw)
                    } else {
                        vec![cut(c, cw)]
                    };
                    lines.into_iter()
                })
                .collect();
            let height = cells.iter().map(|c| c.len()).max().unwrap_or(1).max(1);
            (0..height)
                .map(|_| {
                    cells
                        .iter_mut()
                        .map(|c| cell(c.next().unwrap_or_default()))
                        .collect()
                })
                .collect()
        };
        let mut data = lines_of(&header, true);
        let header_height = data.len();
        for r in &body {
            data.extend(lines_of(r, self.layout.wide));
        }
        if body.is_empty() {
            // A row of no height, so the rule under the header and the bottom border both show.
            data.push((0..n).map(|_| cell(String::new())).collect());
        }
        let rows = data.len();
        let mut table = Builder::from(data).build();
        let mut theme = Theme::from_style(Style::sharp());
        theme.remove_horizontal_lines();
        theme.insert_horizontal_line(header_height, HorizontalLine::full('─', '┼', '├', '┤'));
        table.with(theme);
        // The columns are exactly the fitted widths (plus a space of padding each side).
        let dims = table.get_dimension_mut();
        dims.set_widths(w.iter().map(|x| x + 2).collect());
        if body.is_empty() {
            let mut heights = vec![1; rows];
            heights[rows - 1] = 0;
            dims.set_heights(heights);
        }
        writeln!(self.out, "{table}")?;
        if body.is_empty() {
            writeln!(self.out, "(no rows)")?;
        }
        Ok(())
    }
}

impl TableSink {
    /// Print the rows held (a table of their own, or more Markdown rows) and let them go.
    fn print_block(&mut self) -> Result<()> {
        if self.markdown {
            self.markdown()?;
        } else {
            self.grid()?;
        }
        self.printed += self.rows.len();
        self.rows.clear();
        self.held = 0;
        Ok(())
    }
}

impl RowSink for TableSink {
    fn header(&mut self, columns: &[String]) -> Result<()> {
        self.columns = columns.to_vec();
        Ok(())
    }
    fn row(&mut self, values: &[Value]) -> Result<()> {
        let row: Vec<String> = values.iter().map(Value::to_text).collect();
        self.held += row.iter().map(String::len).sum::<usize>();
        self.rows.push(row);
        if self.rows.len() >= TABLE_BLOCK_ROWS || self.held >= TABLE_BLOCK_BYTES {
            self.print_block()?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        // An empty last block after full ones prints nothing (not an empty table).
        if !self.rows.is_empty() || self.printed == 0 {
            self.print_block()?;
        }
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
    let mut count = 0u64;
    let mut buf = Vec::with_capacity(columns.len());
    // The header waits for the first row (or the end): a query that fails at once prints nothing.
    let mut first = true;
    while let Some(row) = rows.next()? {
        if std::mem::take(&mut first) {
            sink.header(columns)?;
        }
        buf.clear();
        for i in 0..columns.len() {
            buf.push(Value::from_sql(row.get_ref(i)?));
        }
        sink.row(&buf)?;
        count += 1;
    }
    if first {
        sink.header(columns)?;
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
            excel: false,
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
                excel: false,
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
            "\u{feff}a\tb\tc\td\r\n'=HYPERLINK(\"x\")\t'+٣٠ قتيلا\t-5\t'@مصدر\r\n'-نص\t'\\tx\t-0.5\tعادي = نص\r\n"
        );
        assert!(write(Format::Csv, false).contains("\r\n\"=HYPERLINK"));
        assert!(write(Format::Jsonl, true).contains("\"=HYPERLINK"));
    }

    #[test]
    fn tsv_escapes_tabs_newlines_and_backslashes() {
        let out = render(Format::Tsv, false);
        assert_eq!(out, "id\ttitle\r\n1\tباريس, \"قمة\"\\nسطر\r\n0.5\t\r\n");
        let buf = Shared::default();
        let opts = OutputOptions {
            format: Format::Tsv,
            ..Default::default()
        };
        let mut s = sink_to(&opts, Box::new(buf.clone())).unwrap();
        s.header(&["a".into()]).unwrap();
        let tricky = "a\tb\\n c\r\nd \\ e";
        s.row(&[Value::from(tricky)]).unwrap();
        s.finish().unwrap();
        let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        assert_eq!(text, "a\r\na\\tb\\\\n c\\r\\nd \\\\ e\r\n");
        let cell = text.lines().nth(1).unwrap();
        assert_eq!(crate::ingest::formats::unescape_tsv(cell), tricky);
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

    fn table(layout: Layout, format: Format, rows: &[&[&str]]) -> String {
        let buf = Shared::default();
        let opts = OutputOptions {
            format,
            bom: false,
            excel: false,
            max_width: 60,
        };
        let mut s = sink_to_with(&opts, layout, Box::new(buf.clone())).unwrap();
        s.header(&["name".into(), "title".into()]).unwrap();
        for r in rows {
            s.row(&r.iter().map(|c| Value::from(*c)).collect::<Vec<_>>())
                .unwrap();
        }
        s.finish().unwrap();
        let bytes = buf.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    /// A table prints each block of rows as it fills, not every row at the end: what is held
    /// stays bounded (`marsad sql` kept every row of its result until the last).
    #[test]
    fn tables_print_in_bounded_blocks() {
        for format in [Format::Table, Format::Markdown] {
            let buf = Shared::default();
            let opts = OutputOptions {
                format,
                max_width: 60,
                ..Default::default()
            };
            let mut s = sink_to_with(&opts, Layout::default(), Box::new(buf.clone())).unwrap();
            s.header(&["n".into()]).unwrap();
            for i in 0..TABLE_BLOCK_ROWS + 5 {
                s.row(&[Value::Int(i as i64)]).unwrap();
            }
            let before_finish = !buf.0.lock().unwrap().is_empty();
            assert!(before_finish, "{format:?}: nothing printed before finish");
            s.finish().unwrap();
            let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
            let rows: Vec<&str> = text
                .lines()
                .filter(|l| l.trim_matches(['│', '|', ' ']).parse::<usize>().is_ok())
                .collect();
            assert_eq!(rows.len(), TABLE_BLOCK_ROWS + 5, "{format:?}");
            let headers = text.lines().filter(|l| l.contains(" n ")).count();
            assert_eq!(
                headers,
                if format == Format::Table { 2 } else { 1 },
                "{format:?}"
            );
        }
        // Bytes bound a block too: a few huge cells are printed before the row count is reached.
        let buf = Shared::default();
        let opts = OutputOptions {
            format: Format::Table,
            max_width: 60,
            ..Default::default()
        };
        let mut s = sink_to_with(&opts, Layout::default(), Box::new(buf.clone())).unwrap();
        s.header(&["body".into()]).unwrap();
        let big = "ب".repeat(TABLE_BLOCK_BYTES / 4);
        for _ in 0..3 {
            s.row(&[Value::from(big.as_str())]).unwrap();
        }
        assert!(
            !buf.0.lock().unwrap().is_empty(),
            "held {} bytes",
            3 * big.len()
        );
    }

    /// «لا» and «لأ» take two columns in a terminal: rows holding them keep the borders aligned.
    #[test]
    fn arabic_ligatures_keep_borders_aligned() {
        let out = table(
            Layout::default(),
            Format::Table,
            &[&["بشار الأسد", "لا"], &["Paris", "x"]],
        );
        let widths: Vec<usize> = out.lines().map(display_width).collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "{out}");
        assert_eq!(display_width("لأ"), 2);
    }

    /// Cells a terminal that does not shape Arabic (VTE, xterm) gives a character: one for every
    /// code point of the text used here (Arabic letters, Latin, box drawing), none for the Arabic
    /// combining marks (harakat, hamza and madda signs, superscript alef). Written out here rather
    /// than through `display_width`, so the test does not check the renderer against itself.
    fn terminal_cells(s: &str) -> usize {
        s.chars()
            .filter(|c| {
                !matches!(*c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
            })
            .count()
    }

    /// The terminal columns at which a line has table borders.
    fn border_columns(line: &str) -> Vec<usize> {
        let mut at = Vec::new();
        let mut col = 0;
        for c in line.chars() {
            if "│┼┬┴├┤┌┐└┘".contains(c) {
                at.push(col);
            }
            col += terminal_cells(c.encode_utf8(&mut [0; 4]));
        }
        at
    }

    /// Rows with and without a lam-alef («لا», «لأ», «لإ», «لآ», with harakat too) draw their
    /// borders in the same terminal columns as the rules: tabled's own measure (unicode-width)
    /// counts each pair as one column, which put every such row's borders one column right.
    #[test]
    fn lam_alef_rows_keep_border_columns_in_the_terminal() {
        let rows: &[&[&str]] = &[
            &["بشار الأسد", "لا تعليق"],
            &["Paris", "x"],
            &["لأمر لإيران لآخر", "سَلَامٌ وَلَا"],
            &["الإمارات", "no lam-alef here"],
        ];
        for layout in [
            Layout::default(),
            // Narrow enough that both columns wrap, wide enough for a table (not records).
            Layout {
                wide: true,
                width: Some(34),
            },
        ] {
            let out = table(layout, Format::Table, rows);
            assert!(out.starts_with('┌'), "{out}");
            let lines: Vec<&str> = out.lines().collect();
            let top = border_columns(lines[0]);
            assert_eq!(top.len(), 3, "{out}");
            for l in &lines {
                assert_eq!(border_columns(l), top, "{l:?} in\n{out}");
            }
            if layout.width.is_none() {
                assert!(out.contains("│ سَلَامٌ وَلَا "), "the text is unchanged: {out}");
            }
        }
        // The record view: the rule between name and value stays in one column.
        let buf = Shared::default();
        let mut w: Box<dyn Write> = Box::new(buf.clone());
        let fields = vec![
            ("participants".to_string(), "بشار الأسد; لا أحد".to_string()),
            ("place".to_string(), "Paris".to_string()),
        ];
        write_record(&mut w, "event 1", &fields, Layout::default(), true).unwrap();
        let out = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(lines[0].starts_with("─[ event 1 ]─"), "{out}");
        assert_eq!(border_columns(lines[1]), vec![13], "{out}");
        assert_eq!(border_columns(lines[2]), vec![13], "{out}");
        assert_eq!(lines[1], "participants │ بشار الأسد; لا أحد");
        // Without a screen width the title rule is 40 columns wide.
        assert_eq!(terminal_cells(lines[0]), 40, "{out}");
    }

    /// A table fits the screen: long cells are cut with '…', or wrapped whole with --wide.
    #[test]
    fn tables_fit_the_screen() {
        let long = "وزير خارجية سوريا يلتقي وزيرا إسرائيليا في باريس برعاية أمريكية | الجزيرة نت";
        let narrow = Layout {
            wide: false,
            width: Some(40),
        };
        let out = table(narrow, Format::Table, &[&["Asaad al-Shaibani", long]]);
        assert!(out.lines().all(|l| display_width(l) <= 40), "{out}");
        assert_eq!(out.lines().count(), 5, "one line per row: {out}");
        assert!(out.contains('…'));
        let wide = table(
            Layout {
                wide: true,
                width: Some(40),
            },
            Format::Table,
            &[&["Asaad al-Shaibani", long]],
        );
        assert!(wide.lines().all(|l| display_width(l) <= 40), "{wide}");
        for word in long.split(' ') {
            assert!(
                wide.contains(word),
                "--wide shows all of it: {word}\n{wide}"
            );
        }
    }

    /// Too many columns for the screen: each row becomes a record, one field a line.
    #[test]
    fn too_many_columns_become_records() {
        let buf = Shared::default();
        let opts = OutputOptions {
            format: Format::Table,
            bom: false,
            excel: false,
            max_width: 60,
        };
        let layout = Layout {
            wide: false,
            width: Some(40),
        };
        let mut s = sink_to_with(&opts, layout, Box::new(buf.clone())).unwrap();
        let cols: Vec<String> = (1..=6).map(|i| format!("column_{i}")).collect();
        s.header(&cols).unwrap();
        s.row(&vec![Value::from("2025-07-24"); 6]).unwrap();
        s.finish().unwrap();
        let out = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        assert!(out.starts_with("─[ row 1 ]"), "{out}");
        assert_eq!(out.lines().count(), 7);
        assert!(out.lines().all(|l| display_width(l) <= 40), "{out}");
        assert!(out.contains("column_6 │ 2025-07-24"));
    }

    #[test]
    fn an_empty_result_is_a_closed_table() {
        let out = table(Layout::default(), Format::Table, &[]);
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            lines[0].starts_with('┌') && lines[3].starts_with('└'),
            "{out}"
        );
        assert_eq!(lines[4], "(no rows)");
    }

    /// A news title «… | الجزيرة نت» and a line break stay inside their Markdown cell.
    #[test]
    fn markdown_escapes_pipes_and_line_breaks() {
        let out = table(
            Layout::default(),
            Format::Markdown,
            &[&["a|b", "عنوان | الجزيرة نت\nسطر ثان"]],
        );
        let row = out.lines().nth(2).unwrap();
        assert_eq!(row, "| a\\|b | عنوان \\| الجزيرة نت<br>سطر ثان |");
        assert_eq!(out.lines().count(), 3);
    }

    #[test]
    fn dates_at_their_precision() {
        assert_eq!(
            date_at_precision("2000-01-01", "year").as_deref(),
            Some("2000")
        );
        assert_eq!(
            date_at_precision("2025-07-01", "month").as_deref(),
            Some("2025-07")
        );
        assert_eq!(
            date_at_precision("2025-07-24", "day").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(date_at_precision("2025-07-24", "unresolved"), None);
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
