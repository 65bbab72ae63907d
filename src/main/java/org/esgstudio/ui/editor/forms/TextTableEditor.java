package org.esgstudio.ui.editor.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.editor.NodeEditorFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form of a text table: its title and an editable grid, column headings on top and every cell in Chinese over
 * English; rows and columns are added and removed with the buttons around the grid. The grid is rebuilt only when its
 * shape changes, so typing in a cell is never disturbed.
 */
public final class TextTableEditor extends FormEditor<TextTable> {
    private static final double MIN_COLUMN = 80;

    private final LocalizedTextField title;
    private final GridPane grid = new GridPane();
    private final List<LocalizedTextField> headers = new ArrayList<>();
    private final List<List<LocalizedTextField>> cells = new ArrayList<>();

    TextTableEditor(EditorContext context) {
        super(context, TextTable.class, "ui.forms.kind.textTable");
        title = LocalizedTextField.line(context.englishVisible()).id("title").onEdit((text, half) -> commit(
                new TextTable(current().id(), text, current().columns(), current().rows(), current().notes()),
                "title:" + half));
        grid.setHgap(6);
        grid.setVgap(10);
        grid.setId("textTableGrid");
        Button addRow = new Button(I18n.text("ui.forms.table.addRow"), FontIcon.of(Feather.PLUS));
        addRow.setId("addRow");
        addRow.setOnAction(event -> addRow());
        Button addColumn = new Button(I18n.text("ui.forms.table.addColumn"), FontIcon.of(Feather.PLUS));
        addColumn.setId("addColumn");
        addColumn.setOnAction(event -> addColumn());
        addRow.getStyleClass().add("small");
        addColumn.getStyleClass().add("small");
        sheet.field("ui.forms.title", title).section("ui.forms.table.cells").add(grid)
                .add(new HBox(8, addRow, addColumn));
    }

    public static NodeEditorFactory factory() {
        return factoryFor(TextTable.class, TextTableEditor::new);
    }

    @Override
    protected void render(TextTable table) {
        title.show(table.title());
        if (headers.size() != table.columns().size() || cells.size() != table.rows().size()) {
            rebuild(table.columns().size(), table.rows().size());
        }
        for (int c = 0; c < headers.size(); c++) {
            headers.get(c).show(table.columns().get(c));
        }
        for (int r = 0; r < cells.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                cells.get(r).get(c).show(table.rows().get(r).cells().get(c));
            }
        }
    }

    private void rebuild(int columnCount, int rowCount) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        headers.clear();
        cells.clear();
        for (int c = 0; c < columnCount; c++) {
            int column = c;
            LocalizedTextField header = LocalizedTextField.stacked(context.englishVisible()).id("column" + c)
                    .onEdit((text, half) -> commit(withColumn(column, text), "column:" + column + ":" + half));
            header.view().getStyleClass().add("form-table-header");
            headers.add(header);
            grid.add(header.view(), c, 0);
            Button remove = tool("ui.forms.table.removeColumn", () -> commit(withoutColumn(column), null));
            remove.setId("removeColumn" + c);
            GridPane.setHalignment(remove, HPos.CENTER);
            grid.add(remove, c, rowCount + 1);
            // Equal widths from equal preferred widths that all grow: a percentage would leave the column of
            // remove buttons a sliver of a percent, and the grid would widen itself until 36 px fit in it.
            ColumnConstraints constraints = new ColumnConstraints(MIN_COLUMN, MIN_COLUMN, Double.MAX_VALUE);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().add(buttons);
        for (int r = 0; r < rowCount; r++) {
            int row = r;
            List<LocalizedTextField> line = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                int column = c;
                LocalizedTextField cell = LocalizedTextField.cell(context.englishVisible()).id("cell" + r + "_" + c)
                        .onEdit((text, half) -> commit(withCell(row, column, text),
                                "cell:" + row + ":" + column + ":" + half));
                line.add(cell);
                grid.add(cell.view(), c, r + 1);
            }
            cells.add(line);
            Button remove = tool("ui.forms.table.removeRow", () -> commit(withoutRow(row), null));
            remove.setId("removeRow" + r);
            grid.add(remove, columnCount, r + 1);
        }
    }

    private static Button tool(String tipKey, Runnable action) {
        Button button = new Button(null, FontIcon.of(Feather.X));
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip(I18n.text(tipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }

    private TextTable with(List<LocalizedText> columns, List<TextRow> rows) {
        TextTable t = current();
        return new TextTable(t.id(), t.title(), columns, rows, t.notes());
    }

    private TextTable withColumn(int column, LocalizedText text) {
        List<LocalizedText> columns = new ArrayList<>(current().columns());
        columns.set(column, text);
        return with(columns, current().rows());
    }

    private TextTable withCell(int row, int column, LocalizedText text) {
        List<TextRow> rows = new ArrayList<>(current().rows());
        List<LocalizedText> line = new ArrayList<>(rows.get(row).cells());
        line.set(column, text);
        rows.set(row, new TextRow(rows.get(row).id(), line));
        return with(current().columns(), rows);
    }

    private void addRow() {
        List<TextRow> rows = new ArrayList<>(current().rows());
        List<LocalizedText> blank = new ArrayList<>();
        current().columns().forEach(column -> blank.add(LocalizedText.EMPTY));
        rows.add(new TextRow(ReportIds.fresh(project().report(), current().id() + "-r"), blank));
        commit(with(current().columns(), rows), null);
    }

    private void addColumn() {
        List<LocalizedText> columns = new ArrayList<>(current().columns());
        columns.add(LocalizedText.EMPTY);
        List<TextRow> rows = new ArrayList<>();
        for (TextRow row : current().rows()) {
            List<LocalizedText> line = new ArrayList<>(row.cells());
            line.add(LocalizedText.EMPTY);
            rows.add(new TextRow(row.id(), line));
        }
        commit(with(columns, rows), null);
    }

    private TextTable withoutRow(int row) {
        List<TextRow> rows = new ArrayList<>(current().rows());
        rows.remove(row);
        return with(current().columns(), rows);
    }

    private TextTable withoutColumn(int column) {
        List<LocalizedText> columns = new ArrayList<>(current().columns());
        columns.remove(column);
        List<TextRow> rows = new ArrayList<>();
        for (TextRow row : current().rows()) {
            List<LocalizedText> line = new ArrayList<>(row.cells());
            line.remove(column);
            rows.add(new TextRow(row.id(), line));
        }
        return with(columns, rows);
    }

    /** The cell at {@code row}, {@code column} as shown now. */
    LocalizedTextField cell(int row, int column) {
        return cells.get(row).get(column);
    }
}
