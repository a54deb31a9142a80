-- name: meetings-by-place
-- description: Meetings held or planned in one place, oldest first, with participants and how many reports back each.
-- param: place entity "Place, any alias in Arabic or English (Baku, باكو)" required
-- param: status text "planned, held, ongoing or unknown (default: all)"
-- param: limit integer "At most this many rows" default=100
--
-- The same SQL runs in marsad and in Datasette (see `args`): a blank parameter is not given, numbers
-- arrive as text, and a place arrives as the name typed (marsad binds the id it resolved).
-- Bounded: events_place (place_entity_id, date_start) walks the place's dated meetings in order, then its
-- undated ones by id, each walk stopping at the limit; participants and reports are counted for those only.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:place) = 'integer' THEN :place WHEN nullif(trim(:place), '') IS NOT NULL THEN (
            -- a name: exact name, then alias or lower-cased key, then a bare surname; one entity or an error
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:place) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:place) COLLATE NOCASE OR name_ar = trim(:place)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:place) OR norm = lower(trim(:place))))
            WHERE tier = best) END AS place,
        CASE WHEN nullif(trim(:status), '') IS NULL THEN NULL
             WHEN lower(trim(:status)) IN ('planned', 'held', 'ongoing', 'unknown') THEN lower(trim(:status))
             ELSE json_extract('{}', 'status: planned, held, ongoing or unknown, not «' || :status || '»') END AS status,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), picked AS MATERIALIZED (
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE e.place_entity_id = (SELECT place FROM args) AND e.date_start IS NOT NULL
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE e.place_entity_id = (SELECT place FROM args) AND e.date_start IS NULL
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.id LIMIT (SELECT lim FROM args))
)
SELECT
    e.id AS event_id,
    CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date,
    e.date_precision AS precision,
    e.status,
    COALESCE(
        (SELECT group_concat(COALESCE(en.name_en, en.name_ar), '; ')
         FROM event_participants ep JOIN entities en ON en.id = ep.entity_id
         WHERE ep.event_id = e.id AND ep.role IN ('participant', 'host', 'visitor')),
        e.participants_text) AS participants,
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports,
    e.conflict
FROM picked
JOIN events e ON e.id = picked.id
ORDER BY e.date_start IS NULL, e.date_start, e.id
LIMIT (SELECT lim FROM args)
