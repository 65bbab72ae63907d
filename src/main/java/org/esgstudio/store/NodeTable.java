package org.esgstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.esgstudio.json.NodeRow;

/** The report tree's rows: read all, and bring them to a new state row by row, logging each change. */
final class NodeTable {
    private NodeTable() {
    }

    /**
     * Nodes that really moved: to another parent or list, or to another place among the siblings that were there
     * before and still are. A node that only shifted because a sibling was added or removed did not move.
     */
    static Set<String> reordered(Map<String, NodeRow> current, Map<String, NodeRow> wanted) {
        Set<String> moved = new HashSet<>();
        Map<String, List<NodeRow>> stayed = new HashMap<>();
        for (NodeRow old : current.values()) {
            NodeRow now = wanted.get(old.id());
            if (now == null) {
                continue;
            }
            if (!Objects.equals(old.parentId(), now.parentId()) || !old.list().equals(now.list())) {
                moved.add(old.id());
            } else {
                stayed.computeIfAbsent(old.parentId() + "/" + old.list(), k -> new ArrayList<>()).add(old);
            }
        }
        for (List<NodeRow> siblings : stayed.values()) {
            movedAmong(siblings, wanted, moved);
        }
        return moved;
    }

    /**
     * Among siblings that stayed in their list, those whose place in the order of the stayers changed. Most saves
     * change no position at all; the order is compared only when one did.
     */
    private static void movedAmong(List<NodeRow> siblings, Map<String, NodeRow> wanted, Set<String> moved) {
        boolean shifted = false;
        for (NodeRow old : siblings) {
            if (old.position() != wanted.get(old.id()).position()) {
                shifted = true;
                break;
            }
        }
        if (!shifted) {
            return;
        }
        List<NodeRow> was = new ArrayList<>(siblings);
        was.sort(Comparator.comparingInt(NodeRow::position));
        List<NodeRow> is = new ArrayList<>(siblings.size());
        for (NodeRow old : siblings) {
            is.add(wanted.get(old.id()));
        }
        is.sort(Comparator.comparingInt(NodeRow::position));
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).id().equals(is.get(i).id())) {
                moved.add(was.get(i).id());
            }
        }
    }

    /** The nodes that really moved, worked out at the first node that only changed place: most saves have none. */
    private static final class Moves {
        private final Map<String, NodeRow> current;
        private final Map<String, NodeRow> wanted;
        private Set<String> moved;

        Moves(Map<String, NodeRow> current, Map<String, NodeRow> wanted) {
            this.current = current;
            this.wanted = wanted;
        }

        boolean contains(String id) {
            if (moved == null) {
                moved = reordered(current, wanted);
            }
            return moved.contains(id);
        }
    }

    private static String place(NodeRow row) {
        return "{\"parent\":\"" + row.parentId() + "\",\"list\":\"" + row.list() + "\",\"position\":" + row.position() + "}";
    }

    static Map<String, NodeRow> readAll(Connection connection) throws SQLException {
        Map<String, NodeRow> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT id, parent_id, list, position, kind, content FROM report_node ORDER BY parent_id, list, position")) {
            while (rs.next()) {
                NodeRow row = new NodeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6));
                rows.put(row.id(), row);
            }
        }
        return rows;
    }

    /** Brings the table from {@code current} to {@code next}; returns the rows it now holds, by id. */
    static Map<String, NodeRow> sync(Connection connection, Map<String, NodeRow> current, List<NodeRow> next,
                                     ChangeLog log) throws SQLException {
        Map<String, NodeRow> wanted = new LinkedHashMap<>();
        for (NodeRow row : next) {
            if (wanted.putIfAbsent(row.id(), row) != null) {
                throw new SQLException("the report uses the id " + row.id() + " twice");
            }
        }
        Moves moves = new Moves(current, wanted);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO report_node(id, parent_id, list, position, kind, content) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE report_node SET parent_id = ?, list = ?, position = ?, kind = ?, content = ? WHERE id = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM report_node WHERE id = ?")) {
            for (NodeRow old : current.values()) {
                if (!wanted.containsKey(old.id())) {
                    delete.setString(1, old.id());
                    delete.executeUpdate();
                    log.add("node", old.id(), "delete", old.content(), null);
                }
            }
            for (NodeRow row : wanted.values()) {
                NodeRow old = current.get(row.id());
                if (old == null) {
                    insert.setString(1, row.id());
                    insert.setString(2, row.parentId());
                    insert.setString(3, row.list());
                    insert.setInt(4, row.position());
                    insert.setString(5, row.kind());
                    insert.setString(6, row.content());
                    insert.executeUpdate();
                    log.add("node", row.id(), "insert", null, row.content());
                } else if (!old.content().equals(row.content()) || !old.samePlaceAs(row) || !old.kind().equals(row.kind())) {
                    update.setString(1, row.parentId());
                    update.setString(2, row.list());
                    update.setInt(3, row.position());
                    update.setString(4, row.kind());
                    update.setString(5, row.content());
                    update.setString(6, row.id());
                    update.executeUpdate();
                    if (!old.content().equals(row.content())) {
                        log.add("node", row.id(), "update", old.content(), row.content());
                    } else if (moves.contains(row.id())) {
                        log.add("node", row.id(), "move", place(old), place(row));
                    }
                }
            }
        }
        return wanted;
    }
}
