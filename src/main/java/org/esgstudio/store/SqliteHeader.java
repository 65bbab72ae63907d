package org.esgstudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.esgstudio.i18n.UserFacingException;

/**
 * The first 100 bytes of an SQLite file, read before SQLite touches it: so that a foreign file, a truncated file or
 * a file of a newer schema is refused without anything being created or changed next to it.
 */
record SqliteHeader(int pageSize, long pageCount, boolean pageCountValid, int userVersion, int applicationId) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int LENGTH = 100;

    static SqliteHeader read(Path file) {
        byte[] bytes = new byte[LENGTH];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(bytes, 0, LENGTH);
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", file, e.getMessage());
        }
        if (read == 0) {
            throw new UserFacingException("project.empty", file);
        }
        if (read < LENGTH || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new UserFacingException("project.notSqlite", file);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int rawPageSize = Short.toUnsignedInt(header.getShort(16));
        int pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        int changeCounter = header.getInt(24);
        long pageCount = Integer.toUnsignedLong(header.getInt(28));
        int versionValidFor = header.getInt(92);
        return new SqliteHeader(pageSize, pageCount, changeCounter == versionValidFor, header.getInt(60),
                header.getInt(68));
    }

    /** The size the header says the database has, or -1 when the header's page count is not reliable. */
    long expectedBytes() {
        return pageCountValid ? pageSize * pageCount : -1;
    }
}
