package org.esgstudio.json;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;

/**
 * Loads and links the JSON mapping (Jackson and the model's record binding) on a background thread: a command-line
 * process that opens a project spends a few hundred milliseconds here on first use, which can overlap other start-up.
 */
public final class JsonWarmUp {
    private JsonWarmUp() {
    }

    public static CompletableFuture<Void> start() {
        return CompletableFuture.runAsync(() -> {
            Report tiny = Report.blank("预热", 2024).withChapters(List.of(new Chapter("warm", null, LocalizedText.zh("预热"),
                    null, null, List.of(new Section("warm-s", LocalizedText.zh("预热"),
                            List.of(new Paragraph("warm-p", LocalizedText.zh("预热"))))))));
            ReportNodes.join(ReportNodes.split(tiny));
            ReportJson.read("warm-up", ReportJson.write(tiny));
        });
    }
}
