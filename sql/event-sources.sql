-- name: event-sources
-- description: For each event, newest first, the articles reporting it with every attribution in the reports' sentences (source, its type, via whom, anonymous, self-reported), and the event's share of anonymous sourcing with the number of attributions it rests on.
-- param: event integer "Only this event id"
-- param: limit integer "At most this many rows (newest events first)" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: events are walked down the rowid (the BETWEEN is a rowid range that --event narrows to one) and
-- each event's reports come in article order from event_reports_event, so the walk stops at the limit's
-- reports; the anonymous share is computed for the events of those reports only.
WITH args AS MATERIALIZED (
    SELECT
        CASE WHEN typeof(:event) = 'integer' THEN :event WHEN nullif(trim(:event), '') IS NULL THEN NULL
             WHEN trim(:event) NOT GLOB '*[^0-9]*' THEN CAST(trim(:event) AS INTEGER)
             ELSE json_extract('{}', 'event: a whole number, not «' || :event || '»') END AS event,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), picked AS MATERIALIZED (
    SELECT e.id AS event_id, r.id AS report_id
    FROM events e
    CROSS JOIN event_reports r ON r.event_id = e.id
    WHERE e.id BETWEEN (SELECT COALESCE(event, -9223372036854775808) FROM args)
                   AND (SELECT COALESCE(event, 9223372036854775807) FROM args)
    ORDER BY e.id DESC, r.article_id, r.id
    LIMIT (SELECT lim FROM args)
), shares AS MATERIALIZED (
    -- every attribution in the sentence of any report of the event, each once
    SELECT ev.event_id, round(avg(a2.anonymous), 2) AS share, count(*) AS share_rows
    FROM (SELECT DISTINCT event_id FROM picked) ev
    CROSS JOIN attributions a2
    WHERE a2.id IN (
        SELECT a3.id FROM event_reports r2
        JOIN attributions a3 ON a3.article_id = r2.article_id
            AND ((a3.claim_start < r2.end AND r2.start < a3.claim_end) OR a3.id = r2.attribution_id)
        WHERE r2.event_id = ev.event_id)
    GROUP BY ev.event_id
)
SELECT
    picked.event_id,
    r.article_id,
    a.title,
    o.name AS outlet,
    r.status,
    r.date_text,
    COALESCE(src.name_en, src.name_ar, ca.source_text) AS source,
    ca.source_type,
    COALESCE(via.name_en, via.name_ar, ca.via_text) AS via,
    ca.anonymous,
    ca.self_reported,
    shares.share AS anonymous_share,
    COALESCE(shares.share_rows, 0) AS share_rows
FROM picked
JOIN event_reports r ON r.id = picked.report_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN attributions ca ON ca.article_id = r.article_id
    AND ((ca.claim_start < r.end AND r.start < ca.claim_end) OR ca.id = r.attribution_id)
LEFT JOIN entities src ON src.id = ca.source_entity_id
LEFT JOIN entities via ON via.id = ca.via_entity_id
LEFT JOIN shares ON shares.event_id = picked.event_id
ORDER BY picked.event_id DESC, r.article_id, r.id, ca.start
LIMIT (SELECT lim FROM args)
