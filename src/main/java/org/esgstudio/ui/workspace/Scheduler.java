package org.esgstudio.ui.workspace;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs something after a delay, cancellably: the workspace's timers (autosave, live checks, preview). */
public interface Scheduler {
    /** A scheduled run that can be called off. */
    interface Pending {
        void cancel();
    }

    Pending schedule(Runnable action, Duration delay);

    /** The app's one daemon timer thread, shared by every workspace and view; its actions only hand work on. */
    static Scheduler timer() {
        return (action, delay) -> {
            ScheduledFuture<?> future = Timer.SERVICE.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    /** Holds the shared timer thread, made on first use. */
    final class Timer {
        static final ScheduledExecutorService SERVICE = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "esg-timer");
            thread.setDaemon(true);
            return thread;
        });

        private Timer() {
        }
    }

    /** Runs at once on the calling thread (tests). */
    static Scheduler immediate() {
        return (action, delay) -> {
            action.run();
            return () -> { };
        };
    }
}
