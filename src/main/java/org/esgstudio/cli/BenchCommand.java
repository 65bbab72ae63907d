package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.json.SyntheticReports;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.pdf.ReportPdf;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench FILE.esg [--runs N] [--warmup N] [--scale K] [--lang L] [--validate | --save]}: exports the PDF repeatedly in
 * one process and prints layout, writing and total times (median and best), page count, file size and heap used;
 * with {@code --validate}, times validation instead ({@link ValidationBench}); with {@code --save}, the autosave of a
 * one-paragraph edit ({@link SaveBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.bench.file")
    Path file;

    @Option(names = "--runs", defaultValue = "10", descriptionKey = "cli.bench.runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", descriptionKey = "cli.bench.warmup")
    int warmup;

    @Option(names = "--scale", defaultValue = "1", descriptionKey = "cli.bench.scale")
    int scale;

    @Option(names = "--lang", defaultValue = "zh", descriptionKey = "cli.exportPdf.lang")
    String language;

    @Option(names = "--validate", descriptionKey = "cli.bench.validate")
    boolean validate;

    @Option(names = "--save", descriptionKey = "cli.bench.save")
    boolean save;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        if (scale > 1) {
            project = project.withReport(SyntheticReports.scaled(project.report(), scale));
        }
        if (save) {
            SaveBench.run(project, file.getFileName().toString(), scale, warmup, runs, spec.commandLine().getOut());
            return Cli.OK;
        }
        if (validate) {
            ValidationBench.run(project, file.getFileName().toString(), scale, warmup, runs,
                    spec.commandLine().getOut());
            return Cli.OK;
        }
        project = FrameworkCatalogues.prepared(project);
        String name = project.report().settings().theme();
        Theme theme = ThemeFiles.load(ThemeFiles.SHIPPED.contains(name) ? name : ThemeFiles.SHIPPED.get(0));
        Edition edition = Edition.parse(language);
        Path out = Files.createTempFile("esg-bench-", ".pdf");
        PrintWriter print = spec.commandLine().getOut();
        List<Long> layout = new ArrayList<>();
        List<Long> write = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        int pages = 0;
        long heap = 0;
        try {
            for (int i = 0; i < warmup + runs; i++) {
                ReportPdf.Result result = ReportPdf.export(project, theme, edition, PrintOptions.SCREEN, out);
                pages = result.pages();
                Runtime runtime = Runtime.getRuntime();
                heap = Math.max(heap, runtime.totalMemory() - runtime.freeMemory());
                if (i >= warmup) {
                    layout.add(result.layoutNanos());
                    write.add(result.writeNanos());
                    total.add(result.layoutNanos() + result.writeNanos());
                }
            }
            print.printf(Locale.ROOT, "report: %s ×%d, edition %s, %d pages, PDF %.2f MB%n", file.getFileName(), scale,
                    language, pages, Files.size(out) / 1e6);
            print.printf(Locale.ROOT, "runs: %d after %d warm-up runs; max heap used %.0f MB (-Xmx %.0f MB)%n", runs,
                    warmup, heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            print.printf(Locale.ROOT, "layout  median %7.1f ms  best %7.1f ms%n", Timings.median(layout), Timings.best(layout));
            print.printf(Locale.ROOT, "write   median %7.1f ms  best %7.1f ms%n", Timings.median(write), Timings.best(write));
            print.printf(Locale.ROOT, "total   median %7.1f ms  best %7.1f ms%n", Timings.median(total), Timings.best(total));
        } finally {
            Files.deleteIfExists(out);
        }
        return Cli.OK;
    }
}
