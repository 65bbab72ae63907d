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
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.outline.ElementText;
import org.esgstudio.ui.outline.OutlineModel;
import org.esgstudio.ui.outline.OutlineNode;

/** The main window's state: the open project, its outline, the selected element and the status line. */
public final class MainViewModel {
    private final Executor background;
    private final Executor ui;
    private final StringProperty windowTitle = new SimpleStringProperty(I18n.text("ui.app.name"));
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<OutlineNode> outline = new SimpleObjectProperty<>();
    private final ObjectProperty<ElementText> selection = new SimpleObjectProperty<>();
    private ProjectFile file;

    public MainViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Opens the user's working copy of the main sample (made on first start, never the bundled original). */
    public void openWorkingCopy() {
        load(() -> WorkingCopy.of(BundledSamples.MAIN));
    }

    public void open(Path path) {
        load(() -> path);
    }

    private void load(java.util.concurrent.Callable<Path> where) {
        loading.set(true);
        status.set(I18n.text("ui.status.opening"));
        Tasks.create(() -> {
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

    private record Opened(ProjectFile file, Project project) {
    }

    private void show(Opened opened) {
        close();
        file = opened.file();
        java.nio.file.Path path = opened.file().path();
        Project p = opened.project();
        project.set(p);
        outline.set(OutlineModel.of(p.report()));
        windowTitle.set(p.report().settings().shortName().zh() + " · " + p.report().settings().title().zh() + " — "
                + I18n.text("ui.app.name"));
        ReportStatistics stats = ReportStatistics.of(p.report());
        status.set(I18n.text("ui.status.opened", path.getFileName(), stats.chapters(), stats.sections(),
                stats.blocks(), stats.caseStudies(), p.data().indicators().size()));
        loading.set(false);
    }

    private void fail(Throwable error) {
        loading.set(false);
        status.set(error instanceof UserFacingException problem ? problem.getMessage()
                : I18n.text("ui.status.failed", error));
    }

    public void select(String id) {
        Project p = project.get();
        selection.set(p == null || id == null ? null : ElementText.of(p.report(), id).orElse(null));
    }

    /** Closes the open project file (on another project or on exit). */
    public void close() {
        if (file != null) {
            ProjectFile closing = file;
            file = null;
            background.execute(closing::close);
        }
    }

    /**
     * Closes the open project file before the application exits. It runs on the calling thread: the background
     * threads are daemons, so a close handed to them could be cut off by the exit and leave the WAL unfolded.
     */
    public void shutdown() {
        if (file != null) {
            ProjectFile closing = file;
            file = null;
            closing.close();
        }
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

    public ReadOnlyObjectProperty<OutlineNode> outlineProperty() {
        return outline;
    }

    public ReadOnlyObjectProperty<ElementText> selectionProperty() {
        return selection;
    }
}
