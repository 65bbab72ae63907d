package org.esgstudio.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.export.TargetChooser;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The data page (指标数据): the indicator catalogue and its values in a grid, filtered by category, department and
 * a search text; values edited in place; a workbook imported in the background (its problems listed per cell when
 * refused); the rules and whether they hold, year by year; beside the grid, the selected value's lineage; and the
 * evidence list for the assurer exported in the background.
 */
public final class DataView {
    private final BorderPane root = new BorderPane();
    private final DataViewModel model;
    private final WorkbookImport importer;
    private final Function<Window, Optional<Path>> chooser;
    private final Button importButton = new Button(I18n.text("ui.data.import.button"));
    private final LineageModel lineage;
    private final EvidenceExporter evidence;
    private final TargetChooser evidenceChooser;
    private final Button evidenceButton = new Button(I18n.text("lineage.ui.export.button"));

    public DataView(Workspace workspace) {
        this(workspace, DataView::chooseWorkbook, Tasks.background(), Tasks.fxThread());
    }

    /** With the file chooser and the import's threads given (tests answer the chooser with a fixture). */
    public DataView(Workspace workspace, Function<Window, Optional<Path>> chooser, Executor background,
                    Executor ui) {
        this(workspace, chooser, TargetChooser.saveDialog(), background, ui);
    }

    /** With the import's chooser, the evidence list's save chooser and the background and UI threads given. */
    public DataView(Workspace workspace, Function<Window, Optional<Path>> chooser, TargetChooser evidenceChooser,
                    Executor background, Executor ui) {
        this.model = new DataViewModel(workspace);
        this.importer = new WorkbookImport(workspace, background, ui);
        this.chooser = chooser;
        this.lineage = new LineageModel(workspace, background, ui);
        this.evidence = new EvidenceExporter(workspace, background, ui);
        this.evidenceChooser = evidenceChooser;
        root.setId("dataView");
        root.getStylesheets().add(DataStyles.sheet());
        root.setTop(toolbar());
        VBox rules = new VBox(4, heading("ui.data.rules.title"), new RulesTable(model).node());
        VBox.setVgrow(rules.getChildren().get(1), Priority.ALWAYS);
        rules.setPadding(new Insets(6, 0, 0, 0));
        IndicatorTable indicators = new IndicatorTable(model);
        indicators.followSelection(lineage.selectedProperty(),
                () -> workspace.current().report().settings().year());
        // Below the grid, beside the rules: the grid keeps the page's width for its year columns.
        SplitPane below = new SplitPane(rules, new LineagePane(lineage).node());
        below.setDividerPositions(0.42);
        SplitPane split = new SplitPane(indicators.node(), below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        root.setCenter(split);
        Label message = new Label();
        message.setId("dataMessage");
        message.getStyleClass().add("esg-data-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        BorderPane.setMargin(message, new Insets(6, 12, 6, 12));
        root.setBottom(message);
    }

    private HBox toolbar() {
        ComboBox<String> category = choice("categoryFilter", model.categories(), "ui.data.filter.allCategories");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<String> department = choice("departmentFilter", model.departments(),
                "ui.data.filter.allDepartments");
        department.valueProperty().bindBidirectional(model.departmentProperty());
        TextField search = new TextField();
        search.setId("indicatorSearch");
        search.setPromptText(I18n.text("ui.data.filter.search"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.searchProperty());
        importButton.setId("importData");
        importButton.setOnAction(event -> importWorkbook());
        evidenceButton.setId("exportEvidence");
        evidenceButton.setOnAction(event -> exportEvidence());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(I18n.text("ui.data.filter.category")), category,
                new Label(I18n.text("ui.data.filter.department")), department, search, spacer, importButton,
                evidenceButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** A filter choice: "all" (the empty string) and then the store's values, kept in step with the store. */
    private static ComboBox<String> choice(String id, ObservableList<String> values, String allKey) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            String selected = box.getValue();
            box.getItems().setAll("");
            box.getItems().addAll(values);
            box.setValue(selected);
        };
        values.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? I18n.text(allKey) : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return box;
    }

    private static Label heading(String key) {
        Label label = new Label(I18n.text(key));
        label.getStyleClass().add("title-4");
        label.setPadding(new Insets(0, 0, 0, 12));
        return label;
    }

    /** Asks for a workbook and imports it in the background; the page stays usable meanwhile. */
    public void importWorkbook() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        Optional<Path> file = chooser.apply(window);
        if (file.isEmpty()) {
            return;
        }
        importButton.setDisable(true);
        model.say(I18n.text("ui.data.import.running", file.get().getFileName()));
        importer.start(file.get(), outcome -> {
            importButton.setDisable(false);
            model.say(outcome.summary());
            if (outcome instanceof WorkbookImport.Refused refused) {
                ImportProblemsDialog.show(window, refused);
            }
        });
    }

    /**
     * Asks where to save the evidence list (证据清单) and writes it in the background: the values of the report's year
     * and the year before with their lineage, as {@code export-evidence} writes it.
     */
    public void exportEvidence() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        Optional<Path> target = evidenceChooser.choose(window, evidence.suggested());
        if (target.isEmpty()) {
            return;
        }
        evidenceButton.setDisable(true);
        model.say(I18n.text("lineage.ui.export.running", target.get().getFileName()));
        evidence.start(target.get(), outcome -> {
            evidenceButton.setDisable(false);
            model.say(outcome);
        });
    }

    private static Optional<Path> chooseWorkbook(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("ui.data.import.chooserTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.text("ui.data.import.filterData"), "*.xlsx", "*.csv"),
                new FileChooser.ExtensionFilter(I18n.text("ui.data.import.filterXlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(I18n.text("ui.data.import.filterCsv"), "*.csv"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    public DataViewModel model() {
        return model;
    }

    /** The lineage beside the grid: its selected value and what was read. */
    public LineageModel lineage() {
        return lineage;
    }

    public Node view() {
        return root;
    }
}
