package org.esgstudio.layout.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.LineSetter;
import org.esgstudio.layout.text.ParagraphSpec;
import org.esgstudio.layout.text.Span;

/**
 * Breaks paragraphs into lines through the line setter, remembering results: the layout runs twice (page numbers
 * feed back into the contents), and the second pass re-uses every line of the first.
 */
public final class Typesetter {
    private final LineSetter setter;
    private final Map<ParagraphSpec, List<LaidLine>> cache = new HashMap<>();

    public Typesetter(LineSetter setter) {
        this.setter = setter;
    }

    public List<LaidLine> lines(List<Span> spans, double width, double firstIndent, Alignment alignment,
                                double lineHeight) {
        if (spans.isEmpty() || spans.stream().allMatch(span -> span.text().isEmpty())) {
            return List.of();
        }
        ParagraphSpec spec = new ParagraphSpec(spans, width, firstIndent, alignment, lineHeight);
        return cache.computeIfAbsent(spec, setter::lines);
    }

    /** The widest line of some spans set on one line without breaking (for labels and table columns). */
    public double naturalWidth(List<Span> spans) {
        double width = 0;
        for (Span span : spans) {
            width += span.style().font().width(span.text(), span.style().size());
        }
        return width;
    }
}
