package org.esgstudio.office.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.TargetFile;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.Lineages;
import org.esgstudio.review.ValueLineage;
import org.esgstudio.store.ProjectFile;

/**
 * Writes the evidence list (证据清单) for the assurer: the lineage of every value of a reporting year and of the year
 * before (which the report compares against), read from the project file's history and approvals, as one workbook
 * written atomically. The command line and the app both export through here.
 */
public final class EvidenceExport {
    private EvidenceExport() {
    }

    /** What was written: the workbook, its values (rows of 证据清单) and their recorded changes (rows of 变更记录). */
    public record Result(Path file, List<Integer> years, int values, int changes) {
    }

    /** The years an evidence list for {@code year} covers: that year and the one before. */
    public static List<Integer> years(int year) {
        return List.of(year, year - 1);
    }

    /** As {@link #write(Project, ProjectFile, int, Path, ZoneId)}, with times in this computer's time zone. */
    public static Result write(Project project, ProjectFile file, int year, Path target) {
        return write(project, file, year, target, ZoneId.systemDefault());
    }

    /**
     * Writes the evidence list of {@code project} (the state to report: the app passes its current state, which may
     * be ahead of the last save) for {@code year} to {@code target}; times are given in {@code zone}. Refused, with
     * nothing written, when the store has no value for those years.
     */
    public static Result write(Project project, ProjectFile file, int year, Path target, ZoneId zone) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new UserFacingException("target.unwritable", absolute, "is a folder");
        }
        List<Integer> years = years(year);
        List<ValueLineage> lineages = Lineages.ofYears(project, years, file.valueHistories(),
                Lineages.review(project, file.approvals()));
        if (lineages.isEmpty()) {
            throw new UserFacingException("lineage.evidence.noValues", file.path(), years.get(0), years.get(1));
        }
        String title = Messages.get("lineage.evidence.title", project.report().settings().company().zh(), year);
        EvidenceWorkbook.Contents contents = EvidenceWorkbook.of(lineages, zone, title);
        XSSFWorkbook workbook = contents.workbook();
        try {
            TargetFile.write(absolute, workbook::write);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // The workbook is in memory only.
            }
        }
        return new Result(absolute, years, contents.values(), contents.changes());
    }
}
