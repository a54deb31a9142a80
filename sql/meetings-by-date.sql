-- name: meetings-by-date
-- description: Meetings whose date falls in a range (a month or year covers all of it), oldest first; undated meetings are left out.
-- param: from date "First day, month or year of the range (2025-07)" required
-- param: to date "Last day, month or year of the range (default: same as from)"
-- param: limit integer "At most this many rows" default=100
--
-- Bounded: events_date walks the meetings that start in the range in date order, and events_date_end
-- finds those that began before it and run into it; each walk stops at :limit.
WITH picked AS MATERIALIZED (
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE e.date_start >= :from AND e.date_start < COALESCE(:to_end, :from_end)
        ORDER BY e.date_start, e.id LIMIT :limit)
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e INDEXED BY events_date_end
        WHERE e.date_end >= :from AND e.date_start < :from
        ORDER BY e.date_start, e.id LIMIT :limit)
)
SELECT
    e.id AS event_id,
    CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date,
    e.date_precision AS precision,
    COALESCE(p.name_en, p.name_ar, e.place_text) AS place,
    e.status,
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports
FROM picked
JOIN events e ON e.id = picked.id
LEFT JOIN entities p ON p.id = e.place_entity_id
ORDER BY e.date_start, e.id
LIMIT :limit
