-- name: entity-timeline
-- description: What one entity did in the archive: meetings it took part in or hosted, claims credited to it, articles naming it; the newest --limit of each kind, in date order.
-- param: entity entity "Person, place, organisation or outlet, any alias" required
-- param: limit integer "At most this many of each kind (meetings, hosted meetings, claims, articles), the newest" default=100
SELECT date, what, role, detail, event_id, article_id FROM (
    -- Each kind is cut to its newest rows first, along its own index, so a place named in half
    -- a million articles costs no more than one named in ten.
    SELECT * FROM (
        SELECT CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date, 'meeting' AS what, ep.role AS role,
               e.status || ' in ' || COALESCE(pl.name_en, pl.name_ar, e.place_text, '?') AS detail,
               e.id AS event_id, NULL AS article_id
        FROM event_participants ep
        JOIN events e ON e.id = ep.event_id
        LEFT JOIN entities pl ON pl.id = e.place_entity_id
        WHERE ep.entity_id = :entity
        ORDER BY e.date_start DESC, e.id DESC
        LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END, 'meeting', 'place', e.status || ': ' || COALESCE(e.participants_text, ''), e.id, NULL
        FROM events e
        WHERE e.place_entity_id = :entity
        ORDER BY e.date_start DESC
        LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT CASE a.published_precision WHEN 'year' THEN substr(a.published_at, 1, 4) WHEN 'month' THEN substr(a.published_at, 1, 7) ELSE a.published_at END, 'source', CASE at.anonymous WHEN 1 THEN 'via anonymous source' ELSE 'credited' END,
               at.cue_text, NULL, a.id
        FROM attributions at
        JOIN articles a ON a.id = at.article_id
        WHERE at.source_entity_id = :entity
        ORDER BY at.id DESC
        LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT CASE a.published_precision WHEN 'year' THEN substr(a.published_at, 1, 4) WHEN 'month' THEN substr(a.published_at, 1, 7) ELSE a.published_at END, 'mention', NULL, sum(m.n) || ' mention(s) in: ' || a.title, NULL, a.id
        FROM mentions m
        JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = :entity
        GROUP BY m.article_id
        ORDER BY m.article_id DESC
        LIMIT :limit)
)
ORDER BY date IS NULL, date, what, event_id, article_id
