package org.esgstudio.ui.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What a finished export produced: the file, its pages, how long it took, how many texts had no English (English and
 * bilingual editions) and every layout warning as a readable sentence; for a Word or Excel export, {@code summary}
 * says what it holds (pages are 0 then).
 */
public record ExportOutcome(Path file, int pages, double seconds, long missingEnglish, List<String> warnings,
                            String summary) {
    public ExportOutcome {
        warnings = List.copyOf(warnings);
    }
}
