-- marsad archive, schema version 8: the text as it arrived, for articles whose import cleaned it (issue #12).

-- Import decodes HTML/XML character references and drops tags from scraped text before storing and
-- indexing it; what it changed stays recoverable here, also for text read from standard input. Only
-- cleaned articles have a row: the stored title and body ARE the original for every other article.
CREATE TABLE article_originals (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,   -- the title as read from the source, before cleaning
    body        TEXT NOT NULL    -- the body as read from the source, before cleaning
);
