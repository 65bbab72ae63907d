package org.esgstudio.ui.editor.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An editable list of like things (tiles, timeline entries, topics, table rows …): one small form per item with
 * buttons to move it up or down and to remove it, and a button to add one. Rows are kept while the list keeps its
 * length, so typing in a row is never disturbed; every change hands the whole new list to the editor.
 */
final class RowList<T> {
    /** The form of one item. */
    interface Row<T> {
        Node view();

        void show(T item);
    }

    /** A row's report of its changed item; {@code field} names the field typed in (null for a choice or a click). */
    @FunctionalInterface
    interface RowEdit<T> {
        void changed(T item, String field);
    }

    /** Makes the form of one row, reporting its changes through {@code edits}. */
    @FunctionalInterface
    interface RowMaker<T> {
        Row<T> make(RowEdit<T> edits);
    }

    /** The list changed: {@code field} is "row{i}:{field}" while typing, null for an added, removed or moved item. */
    @FunctionalInterface
    interface ListEdit<T> {
        void changed(List<T> items, String field);
    }

    private final VBox root = new VBox(6);
    private final VBox rows = new VBox(6);
    private final List<Row<T>> editors = new ArrayList<>();
    private final RowMaker<T> maker;
    private final ListEdit<T> onChange;
    private List<T> items = List.of();
    private String id = "rows";

    RowList(RowMaker<T> maker, ListEdit<T> onChange) {
        this.maker = maker;
        this.onChange = onChange;
        root.getChildren().add(rows);
    }

    RowList<T> id(String id) {
        this.id = id;
        root.setId(id);
        return this;
    }

    /** Adds a button that appends a new item made by {@code fresh} (it may return null to add nothing). */
    RowList<T> adding(String labelKey, Supplier<T> fresh) {
        Button add = new Button(I18n.text(labelKey), FontIcon.of(Feather.PLUS));
        add.setId(id + "Add");
        add.getStyleClass().add("small");
        add.setOnAction(event -> {
            T item = fresh.get();
            if (item != null) {
                List<T> changed = new ArrayList<>(items);
                changed.add(item);
                onChange.changed(changed, null);
            }
        });
        root.getChildren().add(add);
        return this;
    }

    void show(List<T> newItems) {
        items = List.copyOf(newItems);
        while (editors.size() > items.size()) {
            editors.remove(editors.size() - 1);
            rows.getChildren().remove(rows.getChildren().size() - 1);
        }
        while (editors.size() < items.size()) {
            int index = editors.size();
            Row<T> row = maker.make((item, field) -> changed(index, item, field));
            editors.add(row);
            rows.getChildren().add(frame(index, row.view()));
        }
        for (int i = 0; i < items.size(); i++) {
            editors.get(i).show(items.get(i));
        }
    }

    private void changed(int index, T item, String field) {
        if (index >= items.size()) {
            return;
        }
        List<T> changed = new ArrayList<>(items);
        changed.set(index, item);
        onChange.changed(changed, field == null ? null : "row" + index + ":" + field);
    }

    private Node frame(int index, Node form) {
        Button up = tool(Feather.ARROW_UP, "ui.forms.row.up", () -> move(index, index - 1));
        Button down = tool(Feather.ARROW_DOWN, "ui.forms.row.down", () -> move(index, index + 1));
        Button remove = tool(Feather.X, "ui.forms.row.remove", () -> remove(index));
        remove.setId(id + "Remove" + index);
        VBox tools = new VBox(2, up, down, remove);
        tools.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(form, Priority.ALWAYS);
        HBox frame = new HBox(6, form, tools);
        frame.getStyleClass().add("form-row");
        return frame;
    }

    private static Button tool(Feather icon, String tipKey, Runnable action) {
        Button button = new Button(null, FontIcon.of(icon));
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip(I18n.text(tipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void move(int from, int to) {
        if (to < 0 || to >= items.size() || from >= items.size()) {
            return;
        }
        List<T> changed = new ArrayList<>(items);
        changed.add(to, changed.remove(from));
        onChange.changed(changed, null);
    }

    private void remove(int index) {
        if (index >= items.size()) {
            return;
        }
        List<T> changed = new ArrayList<>(items);
        changed.remove(index);
        onChange.changed(changed, null);
    }

    /** The form of row {@code index} as shown now. */
    Row<T> row(int index) {
        return editors.get(index);
    }

    int size() {
        return editors.size();
    }

    Node view() {
        return root;
    }
}
