package org.esgstudio.ui.workspace;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.esgstudio.data.Project;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.ValidationOptions;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.ValidationSession;

/**
 * The validator kept warm while the report is edited: after each pause in typing ({@link #PAUSE}) the edited blocks
 * are read again on the validation thread (the whole report after a structural edit or an undo), every check runs,
 * and the result, with the marks of the block open in the editor, is handed to the FX thread.
 */
public final class LiveValidation {
    static final Duration PAUSE = Duration.ofMillis(250);

    /** One validation: its findings, the block whose figures were marked and their marks (one list per text). */
    public record Result(ValidationReport report, String markedBlock, List<List<FigureMark>> marks) {
    }

    private final Scheduler timer;
    private final Executor worker;
    private final Executor ui;
    private final Consumer<Result> onResult;
    private ValidationSession session;
    private Project latest;
    private final Set<String> editedBlocks = new LinkedHashSet<>();
    private boolean reportEdited;
    private boolean dataEdited;
    private String watched;
    private Scheduler.Pending pending;

    static final java.time.Duration OPENING_DELAY = java.time.Duration.ofMillis(400);

    public LiveValidation(Scheduler timer, Executor worker, Executor ui, Consumer<Result> onResult) {
        this.timer = timer;
        this.worker = worker;
        this.ui = ui;
        this.onResult = onResult;
    }

    /** Validates a newly opened project from scratch. */
    public synchronized void open(Project project) {
        latest = project;
        editedBlocks.clear();
        reportEdited = false;
        dataEdited = false;
        // A moment's wait lets the window draw its first frame before the first (cold, CPU-heavy) validation.
        timer.schedule(() -> worker.execute(() -> {
            Project opened;
            synchronized (this) {
                opened = latest; // edits made meanwhile are in it; nothing is left to re-check for them
                editedBlocks.clear();
                reportEdited = false;
                dataEdited = false;
            }
            int year = opened.report().settings().year();
            ValidationSession fresh = new ValidationSession(opened.report(), opened.data(), year,
                    org.esgstudio.ui.common.Frameworks.validationOptions());
            synchronized (this) {
                session = fresh;
            }
            publish(fresh.validate(), fresh);
        }), OPENING_DELAY);
    }

    /** Notes an edit (on the FX thread); validation follows after the pause. */
    public synchronized void edited(Project project, Edit edit) {
        latest = project;
        switch (edit.scope()) {
            case BLOCK -> editedBlocks.add(edit.targetId());
            case DATA -> dataEdited = true;
            default -> reportEdited = true;
        }
        reschedule();
    }

    /** The project replaced wholesale (undo, redo): read again whole after the pause. */
    public synchronized void replaced(Project project) {
        latest = project;
        reportEdited = true;
        dataEdited = true;
        reschedule();
    }

    /** The block whose figures the editor marks; its marks come with every result (and at once). */
    public synchronized void watch(String blockId) {
        watched = blockId;
        worker.execute(() -> {
            ValidationSession current;
            synchronized (this) {
                current = session;
            }
            if (current != null && blockId != null) {
                List<List<FigureMark>> marks = current.marks(blockId);
                ui.execute(() -> onResult.accept(new Result(null, blockId, marks)));
            }
        });
    }

    private void reschedule() {
        if (pending != null) {
            pending.cancel();
        }
        pending = timer.schedule(() -> worker.execute(this::run), PAUSE);
    }

    /** Runs on the validation thread. */
    private void run() {
        ValidationSession current;
        Project project;
        Set<String> blocks;
        boolean wholeReport;
        boolean data;
        synchronized (this) {
            current = session;
            project = latest;
            blocks = Set.copyOf(editedBlocks);
            wholeReport = reportEdited;
            data = dataEdited;
            editedBlocks.clear();
            reportEdited = false;
            dataEdited = false;
        }
        if (current == null) {
            return;
        }
        publish(validate(current, project, blocks, wholeReport, data), current);
    }

    private static ValidationReport validate(ValidationSession session, Project project, Set<String> blocks,
                                             boolean wholeReport, boolean data) {
        boolean reportUnchanged = !wholeReport && blocks.isEmpty();
        if (data) {
            ValidationReport afterData = session.dataEdited(project.data());
            if (reportUnchanged) {
                return afterData;
            }
        }
        if (wholeReport || blocks.size() > 1) {
            return session.reportEdited(project.report());
        }
        if (blocks.size() == 1) {
            return session.blockEdited(project.report(), blocks.iterator().next());
        }
        return session.validate();
    }

    private void publish(ValidationReport report, ValidationSession current) {
        String block;
        synchronized (this) {
            block = watched;
        }
        List<List<FigureMark>> marks = block == null ? List.of() : current.marks(block);
        ui.execute(() -> onResult.accept(new Result(report, block, marks)));
    }
}
