package org.esgstudio.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The export dialog: format (the designed PDF, the Word review copy with findings as comments, or a department's
 * data-collection workbook), then what the format needs (edition, theme, screen or print; chapter; department) and
 * the file; Export runs in the background with a progress bar and Cancel; afterwards the result (pages,
 * texts without English, layout warnings) with Open and Show in folder, or the error.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final TargetChooser chooser;
    private final DocumentOpener opener;
    private final VBox root = new VBox(14);
    private final Label openProblem = new Label();
    private Stage stage;

    public ExportDialog(ExportViewModel model, TargetChooser chooser, DocumentOpener opener) {
        this.model = model;
        this.chooser = chooser;
        this.opener = opener;
        root.setId("exportDialog");
        root.setPadding(new Insets(20, 24, 16, 24));
        root.setPrefWidth(620);
        root.getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
        root.getStyleClass().add("export-dialog");
        root.getChildren().addAll(form(), progress(), buttons());
    }

    /** The dialog for a workspace's project, with the system's save dialog and viewer. */
    public static ExportDialog of(Workspace workspace) {
        return new ExportDialog(new ExportViewModel(workspace::current, workspace.validationProperty()::get,
                workspace.path(), Tasks.background(), Tasks.fxThread(), PdfStages.standard())
                .withCommentThreads(() -> workspace.file().comments().threads()),
                TargetChooser.saveDialog(), DocumentOpener.system());
    }

    /**
     * The main window's entry point (File → Export PDF, Ctrl+E): opens the export dialog for the workspace's project
     * over {@code owner} (window-modal) and returns at once. Call on the FX thread.
     */
    public static ExportDialog show(Window owner, Workspace workspace) {
        return show(owner, workspace, ExportFormat.PDF);
    }

    /** Opens the dialog with {@code format} chosen (File → Export Word review copy, Export data template). */
    public static ExportDialog show(Window owner, Workspace workspace, ExportFormat format) {
        ExportDialog dialog = of(workspace);
        dialog.model.formatProperty().set(format);
        dialog.show(owner);
        return dialog;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(12);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, label("ui.export.format"), formats());
        row(grid, 1, "ui.export.edition", editions(), ExportFormat.PDF, ExportFormat.DOCX);
        row(grid, 2, "ui.export.chapter", OfficeFormatFields.chapters(model), ExportFormat.DOCX);
        row(grid, 3, "ui.export.comments", OfficeFormatFields.comments(model), ExportFormat.DOCX);
        row(grid, 4, "ui.export.department", OfficeFormatFields.departments(model), ExportFormat.TEMPLATE);
        row(grid, 5, "ui.export.theme", themes(), ExportFormat.PDF);
        row(grid, 6, "ui.export.use", uses(), ExportFormat.PDF);
        grid.addRow(7, label("ui.export.file"), target());
        grid.disableProperty().bind(model.workingProperty());
        return grid;
    }

    /** A row of the form shown only for the formats it applies to. */
    private void row(GridPane grid, int index, String key, Node field, ExportFormat... formats) {
        Label label = label(key);
        grid.addRow(index, label, field);
        List<ExportFormat> shownFor = List.of(formats);
        BooleanBinding shown = Bindings.createBooleanBinding(() -> shownFor.contains(model.formatProperty().get()),
                model.formatProperty());
        for (Node node : new Node[] {label, field}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    private static Label label(String key) {
        Label label = new Label(I18n.text(key));
        label.getStyleClass().add("export-label");
        return label;
    }

    private VBox formats() {
        ToggleGroup group = new ToggleGroup();
        RadioButton pdf = radio(group, "ui.export.format.pdf", "format-pdf");
        RadioButton docx = radio(group, "ui.export.format.docx", "format-docx");
        RadioButton template = radio(group, "ui.export.format.template", "format-template");
        pdf.setUserData(ExportFormat.PDF);
        docx.setUserData(ExportFormat.DOCX);
        template.setUserData(ExportFormat.TEMPLATE);
        group.getToggles().stream().filter(t -> t.getUserData() == model.formatProperty().get()).findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        model.formatProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        Label about = new Label();
        about.setId("exportFormatAbout");
        about.getStyleClass().addAll("text-muted", "text-small");
        about.setWrapText(true);
        about.textProperty().bind(Bindings.createStringBinding(() -> I18n.text("ui.export.format.about."
                + model.formatProperty().get().name().toLowerCase(java.util.Locale.ROOT)), model.formatProperty()));
        HBox box = new HBox(16, pdf, docx, template);
        box.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, box, about);
    }

    private HBox editions() {
        ToggleGroup group = new ToggleGroup();
        RadioButton zh = radio(group, "ui.export.edition.zh", "edition-zh");
        RadioButton en = radio(group, "ui.export.edition.en", "edition-en");
        RadioButton both = radio(group, "ui.export.edition.bilingual", "edition-bilingual");
        // Word copies carry one language: the bilingual edition is the PDF's.
        both.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.PDF));
        zh.setUserData(Edition.ZH);
        en.setUserData(Edition.EN);
        both.setUserData(Edition.BILINGUAL);
        group.getToggles().stream().filter(t -> t.getUserData() == model.editionProperty().get()).findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                model.editionProperty().set((Edition) now.getUserData());
            }
        });
        model.editionProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        HBox box = new HBox(16, zh, en, both);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<String> themes() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("exportTheme");
        box.getItems().setAll(model.themes());
        box.valueProperty().bindBidirectional(model.themeProperty());
        box.setCellFactory(list -> new ThemeCell());
        box.setButtonCell(new ThemeCell());
        // The names arrive from the theme files a moment later: redraw the cells then.
        model.themeNamesProperty().addListener((obs, old, names) -> {
            box.setButtonCell(new ThemeCell());
            box.setCellFactory(list -> new ThemeCell());
        });
        box.setPrefWidth(200);
        return box;
    }

    private final class ThemeCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty || name == null ? null : model.themeNamesProperty().get().getOrDefault(name, name));
        }
    }

    private VBox uses() {
        ToggleGroup group = new ToggleGroup();
        RadioButton screen = radio(group, "ui.export.use.screen", "use-screen");
        RadioButton print = radio(group, "ui.export.use.print", "use-print");
        (model.printProperty().get() ? print : screen).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                model.printProperty().set(now == print);
            }
        });
        return new VBox(6, screen, print);
    }

    private static RadioButton radio(ToggleGroup group, String key, String id) {
        RadioButton button = new RadioButton(I18n.text(key));
        button.setToggleGroup(group);
        button.setId(id);
        return button;
    }

    private HBox target() {
        TextField path = new TextField();
        path.setId("exportTarget");
        path.setEditable(false);
        path.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get() == null ? ""
                : model.targetProperty().get().toString(), model.targetProperty()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button(I18n.text("ui.export.choose"));
        choose.setId("exportChoose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> chooser.choose(window(), model.targetProperty().get()).ifPresent(model::choose));
        return new HBox(8, path, choose);
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        BooleanBinding running = model.stateProperty().isEqualTo(ExportViewModel.State.RUNNING);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("export-status");
        model.stateProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeAll("danger", "success");
            status.getStyleClass().remove("warning");
            if (now == ExportViewModel.State.FAILED) {
                status.getStyleClass().add("danger");
            } else if (now == ExportViewModel.State.CONFIRMING) {
                status.getStyleClass().add("warning");
            } else if (now == ExportViewModel.State.DONE) {
                status.getStyleClass().add("success");
            }
        });
        Label english = new Label();
        english.setId("exportEnglish");
        english.setWrapText(true);
        english.getStyleClass().add("warning");
        english.textProperty().bind(Bindings.createStringBinding(() -> model.englishNote(
                model.outcomeProperty().get()), model.outcomeProperty()));
        english.visibleProperty().bind(english.textProperty().isNotEmpty());
        english.managedProperty().bind(english.visibleProperty());
        TextArea list = new TextArea();
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(6);
        TitledPane warnings = new TitledPane("", list);
        warnings.setId("exportWarnings");
        warnings.setExpanded(false);
        model.outcomeProperty().addListener((obs, old, done) -> {
            list.setText(done == null ? "" : String.join("\n", done.warnings()));
            warnings.setText(done == null ? "" : I18n.text("ui.export.warnings", done.warnings().size()));
        });
        BooleanBinding anyWarnings = Bindings.createBooleanBinding(() -> model.outcomeProperty().get() != null
                && !model.outcomeProperty().get().warnings().isEmpty(), model.outcomeProperty());
        warnings.visibleProperty().bind(anyWarnings);
        warnings.managedProperty().bind(anyWarnings);
        openProblem.setId("exportOpenProblem");
        openProblem.setWrapText(true);
        openProblem.getStyleClass().add("danger");
        openProblem.visibleProperty().bind(openProblem.textProperty().isNotEmpty());
        openProblem.managedProperty().bind(openProblem.visibleProperty());
        return new VBox(8, bar, status, english, warnings, openProblem);
    }

    private HBox buttons() {
        BooleanBinding done = model.stateProperty().isEqualTo(ExportViewModel.State.DONE);
        Button open = new Button(I18n.text("ui.export.open"));
        open.setId("exportOpen");
        open.setOnAction(event -> withFile(opener::open));
        Button reveal = new Button(I18n.text("ui.export.reveal"));
        reveal.setId("exportReveal");
        reveal.setOnAction(event -> withFile(opener::reveal));
        for (Button button : new Button[] {open, reveal}) {
            button.visibleProperty().bind(done);
            button.managedProperty().bind(done);
        }
        Button export = new Button(I18n.text("ui.export.export"));
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.workingProperty());
        export.setOnAction(event -> {
            openProblem.setText("");
            model.export();
        });
        // With validation errors Export asks first: "Export anyway" takes its place until the user decides.
        BooleanBinding asking = model.stateProperty().isEqualTo(ExportViewModel.State.CONFIRMING);
        export.visibleProperty().bind(asking.not());
        export.managedProperty().bind(asking.not());
        Button anyway = new Button(I18n.text("ui.export.exportAnyway"));
        anyway.setId("exportAnyway");
        anyway.getStyleClass().add("danger");
        anyway.visibleProperty().bind(asking);
        anyway.managedProperty().bind(asking);
        anyway.setOnAction(event -> model.exportAnyway());
        Button cancel = new Button();
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        BooleanBinding running = model.stateProperty().isEqualTo(ExportViewModel.State.RUNNING);
        cancel.textProperty().bind(Bindings.when(running.or(asking)).then(I18n.text("ui.export.cancel"))
                .otherwise(I18n.text("ui.export.close")));
        cancel.setOnAction(event -> {
            if (running.get() || asking.get()) {
                model.cancel();
            } else if (stage != null) {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, open, reveal, spacer, export, anyway, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    /** Hands the exported file to the system in the background; a failure is shown under the result. */
    private void withFile(FileAction action) {
        ExportOutcome done = model.outcomeProperty().get();
        if (done == null) {
            return;
        }
        Path file = done.file();
        openProblem.setText("");
        Tasks.<Void>create(() -> {
            action.run(file);
            return null;
        }).onError(error -> openProblem.setText(I18n.text("ui.export.openFailed", file.getFileName(),
                error.getMessage() == null ? error.toString() : error.getMessage()))).run();
    }

    /** An opener's method. */
    private interface FileAction {
        void run(Path file) throws Exception;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Shows the dialog over {@code owner}; closing it while an export runs cancels the export. */
    public Stage show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(I18n.text("ui.export.title"));
        Scene scene = new Scene(root);
        java.net.URL studio = ExportDialog.class.getResource("/org/esgstudio/ui/studio.css");
        if (studio != null) {
            scene.getStylesheets().add(studio.toExternalForm());
        }
        stage.setScene(scene);
        // Rows come and go with the format, and the result adds lines: the window follows its content's height.
        model.formatProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
        model.stateProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
        stage.setOnCloseRequest(event -> model.cancel());
        stage.show();
        return stage;
    }

    public ExportViewModel model() {
        return model;
    }

    public Parent view() {
        return root;
    }
}
