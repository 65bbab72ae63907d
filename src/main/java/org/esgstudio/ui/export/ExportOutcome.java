package org.esgstudio.ui.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What a finished export produced: the file, its pages, how long it took, how many texts had no English (English and
 * bilingual editions) and every layout warning as a readable sentence.
 */
public record ExportOutcome(Path file, int pages, double seconds, long missingEnglish, List<String> warnings) {
    public ExportOutcome {
        warnings = List.copyOf(warnings);
    }
}
