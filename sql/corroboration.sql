-- name: corroboration
-- description: Events reported by at least N independent sources, newest first; an article that republishes or nearly duplicates another counts as that other, and articles of one outlet count once.
-- param: min_sources integer "Least number of independent sources" default=2
-- param: limit integer "At most this many events (newest first)" default=100
--
-- Bounded: events are walked newest first and their sources counted from their own reports only,
-- stopping at :limit events that qualify. (Ranking every event by its number of sources would need them
-- all counted first, at a cost that grows with the archive.)
SELECT * FROM (
    SELECT
        x.*,
        CASE WHEN x.reports <= 64 THEN
            (SELECT count(DISTINCT root) FROM (
                -- each report's article mapped to the earliest article it copies (itself when it copies
                -- none); its outlet when known, else that article
                SELECT COALESCE('outlet ' || a.outlet_id, 'article ' || c.original) AS root
                FROM (SELECT COALESCE((SELECT rel.related_article_id FROM article_relations rel
                                       WHERE rel.article_id = r.article_id AND rel.related_article_id IS NOT NULL
                                       ORDER BY rel.related_article_id LIMIT 1), r.article_id) AS original
                      FROM event_reports r WHERE r.event_id = x.event_id) c
                JOIN articles a INDEXED BY articles_id_outlet ON a.id = c.original))
        ELSE
            -- the same count for a large event: each outlet's EXISTS stops at its first report ...
            (SELECT count(*) FROM outlets o WHERE EXISTS (
                SELECT 1 FROM event_reports r
                JOIN articles a INDEXED BY articles_id_outlet ON a.id = COALESCE(
                    (SELECT rel.related_article_id FROM article_relations rel
                     WHERE rel.article_id = r.article_id AND rel.related_article_id IS NOT NULL
                     ORDER BY rel.related_article_id LIMIT 1), r.article_id)
                WHERE r.event_id = x.event_id AND a.outlet_id = o.id))
            -- ... and articles without an outlet, counted one by one, are looked for only if there are any
            + CASE WHEN EXISTS (SELECT 1 FROM articles WHERE outlet_id IS NULL) THEN
                (SELECT count(DISTINCT c.original)
                 FROM (SELECT COALESCE((SELECT rel.related_article_id FROM article_relations rel
                                        WHERE rel.article_id = r.article_id AND rel.related_article_id IS NOT NULL
                                        ORDER BY rel.related_article_id LIMIT 1), r.article_id) AS original
                       FROM event_reports r WHERE r.event_id = x.event_id) c
                 JOIN articles a INDEXED BY articles_id_outlet ON a.id = c.original
                 WHERE a.outlet_id IS NULL)
              ELSE 0 END
        END AS independent_sources
    FROM (
        SELECT
            e.id AS event_id,
            e.date_start AS date,
            COALESCE(p.name_en, p.name_ar, e.place_text) AS place,
            e.status,
            (SELECT count(DISTINCT r.article_id) FROM event_reports r WHERE r.event_id = e.id) AS reports
        FROM events e
        LEFT JOIN entities p ON p.id = e.place_entity_id
        ORDER BY e.id DESC
    ) x
    LIMIT -1 OFFSET 0 -- not flattened into the WHERE below, so the count is computed once per event
)
WHERE independent_sources >= :min_sources
LIMIT :limit
