-- name: mediators
-- description: Who brokered which meetings, newest first: one row per mediator or sponsor and meeting.
-- param: mediator entity "Only this mediator"
-- param: limit integer "At most this many rows" default=100
--
-- Bounded: with --mediator, that entity's rows (event_participants_entity); without, events are walked
-- newest first (events_date) and the walk stops at :limit mediated ones.
WITH picked AS MATERIALIZED (
    SELECT * FROM (
        SELECT ep.event_id, ep.entity_id, ep.role FROM event_participants ep
        JOIN events e ON e.id = ep.event_id
        WHERE :mediator IS NOT NULL AND ep.entity_id = :mediator AND ep.role IN ('mediator', 'sponsor')
        ORDER BY e.date_start DESC, e.id DESC LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT ep.event_id, ep.entity_id, ep.role FROM events e INDEXED BY events_date
        CROSS JOIN event_participants ep ON ep.event_id = e.id
        WHERE :mediator IS NULL AND ep.role IN ('mediator', 'sponsor')
        ORDER BY e.date_start DESC, e.id DESC LIMIT :limit)
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
