package org.esgstudio.store;

import java.nio.file.Path;
import java.util.Optional;
import org.esgstudio.i18n.UserFacingException;

/**
 * A project file someone else holds open for writing: names the holder (user, computer, process, since when) as far
 * as its lock file tells, and, for a holder on another computer, how to remove a lock left behind there.
 */
public final class ProjectLockedException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final transient LockHolder holder;
    private final boolean thisProcess;

    ProjectLockedException(Path file, LockHolder holder, boolean thisProcess) {
        super(key(holder, thisProcess), arguments(file, holder));
        this.holder = holder;
        this.thisProcess = thisProcess;
    }

    private static String key(LockHolder holder, boolean thisProcess) {
        if (thisProcess) {
            return "lock.heldHere";
        }
        if (holder == null) {
            return "lock.heldUnknown";
        }
        return holder.onThisHost() ? "lock.held" : "lock.heldElsewhere";
    }

    private static Object[] arguments(Path file, LockHolder holder) {
        return holder == null ? new Object[] {file}
                : new Object[] {file, holder.user(), holder.host(), Long.toString(holder.pid()), holder.sinceText()};
    }

    /** The holder its lock file names; empty when it could not be read. */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }

    /** Whether this very process holds it (a second open in the same application). */
    public boolean thisProcess() {
        return thisProcess;
    }
}
