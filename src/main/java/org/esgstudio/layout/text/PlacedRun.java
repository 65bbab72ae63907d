package org.esgstudio.layout.text;

import org.esgstudio.layout.font.FontMetrics;

/**
 * Characters set in one font at one position: {@code x} from the line's start, {@code charSpacing} added after
 * every character (PDF Tc, used to justify Chinese text), the baseline shift of a superscript.
 */
public record PlacedRun(double x, String text, FontMetrics font, double size, org.esgstudio.layout.Rgb color,
                        double charSpacing, double baselineShift, String footnoteId, String linkTarget) {

    /** The run's width as set: advances plus character spacing after each character. */
    public double width() {
        return font.width(text, size) + charSpacing * text.codePointCount(0, text.length());
    }
}
