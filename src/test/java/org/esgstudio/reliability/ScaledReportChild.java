package org.esgstudio.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationOptions;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.ContentIndexes;
import org.esgstudio.frameworks.DisclosureCheck;
import org.esgstudio.json.CatalogueFiles;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.json.SyntheticReports;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.pdf.ReportPdf;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;

/**
 * What the memory test runs in a JVM of its own (with {@code -Xmx1g}): the sample report's chapters ×{@code scale}
 * ({@link SyntheticReports}, as {@code bench --scale}) made into a project file with {@link ProjectFile#create},
 * opened again, validated (figure and disclosure checks, as the app) and exported to PDF, as {@code validate} and
 * {@code export-pdf} do. Prints one {@code key value} line per result, and the heap in use at the end and after a
 * full collection; exits 0 when all went through.
 *
 * <p>Arguments: the sample folder, a working folder, the scale, the edition ({@code zh}, {@code en}, {@code zh+en}).
 */
public final class ScaledReportChild {
    private ScaledReportChild() {
    }

    public static void main(String[] args) {
        Path sample = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int scale = Integer.parseInt(args[2]);
        Edition edition = Edition.parse(args[3]);
        Path file = work.resolve("scaled.esg");
        Path pdf = work.resolve("scaled.pdf");

        Project read = ReportFolder.read(sample, "内存测试", Instant.parse("2025-03-01T08:00:00Z"));
        ProjectFile.create(file, read.withReport(SyntheticReports.scaled(read.report(), scale)), "内存测试",
                "×" + scale);
        read = null; // only the reopened project is kept from here on
        say("created", Files.exists(file) ? file.toFile().length() : -1);

        Project project;
        try (ProjectFile opened = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = opened.load();
        }
        say("chapters", project.report().chapters().size());

        Catalogues catalogues = CatalogueFiles.shipped();
        ValidationReport validation = Validator.validate(project.report(), project.data(),
                project.report().settings().year(), ValidationOptions.DEFAULT.with(new DisclosureCheck(catalogues)));
        say("figures", validation.summary().figures());
        say("findings", validation.findings().size());

        Project prepared = ContentIndexes.expand(project, catalogues);
        String theme = prepared.report().settings().theme();
        ReportPdf.Result result = ReportPdf.export(prepared,
                ThemeFiles.load(ThemeFiles.SHIPPED.contains(theme) ? theme : ThemeFiles.SHIPPED.get(0)), edition,
                PrintOptions.SCREEN, pdf);
        say("pages", result.pages());
        say("pdfBytes", pdf.toFile().length());
        Runtime runtime = Runtime.getRuntime();
        say("usedAtEndBytes", runtime.totalMemory() - runtime.freeMemory());
        // What stays reachable at the heaviest point: the project, the prepared copy and the laid-out document.
        System.gc();
        say("liveAfterExportBytes", runtime.totalMemory() - runtime.freeMemory());
        java.lang.ref.Reference.reachabilityFence(result);
        java.lang.ref.Reference.reachabilityFence(prepared);
        java.lang.ref.Reference.reachabilityFence(project);

        say("maxHeapBytes", Runtime.getRuntime().maxMemory());
    }

    private static void say(String key, long value) {
        System.out.println(String.format(Locale.ROOT, "%s %d", key, value));
    }
}
