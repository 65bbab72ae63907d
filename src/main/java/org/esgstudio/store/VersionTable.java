package org.esgstudio.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.esgstudio.data.Project;
import org.esgstudio.json.ProjectSnapshot;

/** The {@code version} and {@code version_asset} tables (schema 6): rows are only ever added. */
final class VersionTable {
    private static final String COLUMNS = "id, name, author, at, revision_id, head_hash";

    private VersionTable() {
    }

    /** The last revision and its seal: the head of the history chain. */
    record Head(long revisionId, String hash) {
    }

    static Optional<Head> head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT r.id, h.hash FROM revision r JOIN revision_hash h "
                     + "ON h.revision_id = r.id ORDER BY r.id DESC LIMIT 1")) {
            return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    static Optional<NamedVersion> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM version WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(version(rs)) : Optional.empty();
            }
        }
    }

    static List<NamedVersion> readAll(Connection connection) throws SQLException {
        List<NamedVersion> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM version ORDER BY id")) {
            while (rs.next()) {
                versions.add(version(rs));
            }
        }
        return versions;
    }

    private static NamedVersion version(ResultSet rs) throws SQLException {
        return new NamedVersion(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                rs.getLong(5), rs.getString(6));
    }

    /** Stores a version of {@code project} (the saved state after {@code head}) and returns it with its id. */
    static NamedVersion insert(Connection connection, String name, String author, Instant at, Head head,
                               Project project) throws SQLException {
        ProjectSnapshot.Written snapshot = ProjectSnapshot.write(project);
        byte[] json = snapshot.json().getBytes(StandardCharsets.UTF_8);
        try (PreparedStatement asset = connection.prepareStatement(
                "INSERT OR IGNORE INTO version_asset(sha256, data) VALUES (?, ?)")) {
            for (Map.Entry<String, byte[]> entry : snapshot.assets().entrySet()) {
                asset.setString(1, entry.getKey());
                asset.setBytes(2, entry.getValue());
                asset.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO version(name, author, at, revision_id, "
                + "head_hash, snapshot_format, snapshot, snapshot_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, author);
            insert.setString(3, at.toString());
            insert.setLong(4, head.revisionId());
            insert.setString(5, head.hash());
            insert.setInt(6, ProjectSnapshot.FORMAT);
            insert.setBytes(7, deflate(json));
            insert.setString(8, sha256(json));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id was given to the new version");
                }
                return new NamedVersion(keys.getLong(1), name, author, at, head.revisionId(), head.hash());
            }
        }
    }

    /**
     * The project of the version {@code name}, empty when there is none. Throws {@link IllegalStateException} when
     * its snapshot does not inflate, does not match its recorded SHA-256, or cannot be read.
     */
    static Optional<Project> snapshot(Connection connection, String name) throws SQLException {
        byte[] compressed;
        String expected;
        int format;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT snapshot, snapshot_sha256, snapshot_format FROM version WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                compressed = rs.getBytes(1);
                expected = rs.getString(2);
                format = rs.getInt(3);
            }
        }
        if (format != ProjectSnapshot.FORMAT) {
            throw new IllegalStateException("snapshot format " + format + " is not " + ProjectSnapshot.FORMAT);
        }
        byte[] json = inflate(compressed);
        if (!sha256(json).equals(expected)) {
            throw new IllegalStateException("the snapshot does not match its SHA-256");
        }
        try (PreparedStatement asset = connection.prepareStatement("SELECT data FROM version_asset WHERE sha256 = ?")) {
            SqlFailure failure = new SqlFailure();
            Project project = ProjectSnapshot.read(new String(json, StandardCharsets.UTF_8), sha -> {
                try {
                    asset.setString(1, sha);
                    try (ResultSet rs = asset.executeQuery()) {
                        return rs.next() ? rs.getBytes(1) : null;
                    }
                } catch (SQLException e) {
                    failure.cause = e;
                    return null;
                }
            });
            if (failure.cause != null) {
                throw failure.cause;
            }
            return Optional.of(project);
        }
    }

    private static final class SqlFailure {
        private SQLException cause;
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("the snapshot is cut short");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("the snapshot is not deflated data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
