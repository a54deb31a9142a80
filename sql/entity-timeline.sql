-- name: entity-timeline
-- description: What one entity did in the archive: meetings it took part in or hosted, claims credited to it, articles naming it; the newest --limit of each kind, in date order.
-- param: entity entity "Person, place, organisation or outlet, any alias" required
-- param: limit integer "At most this many of each kind (meetings, hosted meetings, claims, articles), the newest" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:entity) = 'integer' THEN :entity WHEN nullif(trim(:entity), '') IS NOT NULL THEN (
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:entity) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:entity) COLLATE NOCASE OR name_ar = trim(:entity)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:entity) OR norm = lower(trim(:entity))))
            WHERE tier = best) END AS entity,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
)
SELECT date, what, role, detail, event_id, article_id FROM (
    -- Each kind is cut to its newest rows first, along its own index, so a place named in half
    -- a million articles costs no more than one named in ten.
    SELECT * FROM (
        SELECT CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date, 'meeting' AS what, ep.role AS role,
               e.status || ' in ' || COALESCE(pl.name_en, pl.name_ar, e.place_text, '?') AS detail,
               e.id AS event_id, NULL AS article_id
        FROM event_participants ep
        JOIN events e ON e.id = ep.event_id
        LEFT JOIN entities pl ON pl.id = e.place_entity_id
        WHERE ep.entity_id = (SELECT entity FROM args)
        ORDER BY e.date_start DESC, e.id DESC
        LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT * FROM (
        SELECT CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END, 'meeting', 'place', e.status || ': ' || COALESCE(e.participants_text, ''), e.id, NULL
        FROM events e
        WHERE e.place_entity_id = (SELECT entity FROM args)
        ORDER BY e.date_start DESC
        LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT * FROM (
        SELECT CASE a.published_precision WHEN 'year' THEN substr(a.published_at, 1, 4) WHEN 'month' THEN substr(a.published_at, 1, 7) ELSE a.published_at END, 'source', CASE ca.anonymous WHEN 1 THEN 'via anonymous source' ELSE 'credited' END,
               ca.cue_text, NULL, a.id
        FROM attributions ca
        JOIN articles a ON a.id = ca.article_id
        WHERE ca.source_entity_id = (SELECT entity FROM args)
        ORDER BY ca.id DESC
        LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT * FROM (
        SELECT CASE a.published_precision WHEN 'year' THEN substr(a.published_at, 1, 4) WHEN 'month' THEN substr(a.published_at, 1, 7) ELSE a.published_at END, 'mention', NULL, sum(m.n) || ' mention(s) in: ' || a.title, NULL, a.id
        FROM mentions m
        JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = (SELECT entity FROM args)
        GROUP BY m.article_id
        ORDER BY m.article_id DESC
        LIMIT (SELECT lim FROM args))
)
ORDER BY date IS NULL, date, what, event_id, article_id
