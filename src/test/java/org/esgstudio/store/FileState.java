package org.esgstudio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything observable about a folder tree for "nothing was written or changed" checks: every entry's relative name,
 * and for files their SHA-256 and modification time. Two snapshots are equal exactly when nothing was created,
 * deleted or touched (an -wal, -shm or -journal file appearing beside a project file makes them differ).
 */
public record FileState(Map<String, String> entries) {

    public static FileState of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(path -> entries.put(root.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileState(entries);
    }

    private static String describe(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return "dir";
            }
            if (Files.isSymbolicLink(path)) {
                return "link to " + Files.readSymbolicLink(path);
            }
            byte[] bytes = Files.readAllBytes(path);
            return "file " + bytes.length + " bytes, sha256 " + sha256(bytes) + ", modified "
                    + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sibling files SQLite would create beside {@code file}: {@code -wal}, {@code -shm}, {@code -journal}. */
    public static Path[] sqliteSiblings(Path file) {
        return new Path[] {file.resolveSibling(file.getFileName() + "-wal"),
            file.resolveSibling(file.getFileName() + "-shm"),
            file.resolveSibling(file.getFileName() + "-journal")};
    }
}
