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
import org.esgstudio.store.Backup;
import org.esgstudio.store.Backups;
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
    private final StringProperty notice = new SimpleStringProperty();
    private final ObjectProperty<RestoreOffer> restoreOffer = new SimpleObjectProperty<>();
    /** The last close handed to the background: an open waits for it, so a file closed and opened again is free. */
    private volatile java.util.concurrent.CompletableFuture<Void> closing =
            java.util.concurrent.CompletableFuture.completedFuture(null);
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
        restoreOffer.set(null);
        Tasks.create(() -> {
            StartupTrace.step("loading the project");
            closing.handle((closed, failed) -> null).join();
            Path path = where.call();
            ProjectFile opened;
            try {
                // For writing; read-only (saying who has it) when someone else is editing it.
                opened = ProjectFile.openForEditing(path);
            } catch (UserFacingException e) {
                // A damaged file: offer its newest sound backup (looked for here, off the FX thread).
                throw new OpenFailed(e, Backups.standard().offerFor(e).map(backup -> new RestoreOffer(path, backup))
                        .orElse(null));
            }
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

    /** A project file that could not be opened because it is damaged, and the sound backup that could replace it. */
    public record RestoreOffer(Path file, Backup backup) {
    }

    /** A file that failed to open, with the backup to offer (null when there is none). */
    private static final class OpenFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RestoreOffer offer;

        OpenFailed(UserFacingException cause, RestoreOffer offer) {
            super(cause);
            this.offer = offer;
        }
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
        ProjectFile file = opened.file();
        windowTitle.set(p.report().settings().shortName().zh() + " · " + p.report().settings().title().zh()
                + (file.mode() == OpenMode.READ_ONLY ? " " + I18n.text("lock.ui.title.suffix") : "") + " — "
                + I18n.text("ui.app.name"));
        shownCounts = counts(path, p);
        status.set(shownCounts + notes(file));
        loading.set(false);
        file.readOnlyReason().ifPresent(reason -> {
            notice.set(null);
            notice.set(I18n.text("lock.ui.readOnly", reason.getMessage()));
        });
    }

    /** What opening noted on the way (a stale lock taken over, a backup that failed), for the status line. */
    private static String notes(ProjectFile file) {
        StringBuilder notes = new StringBuilder();
        file.recoveredLock().ifPresent(holder -> notes.append(" · ").append(I18n.text("lock.ui.recovered",
                I18n.text("lock.recovered", file.path().getFileName(), holder.user(), holder.host(),
                        Long.toString(holder.pid()), holder.sinceText()))));
        file.backupProblem().ifPresent(problem -> notes.append(" · ").append(problem.getMessage()));
        return notes.toString();
    }

    private static String counts(java.nio.file.Path path, Project p) {
        ReportStatistics stats = ReportStatistics.of(p.report());
        return I18n.text("ui.status.opened", path.getFileName(), stats.chapters(), stats.sections(),
                stats.blocks(), stats.caseStudies(), p.data().indicators().size());
    }

    private void fail(Throwable error) {
        loading.set(false);
        if (error instanceof OpenFailed failed) {
            restoreOffer.set(failed.offer);
            error = failed.getCause();
        }
        String message = error instanceof UserFacingException userFacing ? userFacing.getMessage()
                : I18n.text("ui.status.failed", error);
        status.set(message);
        problem.set(null);
        problem.set(message);
    }

    /**
     * Puts the offered backup back in place of the damaged file (the damaged file is kept as a backup), then opens it;
     * a failure is shown as a problem.
     */
    public void restore(RestoreOffer offer) {
        restoreOffer.set(null);
        load(() -> {
            Backups.standard().restore(offer.file(), offer.backup().name());
            return offer.file();
        });
    }

    /** The sound backup offered for the file that just failed to open as damaged; null when there is none. */
    public ReadOnlyObjectProperty<RestoreOffer> restoreOfferProperty() {
        return restoreOffer;
    }

    /** Something to tell in a dialog that is not a failure (the file was opened read-only: who is editing it). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** The last problem to show in a dialog (a file that cannot be opened or created); null when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Saves and closes the open project (on another project or on exit); the file is closed in the background. */
    public void close() {
        Workspace open = workspace.get();
        if (open != null) {
            workspace.set(null);
            closing = java.util.concurrent.CompletableFuture.runAsync(() -> {
                open.saveNow();
                open.file().close();
            }, background);
        }
    }

    /**
     * Saves and closes the open project before the application exits. It runs on the calling thread: the background
     * threads are daemons, so a close handed to them could be cut off by the exit and leave the WAL unfolded.
     */
    public void shutdown() {
        Workspace open = workspace.get();
        if (open != null) {
            workspace.set(null);
            open.saveNow();
            open.file().close();
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
