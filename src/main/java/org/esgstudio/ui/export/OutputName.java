package org.esgstudio.ui.export;

import java.nio.file.Path;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.ReportSettings;

/**
 * The file an export suggests, beside the project file: {@code <short name>-<year>-<zh|en|zh+en>.pdf}, the review
 * copy {@code <short name>-<year>-审阅稿.docx} and a department's workbook {@code <short name>-<year>-<department>-数据填报.xlsx}.
 */
final class OutputName {
    private OutputName() {
    }

    static Path beside(Path projectFile, ReportSettings settings, Edition edition) {
        return in(projectFile, base(settings, edition) + "-" + code(edition) + ".pdf");
    }

    /** The Word review copy (the whole report, or chapter {@code chapter}). */
    static Path reviewCopy(Path projectFile, ReportSettings settings, Edition edition, Integer chapter) {
        String part = chapter == null ? "" : "-" + (edition == Edition.EN ? "chapter" : "第") + chapter
                + (edition == Edition.EN ? "" : "章");
        return in(projectFile, base(settings, edition) + part + "-" + (edition == Edition.EN ? "review" : "审阅稿")
                + ".docx");
    }

    /** A department's data-collection workbook. */
    static Path template(Path projectFile, ReportSettings settings, String department) {
        String who = department == null || department.isBlank() ? "" : "-" + safe(department.strip());
        return in(projectFile, base(settings, Edition.ZH) + who + "-数据填报.xlsx");
    }

    private static Path in(Path projectFile, String file) {
        Path folder = projectFile.toAbsolutePath().getParent();
        return folder == null ? Path.of(file) : folder.resolve(file);
    }

    private static String base(ReportSettings settings, Edition edition) {
        String name = firstNonBlank(edition == Edition.EN ? settings.shortName().en() : "", settings.shortName().zh(),
                settings.company().zh(), "report");
        return safe(name) + "-" + settings.year();
    }

    /** As the command line writes editions ({@code --lang}). */
    static String code(Edition edition) {
        return switch (edition) {
            case ZH -> "zh";
            case EN -> "en";
            case BILINGUAL -> "zh+en";
        };
    }

    private static String firstNonBlank(String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return "report";
    }

    /** Characters Windows or macOS refuse in a file name become "-"; spaces stay. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
    }
}
