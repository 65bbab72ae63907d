package org.esgstudio.ui.workspace;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Single named daemon threads, one per kind of background work, so that each kind runs in order. */
public final class Workers {
    private Workers() {
    }

    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
