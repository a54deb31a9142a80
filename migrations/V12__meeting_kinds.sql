-- Meeting kinds and statuses that real news reports (issue #13): phone calls and receptions are
-- meetings of their own kind, and talks can be under way («تتواصل المحادثات») rather than held or
-- planned. SQLite cannot change a CHECK in place, so `events` and `event_reports` are rebuilt with the
-- same columns, rows and ids (marsad runs migrations with foreign keys off, so dropping the old tables
-- cascades nowhere), and their indexes are made again as earlier migrations left them.
PRAGMA legacy_alter_table = ON;

CREATE TABLE events_v12 (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL DEFAULT 'meeting'
                        CHECK (kind IN ('meeting', 'visit', 'talks', 'summit', 'phone_call', 'reception', 'other')),
    status              TEXT NOT NULL CHECK (status IN ('planned', 'held', 'ongoing', 'unknown')),
    date_start          TEXT,
    date_end            TEXT,
    date_precision      TEXT NOT NULL DEFAULT 'unresolved'
                        CHECK (date_precision IN ('time', 'day', 'month', 'year', 'unresolved')),
    place_entity_id     INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    place_text          TEXT,
    participants_text   TEXT,
    conflict            INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
    conflict_note       TEXT,
    curated             INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
    CHECK (date_end IS NULL OR date_start IS NULL OR date_end >= date_start)
);
INSERT INTO events_v12 (id, kind, status, date_start, date_end, date_precision, place_entity_id,
    place_text, participants_text, conflict, conflict_note, curated)
SELECT id, kind, status, date_start, date_end, date_precision, place_entity_id, place_text,
    participants_text, conflict, conflict_note, curated
FROM events;
DROP TABLE events;
ALTER TABLE events_v12 RENAME TO events;
CREATE INDEX events_place ON events (place_entity_id, date_start);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_date_end ON events (date_end);

CREATE TABLE event_reports_v12 (
    id                  INTEGER PRIMARY KEY,
    event_id            INTEGER REFERENCES events (id) ON DELETE CASCADE,   -- NULL: not clustered yet
    article_id          INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    status              TEXT NOT NULL CHECK (status IN ('planned', 'held', 'ongoing', 'unknown')),
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
                        CHECK (kind IN ('meeting', 'visit', 'talks', 'summit', 'phone_call', 'reception', 'other')),
    content_key         BLOB,
    CHECK (start >= 0 AND end > start)
);
INSERT INTO event_reports_v12 (id, event_id, article_id, status, trigger_text, date_text, date_start,
    date_end, date_precision, place_entity_id, place_text, participants_text, attribution_id, start, end,
    curated, cluster_key, kind, content_key)
SELECT id, event_id, article_id, status, trigger_text, date_text, date_start, date_end, date_precision,
    place_entity_id, place_text, participants_text, attribution_id, start, end, curated, cluster_key, kind,
    content_key
FROM event_reports;
DROP TABLE event_reports;
ALTER TABLE event_reports_v12 RENAME TO event_reports;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX event_reports_event ON event_reports (event_id, article_id, status, date_start, place_entity_id);
CREATE INDEX event_reports_article ON event_reports (article_id, event_id);
CREATE INDEX event_reports_cluster ON event_reports (cluster_key);
CREATE INDEX event_reports_attribution ON event_reports (attribution_id) WHERE attribution_id IS NOT NULL;
