-- name: conflicting-claims
-- description: Events whose reports disagree on date, place or status, newest first: one row per distinct claim (status, date, place) with how many reports make it, from which outlets, and an example.
-- param: limit integer "At most this many events (newest first)" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: events are walked newest first and each is checked on its own reports (event_reports_event
-- covers status, date and place), stopping at the limit's conflicting events. The walk goes further back only
-- while conflicts are rare. Claims are grouped along the same index, so an event reported thousands of
-- times (3.5k reports each at 1M benchmark articles) costs an index range and one row read per claim,
-- not a row read per report.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), picked AS MATERIALIZED (
    SELECT e.id FROM events e
    WHERE e.conflict = 1
       OR (SELECT count(DISTINCT r.status) > 1
                  OR count(DISTINCT r.date_start) > 1
                  OR count(DISTINCT r.place_entity_id) > 1
           FROM event_reports r WHERE r.event_id = e.id)
    ORDER BY e.id DESC
    LIMIT (SELECT lim FROM args)
),
claims AS (
    SELECT
        r.event_id,
        r.status,
        r.date_start,
        r.date_precision,
        r.place_entity_id,
        count(*) AS reports,
        group_concat(DISTINCT o.name) AS outlets,
        min(r.article_id) AS example_article
    FROM picked
    JOIN event_reports r ON r.event_id = picked.id
    JOIN articles a INDEXED BY articles_id_outlet ON a.id = r.article_id  -- the outlet only: not the article row
    LEFT JOIN outlets o ON o.id = a.outlet_id
    GROUP BY r.event_id, r.status, r.date_start, r.date_precision, r.place_entity_id
)
SELECT
    e.id AS event_id,
    c.status AS claimed_status,
    CASE c.date_precision WHEN 'year' THEN substr(c.date_start, 1, 4) WHEN 'month' THEN substr(c.date_start, 1, 7) ELSE c.date_start END AS claimed_date,
    COALESCE(rp.name_en, rp.name_ar, x.place_text) AS claimed_place,
    c.reports,
    c.outlets,
    c.example_article,
    x.date_text AS example_date_text,
    e.status AS event_status,
    CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS event_date,
    e.conflict_note
FROM claims c
JOIN events e ON e.id = c.event_id
-- the example article's report of this claim: its raw date text and place as written
JOIN event_reports x ON x.id = (
    SELECT min(r2.id) FROM event_reports r2
    WHERE r2.event_id = c.event_id AND r2.article_id = c.example_article
      AND r2.status = c.status AND r2.date_start IS c.date_start AND r2.place_entity_id IS c.place_entity_id)
LEFT JOIN entities rp ON rp.id = c.place_entity_id
ORDER BY e.id DESC, c.reports DESC, c.status, c.date_start
