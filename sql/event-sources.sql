-- name: event-sources
-- description: For each event, newest first, the articles reporting it, their outlets and attribution chains (source, via whom, anonymous), and the event's share of anonymous sourcing.
-- param: event integer "Only this event id"
-- param: limit integer "At most this many rows (newest events first)" default=100
--
-- Bounded: events are walked down the rowid (the BETWEEN is a rowid range that --event narrows to one) and
-- each event's reports come in article order from event_reports_event, so the walk stops at :limit rows;
-- the anonymous share is computed for the events of those rows only.
WITH rows AS MATERIALIZED (
    SELECT e.id AS event_id, r.id AS report_id
    FROM events e
    CROSS JOIN event_reports r ON r.event_id = e.id
    WHERE e.id BETWEEN COALESCE(:event, -9223372036854775808) AND COALESCE(:event, 9223372036854775807)
    ORDER BY e.id DESC, r.article_id, r.id
    LIMIT :limit
), shares AS MATERIALIZED (
    SELECT ev.event_id, round(avg(at2.anonymous), 2) AS share
    FROM (SELECT DISTINCT event_id FROM rows) ev
    CROSS JOIN event_reports r2 ON r2.event_id = ev.event_id
    JOIN attributions at2 ON at2.id = r2.attribution_id
    GROUP BY ev.event_id
)
SELECT
    rows.event_id,
    r.article_id,
    a.title,
    o.name AS outlet,
    r.status,
    r.date_text,
    COALESCE(src.name_en, src.name_ar, at.source_text) AS source,
    COALESCE(via.name_en, via.name_ar, at.via_text) AS via,
    at.anonymous,
    shares.share AS anonymous_share
FROM rows
JOIN event_reports r ON r.id = rows.report_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN attributions at ON at.id = r.attribution_id
LEFT JOIN entities src ON src.id = at.source_entity_id
LEFT JOIN entities via ON via.id = at.via_entity_id
LEFT JOIN shares ON shares.event_id = rows.event_id
ORDER BY rows.event_id DESC, r.article_id, r.id
