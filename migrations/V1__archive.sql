-- marsad archive, schema version 1.
--
-- Offsets (start/end) are always CHARACTER offsets (Unicode scalar values) into the ORIGINAL article body,
-- half-open [start, end). Dates are ISO 8601 text ('YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM:SS' for publication
-- times) so that they sort and compare as text in any SQLite client. Rows written by hand (curated) carry
-- curated = 1 and are never replaced by automatic extraction.

-- Small key/value facts about the archive: normalisation and extraction versions, creation time.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT UNIQUE,            -- stable slug from the gazetteer ('asaad-al-shaibani'); NULL for ad-hoc rows
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'org', 'place', 'country', 'outlet')),
    name_ar     TEXT,
    name_en     TEXT,
    source      TEXT NOT NULL DEFAULT 'gazetteer' CHECK (source IN ('gazetteer', 'curated', 'extracted')),
    note        TEXT,
    CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);
CREATE INDEX entities_kind ON entities (kind);
CREATE INDEX entities_name_en ON entities (name_en COLLATE NOCASE);

-- Every name an entity goes by. `norm` is the matching key: the search form of each word, space-separated,
-- so Arabic spelling variants and English case differences meet.
CREATE TABLE entity_aliases (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    norm        TEXT NOT NULL,
    lang        TEXT,
    kind        TEXT NOT NULL DEFAULT 'name'
                CHECK (kind IN ('name', 'short', 'descriptive', 'abbreviation')),
    UNIQUE (entity_id, norm)
);
CREATE INDEX entity_aliases_norm ON entity_aliases (norm);

CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,   -- as the input named it
    entity_id   INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    domain      TEXT
);
CREATE INDEX outlets_entity ON outlets (entity_id);

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    url                 TEXT,
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    published_at        TEXT,
    published_precision TEXT NOT NULL DEFAULT 'unresolved'
                        CHECK (published_precision IN ('time', 'day', 'month', 'year', 'unresolved')),
    published_source    TEXT CHECK (published_source IN ('metadata', 'header', 'flag')),
    outlet_id           INTEGER REFERENCES outlets (id) ON DELETE SET NULL,
    lang                TEXT,
    content_hash        TEXT NOT NULL,  -- sha256 of the normalised title + body: identity when there is no URL
    imported_at         TEXT NOT NULL,
    origin_file         TEXT,
    origin_line         INTEGER,
    extracted_version   INTEGER,        -- extraction rules applied to this article; NULL = not extracted yet
    CHECK (published_precision = 'unresolved' OR published_at IS NOT NULL)
);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_outlet ON articles (outlet_id, published_at);

-- Full-text index over the NORMALISED text (see src/arabic): one search key per original word, keys
-- separated by single spaces and made only of letters and digits. FTS5's built-in `ascii` tokenizer
-- therefore splits it exactly as marsad does (and faster than unicode61), and the archive stays usable
-- from the stock sqlite3 shell and Datasette: no custom tokenizer is needed.
-- Contentless: the original text lives in `articles`; rowid = articles.id. (No contentless_delete: SQLite
-- before 3.43, as shipped with many sqlite3 shells and Pythons, could not read the table. A row is deleted
-- with FTS5's 'delete' command and its keys, which are recomputed from the article.)
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title,
    body,
    content = '',
    tokenize = 'ascii'
);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    field       TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('title', 'body')),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    surface     TEXT NOT NULL,
    curated     INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX mentions_entity ON mentions (entity_id, article_id);
CREATE INDEX mentions_article ON mentions (article_id);

-- Who said it, and through whom. `source` is the party the article credits (an outlet, person or org);
-- `via` is whoever that party relied on ("AFP, citing a diplomatic source": source AFP, via the source).
CREATE TABLE attributions (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start               INTEGER NOT NULL,      -- the cue span ("أفاد مصدر دبلوماسي لوكالة الأنباء الفرنسية")
    end                 INTEGER NOT NULL,
    claim_start         INTEGER,               -- the sentence the cue supports
    claim_end           INTEGER,
    cue                 TEXT NOT NULL,         -- the cue verb or phrase, normalised ('افاد', 'وفقا ل', 'كشف')
    cue_text            TEXT NOT NULL,         -- exact original text of the cue span
    source_entity_id    INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    source_text         TEXT,
    via_entity_id       INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    via_text            TEXT,
    anonymous           INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    curated             INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX attributions_article ON attributions (article_id);
CREATE INDEX attributions_source ON attributions (source_entity_id);

-- One row per real-world event; the reconciled view of all reports of it.
CREATE TABLE events (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'visit', 'talks', 'summit', 'other')),
    status              TEXT NOT NULL CHECK (status IN ('planned', 'held', 'unknown')),
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
CREATE INDEX events_place ON events (place_entity_id, date_start);
CREATE INDEX events_date ON events (date_start, date_end);

-- Each article's own claim about an event: what IT says of date, place and status, with the raw text.
CREATE TABLE event_reports (
    id                  INTEGER PRIMARY KEY,
    event_id            INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
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
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_article ON event_reports (article_id);

CREATE TABLE event_participants (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('participant', 'host', 'visitor', 'mediator', 'sponsor')),
    report_id   INTEGER REFERENCES event_reports (id) ON DELETE SET NULL,   -- the first report that names it
    curated     INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
    UNIQUE (event_id, entity_id, role)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id, role);

-- Republication and near-duplicates. related_article_id is NULL when the original is not in the archive
-- and only its outlet is known ("copied as is from Sham News").
CREATE TABLE article_relations (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    related_article_id  INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    relation            TEXT NOT NULL CHECK (relation IN ('republishes', 'near_duplicate')),
    similarity          REAL CHECK (similarity IS NULL OR (similarity >= 0 AND similarity <= 1)),
    original_entity_id  INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    evidence            TEXT,
    CHECK (related_article_id IS NOT NULL OR original_entity_id IS NOT NULL),
    CHECK (related_article_id IS NULL OR related_article_id <> article_id)
);
CREATE UNIQUE INDEX article_relations_pair
    ON article_relations (article_id, relation, IFNULL(related_article_id, -1), IFNULL(original_entity_id, -1));
CREATE INDEX article_relations_related ON article_relations (related_article_id);
