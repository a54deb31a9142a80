-- Near-duplicate band rows are found by bucket only: an article's rows are deleted through its
-- signature (`archive::near_duplicates::delete`), so the index on article_id cost the import 16
-- index insertions per article for nothing.
DROP INDEX IF EXISTS article_minhash_bands_article;

-- Secondary indexes an import dropped to build them after its load (`archive::bulk`): each row is
-- an index to build again (its CREATE statement from sqlite_master), deleted in the transaction
-- that builds it.
CREATE TABLE deferred_indexes (
    name    TEXT PRIMARY KEY,
    sql     TEXT NOT NULL
) WITHOUT ROWID;
