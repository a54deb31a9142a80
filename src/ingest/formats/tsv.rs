//! TSV: one record per line, fields split on tabs, no quoting. Inside a value `\t` `\n` `\r` and
//! `\\` stand for a tab, a newline, a carriage return and a backslash (the escapes of
//! `output`'s TSV writer and of the IANA text/tab-separated-values convention in PostgreSQL's
//! COPY and MySQL's exports); any other backslash is kept as it is. Reading TSV as CSV with tabs
//! lost the quotes of `"Peace" talks` and let one unbalanced `"` swallow the lines after it.

use super::json::{Line, LineReader};
use super::*;

/// A TSV value with its backslash escapes replaced.
pub fn unescape_tsv(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\\') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out.into()
}

pub fn read_tsv(input: impl BufRead, ctx: &mut ReadCtx<'_>) -> Result<()> {
    let mut lines = LineReader::new(input);
    let names: Vec<String> = match lines.next_line(ctx.max_record)? {
        None => return ctx.bad(1, "empty file: no TSV header row"),
        Some((_, Line::TooLong)) => return ctx.bad(1, too_long_msg(ctx.max_record)),
        Some((_, Line::Ok(h))) => String::from_utf8_lossy(strip_bom(&h))
            .split('\t')
            .map(|n| unescape_tsv(n).trim().to_string())
            .collect(),
    };
    if names.iter().all(|n| n.is_empty()) {
        return ctx.bad(1, "empty file: no TSV header row");
    }
    if let Some(missing) = ["title", "body"]
        .into_iter()
        .find(|f| !names.iter().any(|n| n == f))
    {
        let msg = format!(
            "the header has no '{missing}' column (it names: {}); {}; no row of this file was read",
            names.join(" | "),
            super::delimited::header_cause(&names, b'\t')
        );
        return ctx.bad(1, msg);
    }
    while let Some((n, line)) = lines.next_line(ctx.max_record)? {
        (ctx.progress)(lines.consumed);
        let bytes = match line {
            Line::TooLong => {
                ctx.bad(n, too_long_msg(ctx.max_record))?;
                continue;
            }
            Line::Ok(b) => b,
        };
        if bytes.is_empty() {
            continue;
        }
        let Ok(text) = std::str::from_utf8(&bytes) else {
            ctx.bad(n, "invalid UTF-8")?;
            continue;
        };
        let cells: Vec<&str> = text.split('\t').collect();
        if cells.len() != names.len() {
            let msg = format!(
                "row has {} fields but the header has {}",
                cells.len(),
                names.len()
            );
            ctx.bad(n, msg)?;
            continue;
        }
        let mut obj = Map::new();
        for (name, cell) in names.iter().zip(cells) {
            if !cell.is_empty() {
                obj.insert(name.clone(), Json::String(unescape_tsv(cell).into_owned()));
            }
        }
        ctx.json_record(n, Json::Object(obj))?;
    }
    Ok(())
}
