package org.esgstudio.ui.welcome;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import org.esgstudio.ui.common.I18n;

/**
 * Where a command sits in the menu bar, as the welcome names it: the menus' own labels ("文件 › 导出 PDF…") and the
 * item's shortcut as the menu shows it ("Ctrl+E"), read from the same message keys as the menu so the two agree.
 *
 * @param keys the message keys of the menu and its item, outermost first
 * @param accelerator the item's shortcut as the menu sets it ("Shortcut+E"), or null
 */
public record MenuPath(List<String> keys, String accelerator) {
    public MenuPath {
        keys = List.copyOf(keys);
    }

    static MenuPath of(String menu, String item, String accelerator) {
        return new MenuPath(List.of(menu, item), accelerator);
    }

    /** "文件 › 导出 PDF…": the labels without their mnemonics. */
    public String path() {
        return keys.stream().map(key -> label(I18n.text(key))).collect(Collectors.joining(" › "));
    }

    /** The shortcut as this platform writes it ("Ctrl+E", "⌘E"), or "" when the item has none. */
    public String shortcut() {
        return accelerator == null ? "" : KeyCombination.keyCombination(accelerator).getDisplayText();
    }

    /**
     * A menu label as text: "导出 PDF(_E)……" is "导出 PDF…", "用户名（_U）…" is "用户名…", "_Export PDF…" is
     * "Export PDF…", "Move Up (_K)" is "Move Up".
     */
    public static String label(String menuText) {
        return menuText.replaceAll("\\s*[(（]_.[)）]", "").replace("_", "").replace("……", "…").strip();
    }
}
