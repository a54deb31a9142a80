-- name: outlet-activity
-- description: Per outlet: articles archived, first and last publication date, events reported, attributions made.
SELECT
    o.name AS outlet,
    count(a.id) AS articles,
    min(a.published_at) AS first_published,
    max(a.published_at) AS last_published,
    (SELECT count(DISTINCT r.event_id) FROM event_reports r JOIN articles a2 ON a2.id = r.article_id
      WHERE a2.outlet_id = o.id) AS events_reported,
    (SELECT count(*) FROM attributions at JOIN articles a3 ON a3.id = at.article_id
      WHERE a3.outlet_id = o.id) AS attributions
FROM outlets o
LEFT JOIN articles a ON a.outlet_id = o.id
GROUP BY o.id
ORDER BY articles DESC, outlet
