-- Schema 4: approvals (sign-off) of values, figures and blocks (issue 7), and final exports made over the gate.
-- Both are facts: rows are only ever added. An approval is revoked by a later change of what it fingerprints (hash),
-- which the review layer finds; the approval row itself stays as it was given. IF NOT EXISTS: a file whose
-- user_version was set back (as SchemaUpgradeTest does) still upgrades.
CREATE TABLE IF NOT EXISTS approval (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('value', 'figure', 'block')),
    block_id    TEXT,
    indicator   TEXT,
    year        INTEGER,
    figure_text TEXT,
    hash        TEXT NOT NULL CHECK (length(hash) = 64),
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL,
    CHECK (kind = 'block' OR (indicator IS NOT NULL AND year IS NOT NULL)),
    CHECK (kind = 'value' OR block_id IS NOT NULL),
    CHECK (kind <> 'figure' OR figure_text IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS approval_by_value ON approval(indicator, year);
CREATE INDEX IF NOT EXISTS approval_by_block ON approval(block_id);
CREATE TRIGGER IF NOT EXISTS approval_no_update BEFORE UPDATE ON approval BEGIN SELECT RAISE(ABORT, 'approvals are kept as given'); END;
CREATE TRIGGER IF NOT EXISTS approval_no_delete BEFORE DELETE ON approval BEGIN SELECT RAISE(ABORT, 'approvals are kept as given'); END;
CREATE TABLE IF NOT EXISTS final_export (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    who        TEXT NOT NULL,
    reason     TEXT NOT NULL,
    errors     INTEGER NOT NULL,
    unapproved INTEGER NOT NULL,
    output     TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS final_export_no_update BEFORE UPDATE ON final_export BEGIN SELECT RAISE(ABORT, 'final exports are kept as recorded'); END;
CREATE TRIGGER IF NOT EXISTS final_export_no_delete BEFORE DELETE ON final_export BEGIN SELECT RAISE(ABORT, 'final exports are kept as recorded'); END;
