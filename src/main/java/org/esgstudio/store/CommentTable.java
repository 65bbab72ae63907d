package org.esgstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAction;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentLog;

/** The {@code comment} and {@code comment_event} tables (schema 5): rows are only ever added. */
final class CommentTable {
    private CommentTable() {
    }

    static long insert(Connection connection, Comment comment) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO comment(thread_id, block_id, "
                + "figure_text, occurrence, body, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            CommentAnchor anchor = comment.anchor();
            if (comment.threadId() == null) {
                insert.setNull(1, Types.INTEGER);
            } else {
                insert.setLong(1, comment.threadId());
            }
            insert.setString(2, anchor == null ? null : anchor.blockId());
            insert.setString(3, anchor == null ? null : anchor.figureText());
            if (anchor == null || !anchor.onFigure()) {
                insert.setNull(4, Types.INTEGER);
            } else {
                insert.setInt(4, anchor.occurrence());
            }
            insert.setString(5, comment.body());
            insert.setString(6, comment.author());
            insert.setString(7, comment.at().toString());
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    static long insert(Connection connection, CommentEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO comment_event(thread_id, action, who, "
                + "at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, event.threadId());
            insert.setString(2, event.action().stored());
            insert.setString(3, event.who());
            insert.setString(4, event.at().toString());
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /**
     * Every comment and event, oldest first. Comments are read before events: an event stored in between (another
     * writer) about a thread not read yet is left out by the fold, never the other way round.
     */
    static CommentLog read(Connection connection) throws SQLException {
        List<Comment> comments = new ArrayList<>();
        List<CommentEvent> events = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT id, thread_id, block_id, figure_text, occurrence, body, "
                    + "author, at FROM comment ORDER BY id")) {
                while (rs.next()) {
                    long thread = rs.getLong(2);
                    Long threadId = rs.wasNull() ? null : thread;
                    String block = rs.getString(3);
                    String figure = rs.getString(4);
                    CommentAnchor anchor = block == null ? null
                            : figure == null ? CommentAnchor.block(block) : CommentAnchor.figure(block, figure, rs.getInt(5));
                    comments.add(new Comment(rs.getLong(1), threadId, anchor, rs.getString(6), rs.getString(7),
                            Instant.parse(rs.getString(8))));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT id, thread_id, action, who, at FROM comment_event "
                    + "ORDER BY id")) {
                while (rs.next()) {
                    events.add(new CommentEvent(rs.getLong(1), rs.getLong(2), CommentAction.fromStored(rs.getString(3)),
                            rs.getString(4), Instant.parse(rs.getString(5))));
                }
            }
        }
        return new CommentLog(comments, events);
    }

    private static long generatedKey(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was given to the new row");
            }
            return keys.getLong(1);
        }
    }
}
