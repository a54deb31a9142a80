-- name: meetings-by-date
-- description: Meetings whose date falls in a range (a month or year covers all of it), oldest first; undated meetings are left out.
-- param: from date "First day, month or year of the range (2025-07)" required
-- param: to date "Last day, month or year of the range (default: same as from)"
-- param: limit integer "At most this many rows" default=100
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
-- Bounded: events_date walks the meetings that start in the range in date order, and events_date_end
-- finds those that began before it and run into it; each walk stops at the limit.
WITH args0 AS MATERIALIZED (
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
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 100
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), args AS MATERIALIZED (
    SELECT *,
    CASE length(from_start) WHEN 4 THEN printf('%04d', from_start + 1) WHEN 7 THEN substr(date(from_start || '-01', '+1 month'), 1, 7)
        WHEN 10 THEN date(from_start, '+1 day') END AS from_end,
    CASE length(to_start) WHEN 4 THEN printf('%04d', to_start + 1) WHEN 7 THEN substr(date(to_start || '-01', '+1 month'), 1, 7)
        WHEN 10 THEN date(to_start, '+1 day') END AS to_end
    FROM args0
), picked AS MATERIALIZED (
    SELECT id FROM (
        SELECT e.id FROM events e
        WHERE e.date_start >= (SELECT from_start FROM args)
          AND e.date_start < (SELECT COALESCE(to_end, from_end) FROM args)
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
    UNION ALL
    SELECT id FROM (
        SELECT e.id FROM events e INDEXED BY events_date_end
        WHERE e.date_end >= (SELECT from_start FROM args) AND e.date_start < (SELECT from_start FROM args)
        ORDER BY e.date_start, e.id LIMIT (SELECT lim FROM args))
)
SELECT
    e.id AS event_id,
    CASE e.date_precision WHEN 'year' THEN substr(e.date_start, 1, 4) WHEN 'month' THEN substr(e.date_start, 1, 7) ELSE e.date_start END AS date,
    e.date_precision AS precision,
    COALESCE(p.name_en, p.name_ar, e.place_text) AS place,
    e.status,
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports
FROM picked
JOIN events e ON e.id = picked.id
LEFT JOIN entities p ON p.id = e.place_entity_id
ORDER BY e.date_start, e.id
LIMIT (SELECT lim FROM args)
