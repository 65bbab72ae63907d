package org.esgstudio.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;

/** Help: the list of keyboard shortcuts (F1) and the about box (version, licences of the bundled fonts). */
final class AboutDialog {
    /** Shortcut and the message key of what it does, in the order a user learns them. */
    private static final String[][] SHORTCUTS = {
        {"Ctrl+N", "ui.menu.new"}, {"Ctrl+O", "ui.menu.open"}, {"Ctrl+S", "ui.menu.save"},
        {"Ctrl+E", "ui.menu.exportPdf"}, {"Ctrl+Z", "ui.menu.undo"}, {"Ctrl+Y", "ui.menu.redo"},
        {"Ctrl+F", "ui.menu.find"}, {"Ctrl+1", "ui.menu.reportPage"}, {"Ctrl+2", "ui.menu.dataPage"},
        {"Ctrl+Shift+I", "ui.menu.importDraft"}, {"Ctrl+Shift+W", "ui.menu.exportDocx"}, {"Ctrl+Shift+E", "ui.menu.english"}, {"Ctrl+Shift+P", "ui.outline.add.paragraph"},
        {"Ctrl+Shift+K", "ui.outline.add.case_study"}, {"F2", "ui.menu.rename"}, {"Alt+↑ / Alt+↓", "ui.menu.moveUp"},
        {"Insert", "ui.outline.add"}, {"Delete", "ui.menu.delete"}, {"Ctrl+B", "ui.help.bold"},
        {"Alt+F / E / I / V / H", "ui.help.menus"},
    };

    private AboutDialog() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label keys = new Label(SHORTCUTS[row][0]);
            keys.setStyle("-fx-font-family: monospace;");
            grid.addRow(row, keys, new Label(I18n.text(SHORTCUTS[row][1]).replace("_", "")));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(I18n.text("ui.menu.shortcuts").replace("_", ""));
        alert.setHeaderText(I18n.text("ui.help.shortcutsHeader"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(I18n.text("ui.menu.about").replace("_", ""));
        alert.setHeaderText(I18n.text("ui.app.name") + "  " + version());
        alert.setContentText(I18n.text("ui.help.about"));
        alert.show();
    }

    private static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }
}
