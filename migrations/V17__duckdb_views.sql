-- marsad archive, schema version 17: views that parse in DuckDB as in SQLite. DuckDB's sqlite extension
-- reads a view by parsing its SQL with DuckDB's own parser, where AT is a keyword: the alias `at` made
-- attributions_flat (and with it DuckDB's listing of the archive's tables) fail with a syntax error.
-- Same columns, same rows.

DROP VIEW attributions_flat;
CREATE VIEW attributions_flat AS
SELECT
    ca.id AS attribution_id,
    ca.article_id,
    a.title AS article_title,
    a.published_at,
    o.name AS outlet,
    ca.cue,
    ca.cue_text,
    COALESCE(src.name_en, src.name_ar) AS source,
    src.kind AS source_kind,
    ca.source_text,
    COALESCE(via.name_en, via.name_ar) AS via,
    ca.via_text,
    ca.anonymous,
    ca.start,
    ca.end,
    ca.curated,
    ca.source_type,
    ca.via_type,
    ca.self_reported
FROM attributions ca
JOIN articles a ON a.id = ca.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities src ON src.id = ca.source_entity_id
LEFT JOIN entities via ON via.id = ca.via_entity_id;
