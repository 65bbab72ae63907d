package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Backup;
import org.esgstudio.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE.esg [--list] [--from BACKUP]}: lists a project file's rolling backups newest first (time, size,
 * sound or damaged), or puts one back: the newest sound one, or the one named. The source is checked before anything
 * is written; the file it replaces is kept as a backup; the file must not be open for writing elsewhere (exit 2).
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "restore.cli.file")
    Path file;

    @Option(names = "--list", descriptionKey = "restore.cli.list")
    boolean list;

    @Option(names = "--from", paramLabel = "BACKUP", descriptionKey = "restore.cli.from")
    String from;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Backups backups = Backups.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            List<Backup> all = backups.list(file);
            if (all.isEmpty()) {
                out.println(Messages.get("restore.noBackups", file, backups.folderOf(file)));
                return Cli.OK;
            }
            out.println(Messages.get("restore.cli.heading", file, backups.folderOf(file), backups.keep()));
            for (Backup backup : all) {
                Optional<String> problem = Backups.problem(backup.file());
                out.println(Messages.get("restore.cli.line", backup.name(), backup.atText(), size(backup.size()),
                        problem.map(p -> Messages.get("restore.cli.damaged", p))
                                .orElse(Messages.get("restore.cli.good"))));
            }
            return Cli.OK;
        }
        Backups.Restored restored = backups.restore(file, from);
        out.println(restored.kept()
                .map(kept -> Messages.get("restore.cli.done", restored.file(), restored.from().atText(),
                        restored.from().file(), kept.name()))
                .orElse(Messages.get("restore.cli.doneNoKept", restored.file(), restored.from().atText(),
                        restored.from().file())));
        return Cli.OK;
    }

    /** A size in kilobytes, as file managers show it. */
    static String size(long bytes) {
        return Messages.get("restore.cli.size", (bytes + 1023) / 1024);
    }
}
