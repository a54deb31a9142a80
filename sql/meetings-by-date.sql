-- name: meetings-by-date
-- description: Meetings whose date falls in a range (a month or year covers all of it); undated meetings are left out.
-- param: from date "First day, month or year of the range (2025-07)" required
-- param: to date "Last day, month or year of the range (default: same as from)"
SELECT
    e.id AS event_id,
    e.date_start AS date,
    e.date_precision AS precision,
    COALESCE(p.name_en, p.name_ar, e.place_text) AS place,
    e.status,
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports
FROM events e
LEFT JOIN entities p ON p.id = e.place_entity_id
WHERE e.date_start IS NOT NULL
  AND COALESCE(e.date_end, e.date_start) >= :from
  AND e.date_start < COALESCE(:to_end, :from_end)
ORDER BY e.date_start, e.id
