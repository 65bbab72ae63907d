package org.esgstudio.layout;

import java.util.List;

/**
 * A laid-out page: its size in points, the label a reader sees as its number ("3", "ii", "" for the cover), the
 * boxes to paint in order, the anchors on it, and which blocks it shows where (for the preview; not painted). This
 * list of pages is the layout's output, checkable without a PDF.
 */
public record PageBox(int index, String label, double width, double height, List<Box> boxes, List<Anchor> anchors,
                      List<BlockSpan> blocks) {
    public PageBox {
        boxes = List.copyOf(boxes);
        anchors = List.copyOf(anchors);
        blocks = List.copyOf(blocks);
    }

    /** A page that records no block positions (designed pages, tests). */
    public PageBox(int index, String label, double width, double height, List<Box> boxes, List<Anchor> anchors) {
        this(index, label, width, height, boxes, anchors, List.of());
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
