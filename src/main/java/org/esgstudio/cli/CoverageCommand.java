package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.Coverage;
import org.esgstudio.frameworks.CoverageLine;
import org.esgstudio.frameworks.CoverageReport;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.frameworks.Place;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.JsonText;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.Language;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverage FILE.esg --framework ID [--all] [--json]}: the disclosures of a framework the report covers, omits
 * with a reason, or misses; exit 1 when some expected disclosure is missing.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true)
final class CoverageCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.coverage.file")
    Path file;

    @Option(names = "--framework", required = true, paramLabel = "ID", descriptionKey = "cli.coverage.framework")
    String framework;

    @Option(names = "--all", descriptionKey = "cli.coverage.all")
    boolean all;

    @Option(names = "--json", descriptionKey = "cli.coverage.json")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Catalogues catalogues = FrameworkCatalogues.load();
        Catalogue catalogue = catalogues.find(framework).orElseThrow(() ->
                new UserFacingException("cli.coverage.unknown", framework, String.join(", ", catalogues.ids())));
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        CoverageReport coverage = Coverage.of(catalogue, project.report(), project.data());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.compactWithNulls(json(coverage)));
        } else {
            print(coverage, out);
        }
        return coverage.count(CoverageStatus.MISSING) > 0 ? Cli.REPORT_HAS_ERRORS : Cli.OK;
    }

    private void print(CoverageReport coverage, PrintWriter out) {
        Catalogue catalogue = coverage.catalogue();
        out.println(Messages.get("cli.coverage.heading", file, catalogue.label(language())));
        out.println(Messages.get("cli.coverage.summary", coverage.count(CoverageStatus.COVERED),
                coverage.count(CoverageStatus.OMITTED), coverage.count(CoverageStatus.MISSING),
                coverage.count(CoverageStatus.NOT_EXPECTED)));
        section(coverage, CoverageStatus.MISSING, "cli.coverage.missing", out);
        section(coverage, CoverageStatus.OMITTED, "cli.coverage.omitted", out);
        section(coverage, CoverageStatus.COVERED, "cli.coverage.covered", out);
        if (all) {
            section(coverage, CoverageStatus.NOT_EXPECTED, "cli.coverage.notExpected", out);
        } else if (coverage.count(CoverageStatus.NOT_EXPECTED) > 0) {
            out.println(Messages.get("cli.coverage.notExpectedHidden", coverage.count(CoverageStatus.NOT_EXPECTED)));
        }
    }

    private static void section(CoverageReport coverage, CoverageStatus status, String key, PrintWriter out) {
        List<CoverageLine> lines = coverage.with(status);
        if (lines.isEmpty()) {
            return;
        }
        out.println(Messages.get(key, lines.size()));
        Language language = language();
        for (CoverageLine line : lines) {
            String title = line.entry().title().in(language).isEmpty() ? line.entry().title().zh()
                    : line.entry().title().in(language);
            StringBuilder text = new StringBuilder("  " + line.entry().code() + "  " + title);
            if (status == CoverageStatus.COVERED) {
                text.append(" — ").append(String.join("；", places(line.places())));
            } else if (status == CoverageStatus.OMITTED) {
                text.append(" — ").append(omission(coverage.catalogue(), line.statement(), language));
            }
            out.println(text);
        }
    }

    private static Language language() {
        return "en".equals(Messages.locale().getLanguage()) ? Language.EN : Language.ZH;
    }

    private static List<String> places(List<Place> places) {
        List<String> shown = new ArrayList<>();
        for (Place place : places) {
            String where = place.viaIndicator() ? place.where() + "（" + place.indicator() + "）" : place.where();
            if (!shown.contains(where)) {
                shown.add(where);
            }
        }
        return shown;
    }

    private static String omission(Catalogue catalogue, IndexRow row, Language language) {
        List<String> parts = new ArrayList<>();
        if (!row.reason().isEmpty()) {
            parts.add(catalogue.reason(row.reason()).map(r -> r.title().in(language).isEmpty() ? r.title().zh()
                    : r.title().in(language)).orElse(row.reason()));
        }
        if (!row.requirement().isEmpty()) {
            parts.add(Messages.get("cli.coverage.requirement", row.requirement()));
        }
        String explanation = row.omission().in(language).isEmpty() ? row.omission().zh() : row.omission().in(language);
        if (!explanation.isEmpty()) {
            parts.add(explanation);
        }
        return String.join("；", parts);
    }

    static Map<String, Object> json(CoverageReport coverage) {
        Catalogue catalogue = coverage.catalogue();
        Map<String, Object> framework = new LinkedHashMap<>();
        framework.put("id", catalogue.id());
        framework.put("version", catalogue.version());
        framework.put("name", catalogue.name().zh());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (CoverageStatus status : CoverageStatus.values()) {
            summary.put(status.json(), coverage.count(status));
        }
        List<Map<String, Object>> disclosures = new ArrayList<>();
        for (CoverageLine line : coverage.lines()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("code", line.entry().code());
            d.put("title", line.entry().title().zh());
            d.put("group", line.entry().group().code());
            d.put("status", line.status().json());
            List<Map<String, Object>> locations = new ArrayList<>();
            for (Place place : line.places()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("elementId", place.elementId());
                l.put("where", place.where());
                l.put("indicator", place.viaIndicator() ? place.indicator() : null);
                locations.add(l);
            }
            d.put("locations", locations);
            if (line.status() == CoverageStatus.OMITTED) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("requirement", line.statement().requirement());
                o.put("reason", line.statement().reason());
                o.put("explanation", line.statement().omission().zh());
                d.put("omission", o);
            }
            disclosures.add(d);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("framework", framework);
        json.put("summary", summary);
        json.put("disclosures", disclosures);
        return json;
    }
}
