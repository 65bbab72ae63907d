package org.esgstudio.layout.font;

import java.util.Objects;
import java.util.Optional;

/**
 * {@link FontMetrics} from a parsed {@link TrueTypeFont}: font units scaled by size / unitsPerEm. Ascent and descent
 * are the OS/2 typographic values when the font has them (the em box the designer meant: 880/−120 in Noto Sans SC,
 * against the clipping-safe 1160/−288 of hhea), else the hhea values.
 *
 * <p>{@link #advance} is the hot path: a character-map array read and an hmtx read, no allocation and no boxing. A
 * per-code-point cache would cost the same array read, so there is none. Instances are immutable and thread-safe.
 */
public final class TrueTypeMetrics implements FontMetrics {
    private final TrueTypeFont font;
    private final FontFace face;
    private final double unitsPerEm;
    private final int ascentUnits;
    private final int descentUnits;
    private final int capHeightUnits;

    public TrueTypeMetrics(TrueTypeFont font, FontFace face) {
        this.font = Objects.requireNonNull(font, "font");
        this.face = Objects.requireNonNull(face, "face");
        this.unitsPerEm = font.unitsPerEm();
        TrueTypeFont.VerticalMetrics vertical = font.typoMetrics().orElse(font.hheaMetrics());
        this.ascentUnits = vertical.ascender();
        this.descentUnits = Math.abs(vertical.descender()); // a few fonts store it positive
        this.capHeightUnits = font.capHeight();
    }

    public TrueTypeFont font() {
        return font;
    }

    @Override
    public FontFace face() {
        return face;
    }

    @Override
    public boolean hasGlyph(int codePoint) {
        return font.glyphId(codePoint) != 0;
    }

    @Override
    public double advance(int codePoint, double size) {
        return font.advanceWidth(font.glyphId(codePoint)) * size / unitsPerEm;
    }

    @Override
    public double ascent(double size) {
        return ascentUnits * size / unitsPerEm;
    }

    @Override
    public double descent(double size) {
        return descentUnits * size / unitsPerEm;
    }

    @Override
    public double capHeight(double size) {
        return capHeightUnits * size / unitsPerEm;
    }

    @Override
    public double leftBearing(int codePoint) {
        int glyph = font.glyphId(codePoint);
        if (glyph == 0) {
            return 0;
        }
        Optional<GlyphBounds> ink = font.bounds(glyph);
        return ink.isEmpty() ? 0 : ink.get().xMin() / unitsPerEm;
    }

    @Override
    public double rightBearing(int codePoint) {
        int glyph = font.glyphId(codePoint);
        if (glyph == 0) {
            return 0;
        }
        Optional<GlyphBounds> ink = font.bounds(glyph);
        return ink.isEmpty() ? 0 : (font.advanceWidth(glyph) - ink.get().xMax()) / unitsPerEm;
    }

    @Override
    public String toString() {
        return "TrueTypeMetrics[" + face.key() + ": " + font.fullName() + "]";
    }
}
