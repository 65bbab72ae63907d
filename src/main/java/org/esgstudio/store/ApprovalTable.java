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
import org.esgstudio.review.Approval;
import org.esgstudio.review.ApprovalKind;
import org.esgstudio.review.FinalExport;

/** The {@code approval} and {@code final_export} tables (schema 4): rows are only ever added. */
final class ApprovalTable {
    private ApprovalTable() {
    }

    static long insert(Connection connection, Approval approval) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO approval(kind, block_id, indicator, "
                + "year, figure_text, hash, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, approval.kind().stored());
            insert.setString(2, approval.blockId());
            insert.setString(3, approval.indicator());
            if (approval.year() == null) {
                insert.setNull(4, Types.INTEGER);
            } else {
                insert.setInt(4, approval.year());
            }
            insert.setString(5, approval.figureText());
            insert.setString(6, approval.hash());
            insert.setString(7, approval.reviewer());
            insert.setString(8, approval.at().toString());
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    static List<Approval> readAll(Connection connection) throws SQLException {
        List<Approval> approvals = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, kind, block_id, indicator, year, figure_text, hash, "
                     + "reviewer, at FROM approval ORDER BY id")) {
            while (rs.next()) {
                int year = rs.getInt(5);
                Integer yearOrNull = rs.wasNull() ? null : year;
                approvals.add(new Approval(rs.getLong(1), ApprovalKind.fromStored(rs.getString(2)), rs.getString(3),
                        rs.getString(4), yearOrNull, rs.getString(6), rs.getString(7), rs.getString(8),
                        Instant.parse(rs.getString(9))));
            }
        }
        return approvals;
    }

    static long insert(Connection connection, FinalExport export) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO final_export(at, who, reason, errors, "
                + "unapproved, output) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, export.at().toString());
            insert.setString(2, export.who());
            insert.setString(3, export.reason());
            insert.setInt(4, export.errors());
            insert.setInt(5, export.unapproved());
            insert.setString(6, export.output());
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    static List<FinalExport> finalExports(Connection connection) throws SQLException {
        List<FinalExport> exports = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, at, who, reason, errors, unapproved, output "
                     + "FROM final_export ORDER BY id")) {
            while (rs.next()) {
                exports.add(new FinalExport(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7)));
            }
        }
        return exports;
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
