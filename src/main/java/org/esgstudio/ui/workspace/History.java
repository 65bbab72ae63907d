package org.esgstudio.ui.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.esgstudio.data.Project;

/**
 * Undo and redo over whole project states. The report and data are immutable and share untouched nodes, so keeping
 * a state per edit costs only the changed path. A run of edits with one merge key, each within
 * {@link #MERGE_WINDOW} of the last, is one step.
 */
public final class History {
    static final Duration MERGE_WINDOW = Duration.ofMillis(1500);
    static final int DEPTH = 1000;

    /** One undoable step: the state before it, its label, and when and under which key it was last extended. */
    record Step(Project before, Project after, String label, String mergeKey, Instant last) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** Records that {@code before} became {@code after} by an edit. */
    public void record(Project before, Project after, Edit edit, Instant at) {
        redo.clear();
        Step top = undo.peek();
        if (top != null && edit.mergeKey() != null && edit.mergeKey().equals(top.mergeKey())
                && Duration.between(top.last(), at).compareTo(MERGE_WINDOW) <= 0 && top.after() == before) {
            undo.pop();
            undo.push(new Step(top.before(), after, top.label(), top.mergeKey(), at));
            return;
        }
        undo.push(new Step(before, after, edit.label(), edit.mergeKey(), at));
        if (undo.size() > DEPTH) {
            undo.removeLast();
        }
    }

    /** Ends the current merge run, so that the next edit is a step of its own (focus left the field). */
    public void seal() {
        Step top = undo.peek();
        if (top != null && top.mergeKey() != null) {
            undo.pop();
            undo.push(new Step(top.before(), top.after(), top.label(), null, top.last()));
        }
    }

    /** The state to go back to, moving the step to the redo list; empty when there is nothing to undo. */
    public Optional<Project> undo() {
        Step step = undo.poll();
        if (step == null) {
            return Optional.empty();
        }
        redo.push(step);
        return Optional.of(step.before());
    }

    public Optional<Project> redo() {
        Step step = redo.poll();
        if (step == null) {
            return Optional.empty();
        }
        undo.push(new Step(step.before(), step.after(), step.label(), null, step.last()));
        return Optional.of(step.after());
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
