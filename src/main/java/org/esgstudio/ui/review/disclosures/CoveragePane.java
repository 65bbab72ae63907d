package org.esgstudio.ui.review.disclosures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.CoverageReport;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.frameworks.Place;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.disclosures.DisclosureLabels;

/**
 * The 披露 tab of the review panel: how the report covers a disclosure framework. A catalogue chooser, a summary
 * (covered, omitted, missing, not applicable), a status filter — all, missing first, by default — and a table of the
 * catalogue's disclosures with their status and where the report makes them. Double-click or Enter on a disclosure
 * that is made somewhere selects that place in the editor; its context menu lists every place.
 */
public final class CoveragePane {
    static final String MISSING_FIRST = "missingFirst";
    static final String ALL = "all";
    /** The order "missing first" shows: what needs work, then what is stated, then what is done, then the rest. */
    private static final List<CoverageStatus> MISSING_FIRST_ORDER = List.of(CoverageStatus.MISSING,
            CoverageStatus.OMITTED, CoverageStatus.COVERED, CoverageStatus.NOT_EXPECTED);

    private final CoverageModel model;
    private final Consumer<String> reveal;
    private final ComboBox<Catalogue> catalogue = new ComboBox<>();
    private final ComboBox<String> filter = new ComboBox<>();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final TableView<CoverageRow> table = new TableView<>();
    private final ObservableList<CoverageRow> shown = FXCollections.observableArrayList();
    private final BorderPane root = new BorderPane();

    /** {@code reveal} selects an element (part, chapter, section or block) in the editor. */
    public CoveragePane(CoverageModel model, Consumer<String> reveal) {
        this.model = model;
        this.reveal = reveal;
        root.setId("coverage");
        root.getStyleClass().addAll("review", "coverage");
        root.getStylesheets().add(CoveragePane.class.getResource("coverage.css").toExternalForm());
        root.setTop(toolbar());
        root.setCenter(table());
        message.getStyleClass().add("review-meta");
        message.setPadding(new Insets(2, 8, 2, 8));
        message.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get().isEmpty()
                ? I18n.text("ui.disclosure.hint") : model.messageProperty().get(), model.messageProperty()));
        root.setBottom(message);
        model.cataloguesProperty().addListener((obs, old, known) -> catalogues(known));
        catalogues(model.cataloguesProperty().get());
        model.reportProperty().addListener((obs, old, report) -> show(report));
        show(model.reportProperty().get());
    }

    private Node toolbar() {
        catalogue.setId("coverageCatalogue");
        Callback<javafx.scene.control.ListView<Catalogue>, ListCell<Catalogue>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Catalogue item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(DisclosureLabels.language()));
            }
        };
        catalogue.setCellFactory(cells);
        catalogue.setButtonCell(cells.call(null));
        catalogue.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.catalogueIdProperty().set(chosen.id());
            }
        });
        Label catalogueLabel = new Label(I18n.text("ui.disclosure.catalogue"));
        catalogueLabel.setLabelFor(catalogue);
        summary.setId("coverageSummary");
        filter.setId("coverageFilter");
        filter.getItems().addAll(MISSING_FIRST, ALL);
        for (CoverageStatus status : CoverageStatus.values()) {
            filter.getItems().add(status.name());
        }
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                if (choice == null || MISSING_FIRST.equals(choice)) {
                    return I18n.text("ui.disclosure.filter.missingFirst");
                }
                return ALL.equals(choice) ? I18n.text("ui.disclosure.filter.all")
                        : statusText(CoverageStatus.valueOf(choice));
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        filter.setValue(MISSING_FIRST);
        filter.valueProperty().addListener((obs, old, choice) -> refilter());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, catalogueLabel, catalogue, summary, gap, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private Node table() {
        table.setId("coverageTable");
        table.getStyleClass().add("dense");
        table.setItems(shown);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(text("ui.disclosure.col.code", CoverageRow::code, 80));
        table.getColumns().add(text("ui.disclosure.col.title", CoverageRow::title, 240));
        table.getColumns().add(text("ui.disclosure.col.group", CoverageRow::group, 150));
        TableColumn<CoverageRow, CoverageStatus> status = new TableColumn<>(I18n.text("ui.disclosure.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(80);
        table.getColumns().add(status);
        table.getColumns().add(text("ui.disclosure.col.locations", CoverageRow::locations, 260));
        table.setRowFactory(view -> {
            TableRow<CoverageRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row.getItem() != null) {
                    go(row.getItem());
                }
            });
            row.contextMenuProperty().bind(Bindings.createObjectBinding(() -> row.getItem() == null
                    || row.getItem().places().isEmpty() ? null : menuFor(row.getItem()), row.itemProperty()));
            return row;
        });
        table.setOnKeyPressed(event -> {
            CoverageRow row = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                go(row);
                event.consume();
            }
        });
        table.setPlaceholder(new Label(I18n.text("ui.disclosure.waiting")));
        return table;
    }

    private static TableColumn<CoverageRow, String> text(String key, Function<CoverageRow, String> value,
                                                         double width) {
        TableColumn<CoverageRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The status as a coloured badge. */
    private static final class StatusCell extends TableCell<CoverageRow, CoverageStatus> {
        private final Label badge = new Label();

        StatusCell() {
            badge.getStyleClass().add("coverage-badge");
        }

        @Override
        protected void updateItem(CoverageStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            if (empty || status == null) {
                setGraphic(null);
                return;
            }
            badge.setText(statusText(status));
            badge.getStyleClass().removeIf(style -> style.startsWith("status-"));
            badge.getStyleClass().add("status-" + status.json());
            badge.setTooltip(statusTip(status));
            setGraphic(badge);
        }
    }

    static String statusText(CoverageStatus status) {
        return I18n.text("ui.disclosure.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private ContextMenu menuFor(CoverageRow row) {
        List<MenuItem> items = new ArrayList<>();
        for (Place place : row.places()) {
            MenuItem go = new MenuItem(I18n.text("ui.disclosure.goTo", CoverageRow.where(place)));
            go.setOnAction(e -> reveal.accept(place.elementId()));
            items.add(go);
        }
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    private void go(CoverageRow row) {
        if (row.target() != null) {
            reveal.accept(row.target());
        }
    }

    private void catalogues(Catalogues known) {
        if (known == null) {
            return;
        }
        catalogue.getItems().setAll(known.all());
        known.find(model.catalogueIdProperty().get()).ifPresent(catalogue::setValue);
    }

    private void show(CoverageReport report) {
        if (report == null) {
            summary.setText(I18n.text("ui.disclosure.waiting"));
            shown.clear();
            return;
        }
        summary.setText(I18n.text("ui.disclosure.summary", report.count(CoverageStatus.COVERED),
                report.count(CoverageStatus.OMITTED), report.count(CoverageStatus.MISSING),
                report.count(CoverageStatus.NOT_EXPECTED)));
        refilter();
    }

    /** Shows the lines of the chosen status (or all, missing first), keeping the chosen disclosure chosen. */
    private void refilter() {
        CoverageReport report = model.reportProperty().get();
        if (report == null) {
            shown.clear();
            return;
        }
        CoverageRow selected = table.getSelectionModel().getSelectedItem();
        String choice = filter.getValue() == null ? MISSING_FIRST : filter.getValue();
        List<CoverageRow> rows = new ArrayList<>();
        for (var line : report.lines()) {
            if (MISSING_FIRST.equals(choice) || ALL.equals(choice) || line.status().name().equals(choice)) {
                rows.add(CoverageRow.of(report.catalogue(), line));
            }
        }
        if (MISSING_FIRST.equals(choice)) {
            rows.sort(Comparator.comparingInt(row -> MISSING_FIRST_ORDER.indexOf(row.status())));
        }
        shown.setAll(rows);
        if (selected != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).tag().equals(selected.tag())) {
                    table.getSelectionModel().select(i);
                    break;
                }
            }
        }
    }

    /** The tab's title: the missing count when anything is missing ("披露 缺 3"). */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            CoverageReport report = model.reportProperty().get();
            int missing = report == null ? 0 : report.count(CoverageStatus.MISSING);
            return missing == 0 ? I18n.text("ui.disclosure.tab") : I18n.text("ui.disclosure.tabMissing", missing);
        }, model.reportProperty());
    }

    /** The rows shown now, in table order. */
    public List<CoverageRow> rows() {
        return List.copyOf(shown);
    }

    public CoverageModel model() {
        return model;
    }

    public Node view() {
        return root;
    }

    /** The tooltip of a status: what it means. */
    static Tooltip statusTip(CoverageStatus status) {
        return new Tooltip(I18n.text("ui.disclosure.statusTip." + status.name().toLowerCase(Locale.ROOT)));
    }
}
