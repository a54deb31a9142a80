-- name: conflicting-claims
-- description: Events whose reports disagree on date, place or status, one row per report with its claimed values side by side.
SELECT
    e.id AS event_id,
    r.article_id,
    o.name AS outlet,
    r.status AS claimed_status,
    r.date_text AS claimed_date_text,
    r.date_start AS claimed_date,
    COALESCE(rp.name_en, rp.name_ar, r.place_text) AS claimed_place,
    e.status AS event_status,
    e.date_start AS event_date,
    e.conflict_note
FROM events e
JOIN event_reports r ON r.event_id = e.id
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities rp ON rp.id = r.place_entity_id
WHERE e.conflict = 1
   OR e.id IN (SELECT event_id FROM event_reports GROUP BY event_id
               HAVING count(DISTINCT status) > 1
                   OR count(DISTINCT date_start) > 1
                   OR count(DISTINCT place_entity_id) > 1)
ORDER BY e.id, r.article_id
