-- name: republications
-- description: Articles that republish or nearly duplicate another article or outlet, newest first, with the similarity and the evidence.
-- param: limit integer "At most this many rows" default=100
--
-- Bounded: article_relations_pair (article_id, ...) is walked downwards and the walk stops at :limit.
SELECT
    rel.article_id,
    a.title,
    rel.relation,
    rel.related_article_id,
    b.title AS related_title,
    COALESCE(orig.name_en, orig.name_ar) AS original_outlet,
    round(rel.similarity, 3) AS similarity,
    rel.evidence
FROM article_relations rel
JOIN articles a ON a.id = rel.article_id
LEFT JOIN articles b ON b.id = rel.related_article_id
LEFT JOIN entities orig ON orig.id = rel.original_entity_id
ORDER BY rel.article_id DESC, rel.related_article_id
LIMIT :limit
