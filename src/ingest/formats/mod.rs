//! Input formats. Each reader streams its source and hands every record (or the reason it is bad,
//! with the line it starts on) to a callback, holding at most one record in memory.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::{BufRead, Read};
use std::rc::Rc;
use std::sync::Arc;

use anyhow::Result;
use clap::ValueEnum;
use serde_json::{Map, Value as Json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Plain text: the first non-empty line is the title, the rest the body (one article per file).
    Text,
    /// JSON Lines: one article object per line.
    Jsonl,
    /// A JSON array of article objects (or a sequence of objects).
    Json,
    /// CSV with a header row naming the fields.
    Csv,
    /// Tab-separated, with a header row.
    Tsv,
}

impl InputFormat {
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(InputFormat::Text),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "json" => Some(InputFormat::Json),
            "csv" => Some(InputFormat::Csv),
            "tsv" | "tab" => Some(InputFormat::Tsv),
            _ => None,
        }
    }
}

/// The fields an article may carry. Everything else is reported once per file and ignored.
pub const KNOWN_FIELDS: &[&str] = &["url", "title", "body", "published_at", "outlet", "lang"];
/// Curated annotations (entities, events, attributions) ride along untouched for the extractor.
pub const ANNOTATION_FIELDS: &[&str] = &["entities", "events", "attributions"];

#[derive(Debug, Clone, Default)]
pub struct RawArticle {
    pub url: Option<String>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub published_at: Option<String>,
    pub outlet: Option<String>,
    pub lang: Option<String>,
    pub annotations: Option<Map<String, Json>>,
}

#[derive(Debug, Clone)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: u64,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// What a reader yields: a record to import, a bad record to report and skip, or a notice.
pub enum Item {
    Record(Origin, RawArticle),
    Bad(Origin, String),
    Notice(String),
}

pub struct ReadCtx<'a> {
    pub file: Arc<str>,
    pub max_record: usize,
    pub emit: &'a mut dyn FnMut(Item) -> Result<()>,
    /// Bytes consumed so far, for the progress bar.
    pub progress: &'a dyn Fn(u64),
    unknown_fields: BTreeSet<String>,
}

impl<'a> ReadCtx<'a> {
    pub fn new(
        file: Arc<str>,
        max_record: usize,
        emit: &'a mut dyn FnMut(Item) -> Result<()>,
        progress: &'a dyn Fn(u64),
    ) -> Self {
        ReadCtx {
            file,
            max_record,
            emit,
            progress,
            unknown_fields: BTreeSet::new(),
        }
    }

    fn origin(&self, line: u64) -> Origin {
        Origin {
            file: self.file.clone(),
            line,
        }
    }

    fn bad(&mut self, line: u64, reason: impl Into<String>) -> Result<()> {
        let o = self.origin(line);
        (self.emit)(Item::Bad(o, reason.into()))
    }

    fn record(&mut self, line: u64, rec: RawArticle) -> Result<()> {
        let o = self.origin(line);
        (self.emit)(Item::Record(o, rec))
    }

    /// Turn one JSON value into an article, or say what is wrong with it.
    fn json_record(&mut self, line: u64, value: Json) -> Result<()> {
        let Json::Object(mut obj) = value else {
            return self.bad(line, "expected a JSON object for an article");
        };
        let mut rec = RawArticle::default();
        for field in KNOWN_FIELDS {
            let v = match obj.remove(*field) {
                None | Some(Json::Null) => None,
                Some(Json::String(s)) => Some(s),
                // A number is a reasonable thing to find in published_at (a year) or url-less ids.
                Some(Json::Number(n)) if *field == "published_at" => Some(n.to_string()),
                Some(other) => {
                    return self.bad(
                        line,
                        format!(
                            "field '{field}' must be a string, found {}",
                            json_kind(&other)
                        ),
                    );
                }
            };
            match *field {
                "url" => rec.url = v,
                "title" => rec.title = v,
                "body" => rec.body = v,
                "published_at" => rec.published_at = v,
                "outlet" => rec.outlet = v,
                _ => rec.lang = v,
            }
        }
        let mut annotations = Map::new();
        for field in ANNOTATION_FIELDS {
            if let Some(v) = obj.remove(*field) {
                annotations.insert(field.to_string(), v);
            }
        }
        if !annotations.is_empty() {
            rec.annotations = Some(annotations);
        }
        for k in obj.keys() {
            if self.unknown_fields.insert(k.clone()) {
                let msg = format!(
                    "{}:{line}: unknown field '{k}' ignored (reported once per file)",
                    self.file
                );
                (self.emit)(Item::Notice(msg))?;
            }
        }
        self.record(line, rec)
    }
}

fn json_kind(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Reads lines of at most `max` bytes; a longer line is skipped to its end and flagged, so one huge
/// line cannot exhaust memory.
struct LineReader<R> {
    inner: R,
    line: u64,
    consumed: u64,
}

enum Line {
    Ok(Vec<u8>),
    TooLong,
}

impl<R: BufRead> LineReader<R> {
    fn next_line(&mut self, max: usize) -> std::io::Result<Option<(u64, Line)>> {
        let mut buf = Vec::new();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = self.inner.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, done) = match memchr_newline(chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if buf.len() + take > max + 2 {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.inner.consume(take);
            self.consumed += take as u64;
            if done {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        self.line += 1;
        if too_long {
            return Ok(Some((self.line, Line::TooLong)));
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some((self.line, Line::Ok(buf))))
    }
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

fn too_long_msg(max: usize) -> String {
    format!(
        "record larger than the {} MiB limit; skipped (raise it with --max-record-mb)",
        max >> 20
    )
}

/// Where a UTF-8 error sits, as a line number relative to the start of `bytes`.
fn utf8_error_line(bytes: &[u8], err: &std::str::Utf8Error) -> u64 {
    1 + bytes[..err.valid_up_to()]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
}

pub fn read_jsonl(input: impl BufRead, ctx: &mut ReadCtx<'_>) -> Result<()> {
    let mut lines = LineReader {
        inner: input,
        line: 0,
        consumed: 0,
    };
    while let Some((n, line)) = lines.next_line(ctx.max_record)? {
        (ctx.progress)(lines.consumed);
        let bytes = match line {
            Line::TooLong => {
                ctx.bad(n, too_long_msg(ctx.max_record))?;
                continue;
            }
            Line::Ok(b) => b,
        };
        let bytes = if n == 1 {
            strip_bom(&bytes)
        } else {
            &bytes[..]
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue; // blank lines are allowed between records
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                ctx.bad(n, "invalid UTF-8")?;
                continue;
            }
        };
        match serde_json::from_str::<Json>(text) {
            Ok(v) => ctx.json_record(n, v)?,
            Err(e) => ctx.bad(n, format!("malformed JSON: {e}"))?,
        }
    }
    Ok(())
}

/// A JSON array of objects (or whitespace-separated objects), scanned lexically element by element so
/// that a 4 GB array is never held whole, and a malformed element costs only itself.
pub fn read_json(input: impl BufRead, ctx: &mut ReadCtx<'_>) -> Result<()> {
    let mut scan = JsonScanner {
        bytes: input.bytes().peekable(),
        line: 1,
        consumed: 0,
    };
    scan.skip_ws_and_bom()?;
    let in_array = match scan.peek()? {
        None => return ctx.bad(1, "empty file: no JSON value"),
        Some(b'[') => {
            scan.next()?;
            true
        }
        Some(_) => false,
    };
    loop {
        scan.skip_ws()?;
        (ctx.progress)(scan.consumed);
        match scan.peek()? {
            None if in_array => {
                return ctx.bad(scan.line, "the JSON array is not closed (file truncated?)")
            }
            None => return Ok(()),
            Some(b']') if in_array => {
                scan.next()?;
                scan.skip_ws()?;
                if scan.peek()?.is_some() {
                    ctx.bad(scan.line, "unexpected text after the closing ']'")?;
                }
                return Ok(());
            }
            Some(_) => {}
        }
        let start_line = scan.line;
        let (element, complete) = scan.element(ctx.max_record)?;
        match element {
            None => ctx.bad(start_line, too_long_msg(ctx.max_record))?,
            Some(bytes) => match std::str::from_utf8(&bytes) {
                Err(e) => ctx.bad(
                    start_line + utf8_error_line(&bytes, &e) - 1,
                    "invalid UTF-8",
                )?,
                Ok(text) => match serde_json::from_str::<Json>(text) {
                    Ok(v) => ctx.json_record(start_line, v)?,
                    Err(e) => ctx.bad(
                        start_line + e.line() as u64 - 1,
                        format!("malformed JSON: {e}"),
                    )?,
                },
            },
        }
        if !complete {
            return ctx.bad(scan.line, "the JSON ends inside a value (file truncated?)");
        }
        scan.skip_ws()?;
        if in_array {
            match scan.peek()? {
                Some(b',') => {
                    scan.next()?;
                }
                Some(b']') | None => {}
                Some(c) => {
                    ctx.bad(
                        scan.line,
                        format!(
                            "expected ',' or ']' between array elements, found '{}'",
                            c as char
                        ),
                    )?;
                    scan.next()?;
                }
            }
        }
    }
}

struct JsonScanner<I: Iterator<Item = std::io::Result<u8>>> {
    bytes: std::iter::Peekable<I>,
    line: u64,
    consumed: u64,
}

impl<I: Iterator<Item = std::io::Result<u8>>> JsonScanner<I> {
    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        match self.bytes.peek() {
            None => Ok(None),
            Some(Ok(b)) => Ok(Some(*b)),
            Some(Err(_)) => Err(self.bytes.next().unwrap().unwrap_err()),
        }
    }
    fn next(&mut self) -> std::io::Result<Option<u8>> {
        match self.bytes.next().transpose()? {
            None => Ok(None),
            Some(b) => {
                self.consumed += 1;
                if b == b'\n' {
                    self.line += 1;
                }
                Ok(Some(b))
            }
        }
    }
    fn skip_ws(&mut self) -> std::io::Result<()> {
        while let Some(b) = self.peek()? {
            if !b.is_ascii_whitespace() {
                break;
            }
            self.next()?;
        }
        Ok(())
    }
    fn skip_ws_and_bom(&mut self) -> std::io::Result<()> {
        if self.peek()? == Some(0xEF) {
            for _ in 0..3 {
                self.next()?;
            }
        }
        self.skip_ws()
    }
    /// One value's bytes: up to the matching close bracket, or for scalars up to ',' / ']' / whitespace
    /// at depth 0. Returns None for the bytes when the value exceeds `max` (it is still consumed), and
    /// whether the value ended before the input did.
    fn element(&mut self, max: usize) -> std::io::Result<(Option<Vec<u8>>, bool)> {
        let mut buf = Some(Vec::new());
        let (mut depth, mut in_str, mut esc) = (0i64, false, false);
        loop {
            let Some(b) = self.peek()? else {
                return Ok((buf, depth == 0 && !in_str));
            };
            if !in_str && depth == 0 && (b == b',' || b == b']' || b.is_ascii_whitespace()) {
                let nonempty = buf.as_ref().is_none_or(|v| !v.is_empty());
                if nonempty {
                    return Ok((buf, true));
                }
            }
            self.next()?;
            if let Some(v) = buf.as_mut() {
                v.push(b);
                if v.len() > max {
                    buf = None;
                }
            }
            if in_str {
                match (esc, b) {
                    (true, _) => esc = false,
                    (false, b'\\') => esc = true,
                    (false, b'"') => in_str = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_str = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth <= 0 {
                        return Ok((buf, true));
                    }
                }
                _ => {}
            }
        }
    }
}

/// One article per file. Read whole (bounded), so the title can be told from the body.
pub fn read_text(mut input: impl Read, ctx: &mut ReadCtx<'_>) -> Result<()> {
    let mut bytes = Vec::new();
    let limit = ctx.max_record as u64 + 1;
    input.by_ref().take(limit).read_to_end(&mut bytes)?;
    (ctx.progress)(bytes.len() as u64);
    if bytes.len() as u64 >= limit {
        return ctx.bad(1, too_long_msg(ctx.max_record));
    }
    let bytes = strip_bom(&bytes);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u64;
        return ctx.bad(line, "NUL byte: this looks like a binary file, not text");
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return ctx.bad(utf8_error_line(bytes, &e), "invalid UTF-8"),
    };
    let text = text.replace("\r\n", "\n");
    let mut lines = text.split('\n');
    let mut title_line = 0u64;
    let mut title = None;
    for l in lines.by_ref() {
        title_line += 1;
        if !l.trim().is_empty() {
            title = Some(l.trim().to_string());
            break;
        }
    }
    let Some(title) = title else {
        return ctx.bad(1, "empty file: no title and no body");
    };
    let body = lines.collect::<Vec<_>>().join("\n").trim().to_string();
    let rec = RawArticle {
        title: Some(title),
        body: Some(body),
        ..Default::default()
    };
    ctx.record(title_line, rec)
}

/// The field separator of a CSV/TSV file, told by its header line (the first line of `head`,
/// after any BOM): whichever of `,` `;` tab occurs most outside quotes, or `default` when none does
/// (or on a tie with it). Excel writes `;` in locales whose decimal mark is a comma.
pub fn sniff_delimiter(head: &[u8], default: u8) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let head = strip_bom(head);
    let line = &head[..memchr_newline(head).unwrap_or(head.len())];
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &c in line {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = CANDIDATES.iter().position(|&d| d == c) {
                counts[i] += 1;
            }
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], CANDIDATES[i] == default))
        .unwrap_or(0);
    if counts[best] == 0 {
        default
    } else {
        CANDIDATES[best]
    }
}

/// `--delimiter`: one ASCII char, or `tab` / `\t` for a tab.
pub fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        s if s.len() == 1 && s.is_ascii() && s != "\"" && s != "\n" => Ok(s.as_bytes()[0]),
        _ => Err(format!(
            "'{s}' is not a delimiter: give one character such as ',' or ';', or tab"
        )),
    }
}

fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".into(),
        d => format!("'{}'", d as char),
    }
}

/// CSV or TSV whose delimiter is `forced`, or else sniffed from the header line (`default` when it
/// tells nothing). A sniffed delimiter other than `default` is noted once.
pub fn read_csv_sniffed(
    mut input: impl BufRead,
    forced: Option<u8>,
    default: u8,
    ctx: &mut ReadCtx<'_>,
) -> Result<()> {
    let delimiter = match forced {
        Some(d) => d,
        None => {
            let d = sniff_delimiter(input.fill_buf()?, default);
            if d != default {
                let msg = format!(
                    "{}: fields are separated by {} (told by the header line)",
                    ctx.file,
                    delimiter_name(d)
                );
                (ctx.emit)(Item::Notice(msg))?;
            }
            d
        }
    };
    read_csv(input, delimiter, ctx)
}

/// Why a header lacks a column, in the user's terms.
fn header_cause(names: &[String], delimiter: u8) -> String {
    let joined = names.join(",");
    for d in [b';', b',', b'\t', b'|'] {
        if d != delimiter && names.len() <= 2 && joined.as_bytes().contains(&d) {
            return format!(
                "the file looks separated by {} rather than {}: add --delimiter {}",
                delimiter_name(d),
                delimiter_name(delimiter),
                if d == b'\t' {
                    "tab".to_string()
                } else {
                    format!("'{}'", d as char)
                }
            );
        }
    }
    if let Some(n) = names.iter().find(|n| {
        let l = n.trim().to_lowercase();
        *n != &l && KNOWN_FIELDS.contains(&l.as_str())
    }) {
        return format!(
            "column names are matched in lower case: rename '{n}' to '{}'",
            n.trim().to_lowercase()
        );
    }
    format!(
        "the first line must name the columns ({})",
        KNOWN_FIELDS.join(", ")
    )
}

pub fn read_csv(input: impl Read, delimiter: u8, ctx: &mut ReadCtx<'_>) -> Result<()> {
    let newlines = Rc::new(RefCell::new(NewlineIndex::default()));
    let counted = CountLines {
        inner: skip_bom(input)?,
        index: newlines.clone(),
        offset: 0,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true) // ragged rows are reported per row, not fatal for the file
        .has_headers(true)
        .from_reader(counted);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return ctx.bad(1, format!("cannot read the CSV header: {e}")),
    };
    let names: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    if names.iter().all(|n| n.is_empty()) {
        return ctx.bad(1, "empty file: no CSV header row");
    }
    // Every row would fail on the same missing field: say why once, at the header.
    if let Some(missing) = ["title", "body"]
        .into_iter()
        .find(|f| !names.iter().any(|n| n == f))
    {
        let msg = format!(
            "the header has no '{missing}' column (it names: {}); {}; no row of this file was read",
            names.join(" | "),
            header_cause(&names, delimiter)
        );
        return ctx.bad(1, msg);
    }
    let mut record = csv::ByteRecord::new();
    loop {
        let line = newlines.borrow_mut().line_at(rdr.position().byte());
        match rdr.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                ctx.bad(line, format!("malformed CSV: {e}"))?;
                continue;
            }
        }
        // The csv crate's own line count is off by one after CRLF; count from the record's byte offset.
        let line = record
            .position()
            .map_or(line, |p| newlines.borrow_mut().line_at(p.byte()));
        (ctx.progress)(rdr.position().byte());
        if record.len() != names.len() {
            ctx.bad(
                line,
                format!(
                    "row has {} fields but the header has {}",
                    record.len(),
                    names.len()
                ),
            )?;
            continue;
        }
        if record.as_slice().len() > ctx.max_record {
            ctx.bad(line, too_long_msg(ctx.max_record))?;
            continue;
        }
        let mut obj = Map::new();
        let mut utf8_ok = true;
        for (name, cell) in names.iter().zip(record.iter()) {
            match std::str::from_utf8(cell) {
                Ok("") => {}
                Ok(s) => {
                    obj.insert(name.clone(), Json::String(s.to_string()));
                }
                Err(_) => {
                    utf8_ok = false;
                    break;
                }
            }
        }
        if !utf8_ok {
            ctx.bad(line, "invalid UTF-8")?;
            continue;
        }
        ctx.json_record(line, Json::Object(obj))?;
    }
    Ok(())
}

/// Newline offsets seen so far by the CSV reader, consumed in order as records are reached, so it
/// holds only what is buffered ahead (constant memory).
#[derive(Default)]
struct NewlineIndex {
    pending: std::collections::VecDeque<u64>,
    passed: u64,
}

impl NewlineIndex {
    /// 1-based line of the byte at `offset` (offsets only grow).
    fn line_at(&mut self, offset: u64) -> u64 {
        // `<=`: after CRLF the csv crate puts a record's start on the `\n` that ends the line before.
        while self.pending.front().is_some_and(|&nl| nl <= offset) {
            self.pending.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

struct CountLines<R> {
    inner: R,
    index: Rc<RefCell<NewlineIndex>>,
    offset: u64,
}

impl<R: Read> Read for CountLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut index = self.index.borrow_mut();
        for (i, _) in buf[..n].iter().enumerate().filter(|(_, &b)| b == b'\n') {
            index.pending.push_back(self.offset + i as u64);
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// The csv crate would take a BOM for part of the first header name: peek at the first bytes and put
/// them back unless they are one.
fn skip_bom(mut input: impl Read) -> std::io::Result<impl Read> {
    let mut head = [0u8; 3];
    let mut got = 0;
    while got < 3 {
        match input.read(&mut head[got..])? {
            0 => break,
            n => got += n,
        }
    }
    let keep = if head[..got] == *BOM {
        Vec::new()
    } else {
        head[..got].to_vec()
    };
    Ok(std::io::Cursor::new(keep).chain(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(f: impl FnOnce(&mut ReadCtx<'_>) -> Result<()>) -> Vec<String> {
        let mut out = Vec::new();
        let mut emit = |item: Item| {
            out.push(match item {
                Item::Record(o, r) => format!("{o} ok {}", r.title.unwrap_or_default()),
                Item::Bad(o, why) => format!("{o} bad {why}"),
                Item::Notice(n) => format!("notice {n}"),
            });
            Ok(())
        };
        let progress = |_| {};
        let mut ctx = ReadCtx::new("f".into(), 1 << 20, &mut emit, &progress);
        f(&mut ctx).unwrap();
        drop(ctx);
        out
    }

    #[test]
    fn jsonl_reports_each_bad_line_and_keeps_going() {
        let input = "\u{feff}{\"title\":\"a\",\"body\":\"b\"}\n\n{oops\n{\"title\":3}\n{\"title\":\"c\",\"x\":1,\"body\":\"d\"}\r\n";
        let out = collect(|ctx| read_jsonl(input.as_bytes(), ctx));
        assert_eq!(out[0], "f:1 ok a");
        assert!(out[1].starts_with("f:3 bad malformed JSON"), "{out:?}");
        assert_eq!(
            out[2],
            "f:4 bad field 'title' must be a string, found a number"
        );
        assert!(out[3].contains("unknown field 'x'"));
        assert_eq!(out[4], "f:5 ok c");
    }

    #[test]
    fn jsonl_invalid_utf8_and_overlong_lines() {
        let mut input = b"{\"title\":\"\xff\"}\n".to_vec();
        input.extend(format!("{{\"title\":\"{}\"}}\n", "x".repeat(2 << 20)).as_bytes());
        input.extend(b"{\"title\":\"ok\"}\n");
        let out = collect(|ctx| read_jsonl(&input[..], ctx));
        assert_eq!(out[0], "f:1 bad invalid UTF-8");
        assert!(out[1].starts_with("f:2 bad record larger than"), "{out:?}");
        assert_eq!(out[2], "f:3 ok ok");
    }

    #[test]
    fn json_array_streams_elements_with_lines() {
        let input = "[\n {\"title\": \"a\"},\n {\"title\": \n 5},\n {\"title\": \"[c]\\\"\"}\n]\n";
        let out = collect(|ctx| read_json(input.as_bytes(), ctx));
        assert_eq!(
            out,
            vec![
                "f:2 ok a",
                "f:3 bad field 'title' must be a string, found a number",
                "f:5 ok [c]\""
            ]
        );
    }

    #[test]
    fn json_array_that_never_closes() {
        let out = collect(|ctx| read_json("[{\"title\":\"a\"},\n{\"title\":\"b\"".as_bytes(), ctx));
        assert_eq!(out[0], "f:1 ok a");
        assert!(out.last().unwrap().contains("truncated"), "{out:?}");
        let out = collect(|ctx| read_json("[{\"title\":\"a\"}\n".as_bytes(), ctx));
        assert!(
            out.last()
                .unwrap()
                .starts_with("f:2 bad the JSON array is not closed"),
            "{out:?}"
        );
    }

    #[test]
    fn json_single_object_and_malformed_element() {
        let out = collect(|ctx| read_json("{\"title\":\"a\"}".as_bytes(), ctx));
        assert_eq!(out, vec!["f:1 ok a"]);
        let out =
            collect(|ctx| read_json("[{\"title\" \"a\"}, {\"title\":\"b\"}]".as_bytes(), ctx));
        assert!(out[0].starts_with("f:1 bad malformed JSON"));
        assert_eq!(out[1], "f:1 ok b");
    }

    #[test]
    fn text_title_body_crlf_bom() {
        let out = collect(|ctx| read_text("\u{feff}\r\n\r\n  العنوان \r\nسطر\r\n".as_bytes(), ctx));
        assert_eq!(out, vec!["f:3 ok العنوان"]);
        let out = collect(|ctx| read_text(&b"a\nb\x00c"[..], ctx));
        assert_eq!(
            out,
            vec!["f:2 bad NUL byte: this looks like a binary file, not text"]
        );
        let out = collect(|ctx| read_text(&b"title\nok\n\xc3("[..], ctx));
        assert_eq!(out, vec!["f:3 bad invalid UTF-8"]);
        let out = collect(|ctx| read_text(&b" \n\n"[..], ctx));
        assert_eq!(out, vec!["f:1 bad empty file: no title and no body"]);
    }

    #[test]
    fn csv_ragged_rows_and_bom() {
        let input = "\u{feff}title,body\r\nا,ب\r\nonly-one\r\n\"multi\nline\",x\r\nc,d\r\n";
        let out = collect(|ctx| read_csv(input.as_bytes(), b',', ctx));
        assert_eq!(
            out,
            vec![
                "f:2 ok ا",
                "f:3 bad row has 1 fields but the header has 2",
                "f:4 ok multi\nline",
                "f:6 ok c"
            ]
        );
        let lf =
            collect(|ctx| read_csv("title,body\nا,ب\nx\n\"c\nd\",e\nf,g".as_bytes(), b',', ctx));
        assert_eq!(
            lf,
            vec![
                "f:2 ok ا",
                "f:3 bad row has 1 fields but the header has 2",
                "f:4 ok c\nd",
                "f:6 ok f"
            ]
        );
    }

    #[test]
    fn csv_delimiter_is_sniffed_from_the_header() {
        assert_eq!(sniff_delimiter(b"title;body;url\nx,y;z", b','), b';');
        assert_eq!(sniff_delimiter(b"\xef\xbb\xbftitle\tbody\n", b','), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",title,body\n", b','), b',');
        assert_eq!(sniff_delimiter(b"title\n", b'\t'), b'\t');
        assert_eq!(sniff_delimiter(b"title;body\tx\n", b'\t'), b'\t');
        let out = collect(|ctx| {
            read_csv_sniffed(
                "title;body;published_at\r\nلقاء;نص، مع فاصلة;2025-07-01\r\n".as_bytes(),
                None,
                b',',
                ctx,
            )
        });
        assert_eq!(
            out,
            vec![
                "notice f: fields are separated by ';' (told by the header line)",
                "f:2 ok لقاء"
            ]
        );
    }

    #[test]
    fn header_problems_are_reported_at_line_1_with_a_cause() {
        let out = collect(|ctx| read_csv("title;body\nا;ب\n".as_bytes(), b',', ctx));
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(
            out[0].starts_with("f:1 bad the header has no 'title' column"),
            "{out:?}"
        );
        assert!(out[0].contains("add --delimiter ';'"), "{out:?}");
        let out = collect(|ctx| read_csv("Title,Body\nا,ب\n".as_bytes(), b',', ctx));
        assert!(out[0].contains("rename 'Title' to 'title'"), "{out:?}");
        let out = collect(|ctx| read_csv("headline,text\nا,ب\n".as_bytes(), b',', ctx));
        assert!(out[0].contains("must name the columns"), "{out:?}");
        let out = collect(|ctx| read_csv("title,url\nا,ب\n".as_bytes(), b',', ctx));
        assert!(
            out[0].starts_with("f:1 bad the header has no 'body' column"),
            "{out:?}"
        );
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        /// Run one reader over `input`; every reported line must exist in the input.
        fn lines_ok(
            input: &[u8],
            read: fn(&[u8], &mut ReadCtx<'_>) -> Result<()>,
        ) -> Result<(), String> {
            let max_line = 1 + input.iter().filter(|&&b| b == b'\n').count() as u64;
            let mut bad = None;
            let mut emit = |item: Item| {
                let line = match &item {
                    Item::Record(o, _) | Item::Bad(o, _) => o.line,
                    Item::Notice(_) => 1,
                };
                if line == 0 || line > max_line {
                    bad = Some(format!("line {line} outside 1..={max_line}"));
                }
                Ok(())
            };
            let progress = |_| {};
            let mut ctx = ReadCtx::new("p".into(), 4096, &mut emit, &progress);
            read(input, &mut ctx).map_err(|e| e.to_string())?;
            drop(ctx);
            bad.map_or(Ok(()), Err)
        }

        /// Bytes that look a little like our formats, so the readers get past their first checks.
        fn inputs() -> impl Strategy<Value = Vec<u8>> {
            let atoms = prop::sample::select(vec![
                &b"{"[..],
                b"}",
                b"[",
                b"]",
                b",",
                b"\"",
                b"\\",
                b"\n",
                b"\r\n",
                b":",
                b"\"title\"",
                b"\"body\"",
                b"\xef\xbb\xbf",
                b"\xff",
                b"\x00",
                "باريس".as_bytes(),
                b"a",
                b" ",
                b"title,body",
                b"\t",
                b"null",
                b"12",
            ]);
            prop_oneof![
                prop::collection::vec(any::<u8>(), 0..300),
                prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat()),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(400))]
            #[test]
            fn readers_never_panic_and_report_real_lines(input in inputs()) {
                prop_assert_eq!(lines_ok(&input, |b, c| read_jsonl(b, c)), Ok(()));
                prop_assert_eq!(lines_ok(&input, |b, c| read_json(b, c)), Ok(()));
                prop_assert_eq!(lines_ok(&input, |b, c| read_csv(b, b',', c)), Ok(()));
                prop_assert_eq!(lines_ok(&input, |b, c| read_csv(b, b'\t', c)), Ok(()));
                prop_assert_eq!(lines_ok(&input, |b, c| read_csv_sniffed(b, None, b',', c)), Ok(()));
                prop_assert_eq!(lines_ok(&input, |b, c| read_text(b, c)), Ok(()));
            }
        }
    }
}
