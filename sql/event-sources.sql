-- name: event-sources
-- description: For each event, newest first, the articles reporting it with every attribution in the reports' sentences (source, its type, via whom, anonymous, self-reported), and the event's share of anonymous sourcing with the number of attributions it rests on.
-- param: event integer "Only this event id"
-- param: limit integer "At most this many rows (newest events first)" default=100
--
-- Bounded: events are walked down the rowid (the BETWEEN is a rowid range that --event narrows to one) and
-- each event's reports come in article order from event_reports_event, so the walk stops at :limit
-- reports; the anonymous share is computed for the events of those reports only.
WITH rows AS MATERIALIZED (
    SELECT e.id AS event_id, r.id AS report_id
    FROM events e
    CROSS JOIN event_reports r ON r.event_id = e.id
    WHERE e.id BETWEEN COALESCE(:event, -9223372036854775808) AND COALESCE(:event, 9223372036854775807)
    ORDER BY e.id DESC, r.article_id, r.id
    LIMIT :limit
), shares AS MATERIALIZED (
    -- every attribution in the sentence of any report of the event, each once
    SELECT ev.event_id, round(avg(at2.anonymous), 2) AS share, count(*) AS share_rows
    FROM (SELECT DISTINCT event_id FROM rows) ev
    CROSS JOIN attributions at2
    WHERE at2.id IN (
        SELECT at3.id FROM event_reports r2
        JOIN attributions at3 ON at3.article_id = r2.article_id
            AND ((at3.claim_start < r2.end AND r2.start < at3.claim_end) OR at3.id = r2.attribution_id)
        WHERE r2.event_id = ev.event_id)
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
    at.source_type,
    COALESCE(via.name_en, via.name_ar, at.via_text) AS via,
    at.anonymous,
    at.self_reported,
    shares.share AS anonymous_share,
    COALESCE(shares.share_rows, 0) AS share_rows
FROM rows
JOIN event_reports r ON r.id = rows.report_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN attributions at ON at.article_id = r.article_id
    AND ((at.claim_start < r.end AND r.start < at.claim_end) OR at.id = r.attribution_id)
LEFT JOIN entities src ON src.id = at.source_entity_id
LEFT JOIN entities via ON via.id = at.via_entity_id
LEFT JOIN shares ON shares.event_id = rows.event_id
ORDER BY rows.event_id DESC, r.article_id, r.id, at.start
LIMIT :limit
