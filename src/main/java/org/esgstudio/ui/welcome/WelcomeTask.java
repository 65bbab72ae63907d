package org.esgstudio.ui.welcome;

import java.util.List;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The three things the workstation is for, as the welcome shows them: edit the report, check its figures, export
 * it. Each names the menu items that do it (the same keys and shortcuts as the menu bar) and has a button that takes
 * the user there.
 */
public enum WelcomeTask {
    EDIT(Feather.EDIT_3,
            MenuPath.of("ui.menu.insert", "ui.outline.add.paragraph", "Shortcut+Shift+P"),
            MenuPath.of("ui.menu.edit", "ui.menu.find", "Shortcut+F")),
    CHECK(Feather.CHECK_SQUARE,
            MenuPath.of("ui.menu.review", "ui.menu.findings", null),
            MenuPath.of("ui.menu.review", "ui.menu.signoff", null)),
    EXPORT(Feather.PRINTER,
            MenuPath.of("ui.menu.file", "ui.menu.exportPdf", "Shortcut+E"),
            MenuPath.of("ui.menu.file", "ui.menu.exportDocx", "Shortcut+Shift+W"));

    private final Ikon icon;
    private final List<MenuPath> menus;

    WelcomeTask(Ikon icon, MenuPath... menus) {
        this.icon = icon;
        this.menus = List.of(menus);
    }

    Ikon icon() {
        return icon;
    }

    /** Where the menu bar has the task's commands. */
    public List<MenuPath> menus() {
        return menus;
    }

    /** {@code welcome.edit}: the prefix of the task's texts (.title, .text, .button). */
    public String key() {
        return "welcome." + name().toLowerCase(Locale.ROOT);
    }

    /** The id of the task's button ("welcomeEdit"). */
    public String buttonId() {
        String name = name().toLowerCase(Locale.ROOT);
        return "welcome" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
