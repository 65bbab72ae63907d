package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export-json FILE.esg FOLDER}: writes the project as a report folder (report.json, data.csv, rules.csv, assets/). */
@Command(name = "export-json", mixinStandardHelpOptions = true)
final class ExportJsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "cli.exportJson.file")
    Path file;

    @Parameters(index = "1", paramLabel = "FOLDER", descriptionKey = "cli.exportJson.folder")
    Path folder;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportFolder.checkTarget(folder);
        Project project;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            project = projectFile.load();
        }
        ReportFolder.checkAssetNames(project, file);
        ReportFolder.write(project, folder);
        spec.commandLine().getOut().println(Messages.get("cli.exported", file, folder));
        return Cli.OK;
    }
}
