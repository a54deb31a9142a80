-- name: outlet-activity
-- description: Per outlet: articles archived, first and last publication date (whole archive), and the events reported and attributions made in its articles among the newest archived (--recent, 0 = all).
-- param: recent integer "Count events and attributions over the newest this many articles (0 = all)" default=10000
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: articles and dates come from articles_outlet alone (a count over the index and two seeks per
-- outlet); events and attributions are counted over a window of the newest articles (articles_id_outlet
-- walked downwards), as counting them over every article grows with the archive.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:recent) = 'integer' THEN :recent WHEN nullif(trim(:recent), '') IS NULL THEN 10000
             WHEN trim(:recent) NOT GLOB '*[^0-9]*' THEN CAST(trim(:recent) AS INTEGER)
             ELSE json_extract('{}', 'recent: a whole number, not «' || :recent || '»') END AS recent
), recent AS MATERIALIZED (
    SELECT a.id, a.outlet_id FROM articles a INDEXED BY articles_id_outlet
    ORDER BY a.id DESC
    LIMIT (SELECT CASE WHEN recent > 0 THEN recent ELSE -1 END FROM args)
), reported AS MATERIALIZED (
    SELECT r0.outlet_id, count(DISTINCT r.event_id) AS n
    FROM recent r0 JOIN event_reports r ON r.article_id = r0.id
    GROUP BY r0.outlet_id
), credited AS MATERIALIZED (
    SELECT r0.outlet_id, count(*) AS n
    FROM recent r0 JOIN attributions ca ON ca.article_id = r0.id
    GROUP BY r0.outlet_id
)
SELECT
    o.name AS outlet,
    (SELECT count(*) FROM articles a WHERE a.outlet_id = o.id) AS articles,
    (SELECT min(a.published_at) FROM articles a WHERE a.outlet_id = o.id) AS first_published,
    (SELECT max(a.published_at) FROM articles a WHERE a.outlet_id = o.id) AS last_published,
    COALESCE(reported.n, 0) AS events_reported,
    COALESCE(credited.n, 0) AS attributions
FROM outlets o
LEFT JOIN reported ON reported.outlet_id = o.id
LEFT JOIN credited ON credited.outlet_id = o.id
ORDER BY articles DESC, outlet
