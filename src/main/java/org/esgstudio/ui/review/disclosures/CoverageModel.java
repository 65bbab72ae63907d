package org.esgstudio.ui.review.disclosures;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
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
import org.esgstudio.json.CatalogueFiles;
import org.esgstudio.ui.editor.disclosures.DisclosurePicker;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The report's coverage of one catalogue, kept current: worked out off the FX thread when first asked for, after
 * every change of the project while the coverage is shown, when it is shown again after changes made while it was
 * hidden, and when another catalogue is chosen. A newer result replaces an older one, never the other way round.
 */
public final class CoverageModel {
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<Catalogues> catalogues = new SimpleObjectProperty<>();
    private final StringProperty catalogueId = new SimpleStringProperty(DisclosurePicker.DEFAULT_CATALOGUE);
    private final ObjectProperty<CoverageReport> report = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    /** Whether the coverage is on screen (the window binds it to its tab); work waits while it is not. */
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private boolean stale;

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

    /** Works the coverage out again for the project as it is now and the chosen catalogue. */
    public void refresh() {
        Project project = workspace.current();
        String id = catalogueId.get();
        Catalogues known = catalogues.get();
        stale = false;
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            try {
                Catalogues at = known != null ? known : CatalogueFiles.shipped();
                Catalogue catalogue = at.find(id).orElse(at.all().isEmpty() ? null : at.all().get(0));
                CoverageReport worked = catalogue == null ? null : Coverage.of(catalogue, project.report(),
                        project.data());
                ui.execute(() -> {
                    if (known == null && catalogues.get() == null) {
                        catalogues.set(at);
                    }
                    if (mine == generation.get()) {
                        report.set(worked);
                        message.set("");
                    }
                });
            } catch (UserFacingException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
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
