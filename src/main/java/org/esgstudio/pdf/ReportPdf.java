package org.esgstudio.pdf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.Project;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.font.FontLibrary;
import org.esgstudio.layout.font.StandardFaces;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.report.FontSource;
import org.esgstudio.layout.report.ReportLayout;
import org.esgstudio.layout.text.LineBreaker;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.model.Asset;

/** The whole export as the command line and the app run it: lay out the report, then write the PDF. */
public final class ReportPdf {
    private ReportPdf() {
    }

    /** What an export produced: the laid-out document (pages, outline, warnings) and how long each stage took. */
    public record Result(LaidOutDocument document, long layoutNanos, long writeNanos) {
        public int pages() {
            return document.pages().size();
        }

        public List<LayoutWarning> warnings() {
            return document.warnings();
        }
    }

    /**
     * Starts loading what every export needs (font files and metrics, the PDF fonts, the line breaker's ICU data) on a
     * background thread, so that a command-line export overlaps it with opening the project. Idempotent.
     */
    public static java.util.concurrent.CompletableFuture<Void> warmUp(java.util.function.Supplier<Theme> theme) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            FontLibrary library = FontLibrary.shared();
            for (org.esgstudio.layout.font.FontFace face : List.of(StandardFaces.SANS_REGULAR, StandardFaces.SANS_BOLD)) {
                library.metrics(face);
                PdfExport.warmUp(face, library::bytes);
            }
            // A one-paragraph report laid out and written to nowhere loads and warms the layout and writer classes.
            org.esgstudio.model.Report tiny = org.esgstudio.model.Report.blank("预热", 2024).withChapters(List.of(
                    new org.esgstudio.model.Chapter("warm", null, org.esgstudio.model.LocalizedText.zh("预热"), null, null,
                            List.of(new org.esgstudio.model.Section("warm-s", org.esgstudio.model.LocalizedText.zh("预热"),
                                    List.of(new org.esgstudio.model.Paragraph("warm-p",
                                            org.esgstudio.model.LocalizedText.zh("预热排版：２０２４年，“青禾”（示例）。"))))))));
            Project project = new Project(tiny, org.esgstudio.data.DataSet.empty(), List.of());
            LaidOutDocument document = layout(project, theme.get(), Edition.ZH);
            new PdfExport(library::bytes).write(document, Map.of(), PrintOptions.SCREEN, java.io.OutputStream.nullOutputStream());
        });
    }

    /** The standard fonts of the app, shared by layout and writer. */
    public static FontSource fonts() {
        FontLibrary library = FontLibrary.shared();
        return key -> library.metrics(StandardFaces.byKey(key));
    }

    /** Lays the report out (without writing), e.g. to check it or to refuse a strict export. */
    public static LaidOutDocument layout(Project project, Theme theme, Edition edition) {
        return new ReportLayout(project, theme, edition, fonts(), LineBreaker::new).layout();
    }

    /** Writes an already laid-out report to {@code target} (complete or not at all). */
    public static void write(Project project, LaidOutDocument document, PrintOptions options, Path target) {
        Map<String, Asset> assets = new HashMap<>();
        project.assets().forEach(asset -> assets.put(asset.name(), asset));
        new PdfExport(FontLibrary.shared()::bytes).write(document, assets, options, target);
    }

    public static Result export(Project project, Theme theme, Edition edition, PrintOptions options, Path target) {
        long start = System.nanoTime();
        LaidOutDocument document = layout(project, theme, edition);
        long laid = System.nanoTime();
        write(project, document, options, target);
        return new Result(document, laid - start, System.nanoTime() - laid);
    }
}
