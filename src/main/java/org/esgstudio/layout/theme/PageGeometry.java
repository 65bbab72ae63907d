package org.esgstudio.layout.theme;

import java.util.Locale;

/** Paper size and margins (millimetres in the theme file, points here); inner/outer margins mirror on facing pages. */
public record PageGeometry(String size, double marginTop, double marginBottom, double marginInner, double marginOuter) {
    public static final double POINTS_PER_MM = 72 / 25.4;

    public PageGeometry {
        size = size == null ? "A4" : size.toUpperCase(Locale.ROOT);
        if (!size.equals("A4") && !size.equals("A5") && !size.equals("LETTER")) {
            throw new IllegalArgumentException("page size must be A4, A5 or Letter, not " + size);
        }
        for (double margin : new double[] {marginTop, marginBottom, marginInner, marginOuter}) {
            if (margin < 5 || margin > 60) {
                throw new IllegalArgumentException("margins must be 5–60 mm, not " + margin);
            }
        }
    }

    public double width() {
        return switch (size) {
            case "A5" -> 148 * POINTS_PER_MM;
            case "LETTER" -> 612;
            default -> 210 * POINTS_PER_MM;
        };
    }

    public double height() {
        return switch (size) {
            case "A5" -> 210 * POINTS_PER_MM;
            case "LETTER" -> 792;
            default -> 297 * POINTS_PER_MM;
        };
    }

    public double top() {
        return marginTop * POINTS_PER_MM;
    }

    public double bottom() {
        return marginBottom * POINTS_PER_MM;
    }

    /** The left margin of a page: the inner margin on right-hand (odd) pages, the outer one on left-hand pages. */
    public double left(int pageNumber) {
        return (pageNumber % 2 == 1 ? marginInner : marginOuter) * POINTS_PER_MM;
    }

    public double contentWidth() {
        return width() - (marginInner + marginOuter) * POINTS_PER_MM;
    }

    public double contentHeight() {
        return height() - top() - bottom();
    }
}
