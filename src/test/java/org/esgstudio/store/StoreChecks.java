package org.esgstudio.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks of an open project file that need SQL (only the store may use it): for tests in other packages. */
public final class StoreChecks {
    private StoreChecks() {
    }

    /** SQLite's full {@code PRAGMA integrity_check} on the file's own connection: "ok", or every problem found. */
    public static String integrityCheck(ProjectFile file) {
        return file.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return String.join("\n", rows);
        });
    }

    /** The journal mode the connection reports ("wal" while a writer has it open, "delete" after a clean close). */
    public static String journalMode(ProjectFile file) {
        return file.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA journal_mode")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }
}
