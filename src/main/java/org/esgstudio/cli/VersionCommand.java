package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Authors;
import org.esgstudio.store.NamedVersion;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code version FILE.esg --name NAME [--author NAME]}: names the state the file holds (the file is the saved
 * state), with a snapshot for later comparison. A blank, reserved or already used name is refused (exit 2) and
 * nothing is recorded.
 */
@Command(name = "version", mixinStandardHelpOptions = true)
final class VersionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "version.cli.file")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "version.cli.name")
    String name;

    @Option(names = "--author", paramLabel = "NAME", descriptionKey = "version.cli.author")
    String author;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String who = author == null || author.isBlank() ? Authors.current() : author.strip();
        NamedVersion version;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            StoreNotices.print(projectFile, spec.commandLine().getErr());
            version = projectFile.nameVersion(name, who);
        }
        spec.commandLine().getOut().println(Messages.get("version.cli.done", file, version.name(), version.revisionId(),
                version.author(), version.at().toString(), version.headHash().substring(0, 12)));
        return Cli.OK;
    }
}
