package org.esgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.LockHolder;
import org.esgstudio.store.ProjectLock;
import org.esgstudio.store.ProjectLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code unlock FILE.esg}: removes the lock a session on another computer left behind (a stale lock of this computer
 * is taken over by the next open on its own). Refused (exit 1) while the lock is in use: its OS lock is held, or it
 * names a process of this computer that still runs.
 */
@Command(name = "unlock", mixinStandardHelpOptions = true)
final class UnlockCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "unlock.cli.file")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLock.Broken broken;
        try {
            broken = ProjectLock.breakStale(file);
        } catch (ProjectLockedException inUse) {
            spec.commandLine().getErr().println("esg-studio: " + Messages.get("unlock.cli.inUse", inUse.getMessage()));
            return Cli.REPORT_HAS_ERRORS;
        }
        if (!broken.existed()) {
            spec.commandLine().getOut().println(Messages.get("unlock.cli.none", file));
        } else if (broken.holder() == null) {
            spec.commandLine().getOut().println(Messages.get("unlock.cli.doneUnreadable", file));
        } else {
            LockHolder holder = broken.holder();
            spec.commandLine().getOut().println(Messages.get("unlock.cli.done", file, holder.user(), holder.host(),
                    Long.toString(holder.pid()), holder.sinceText()));
        }
        return Cli.OK;
    }
}
