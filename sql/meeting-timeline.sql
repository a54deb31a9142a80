-- name: meeting-timeline
-- description: Meetings per month and place (dated to the month or better), held and planned counted apart.
-- param: from date "Only months from this date on"
-- param: to date "Only months up to this date"
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
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
             ELSE json_extract('{}', 'to: use YYYY, YYYY-MM or YYYY-MM-DD, not «' || :to || '»') END AS to_start
), args AS MATERIALIZED (
    SELECT *,
    CASE length(to_start) WHEN 4 THEN printf('%04d', to_start + 1) WHEN 7 THEN substr(date(to_start || '-01', '+1 month'), 1, 7)
        WHEN 10 THEN date(to_start, '+1 day') END AS to_end
    FROM args0
)
SELECT
    substr(e.date_start, 1, 7) AS month,
    COALESCE(p.name_en, p.name_ar, e.place_text, '(unknown)') AS place,
    count(*) AS meetings,
    sum(e.status = 'held') AS held,
    sum(e.status = 'planned') AS planned
FROM args
CROSS JOIN events e
LEFT JOIN entities p ON p.id = e.place_entity_id
WHERE e.date_start IS NOT NULL
  AND e.date_precision IN ('time', 'day', 'month')
  AND (args.from_start IS NULL OR e.date_start >= args.from_start)
  AND (args.to_end IS NULL OR e.date_start < args.to_end)
GROUP BY month, place
ORDER BY month, meetings DESC, place
