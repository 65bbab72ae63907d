-- Schema 6: named versions of the report (送审版 v1, 定稿版) for comparison and change reports (issue 7).
-- A version is a fact: who named which saved state when. It records the revision it corresponds to and the hash of
-- the history chain's head at that moment (revision_hash.hash of that revision), and a snapshot of the whole project
-- (report, data store, asset names and hashes) as deflated JSON with the SHA-256 of the JSON, so that it loads back
-- exactly however the report is edited later. Asset bytes are kept once per content in version_asset (the asset
-- table itself follows the current state). Rows are only ever added. IF NOT EXISTS: a file whose user_version was
-- set back still upgrades.
CREATE TABLE IF NOT EXISTS version (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    author          TEXT NOT NULL,
    at              TEXT NOT NULL,
    revision_id     INTEGER NOT NULL REFERENCES revision(id),
    head_hash       TEXT NOT NULL CHECK (length(head_hash) = 64),
    snapshot_format INTEGER NOT NULL,
    snapshot        BLOB NOT NULL,
    snapshot_sha256 TEXT NOT NULL CHECK (length(snapshot_sha256) = 64)
);
CREATE TABLE IF NOT EXISTS version_asset (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    data   BLOB NOT NULL
);
CREATE TRIGGER IF NOT EXISTS version_no_update BEFORE UPDATE ON version BEGIN SELECT RAISE(ABORT, 'versions are kept as named'); END;
CREATE TRIGGER IF NOT EXISTS version_no_delete BEFORE DELETE ON version BEGIN SELECT RAISE(ABORT, 'versions are kept as named'); END;
CREATE TRIGGER IF NOT EXISTS version_asset_no_update BEFORE UPDATE ON version_asset BEGIN SELECT RAISE(ABORT, 'versions are kept as named'); END;
CREATE TRIGGER IF NOT EXISTS version_asset_no_delete BEFORE DELETE ON version_asset BEGIN SELECT RAISE(ABORT, 'versions are kept as named'); END;
