-- name: corroboration
-- description: Events reported by at least N independent sources; an article that republishes or nearly duplicates another counts as that other, and articles of one outlet count once.
-- param: min_sources integer "Least number of independent sources" default=2
WITH canonical AS (
    -- each reporting article mapped to the earliest article it copies (itself when it copies none)
    SELECT r.event_id, r.article_id,
           COALESCE((SELECT rel.related_article_id FROM article_relations rel
                     WHERE rel.article_id = r.article_id AND rel.related_article_id IS NOT NULL
                     ORDER BY rel.related_article_id LIMIT 1), r.article_id) AS original
    FROM event_reports r
), roots AS (
    SELECT c.event_id, c.article_id,
           COALESCE('outlet ' || a.outlet_id, 'article ' || c.original) AS root
    FROM canonical c JOIN articles a ON a.id = c.original
)
SELECT
    e.id AS event_id,
    e.date_start AS date,
    COALESCE(p.name_en, p.name_ar, e.place_text) AS place,
    e.status,
    count(DISTINCT roots.article_id) AS reports,
    count(DISTINCT roots.root) AS independent_sources
FROM events e
JOIN roots ON roots.event_id = e.id
LEFT JOIN entities p ON p.id = e.place_entity_id
GROUP BY e.id
HAVING count(DISTINCT roots.root) >= :min_sources
ORDER BY independent_sources DESC, e.date_start, e.id
