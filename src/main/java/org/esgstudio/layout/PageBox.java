package org.esgstudio.layout;

import java.util.List;

/**
 * A laid-out page: its size in points, the label a reader sees as its number ("3", "ii", "" for the cover), the
 * boxes to paint in order, and the anchors on it. This list of pages is the layout's output, checkable without a PDF.
 */
public record PageBox(int index, String label, double width, double height, List<Box> boxes, List<Anchor> anchors) {
    public PageBox {
        boxes = List.copyOf(boxes);
        anchors = List.copyOf(anchors);
    }

    /** The text of the page's text boxes in painting order (for tests and searches). */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Box box : boxes) {
            if (box instanceof TextBox text) {
                out.append(text.text());
            }
        }
        return out.toString();
    }
}
