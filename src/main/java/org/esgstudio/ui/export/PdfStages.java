package org.esgstudio.ui.export;

import java.nio.file.Path;
import org.esgstudio.data.Project;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.pdf.ReportPdf;

/**
 * The two stages of {@link ReportPdf#export}, run one after the other so the dialog can show which is under way and
 * stop between them; tests put slow or failing stages in their place.
 */
public interface PdfStages {
    LaidOutDocument layout(Project project, Theme theme, Edition edition);

    /** Writes a complete PDF to {@code target} or nothing (see {@link ReportPdf#write}). */
    void write(Project project, LaidOutDocument document, PrintOptions options, Path target);

    /** The app's own layout and writer. */
    static PdfStages standard() {
        return new PdfStages() {
            @Override
            public LaidOutDocument layout(Project project, Theme theme, Edition edition) {
                return ReportPdf.layout(org.esgstudio.ui.common.Frameworks.prepared(project), theme, edition);
            }

            @Override
            public void write(Project project, LaidOutDocument document, PrintOptions options, Path target) {
                ReportPdf.write(project, document, options, target);
            }
        };
    }
}
