package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.evidence.EvidenceExport;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-evidence FILE.esg -o OUT.xlsx [--year Y]}: the evidence list for the assurer, the lineage of every
 * value of the reporting year and the year before, with every recorded change.
 */
@Command(name = "export-evidence", mixinStandardHelpOptions = true)
final class ExportEvidenceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "lineage.cli.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xlsx", descriptionKey = "lineage.cli.output")
    Path output;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "lineage.cli.year")
    Integer year;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (year != null && (year < 1901 || year > 2999)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.usage.invalidValue", "--year", year), spec.findOption("--year"),
                    String.valueOf(year));
        }
        EvidenceExport.Result result;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            Project project = projectFile.load();
            int reported = year != null ? year : project.report().settings().year();
            result = EvidenceExport.write(project, projectFile, reported, output);
        }
        spec.commandLine().getOut().println(Messages.get("lineage.cli.exported", result.file(), result.values(),
                result.years().get(0), result.years().get(1), result.changes()));
        return Cli.OK;
    }
}
