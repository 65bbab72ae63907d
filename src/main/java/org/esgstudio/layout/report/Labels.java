package org.esgstudio.layout.report;

import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.text.TextStyle;

/** Single-line text for drawings (chart axes, diagram boxes, page numbers): measured and placed, never broken. */
public final class Labels {
    private Labels() {
    }

    public static double width(String text, TextStyle style) {
        return style.font().width(text, style.size());
    }

    /** A text box starting at x on the given baseline. */
    public static TextBox at(String text, TextStyle style, double x, double baseline) {
        return new TextBox(x, baseline, style.font().face(), style.size(), style.color(), text, 0);
    }

    public static TextBox centred(String text, TextStyle style, double centreX, double baseline) {
        return at(text, style, centreX - width(text, style) / 2, baseline);
    }

    public static TextBox right(String text, TextStyle style, double rightX, double baseline) {
        return at(text, style, rightX - width(text, style), baseline);
    }

    /** The baseline that puts a line of this style vertically centred at {@code centreY}. */
    public static double middleBaseline(TextStyle style, double centreY) {
        double ascent = style.font().ascent(style.size());
        double descent = style.font().descent(style.size());
        return centreY + (ascent - descent) / 2;
    }

    /** Shortens text to fit {@code width}, ending with "…" when cut. */
    public static String fit(String text, TextStyle style, double width) {
        if (width(text, style) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", style) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1) > 0 ? cut.offsetByCodePoints(cut.length(), -1) : 0);
        }
        return cut + "…";
    }

    public static void add(List<Box> out, TextBox box) {
        if (!box.text().isEmpty()) {
            out.add(box);
        }
    }
}
