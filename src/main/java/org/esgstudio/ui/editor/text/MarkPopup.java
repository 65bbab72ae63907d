package org.esgstudio.ui.editor.text;

import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.esgstudio.figures.FigureMark;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** The hover over a marked figure: indicator, year, the store's value and its source, and what is wrong. */
final class MarkPopup {
    private final Popup popup = new Popup();
    private final Label text = new Label();

    MarkPopup(ProseArea area, FigureMarking marking) {
        text.getStyleClass().add("prose-hover");
        text.getStylesheets().add(ProseEditor.STYLESHEET);
        text.setWrapText(true);
        text.setMaxWidth(420);
        popup.getContent().add(text);
        popup.setAutoHide(true);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event ->
                marking.at(event.getCharacterIndex()).ifPresent(mark -> {
                    show(mark);
                    popup.show(area, event.getScreenPosition().getX() + 8, event.getScreenPosition().getY() + 14);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> popup.hide());
    }

    private void show(FigureMark mark) {
        text.setText(MarkText.of(mark));
        text.getStyleClass().removeAll("hover-agrees", "hover-disagrees", "hover-unverified");
        text.getStyleClass().add("hover-" + ProseStyle.markClass(mark.status()).substring("figure-".length()));
    }

    /** The text shown now (tests), or null when hidden. */
    String shownText() {
        return popup.isShowing() ? text.getText() : null;
    }
}
