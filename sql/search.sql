-- name: search
-- description: Articles, newest archived first, that contain every search key given and/or name an entity (by any of its aliases), optionally published in a period. Search keys are words in marsad's normalised form, as `marsad keys TEXT` prints them (الشيباني → شيباني, بباريس → باريس, Paris → paris); `marsad search` normalises for you, this query cannot.
-- param: keys text "Search keys, space-separated, all required (from marsad keys: شيباني باريس)"
-- param: entity entity "Only articles that name this entity: any alias, Arabic or English (Paris, باريس)"
-- param: from date "Only articles published from this date on (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: to date "Only articles published up to this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: limit integer "At most this many articles" default=50
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Keys are matched in articles_fts, which indexes the normalised keys with the ascii tokenizer; each key
-- is quoted, so FTS5 operators are searched as words. An undated article is left out by --from/--to.
WITH args0 AS MATERIALIZED (
    SELECT
        -- "k1" "k2": each key a quoted FTS5 string (double quotes dropped, runs of spaces folded)
        '"' || replace(replace(replace(replace(trim(replace(:keys, '"', '')), '   ', ' '), '  ', ' '),
                                       '  ', ' '), ' ', '" "') || '"' AS fts,
        CASE WHEN typeof(:entity) = 'integer' THEN :entity WHEN nullif(trim(:entity), '') IS NOT NULL THEN (
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:entity) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:entity) COLLATE NOCASE OR name_ar = trim(:entity)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:entity) OR norm = lower(trim(:entity))))
            WHERE tier = best) END AS entity,
        CASE WHEN nullif(trim(:from), '') IS NULL THEN NULL
             WHEN trim(:from) GLOB '[0-9][0-9][0-9][0-9]'
               OR (trim(:from) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(trim(:from), 6) BETWEEN '01' AND '12')
               OR (trim(:from) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(trim(:from)) = trim(:from)) THEN trim(:from)
             ELSE json_extract('{}', 'from: use YYYY, YYYY-MM or YYYY-MM-DD, not «' || :from || '»') END AS from_start,
        CASE WHEN nullif(trim(:to), '') IS NULL THEN NULL
             WHEN trim(:to) GLOB '[0-9][0-9][0-9][0-9]'
               OR (trim(:to) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(trim(:to), 6) BETWEEN '01' AND '12')
               OR (trim(:to) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(trim(:to)) = trim(:to)) THEN trim(:to)
             ELSE json_extract('{}', 'to: use YYYY, YYYY-MM or YYYY-MM-DD, not «' || :to || '»') END AS to_start,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 50
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), args AS MATERIALIZED (
    SELECT *,
    CASE length(to_start) WHEN 4 THEN printf('%04d', to_start + 1) WHEN 7 THEN substr(date(to_start || '-01', '+1 month'), 1, 7)
        WHEN 10 THEN date(to_start, '+1 day') END AS to_end
    FROM args0
),
-- Bounded: each arm walks newest first along its own index and stops at the limit: the entity's
-- mentions (mentions_entity), else the keys' matches (articles_fts by rowid), else every article.
picked AS MATERIALIZED (
    SELECT id FROM (
        SELECT DISTINCT m.article_id AS id
        FROM mentions m
        JOIN articles a INDEXED BY articles_id_outlet ON a.id = m.article_id
        WHERE nullif(trim(:entity), '') IS NOT NULL AND m.entity_id = (SELECT entity FROM args)
          AND (nullif(trim(replace(:keys, '"', '')), '') IS NULL
               OR m.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH (SELECT fts FROM args)))
          AND ((SELECT from_start FROM args) IS NULL OR a.published_at >= (SELECT from_start FROM args))
          AND ((SELECT to_end FROM args) IS NULL OR a.published_at < (SELECT to_end FROM args))
        ORDER BY m.article_id DESC LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT f.rowid AS id
        FROM articles_fts f
        JOIN articles a INDEXED BY articles_id_outlet ON a.id = f.rowid
        WHERE nullif(trim(:entity), '') IS NULL AND nullif(trim(replace(:keys, '"', '')), '') IS NOT NULL
          AND articles_fts MATCH (SELECT fts FROM args)
          AND ((SELECT from_start FROM args) IS NULL OR a.published_at >= (SELECT from_start FROM args))
          AND ((SELECT to_end FROM args) IS NULL OR a.published_at < (SELECT to_end FROM args))
        ORDER BY f.rowid DESC LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT a.id FROM articles a INDEXED BY articles_id_outlet
        WHERE nullif(trim(:entity), '') IS NULL AND nullif(trim(replace(:keys, '"', '')), '') IS NULL
          AND ((SELECT from_start FROM args) IS NULL OR a.published_at >= (SELECT from_start FROM args))
          AND ((SELECT to_end FROM args) IS NULL OR a.published_at < (SELECT to_end FROM args))
        ORDER BY a.id DESC LIMIT (SELECT lim FROM args))
)
SELECT
    a.id AS article_id,
    a.published_at,
    o.name AS outlet,
    a.title,
    substr(a.body, 1, 200) AS opening,
    (SELECT sum(m.n) FROM mentions m
     WHERE m.article_id = a.id AND m.entity_id = (SELECT entity FROM args)) AS entity_mentions
FROM picked
JOIN articles a ON a.id = picked.id
LEFT JOIN outlets o ON o.id = a.outlet_id
ORDER BY a.id DESC
