-- name: mediators
-- description: Who brokered which meetings, newest first: one row per mediator or sponsor and meeting.
-- param: mediator entity "Only this mediator"
-- param: limit integer "At most this many rows" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: with --mediator, that entity's rows (event_participants_entity); without, events are walked
-- newest first (events_date) and the walk stops at the limit's mediated ones.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:mediator) = 'integer' THEN :mediator WHEN nullif(trim(:mediator), '') IS NOT NULL THEN (
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:mediator) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:mediator) COLLATE NOCASE OR name_ar = trim(:mediator)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:mediator) OR norm = lower(trim(:mediator))))
            WHERE tier = best) END AS mediator,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), picked AS MATERIALIZED (
    SELECT * FROM (
        SELECT ep.event_id, ep.entity_id, ep.role FROM event_participants ep
        JOIN events e ON e.id = ep.event_id
        WHERE nullif(trim(:mediator), '') IS NOT NULL AND ep.entity_id = (SELECT mediator FROM args)
          AND ep.role IN ('mediator', 'sponsor')
        ORDER BY e.date_start DESC, e.id DESC LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT * FROM (
        SELECT ep.event_id, ep.entity_id, ep.role FROM events e INDEXED BY events_date
        CROSS JOIN event_participants ep ON ep.event_id = e.id
        WHERE nullif(trim(:mediator), '') IS NULL AND ep.role IN ('mediator', 'sponsor')
        ORDER BY e.date_start DESC, e.id DESC LIMIT (SELECT lim FROM args))
)
SELECT
    COALESCE(m.name_en, m.name_ar) AS mediator,
    picked.role,
    e.id AS event_id,
    CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date,
    COALESCE(pl.name_en, pl.name_ar, e.place_text) AS place,
    e.status,
    COALESCE(
        (SELECT group_concat(COALESCE(en.name_en, en.name_ar), '; ')
         FROM event_participants p2 JOIN entities en ON en.id = p2.entity_id
         WHERE p2.event_id = e.id AND p2.role IN ('participant', 'host', 'visitor')),
        e.participants_text) AS participants
FROM picked
JOIN entities m ON m.id = picked.entity_id
JOIN events e ON e.id = picked.event_id
LEFT JOIN entities pl ON pl.id = e.place_entity_id
ORDER BY e.date_start IS NULL, e.date_start DESC, e.id DESC, mediator
