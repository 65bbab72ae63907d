package org.esgstudio.office.template;

import java.nio.file.Path;
import org.esgstudio.data.Project;

/**
 * Exports the data-collection template of one department: the indicators it owns with unit, definition and last
 * year's value (locked), this year's cells to fill in, a note column and an instructions sheet, plus the hidden
 * marker by which {@code import-data} recognises the returned workbook and checks its structure.
 */
public final class TemplateExport {
    private TemplateExport() {
    }

    /** What was written. */
    public record Result(Path file, String department, int year, int indicators) {
    }

    /**
     * Writes the template of {@code department} (a name {@link Departments#match} returned) for {@code year} to
     * {@code target}, atomically. Throws IllegalArgumentException when the department owns no indicator.
     */
    public static Result write(Project project, String department, int year, Path target) {
        TemplateWorkbook template = new TemplateWorkbook(project, department, year);
        WorkbookFile.write(template.build(), target);
        return new Result(target, department, year, template.indicatorCount());
    }
}
