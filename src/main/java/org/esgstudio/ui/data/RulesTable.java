package org.esgstudio.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.esgstudio.ui.common.I18n;

/** The store's rules with, per year, whether each holds; a rule failing in any year is highlighted. */
final class RulesTable {
    static final PseudoClass FAILS = PseudoClass.getPseudoClass("fails");

    private final TableView<RuleStatus> table = new TableView<>();
    private final DataViewModel model;

    RulesTable(DataViewModel model) {
        this.model = model;
        table.setId("rulesTable");
        table.setItems(model.rules());
        table.setPlaceholder(new Label(I18n.text("ui.data.rules.none")));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(RuleStatus status, boolean empty) {
                super.updateItem(status, empty);
                pseudoClassStateChanged(FAILS, !empty && status != null && status.fails());
            }
        });
        model.years().addListener((ListChangeListener<Integer>) change -> columns());
        columns();
    }

    private void columns() {
        table.getColumns().clear();
        TableColumn<RuleStatus, String> name = new TableColumn<>(I18n.text("ui.data.rules.name"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().rule().name()));
        name.setPrefWidth(200);
        TableColumn<RuleStatus, String> expression = new TableColumn<>(I18n.text("ui.data.rules.expression"));
        expression.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().rule().expression()));
        expression.setPrefWidth(520);
        table.getColumns().add(name);
        table.getColumns().add(expression);
        for (int year : model.years()) {
            TableColumn<RuleStatus, RuleStatus.Check> column = new TableColumn<>(String.valueOf(year));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().check(year)));
            column.setCellFactory(c -> new CheckCell());
            column.setPrefWidth(100);
            table.getColumns().add(column);
        }
    }

    /** ✓ holds, ✗ fails (with both sides in the tooltip), – no data. */
    private static final class CheckCell extends TableCell<RuleStatus, RuleStatus.Check> {
        @Override
        protected void updateItem(RuleStatus.Check check, boolean empty) {
            super.updateItem(check, empty);
            getStyleClass().removeAll("esg-rule-holds", "esg-rule-fails", "esg-rule-none");
            if (empty || check == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            switch (check.outcome()) {
                case HOLDS -> getStyleClass().add("esg-rule-holds");
                case FAILS -> getStyleClass().add("esg-rule-fails");
                default -> getStyleClass().add("esg-rule-none");
            }
            setText(I18n.text("ui.data.rules.outcome." + check.outcome().name().toLowerCase(java.util.Locale.ROOT)));
            setTooltip(check.detail().isEmpty() ? null : new Tooltip(check.detail()));
        }
    }

    TableView<RuleStatus> node() {
        return table;
    }
}
