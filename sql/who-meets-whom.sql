-- name: who-meets-whom
-- description: Pairs of participants who appear in the same meetings, with how often and the last known date; counted over the latest meetings by date (--meetings, 0 = all).
-- param: entity entity "Only pairs that include this person or body"
-- param: meetings integer "Count pairs over the latest this many meetings by date (0 = every meeting)" default=5000
-- param: limit integer "At most this many pairs" default=100
--
-- Bounded: pairs are counted over a window of the latest meetings (events_date walked downwards), or of
-- the meetings of --entity (event_participants_entity); the cost grows with the window, not the archive.
WITH ev AS MATERIALIZED (
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :entity IS NOT NULL AND e.id IN (SELECT event_id FROM event_participants
              WHERE entity_id = :entity AND role IN ('participant', 'host', 'visitor'))
        ORDER BY e.date_start DESC, e.id DESC LIMIT CASE WHEN :meetings > 0 THEN :meetings ELSE -1 END)
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e WHERE :entity IS NULL
        ORDER BY e.date_start DESC, e.id DESC LIMIT CASE WHEN :meetings > 0 THEN :meetings ELSE -1 END)
)
SELECT
    COALESCE(a.name_en, a.name_ar) AS first,
    COALESCE(b.name_en, b.name_ar) AS second,
    count(DISTINCT pa.event_id) AS meetings,
    max(e.date_start) AS last_date,
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
  AND (:entity IS NULL OR :entity IN (pa.entity_id, pb.entity_id))
GROUP BY pa.entity_id, pb.entity_id
ORDER BY meetings DESC, last_date DESC, first, second
LIMIT :limit
