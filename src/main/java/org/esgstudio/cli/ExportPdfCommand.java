package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.ThemeFiles;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.pdf.ReportPdf;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-pdf FILE.esg -o OUT.pdf [--lang zh|en|zh+en] [--print] [--theme NAME] [--strict]}. */
@Command(name = "export-pdf", mixinStandardHelpOptions = true)
final class ExportPdfCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.exportPdf.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", descriptionKey = "cli.exportPdf.output")
    Path output;

    @Option(names = "--lang", paramLabel = "zh|en|zh+en", defaultValue = "zh", descriptionKey = "cli.exportPdf.lang")
    String language;

    @Option(names = "--print", descriptionKey = "cli.exportPdf.print")
    boolean print;

    @Option(names = "--theme", paramLabel = "NAME", descriptionKey = "cli.exportPdf.theme")
    String theme;

    @Option(names = "--strict", descriptionKey = "cli.exportPdf.strict")
    boolean strict;

    @Option(names = "--timings", descriptionKey = "cli.exportPdf.timings")
    boolean timings;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Edition edition;
        try {
            edition = Edition.parse(language);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.usage.invalidValue", "--lang", language), e, spec.findOption("--lang"), language);
        }
        PhaseClock clock = new PhaseClock();
        org.esgstudio.json.JsonWarmUp.start();
        java.util.concurrent.CompletableFuture<Void> fonts = ReportPdf.warmUp(() -> ThemeFiles.load(ThemeFiles.SHIPPED.get(0)));
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        clock.lap("project opened");
        Theme chosen = ThemeFiles.load(theme != null ? theme : themeOf(project));
        fonts.join();
        clock.lap("fonts, ICU and writer warmed (in parallel with opening)");
        long start = System.nanoTime();
        LaidOutDocument document = ReportPdf.layout(project, chosen, edition);
        clock.lap("layout");
        PrintWriter err = spec.commandLine().getErr();
        List<LayoutWarning> warnings = document.warnings();
        long missing = warnings.stream().filter(w -> w.kind() == LayoutWarning.Kind.MISSING_TRANSLATION).count();
        warnings.forEach(warning -> err.println("esg-studio: " + Messages.get("cli.exportPdf.warning",
                Messages.get(warning.key(), warning.args()))));
        if (strict && missing > 0) {
            err.println("esg-studio: " + Messages.get("cli.exportPdf.strictRefused", output, missing));
            return Cli.REPORT_HAS_ERRORS;
        }
        ReportPdf.write(project, document, print ? PrintOptions.PRINT : PrintOptions.SCREEN, output);
        clock.lap("PDF written");
        if (timings) {
            clock.print(err);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(Messages.get("cli.exportPdf.done", output, document.pages().size(),
                String.format(java.util.Locale.ROOT, "%.2f", seconds), warnings.size()));
        return Cli.OK;
    }

    /** The report's own theme when it is a shipped one, else the first shipped theme. */
    private static String themeOf(Project project) {
        String named = project.report().settings().theme();
        return ThemeFiles.SHIPPED.contains(named) ? named : ThemeFiles.SHIPPED.get(0);
    }

}
