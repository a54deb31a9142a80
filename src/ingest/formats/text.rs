//! Plain text: one article per file, title on its first line.

use super::*;

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
