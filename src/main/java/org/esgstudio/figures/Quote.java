package org.esgstudio.figures;

import java.util.List;

/**
 * A figure as it stands in the report: where (location and block), the sentence around it, the mention found in
 * the text (null for a figure reference, which is rendered from the store), and what it was matched to.
 */
public record Quote(String location, String blockId, String sentence, FigureMention mention, MatchKind match,
                    String indicator, int year, List<String> candidates) {
    public Quote {
        candidates = List.copyOf(candidates);
    }

    /** The figure as written (or the reference's indicator for a rendered reference). */
    public String text() {
        return mention == null ? "{{" + indicator + "@" + year + "}}" : mention.raw();
    }
}
