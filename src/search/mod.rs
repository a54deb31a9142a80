//! `marsad search`: Arabic-aware full-text search.
//!
//! The FTS index holds one normalised search key per original word (see `arabic::index_text`). A query
//! is rewritten word by word into the same keys, so «الشَّيْبانِيّ», «والشيباني» and «الشيباني» all meet.
//! Plain words are quoted (no FTS5 syntax surprises); FTS5 operators pass through for power users.
//! Snippets are cut from the ORIGINAL body: token i of the index is token i of the text.
//!
//! Bounded ranking. Ordering every match by bm25 costs time in proportion to the number of matches, which
//! for a common word grows with the archive. By default ([`Rank::Recent`]) only the newest
//! [`RANK_WINDOW`] matches are ranked: FTS5 walks the matches in descending rowid (= article id, so most
//! recently archived first) and stops after the window, and only those are ranked. The cost is bounded
//! by the window, not the archive; the price is that an older, more relevant article outside the window is
//! not shown. The window is ranked by [`window_rank`], bm25 without the word-rarity factor: FTS5's own
//! bm25 counts, for every query phrase, all the rows that contain it (a cost that grows with the archive)
//! just to weigh rare words above common ones. The date and outlet filters are applied INSIDE the window (it holds the newest matches that
//! pass them), so a filter never empties a window that has matches further back; a selective filter with a
//! very common word walks further back before the window fills. A date range holding few articles (see
//! `narrow!`) is instead served the other way round: those articles are probed in the index one by one. [`Rank::All`] keeps the exhaustive
//! ranking over every match (the old behaviour); [`Sort::Newest`] lists the newest matches without ranking.

use anyhow::{bail, Result};
use rusqlite::Connection;

use crate::arabic;
use crate::output::{RowSink, Value};

/// How many of the newest matches [`Rank::Recent`] ranks by relevance.
pub const RANK_WINDOW: u32 = 1000;

/// Which matches are ranked by relevance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Rank {
    /// Only the newest matches (the window): cost bounded whatever the archive size.
    #[default]
    Recent,
    /// Every match: exhaustive, slower for common words in a large archive.
    All,
}

/// The order of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Sort {
    /// Most relevant first (bm25, title weighted 4x).
    #[default]
    Relevance,
    /// Most recently archived first (highest article id), no ranking.
    Newest,
}

pub struct SearchOptions {
    pub limit: u32,
    pub from: Option<String>,
    pub to: Option<String>,
    pub outlet: Option<String>,
    pub rank: Rank,
    pub sort: Sort,
    /// Matches ranked by [`Rank::Recent`]; [`RANK_WINDOW`] unless a test needs a smaller one.
    pub window: u32,
    /// The search stops with an error once it has run this long ([`SEARCH_TIMEOUT`] by default).
    pub timeout: std::time::Duration,
}

/// How long a search may run before it is stopped: a query of many OR-ed words (FTS5's cost grows
/// with the square of the terms) or `--rank all` on a common word in a huge archive ends with a
/// clear error instead of holding the machine. `--timeout` changes it.
pub const SEARCH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

impl SearchOptions {
    /// The filters as the queries bind them: the first day of `from`, the day after `to` (both
    /// ISO text; errors on a malformed period) and the outlet's search key.
    fn filters(&self) -> Result<(Option<String>, Option<String>, Option<String>)> {
        let from = self.from.as_deref().map(period_bounds).transpose()?;
        let to = self.to.as_deref().map(period_bounds).transpose()?;
        Ok((
            from.map(|b| b.0),
            to.map(|b| b.1),
            self.outlet.as_deref().map(arabic::index_text),
        ))
    }
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 20,
            from: None,
            to: None,
            outlet: None,
            rank: Rank::Recent,
            sort: Sort::Relevance,
            window: RANK_WINDOW,
            timeout: SEARCH_TIMEOUT,
        }
    }
}

/// A query rewritten for FTS5, with the keys a snippet should highlight.
#[derive(Debug, PartialEq)]
pub struct Rewritten {
    pub fts: String,
    /// (key, is_prefix)
    pub terms: Vec<(String, bool)>,
}

const OPERATORS: &[&str] = &["AND", "OR", "NOT"];

/// Rewrite a user query into an FTS5 MATCH expression over normalised keys.
pub fn rewrite(query: &str) -> Result<Rewritten> {
    let mut out: Vec<String> = Vec::new();
    let mut terms = Vec::new();
    let chars: Vec<char> = query.chars().collect();
    let mut i = 0;
    let mut depth = 0i32;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' {
            let end = chars[i + 1..]
                .iter()
                .position(|&c| c == '"')
                .map(|p| i + 1 + p);
            let Some(end) = end else {
                bail!("the query has an opening \" without its closing \" (quotes mark a phrase: \"وزير الخارجية\")");
            };
            let inner: String = chars[i + 1..end].iter().collect();
            let keys = keys_of(&inner);
            if !keys.is_empty() {
                out.push(phrase(&keys, false, &mut terms));
            }
            i = end + 1;
        } else if c == '(' || c == ')' {
            depth += if c == '(' { 1 } else { -1 };
            if depth < 0 {
                bail!("the query has a ')' without a matching '('");
            }
            out.push(c.to_string());
            i += 1;
        } else {
            let start = i;
            while i < chars.len()
                && !chars[i].is_whitespace()
                && !matches!(chars[i], '"' | '(' | ')')
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if OPERATORS.contains(&word.as_str()) || word == "NEAR" {
                out.push(word);
                continue;
            }
            // column filter: title:word / body:word
            let (column, word) = match word.split_once(':') {
                Some((col @ ("title" | "body"), rest)) => (Some(col), rest.to_string()),
                _ => (None, word),
            };
            let prefix = word.ends_with('*');
            let mut keys = keys_of(word.trim_end_matches('*'));
            if keys.is_empty() {
                continue;
            }
            if !prefix && keys.len() == 1 && keys[0] == "عبد" {
                // «عبد الله» typed as two words is one name, like «عبدالله».
                if let Some((next, after)) = next_word(&chars, i) {
                    let mut pair = keys.clone();
                    pair.extend(keys_of(&next));
                    if pair.len() == 2 && arabic::compound_spellings(&pair).is_some() {
                        keys = pair;
                        i = after;
                    }
                }
            }
            let mut term = phrase(&keys, prefix, &mut terms);
            if let Some(col) = column {
                term = format!("{col} : {term}");
            }
            out.push(term);
        }
    }
    if depth != 0 {
        bail!("the query has a '(' without its closing ')'");
    }
    check_operators(&out)?;
    if terms.is_empty() {
        bail!("the query has no words to search for");
    }
    Ok(Rewritten {
        fts: out.join(" "),
        terms,
    })
}

/// FTS5's own message for a dangling operator is cryptic; say what is wrong in the user's terms.
fn check_operators(parts: &[String]) -> Result<()> {
    let is_op = |s: &str| OPERATORS.contains(&s);
    for (i, p) in parts.iter().enumerate() {
        if !is_op(p) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| parts[j].as_str());
        let after = parts.get(i + 1).map(|s| s.as_str());
        let operand_before = before.is_some_and(|b| !is_op(b) && b != "(");
        let operand_after = after.is_some_and(|a| !is_op(a) && a != ")");
        if !operand_before || !operand_after {
            bail!("'{p}' needs a word on each side (for example: باريس {p} باكو)");
        }
    }
    Ok(())
}

/// The FTS5 phrase of `keys` (a prefix phrase when `prefix`), with the keys added to the terms to
/// highlight. A phrase holding عبد + a name of God matches it joined or spaced: `("عبدالله" OR "عبد الله")`.
fn phrase(keys: &[String], prefix: bool, terms: &mut Vec<(String, bool)>) -> String {
    let star = if prefix { "*" } else { "" };
    let mut add = |ks: &[String]| {
        terms.extend(
            ks.iter()
                .enumerate()
                .map(|(n, k)| (k.clone(), prefix && n + 1 == ks.len())),
        );
        format!("\"{}\"{star}", ks.join(" "))
    };
    match arabic::compound_spellings(keys) {
        Some((joined, spaced)) => format!("({} OR {})", add(&joined), add(&spaced)),
        None => add(keys),
    }
}

/// The plain word after position `i` (skipping spaces) and the position after it, if there is one.
fn next_word(chars: &[char], i: usize) -> Option<(String, usize)> {
    let start = (i..chars.len()).find(|&j| !chars[j].is_whitespace())?;
    let end = (start..chars.len())
        .find(|&j| chars[j].is_whitespace() || matches!(chars[j], '"' | '(' | ')'))
        .unwrap_or(chars.len());
    let word: String = chars[start..end].iter().collect();
    (end > start && !OPERATORS.contains(&word.as_str()) && !word.contains([':', '*']))
        .then_some((word, end))
}

fn keys_of(text: &str) -> Vec<String> {
    arabic::tokenize(text)
        .iter()
        .map(|t| arabic::search_form(t.text))
        .filter(|k| !k.is_empty())
        .collect()
}

pub use crate::period::period_bounds;

/// The filters, on the article `a`: ?2 from, ?3 to (exclusive), ?4 outlet name, ?5 its alias key.
macro_rules! filters {
    () => {
        "(?2 IS NULL OR a.published_at >= ?2)
  AND (?3 IS NULL OR a.published_at < ?3)
  AND (?4 IS NULL OR a.outlet_id IN (
        SELECT id FROM outlets WHERE name = ?4 COLLATE NOCASE
        UNION SELECT o2.id FROM outlets o2 JOIN entity_aliases ea ON ea.entity_id = o2.entity_id WHERE ea.norm = ?5))"
    };
}

/// A date filter whose range holds few articles: probing each of them in the index (about 40 us apiece,
/// FTS5 starts the query over for every row) costs less than walking the matches until the window fills
/// (about 1.5 us per match, and for a common word and a narrow range that is most of the archive). For
/// R articles in range, an archive of N and a window of K, the walk reads about K * N / R matches, so
/// probing wins when 30 * R * R < K * N (N taken as the largest article id; R counted on
/// articles_published, and at most 20 000 of them).
macro_rules! narrow {
    () => {
        "(?2 IS NOT NULL OR ?3 IS NOT NULL)
          AND (SELECT 30 * count(*) * count(*) FROM (SELECT 1 FROM articles INDEXED BY articles_published
               WHERE published_at >= COALESCE(?2, '') AND published_at < COALESCE(?3, '~') LIMIT 20000))
              < ?7 * (SELECT max(id) FROM articles)"
    };
}

/// Exhaustive: every match ordered by bm25 (cost grows with the number of matches).
const SQL_SEARCH_ALL: &str = concat!(
    "
SELECT a.id, a.published_at, o.name, a.title, a.body
FROM articles_fts
JOIN articles a ON a.id = articles_fts.rowid
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE articles_fts MATCH ?1
  AND ",
    filters!(),
    "
ORDER BY bm25(articles_fts, 4.0, 1.0)
LIMIT ?6"
);

/// Bounded: the newest ?7 matches that pass the filters (FTS5 walks rowids downwards and stops), then
/// ranked by `marsad_rank` (?8 = 1) or kept newest first (?8 = 0). Only the ?6 returned rows read title and body.
const SQL_SEARCH_WINDOW: &str = concat!(
    "
WITH hits AS MATERIALIZED (
    SELECT * FROM (
        -- the matches walked newest first, each checked against the filters
        SELECT articles_fts.rowid AS id, marsad_rank(articles_fts) AS score
        FROM articles_fts
        JOIN articles a INDEXED BY articles_id_outlet ON a.id = articles_fts.rowid
        WHERE NOT (",
    narrow!(),
    ")
          AND articles_fts MATCH ?1
          AND ",
    filters!(),
    "
        ORDER BY articles_fts.rowid DESC
        LIMIT ?7)
    UNION ALL
    SELECT * FROM (
        -- a date range holding few articles: they are probed one by one instead
        SELECT articles_fts.rowid AS id, marsad_rank(articles_fts) AS score
        FROM articles d INDEXED BY articles_published
        CROSS JOIN articles_fts ON articles_fts.rowid = d.id
        JOIN articles a INDEXED BY articles_id_outlet ON a.id = d.id
        WHERE (",
    narrow!(),
    ")
          AND d.published_at >= COALESCE(?2, '') AND d.published_at < COALESCE(?3, '~')
          AND articles_fts MATCH ?1
          AND ",
    filters!(),
    "
        ORDER BY d.id DESC
        LIMIT ?7)
)
SELECT a.id, a.published_at, o.name, a.title, a.body
FROM hits
JOIN articles a ON a.id = hits.id
LEFT JOIN outlets o ON o.id = a.outlet_id
ORDER BY CASE WHEN ?8 THEN hits.score END, hits.id DESC
LIMIT ?6"
);

pub fn search(
    conn: &Connection,
    query: &str,
    opts: &SearchOptions,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    if query.trim().is_empty() {
        bail!("empty search query: give one or more words, a \"phrase\", or FTS5 syntax (باريس OR باكو)");
    }
    let len = query.chars().count();
    if len > crate::limits::SEARCH_MAX_QUERY_CHARS {
        bail!(
            "the search query «{}» is longer than {} characters; search for fewer words",
            crate::limits::echo(query),
            crate::limits::SEARCH_MAX_QUERY_CHARS
        );
    }
    let q = rewrite(query)?;
    let (from, to, outlet_norm) = opts.filters()?;
    with_deadline(conn, opts.timeout, |deadline| {
        search_rows(
            conn,
            query,
            &q,
            opts,
            (from, to, outlet_norm),
            deadline,
            sink,
        )
    })
}

/// Run `f` with SQLite interrupted once `timeout` has passed (a timer thread calls
/// `sqlite3_interrupt`; the connection stays shared, `&Connection`). `f` is given the deadline to
/// check between rows ([`past`]: snippets are cut outside SQLite). A search stopped either way
/// becomes an error that says so.
fn with_deadline<T>(
    conn: &Connection,
    timeout: std::time::Duration,
    f: impl FnOnce(std::time::Instant) -> Result<T>,
) -> Result<T> {
    let deadline = std::time::Instant::now() + timeout;
    let handle = conn.get_interrupt_handle();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let timer = std::thread::spawn(move || {
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
            handle.interrupt();
        }
    });
    let result = f(deadline);
    drop(done);
    let _ = timer.join();
    result.map_err(|e| {
        let interrupted = e
            .chain()
            .filter_map(|c| c.downcast_ref::<rusqlite::Error>())
            .any(|se| se.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted));
        if interrupted {
            anyhow::anyhow!(
                "the search ran longer than --timeout {}s and was stopped: narrow it (fewer words, \
                 --from/--to, --outlet, --sort newest) or give it more time (--timeout)",
                timeout.as_secs_f64()
            )
        } else {
            e
        }
    })
}

/// An interruption error once `deadline` has passed (the one SQLite gives an interrupted statement).
fn past(deadline: std::time::Instant) -> rusqlite::Result<()> {
    if std::time::Instant::now() > deadline {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_INTERRUPT),
            None,
        ));
    }
    Ok(())
}

fn search_rows(
    conn: &Connection,
    query: &str,
    q: &Rewritten,
    opts: &SearchOptions,
    (from, to, outlet_norm): (Option<String>, Option<String>, Option<String>),
    deadline: std::time::Instant,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    let exhaustive = opts.rank == Rank::All && opts.sort == Sort::Relevance;
    if !exhaustive {
        window_rank::register(conn)?;
    }
    let mut stmt = conn.prepare_cached(if exhaustive {
        SQL_SEARCH_ALL
    } else {
        SQL_SEARCH_WINDOW
    })?;
    let mut binds: Vec<rusqlite::types::Value> = vec![
        q.fts.clone().into(),
        from.into(),
        to.into(),
        opts.outlet.clone().into(),
        outlet_norm.into(),
        opts.limit.into(),
    ];
    if !exhaustive {
        // Newest first needs no more matches than it shows; --rank all --sort newest is the same listing.
        let window = match opts.sort {
            Sort::Newest => opts.limit,
            Sort::Relevance => opts.window.max(opts.limit),
        };
        binds.push(window.into());
        binds.push((opts.sort == Sort::Relevance).into());
    }
    let mut rows = stmt
        .query(rusqlite::params_from_iter(binds))
        .map_err(|e| explain_fts_error(e, query))?;
    sink.header(&["id", "published_at", "outlet", "title", "snippet"].map(String::from))?;
    let mut n = 0;
    loop {
        let row = match rows.next() {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(e) => return Err(explain_fts_error(e, query)),
        };
        past(deadline)?;
        let body: String = row.get(4)?;
        let vals = [
            Value::Int(row.get(0)?),
            Value::from(row.get::<_, Option<String>>(1)?),
            Value::from(row.get::<_, Option<String>>(2)?),
            Value::Text(row.get(3)?),
            Value::Text(snippet(&body, &q.terms, 24)),
        ];
        sink.row(&vals)?;
        n += 1;
    }
    sink.finish()?;
    Ok(n)
}

mod window_rank;

fn explain_fts_error(e: rusqlite::Error, query: &str) -> anyhow::Error {
    let msg = e.to_string();
    let query = crate::limits::echo(query);
    if msg.contains("fts5") || msg.contains("syntax error") {
        anyhow::anyhow!(
            "cannot understand the search query «{query}»: {msg}\n\
             plain words are searched as they are; for FTS5 syntax use \"phrases\", AND / OR / NOT in capitals, word*, (groups)"
        )
    } else {
        e.into()
    }
}

/// Articles that mention an entity, found by any of its aliases in any language (`--entity Paris`
/// finds «باريس»), newest first, each with a snippet where its mentions are wrapped in [ ] and the
/// number of mentions. The date and outlet filters of `opts` apply; ranking options do not (there
/// is no query to rank by). Errors: an unknown or ambiguous name (see `query::entity::resolve`).
pub fn search_entity(
    conn: &Connection,
    name: &str,
    opts: &SearchOptions,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    let entity = crate::query::entity::resolve(conn, name)?;
    let (from, to, outlet_norm) = opts.filters()?;
    with_deadline(conn, opts.timeout, |deadline| {
        entity_rows(conn, entity, opts, (from, to, outlet_norm), deadline, sink)
    })
}

fn entity_rows(
    conn: &Connection,
    entity: i64,
    opts: &SearchOptions,
    (from, to, outlet_norm): (Option<String>, Option<String>, Option<String>),
    deadline: std::time::Instant,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    let sql = concat!(
        "
SELECT a.id, a.published_at, o.name, a.title, a.body,
       (SELECT group_concat(m2.spans, ';') FROM mentions m2
        WHERE m2.article_id = a.id AND m2.entity_id = ?1 AND m2.field = 'body') AS spans,
       (SELECT sum(m3.n) FROM mentions m3 WHERE m3.article_id = a.id AND m3.entity_id = ?1) AS n
FROM articles a
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?1)
  AND ",
        filters!(),
        "
ORDER BY a.id DESC
LIMIT ?6"
    );
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params![
        entity,
        from,
        to,
        opts.outlet,
        outlet_norm,
        opts.limit
    ])?;
    sink.header(
        &[
            "id",
            "published_at",
            "outlet",
            "title",
            "snippet",
            "mentions",
        ]
        .map(String::from),
    )?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        past(deadline)?;
        let body: String = row.get(4)?;
        let spans = parse_spans(row.get::<_, Option<String>>(5)?.as_deref().unwrap_or(""));
        let tokens = arabic::tokenize(&body);
        let hit: Vec<bool> = tokens
            .iter()
            .map(|t| spans.iter().any(|&(s, e)| t.start < e && s < t.end))
            .collect();
        sink.row(&[
            Value::Int(row.get(0)?),
            Value::from(row.get::<_, Option<String>>(1)?),
            Value::from(row.get::<_, Option<String>>(2)?),
            Value::Text(row.get(3)?),
            Value::Text(window(&body, &tokens, &hit, 24)),
            Value::Int(row.get::<_, Option<i64>>(6)?.unwrap_or(0)),
        ])?;
        n += 1;
    }
    sink.finish()?;
    Ok(n)
}

/// Char spans from `mentions.spans` values (`[[start, end], ...]`, several joined by `;`).
fn parse_spans(s: &str) -> Vec<(usize, usize)> {
    s.split(';')
        .filter_map(|part| serde_json::from_str::<Vec<(usize, usize)>>(part).ok())
        .flatten()
        .collect()
}

/// The window of about `width` words with the most hits, hits wrapped in [ ], cut from the original text.
pub fn snippet(body: &str, terms: &[(String, bool)], width: usize) -> String {
    let tokens = arabic::tokenize(body);
    let hit: Vec<bool> = tokens
        .iter()
        .map(|t| {
            let key = arabic::search_form(t.text);
            terms.iter().any(|(k, prefix)| {
                if *prefix {
                    key.starts_with(k.as_str())
                } else {
                    key == *k
                }
            })
        })
        .collect();
    window(body, &tokens, &hit, width)
}

/// The snippet of [`snippet`] for tokens already marked as hits.
fn window(body: &str, tokens: &[arabic::Token<'_>], hit: &[bool], width: usize) -> String {
    if tokens.is_empty() {
        return String::new();
    }
    // Sliding window: best count of hits among `width` consecutive tokens.
    let w = width.min(tokens.len());
    let mut count: usize = hit[..w].iter().filter(|h| **h).count();
    let (mut best, mut best_start) = (count, 0);
    for start in 1..=tokens.len() - w {
        count = count + hit[start + w - 1] as usize - hit[start - 1] as usize;
        if count > best {
            best = count;
            best_start = start;
        }
    }
    // Centre the hits: as much context before the first as after the last.
    if best > 0 {
        let first_hit = (best_start..best_start + w)
            .find(|&i| hit[i])
            .unwrap_or(best_start);
        let last_hit = (best_start..best_start + w)
            .rev()
            .find(|&i| hit[i])
            .unwrap_or(first_hit);
        let slack = w - (last_hit - first_hit + 1);
        best_start = first_hit.saturating_sub(slack / 2).min(tokens.len() - w);
    }
    let (first, last) = (best_start, best_start + w - 1);
    let mut out = String::new();
    if first > 0 {
        out.push('…');
    }
    let mut pos = tokens[first].byte_start;
    for (t, h) in tokens[first..=last].iter().zip(&hit[first..=last]) {
        out.push_str(&body[pos..t.byte_start]);
        if *h {
            out.push('[');
            out.push_str(t.text);
            out.push(']');
        } else {
            out.push_str(t.text);
        }
        pos = t.byte_end;
    }
    if last + 1 < tokens.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
