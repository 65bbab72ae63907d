package org.esgstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects the changes of one save and appends them, with their revision, to the history. */
final class ChangeLog {
    private final List<Change> changes = new ArrayList<>();

    void add(String entity, String id, String op, String before, String after) {
        changes.add(new Change(entity, id, op, before, after));
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    int size() {
        return changes.size();
    }

    /** Writes the revision and its changes; returns the revision's id. */
    long append(Connection connection, String author, Instant at, String summary) throws SQLException {
        long revision;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision(at, author, summary) VALUES (?, ?, ?)")) {
            insert.setString(1, at.toString());
            insert.setString(2, author);
            insert.setString(3, summary);
            insert.executeUpdate();
        }
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            revision = rs.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change(revision_id, seq, entity, entity_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Change change : changes) {
                insert.setLong(1, revision);
                insert.setInt(2, seq++);
                insert.setString(3, change.entity());
                insert.setString(4, change.entityId());
                insert.setString(5, change.op());
                insert.setString(6, change.before());
                insert.setString(7, change.after());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return revision;
    }
}
