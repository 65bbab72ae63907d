package org.esgstudio.office.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.i18n.UserFacingException;

/** Writes a workbook through a temporary file beside the target, moved into place when complete: all or nothing. */
final class WorkbookFile {
    private WorkbookFile() {
    }

    static void write(XSSFWorkbook workbook, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.exists(parent)) {
            throw new UserFacingException("target.parentMissing", absolute, parent);
        }
        if (!Files.isDirectory(parent)) {
            throw new UserFacingException("target.parentNotFolder", absolute, parent);
        }
        if (Files.isDirectory(absolute)) {
            throw new UserFacingException("target.unwritable", absolute, "is a folder");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(parent, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", absolute, e.getMessage());
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            shareable(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", absolute, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temporary);
                workbook.close();
            } catch (IOException ignored) {
                // A leftover hidden temporary file is named as such and harmless; the workbook is in memory only.
            }
        }
    }

    /** A temporary file is created private (rw-------); the workbook a user asked for gets the usual rw-r--r--. */
    private static void shareable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: permissions follow the folder.
        }
    }
}
