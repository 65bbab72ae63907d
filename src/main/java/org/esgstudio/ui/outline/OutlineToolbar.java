package org.esgstudio.ui.outline;

import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The buttons above the outline: add (a menu of what can be added), delete, move up and down. */
final class OutlineToolbar {
    private final HBox box = new HBox(4);

    OutlineToolbar(OutlineView outline) {
        Menu menu = outline.addMenu();
        MenuButton add = new MenuButton(I18n.text("ui.outline.add"), new FontIcon(Feather.PLUS));
        add.setId("outlineAdd");
        add.getItems().setAll(menu.getItems());
        add.setOnShowing(e -> add.getItems().forEach(item -> item.setDisable(item.getUserData() instanceof NewBlockKind
                && !outline.actions().canAddBlock(outline.selectedId()))));
        Button delete = button(Feather.TRASH_2, "ui.outline.delete", "outlineDelete");
        delete.setOnAction(e -> outline.delete());
        Button up = button(Feather.ARROW_UP, "ui.outline.moveUp", "outlineUp");
        up.setOnAction(e -> outline.move(-1));
        Button down = button(Feather.ARROW_DOWN, "ui.outline.moveDown", "outlineDown");
        down.setOnAction(e -> outline.move(+1));
        box.getChildren().addAll(add, delete, up, down);
        box.setPadding(new javafx.geometry.Insets(4, 6, 4, 6));
        box.getStyleClass().add("outline-toolbar");
    }

    private static Button button(Feather icon, String key, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(I18n.text(key)));
        button.getStyleClass().addAll("flat", "button-icon");
        return button;
    }

    HBox node() {
        return box;
    }
}
