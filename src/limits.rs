//! The limits that keep marsad's time and memory bounded on hostile or merely huge input, in one
//! place so the README's "Guarantees" section and the code say the same thing (issue #16).

/// Extraction (mentions, attributions, event reports, the MinHash signature) reads at most this many
/// bytes of an article's title and of its body: 1 MiB, about 500,000 Arabic letters, two hundred times a
/// long news article. The whole text is still archived and indexed for search; only what lies past
/// the cap has no mentions or reports. Without it a 20 MB body took minutes (per-trigger loops over
/// the article's mentions, dates and attributions).
pub const EXTRACT_MAX_BYTES: usize = 1 << 20;

/// `text` cut to at most [`EXTRACT_MAX_BYTES`] bytes, at the last whitespace before the cap (so no
/// word is cut in two), or at a character boundary when there is none. Offsets into the cut text
/// are offsets into `text`: it is a prefix.
pub fn extraction_text(text: &str) -> &str {
    cut_at(text, EXTRACT_MAX_BYTES)
}

/// `text` cut to at most `max` bytes, preferring the last whitespace at or before `max`.
pub fn cut_at(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    match head.rfind(char::is_whitespace) {
        Some(ws) if ws > 0 => &text[..ws],
        _ => head,
    }
}

/// The import pipeline holds at most this many bytes of records (read, being prepared and
/// extracted, or waiting for the writer) at a time; one record larger than it goes through alone.
/// Preparation copies a record about four times (cleaned text, normalised search text, extraction),
/// and SQLite's page cache adds 64 MB: 64 records of 2 MB import in about 170 MB of RSS (282 MB for
/// 48 of them when only 256-record batches bounded the pipeline; figures in BENCHMARKS.md).
pub const IMPORT_BYTES_IN_FLIGHT: usize = 16 << 20;

/// `marsad sql`: the longest string or blob a query may build (SQLITE_LIMIT_LENGTH). 128 MiB holds
/// any archived article (imports stop at `--max-record-mb`, 64 by default); `printf('%.*c',
/// 999999999, 'x')` ran 7.5 s inside one call, past `--timeout`, and now fails at once.
pub const SQL_MAX_LENGTH: i32 = 128 << 20;

/// `marsad sql`: SQLite's hard heap limit for the process (three 900 MB strings took 6.1 GB).
pub const SQL_HEAP_LIMIT: i64 = 1 << 30;

/// `marsad search`: the longest query, in characters. 5,000 OR-ed repeats of a word ran 156 s
/// (FTS5's cost grows with the square of the terms); 1,000 characters is about 200 of them.
pub const SEARCH_MAX_QUERY_CHARS: usize = 1_000;

/// How much of a user's input an error message repeats, in characters.
pub const ECHO_CHARS: usize = 80;

/// `s` as an error message repeats it: at most [`ECHO_CHARS`] characters, then "…".
pub fn echo(s: &str) -> String {
    match s.char_indices().nth(ECHO_CHARS) {
        None => s.to_string(),
        Some((i, _)) => format!("{}… ({} characters)", &s[..i], s.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_whitespace_and_char_boundaries() {
        assert_eq!(cut_at("قمة باريس", 9), "قمة");
        assert_eq!(cut_at("قمة باريس", 100), "قمة باريس");
        // No whitespace: a character boundary, never inside a two-byte letter.
        assert_eq!(cut_at("باريس", 5), "با");
        let long = "كلمة ".repeat(400_000);
        let cut = extraction_text(&long);
        assert!(cut.len() <= EXTRACT_MAX_BYTES && cut.len() > EXTRACT_MAX_BYTES - 16);
        assert!(long.starts_with(cut) && cut.ends_with("كلمة"));
    }
}
