-- marsad archive, schema version 9: every credited source is kept, linked to an entity or not, so each
-- attribution says what kind of party its source and via are, and whether the article reports on its
-- own authority (its correspondent or «مصادرنا»: the source is then the article's outlet).

-- 'person' (named or by title), 'org', 'outlet', 'descriptive' («مصادر محلية», «شهود عيان»),
-- 'anonymous' («مصدر دبلوماسي», «مصدران أمنيان»); NULL when the phrase names no known kind.
ALTER TABLE attributions ADD COLUMN source_type TEXT
    CHECK (source_type IN ('person', 'org', 'outlet', 'descriptive', 'anonymous'));
ALTER TABLE attributions ADD COLUMN via_type TEXT
    CHECK (via_type IN ('person', 'org', 'outlet', 'descriptive', 'anonymous'));
ALTER TABLE attributions ADD COLUMN self_reported INTEGER NOT NULL DEFAULT 0 CHECK (self_reported IN (0, 1));

-- Rows written before V9 get the type of their linked entity; `marsad extract` rewrites them whole.
UPDATE attributions SET source_type = (
    SELECT CASE e.kind WHEN 'person' THEN 'person' WHEN 'outlet' THEN 'outlet' ELSE 'org' END
    FROM entities e WHERE e.id = attributions.source_entity_id)
WHERE source_entity_id IS NOT NULL;

DROP VIEW attributions_flat;
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
    at.curated,
    at.source_type,
    at.via_type,
    at.self_reported
FROM attributions at
JOIN articles a ON a.id = at.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities src ON src.id = at.source_entity_id
LEFT JOIN entities via ON via.id = at.via_entity_id;
