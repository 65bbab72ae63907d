-- Schema 3: the revision history as a hash chain (issue 7, audit trail).
-- One seal per revision, in its own append-only table rather than a column of revision: the seal is written after
-- the revision's id is known and its change rows are in, as a plain INSERT, and the back-fill of older files is
-- INSERTs too, so the append-only triggers of revision and change are never lifted, not even inside a migration.
-- header_digest: SHA-256 of the revision's id, at, author and summary; row_digests: the SHA-256 of each change row
-- (seq, entity, entity_id, op, before, after) in seq order, comma-separated, so that a break names the row;
-- hash: SHA-256 of prev_hash, id, header_digest and row_digests; prev_hash: the hash of the revision before (a fixed
-- genesis value for the first). The rows are written and checked by store.HistoryChain (SQLite has no SHA-256).
CREATE TABLE revision_hash (
    revision_id   INTEGER PRIMARY KEY REFERENCES revision(id),
    prev_hash     TEXT NOT NULL,
    header_digest TEXT NOT NULL,
    row_digests   TEXT NOT NULL,
    hash          TEXT NOT NULL
);

CREATE TRIGGER revision_hash_is_append_only_update BEFORE UPDATE ON revision_hash
BEGIN SELECT RAISE(ABORT, 'the revision history is append-only'); END;
CREATE TRIGGER revision_hash_is_append_only_delete BEFORE DELETE ON revision_hash
BEGIN SELECT RAISE(ABORT, 'the revision history is append-only'); END;
