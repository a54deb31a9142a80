-- Fewer, cheaper rows per article, so imports stay fast and re-clustering stays bounded at a million
-- articles. (V4 holds the indexes of the canned queries.)

-- 1. Mentions: one row per article, entity and field, with how often and where (a JSON array of
--    [start, end] character offsets into the field, in text order). The synthetic benchmark corpus
--    names the same entity twice per article on average: half the rows, and each row costs a table
--    and two index insertions. `SELECT m.*, j.value ->> 0 AS start, j.value ->> 1 AS end
--    FROM mentions m, json_each(m.spans) j` gives one row per occurrence again.
CREATE TABLE mentions_v5 (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    field       TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('title', 'body')),
    n           INTEGER NOT NULL CHECK (n > 0),   -- occurrences
    spans       TEXT NOT NULL,                    -- [[start, end], ...]
    surface     TEXT NOT NULL,                    -- the first occurrence as written
    curated     INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1))
);
INSERT INTO mentions_v5 (article_id, entity_id, field, n, spans, surface, curated)
SELECT article_id, entity_id, field, n, spans, surface, curated FROM (
    -- with a single min(), SQLite takes the bare column `surface` from the row holding the minimum
    SELECT article_id, entity_id, field, curated, count(*) AS n,
           json_group_array(json_array(start, end)) AS spans, surface, min(start)
    FROM (SELECT * FROM mentions ORDER BY article_id, entity_id, field, curated, start)
    GROUP BY article_id, entity_id, field, curated)
ORDER BY article_id, entity_id, field, curated;
DROP TABLE mentions;
ALTER TABLE mentions_v5 RENAME TO mentions;
CREATE INDEX mentions_entity ON mentions (entity_id, article_id);
CREATE INDEX mentions_article ON mentions (article_id);

-- 2. Near-duplicate buckets: 16 bands of 2 hashes instead of 32 (the same first 16 bands), see
--    extract/dedup.rs. Half the random insertions into the largest index of the archive.
DELETE FROM article_minhash_bands WHERE band >= 16;

-- 3. Cluster keys gain a time bucket: '<place or participants>@<YYYY-MM>' (the report's resolved
--    month, its year for a year-only date, else its article's publication month), or '@?' when
--    neither is known. Re-clustering then covers one month of a place, not its whole history.
UPDATE event_reports
SET cluster_key = cluster_key || '@' || COALESCE(
        CASE WHEN date_start IS NULL THEN NULL
             WHEN date_precision = 'year' THEN substr(date_start, 1, 4)
             ELSE substr(date_start, 1, 7) END,
        (SELECT substr(a.published_at, 1, 7) FROM articles a
          WHERE a.id = event_reports.article_id AND a.published_precision IN ('day', 'time')),
        '?')
WHERE cluster_key IS NOT NULL AND instr(cluster_key, '@') = 0;
-- Events were clustered per place; the next import or `marsad extract` re-clusters per bucket.
INSERT OR IGNORE INTO cluster_dirty (key)
SELECT DISTINCT cluster_key FROM event_reports WHERE cluster_key IS NOT NULL;

-- 4. A report waits for clustering with no event (event_id NULL) instead of starting as an event of
--    its own that clustering then deletes: per report, one event row and its participants fewer to
--    write and to delete again. SQLite cannot drop NOT NULL in place, so the table is rebuilt (marsad
--    runs migrations with foreign keys off, so dropping the old table cascades nowhere).
PRAGMA legacy_alter_table = ON;
CREATE TABLE event_reports_v5 (
    id                  INTEGER PRIMARY KEY,
    event_id            INTEGER REFERENCES events (id) ON DELETE CASCADE,   -- NULL: not clustered yet
    article_id          INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    status              TEXT NOT NULL CHECK (status IN ('planned', 'held', 'unknown')),
    trigger_text        TEXT NOT NULL,
    date_text           TEXT,
    date_start          TEXT,
    date_end            TEXT,
    date_precision      TEXT NOT NULL DEFAULT 'unresolved'
                        CHECK (date_precision IN ('time', 'day', 'month', 'year', 'unresolved')),
    place_entity_id     INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    place_text          TEXT,
    participants_text   TEXT,
    attribution_id      INTEGER REFERENCES attributions (id) ON DELETE SET NULL,
    start               INTEGER NOT NULL,      -- the sentence that makes the claim
    end                 INTEGER NOT NULL,
    curated             INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
    cluster_key         TEXT,
    kind                TEXT NOT NULL DEFAULT 'meeting'
                        CHECK (kind IN ('meeting', 'visit', 'talks', 'summit', 'other')),
    CHECK (start >= 0 AND end > start)
);
INSERT INTO event_reports_v5 (id, event_id, article_id, status, trigger_text, date_text, date_start,
    date_end, date_precision, place_entity_id, place_text, participants_text, attribution_id, start, end,
    curated, cluster_key, kind)
SELECT id, event_id, article_id, status, trigger_text, date_text, date_start, date_end, date_precision,
    place_entity_id, place_text, participants_text, attribution_id, start, end, curated, cluster_key, kind
FROM event_reports;
DROP TABLE event_reports;
ALTER TABLE event_reports_v5 RENAME TO event_reports;
PRAGMA legacy_alter_table = OFF;
-- the indexes as V4 left them
CREATE INDEX event_reports_event ON event_reports (event_id, article_id, status, date_start, place_entity_id);
CREATE INDEX event_reports_article ON event_reports (article_id, event_id);
CREATE INDEX event_reports_cluster ON event_reports (cluster_key);

-- 5. Mention counts per entity and publication month ('' = undated articles): `top-entities` reads
--    these few thousand rows instead of aggregating tens of millions of mentions. The import adds
--    each commit's counts; `marsad extract` and `entity merge` recount what they touched. (Triggers on
--    mentions kept them too, but cost a fifth of the import's time.)
CREATE TABLE entity_months (
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    month       TEXT NOT NULL,
    articles    INTEGER NOT NULL,   -- articles naming the entity
    mentions    INTEGER NOT NULL,   -- occurrences
    PRIMARY KEY (entity_id, month)
) WITHOUT ROWID;
INSERT INTO entity_months (entity_id, month, articles, mentions)
SELECT m.entity_id, COALESCE(substr(a.published_at, 1, 7), ''), count(DISTINCT m.article_id), sum(m.n)
FROM mentions m JOIN articles a ON a.id = m.article_id
GROUP BY 1, 2;

-- 6. The content hash identifies only articles without a URL (an article with one is identified by it),
--    so only those are indexed by it: one randomly keyed index fewer for every article with a URL
--    (100k-article import without extraction, back to back: 14.7 -> 13.3 s).
DROP INDEX articles_hash;
CREATE INDEX articles_hash ON articles (content_hash) WHERE url IS NULL;
