package org.esgstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.BundledSamples;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.model.Report;

/** New project files: a copy of a bundled sample report, or an empty report for a company and year. */
public final class NewProjects {
    private NewProjects() {
    }

    /** Creates {@code target} holding the bundled sample {@code sample} (an own copy; the original is never edited). */
    public static void fromSample(String sample, Path target, String summary) {
        Path folder = target.toAbsolutePath().getParent();
        Path unpacked = null;
        try {
            unpacked = Files.createTempDirectory(folder == null ? Path.of(".") : folder, "." + sample + "-");
            Path copy = BundledSamples.copyTo(sample, unpacked.resolve(sample));
            String author = Authors.current();
            Project project = ReportFolder.read(copy, author, Instant.now());
            ProjectFile.create(target, project, author, summary);
        } catch (IOException e) {
            throw new UserFacingException(e, "target.unwritable", target, e.getMessage());
        } finally {
            if (unpacked != null) {
                deleteTree(unpacked);
            }
        }
    }

    /** Creates {@code target} holding an empty report (no chapters, no data) for a company and reporting year. */
    public static void blank(String company, int year, Path target, String summary) {
        Report report = Report.blank(company, year);
        ProjectFile.create(target, new Project(report, DataSet.empty(), java.util.List.of()), Authors.current(),
                summary);
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover hidden temporary folder is harmless.
        }
    }
}
