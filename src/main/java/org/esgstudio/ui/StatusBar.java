package org.esgstudio.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.SaveState;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The line at the foot of the window: what happened last, the review counts (errors, warnings), how many blocks
 * still lack English, and whether everything is saved.
 */
final class StatusBar {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final HBox bar = new HBox(14);
    private final Label review = new Label();
    private final Label english = new Label();
    private final Label saved = new Label();
    private Workspace workspace;
    private final ChangeListener<ValidationReport> onValidation = (obs, old, report) -> showReview(report);
    private final ChangeListener<SaveState> onSave = (obs, old, state) -> showSave(state);
    private final ChangeListener<Workspace> onWorkspace = (obs, old, now) -> follow(now);
    private MainViewModel model;

    StatusBar(MainViewModel model) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        review.setId("reviewCounts");
        english.setId("englishMissing");
        saved.setId("saveState");
        saved.getStyleClass().add("text-muted");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(status, spacer, review, english, saved, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("esg-status");
        this.model = model;
        model.workspaceProperty().addListener(onWorkspace);
        follow(model.workspaceProperty().get());
    }

    /** Stops following the view model (the window is being built anew). */
    void dispose() {
        model.workspaceProperty().removeListener(onWorkspace);
        follow(null);
    }

    private void follow(Workspace now) {
        if (workspace != null) {
            workspace.validationProperty().removeListener(onValidation);
            workspace.saveStateProperty().removeListener(onSave);
        }
        workspace = now;
        if (now == null) {
            review.setText("");
            english.setText("");
            saved.setText("");
            return;
        }
        now.validationProperty().addListener(onValidation);
        now.saveStateProperty().addListener(onSave);
        showReview(now.validationProperty().get());
        showSave(now.saveStateProperty().get());
    }

    private void showReview(ValidationReport report) {
        review.getStyleClass().removeAll("status-errors", "status-clean");
        if (report == null) {
            review.setText(I18n.text("ui.status.checking"));
            english.setText("");
            return;
        }
        long errors = report.count(Severity.ERROR);
        review.setText(I18n.text("ui.status.review", errors, report.count(Severity.WARNING)));
        review.getStyleClass().add(errors > 0 ? "status-errors" : "status-clean");
        long missing = report.findings().stream().filter(f -> f.kind() == FindingKind.TRANSLATION).count();
        english.setText(missing == 0 ? "" : I18n.text("ui.status.englishMissing", missing));
    }

    private void showSave(SaveState state) {
        saved.getStyleClass().remove("status-errors");
        switch (state.kind()) {
            case SAVED -> saved.setText(I18n.text("ui.status.saved", TIME.format(state.at())));
            case PENDING, SAVING -> saved.setText(I18n.text("ui.status.saving"));
            case FAILED -> {
                saved.setText(I18n.text("ui.status.saveFailed", state.problem()));
                saved.getStyleClass().add("status-errors");
            }
            case READ_ONLY -> {
                saved.setText(state.problem());
                saved.getStyleClass().add("status-errors");
            }
        }
    }

    HBox node() {
        return bar;
    }
}
