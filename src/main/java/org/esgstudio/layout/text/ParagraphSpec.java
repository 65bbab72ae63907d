package org.esgstudio.layout.text;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph to break into lines: its spans, the column width, the first line's indent (two ems for Chinese body
 * text), the alignment, and the line height (baseline to baseline, in points).
 */
public record ParagraphSpec(List<Span> spans, double width, double firstLineIndent, Alignment alignment,
                            double lineHeight) {
    public ParagraphSpec {
        spans = List.copyOf(spans);
        Objects.requireNonNull(alignment, "alignment");
        if (width <= 0) {
            throw new IllegalArgumentException("column width must be positive: " + width);
        }
    }
}
