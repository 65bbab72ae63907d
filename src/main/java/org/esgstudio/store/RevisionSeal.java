package org.esgstudio.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The seal of one revision in the hash chain: digests of its header and of each change row, and the chained hash.
 * Every field is written length-prefixed, so that no two different histories give the same text.
 */
record RevisionSeal(long revisionId, String prevHash, String headerDigest, List<String> rowDigests, String hash) {
    /** The "previous hash" of the first revision. */
    static final String GENESIS = "0".repeat(64);

    /** The seal that the stored revision {@code id} should have after {@code prevHash}, read back from the file. */
    static RevisionSeal compute(Connection connection, long id, String prevHash) throws SQLException {
        String header;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, at, author, summary FROM revision WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("revision " + id + " does not exist");
                }
                header = headerDigest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
        List<String> rows = rowDigests(connection, id);
        return new RevisionSeal(id, prevHash, header, rows, chain(prevHash, id, header, rows));
    }

    static String headerDigest(String id, String at, String author, String summary) {
        return sha256(new Canonical("esg.revision.v1").add(id).add(at).add(author).add(summary));
    }

    /** The change rows of a revision, in seq order (a row inserted with a fractional seq sorts in the middle). */
    static List<String> rowDigests(Connection connection, long id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, entity, entity_id, op, before, after "
                + "FROM change WHERE revision_id = ? ORDER BY seq, rowid")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(sha256(new Canonical("esg.change.v1").add(rs.getString(1)).add(rs.getString(2))
                            .add(rs.getString(3)).add(rs.getString(4)).add(rs.getString(5)).add(rs.getString(6))));
                }
            }
        }
        return rows;
    }

    static String chain(String prevHash, long id, String headerDigest, List<String> rowDigests) {
        return sha256(new Canonical("esg.chain.v1").add(prevHash).add(Long.toString(id)).add(headerDigest)
                .add(String.join(",", rowDigests)));
    }

    /** Seals revision {@code id}, chained to the last sealed revision before it. */
    static RevisionSeal append(Connection connection, long id) throws SQLException {
        String prev = GENESIS;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT hash FROM revision_hash WHERE revision_id < ? ORDER BY revision_id DESC LIMIT 1")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    prev = rs.getString(1);
                }
            }
        }
        RevisionSeal seal = compute(connection, id, prev);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO revision_hash"
                + "(revision_id, prev_hash, header_digest, row_digests, hash) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, seal.prevHash());
            insert.setString(3, seal.headerDigest());
            insert.setString(4, String.join(",", seal.rowDigests()));
            insert.setString(5, seal.hash());
            insert.executeUpdate();
        }
        return seal;
    }

    /** Seals, oldest first, every revision written before the file had a hash chain (the schema-3 migration). */
    static void backfill(Connection connection) throws SQLException {
        List<Long> unsealed = new ArrayList<>();
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM revision WHERE id NOT IN "
                     + "(SELECT revision_id FROM revision_hash) ORDER BY id")) {
            while (rs.next()) {
                unsealed.add(rs.getLong(1));
            }
        }
        for (long id : unsealed) {
            append(connection, id);
        }
    }

    private static String sha256(Canonical text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length-prefixed fields: {@code N;} for null, else {@code <utf-8 length>:<text>;}. */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder();

        Canonical(String tag) {
            add(tag);
        }

        Canonical add(String field) {
            if (field == null) {
                text.append("N;");
            } else {
                text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
            }
            return this;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
