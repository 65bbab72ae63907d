package org.esgstudio.layout.text;

import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.font.FontMetrics;

/**
 * Everything a run of characters shares: the font actually used (the style's font or a fallback), size, colour,
 * baseline shift, and the footnote and link of its span. Characters with equal faces may share a run.
 */
record Face(FontMetrics font, double size, Rgb color, double baselineShift, String footnoteId, String linkTarget) {

    double ascent() {
        return font.ascent(size) + baselineShift;
    }

    double descent() {
        return font.descent(size) - baselineShift;
    }

    boolean isFootnoteMarker() {
        return footnoteId != null;
    }
}
