-- marsad archive, schema version 14: discovered entities and the curation of entity recognition.
--
-- A discovered entity is a name the tagger found that no gazetteer entity has. It is an `entities` row
-- with source 'extracted' (shown as origin 'discovered') and key 'discovered:<kind>:<normalised name>'
-- (the search form of every word), so the same name of the same kind is one row across the archive.
-- Discovered entities are not matched as gazetteer names: their mentions come from the tagger alone.
-- The tables below hold analysts' corrections; `marsad extract` reads them and keeps them.

-- Names never discovered again and gazetteer keys never seeded again (`marsad entity reject`).
CREATE TABLE entity_rejections (
    key         TEXT PRIMARY KEY,           -- 'discovered:<kind>:<norm>' or a gazetteer key
    entity_id   INTEGER,                    -- the entity it was (deleted with the rejection)
    name        TEXT,                       -- its name, for the record
    at          TEXT NOT NULL
) WITHOUT ROWID;

-- Surface forms that never link to an entity (`marsad entity block`); `norm` is the search form of
-- every word of the surface, as written in the text (with its clitics).
CREATE TABLE entity_blocks (
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    norm        TEXT NOT NULL,
    surface     TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (entity_id, norm)
) WITHOUT ROWID;

-- A discovered name merged into another entity (`marsad entity merge`): found again, it is that entity.
CREATE TABLE entity_redirects (
    key         TEXT PRIMARY KEY,           -- 'discovered:<kind>:<norm>'
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX entity_redirects_entity ON entity_redirects (entity_id);

-- Every curation act, in order: what an analyst did to which entity.
CREATE TABLE curation_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('add', 'alias', 'remove_alias', 'block', 'reject', 'promote', 'merge')),
    entity_id   INTEGER,                    -- the entity acted on (it may be gone since)
    detail      TEXT                        -- the alias, surface, target entity…
);
