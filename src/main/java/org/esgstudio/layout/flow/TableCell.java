package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.text.LaidLine;

/**
 * A cell: its lines (already broken at the cell's inner width), the line height, how many columns it spans, and
 * the x offset of its lines inside the cell (right-aligned and decimal-aligned numbers are shifted).
 */
public record TableCell(List<LaidLine> lines, double lineHeight, int span, double offset) {
    public TableCell {
        lines = List.copyOf(lines);
        if (span < 1) {
            throw new IllegalArgumentException("a cell spans at least one column");
        }
    }

    public double textHeight() {
        return lines.size() * lineHeight;
    }
}
