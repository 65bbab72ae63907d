package org.esgstudio.ui.data;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A value of the data grid: printed with the indicator's decimals, its origin and note in a tooltip, a warning style
 * when validation has something against it. Editing starts from the exact stored value; Enter stores the text as one
 * undoable edit, or keeps the field open, marked, with the reason when the text is not a value; Escape cancels.
 */
final class ValueCell extends TableCell<IndicatorRow, IndicatorRow> {
    static final String WARNING = "esg-warning";
    static final String REFUSED = "esg-refused";

    private final int year;
    private final DataViewModel model;
    private final Tooltip tooltip = new Tooltip();
    private TextField field;

    ValueCell(int year, DataViewModel model) {
        this.year = year;
        this.model = model;
        getStyleClass().add("esg-value");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    @Override
    protected void updateItem(IndicatorRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove(WARNING);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (row.hasProblem(year)) {
            getStyleClass().add(WARNING);
        }
        tooltip.setText(ValueText.tooltip(row.value(year), row.problems(year)));
        setTooltip(tooltip);
        if (!isEditing()) {
            setText(row.shown(year));
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(ValueText.editable(getItem().value(year)));
        field.getStyleClass().add("esg-value-field");
        field.setOnAction(event -> {
            event.consume();
            store();
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
            }
        });
        TextField editor = field;
        editor.focusedProperty().addListener((obs, had, has) -> {
            if (has || !isEditing() || field != editor) {
                return;
            }
            // Clicking elsewhere keeps a good value and drops a refused one (its reason stays in the message line).
            if (model.problem(getItem().code(), year, editor.getText()).isPresent()) {
                cancelEdit();
            } else {
                store();
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    /** The text field while editing (tests type into it). */
    TextField field() {
        return field;
    }

    private void store() {
        IndicatorRow row = getItem();
        String text = field.getText();
        Optional<String> problem = model.problem(row.code(), year, text);
        if (problem.isPresent()) {
            refuse(problem.get());
            return;
        }
        cancelEdit();
        model.enter(row.code(), year, text);
    }

    private void refuse(String problem) {
        if (!field.getStyleClass().contains(REFUSED)) {
            field.getStyleClass().add(REFUSED);
        }
        Tooltip reason = new Tooltip(problem);
        reason.setWrapText(true);
        reason.setMaxWidth(420);
        field.setTooltip(reason);
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        if (bounds != null && field.getScene() != null && field.getScene().getWindow() != null) {
            reason.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (field != null && field.getTooltip() != null) {
            field.getTooltip().hide();
        }
        field = null;
        IndicatorRow row = getItem();
        setText(row == null ? null : row.shown(year));
        setGraphic(null);
    }
}
