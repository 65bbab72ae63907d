package org.esgstudio.ui.export;

import java.nio.file.Path;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.model.ReportSettings;

/** The file an export suggests: {@code <short name>-<year>-<zh|en|zh+en>.pdf} beside the project file. */
final class OutputName {
    private OutputName() {
    }

    static Path beside(Path projectFile, ReportSettings settings, Edition edition) {
        Path folder = projectFile.toAbsolutePath().getParent();
        String name = firstNonBlank(edition == Edition.EN ? settings.shortName().en() : "", settings.shortName().zh(),
                settings.company().zh(), "report");
        String file = safe(name) + "-" + settings.year() + "-" + code(edition) + ".pdf";
        return folder == null ? Path.of(file) : folder.resolve(file);
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
