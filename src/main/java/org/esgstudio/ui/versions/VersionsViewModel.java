package org.esgstudio.ui.versions;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.office.changes.ChangeReportDocx;
import org.esgstudio.review.compare.ChangeReport;
import org.esgstudio.store.Authors;
import org.esgstudio.store.ChangeReports;
import org.esgstudio.store.NamedVersion;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.common.I18n;

/**
 * The versions dialog's state: the named versions of the open project, naming the saved state as a new one, the two
 * states chosen for comparison ({@value ProjectFile#CURRENT_STATE} or a version name), the comparison, and writing
 * its change report. Every file access runs on {@code background}; the properties change on {@code ui} only. Unsaved
 * edits are saved first ({@code saveNow}), so that "current" and a new version are what the editor shows.
 */
public final class VersionsViewModel {
    private final ProjectFile file;
    private final Runnable saveNow;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<NamedVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<String> states = FXCollections.observableArrayList(ProjectFile.CURRENT_STATE);
    private final ObjectProperty<String> from = new SimpleObjectProperty<>();
    private final ObjectProperty<String> to = new SimpleObjectProperty<>(ProjectFile.CURRENT_STATE);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<ChangeReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);

    public VersionsViewModel(ProjectFile file, Runnable saveNow, Executor background, Executor ui, Clock clock) {
        this.file = file;
        this.saveNow = saveNow;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
    }

    /** Reads the versions (when the dialog opens). */
    public void refresh() {
        run(file::versions, this::showVersions);
    }

    /** Saves pending edits and names the saved state {@link #newNameProperty()}; refused names are shown, not thrown. */
    public void nameVersion() {
        String name = newName.get();
        run(() -> {
            saveNow.run();
            NamedVersion named = file.nameVersion(name, Authors.current());
            return new Named(named, file.versions());
        }, named -> {
            showVersions(named.all());
            newName.set("");
            from.set(named.version().name());
            ok(I18n.text("version.ui.named", named.version().name(), named.version().revisionId()));
        });
    }

    private record Named(NamedVersion version, List<NamedVersion> all) {
    }

    /** Compares the two chosen states. */
    public void compare() {
        String earlier = from.get();
        String later = to.get();
        if (earlier == null || later == null) {
            fail(I18n.text("version.ui.chooseTwo"));
            return;
        }
        run(() -> {
            if (ProjectFile.CURRENT_STATE.equals(earlier) || ProjectFile.CURRENT_STATE.equals(later)) {
                saveNow.run();
            }
            return ChangeReports.between(file, earlier, later);
        }, compared -> {
            report.set(compared);
            ok(compared.comparison().isEmpty() ? I18n.text("version.report.nothing") : "");
        });
    }

    /** Writes the change report of the comparison shown to {@code target} (.docx). */
    public void export(Path target) {
        ChangeReport shown = report.get();
        if (shown == null) {
            return;
        }
        run(() -> {
            ChangeReportDocx.write(shown, clock.instant(), target);
            return target;
        }, written -> ok(I18n.text("version.ui.exported", written.getFileName())));
    }

    /** The file a change report is suggested under: beside the project, named after the two states. */
    public Path suggestedTarget() {
        ChangeReport shown = report.get();
        Path folder = file.path().toAbsolutePath().getParent();
        String name = shown == null ? I18n.text("version.report.title") : I18n.text("version.ui.fileName", shown.from().current()
                ? I18n.text("version.ui.current") : shown.from().name(), shown.to().current()
                ? I18n.text("version.ui.current") : shown.to().name());
        return folder.resolve(name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".docx");
    }

    private void showVersions(List<NamedVersion> all) {
        versions.setAll(all);
        String keepFrom = from.get();
        String keepTo = to.get();
        states.setAll(ProjectFile.CURRENT_STATE);
        all.forEach(version -> states.add(version.name()));
        from.set(keepFrom != null && states.contains(keepFrom) ? keepFrom
                : all.isEmpty() ? null : all.get(all.size() - 1).name());
        to.set(keepTo != null && states.contains(keepTo) ? keepTo : ProjectFile.CURRENT_STATE);
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        working.set(true);
        status.set("");
        failed.set(false);
        background.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> {
                    working.set(false);
                    done.accept(result);
                });
            } catch (UserFacingException e) {
                ui.execute(() -> fail(e.getMessage()));
            } catch (Exception | LinkageError e) {
                ui.execute(() -> fail(I18n.text("version.ui.failed", e.getMessage() == null ? e.toString()
                        : e.getMessage())));
            }
        });
    }

    private void ok(String message) {
        working.set(false);
        failed.set(false);
        status.set(message);
    }

    private void fail(String message) {
        working.set(false);
        failed.set(true);
        status.set(message);
    }

    public ObservableList<NamedVersion> versions() {
        return versions;
    }

    /** "current" and the version names, for the two choosers. */
    public ObservableList<String> states() {
        return states;
    }

    public ObjectProperty<String> fromProperty() {
        return from;
    }

    public ObjectProperty<String> toProperty() {
        return to;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyObjectProperty<ChangeReport> reportProperty() {
        return report;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
