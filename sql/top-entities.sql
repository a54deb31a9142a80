-- name: top-entities
-- description: The most mentioned entities, by number of articles naming them (counted per publication month, so --from/--to select whole months).
-- param: kind text "person, org, place, country or outlet (default: all)"
-- param: from date "Only articles published from this month (YYYY-MM; a day counts as its month)"
-- param: to date "Only articles published up to this month (YYYY-MM; a day counts as its month)"
-- param: limit integer "At most this many rows" default=20
--
-- `args` reads the parameters the same way in marsad and in Datasette: blank = not given, a number may
-- come as text, an entity as the name typed (marsad binds the id it resolved), a date as YYYY[-MM[-DD]]
-- covering that whole period; a value that cannot be read stops the query with the reason.
WITH args0 AS MATERIALIZED (
    SELECT
        CASE WHEN nullif(trim(:kind), '') IS NULL THEN NULL
             WHEN lower(trim(:kind)) IN ('person', 'org', 'place', 'country', 'outlet') THEN lower(trim(:kind))
             ELSE json_extract('{}', 'kind: person, org, place, country or outlet, not «' || :kind || '»') END AS kind,
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
        CASE WHEN typeof(:limit) = 'integer' THEN :limit WHEN nullif(trim(:limit), '') IS NULL THEN 20
             WHEN trim(:limit) NOT GLOB '*[^0-9]*' THEN CAST(trim(:limit) AS INTEGER)
             ELSE json_extract('{}', 'limit: a whole number, not «' || :limit || '»') END AS lim
), args AS MATERIALIZED (
    SELECT *,
    CASE length(to_start) WHEN 4 THEN printf('%04d', to_start + 1) WHEN 7 THEN substr(date(to_start || '-01', '+1 month'), 1, 7)
        WHEN 10 THEN date(to_start, '+1 day') END AS to_end
    FROM args0
)
SELECT
    COALESCE(en.name_en, en.name_ar) AS entity,
    en.name_ar,
    en.kind,
    c.articles,
    c.mentions
FROM (
    -- entity_months is kept by triggers on mentions: a few rows per entity and month, not one per mention
    SELECT entity_id, sum(articles) AS articles, sum(mentions) AS mentions
    FROM args CROSS JOIN entity_months
    WHERE (args.from_start IS NULL OR month >= substr(args.from_start, 1, 7))
      AND (args.to_start IS NULL OR (month <> '' AND (month < substr(args.to_end, 1, 7) OR month = substr(args.to_start, 1, 7))))
    GROUP BY entity_id
    HAVING sum(articles) > 0
) c
JOIN entities en ON en.id = c.entity_id
WHERE ((SELECT kind FROM args) IS NULL OR en.kind = (SELECT kind FROM args))
ORDER BY c.articles DESC, c.mentions DESC, entity
LIMIT (SELECT lim FROM args)
