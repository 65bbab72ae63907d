package org.esgstudio.layout.text;

import java.util.List;
import java.util.Objects;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.font.FontMetrics;

/**
 * How a span of text is set: its font (with fallbacks tried in order for characters the font lacks), size in
 * points, colour, and a baseline shift (positive raises: superscript footnote markers).
 */
public record TextStyle(FontMetrics font, List<FontMetrics> fallbacks, double size, Rgb color, double baselineShift) {
    public TextStyle {
        Objects.requireNonNull(font, "font");
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        if (size <= 0) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
        Objects.requireNonNull(color, "color");
    }

    public TextStyle(FontMetrics font, double size, Rgb color) {
        this(font, List.of(), size, color, 0);
    }

    public TextStyle withSize(double newSize) {
        return new TextStyle(font, fallbacks, newSize, color, baselineShift);
    }

    public TextStyle withColor(Rgb newColor) {
        return new TextStyle(font, fallbacks, size, newColor, baselineShift);
    }

    public TextStyle withFont(FontMetrics newFont) {
        return new TextStyle(newFont, fallbacks, size, color, baselineShift);
    }

    public TextStyle withBaselineShift(double shift) {
        return new TextStyle(font, fallbacks, size, color, shift);
    }
}
