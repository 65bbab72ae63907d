package org.esgstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.store.Authors;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import-json FOLDER FILE.esg}: makes the project hold the folder's report, data and assets (all or nothing). */
@Command(name = "import-json", mixinStandardHelpOptions = true)
final class ImportJsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FOLDER", descriptionKey = "cli.importJson.folder")
    Path folder;

    @Parameters(index = "1", paramLabel = "FILE.esg", descriptionKey = "cli.importJson.file")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String author = Authors.current();
        Project project = ReportFolder.read(folder, author, Instant.now());
        String summary = Messages.get("cli.summary.imported", folder.getFileName());
        if (!Files.exists(file)) {
            ProjectFile.create(file, project, author, summary);
            spec.commandLine().getOut().println(Messages.get("cli.created", file, summary));
            return Cli.OK;
        }
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            StoreNotices.print(projectFile, spec.commandLine().getErr());
            int before = projectFile.history().size();
            boolean changed = projectFile.save(project, author, summary);
            if (changed) {
                int changes = projectFile.history().get(before).changes();
                spec.commandLine().getOut().println(Messages.get("cli.imported", folder, file, changes));
            } else {
                spec.commandLine().getOut().println(Messages.get("cli.importedNoChange", folder, file));
            }
        }
        return Cli.OK;
    }
}
