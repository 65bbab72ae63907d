package org.esgstudio.layout.theme;

/**
 * Type sizes in points and the body leading (line height as a multiple of the body size): body, the three heading
 * levels, tables, captions, footnotes, running header and the cover title.
 */
public record ThemeSizes(double body, double leading, double h1, double h2, double h3, double table, double caption,
                         double footnote, double header, double cover) {
    public ThemeSizes {
        if (body < 6 || body > 16) {
            throw new IllegalArgumentException("body size must be 6–16 pt, not " + body);
        }
        if (leading < 1.1 || leading > 2.5) {
            throw new IllegalArgumentException("leading must be 1.1–2.5 times the body size, not " + leading);
        }
    }

    public double lineHeight() {
        return body * leading;
    }
}
