-- name: meetings
-- description: Meetings with date, place, participants, mediator and status, and how many reports and outlets back each.
-- param: place entity "Place, any alias in Arabic or English (Paris, باريس)"
-- param: from date "Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: to date "Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: participant entity "Only meetings this person or body took part in"
-- param: mediator entity "Only meetings this person or body mediated or sponsored"
-- param: status text "planned or held"
-- param: limit integer "At most this many rows" default=1000
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
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports,
    (SELECT count(DISTINCT a.outlet_id) FROM event_reports r JOIN articles a ON a.id = r.article_id
      WHERE r.event_id = e.id) AS outlets,
    e.conflict
FROM events e
LEFT JOIN entities place ON place.id = e.place_entity_id
WHERE (:place IS NULL OR e.place_entity_id = :place)
  AND (:from IS NULL OR COALESCE(e.date_end, e.date_start) >= :from)
  AND (:to IS NULL OR e.date_start < :to_end)
  AND (:participant IS NULL OR e.id IN (
        SELECT event_id FROM event_participants WHERE entity_id = :participant))
  AND (:mediator IS NULL OR e.id IN (
        SELECT event_id FROM event_participants WHERE entity_id = :mediator AND role IN ('mediator', 'sponsor')))
  AND (:status IS NULL OR e.status = :status)
ORDER BY e.date_start IS NULL, e.date_start, e.id
LIMIT :limit
