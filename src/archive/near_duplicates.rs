//! Near-duplicates and republication: each article's MinHash signature and LSH band buckets, and
//! the link from a text to the earlier text it copies.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};

use super::extraction::SQL_INSERT_RELATION;
use crate::extract::Signature;

/// Candidates are archived before the article (lower ids): the articles an import had already
/// written when it wrote this one. Re-extracting an article thus finds the link its import found,
/// and the links later articles found to it are theirs (see `extraction::delete_derived`).
const SQL_BAND_CANDIDATES: &str = "SELECT article_id FROM article_minhash_bands \
     WHERE band = ?1 AND bucket = ?2 AND article_id < ?3 ORDER BY article_id LIMIT 8";
const SQL_GET_SIGNATURE: &str =
    "SELECT shingles, signature FROM article_minhash WHERE article_id = ?1";
const SQL_PUT_SIGNATURE: &str =
    "INSERT OR REPLACE INTO article_minhash (article_id, shingles, signature) VALUES (?1, ?2, ?3)";
const SQL_PUT_BAND: &str =
    "INSERT OR IGNORE INTO article_minhash_bands (band, bucket, article_id) VALUES (?1, ?2, ?3)";
const SQL_PUBLISHED: &str = "SELECT published_at FROM articles WHERE id = ?1";

/// Jaccard at or above this: the same text ('near_duplicate').
pub const NEAR_DUPLICATE: f64 = 0.8;
/// Below that, this estimated share of the smaller text's shingles found in the larger one:
/// 'republishes' (sample 002 reuses 000 at about 0.57; unrelated samples stay under 0.1).
pub const REPUBLISHES: f64 = 0.4;

/// Candidates examined per new article: those sharing the most LSH bands (the most similar) first.
/// Syndicated news can make an article resemble thousands of others; the strongest copy is the one
/// that matters for corroboration, so one relation per article is recorded.
const MAX_CANDIDATES: usize = 16;

/// Store the article's signature and link it to its strongest match among earlier articles.
pub fn link(conn: &Connection, article_id: i64, sig: &Signature) -> Result<()> {
    let bands = sig.bands();
    let mut hits: HashMap<i64, u32> = HashMap::new();
    let mut st = conn.prepare_cached(SQL_BAND_CANDIDATES)?;
    for (b, h) in &bands {
        for c in st.query_map(params![b, h, article_id], |r| r.get::<_, i64>(0))? {
            *hits.entry(c?).or_default() += 1;
        }
    }
    let mut cands: Vec<(u32, i64)> = hits.into_iter().map(|(id, n)| (n, id)).collect();
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    cands.truncate(MAX_CANDIDATES);
    let published = |id: i64| -> Result<Option<String>> {
        Ok(conn
            .prepare_cached(SQL_PUBLISHED)?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten())
    };
    let mine = published(article_id)?;
    // (similarity, relation, candidate, its signature size): the strongest match wins, ties to the oldest.
    let mut best: Option<(f64, &str, i64, u32)> = None;
    for (_, c) in cands {
        let Some((n, blob)) = conn
            .prepare_cached(SQL_GET_SIGNATURE)?
            .query_row([c], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))
            .optional()?
        else {
            continue;
        };
        let other = Signature::from_blob(n as u32, &blob);
        let j = sig.jaccard(&other);
        let (relation, sim) = if j >= NEAR_DUPLICATE {
            ("near_duplicate", j)
        } else {
            let cont = sig.containment(&other);
            if cont < REPUBLISHES {
                continue;
            }
            ("republishes", cont)
        };
        if best.is_none_or(|(s, _, id, _)| sim > s || (sim == s && c < id)) {
            best = Some((sim, relation, c, other.shingles));
        }
    }
    if let Some((sim, relation, c, their_shingles)) = best {
        // The later text points to the earlier: by publication date when both are known, else the
        // longer text (the one that adds to what it copied), else the later import.
        let theirs = published(c)?;
        let mine_later = match (&mine, &theirs) {
            (Some(a), Some(b)) if a != b => a > b,
            _ if sig.shingles != their_shingles => sig.shingles > their_shingles,
            _ => article_id > c,
        };
        let (later, earlier) = if mine_later {
            (article_id, c)
        } else {
            (c, article_id)
        };
        let sim = (sim * 1000.0).round() / 1000.0;
        conn.prepare_cached(SQL_INSERT_RELATION)?.execute(params![
            later,
            earlier,
            relation,
            sim,
            None::<i64>,
            None::<String>
        ])?;
    }
    conn.prepare_cached(SQL_PUT_SIGNATURE)?.execute(params![
        article_id,
        sig.shingles as i64,
        sig.to_blob()
    ])?;
    let mut st = conn.prepare_cached(SQL_PUT_BAND)?;
    for (b, h) in bands {
        st.execute(params![b, h, article_id])?;
    }
    Ok(())
}
