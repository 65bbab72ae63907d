package org.esgstudio.layout.font;

/** The box around a glyph's ink, in font units, as the glyph's header in the {@code glyf} table gives it. */
public record GlyphBounds(int xMin, int yMin, int xMax, int yMax) {

    public int width() {
        return xMax - xMin;
    }

    public int height() {
        return yMax - yMin;
    }
}
