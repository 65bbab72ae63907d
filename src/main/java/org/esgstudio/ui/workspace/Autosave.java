package org.esgstudio.ui.workspace;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.store.ProjectFile;

/**
 * Saves every change to the project file within a second, without a Save command: the first change after a save
 * starts a {@link #DELAY} timer (typing on does not push it back), then the project as it is by then is saved on the
 * store thread as one revision named after the edits it holds. {@link #flush} saves at once and waits (Ctrl+S, close).
 */
public final class Autosave {
    static final Duration DELAY = Duration.ofMillis(400);
    private final ProjectFile file;
    private final Supplier<Project> current;
    private final Scheduler timer;
    private final Executor store;
    private final Executor ui;
    private final Consumer<SaveState> onState;
    private final Clock clock;
    private final Set<String> labels = new LinkedHashSet<>();
    private boolean scheduled;

    public Autosave(ProjectFile file, Supplier<Project> current, Scheduler timer, Executor store, Executor ui,
                    Consumer<SaveState> onState, Clock clock) {
        this.file = file;
        this.current = current;
        this.timer = timer;
        this.store = store;
        this.ui = ui;
        this.onState = onState;
        this.clock = clock;
    }

    /** Notes a change (on the FX thread); a save follows within {@link #DELAY}. */
    public synchronized void changed(String label) {
        labels.add(label);
        onState.accept(new SaveState(SaveState.Kind.PENDING, clock.instant(), null));
        if (!scheduled) {
            scheduled = true;
            timer.schedule(() -> store.execute(this::saveNow), DELAY);
        }
    }

    /** Saves now and returns when the file holds the project as it is (Ctrl+S, closing the window). */
    public void flush() {
        CompletableFuture.runAsync(this::saveNow, store).join();
    }

    /** Runs on the store thread. */
    private void saveNow() {
        Project project;
        List<String> summary;
        synchronized (this) {
            scheduled = false;
            if (labels.isEmpty()) {
                return;
            }
            summary = new ArrayList<>(labels);
            labels.clear();
            project = current.get();
        }
        ui.execute(() -> onState.accept(new SaveState(SaveState.Kind.SAVING, clock.instant(), null)));
        try {
            file.save(project, org.esgstudio.store.Authors.current(), String.join("；", summary));
            ui.execute(() -> onState.accept(SaveState.saved(clock.instant())));
        } catch (UserFacingException | IllegalStateException e) {
            synchronized (this) {
                labels.addAll(summary); // nothing is lost: the next change or Ctrl+S tries again
            }
            ui.execute(() -> onState.accept(new SaveState(SaveState.Kind.FAILED, clock.instant(), e.getMessage())));
        }
    }
}
