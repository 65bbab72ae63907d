package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.template.AllDataExport;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-data FILE.esg -o DATA.xlsx}: the whole data store as a KPI data workbook that import-data reads back. */
@Command(name = "export-data", mixinStandardHelpOptions = true)
final class ExportDataCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.exportData.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DATA.xlsx", descriptionKey = "cli.exportData.output")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        AllDataExport.Result result = AllDataExport.write(project.data(), output);
        spec.commandLine().getOut().println(Messages.get("cli.exportData.done", output, result.indicators(),
                result.values(), result.rules()));
        return Cli.OK;
    }
}
