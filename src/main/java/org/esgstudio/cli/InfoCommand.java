package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code info FILE.esg [--json]}: the report's settings and counts of its parts, data and history. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.info.file")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.info.json")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProjectSummary summary;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            summary = ProjectSummary.of(projectFile.load(), projectFile.history());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SummaryJson.of(summary));
        } else {
            print(summary, out);
        }
        return Cli.OK;
    }

    private static void print(ProjectSummary s, PrintWriter out) {
        out.println(Messages.get("info.title", s.company(), s.title()));
        String comparison = s.comparisonYears().isEmpty() ? "" : Messages.get("info.comparison",
                s.comparisonYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        out.println(Messages.get("info.years", s.year(), comparison) + " · " + Messages.get("info.languages") + " "
                + String.join(", ", s.languages()) + " · " + Messages.get("info.theme") + " " + s.theme());
        List<Object[]> rows = List.of(
                new Object[] {"info.chapters", s.chapters()}, new Object[] {"info.features", s.features()},
                new Object[] {"info.sections", s.sections()}, new Object[] {"info.blocks", s.blocks()},
                new Object[] {"info.caseStudies", s.caseStudies()}, new Object[] {"info.footnotes", s.footnotes()},
                new Object[] {"info.indicators", s.indicators()}, new Object[] {"info.values", s.values()},
                new Object[] {"info.rules", s.rules()}, new Object[] {"info.assets", s.assets()},
                new Object[] {"info.hanCharacters", s.hanCharacters()},
                new Object[] {"info.missingEnglish", s.textsMissingEnglish()},
                new Object[] {"info.revisions", s.revisions()});
        for (Object[] row : rows) {
            out.printf("  %s %,8d%n", DisplayWidth.padRight(Messages.get((String) row[0]), 28), (Integer) row[1]);
        }
        if (s.lastRevision() != null) {
            out.println("  " + Messages.get("info.lastRevision", WHEN.format(s.lastRevision().at()),
                    s.lastRevision().author(), s.lastRevision().summary()));
        }
    }
}
