package org.esgstudio.ui.export;

import java.util.Locale;

/** What the export dialog writes: the designed PDF, the Word review copy, or a department's data-collection workbook. */
public enum ExportFormat {
    PDF("pdf", "ui.export.pdfFiles"),
    DOCX("docx", "ui.export.docxFiles"),
    TEMPLATE("xlsx", "ui.export.xlsxFiles");

    private final String extension;
    private final String filesKey;

    ExportFormat(String extension, String filesKey) {
        this.extension = extension;
        this.filesKey = filesKey;
    }

    /** Without the dot: "pdf", "docx", "xlsx". */
    public String extension() {
        return extension;
    }

    /** The message key naming such files in a save dialog ("PDF 文件"). */
    String filesKey() {
        return filesKey;
    }

    /** {@code file} with this format's extension: kept when it has it, added when it has none or another. */
    java.nio.file.Path withExtension(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return file;
        }
        return file.resolveSibling(name + "." + extension);
    }

    /** The format whose files end like {@code file}, PDF when none does. */
    static ExportFormat of(java.nio.file.Path file) {
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return format;
            }
        }
        return PDF;
    }
}
