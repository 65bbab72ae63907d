package org.esgstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.BundledSamples;
import org.esgstudio.json.ReportFolder;

/** The user's own copy of a bundled sample, in the user data folder: the bundled original is never edited. */
public final class WorkingCopy {
    private WorkingCopy() {
    }

    /** The working copy of a sample, made on first use and reused afterwards (with the user's edits). */
    public static Path of(String sample) {
        Path folder = UserDataFolder.path().resolve("working-copies");
        Path file = folder.resolve(sample + ".esg");
        if (Files.exists(file)) {
            return file;
        }
        Path unpacked = null;
        try {
            Files.createDirectories(folder);
            unpacked = Files.createTempDirectory(folder, "." + sample + "-");
            Path copy = BundledSamples.copyTo(sample, unpacked.resolve(sample));
            String author = Authors.current();
            Project project = ReportFolder.read(copy, author, Instant.now());
            ProjectFile.create(file, project, author, "示例报告的工作副本 / working copy of the sample " + sample);
            return file;
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", file, e.getMessage());
        } finally {
            if (unpacked != null) {
                deleteTree(unpacked);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover hidden temporary folder in the data folder is harmless.
        }
    }
}
