package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
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
import org.esgstudio.review.Approval;
import org.esgstudio.review.FinalExport;
import org.esgstudio.review.SignOff;
import org.esgstudio.review.SignOffReport;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.store.Authors;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-pdf FILE.esg -o OUT.pdf [--lang zh|en|zh+en] [--print] [--theme NAME] [--strict]
 * [--final [--override REASON]]}. With {@code --final} the export is refused (exit 1, nothing written) while the
 * report has validation errors or figures nobody approved, unless overridden with a reason that is recorded.
 */
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

    @Option(names = "--final", descriptionKey = "cli.final.option")
    boolean finalExport;

    @Option(names = "--override", paramLabel = "REASON", descriptionKey = "cli.final.overrideOption")
    String override;

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
        if (override != null && (!finalExport || override.isBlank())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get(
                    finalExport ? "cli.final.emptyReason" : "cli.final.overrideWithoutFinal"));
        }
        PhaseClock clock = new PhaseClock();
        org.esgstudio.json.JsonWarmUp.start();
        java.util.concurrent.CompletableFuture<Void> fonts = ReportPdf.warmUp(() -> ThemeFiles.load(ThemeFiles.SHIPPED.get(0)));
        Project project;
        List<Approval> approvals;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
            approvals = finalExport ? projectFile.approvals() : List.of();
        }
        clock.lap("project opened");
        PrintWriter err = spec.commandLine().getErr();
        FinalExport overridden = null;
        if (finalExport) {
            ValidationReport validation = Validator.validate(project.report(), project.data(),
                    project.report().settings().year(), FrameworkCatalogues.options());
            SignOffReport signOff = SignOff.evaluate(project, approvals, validation);
            if (!signOff.readyForFinal()) {
                String places = FinalGate.firstPlaces(validation, signOff);
                if (override == null) {
                    err.println("esg-studio: " + Messages.get("cli.final.refused", file, signOff.validationErrors(),
                            signOff.unapproved().size(), places));
                    return Cli.REPORT_HAS_ERRORS;
                }
                overridden = new FinalExport(0, Instant.now(), Authors.current(), override.strip(),
                        signOff.validationErrors(), signOff.unapproved().size(), output.toAbsolutePath().toString());
            }
        }
        Theme chosen = ThemeFiles.load(theme != null ? theme : themeOf(project));
        fonts.join();
        clock.lap("fonts, ICU and writer warmed (in parallel with opening)");
        long start = System.nanoTime();
        project = FrameworkCatalogues.prepared(project);
        LaidOutDocument document = ReportPdf.layout(project, chosen, edition);
        clock.lap("layout");
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
        if (overridden != null) {
            record(overridden);
        }
        if (timings) {
            clock.print(err);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(Messages.get("cli.exportPdf.done", output, document.pages().size(),
                String.format(java.util.Locale.ROOT, "%.2f", seconds), warnings.size()));
        return Cli.OK;
    }

    /** Records the override; if that fails, the PDF just written is removed, so no final copy goes unrecorded. */
    private void record(FinalExport overridden) {
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            StoreNotices.print(projectFile, spec.commandLine().getErr());
            projectFile.recordFinalExport(overridden);
        } catch (RuntimeException e) {
            try {
                java.nio.file.Files.deleteIfExists(output);
            } catch (java.io.IOException ignored) {
                // The failure to record is the problem to report.
            }
            throw e;
        }
        spec.commandLine().getErr().println("esg-studio: " + Messages.get("cli.final.overridden", output,
                overridden.errors(), overridden.unapproved(), overridden.who(), overridden.reason()));
    }

    /** The report's own theme when it is a shipped one, else the first shipped theme. */
    private static String themeOf(Project project) {
        String named = project.report().settings().theme();
        return ThemeFiles.SHIPPED.contains(named) ? named : ThemeFiles.SHIPPED.get(0);
    }

}
