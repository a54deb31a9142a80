-- name: meetings-by-place
-- description: Meetings held or planned in one place, oldest first, with participants and how many reports back each.
-- param: place entity "Place, any alias in Arabic or English (Baku, باكو)" required
-- param: status text "planned or held (default: both)"
-- param: limit integer "At most this many rows" default=100
--
-- Bounded: events_place (place_entity_id, date_start) walks the place's dated meetings in order, then its
-- undated ones by id, each walk stopping at :limit; participants and reports are counted for those only.
WITH picked AS MATERIALIZED (
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE e.place_entity_id = :place AND e.date_start IS NOT NULL
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.date_start, e.id LIMIT :limit)
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE e.place_entity_id = :place AND e.date_start IS NULL
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.id LIMIT :limit)
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
LIMIT :limit
