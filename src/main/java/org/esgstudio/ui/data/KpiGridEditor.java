package org.esgstudio.ui.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.GridChange;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.model.Identified;
import org.esgstudio.store.Authors;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditor;
import org.esgstudio.ui.editor.NodeEditorFactory;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The KPI table (or a data table) as a spreadsheet bound to the data store: one line per table row, grouped under
 * the section and group headings, one column per year of the table. A value typed into a cell is stored as an
 * undoable edit (refused with a message when it is not a number); the grid follows every change of the project
 * (an undo, an import) and marks the values the latest validation has something against. The indicator and unit
 * columns are read-only: the rows themselves are the report's, edited in the outline.
 */
public final class KpiGridEditor implements NodeEditor {
    static final int LABEL_COLUMN = 0;
    static final int UNIT_COLUMN = 1;
    static final int FIRST_YEAR_COLUMN = 2;
    static final String WARNING = "esg-warning";
    static final String REFUSED = "esg-refused";

    private final Workspace workspace;
    private final SpreadsheetView sheet = new SpreadsheetView();
    private final Label title = new Label();
    private final Label message = new Label();
    private final VBox root;
    private final ChangeListener<Project> onProject = (obs, old, now) -> refresh();
    private final ChangeListener<ValidationReport> onValidation = (obs, old, now) -> refresh();
    private KpiGridLines shown;
    private GridBase grid;

    private KpiGridEditor(EditorContext context) {
        this.workspace = context.workspace();
        title.getStyleClass().add("title-4");
        title.setId("kpiGridTitle");
        message.setId("kpiGridMessage");
        message.getStyleClass().add("esg-data-message");
        message.setWrapText(true);
        sheet.setId("kpiGrid");
        sheet.setShowRowHeader(false);
        sheet.setFixingRowsAllowed(false);
        sheet.setFixingColumnsAllowed(false);
        sheet.getStyleClass().add("esg-kpi-grid");
        TypeToEdit.install(sheet);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        root = new VBox(8, title, sheet, message);
        root.setPadding(new Insets(12));
        root.getStylesheets().add(DataStyles.sheet());
        workspace.projectProperty().addListener(onProject);
        workspace.validationProperty().addListener(onValidation);
    }

    /** Makes the grid for {@code KpiTable} parts and {@code DataTable} blocks; nothing for other nodes. */
    public static NodeEditorFactory factory() {
        return (node, context) -> KpiGridLines.of(node).isPresent()
                ? Optional.of(new KpiGridEditor(context)) : Optional.empty();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Identified node) {
        KpiGridLines lines = KpiGridLines.of(node).orElseThrow(() ->
                new IllegalArgumentException("the KPI grid shows KPI and data tables, not " + node.id()));
        if (!lines.equals(shown)) {
            shown = lines;
            rebuild();
        }
    }

    @Override
    public void focus() {
        sheet.requestFocus();
    }

    @Override
    public void dispose() {
        workspace.projectProperty().removeListener(onProject);
        workspace.validationProperty().removeListener(onValidation);
    }

    /** The grid shown (tests type into it with {@code setCellValue}, as the cell editor does). */
    public GridBase grid() {
        return grid;
    }

    private void rebuild() {
        title.setText(shown.title().zh());
        int columns = FIRST_YEAR_COLUMN + shown.years().size();
        List<ObservableList<SpreadsheetCell>> rows = new ArrayList<>();
        for (int r = 0; r < shown.lines().size(); r++) {
            ObservableList<SpreadsheetCell> cells = FXCollections.observableArrayList();
            KpiGridLines.Line line = shown.lines().get(r);
            for (int c = 0; c < columns; c++) {
                SpreadsheetCell cell = SpreadsheetCellType.STRING.createCell(r, c, 1, 1, "");
                cell.setEditable(line instanceof KpiGridLines.Figure && c >= FIRST_YEAR_COLUMN);
                if (line instanceof KpiGridLines.Heading heading) {
                    cell.getStyleClass().add("esg-kpi-heading-" + heading.level());
                    if (c == LABEL_COLUMN) {
                        setItem(cell, heading.text().zh());
                    }
                } else if (c >= FIRST_YEAR_COLUMN) {
                    cell.getStyleClass().add("esg-value");
                }
                cells.add(cell);
            }
            rows.add(cells);
        }
        grid = new GridBase(rows.size(), columns);
        grid.setRows(rows);
        for (int r = 0; r < shown.lines().size(); r++) {
            if (shown.lines().get(r) instanceof KpiGridLines.Heading) {
                grid.spanColumn(columns, r, LABEL_COLUMN);
            }
        }
        List<String> headers = new ArrayList<>(List.of(I18n.text("ui.data.column.indicator"),
                I18n.text("ui.data.column.unit")));
        shown.years().forEach(year -> headers.add(String.valueOf(year)));
        grid.getColumnHeaders().setAll(headers);
        grid.addEventHandler(GridChange.GRID_CHANGE_EVENT, this::changed);
        refresh();
        sheet.setGrid(grid);
        sheet.getColumns().get(LABEL_COLUMN).setPrefWidth(300);
        sheet.getColumns().get(UNIT_COLUMN).setPrefWidth(130);
        for (int c = FIRST_YEAR_COLUMN; c < columns; c++) {
            sheet.getColumns().get(c).setPrefWidth(120);
        }
    }

    /** Puts the store's values, their tooltips and warning styles into the cells. */
    private void refresh() {
        if (grid == null) {
            return;
        }
        DataSet data = workspace.current().data();
        ValueProblems problems = ValueProblems.of(workspace.validationProperty().get());
        for (int r = 0; r < shown.lines().size(); r++) {
            if (!(shown.lines().get(r) instanceof KpiGridLines.Figure figure)) {
                continue;
            }
            ObservableList<SpreadsheetCell> cells = grid.getRows().get(r);
            Indicator indicator = data.indicator(figure.code()).orElse(null);
            setItem(cells.get(LABEL_COLUMN), label(figure, indicator));
            setItem(cells.get(UNIT_COLUMN), indicator == null ? "" : indicator.unit());
            for (int i = 0; i < shown.years().size(); i++) {
                int year = shown.years().get(i);
                SpreadsheetCell cell = cells.get(FIRST_YEAR_COLUMN + i);
                cell.setEditable(indicator != null);
                IndicatorValue value = indicator == null ? null : data.value(indicator.code(), year).orElse(null);
                setItem(cell, indicator == null ? "" : ValueText.shown(indicator, value));
                List<String> about = indicator == null ? List.of() : problems.about(indicator.code(), year);
                style(cell, WARNING, !about.isEmpty());
                style(cell, REFUSED, false);
                tooltip(cell, indicator == null ? "" : ValueText.tooltip(value, about));
            }
        }
    }

    private static String label(KpiGridLines.Figure figure, Indicator indicator) {
        if (!figure.label().zh().isBlank()) {
            return figure.label().zh();
        }
        return indicator == null ? I18n.text("ui.data.kpi.unknownIndicator", figure.code()) : indicator.name().zh();
    }

    /** Puts text into a cell, read-only ones too (ControlsFX ignores {@code setItem} on a cell not editable). */
    private static void setItem(SpreadsheetCell cell, String text) {
        if (!text.equals(cell.getItem())) {
            boolean editable = cell.isEditable();
            cell.setEditable(true);
            cell.setItem(text);
            cell.setEditable(editable);
        }
    }

    private static void style(SpreadsheetCell cell, String style, boolean on) {
        if (on) {
            cell.getStyleClass().add(style);
        } else {
            cell.getStyleClass().remove(style);
        }
    }

    private static void tooltip(SpreadsheetCell cell, String text) {
        if (cell instanceof SpreadsheetCellBase base && !text.equals(base.getTooltip().orElse(""))) {
            base.setTooltip(text.isEmpty() ? null : text);
        }
    }

    /** A value typed into a cell (or pasted): stored, or refused and put back. */
    private void changed(GridChange change) {
        int r = change.getRow();
        int c = change.getColumn();
        if (r >= shown.lines().size() || c < FIRST_YEAR_COLUMN
                || !(shown.lines().get(r) instanceof KpiGridLines.Figure figure)) {
            return;
        }
        int year = shown.years().get(c - FIRST_YEAR_COLUMN);
        DataSet data = workspace.current().data();
        Optional<Indicator> indicator = data.indicator(figure.code());
        if (indicator.isEmpty()) {
            refresh();
            return;
        }
        String text = change.getNewValue() == null ? "" : change.getNewValue().toString();
        TypedValue typed = TypedValue.read(text, indicator.get(), data.value(figure.code(), year).orElse(null));
        if (typed.refused()) {
            refresh();
            SpreadsheetCell cell = grid.getRows().get(r).get(c);
            style(cell, REFUSED, true);
            tooltip(cell, typed.problem());
            message.setText(I18n.text("ui.data.value.refusedAt", indicator.get().name().zh(), year, typed.problem()));
            return;
        }
        typed.edit(indicator.get(), year, data, Authors.current(), Instant.now()).ifPresent(workspace::apply);
        String stored = ValueText.shown(indicator.get(), workspace.current().data().value(figure.code(), year)
                .orElse(null));
        message.setText(I18n.text("ui.data.value.stored", indicator.get().name().zh(), year,
                stored.isEmpty() ? I18n.text("ui.data.value.notReported") : stored));
        // A value typed as the store already has it ("1200" for 1,200) is shown printed again.
        refresh();
    }
}
