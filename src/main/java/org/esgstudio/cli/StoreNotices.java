package org.esgstudio.cli;

import java.io.PrintWriter;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.LockHolder;
import org.esgstudio.store.ProjectFile;

/** What opening a file for writing noted on the way, on stderr: a stale lock taken over, a backup that failed. */
final class StoreNotices {
    private StoreNotices() {
    }

    static void print(ProjectFile file, PrintWriter err) {
        file.recoveredLock().ifPresent((LockHolder holder) -> err.println("esg-studio: " + Messages.get(
                "lock.recovered", file.path(), holder.user(), holder.host(), Long.toString(holder.pid()),
                holder.sinceText())));
        file.backupProblem().ifPresent(problem -> err.println("esg-studio: " + problem.getMessage()));
    }
}
