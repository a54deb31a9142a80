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
    c.articles,
    c.mentions
FROM (
    -- counted on the (entity_id, article_id) index alone unless a date range needs the articles
    SELECT m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM mentions m
    WHERE (:from IS NULL AND :to IS NULL)
       OR m.article_id IN (SELECT id FROM articles
                           WHERE (:from IS NULL OR published_at >= :from)
                             AND (:to IS NULL OR published_at < :to_end))
    GROUP BY m.entity_id
) c
JOIN entities en ON en.id = c.entity_id
WHERE (:kind IS NULL OR en.kind = :kind)
ORDER BY c.articles DESC, c.mentions DESC, entity
LIMIT :limit
