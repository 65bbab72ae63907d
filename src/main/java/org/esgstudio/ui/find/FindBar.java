package org.esgstudio.ui.find;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The find bar above the editor: the query, "3 / 17", previous and next (Enter, Shift+Enter), close (Esc). */
public final class FindBar {
    private final HBox box = new HBox(6);
    private final TextField field = new TextField();

    public FindBar(FindModel model, Runnable close) {
        field.setId("findField");
        field.setPromptText(I18n.text("ui.find.prompt"));
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(model.queryProperty());
        Label count = new Label();
        count.setId("findCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int hits = model.hitsProperty().get().size();
            if (model.queryProperty().get().isBlank()) {
                return "";
            }
            if (hits == 0) {
                return I18n.text("ui.find.none");
            }
            int at = model.currentProperty().get();
            return I18n.text("ui.find.count", at < 0 ? 0 : at + 1, hits);
        }, model.hitsProperty(), model.currentProperty(), model.queryProperty()));
        Button previous = button(Feather.CHEVRON_UP, "ui.find.previous", "findPrevious");
        previous.setOnAction(e -> model.previous());
        Button next = button(Feather.CHEVRON_DOWN, "ui.find.next", "findNext");
        next.setOnAction(e -> model.next());
        Button closeButton = button(Feather.X, "ui.find.close", "findClose");
        closeButton.setOnAction(e -> close.run());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    model.previous();
                } else {
                    model.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
        box.getChildren().addAll(new FontIcon(Feather.SEARCH), field, count, previous, next, closeButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.getStyleClass().add("find-bar");
        box.setId("findBar");
    }

    private static Button button(Feather icon, String key, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(I18n.text(key)));
        button.getStyleClass().addAll("flat", "button-icon");
        return button;
    }

    /** Focuses the query with its text selected, ready to type over. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public HBox node() {
        return box;
    }
}
