-- name: top-entities
-- description: The most mentioned entities, by number of articles naming them (counted per publication month, so --from/--to select whole months).
-- param: kind text "person, org, place, country or outlet (default: all)"
-- param: from date "Only articles published from this month (YYYY-MM; a day counts as its month)"
-- param: to date "Only articles published up to this month (YYYY-MM; a day counts as its month)"
-- param: limit integer "At most this many rows" default=20
SELECT
    COALESCE(en.name_en, en.name_ar) AS entity,
    en.name_ar,
    en.kind,
    c.articles,
    c.mentions
FROM (
    -- entity_months is kept by triggers on mentions: a few rows per entity and month, not one per mention
    SELECT entity_id, sum(articles) AS articles, sum(mentions) AS mentions
    FROM entity_months
    WHERE (:from IS NULL OR month >= substr(:from, 1, 7))
      AND (:to IS NULL OR (month <> '' AND (month < substr(:to_end, 1, 7) OR month = substr(:to, 1, 7))))
    GROUP BY entity_id
    HAVING sum(articles) > 0
) c
JOIN entities en ON en.id = c.entity_id
WHERE (:kind IS NULL OR en.kind = :kind)
ORDER BY c.articles DESC, c.mentions DESC, entity
LIMIT :limit
