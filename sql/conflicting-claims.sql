-- name: conflicting-claims
-- description: Events whose reports disagree on date, place or status, newest first, one row per report with its claimed values side by side.
-- param: limit integer "At most this many events (newest first)" default=100
--
-- Bounded: events are walked newest first and each is checked on its own reports (event_reports_event
-- covers status, date and place), stopping at :limit conflicting events. The walk goes further back only
-- while conflicts are rare.
WITH picked AS MATERIALIZED (
    SELECT e.id FROM events e
    WHERE e.conflict = 1
       OR (SELECT count(DISTINCT r.status) > 1
                  OR count(DISTINCT r.date_start) > 1
                  OR count(DISTINCT r.place_entity_id) > 1
           FROM event_reports r WHERE r.event_id = e.id)
    ORDER BY e.id DESC
    LIMIT :limit
)
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
FROM picked
JOIN events e ON e.id = picked.id
JOIN event_reports r ON r.event_id = e.id
JOIN articles a INDEXED BY articles_id_outlet ON a.id = r.article_id  -- the outlet only: not the article row
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities rp ON rp.id = r.place_entity_id
ORDER BY e.id DESC, r.article_id
