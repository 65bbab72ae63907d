package org.esgstudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Forward-only schema migrations, V1 … Vn, each a SQL resource applied in one transaction. */
final class Migrations {
    /** The schema version this build writes; a file with a higher {@code user_version} is refused. */
    static final int LATEST = 6;
    /** The schema that added the hash chain of the history ({@code revision_hash}). */
    static final int HASH_CHAIN_VERSION = 3;
    /**
     * Schema 5 (review comments) was released first as an empty placeholder: files stamped 5 by that build lack the
     * comment tables. Schema 6 applies script 5 again (every statement of it is IF NOT EXISTS), so those files get
     * them, and files that have them are unchanged.
     */
    private static final int COMMENTS_VERSION = 5;
    private static final int VERSIONS_VERSION = 6;

    private Migrations() {
    }

    /** Brings a connection's schema from {@code from} up to {@link #LATEST}. */
    static void upgrade(Connection connection, int from) throws SQLException {
        for (int version = from + 1; version <= LATEST; version++) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (version == VERSIONS_VERSION) {
                    for (String sql : statements(script(COMMENTS_VERSION))) {
                        statement.executeUpdate(sql);
                    }
                }
                for (String sql : statements(script(version))) {
                    statement.executeUpdate(sql);
                }
                if (version == HASH_CHAIN_VERSION) {
                    // SQLite has no SHA-256: the revisions of an older file are sealed here, in the same transaction.
                    RevisionSeal.backfill(connection);
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static String script(int version) {
        String name = version == 1 ? "V1__initial.sql" : "V" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration " + name + " cannot be read", e);
        }
    }

    /** Splits a script at semicolons that end a line (trigger bodies keep theirs inside the line). */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
