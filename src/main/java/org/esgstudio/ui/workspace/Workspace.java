package org.esgstudio.ui.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.esgstudio.data.Project;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.store.ProjectFile;

/**
 * One open project being edited: the state every view shows and the one door every change goes through. An
 * {@link Edit} applied here becomes the new project at once (on the FX thread), is recorded for undo, saved by
 * {@link Autosave} within a second, and re-validated by {@link LiveValidation} after the pause in typing. The
 * selection (the node shown in the editor) is shared by the outline, editor, preview and review panel.
 *
 * <p>Confined to the FX thread except where noted; the background threads read the project through
 * {@link #current()}.
 */
public final class Workspace {
    private final ProjectFile file;
    private final Clock clock;
    private final AtomicReference<Project> current;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ValidationReport> validation = new SimpleObjectProperty<>();
    private final ObjectProperty<SaveState> saveState;
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final History history = new History();
    private final Autosave autosave;
    private final LiveValidation live;
    private final List<Consumer<Change>> changeListeners = new java.util.ArrayList<>();
    private String markedBlock;
    private Consumer<List<List<FigureMark>>> marksListener;

    /** A change of the project: the states before and after, and the edit (null for an undo or redo). */
    public record Change(Project before, Project after, Edit edit) {
        /** The block whose content alone changed, or null when the change may touch anything. */
        public String onlyBlock() {
            return edit != null && edit.scope() == Edit.Scope.BLOCK ? edit.targetId() : null;
        }

        public boolean reportChanged() {
            return before.report() != after.report();
        }
    }

    /** The threads and clock a workspace works with; tests pass direct executors and an immediate scheduler. */
    public record Services(Scheduler timer, Executor store, Executor validation, Executor ui, Clock clock) {
        public static Services standard(Executor ui) {
            return new Services(Scheduler.timer(), Workers.single("esg-store"), Workers.single("esg-validation"), ui,
                    Clock.systemDefaultZone());
        }
    }

    public Workspace(ProjectFile file, Project opened, Services services) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = services.clock();
        this.current = new AtomicReference<>(opened);
        this.project.set(opened);
        this.saveState = new SimpleObjectProperty<>(readOnly()
                ? new SaveState(SaveState.Kind.READ_ONLY, clock.instant(), file.readOnlyReason()
                        .flatMap(reason -> reason instanceof org.esgstudio.store.ProjectLockedException locked
                                ? locked.holder() : java.util.Optional.empty())
                        .map(holder -> org.esgstudio.i18n.Messages.get("lock.ui.status", holder.user()))
                        .orElse(org.esgstudio.i18n.Messages.get("lock.ui.statusUnknown")))
                : SaveState.saved(clock.instant()));
        this.autosave = new Autosave(file, current::get, services.timer(), services.store(), services.ui(),
                saveState::set, clock);
        this.live = new LiveValidation(services.timer(), services.validation(), services.ui(), this::validated);
        live.open(opened);
    }

    /**
     * Applies a user's change: the new project is shown at once, then saved and checked in the background. A file
     * open read-only (someone else is editing it) takes no change: nothing would be saved.
     */
    public void apply(Edit edit) {
        if (readOnly()) {
            return;
        }
        Project before = current.get();
        Project after = edit.change().apply(before);
        if (after.equals(before)) {
            return;
        }
        history.record(before, after, edit, clock.instant());
        show(after);
        fire(new Change(before, after, edit));
        autosave.changed(edit.label());
        live.edited(after, edit);
    }

    /** Ends the current typing run: the next edit is undone on its own. */
    public void sealUndo() {
        history.seal();
    }

    public void undo() {
        history.undo().ifPresent(this::restore);
    }

    public void redo() {
        history.redo().ifPresent(this::restore);
    }

    private void restore(Project state) {
        Project before = current.get();
        show(state);
        fire(new Change(before, state, null));
        autosave.changed(org.esgstudio.i18n.Messages.get("ui.edit.undoRedo"));
        live.replaced(state);
    }

    private void show(Project next) {
        current.set(next);
        project.set(next);
        canUndo.set(history.undoLabel().isPresent());
        canRedo.set(history.redoLabel().isPresent());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
    }

    /** Listens to every change of the project, after the project property has changed (FX thread). */
    public void addChangeListener(Consumer<Change> listener) {
        changeListeners.add(listener);
    }

    private void fire(Change change) {
        for (Consumer<Change> listener : List.copyOf(changeListeners)) {
            listener.accept(change);
        }
    }

    /** Saves now and waits (Ctrl+S; before closing). */
    public void saveNow() {
        autosave.flush();
    }

    /**
     * Asks for the figure marks of a paragraph or list; {@code listener} gets them now and after every validation
     * until another block is watched (null stops).
     */
    public void watchMarks(String blockId, Consumer<List<List<FigureMark>>> listener) {
        markedBlock = blockId;
        marksListener = listener;
        live.watch(blockId);
    }

    private void validated(LiveValidation.Result result) {
        if (result.report() != null) {
            validation.set(result.report());
        }
        if (marksListener != null && Objects.equals(result.markedBlock(), markedBlock)) {
            marksListener.accept(result.marks());
        }
    }

    /** The project as it is now; safe to call from any thread. */
    public Project current() {
        return current.get();
    }

    public Path path() {
        return file.path();
    }

    /** Whether the file is open read-only (someone else is editing it): views show, edits are not taken. */
    public boolean readOnly() {
        return file.mode() == org.esgstudio.store.OpenMode.READ_ONLY;
    }

    public ProjectFile file() {
        return file;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    /** The id of the node shown in the editor (a part, chapter, section or block), or null. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ValidationReport> validationProperty() {
        return validation;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }
}
