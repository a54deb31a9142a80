-- How a mention names its entity: by a name («سوريا», «دمشق») or by a nationality adjective
-- («السوري», «الإيرانية», «الأمريكيون» for the country). One row per article, entity, field and
-- form, so counts can include or exclude adjectives (`marsad entities --names-only`).
-- A plain ADD COLUMN: no view reads mentions, and existing rows are names.
ALTER TABLE mentions ADD COLUMN form TEXT NOT NULL DEFAULT 'name' CHECK (form IN ('name', 'adjective'));
