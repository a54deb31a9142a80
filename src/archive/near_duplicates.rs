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
const SQL_DELETE_BAND: &str =
    "DELETE FROM article_minhash_bands WHERE band = ?1 AND bucket = ?2 AND article_id = ?3";
const SQL_DELETE_SIGNATURE: &str = "DELETE FROM article_minhash WHERE article_id = ?1";
/// Whether another writer archived signatures between two of this run's articles.
const SQL_SIGNATURES_BETWEEN: &str =
    "SELECT 1 FROM article_minhash WHERE article_id > ?1 AND article_id < ?2";
const SQL_SIGNATURES_BELOW: &str = "SELECT 1 FROM article_minhash WHERE article_id < ?1";
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

/// Band buckets held in memory at most (all bands together): about 40 MB. An import that writes
/// more articles than fit (about 65k with a signature) looks up the earlier ones in the archive
/// again, so the import's peak RSS stays flat in N.
const MAX_HELD: usize = 1 << 20;

/// The near-duplicate look-ups and band rows of one run of the writer (an import or `marsad
/// extract`). The band buckets of the articles this run wrote are held in memory, so an article's
/// candidates among them cost a hash look-up instead of a search of the archive's largest,
/// randomly keyed index; only articles written before the run are looked up in the archive (and
/// not at all when it holds none). The band rows are inserted at the end of each batch, sorted by
/// key, in the batch's transaction. The candidates are exactly those of a search of the archive:
/// per band the (at most) 8 lowest earlier article ids, archived ones before this run's.
pub struct NearDups {
    /// None: every look-up goes to the archive (`marsad extract --article`, where the articles
    /// are not written in id order).
    held: Option<Held>,
    /// Band rows not yet inserted: (band, bucket, article).
    pending: Vec<(i64, i64, i64)>,
    /// Buckets held at most (MAX_HELD; tests restart sooner).
    max_held: usize,
    /// Each article's candidates with their shared bands, as ranked.
    #[cfg(test)]
    seen: Vec<(i64, Vec<(u32, i64)>)>,
}

#[derive(Default)]
struct Held {
    /// Whether holding has started (at `start`).
    started: bool,
    /// The first article id held; earlier articles are looked up in the archive.
    start: i64,
    /// The last article id held.
    last: i64,
    /// Whether the archive has signatures below `start` (None: not asked yet).
    archived_below: Option<bool>,
    /// Per band: bucket -> the first article id held (as an offset from `start`).
    first: Vec<HashMap<i64, u32>>,
    /// (band, bucket) -> the next ids held, up to 7 more: a look-up returns 8 at most.
    more: HashMap<(u8, i64), Vec<u32>>,
    entries: usize,
}

/// Bucket look-ups return this many earlier articles at most (SQL_BAND_CANDIDATES' LIMIT).
const PER_BUCKET: usize = 8;

impl Held {
    fn new(start: i64) -> Held {
        Held {
            started: true,
            start,
            last: start - 1,
            archived_below: None,
            first: Vec::new(),
            more: HashMap::new(),
            entries: 0,
        }
    }

    /// The held ids of one bucket, ascending, at most `limit`.
    fn bucket(&self, band: i64, bucket: i64, limit: usize, out: &mut impl FnMut(i64)) {
        if limit == 0 {
            return;
        }
        let Some(first) = self.first.get(band as usize).and_then(|f| f.get(&bucket)) else {
            return;
        };
        out(self.start + *first as i64);
        if let Some(more) = self.more.get(&(band as u8, bucket)) {
            for id in more.iter().take(limit - 1) {
                out(self.start + *id as i64);
            }
        }
    }

    fn add(&mut self, band: i64, bucket: i64, article_id: i64) {
        let off = (article_id - self.start) as u32;
        self.entries += 1;
        if self.first.len() <= band as usize {
            self.first.resize_with(band as usize + 1, HashMap::new);
        }
        match self.first[band as usize].entry(bucket) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(off);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                let more = self.more.entry((band as u8, bucket)).or_default();
                if more.len() < PER_BUCKET - 1 {
                    more.push(off);
                }
            }
        }
    }
}

impl Default for NearDups {
    fn default() -> Self {
        NearDups::held()
    }
}

impl NearDups {
    /// Hold this run's buckets in memory (its articles are written in ascending id order).
    pub fn held() -> NearDups {
        NearDups {
            held: Some(Held::default()),
            pending: Vec::new(),
            max_held: MAX_HELD,
            #[cfg(test)]
            seen: Vec::new(),
        }
    }

    /// Look every bucket up in the archive and insert band rows at once (articles written in any
    /// order).
    pub fn archive_only() -> NearDups {
        NearDups {
            held: None,
            pending: Vec::new(),
            max_held: MAX_HELD,
            #[cfg(test)]
            seen: Vec::new(),
        }
    }

    /// Insert the pending band rows, sorted by key (neighbouring keys share index pages). Called
    /// at the end of every batch, inside its transaction.
    pub fn flush(&mut self, conn: &Connection) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        self.pending.sort_unstable();
        let mut st = conn.prepare_cached(SQL_PUT_BAND)?;
        for (b, h, id) in self.pending.drain(..) {
            st.execute(params![b, h, id])?;
        }
        Ok(())
    }

    /// Forget what is held (after a rollback: the ids may be written again; or to free the
    /// memory): the next article starts holding afresh, looking earlier ones up in the archive.
    pub fn forget(&mut self) {
        self.pending.clear();
        if self.held.is_some() {
            self.held = Some(Held::default());
        }
    }

    /// Start holding afresh at `article_id`, everything before it in the archive.
    fn restart(&mut self, conn: &Connection, article_id: i64) -> Result<()> {
        self.flush(conn)?;
        self.held = Some(Held::new(article_id));
        Ok(())
    }

    /// The held state, restarted when the archive may hold rows the memory does not: a first
    /// article, memory full, or another writer's articles since the last one held.
    fn held_for(&mut self, conn: &Connection, article_id: i64) -> Result<()> {
        let Some(h) = &self.held else {
            return Ok(());
        };
        let restart = !h.started
            || h.entries >= self.max_held
            || article_id <= h.last
            || article_id - h.start > u32::MAX as i64
            || (article_id > h.last + 1
                && conn
                    .prepare_cached(SQL_SIGNATURES_BETWEEN)?
                    .exists(params![h.last, article_id])?);
        if restart {
            self.restart(conn, article_id)?;
        }
        Ok(())
    }

    /// Store the article's signature and link it to its strongest match among earlier articles.
    pub fn link(&mut self, conn: &Connection, article_id: i64, sig: &Signature) -> Result<()> {
        self.held_for(conn, article_id)?;
        let bands = sig.bands();
        // The archive is searched below this id (all of it without held buckets).
        let archived_below = match &mut self.held {
            None => Some(article_id),
            Some(h) => {
                let below = match h.archived_below {
                    Some(b) => b,
                    None => {
                        let b = conn
                            .prepare_cached(SQL_SIGNATURES_BELOW)?
                            .exists([h.start])?;
                        h.archived_below = Some(b);
                        b
                    }
                };
                below.then_some(h.start)
            }
        };
        let mut hits: HashMap<i64, u32> = HashMap::new();
        let mut st = conn.prepare_cached(SQL_BAND_CANDIDATES)?;
        for (b, h) in &bands {
            let mut found = 0;
            if let Some(below) = archived_below {
                for c in st.query_map(params![b, h, below], |r| r.get::<_, i64>(0))? {
                    *hits.entry(c?).or_default() += 1;
                    found += 1;
                }
            }
            if let Some(held) = &self.held {
                held.bucket(*b, *h, PER_BUCKET - found, &mut |c| {
                    *hits.entry(c).or_default() += 1
                });
            }
        }
        let mut cands: Vec<(u32, i64)> = hits.into_iter().map(|(id, n)| (n, id)).collect();
        cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        #[cfg(test)]
        self.seen.push((article_id, cands.clone()));
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
        match &mut self.held {
            Some(held) => {
                held.last = article_id;
                for (b, h) in bands {
                    held.add(b, h, article_id);
                    self.pending.push((b, h, article_id));
                }
            }
            None => {
                let mut st = conn.prepare_cached(SQL_PUT_BAND)?;
                for (b, h) in bands {
                    st.execute(params![b, h, article_id])?;
                }
            }
        }
        Ok(())
    }
}

/// Delete an article's signature and band rows (found from its signature: the band table is
/// indexed by bucket only).
pub fn delete(conn: &Connection, article_id: i64) -> Result<()> {
    let sig = conn
        .prepare_cached(SQL_GET_SIGNATURE)?
        .query_row([article_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .optional()?;
    if let Some((n, blob)) = sig {
        let mut st = conn.prepare_cached(SQL_DELETE_BAND)?;
        for (b, h) in Signature::from_blob(n as u32, &blob).bands() {
            st.execute(params![b, h, article_id])?;
        }
        conn.prepare_cached(SQL_DELETE_SIGNATURE)?
            .execute([article_id])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An archive with `n` articles (no signatures yet), as the import leaves it.
    fn archive(dir: &tempfile::TempDir, name: &str, n: i64) -> Connection {
        let conn = crate::db::open_write_to(&dir.path().join(name), None).unwrap();
        for id in 1..=n {
            let day = format!("2024-01-{:02}", 1 + id % 3);
            conn.execute(
                "INSERT INTO articles (id, title, body, content_hash, imported_at, published_at) \
                 VALUES (?1, 't', 'b', ?1, 'now', ?2)",
                params![id, day],
            )
            .unwrap();
        }
        conn
    }

    /// Signatures in families of near-copies (some with more than 8 members, so that buckets
    /// overflow the look-up's limit), some articles without one (short texts).
    fn signature(id: i64) -> Option<Signature> {
        if id % 7 == 3 {
            return None;
        }
        let family = (id % 5) as u32;
        let mins = (0..64u32)
            .map(|i| match (i + id as u32) % 9 {
                0 => id as u32 * 1000 + i,
                _ => family * 100_000 + i,
            })
            .collect();
        Some(Signature {
            shingles: 40 + (id % 4) as u32,
            mins,
        })
    }

    fn rows(conn: &Connection, sql: &str) -> Vec<String> {
        let mut st = conn.prepare(sql).unwrap();
        let n = st.column_count();
        st.query_map([], |r| {
            Ok((0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect::<Vec<_>>()
                .join(","))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    fn write(conn: &Connection, near: &mut NearDups, ids: std::ops::RangeInclusive<i64>) {
        conn.execute_batch("BEGIN").unwrap();
        for id in ids {
            if let Some(sig) = signature(id) {
                near.link(conn, id, &sig).unwrap();
            }
            if id % 10 == 0 {
                near.flush(conn).unwrap();
            }
        }
        near.flush(conn).unwrap();
        conn.execute_batch("COMMIT").unwrap();
    }

    /// Held buckets (with archived articles before the run, a restart when memory is full, and
    /// another writer's articles in between) link exactly as searching the archive does.
    #[test]
    fn held_buckets_link_as_the_archive_search_does() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (archive(&dir, "a.db", 90), archive(&dir, "b.db", 90));
        let mut search = NearDups::archive_only();
        write(&a, &mut search, 1..=90);

        write(&b, &mut NearDups::archive_only(), 1..=20);
        let mut held = NearDups::held();
        held.max_held = 16 * 15;
        write(&b, &mut held, 21..=60);
        // Another writer's articles, then this run again.
        write(&b, &mut NearDups::archive_only(), 61..=64);
        write(&b, &mut held, 65..=90);
        let mut seen = held.seen.clone();
        seen.retain(|(_, c)| !c.is_empty());
        assert!(seen.iter().any(|(_, c)| c.len() > 8), "{seen:?}");
        for (id, cands) in &held.seen {
            let theirs = search.seen.iter().find(|(i, _)| i == id).unwrap();
            assert_eq!(cands, &theirs.1, "candidates of article {id}");
        }

        for sql in [
            "SELECT * FROM article_relations ORDER BY 1, 2, 3",
            "SELECT * FROM article_minhash ORDER BY article_id",
            "SELECT * FROM article_minhash_bands ORDER BY band, bucket, article_id",
        ] {
            let (x, y) = (rows(&a, sql), rows(&b, sql));
            assert!(x.len() > 20, "{sql}: {x:?}");
            assert_eq!(x, y, "{sql}");
        }
        // Deleting through the signature leaves no band rows.
        delete(&b, 5).unwrap();
        let left = rows(
            &b,
            "SELECT count(*) FROM article_minhash_bands WHERE article_id = 5",
        );
        assert_eq!(left, ["Integer(0)"]);
    }
}
