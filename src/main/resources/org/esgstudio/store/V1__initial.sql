-- Schema 1 of the ESG Report Studio project file (*.esg).
-- The report tree: one row per node (report, part, chapter, section, block); content is the node's own JSON
-- without its children, which are rows pointing to it.
CREATE TABLE report_node (
    id        TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES report_node(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    list      TEXT NOT NULL,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    content   TEXT NOT NULL CHECK (json_valid(content))
);
CREATE INDEX report_node_by_parent ON report_node(parent_id, list, position);

-- The data store: indicators, their values per year (exact decimal text, never REAL) and rules.
CREATE TABLE indicator (
    code       TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    aliases    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
    unit       TEXT NOT NULL,
    decimals   INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
    category   TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    frameworks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(frameworks))
);

CREATE TABLE indicator_value (
    code        TEXT NOT NULL REFERENCES indicator(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    year        INTEGER NOT NULL,
    amount      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('REPORTED', 'NOT_APPLICABLE')),
    note        TEXT NOT NULL DEFAULT '',
    source_file TEXT,
    source_cell TEXT,
    entered_by  TEXT NOT NULL,
    entered_at  TEXT NOT NULL,
    PRIMARY KEY (code, year),
    CHECK ((status = 'REPORTED') = (amount IS NOT NULL))
);

CREATE TABLE rule (
    name       TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    expression TEXT NOT NULL
);

-- Images and other files of the report, kept inside the project so that one file can be mailed.
CREATE TABLE asset (
    name   TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    data   BLOB NOT NULL
);

-- Facts about the file itself (created when, by which version).
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The revision history: append-only. Each revision is one saved change (one transaction); each change row says
-- what happened to one entity, with its JSON before and after.
CREATE TABLE revision (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL,
    summary TEXT NOT NULL
);

CREATE TABLE change (
    revision_id INTEGER NOT NULL REFERENCES revision(id),
    seq         INTEGER NOT NULL,
    entity      TEXT NOT NULL CHECK (entity IN ('node', 'indicator', 'value', 'rule', 'asset')),
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'move', 'delete')),
    before      TEXT,
    after       TEXT,
    PRIMARY KEY (revision_id, seq)
);
CREATE INDEX change_by_entity ON change(entity, entity_id);

CREATE TRIGGER revision_is_append_only_update BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'the revision history is append-only'); END;
CREATE TRIGGER revision_is_append_only_delete BEFORE DELETE ON revision
BEGIN SELECT RAISE(ABORT, 'the revision history is append-only'); END;
CREATE TRIGGER change_is_append_only_update BEFORE UPDATE ON change
BEGIN SELECT RAISE(ABORT, 'the revision history is append-only'); END;
CREATE TRIGGER change_is_append_only_delete BEFORE DELETE ON change
BEGIN SELECT RAISE(ABORT, 'the revision history is append-only'); END;
