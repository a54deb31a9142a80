-- name: top-entities
-- description: The most mentioned entities, by number of articles naming them.
-- param: kind text "person, org, place, country or outlet (default: all)"
-- param: from date "Only articles published from this date"
-- param: to date "Only articles published up to this date"
-- param: limit integer "At most this many rows" default=20
SELECT
    COALESCE(en.name_en, en.name_ar) AS entity,
    en.name_ar,
    en.kind,
    count(DISTINCT m.article_id) AS articles,
    count(*) AS mentions
FROM mentions m
JOIN entities en ON en.id = m.entity_id
JOIN articles a ON a.id = m.article_id
WHERE (:kind IS NULL OR en.kind = :kind)
  AND (:from IS NULL OR a.published_at >= :from)
  AND (:to IS NULL OR a.published_at < :to_end)
GROUP BY en.id
ORDER BY articles DESC, mentions DESC, entity
LIMIT :limit
