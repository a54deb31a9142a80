-- name: republications
-- description: Articles that republish or nearly duplicate another article or outlet, newest first, with the similarity and the evidence.
-- param: limit integer "At most this many rows" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: article_relations_pair (article_id, ...) is walked downwards and the walk stops at the limit.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
)
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
LIMIT (SELECT lim FROM args)
