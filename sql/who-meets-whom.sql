-- name: who-meets-whom
-- description: Pairs of participants who appear in the same meetings, with how often and the last known date; counted over the latest meetings by date (--meetings, 0 = all).
-- param: entity entity "Only pairs that include this person or body"
-- param: meetings integer "Count pairs over the latest this many meetings by date (0 = every meeting)" default=5000
-- param: limit integer "At most this many pairs" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: pairs are counted over a window of the latest meetings (events_date walked downwards), or of
-- the meetings of --entity (event_participants_entity); the cost grows with the window, not the archive.
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
        CASE WHEN typeof(:meetings) = 'integer' THEN :meetings WHEN nullif(trim(:meetings), '') IS NULL THEN 5000
             WHEN trim(:meetings) NOT GLOB '*[^0-9]*' THEN CAST(trim(:meetings) AS INTEGER)
             ELSE json_extract('{}', 'meetings: a whole number, not «' || :meetings || '»') END AS meeting_window,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), ev AS MATERIALIZED (
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:entity), '') IS NOT NULL AND e.id IN (SELECT event_id FROM event_participants
              WHERE entity_id = (SELECT entity FROM args) AND role IN ('participant', 'host', 'visitor'))
        ORDER BY e.date_start DESC, e.id DESC
        LIMIT (SELECT CASE WHEN meeting_window > 0 THEN meeting_window ELSE -1 END FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e WHERE nullif(trim(:entity), '') IS NULL
        ORDER BY e.date_start DESC, e.id DESC
        LIMIT (SELECT CASE WHEN meeting_window > 0 THEN meeting_window ELSE -1 END FROM args))
)
SELECT
    COALESCE(a.name_en, a.name_ar) AS first,
    COALESCE(b.name_en, b.name_ar) AS second,
    count(DISTINCT pa.event_id) AS meetings,
    -- At its precision (2000, 2025-07): the precision is the latest meeting's (SQLite's max() bare-column rule).
    CASE e.date_precision WHEN 'year' THEN substr(max(e.date_start), 1, 4) WHEN 'month' THEN substr(max(e.date_start), 1, 7)
         ELSE max(e.date_start) END AS last_date,
    group_concat(DISTINCT COALESCE(pl.name_en, pl.name_ar)) AS places
FROM ev
CROSS JOIN event_participants pa ON pa.event_id = ev.id
JOIN event_participants pb ON pb.event_id = ev.id AND pa.entity_id < pb.entity_id
JOIN entities a ON a.id = pa.entity_id
JOIN entities b ON b.id = pb.entity_id
JOIN events e ON e.id = ev.id
LEFT JOIN entities pl ON pl.id = e.place_entity_id
WHERE pa.role IN ('participant', 'host', 'visitor')
  AND pb.role IN ('participant', 'host', 'visitor')
  AND ((SELECT entity FROM args) IS NULL OR (SELECT entity FROM args) IN (pa.entity_id, pb.entity_id))
GROUP BY pa.entity_id, pb.entity_id
ORDER BY meetings DESC, max(e.date_start) DESC, first, second
LIMIT (SELECT lim FROM args)
