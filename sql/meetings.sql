-- name: meetings
-- description: Meetings with date, place, participants, mediator and status, and how many reports and outlets back each; oldest first, undated last.
-- param: place entity "Place, any alias in Arabic or English (Paris, باريس)"
-- param: from date "Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: to date "Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)"
-- param: participant entity "Only meetings this person or body took part in"
-- param: mediator entity "Only meetings this person or body mediated or sponsored"
-- param: status text "planned, held, ongoing or unknown"
-- param: limit integer "At most this many rows" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Cost is bounded by the rows returned, not the archive: each arm below is one index-driven plan that
-- walks events in date order and stops at the limit; its constant test (on the raw parameters) skips it
-- unless its filter is the one that drives. The other filters are checked on the rows walked.
WITH ids AS MATERIALIZED (
    -- the entities named (kept apart from the other parameters: only the look-ups below read them)
    SELECT
        CASE WHEN typeof(:place) = 'integer' THEN :place WHEN nullif(trim(:place), '') IS NOT NULL THEN (
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:place) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:place) COLLATE NOCASE OR name_ar = trim(:place)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:place) OR norm = lower(trim(:place))))
            WHERE tier = best) END AS place,
        CASE WHEN typeof(:participant) = 'integer' THEN :participant WHEN nullif(trim(:participant), '') IS NOT NULL THEN (
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:participant) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:participant) COLLATE NOCASE OR name_ar = trim(:participant)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:participant) OR norm = lower(trim(:participant))))
            WHERE tier = best) END AS participant,
        CASE WHEN typeof(:mediator) = 'integer' THEN :mediator WHEN nullif(trim(:mediator), '') IS NOT NULL THEN (
            SELECT CASE count(DISTINCT id) WHEN 1 THEN min(id) ELSE json_extract('{}', CASE count(*) WHEN 0
                   THEN 'no entity named «' ELSE 'several entities are named «' END || trim(:mediator) || '»') END
            FROM (SELECT id, tier, min(tier) OVER () AS best FROM (
                SELECT id, 1 AS tier FROM entities WHERE name_en = trim(:mediator) COLLATE NOCASE OR name_ar = trim(:mediator)
                UNION ALL SELECT entity_id, CASE kind WHEN 'short' THEN 3 ELSE 2 END FROM entity_aliases
                WHERE alias = trim(:mediator) OR norm = lower(trim(:mediator))))
            WHERE tier = best) END AS mediator
), args0 AS MATERIALIZED (
    SELECT
        CASE WHEN nullif(trim(:from), '') IS NULL THEN NULL
             WHEN trim(:from) GLOB '[0-9][0-9][0-9][0-9]'
               OR (trim(:from) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(trim(:from), 6) BETWEEN '01' AND '12')
               OR (trim(:from) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(trim(:from)) = trim(:from)) THEN trim(:from)
             ELSE json_extract('{}', 'from: use YYYY, YYYY-MM or YYYY-MM-DD, not «' || :from || '»') END AS from_start,
        CASE WHEN nullif(trim(:to), '') IS NULL THEN NULL
             WHEN trim(:to) GLOB '[0-9][0-9][0-9][0-9]'
               OR (trim(:to) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(trim(:to), 6) BETWEEN '01' AND '12')
               OR (trim(:to) GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(trim(:to)) = trim(:to)) THEN trim(:to)
             ELSE json_extract('{}', 'to: use YYYY, YYYY-MM or YYYY-MM-DD, not «' || :to || '»') END AS to_start,
        CASE WHEN nullif(trim(:status), '') IS NULL THEN NULL
             WHEN lower(trim(:status)) IN ('planned', 'held', 'ongoing', 'unknown') THEN lower(trim(:status))
             ELSE json_extract('{}', 'status: planned, held, ongoing or unknown, not «' || :status || '»') END AS status,
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), args AS MATERIALIZED (
    SELECT *,
    CASE length(to_start) WHEN 4 THEN printf('%04d', to_start + 1) WHEN 7 THEN substr(date(to_start || '-01', '+1 month'), 1, 7)
        WHEN 10 THEN date(to_start, '+1 day') END AS to_end
    FROM args0
), dated AS MATERIALIZED (
    -- in one place: events_place (place_entity_id, date_start) walks the place's dates in order
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:place), '') IS NOT NULL AND e.place_entity_id = (SELECT place FROM ids)
          AND e.date_start IS NOT NULL
          AND ((SELECT from_start FROM args) IS NULL OR COALESCE(e.date_end, e.date_start) >= (SELECT from_start FROM args))
          AND ((SELECT to_end FROM args) IS NULL OR e.date_start < (SELECT to_end FROM args))
          AND ((SELECT participant FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT participant FROM ids)))
          AND ((SELECT mediator FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT mediator FROM ids) AND p.role IN ('mediator', 'sponsor')))
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    -- one participant or mediator: their events (event_participants_entity), sorted
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:place), '') IS NULL
          AND COALESCE(nullif(trim(:participant), ''), nullif(trim(:mediator), '')) IS NOT NULL
          AND e.date_start IS NOT NULL
          AND e.id IN (SELECT event_id FROM event_participants
                       WHERE entity_id = (SELECT COALESCE(participant, mediator) FROM ids))
          AND ((SELECT from_start FROM args) IS NULL OR COALESCE(e.date_end, e.date_start) >= (SELECT from_start FROM args))
          AND ((SELECT to_end FROM args) IS NULL OR e.date_start < (SELECT to_end FROM args))
          AND ((SELECT participant FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT participant FROM ids)))
          AND ((SELECT mediator FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT mediator FROM ids) AND p.role IN ('mediator', 'sponsor')))
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    -- no place or person: events_date from the start of `from` on, in date order
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:place), '') IS NULL AND nullif(trim(:participant), '') IS NULL
          AND nullif(trim(:mediator), '') IS NULL
          AND e.date_start >= COALESCE((SELECT from_start FROM args), '')
          AND e.date_start < COALESCE((SELECT to_end FROM args), '~')
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    -- ... and the events that began before `from` but run into it (events_date_end)
    SELECT id FROM (
        SELECT e.id FROM events e INDEXED BY events_date_end
        WHERE nullif(trim(:place), '') IS NULL AND nullif(trim(:participant), '') IS NULL
          AND nullif(trim(:mediator), '') IS NULL AND nullif(trim(:from), '') IS NOT NULL
          AND e.date_end >= (SELECT from_start FROM args) AND e.date_start < (SELECT from_start FROM args)
          AND ((SELECT to_end FROM args) IS NULL OR e.date_start < (SELECT to_end FROM args))
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
), room AS MATERIALIZED (
    -- whether the dated meetings leave room for undated ones
    SELECT count(*) < (SELECT lim FROM args) AS yes FROM dated
), undated AS MATERIALIZED (
    -- undated meetings only when no date filter is given and the dated ones leave room
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:from), '') IS NULL AND nullif(trim(:to), '') IS NULL
          AND (SELECT yes FROM room)
          AND nullif(trim(:place), '') IS NOT NULL AND e.place_entity_id = (SELECT place FROM ids)
          AND e.date_start IS NULL
          AND ((SELECT participant FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT participant FROM ids)))
          AND ((SELECT mediator FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT mediator FROM ids) AND p.role IN ('mediator', 'sponsor')))
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:from), '') IS NULL AND nullif(trim(:to), '') IS NULL
          AND (SELECT yes FROM room)
          AND nullif(trim(:place), '') IS NULL
          AND COALESCE(nullif(trim(:participant), ''), nullif(trim(:mediator), '')) IS NOT NULL
          AND e.date_start IS NULL
          AND e.id IN (SELECT event_id FROM event_participants
                       WHERE entity_id = (SELECT COALESCE(participant, mediator) FROM ids))
          AND ((SELECT participant FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT participant FROM ids)))
          AND ((SELECT mediator FROM ids) IS NULL OR EXISTS (SELECT 1 FROM event_participants p
               WHERE p.event_id = e.id AND p.entity_id = (SELECT mediator FROM ids) AND p.role IN ('mediator', 'sponsor')))
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE nullif(trim(:from), '') IS NULL AND nullif(trim(:to), '') IS NULL
          AND (SELECT yes FROM room)
          AND nullif(trim(:place), '') IS NULL AND nullif(trim(:participant), '') IS NULL
          AND nullif(trim(:mediator), '') IS NULL AND e.date_start IS NULL
          AND ((SELECT status FROM args) IS NULL OR e.status = (SELECT status FROM args))
        ORDER BY e.id LIMIT (SELECT lim FROM args))
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
LIMIT (SELECT lim FROM args)
