-- meetings-by-place for DuckDB over marsad's Parquet export (`marsad export --format parquet`): the same
-- rows as `marsad query meetings-by-place`. Run it after creating one view per table over the files
-- (README, "When one machine is not enough") and setting the parameters:
--   SET VARIABLE place = 'Paris';   -- a name or alias as entity_aliases spells it (باريس, paris)
--   SET VARIABLE status = NULL;     -- or 'held' / 'planned'
--   SET VARIABLE lim = 100;
WITH place AS (
    SELECT id FROM entities
    WHERE lower(name_en) = lower(getvariable('place')) OR name_ar = getvariable('place')
    UNION
    SELECT entity_id FROM entity_aliases
    WHERE alias = getvariable('place') OR norm = lower(getvariable('place'))
)
SELECT
    e.id AS event_id,
    strftime(e.date_start, '%Y-%m-%d') AS date,
    e.date_precision AS precision,
    e.status,
    COALESCE(
        (SELECT string_agg(COALESCE(en.name_en, en.name_ar), '; ' ORDER BY ep.entity_id, ep.role)
         FROM event_participants ep JOIN entities en ON en.id = ep.entity_id
         WHERE ep.event_id = e.id AND ep.role IN ('participant', 'host', 'visitor')),
        e.participants_text) AS participants,
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports,
    e.conflict
FROM events e
WHERE e.place_entity_id = (SELECT CASE WHEN count(*) = 1 THEN min(id) END FROM place)
  AND (getvariable('status') IS NULL OR e.status = getvariable('status'))
ORDER BY e.date_start IS NULL, e.date_start, e.id
LIMIT getvariable('lim')
