package org.esgstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Background work for the UI: the callable runs on a named daemon thread, and exactly one of the callbacks runs on
 * the FX thread afterwards. Nothing but UI updates ever runs on the FX thread.
 */
public final class Tasks<T> {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "esg-background-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onError = error -> { };

    private Tasks(Callable<T> work) {
        this.work = work;
    }

    public static <T> Tasks<T> create(Callable<T> work) {
        return new Tasks<>(work);
    }

    public Tasks<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = callback;
        return this;
    }

    public Tasks<T> onError(Consumer<Throwable> callback) {
        this.onError = callback;
        return this;
    }

    /** The shared pool of named daemon threads. */
    public static Executor background() {
        return BACKGROUND;
    }

    /** The FX thread. */
    public static Executor fxThread() {
        return Platform::runLater;
    }

    public void run() {
        run(BACKGROUND, Platform::runLater);
    }

    /** Runs the work on {@code background} and the callback on {@code ui} (tests pass a direct executor for both). */
    public void run(Executor background, Executor ui) {
        background.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception | LinkageError e) {
                ui.execute(() -> onError.accept(e));
            }
        });
    }
}
