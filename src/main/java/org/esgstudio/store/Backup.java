package org.esgstudio.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One rolling backup of a project file: the copy, when it was made (from its name) and its size in bytes. */
public record Backup(Path file, Instant at, int sequence, long size) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** The name the restore command takes: the file name without {@code .esg}, e.g. {@code 20261123T101500.123Z}. */
    public String name() {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - Backups.SUFFIX.length());
    }

    /** When it was made, in local time to the second, as shown to the user. */
    public String atText() {
        return SHOWN.format(at);
    }
}
