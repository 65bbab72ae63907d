-- Schema 5: review comments anchored to blocks and figures (issue 7). A thread is its first comment (with the anchor:
-- a node id, and for a figure the figure as written and which of that spelling it is, from 1) and the answers to it
-- (thread_id = the first comment's id); resolve and reopen are events. Both tables are facts: rows are only ever
-- added, and the thread's state is folded from them by the review layer. Whether an anchor still holds is computed
-- against the report, never stored. IF NOT EXISTS: a file whose user_version was set back still upgrades.
CREATE TABLE IF NOT EXISTS comment (
    id          INTEGER PRIMARY KEY,
    thread_id   INTEGER REFERENCES comment(id),
    block_id    TEXT,
    figure_text TEXT,
    occurrence  INTEGER,
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    author      TEXT NOT NULL,
    at          TEXT NOT NULL,
    CHECK ((thread_id IS NULL) = (block_id IS NOT NULL)),
    CHECK ((figure_text IS NULL) = (occurrence IS NULL)),
    CHECK (figure_text IS NULL OR block_id IS NOT NULL),
    CHECK (occurrence IS NULL OR occurrence >= 1)
);
CREATE INDEX IF NOT EXISTS comment_by_thread ON comment(thread_id);
CREATE INDEX IF NOT EXISTS comment_by_block ON comment(block_id);
CREATE TRIGGER IF NOT EXISTS comment_answers_a_thread BEFORE INSERT ON comment WHEN NEW.thread_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM comment WHERE id = NEW.thread_id AND thread_id IS NULL) BEGIN SELECT RAISE(ABORT, 'an answer answers the first comment of a thread'); END;
CREATE TRIGGER IF NOT EXISTS comment_no_update BEFORE UPDATE ON comment BEGIN SELECT RAISE(ABORT, 'comments are kept as written'); END;
CREATE TRIGGER IF NOT EXISTS comment_no_delete BEFORE DELETE ON comment BEGIN SELECT RAISE(ABORT, 'comments are kept as written'); END;
CREATE TABLE IF NOT EXISTS comment_event (
    id        INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES comment(id),
    action    TEXT NOT NULL CHECK (action IN ('resolve', 'reopen')),
    who       TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comment_event_by_thread ON comment_event(thread_id);
CREATE TRIGGER IF NOT EXISTS comment_event_on_a_thread BEFORE INSERT ON comment_event WHEN NOT EXISTS (SELECT 1 FROM comment WHERE id = NEW.thread_id AND thread_id IS NULL) BEGIN SELECT RAISE(ABORT, 'a thread is resolved or reopened, not an answer'); END;
CREATE TRIGGER IF NOT EXISTS comment_event_no_update BEFORE UPDATE ON comment_event BEGIN SELECT RAISE(ABORT, 'comment events are kept as made'); END;
CREATE TRIGGER IF NOT EXISTS comment_event_no_delete BEFORE DELETE ON comment_event BEGIN SELECT RAISE(ABORT, 'comment events are kept as made'); END;
