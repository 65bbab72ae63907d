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

    /** One daemon timer thread; the actions it runs only hand work to other executors. */
    static Scheduler timer() {
        ScheduledExecutorService service = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "esg-timer");
            thread.setDaemon(true);
            return thread;
        });
        return (action, delay) -> {
            ScheduledFuture<?> future = service.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    /** Runs at once on the calling thread (tests). */
    static Scheduler immediate() {
        return (action, delay) -> {
            action.run();
            return () -> { };
        };
    }
}
