-- name: meeting-timeline
-- description: Meetings per month and place (dated to the month or better), held and planned counted apart.
-- param: from date "Only months from this date on"
-- param: to date "Only months up to this date"
SELECT
    substr(e.date_start, 1, 7) AS month,
    COALESCE(p.name_en, p.name_ar, e.place_text, '(unknown)') AS place,
    count(*) AS meetings,
    sum(e.status = 'held') AS held,
    sum(e.status = 'planned') AS planned
FROM events e
LEFT JOIN entities p ON p.id = e.place_entity_id
WHERE e.date_start IS NOT NULL
  AND e.date_precision IN ('time', 'day', 'month')
  AND (:from IS NULL OR e.date_start >= :from)
  AND (:to IS NULL OR e.date_start < :to_end)
GROUP BY month, place
ORDER BY month, meetings DESC, place
