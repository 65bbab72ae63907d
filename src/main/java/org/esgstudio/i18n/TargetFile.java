package org.esgstudio.i18n;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file the user asked for (a PDF, a Word copy, a workbook), written complete or not at all: into a hidden temporary
 * file beside the target, then moved onto it in one atomic step. Every failure is a {@link UserFacingException}
 * naming the target; no temporary file is left behind.
 */
public final class TargetFile {
    /** Writes the file's content; the stream is closed by {@link #write}. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private TargetFile() {
    }

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.exists(parent)) {
            throw new UserFacingException("target.parentMissing", absolute, parent);
        }
        if (!Files.isDirectory(parent)) {
            throw new UserFacingException("target.parentNotFolder", absolute, parent);
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(parent, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", absolute, e.getMessage());
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            shareable(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", absolute, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A leftover hidden temporary file is named as such and harmless.
            }
        }
    }

    /** A temporary file is created private (rw-------); the file a user asked for gets the usual rw-r--r--. */
    private static void shareable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: permissions follow the folder.
        }
    }
}
