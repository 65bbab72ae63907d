package org.esgstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.json.DataJson;
import org.esgstudio.review.ValueChange;

/**
 * The recorded changes of values, read from the append-only history: the {@code change} rows of entity
 * {@code value} (found through the index {@code change_by_entity}) joined to their revisions, oldest first.
 */
final class ValueHistory {
    static final String ONE = "SELECT c.revision_id, r.at, r.author, r.summary, c.entity_id, c.before, c.after "
            + "FROM change c JOIN revision r ON r.id = c.revision_id "
            + "WHERE c.entity = 'value' AND c.entity_id = ? ORDER BY c.revision_id, c.seq";
    static final String ALL = "SELECT c.revision_id, r.at, r.author, r.summary, c.entity_id, c.before, c.after "
            + "FROM change c JOIN revision r ON r.id = c.revision_id "
            + "WHERE c.entity = 'value' ORDER BY c.revision_id, c.seq";

    private ValueHistory() {
    }

    static String key(String code, int year) {
        return code + "@" + year;
    }

    /** The changes of {@code code@year}, oldest first. */
    static List<ValueChange> of(Connection connection, String code, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ONE)) {
            query.setString(1, key(code, year));
            return read(query).getOrDefault(key(code, year), List.of());
        }
    }

    /** Every value's changes, keyed {@code CODE@YEAR}, each list oldest first. */
    static Map<String, List<ValueChange>> all(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ALL)) {
            return read(query);
        }
    }

    private static Map<String, List<ValueChange>> read(PreparedStatement query) throws SQLException {
        Map<String, List<ValueChange>> changes = new LinkedHashMap<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                changes.computeIfAbsent(rs.getString(5), k -> new ArrayList<>()).add(new ValueChange(rs.getLong(1),
                        Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4), value(rs.getString(6)),
                        value(rs.getString(7))));
            }
        }
        return changes;
    }

    private static IndicatorValue value(String json) throws SQLException {
        try {
            return json == null ? null : DataJson.value(json);
        } catch (IllegalStateException e) {
            // A history row that does not read back is damage, reported as such for the file.
            throw new SQLException(e.getMessage(), e);
        }
    }
}
