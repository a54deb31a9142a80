-- Flat views for spreadsheets, notebooks and Datasette: one row per event or attribution, names resolved.

CREATE VIEW events_flat AS
SELECT
    e.id AS event_id,
    e.kind,
    e.status,
    e.date_start,
    e.date_end,
    e.date_precision,
    place.name_en AS place_en,
    place.name_ar AS place_ar,
    e.place_text,
    (SELECT group_concat(COALESCE(en.name_en, en.name_ar), '; ')
     FROM event_participants ep JOIN entities en ON en.id = ep.entity_id
     WHERE ep.event_id = e.id AND ep.role IN ('participant', 'host', 'visitor')) AS participants,
    e.participants_text,
    (SELECT group_concat(COALESCE(en.name_en, en.name_ar), '; ')
     FROM event_participants ep JOIN entities en ON en.id = ep.entity_id
     WHERE ep.event_id = e.id AND ep.role IN ('mediator', 'sponsor')) AS mediators,
    (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS reports,
    (SELECT count(DISTINCT a.outlet_id) FROM event_reports r JOIN articles a ON a.id = r.article_id
      WHERE r.event_id = e.id) AS outlets,
    e.conflict,
    e.conflict_note,
    e.curated
FROM events e
LEFT JOIN entities place ON place.id = e.place_entity_id;

CREATE VIEW attributions_flat AS
SELECT
    at.id AS attribution_id,
    at.article_id,
    a.title AS article_title,
    a.published_at,
    o.name AS outlet,
    at.cue,
    at.cue_text,
    COALESCE(src.name_en, src.name_ar) AS source,
    src.kind AS source_kind,
    at.source_text,
    COALESCE(via.name_en, via.name_ar) AS via,
    at.via_text,
    at.anonymous,
    at.start,
    at.end,
    at.curated
FROM attributions at
JOIN articles a ON a.id = at.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities src ON src.id = at.source_entity_id
LEFT JOIN entities via ON via.id = at.via_entity_id;
