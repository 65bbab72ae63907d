package org.esgstudio.layout.font;

/**
 * What the layout needs to know about a font: which characters it has, how wide they are, how tall its lines are,
 * and where a glyph's ink sits in its advance (to compress full-width punctuation). Sizes are in points.
 */
public interface FontMetrics {

    FontFace face();

    /** Whether the font has a real glyph (not .notdef) for the code point. */
    boolean hasGlyph(int codePoint);

    /** The advance width of the code point's glyph at {@code size} points (of .notdef when the font lacks it). */
    double advance(int codePoint, double size);

    /** The width of a string (sum of advances, no kerning) at {@code size} points. */
    default double width(CharSequence text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += advance(cp, size);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Distance from the baseline up to the top of tall glyphs, at {@code size} (positive). */
    double ascent(double size);

    /** Distance from the baseline down to the bottom of descenders, at {@code size} (positive). */
    double descent(double size);

    /** Height of capital letters above the baseline, at {@code size}. */
    double capHeight(double size);

    /** Blank space left of the glyph's ink, as a fraction of the em (0 when unknown or empty). */
    double leftBearing(int codePoint);

    /** Blank space right of the glyph's ink, as a fraction of the em (advance − xMax, over unitsPerEm). */
    double rightBearing(int codePoint);
}
