package org.esgstudio.ui.data;

import java.util.function.Function;
import java.util.function.IntSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import org.esgstudio.ui.common.I18n;

/**
 * The indicator catalogue as a grid: the description columns (read-only), one editable column per year, the notes.
 * The year columns follow the years the store has.
 */
final class IndicatorTable {
    private final TableView<IndicatorRow> table = new TableView<>();
    private final DataViewModel model;
    private final TableColumn<IndicatorRow, String> note;
    private final int yearsAt;

    IndicatorTable(DataViewModel model) {
        this.model = model;
        table.setId("indicatorTable");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setItems(model.rows());
        table.setPlaceholder(new Label(I18n.text("ui.data.noIndicators")));
        table.getColumns().add(text("ui.data.column.code", IndicatorRow::code, 185));
        table.getColumns().add(text("ui.data.column.nameZh", row -> row.indicator().name().zh(), 170));
        table.getColumns().add(text("ui.data.column.nameEn", row -> row.indicator().name().en(), 180));
        table.getColumns().add(text("ui.data.column.unit", row -> row.indicator().unit(), 120));
        table.getColumns().add(text("ui.data.column.decimals",
                row -> String.valueOf(row.indicator().decimals()), 60));
        table.getColumns().add(text("ui.data.column.category", row -> row.indicator().category(), 56));
        table.getColumns().add(text("ui.data.column.department", row -> row.indicator().department(), 96));
        table.getColumns().add(text("ui.data.column.source", row -> row.indicator().source(), 120));

        yearsAt = table.getColumns().size();
        note = text("ui.data.column.note", row -> row.note(model.years()), 280);
        table.getColumns().add(note);
        // Last, after the values a team reads first.
        table.getColumns().add(text("ui.data.column.disclosures", row -> IndicatorDisclosures.shown(row.indicator()),
                150));
        new IndicatorDisclosures(model).install(table);
        model.years().addListener((ListChangeListener<Integer>) change -> yearColumns());
        yearColumns();
    }

    private static TableColumn<IndicatorRow, String> text(String key, Function<IndicatorRow, String> value,
                                                          double width) {
        TableColumn<IndicatorRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private void yearColumns() {
        table.getColumns().remove(yearsAt, table.getColumns().indexOf(note));
        int at = yearsAt;
        for (int year : model.years()) {
            TableColumn<IndicatorRow, IndicatorRow> column = new TableColumn<>(String.valueOf(year));
            column.setId("year" + year);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            column.setCellFactory(c -> new ValueCell(year, model));
            column.setPrefWidth(104);
            column.setEditable(true);
            column.setSortable(false);
            table.getColumns().add(at++, column);
        }
    }

    /**
     * Keeps {@code selected} on the value the selection is on: the cell's indicator and year, or for a cell outside
     * the year columns (name, unit, note …) the indicator's value of the report's year.
     */
    void followSelection(ObjectProperty<SelectedValue> selected, IntSupplier reportYear) {
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) change -> {
                    var cells = table.getSelectionModel().getSelectedCells();
                    if (cells.isEmpty()) {
                        return;
                    }
                    TablePosition<?, ?> cell = cells.get(cells.size() - 1);
                    if (cell.getRow() < 0 || cell.getRow() >= table.getItems().size()) {
                        return;
                    }
                    String code = table.getItems().get(cell.getRow()).code();
                    String column = cell.getTableColumn() == null ? null : cell.getTableColumn().getId();
                    int year = column != null && column.startsWith("year") ? Integer.parseInt(column.substring(4))
                            : reportYear.getAsInt();
                    selected.set(new SelectedValue(code, year));
                });
    }

    TableView<IndicatorRow> node() {
        return table;
    }
}
