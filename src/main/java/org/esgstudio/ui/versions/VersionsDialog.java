package org.esgstudio.ui.versions;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.esgstudio.store.NamedVersion;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.export.TargetChooser;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The versions dialog: the named versions of the report (name, who, when), naming the current state as a new one,
 * choosing two states (a version, or the current state) and comparing them, with the changed figures and the changed
 * blocks shown inline, and "导出变更报告…" writing the Word change report. Every file access runs in the background.
 */
public final class VersionsDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final VersionsViewModel model;
    private final TargetChooser chooser;
    private final VBox root = new VBox(12);
    private final ComparisonView comparison = new ComparisonView();
    private Stage stage;

    public VersionsDialog(VersionsViewModel model, TargetChooser chooser) {
        this.model = model;
        this.chooser = chooser;
        root.setId("versionsDialog");
        root.setPadding(new Insets(18, 22, 14, 22));
        root.setPrefSize(980, 880);
        root.getStylesheets().add(VersionsDialog.class.getResource("versions.css").toExternalForm());
        root.getStyleClass().add("versions-dialog");
        VBox.setVgrow(comparison.view(), Priority.ALWAYS);
        root.getChildren().addAll(versions(), compareBar(), status(), comparison.view(), buttons());
        comparison.show(null);
        model.reportProperty().addListener((obs, old, report) -> comparison.show(report));
    }

    /**
     * The main window's entry point (e.g. Review → Versions…): opens the dialog for the workspace's project over
     * {@code owner} and reads the versions in the background. Call on the FX thread.
     */
    public static VersionsDialog show(Window owner, Workspace workspace) {
        VersionsDialog dialog = new VersionsDialog(new VersionsViewModel(workspace.file(), workspace::saveNow,
                Tasks.background(), Tasks.fxThread(), Clock.systemDefaultZone()), TargetChooser.saveDialog());
        dialog.show(owner);
        dialog.model.refresh();
        return dialog;
    }

    private VBox versions() {
        TableView<NamedVersion> table = new TableView<>(model.versions());
        table.setId("versionList");
        table.setPrefHeight(150);
        table.setMinHeight(120);
        table.setPlaceholder(new Label(I18n.text("version.ui.noVersions")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("version.report.column.version", NamedVersion::name, 260));
        table.getColumns().add(column("version.report.column.author", NamedVersion::author, 140));
        table.getColumns().add(column("version.report.column.at", version -> WHEN.format(version.at()), 150));
        table.getColumns().add(column("version.ui.revision", version -> I18n.text("version.revision",
                version.revisionId()), 90));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.fromProperty().set(chosen.name());
            }
        });
        TextField name = new TextField();
        name.setId("versionName");
        name.setPromptText(I18n.text("version.ui.namePrompt"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button nameIt = new Button(I18n.text("version.ui.nameVersion"));
        nameIt.setId("nameVersion");
        nameIt.disableProperty().bind(model.workingProperty().or(Bindings.createBooleanBinding(
                () -> model.newNameProperty().get() == null || model.newNameProperty().get().isBlank(),
                model.newNameProperty())));
        nameIt.setOnAction(event -> model.nameVersion());
        name.setOnAction(event -> {
            if (!nameIt.isDisabled()) {
                model.nameVersion();
            }
        });
        Label title = new Label(I18n.text("version.ui.versions"));
        title.getStyleClass().add("section-title");
        HBox naming = new HBox(8, new Label(I18n.text("version.ui.nameLabel")), name, nameIt);
        naming.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, table, naming);
    }

    private static TableColumn<NamedVersion, String> column(String key,
                                                           java.util.function.Function<NamedVersion, String> value,
                                                           double width) {
        TableColumn<NamedVersion, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private HBox compareBar() {
        ComboBox<String> from = states("compareFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<String> to = states("compareTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button compare = new Button(I18n.text("version.ui.compare"));
        compare.setId("compareButton");
        compare.getStyleClass().add("accent");
        compare.setDefaultButton(true);
        compare.disableProperty().bind(model.workingProperty().or(model.fromProperty().isNull())
                .or(model.toProperty().isNull()));
        compare.setOnAction(event -> model.compare());
        HBox bar = new HBox(8, new Label(I18n.text("version.ui.compareLabel")), from, new Label("→"), to, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ComboBox<String> states(String id) {
        ComboBox<String> box = new ComboBox<>(model.states());
        box.setId(id);
        box.setPrefWidth(220);
        box.setCellFactory(list -> new StateCell());
        box.setButtonCell(new StateCell());
        return box;
    }

    /** "current" shown as 当前状态. */
    private static final class StateCell extends ListCell<String> {
        @Override
        protected void updateItem(String state, boolean empty) {
            super.updateItem(state, empty);
            setText(empty || state == null ? null : ProjectFile.CURRENT_STATE.equals(state)
                    ? I18n.text("version.ui.current") : state);
        }
    }

    private Label status() {
        Label status = new Label();
        status.setId("versionsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.failedProperty().addListener((obs, old, failed) -> {
            status.getStyleClass().removeAll("danger", "success");
            status.getStyleClass().add(failed ? "danger" : "success");
        });
        return status;
    }

    private HBox buttons() {
        Button export = new Button(I18n.text("version.ui.export"));
        export.setId("exportChangeReport");
        export.disableProperty().bind(model.workingProperty().or(model.reportProperty().isNull()));
        export.setOnAction(event -> chooser.choose(window(), model.suggestedTarget()).ifPresent(model::export));
        Button close = new Button(I18n.text("version.ui.close"));
        close.setId("versionsClose");
        close.setCancelButton(true);
        close.setOnAction(event -> {
            if (stage != null) {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, export, spacer, close);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Shows the dialog over {@code owner} (window-modal). */
    public Stage show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(I18n.text("version.ui.title"));
        Scene scene = new Scene(root);
        java.net.URL studio = VersionsDialog.class.getResource("/org/esgstudio/ui/studio.css");
        if (studio != null) {
            scene.getStylesheets().add(studio.toExternalForm());
        }
        stage.setScene(scene);
        // Never taller or wider than the screen: the buttons at the bottom must stay reachable.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(root.getPrefWidth() + 20, screen.getWidth()));
        stage.setHeight(Math.min(root.getPrefHeight() + 40, screen.getHeight()));
        stage.show();
        return stage;
    }

    public VersionsViewModel model() {
        return model;
    }

    public Parent view() {
        return root;
    }
}
