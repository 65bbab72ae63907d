package org.esgstudio.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.esgstudio.model.Asset;

/** The project's images, stored as blobs with their SHA-256 (the history records hashes, not bytes). */
final class AssetTable {
    private AssetTable() {
    }

    static List<Asset> read(Connection connection) throws SQLException {
        List<Asset> assets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name, data FROM asset ORDER BY name")) {
            while (rs.next()) {
                assets.add(new Asset(rs.getString(1), rs.getBytes(2)));
            }
        }
        return assets;
    }

    static Map<String, String> hashes(Connection connection) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name, sha256 FROM asset")) {
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        }
        return hashes;
    }

    static void sync(Connection connection, List<Asset> next, ChangeLog log) throws SQLException {
        Map<String, String> current = hashes(connection);
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO asset(name, sha256, data) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256, data = excluded.data");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM asset WHERE name = ?")) {
            for (Asset asset : next) {
                String hash = sha256(asset.bytes());
                String old = current.remove(asset.name());
                if (hash.equals(old)) {
                    continue;
                }
                upsert.setString(1, asset.name());
                upsert.setString(2, hash);
                upsert.setBytes(3, asset.bytes());
                upsert.executeUpdate();
                log.add("asset", asset.name(), old == null ? "insert" : "update", old == null ? null : quoted(old),
                        quoted(hash));
            }
            for (Map.Entry<String, String> removed : current.entrySet()) {
                delete.setString(1, removed.getKey());
                delete.executeUpdate();
                log.add("asset", removed.getKey(), "delete", quoted(removed.getValue()), null);
            }
        }
    }

    private static String quoted(String hash) {
        return "{\"sha256\":\"" + hash + "\"}";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
