-- name: event-sources
-- description: For each event, the articles reporting it, their outlets and attribution chains (source, via whom, anonymous), and the event's share of anonymous sourcing.
-- param: event integer "Only this event id"
WITH anonymous AS (
    -- the share of anonymous sourcing, aggregated once per event
    SELECT r2.event_id, round(avg(at2.anonymous), 2) AS share
    FROM event_reports r2 JOIN attributions at2 ON at2.id = r2.attribution_id
    WHERE (:event IS NULL OR r2.event_id = :event)
    GROUP BY r2.event_id
)
SELECT
    e.id AS event_id,
    r.article_id,
    a.title,
    o.name AS outlet,
    r.status,
    r.date_text,
    COALESCE(src.name_en, src.name_ar, at.source_text) AS source,
    COALESCE(via.name_en, via.name_ar, at.via_text) AS via,
    at.anonymous,
    anonymous.share AS anonymous_share
FROM events e
JOIN event_reports r ON r.event_id = e.id
JOIN articles a ON a.id = r.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN attributions at ON at.id = r.attribution_id
LEFT JOIN entities src ON src.id = at.source_entity_id
LEFT JOIN entities via ON via.id = at.via_entity_id
LEFT JOIN anonymous ON anonymous.event_id = e.id
WHERE (:event IS NULL OR e.id = :event)
ORDER BY e.id, r.article_id, r.id
