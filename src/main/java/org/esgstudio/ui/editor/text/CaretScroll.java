package org.esgstudio.ui.editor.text;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Scrolls an editor's scroll pane so that an area's caret is in the middle of the view. */
final class CaretScroll {
    private CaretScroll() {
    }

    static void centre(Region root, ScrollPane scroll, Region content, ProseArea area) {
        root.applyCss();
        root.layout();
        Optional<Bounds> caret = area.getCaretBounds();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (caret.isEmpty() || contentHeight <= viewport) {
            return;
        }
        Bounds inContent = content.screenToLocal(caret.get());
        if (inContent != null) {
            double y = inContent.getMinY() - viewport / 2;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
    }
}
