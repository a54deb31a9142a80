-- marsad archive, schema version 2: what extraction needs beyond V1.

-- Containment between gazetteer places ("Baku is in Azerbaijan"), so that a report placed in a country
-- and one placed in its capital can be recognised as the same meeting.
CREATE TABLE entity_within (
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    parent_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, parent_id)
) WITHOUT ROWID;

-- Per-report participants: events are re-clustered from their reports, so each report keeps its own
-- list (event_participants is the reconciled union).
CREATE TABLE report_participants (
    report_id   INTEGER NOT NULL REFERENCES event_reports (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('participant', 'host', 'visitor', 'mediator', 'sponsor')),
    PRIMARY KEY (report_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX report_participants_entity ON report_participants (entity_id);

-- Which reports are clustered together: 'place:<entity id>' or, for placeless reports,
-- 'who:<sorted participant ids>'. NULL = a report that stays alone.
ALTER TABLE event_reports ADD COLUMN cluster_key TEXT;
-- The report's own kind ('meeting', 'visit', 'talks', 'summit'); the event takes the most common one.
ALTER TABLE event_reports ADD COLUMN kind TEXT NOT NULL DEFAULT 'meeting'
    CHECK (kind IN ('meeting', 'visit', 'talks', 'summit', 'other'));
CREATE INDEX event_reports_cluster ON event_reports (cluster_key);

-- Near-duplicate detection: a MinHash signature per article and its LSH band buckets, so that a new
-- article is compared only with the articles sharing at least one bucket.
CREATE TABLE article_minhash (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    shingles    INTEGER NOT NULL,       -- number of distinct shingles (for containment estimates)
    signature   BLOB NOT NULL           -- little-endian u32 minimum per hash function
);
CREATE TABLE article_minhash_bands (
    band        INTEGER NOT NULL,
    bucket      INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;
CREATE INDEX article_minhash_bands_article ON article_minhash_bands (article_id);

-- Cluster keys whose reports changed since they were last clustered. Each import batch marks its keys
-- here in the same transaction as the reports, and the import re-clusters them once at its end; keys
-- left by an interrupted import are re-clustered by the next import or `marsad extract`.
CREATE TABLE cluster_dirty (
    key TEXT PRIMARY KEY
) WITHOUT ROWID;
