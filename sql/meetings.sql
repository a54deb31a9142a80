-- name: meetings
-- description: Meetings with date, place, participants, mediator and status, and how many reports and outlets back each; oldest first, undated last.
-- param: place entity "Place, any alias in Arabic or English (Paris, باريس)"
-- param: from date "Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: to date "Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: participant entity "Only meetings this person or body took part in"
-- param: mediator entity "Only meetings this person or body mediated or sponsored"
-- param: status text "planned or held"
-- param: limit integer "At most this many rows" default=100
--
-- Cost is bounded by the rows returned, not the archive: each arm below is one index-driven plan that
-- walks events in date order and stops at :limit; its constant test (:place IS NOT NULL ...) skips it
-- unless its filter is the one that drives. The other filters are checked on the rows walked.
WITH dated AS MATERIALIZED (
    -- in one place: events_place (place_entity_id, date_start) walks the place's dates in order
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :place IS NOT NULL AND e.place_entity_id = :place AND e.date_start IS NOT NULL
          AND (:from IS NULL OR COALESCE(e.date_end, e.date_start) >= :from)
          AND (:to IS NULL OR e.date_start < :to_end)
          AND (:participant IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :participant))
          AND (:mediator IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :mediator AND p.role IN ('mediator', 'sponsor')))
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.date_start, e.id LIMIT :limit)
    UNION ALL
    -- one participant or mediator: their events (event_participants_entity), sorted
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :place IS NULL AND COALESCE(:participant, :mediator) IS NOT NULL AND e.date_start IS NOT NULL
          AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id = COALESCE(:participant, :mediator))
          AND (:from IS NULL OR COALESCE(e.date_end, e.date_start) >= :from)
          AND (:to IS NULL OR e.date_start < :to_end)
          AND (:participant IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :participant))
          AND (:mediator IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :mediator AND p.role IN ('mediator', 'sponsor')))
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.date_start, e.id LIMIT :limit)
    UNION ALL
    -- no place or person: events_date from :from on, in date order
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :place IS NULL AND :participant IS NULL AND :mediator IS NULL
          AND e.date_start >= COALESCE(:from, '') AND e.date_start < COALESCE(:to_end, '~')
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.date_start, e.id LIMIT :limit)
    UNION ALL
    -- ... and the events that began before :from but run into it (events_date_end)
    SELECT id FROM (
        SELECT e.id FROM events e INDEXED BY events_date_end
        WHERE :place IS NULL AND :participant IS NULL AND :mediator IS NULL AND :from IS NOT NULL
          AND e.date_end >= :from AND e.date_start < :from
          AND (:to IS NULL OR e.date_start < :to_end)
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.date_start, e.id LIMIT :limit)
), undated AS MATERIALIZED (
    -- undated meetings only when no date filter is given and the dated ones leave room
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :from IS NULL AND :to IS NULL AND (SELECT count(*) FROM dated) < :limit
          AND :place IS NOT NULL AND e.place_entity_id = :place AND e.date_start IS NULL
          AND (:participant IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :participant))
          AND (:mediator IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :mediator AND p.role IN ('mediator', 'sponsor')))
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.id LIMIT :limit)
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :from IS NULL AND :to IS NULL AND (SELECT count(*) FROM dated) < :limit
          AND :place IS NULL AND COALESCE(:participant, :mediator) IS NOT NULL AND e.date_start IS NULL
          AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id = COALESCE(:participant, :mediator))
          AND (:participant IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :participant))
          AND (:mediator IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = :mediator AND p.role IN ('mediator', 'sponsor')))
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.id LIMIT :limit)
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE :from IS NULL AND :to IS NULL AND (SELECT count(*) FROM dated) < :limit
          AND :place IS NULL AND :participant IS NULL AND :mediator IS NULL AND e.date_start IS NULL
          AND (:status IS NULL OR e.status = :status)
        ORDER BY e.id LIMIT :limit)
)
SELECT
    e.id AS event_id,
    CASE e.date_precision
        WHEN 'day' THEN e.date_start
        WHEN 'time' THEN e.date_start
        WHEN 'month' THEN substr(e.date_start, 1, 7)
        WHEN 'year' THEN substr(e.date_start, 1, 4)
    END AS date,
    e.date_precision AS precision,
    COALESCE(place.name_en, place.name_ar, e.place_text) AS place,
    COALESCE(
        (SELECT group_concat(name, '; ') FROM (
            SELECT COALESCE(en.name_en, en.name_ar) AS name
            FROM event_participants ep JOIN entities en ON en.id = ep.entity_id
            WHERE ep.event_id = e.id AND ep.role IN ('participant', 'host', 'visitor')
            ORDER BY name)),
        e.participants_text) AS participants,
    (SELECT group_concat(name, '; ') FROM (
        SELECT COALESCE(en.name_en, en.name_ar) AS name
        FROM event_participants ep JOIN entities en ON en.id = ep.entity_id
        WHERE ep.event_id = e.id AND ep.role IN ('mediator', 'sponsor')
        ORDER BY name)) AS mediator,
    e.status,
    picked.reports,
    -- a large event: each outlet's EXISTS stops at its first report, instead of visiting every report
    CASE WHEN picked.reports <= 64 THEN
        (SELECT count(DISTINCT a.outlet_id) FROM event_reports r
         JOIN articles a INDEXED BY articles_id_outlet ON a.id = r.article_id
         WHERE r.event_id = e.id)
    ELSE
        (SELECT count(*) FROM outlets o WHERE EXISTS (
            SELECT 1 FROM event_reports r JOIN articles a INDEXED BY articles_id_outlet ON a.id = r.article_id
            WHERE r.event_id = e.id AND a.outlet_id = o.id))
    END AS outlets,
    e.conflict
FROM (SELECT id, (SELECT count(*) FROM event_reports r WHERE r.event_id = u.id) AS reports
      FROM (SELECT id FROM dated UNION ALL SELECT id FROM undated) u) picked
JOIN events e ON e.id = picked.id
LEFT JOIN entities place ON place.id = e.place_entity_id
ORDER BY e.date_start IS NULL, e.date_start, e.id
LIMIT :limit
