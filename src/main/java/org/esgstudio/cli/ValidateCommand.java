package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.ValidationSummary;
import org.esgstudio.figures.Validator;
import org.esgstudio.json.JsonText;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE.esg [--json] [--year Y]}: every figure checked; exit 1 when the report has errors. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.validate.file")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.validate.json")
    boolean json;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.validate.year")
    Integer year;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        int reportYear = year != null ? year : project.report().settings().year();
        ValidationReport report = Validator.validate(project.report(), project.data(), reportYear,
                FrameworkCatalogues.options());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.compactWithNulls(json(report)));
        } else {
            ValidationText.print(project.report(), report, out);
        }
        return report.hasErrors() ? Cli.REPORT_HAS_ERRORS : Cli.OK;
    }

    static Map<String, Object> json(ValidationReport report) {
        ValidationSummary s = report.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("figures", s.figures());
        summary.put("verified", s.verified());
        summary.put("mismatches", s.mismatches());
        summary.put("unverified", s.unverified());
        summary.put("ruleViolations", s.ruleViolations());
        summary.put("warnings", s.warnings());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            f.put("kind", finding.kind().json());
            f.put("indicator", finding.indicator());
            f.put("year", finding.year());
            f.put("text", finding.text());
            f.put("expected", finding.expected());
            f.put("message", finding.message());
            f.put("location", finding.location());
            f.put("blockId", finding.blockId());
            findings.add(f);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("summary", summary);
        json.put("findings", findings);
        return json;
    }
}
