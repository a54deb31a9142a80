-- name: who-meets-whom
-- description: Pairs of participants who appear in the same meetings, with how often and the last known date.
-- param: entity entity "Only pairs that include this person or body"
-- param: limit integer "At most this many pairs" default=100
SELECT
    COALESCE(a.name_en, a.name_ar) AS first,
    COALESCE(b.name_en, b.name_ar) AS second,
    count(DISTINCT pa.event_id) AS meetings,
    max(e.date_start) AS last_date,
    group_concat(DISTINCT COALESCE(pl.name_en, pl.name_ar)) AS places
FROM event_participants pa
JOIN event_participants pb ON pb.event_id = pa.event_id AND pa.entity_id < pb.entity_id
JOIN entities a ON a.id = pa.entity_id
JOIN entities b ON b.id = pb.entity_id
JOIN events e ON e.id = pa.event_id
LEFT JOIN entities pl ON pl.id = e.place_entity_id
WHERE pa.role IN ('participant', 'host', 'visitor')
  AND pb.role IN ('participant', 'host', 'visitor')
  AND (:entity IS NULL OR :entity IN (pa.entity_id, pb.entity_id))
GROUP BY pa.entity_id, pb.entity_id
ORDER BY meetings DESC, last_date DESC, first, second
LIMIT :limit
