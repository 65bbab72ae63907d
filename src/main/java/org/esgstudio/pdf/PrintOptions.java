package org.esgstudio.pdf;

/** Screen PDF (RGB, trimmed pages) or print PDF (CMYK, 3 mm bleed, crop marks, trim and bleed boxes). */
public record PrintOptions(boolean print) {
    public static final PrintOptions SCREEN = new PrintOptions(false);
    public static final PrintOptions PRINT = new PrintOptions(true);

    /** 3 mm of bleed around the trimmed page. */
    static final double BLEED = 3 * 72 / 25.4;
    /** Room outside the bleed for crop marks. */
    static final double SLUG = 9 * 72 / 25.4;

    double offset() {
        return print ? BLEED + SLUG : 0;
    }
}
