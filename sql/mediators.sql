-- name: mediators
-- description: Who brokered which meetings: one row per mediator or sponsor and meeting.
-- param: mediator entity "Only this mediator"
SELECT
    COALESCE(m.name_en, m.name_ar) AS mediator,
    ep.role,
    e.id AS event_id,
    e.date_start AS date,
    COALESCE(pl.name_en, pl.name_ar, e.place_text) AS place,
    e.status,
    COALESCE(
        (SELECT group_concat(COALESCE(en.name_en, en.name_ar), '; ')
         FROM event_participants p2 JOIN entities en ON en.id = p2.entity_id
         WHERE p2.event_id = e.id AND p2.role IN ('participant', 'host', 'visitor')),
        e.participants_text) AS participants
FROM event_participants ep
JOIN entities m ON m.id = ep.entity_id
JOIN events e ON e.id = ep.event_id
LEFT JOIN entities pl ON pl.id = e.place_entity_id
WHERE ep.role IN ('mediator', 'sponsor')
  AND (:mediator IS NULL OR ep.entity_id = :mediator)
ORDER BY mediator, e.date_start IS NULL, e.date_start, e.id
