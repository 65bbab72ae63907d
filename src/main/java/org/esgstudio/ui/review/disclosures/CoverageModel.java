package org.esgstudio.ui.review.disclosures;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.esgstudio.data.Project;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.Coverage;
import org.esgstudio.frameworks.CoverageReport;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.ui.editor.disclosures.DisclosurePicker;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The report's coverage of one catalogue, kept current: worked out off the FX thread when first asked for, after
 * every change of the project while the coverage is shown, when it is shown again after changes made while it was
 * hidden, and when another catalogue is chosen. One is worked out at a time; changes made meanwhile are worked out
 * next, and only the newest result is shown. Confined to the FX thread except for the work itself.
 */
public final class CoverageModel {
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<Catalogues> catalogues = new SimpleObjectProperty<>();
    private final StringProperty catalogueId = new SimpleStringProperty(DisclosurePicker.DEFAULT_CATALOGUE);
    private final ObjectProperty<CoverageReport> report = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    /** Whether the coverage is on screen (the window binds it to its tab); work waits while it is not. */
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private boolean stale;
    private boolean running;
    private boolean again;

    public CoverageModel(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        workspace.projectProperty().addListener((obs, old, project) -> changed());
        shown.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        catalogueId.addListener((obs, old, id) -> refresh());
        refresh();
    }

    private void changed() {
        if (shown.get() || report.get() == null) {
            refresh();
        } else {
            stale = true;
        }
    }

    /**
     * Works the coverage out again for the project as it is now and the chosen catalogue. While one is being worked
     * out, a further call only notes that another is due: typing gets one at a time, and what is shown is never
     * older than what was shown before.
     */
    public void refresh() {
        stale = false;
        if (running) {
            again = true;
            return;
        }
        running = true;
        Project project = workspace.current();
        String id = catalogueId.get();
        Catalogues known = catalogues.get();
        background.execute(() -> {
            Catalogues at = known;
            CoverageReport worked = null;
            String problem = "";
            try {
                at = known != null ? known : org.esgstudio.ui.common.Frameworks.catalogues();
                Catalogue catalogue = at.find(id).orElse(at.all().isEmpty() ? null : at.all().get(0));
                worked = catalogue == null ? null : Coverage.of(catalogue, project.report(), project.data());
            } catch (UserFacingException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) { // a bug: said, rather than a tab that stops following the report
                problem = String.valueOf(e);
            }
            Catalogues read = at;
            CoverageReport result = worked;
            String said = problem;
            ui.execute(() -> finished(read, result, said));
        });
    }

    private void finished(Catalogues read, CoverageReport result, String problem) {
        running = false;
        if (read != null && catalogues.get() == null) {
            catalogues.set(read);
        }
        if (again) {
            again = false;
            refresh();
            return;
        }
        message.set(problem);
        if (problem.isEmpty()) {
            report.set(result);
        }
    }

    /** The catalogues at hand, once read (null before). */
    public ReadOnlyObjectProperty<Catalogues> cataloguesProperty() {
        return catalogues;
    }

    /** The id of the catalogue the coverage is of (GRI first). */
    public StringProperty catalogueIdProperty() {
        return catalogueId;
    }

    public ReadOnlyObjectProperty<CoverageReport> reportProperty() {
        return report;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    /** A catalogue that could not be read, else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
