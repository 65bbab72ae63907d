package org.esgstudio.ui.editor.text;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The buttons above the text: emphasis, footnote, figure reference, undo and redo, English beside Chinese. */
final class ProseToolbar {
    /** What the buttons do. */
    interface Actions {
        void emphasis();

        void footnote();

        void figure();

        void undo();

        void redo();

        void addItem();
    }

    private final ToolBar bar = new ToolBar();

    ProseToolbar(Actions actions, boolean markup, boolean list, BooleanProperty englishVisible,
                 ObservableBooleanValue canUndo, ObservableBooleanValue canRedo) {
        bar.getStyleClass().add("prose-toolbar");
        Button emphasis = button("proseEmphasis", Feather.BOLD, "ui.prose.tool.emphasis", ProseKeys.EMPHASIS,
                actions::emphasis);
        Button footnote = button("proseFootnote", Feather.BOOKMARK, "ui.prose.tool.footnote", ProseKeys.FOOTNOTE,
                actions::footnote);
        Button figure = button("proseFigure", Feather.HASH, "ui.prose.tool.figure", ProseKeys.FIGURE,
                actions::figure);
        Button undo = button("proseUndo", Feather.ROTATE_CCW, "ui.prose.tool.undo", ProseKeys.UNDO, actions::undo);
        Button redo = button("proseRedo", Feather.ROTATE_CW, "ui.prose.tool.redo", ProseKeys.REDO, actions::redo);
        undo.disableProperty().bind(javafx.beans.binding.Bindings.not(canUndo));
        redo.disableProperty().bind(javafx.beans.binding.Bindings.not(canRedo));
        ToggleButton english = new ToggleButton(I18n.text("ui.prose.tool.englishLabel"), new FontIcon(Feather.COLUMNS));
        english.setId("proseEnglish");
        english.setTooltip(new Tooltip(I18n.text("ui.prose.tool.english")));
        english.selectedProperty().bindBidirectional(englishVisible);
        focusless(english);
        if (markup) {
            bar.getItems().addAll(emphasis, footnote, figure, new Separator());
        }
        if (list) {
            Button add = button("proseAddItem", Feather.PLUS, "ui.prose.tool.addItem", null, actions::addItem);
            bar.getItems().addAll(add, new Separator());
        }
        bar.getItems().addAll(undo, redo, new Separator(), english);
    }

    private static Button button(String id, Ikon icon, String key, KeyCombination keys, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        String tip = keys == null ? I18n.text(key) : I18n.text(key) + "（" + keys.getDisplayText() + "）";
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        focusless(button);
        return button;
    }

    /** The caret stays in the text while a button is clicked. */
    private static void focusless(ButtonBase button) {
        button.setFocusTraversable(false);
    }

    ToolBar view() {
        return bar;
    }
}
