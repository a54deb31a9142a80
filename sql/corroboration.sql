-- name: corroboration
-- description: Events reported by at least N distinct sources, newest first. Sources are the parties the reports' sentences credit (the same outlet, person or organisation counted once across articles; a publisher's unnamed sources once per publisher); a report that credits no one counts its publisher. Publishers are counted apart; a copy counts as its original, and articles without an outlet count together as one publisher (no_outlet says how many there are).
-- param: min_sources integer "Least number of distinct credited sources" default=2
-- param: limit integer "At most this many events (newest first)" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: events are walked newest first and their sources counted from their own reports only,
-- stopping at the limit's events that qualify. (Ranking every event by its number of sources would need
-- them all counted first, at a cost that grows with the archive.)
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:min_sources) = 'integer' THEN :min_sources WHEN nullif(trim(:min_sources), '') IS NULL THEN 2
             WHEN trim(:min_sources) NOT GLOB '*[^0-9]*' THEN CAST(trim(:min_sources) AS INTEGER)
             ELSE json_extract('{}', 'min_sources: a whole number, not «' || :min_sources || '»') END AS min_sources,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
)
SELECT
    event_id, date, place, status, reports,
    json_extract(counts, '$[0]') AS credited_sources,
    json_extract(counts, '$[1]') AS publishers,
    json_extract(counts, '$[2]') AS no_outlet,
    CASE WHEN json_extract(counts, '$[2]') > 0 THEN
        json_extract(counts, '$[2]') || ' article(s) without an outlet: counted as one publisher'
    END AS note
FROM (
    SELECT
        x.*,
        (SELECT json_array(
            count(DISTINCT CASE
                WHEN ca.id IS NULL THEN s.pub
                WHEN ca.source_entity_id IS NOT NULL THEN 'entity ' || ca.source_entity_id
                WHEN ca.anonymous = 0 AND ca.source_text IS NOT NULL THEN 'named ' || lower(trim(ca.source_text))
                ELSE 'unnamed sources of ' || s.pub
            END),
            count(DISTINCT s.pub),
            count(DISTINCT CASE WHEN s.pub = 'no outlet' THEN s.original END))
         FROM (
            -- each report with its article's original (the earliest article it copies, else itself)
            -- and that original's publisher: its outlet's entity when linked, else the outlet
            SELECT c.*,
                   (SELECT COALESCE('entity ' || o.entity_id, 'outlet ' || a.outlet_id, 'no outlet')
                    FROM articles a INDEXED BY articles_id_outlet
                    LEFT JOIN outlets o ON o.id = a.outlet_id
                    WHERE a.id = c.original) AS pub
            FROM (SELECT r.article_id, r.start, r.end, r.attribution_id,
                         COALESCE((SELECT rel.related_article_id FROM article_relations rel
                                   WHERE rel.article_id = r.article_id AND rel.related_article_id IS NOT NULL
                                   ORDER BY rel.related_article_id LIMIT 1), r.article_id) AS original
                  FROM event_reports r WHERE r.event_id = x.event_id) c
         ) s
         -- every attribution of the report's sentence
         LEFT JOIN attributions ca ON ca.article_id = s.article_id
             AND ((ca.claim_start < s.end AND s.start < ca.claim_end) OR ca.id = s.attribution_id)
        ) AS counts
    FROM (
        SELECT
            e.id AS event_id,
            CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date,
            COALESCE(p.name_en, p.name_ar, e.place_text) AS place,
            e.status,
            (SELECT count(DISTINCT r.article_id) FROM event_reports r WHERE r.event_id = e.id) AS reports
        FROM events e
        LEFT JOIN entities p ON p.id = e.place_entity_id
        ORDER BY e.id DESC
    ) x
    LIMIT -1 OFFSET 0 -- not flattened into the WHERE below, so the counts are computed once per event
)
WHERE credited_sources >= (SELECT min_sources FROM args)
LIMIT (SELECT lim FROM args)
