package org.esgstudio.office.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.i18n.TargetFile;
import org.esgstudio.i18n.UserFacingException;

/** Writes a workbook through a temporary file beside the target, moved into place when complete: all or nothing. */
final class WorkbookFile {
    private WorkbookFile() {
    }

    static void write(XSSFWorkbook workbook, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) {
                throw new UserFacingException("target.unwritable", absolute, "is a folder");
            }
            TargetFile.write(absolute, workbook::write);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // The workbook is in memory only.
            }
        }
    }
}
