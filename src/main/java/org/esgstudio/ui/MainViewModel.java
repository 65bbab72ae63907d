package org.esgstudio.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
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
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.json.BundledSamples;
import org.esgstudio.model.ReportStatistics;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.WorkingCopy;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.StartupTrace;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The main window's state: the open workspace (project file, project, undo, autosave, live checks), the window
 * title and the status line. Opening runs in the background; the previous workspace is saved and closed first.
 */
public final class MainViewModel {
    private final Executor background;
    private final Executor ui;
    private final java.util.function.Supplier<Workspace.Services> services;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final StringProperty windowTitle = new SimpleStringProperty(I18n.text("ui.app.name"));
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty();
    private java.util.function.Consumer<Path> onOpened = path -> { };
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    public MainViewModel(Executor background, Executor ui) {
        this(background, ui, () -> Workspace.Services.standard(ui));
    }

    /** With the workspace's threads given (tests run everything on the calling thread). */
    public MainViewModel(Executor background, Executor ui, java.util.function.Supplier<Workspace.Services> services) {
        this.background = background;
        this.ui = ui;
        this.services = services;
    }

    /** Opens the user's working copy of the main sample (made on first start, never the bundled original). */
    public void openWorkingCopy() {
        load(() -> WorkingCopy.of(BundledSamples.MAIN));
    }

    public void open(Path path) {
        Workspace open = workspace.get();
        if (open != null && open.path().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
            return; // already open
        }
        load(() -> path);
    }

    /** Creates a new project file from a sample or as an empty report, then opens it. */
    public void create(org.esgstudio.ui.files.NewReportChoice choice, Path target) {
        status.set(I18n.text("ui.status.creating", target.getFileName()));
        load(() -> {
            String summary = I18n.text("ui.newReport.title");
            if (choice.isSample()) {
                org.esgstudio.store.NewProjects.fromSample(choice.sample(), target, summary);
            } else {
                org.esgstudio.store.NewProjects.blank(choice.company(), choice.year(), target, summary);
            }
            return target;
        });
    }

    /** Opens the open project again (after the interface language changed: every view is built anew). */
    public void reopen() {
        Workspace open = workspace.get();
        if (open != null) {
            workspace.set(null);
            Path path = open.path();
            load(() -> {
                open.saveNow();
                open.file().close();
                return path;
            });
        }
    }

    /** Called with the path of every project opened (the recent-files list). */
    public void setOnOpened(java.util.function.Consumer<Path> listener) {
        this.onOpened = listener;
    }

    private void load(java.util.concurrent.Callable<Path> where) {
        loading.set(true);
        status.set(I18n.text("ui.status.opening"));
        Tasks.create(() -> {
            StartupTrace.step("loading the project");
            Path path = where.call();
            ProjectFile opened = ProjectFile.open(path, OpenMode.READ_WRITE);
            try {
                return new Opened(opened, opened.load());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }).onSuccess(this::show).onError(this::fail).run(background, ui);
    }

    /** The counts the status line shows for the open project, so an edit only refreshes them, not a problem shown. */
    private String shownCounts = "";

    private record Opened(ProjectFile file, Project project) {
    }

    private void show(Opened opened) {
        StartupTrace.step("project loaded");
        close();
        Workspace opening = new Workspace(opened.file(), opened.project(), services.get());
        onOpened.accept(opened.file().path());
        java.nio.file.Path path = opened.file().path();
        Project p = opened.project();
        opening.projectProperty().addListener((obs, old, now) -> project.set(now));
        // Chapters, sections, blocks and indicators counted again after an edit that can change them (an import,
        // an added case study; not typing in one block), unless the status shows something else meanwhile.
        opening.addChangeListener(change -> {
            if (change.onlyBlock() == null && shownCounts.equals(status.get())) {
                shownCounts = counts(path, change.after());
                status.set(shownCounts);
            }
        });
        project.set(p);
        workspace.set(opening);
        windowTitle.set(p.report().settings().shortName().zh() + " · " + p.report().settings().title().zh() + " — "
                + I18n.text("ui.app.name"));
        shownCounts = counts(path, p);
        status.set(shownCounts);
        loading.set(false);
    }

    private static String counts(java.nio.file.Path path, Project p) {
        ReportStatistics stats = ReportStatistics.of(p.report());
        return I18n.text("ui.status.opened", path.getFileName(), stats.chapters(), stats.sections(),
                stats.blocks(), stats.caseStudies(), p.data().indicators().size());
    }

    private void fail(Throwable error) {
        loading.set(false);
        String message = error instanceof UserFacingException userFacing ? userFacing.getMessage()
                : I18n.text("ui.status.failed", error);
        status.set(message);
        problem.set(null);
        problem.set(message);
    }

    /** The last problem to show in a dialog (a file that cannot be opened or created); null when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Saves and closes the open project (on another project or on exit); the file is closed in the background. */
    public void close() {
        Workspace closing = workspace.get();
        if (closing != null) {
            workspace.set(null);
            background.execute(() -> {
                closing.saveNow();
                closing.file().close();
            });
        }
    }

    /**
     * Saves and closes the open project before the application exits. It runs on the calling thread: the background
     * threads are daemons, so a close handed to them could be cut off by the exit and leave the WAL unfolded.
     */
    public void shutdown() {
        Workspace closing = workspace.get();
        if (closing != null) {
            workspace.set(null);
            closing.saveNow();
            closing.file().close();
        }
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

}
