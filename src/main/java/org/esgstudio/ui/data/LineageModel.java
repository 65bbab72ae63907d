package org.esgstudio.ui.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.Approval;
import org.esgstudio.review.Lineages;
import org.esgstudio.review.SignOff;
import org.esgstudio.review.SignOffReport;
import org.esgstudio.review.ValueLineage;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The lineage shown beside the data grid, without controls: the selected value's lineage, read on a background
 * thread (its history and the approvals from the project file, its citations and sign-off from the report), and a
 * status line while there is none (nothing selected, reading, never entered, failed). It is read again when the
 * selection moves, the data change, or a validation ends (citations follow the report); only the newest read is shown.
 */
public final class LineageModel {
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<SelectedValue> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ValueLineage> lineage = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty(I18n.text("lineage.ui.none"));
    private final AtomicLong reads = new AtomicLong();
    private final ReviewCache reviews = new ReviewCache();

    public LineageModel(Workspace workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        selected.addListener((obs, old, now) -> read());
        workspace.addChangeListener(change -> {
            if (change.before().data() != change.after().data()) {
                read();
            }
        });
        workspace.validationProperty().addListener((obs, old, now) -> read());
    }

    /** The value whose lineage is shown; null for none. */
    public ObjectProperty<SelectedValue> selectedProperty() {
        return selected;
    }

    /** The lineage read last for the selected value; null while there is none. */
    public ReadOnlyObjectProperty<ValueLineage> lineageProperty() {
        return lineage;
    }

    /** What to say instead of a lineage (empty while one is shown). */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Reads the selected value's lineage again (FX thread). */
    public void read() {
        SelectedValue wanted = selected.get();
        long read = reads.incrementAndGet();
        if (wanted == null) {
            lineage.set(null);
            status.set(I18n.text("lineage.ui.none"));
            return;
        }
        ValueLineage shown = lineage.get();
        if (shown == null || !shown.code().equals(wanted.code()) || shown.year() != wanted.year()) {
            lineage.set(null);
            status.set(I18n.text("lineage.ui.loading", wanted));
        }
        Project project = workspace.current();
        ValidationReport validation = workspace.validationProperty().get();
        ProjectFile file = workspace.file();
        Tasks.create(() -> load(file, project, validation, wanted))
                .onSuccess(found -> {
                    if (read == reads.get()) {
                        lineage.set(found.orElse(null));
                        status.set(found.isPresent() ? "" : I18n.text("lineage.ui.noValue"));
                    }
                })
                .onError(error -> {
                    if (read == reads.get()) {
                        lineage.set(null);
                        status.set(I18n.text("lineage.ui.failed", error instanceof UserFacingException
                                ? error.getMessage() : error.toString()));
                    }
                })
                .run(background, ui);
    }

    private Optional<ValueLineage> load(ProjectFile file, Project project, ValidationReport validation,
                                        SelectedValue wanted) {
        SignOffReport review = reviews.of(project, validation, file.approvals());
        return Lineages.of(project, wanted.code(), wanted.year(), file.valueHistory(wanted.code(), wanted.year()),
                review);
    }

    /**
     * The sign-off of the project as last read: evaluating it walks the whole report, while moving from value to value
     * changes nothing it depends on. The latest live validation is used when there is one.
     */
    private static final class ReviewCache {
        private Project project;
        private ValidationReport validation;
        private List<Approval> approvals;
        private SignOffReport report;

        synchronized SignOffReport of(Project now, ValidationReport validated, List<Approval> given) {
            if (report == null || project != now || validation != validated || !Objects.equals(approvals, given)) {
                ValidationReport used = validated != null ? validated
                        : Validator.validate(now.report(), now.data(), now.report().settings().year());
                report = SignOff.evaluate(now, given, used);
                project = now;
                validation = validated;
                approvals = given;
            }
            return report;
        }
    }
}
