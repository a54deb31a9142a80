-- Near-duplicate band rows are found by bucket only: an article's rows are deleted through its
-- signature (`archive::near_duplicates::delete`), so the index on article_id cost the import 16
-- index insertions per article for nothing.
DROP INDEX IF EXISTS article_minhash_bands_article;
