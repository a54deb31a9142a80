//! JSONL (line by line, each line bounded) and JSON (an array scanned element by element) readers.

use super::*;

/// Reads lines of at most `max` bytes; a longer line is skipped to its end and flagged, so one huge
/// line cannot exhaust memory.
pub(super) struct LineReader<R> {
    inner: R,
    line: u64,
    pub(super) consumed: u64,
}

pub(super) enum Line {
    Ok(Vec<u8>),
    TooLong,
}

impl<R: BufRead> LineReader<R> {
    pub(super) fn new(inner: R) -> Self {
        LineReader {
            inner,
            line: 0,
            consumed: 0,
        }
    }

    pub(super) fn next_line(&mut self, max: usize) -> std::io::Result<Option<(u64, Line)>> {
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
