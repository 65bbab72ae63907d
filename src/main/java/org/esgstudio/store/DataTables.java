package org.esgstudio.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.data.ValueStatus;
import org.esgstudio.json.DataJson;
import org.esgstudio.model.LocalizedText;

/** The data store's tables: indicators, values (exact decimal text) and rules. */
final class DataTables {
    private DataTables() {
    }

    static DataSet read(Connection connection) throws SQLException {
        List<Indicator> indicators = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code, name_zh, name_en, aliases, unit, decimals, category, "
                     + "department, source, frameworks, definition_zh, definition_en FROM indicator ORDER BY position")) {
            while (rs.next()) {
                indicators.add(new Indicator(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                        DataJson.strings(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), DataJson.strings(rs.getString(10)),
                        new LocalizedText(rs.getString(11), rs.getString(12))));
            }
        }
        List<IndicatorValue> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT v.code, v.year, v.amount, v.status, v.note, v.source_file, "
                     + "v.source_cell, v.entered_by, v.entered_at FROM indicator_value v JOIN indicator i ON i.code = v.code "
                     + "ORDER BY i.position, v.year DESC")) {
            while (rs.next()) {
                String amount = rs.getString(3);
                values.add(new IndicatorValue(rs.getString(1), rs.getInt(2), amount == null ? null : new BigDecimal(amount),
                        ValueStatus.valueOf(rs.getString(4)), rs.getString(5),
                        new Provenance(rs.getString(6), rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9)))));
            }
        }
        List<Rule> rules = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name, expression FROM rule ORDER BY position")) {
            while (rs.next()) {
                rules.add(new Rule(rs.getString(1), rs.getString(2)));
            }
        }
        return new DataSet(indicators, values, rules);
    }

    private static List<String> codes(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::code).toList();
    }

    private static String position(int position) {
        return "{\"position\":" + position + "}";
    }

    /** Keys kept in both orders whose place among the kept keys changed (an insert or delete is not a move). */
    static Set<String> reordered(List<String> before, List<String> after) {
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(new HashSet<>(after));
        List<String> was = before.stream().filter(kept::contains).toList();
        List<String> is = after.stream().filter(kept::contains).toList();
        Set<String> moved = new HashSet<>();
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).equals(is.get(i))) {
                moved.add(was.get(i));
            }
        }
        return moved;
    }

    static void sync(Connection connection, DataSet current, DataSet next, ChangeLog log) throws SQLException {
        syncIndicators(connection, current, next, log);
        syncValues(connection, current, next, log);
        syncRules(connection, current, next, log);
    }

    private static void syncIndicators(Connection connection, DataSet current, DataSet next, ChangeLog log)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO indicator(code, position, name_zh, "
                + "name_en, aliases, unit, decimals, category, department, source, frameworks, definition_zh, definition_en) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET position = excluded.position, "
                + "name_zh = excluded.name_zh, name_en = excluded.name_en, aliases = excluded.aliases, unit = excluded.unit, "
                + "decimals = excluded.decimals, category = excluded.category, department = excluded.department, "
                + "source = excluded.source, frameworks = excluded.frameworks, definition_zh = excluded.definition_zh, "
                + "definition_en = excluded.definition_en");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM indicator WHERE code = ?")) {
            for (Indicator old : current.indicators()) {
                if (!next.hasIndicator(old.code())) {
                    delete.setString(1, old.code());
                    delete.executeUpdate();
                    log.add("indicator", old.code(), "delete", DataJson.of(old), null);
                }
            }
            List<Indicator> currentOrder = current.indicators();
            Set<String> moved = reordered(codes(currentOrder), codes(next.indicators()));
            int position = 0;
            for (Indicator indicator : next.indicators()) {
                Indicator old = current.indicator(indicator.code()).orElse(null);
                boolean samePosition = old != null && currentOrder.indexOf(old) == position;
                if (old == null || !old.equals(indicator) || !samePosition) {
                    upsert.setString(1, indicator.code());
                    upsert.setInt(2, position);
                    upsert.setString(3, indicator.name().zh());
                    upsert.setString(4, indicator.name().en());
                    upsert.setString(5, DataJson.strings(indicator.aliases()));
                    upsert.setString(6, indicator.unit());
                    upsert.setInt(7, indicator.decimals());
                    upsert.setString(8, indicator.category());
                    upsert.setString(9, indicator.department());
                    upsert.setString(10, indicator.source());
                    upsert.setString(11, DataJson.strings(indicator.frameworks()));
                    upsert.setString(12, indicator.definition().zh());
                    upsert.setString(13, indicator.definition().en());
                    upsert.executeUpdate();
                    if (old == null) {
                        log.add("indicator", indicator.code(), "insert", null, DataJson.of(indicator));
                    } else if (!old.equals(indicator)) {
                        log.add("indicator", indicator.code(), "update", DataJson.of(old), DataJson.of(indicator));
                    } else if (moved.contains(indicator.code())) {
                        log.add("indicator", indicator.code(), "move", position(currentOrder.indexOf(old)),
                                position(position));
                    }
                }
                position++;
            }
        }
    }

    private static void syncValues(Connection connection, DataSet current, DataSet next, ChangeLog log)
            throws SQLException {
        Map<String, IndicatorValue> wanted = new LinkedHashMap<>();
        next.values().forEach(value -> wanted.put(value.code() + "@" + value.year(), value));
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO indicator_value(code, year, amount, "
                + "status, note, source_file, source_cell, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(code, year) DO UPDATE SET amount = excluded.amount, status = excluded.status, "
                + "note = excluded.note, source_file = excluded.source_file, source_cell = excluded.source_cell, "
                + "entered_by = excluded.entered_by, entered_at = excluded.entered_at");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM indicator_value WHERE code = ? AND year = ?")) {
            for (IndicatorValue old : current.values()) {
                if (!wanted.containsKey(old.code() + "@" + old.year())) {
                    delete.setString(1, old.code());
                    delete.setInt(2, old.year());
                    delete.executeUpdate();
                    log.add("value", old.code() + "@" + old.year(), "delete", DataJson.of(old), null);
                }
            }
            for (IndicatorValue value : wanted.values()) {
                IndicatorValue old = current.value(value.code(), value.year()).orElse(null);
                if (value.sameContentAs(old)) {
                    continue;
                }
                upsert.setString(1, value.code());
                upsert.setInt(2, value.year());
                upsert.setString(3, value.amount() == null ? null : value.amount().toPlainString());
                upsert.setString(4, value.status().name());
                upsert.setString(5, value.note());
                upsert.setString(6, value.provenance().file());
                upsert.setString(7, value.provenance().cell());
                upsert.setString(8, value.provenance().author());
                upsert.setString(9, value.provenance().at().toString());
                upsert.executeUpdate();
                log.add("value", value.code() + "@" + value.year(), old == null ? "insert" : "update",
                        old == null ? null : DataJson.of(old), DataJson.of(value));
            }
        }
    }

    private static void syncRules(Connection connection, DataSet current, DataSet next, ChangeLog log)
            throws SQLException {
        Map<String, Rule> old = new LinkedHashMap<>();
        current.rules().forEach(rule -> old.put(rule.name(), rule));
        if (old.values().stream().toList().equals(next.rules())) {
            return;
        }
        List<String> oldNames = current.rules().stream().map(Rule::name).toList();
        Set<String> moved = reordered(oldNames, next.rules().stream().map(Rule::name).toList());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM rule");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rule(name, position, expression) VALUES (?, ?, ?)")) {
            int position = 0;
            for (Rule rule : next.rules()) {
                insert.setString(1, rule.name());
                insert.setInt(2, position++);
                insert.setString(3, rule.expression());
                insert.executeUpdate();
                Rule before = old.remove(rule.name());
                if (before == null) {
                    log.add("rule", rule.name(), "insert", null, DataJson.of(rule));
                } else if (!Objects.equals(before, rule)) {
                    log.add("rule", rule.name(), "update", DataJson.of(before), DataJson.of(rule));
                } else if (moved.contains(rule.name())) {
                    log.add("rule", rule.name(), "move", position(oldNames.indexOf(rule.name())), position(position - 1));
                }
            }
        }
        for (Rule removed : old.values()) {
            log.add("rule", removed.name(), "delete", DataJson.of(removed), null);
        }
    }
}
