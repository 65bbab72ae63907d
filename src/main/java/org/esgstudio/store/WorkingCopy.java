package org.esgstudio.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.esgstudio.i18n.UserFacingException;

/** The user's own copy of a bundled sample, in the user data folder: the bundled original is never edited. */
public final class WorkingCopy {
    private WorkingCopy() {
    }

    /** The working copy of a sample, made on first use and reused afterwards (with the user's edits). */
    public static Path of(String sample) {
        Path folder = folder();
        Path file = folder.resolve(sample + ".esg");
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new UserFacingException(e, "target.unwritable", file, e.getMessage());
        }
        NewProjects.fromSample(sample, file, "示例报告的工作副本 / working copy of the sample " + sample);
        return file;
    }

    /** Whether a project file is one of the user's working copies of a bundled sample (not a file of their own). */
    public static boolean isWorkingCopy(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder().toAbsolutePath().normalize());
    }

    private static Path folder() {
        return UserDataFolder.path().resolve("working-copies");
    }
}
