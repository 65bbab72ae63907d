package org.esgstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.esgstudio.i18n.Messages;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.outline.NewBlockKind;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The menu bar: every command of the window, each reachable with Alt and the underlined letter, the common ones with
 * their usual shortcut (Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+E, Ctrl+Z, Ctrl+Y, Ctrl+F, Ctrl+1/2).
 */
final class MainMenu {
    private final MainCommands commands;
    private final MainViewModel model;
    private final Supplier<List<Path>> recent;
    private final BooleanBinding noReport;

    private MainMenu(MainCommands commands, MainViewModel model, Supplier<List<Path>> recent) {
        this.commands = commands;
        this.model = model;
        this.recent = recent;
        this.noReport = model.workspaceProperty().isNull();
    }

    static MenuBar build(MainCommands commands, MainViewModel model, Supplier<List<Path>> recent,
            boolean englishVisible) {
        MainMenu menu = new MainMenu(commands, model, recent);
        MenuBar bar = new MenuBar(menu.file(), menu.edit(), menu.insert(), menu.review(),
                menu.view(englishVisible), menu.help());
        bar.setId("menuBar");
        return bar;
    }

    private Menu file() {
        Menu recentMenu = new Menu(I18n.text("ui.menu.recent"));
        recentMenu.setId("menuRecent");
        recentMenu.getItems().add(new MenuItem()); // a menu with no items never shows; filled on showing
        recentMenu.setOnShowing(e -> fillRecent(recentMenu));
        fillRecent(recentMenu);
        MenuItem quit = item("ui.menu.quit", "menuQuit", "Shortcut+Q", commands::quit);
        return menu("ui.menu.file", "menuFile",
                item("ui.menu.new", "menuNew", "Shortcut+N", commands::newReport),
                item("ui.menu.open", "menuOpen", "Shortcut+O", commands::open),
                recentMenu,
                new SeparatorMenuItem(),
                needsReport(item("ui.menu.save", "menuSave", "Shortcut+S", commands::save)),
                needsReport(item("ui.menu.importDraft", "menuImportDraft", "Shortcut+Shift+I", commands::importDraft)),
                new SeparatorMenuItem(),
                needsReport(item("ui.menu.exportPdf", "menuExportPdf", "Shortcut+E", commands::exportPdf)),
                needsReport(item("ui.menu.exportDocx", "menuExportDocx", "Shortcut+Shift+W",
                        () -> commands.export(org.esgstudio.ui.export.ExportFormat.DOCX))),
                needsReport(item("ui.menu.exportTemplate", "menuExportTemplate", null,
                        () -> commands.export(org.esgstudio.ui.export.ExportFormat.TEMPLATE))),
                new SeparatorMenuItem(),
                quit);
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> paths = recent.get();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(I18n.text("ui.menu.recentNone"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        int number = 1;
        for (Path path : paths) {
            // "_1 file.esg  (folder)": the digit is the item's mnemonic
            String label = (number <= 9 ? "_" + number + "  " : "    ") + path.getFileName() + "  (" + path.getParent() + ")";
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> commands.openRecent(path));
            menu.getItems().add(item);
            number++;
        }
    }

    private Menu edit() {
        MenuItem undo = item("ui.menu.undo", "menuUndo", "Shortcut+Z", commands::undo);
        MenuItem redo = item("ui.menu.redo", "menuRedo", "Shortcut+Y", commands::redo);
        model.workspaceProperty().addListener((obs, old, workspace) -> followHistory(undo, redo, workspace));
        followHistory(undo, redo, model.workspaceProperty().get());
        return menu("ui.menu.edit", "menuEdit", undo, redo,
                new SeparatorMenuItem(),
                needsReport(item("ui.menu.find", "menuFind", "Shortcut+F", commands::find)),
                new SeparatorMenuItem(),
                needsReport(item("ui.menu.rename", "menuRename", "F2", commands::rename)),
                needsReport(item("ui.menu.moveUp", "menuMoveUp", "Alt+Up", () -> commands.move(-1))),
                needsReport(item("ui.menu.moveDown", "menuMoveDown", "Alt+Down", () -> commands.move(1))),
                needsReport(item("ui.menu.delete", "menuDelete", null, commands::delete)));
    }

    /** Undo and redo name what they would undo ("撤销 输入文字") and are off when there is nothing to undo. */
    private static void followHistory(MenuItem undo, MenuItem redo, Workspace workspace) {
        if (workspace == null) {
            undo.textProperty().unbind();
            redo.textProperty().unbind();
            undo.disableProperty().unbind();
            redo.disableProperty().unbind();
            undo.setText(I18n.text("ui.menu.undo"));
            redo.setText(I18n.text("ui.menu.redo"));
            undo.setDisable(true);
            redo.setDisable(true);
            return;
        }
        undo.textProperty().bind(Bindings.createStringBinding(() -> named("ui.menu.undo",
                workspace.undoLabelProperty().get()), workspace.undoLabelProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> named("ui.menu.redo",
                workspace.redoLabelProperty().get()), workspace.redoLabelProperty()));
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        redo.disableProperty().bind(workspace.canRedoProperty().not());
    }

    private static String named(String key, String what) {
        return what == null || what.isBlank() ? I18n.text(key) : I18n.text(key + "What", what);
    }

    private Menu insert() {
        Menu insert = menu("ui.menu.insert", "menuInsert",
                needsReport(item("ui.menu.addChapter", "menuAddChapter", null, commands::addChapter)),
                needsReport(item("ui.menu.addSection", "menuAddSection", null, commands::addSection)),
                new SeparatorMenuItem());
        for (NewBlockKind kind : NewBlockKind.values()) {
            MenuItem item = needsReport(item(kind.key(), "menuAdd-" + kind.name().toLowerCase(Locale.ROOT),
                    kind == NewBlockKind.PARAGRAPH ? "Shortcut+Shift+P" : kind == NewBlockKind.CASE_STUDY
                            ? "Shortcut+Shift+K" : null, () -> commands.addBlock(kind)));
            insert.getItems().add(item);
        }
        return insert;
    }

    /** Review: the panel's tabs below the editor (disclosure coverage the last), and the named versions. */
    private Menu review() {
        return menu("ui.menu.review", "menuReview",
                needsReport(item("ui.menu.findings", "menuFindings", null, () -> commands.showReviewTab(0))),
                needsReport(item("ui.menu.signoff", "menuSignoff", null, () -> commands.showReviewTab(1))),
                needsReport(item("ui.menu.comments", "menuComments", null, () -> commands.showReviewTab(2))),
                needsReport(item("ui.disclosure.menu", "menuDisclosures", null, () -> commands.showReviewTab(3))),
                new SeparatorMenuItem(),
                needsReport(item("ui.menu.versions", "menuVersions", "Shortcut+Shift+V", commands::versions)));
    }

    private Menu view(boolean englishVisible) {
        CheckMenuItem english = new CheckMenuItem(I18n.text("ui.menu.english"));
        english.setId("menuEnglish");
        english.setSelected(englishVisible);
        english.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        english.setOnAction(e -> commands.showEnglish(english.isSelected()));
        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(I18n.text("ui.menu.language"));
        language.setId("menuLanguage");
        language.getItems().addAll(languageItem(languages, Locale.SIMPLIFIED_CHINESE, "中文（_Z）", "menuChinese"),
                languageItem(languages, Locale.ENGLISH, "_English", "menuEnglishUi"));
        return menu("ui.menu.view", "menuView",
                needsReport(item("ui.menu.reportPage", "menuReportPage", "Shortcut+1", () -> commands.showPage(0))),
                needsReport(item("ui.menu.dataPage", "menuDataPage", "Shortcut+2", () -> commands.showPage(1))),
                new SeparatorMenuItem(), english, new SeparatorMenuItem(), language,
                new SeparatorMenuItem(), item("ui.menu.userName", "menuUserName", null, commands::userName),
                item("backup.ui.menu", "menuBackups", null, commands::backups));
    }

    private RadioMenuItem languageItem(ToggleGroup group, Locale locale, String label, String id) {
        RadioMenuItem item = new RadioMenuItem(label);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(Messages.locale().getLanguage().equals(locale.getLanguage()));
        item.setOnAction(e -> commands.language(locale));
        return item;
    }

    private Menu help() {
        return menu("ui.menu.help", "menuHelp",
                item("welcome.menu", "menuWelcome", null, () -> commands.welcome(false)),
                item("ui.menu.shortcuts", "menuShortcuts", "F1", () -> AboutDialog.shortcuts(null)),
                item("ui.menu.about", "menuAbout", null, () -> AboutDialog.about(null)));
    }

    private static Menu menu(String key, String id, MenuItem... items) {
        Menu menu = new Menu(I18n.text(key), null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String key, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.text(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem needsReport(MenuItem item) {
        item.disableProperty().bind(noReport);
        return item;
    }
}
