//! CSV/TSV: the reader, its delimiter (sniffed from the header or forced) and header checks.

use super::*;

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
    // TSV is not CSV with tabs: unquoted, with backslash escapes (`tsv::read_tsv`).
    if delimiter == b'\t' {
        return super::tsv::read_tsv(input, ctx);
    }
    read_csv(input, delimiter, ctx)
}

/// Why a header lacks a column, in the user's terms.
pub(super) fn header_cause(names: &[String], delimiter: u8) -> String {
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
    let read_limit = Rc::new(std::cell::Cell::new(u64::MAX));
    let counted = CountLines {
        inner: skip_bom(input)?,
        index: newlines.clone(),
        offset: 0,
        limit: read_limit.clone(),
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
    let mut names: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    // Spreadsheets capitalise headers («Title», «BODY»): a known field in any case, unless the file
    // also has the lower-case name.
    for i in 0..names.len() {
        let l = names[i].to_lowercase();
        if l != names[i] && KNOWN_FIELDS.contains(&l.as_str()) && !names.contains(&l) {
            names[i] = l;
        }
    }
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
        // --max-record-mb is enforced while the record is read, not once it is whole: an
        // unterminated quote on a 400 MB stream held it all (538 MB of RSS with a 1 MiB limit).
        read_limit.set(rdr.position().byte() + ctx.max_record as u64 + (64 << 10));
        match rdr.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) if is_too_long(&e) => {
                let msg = format!(
                    "{}; the rest of the file is not read (an unterminated quote?)",
                    too_long_msg(ctx.max_record)
                );
                return ctx.bad(line, msg);
            }
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
    /// Reading past this offset fails with [`RecordTooLong`].
    limit: Rc<std::cell::Cell<u64>>,
}

/// The I/O error `CountLines` raises when the record being read passes the record limit.
#[derive(Debug)]
struct RecordTooLong;

impl std::fmt::Display for RecordTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("record too long")
    }
}

impl std::error::Error for RecordTooLong {}

fn is_too_long(e: &csv::Error) -> bool {
    match e.kind() {
        csv::ErrorKind::Io(io) => io
            .get_ref()
            .is_some_and(|inner| inner.is::<RecordTooLong>()),
        _ => false,
    }
}

impl<R: Read> Read for CountLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.offset > self.limit.get() {
            return Err(std::io::Error::other(RecordTooLong));
        }
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
