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

mod delimited;
mod json;
#[cfg(test)]
mod tests;
mod text;
mod tsv;

pub use delimited::{parse_delimiter, read_csv, read_csv_sniffed, sniff_delimiter};
pub use json::{read_json, read_jsonl};
pub use text::read_text;
pub use tsv::{read_tsv, unescape_tsv};

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
    /// Tab-separated, with a header row: unquoted, `\t` `\n` `\r` `\\` escape a tab, newline,
    /// carriage return and backslash inside a value (what `marsad export --tsv` writes).
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
