package org.esgstudio.layout.flow;

import java.util.List;
import java.util.function.IntFunction;
import org.esgstudio.layout.Anchor;
import org.esgstudio.layout.Box;

/**
 * A page drawn whole (cover, chapter opener): no header or footer, its boxes made for the page number it lands on
 * (facing pages mirror), with its own anchors.
 */
public record DesignedPage(IntFunction<List<Box>> painter, List<Anchor> anchors, boolean printsNumber,
                           List<org.esgstudio.layout.OutlineEntry> outline) {
    public DesignedPage {
        anchors = List.copyOf(anchors);
        outline = List.copyOf(outline);
    }
}
