package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.TextBox;
import org.esgstudio.layout.font.FontMetrics;
import org.esgstudio.layout.text.TextStyle;

/**
 * Single-line text for drawings (chart axes, diagram boxes, contents lines, page numbers): measured and placed,
 * never broken. Each character is set in the first of the style's fonts that has it (the English edition's serif
 * face has no Chinese or ①), so a label is one text box per run of characters in the same font.
 */
public final class Labels {
    private static final String REPLACEMENT = "\uFFFD";

    private Labels() {
    }

    /** A run of characters set in one font. */
    private record Run(String text, FontMetrics font) {
    }

    private static List<Run> runs(String text, TextStyle style) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontMetrics currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontMetrics font = fontFor(cp, style);
            String shown = font == null ? REPLACEMENT : new String(Character.toChars(cp));
            if (font == null) {
                font = style.font();
            }
            if (currentFont != null && font != currentFont) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.append(shown);
        }
        if (currentFont != null) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private static FontMetrics fontFor(int cp, TextStyle style) {
        if (Character.isWhitespace(cp) || style.font().hasGlyph(cp)) {
            return style.font();
        }
        for (FontMetrics fallback : style.fallbacks()) {
            if (fallback.hasGlyph(cp)) {
                return fallback;
            }
        }
        return null;
    }

    public static double width(String text, TextStyle style) {
        double width = 0;
        for (Run run : runs(text, style)) {
            width += run.font().width(run.text(), style.size());
        }
        return width;
    }

    /** Text boxes starting at x on the given baseline. */
    public static List<TextBox> at(String text, TextStyle style, double x, double baseline) {
        List<TextBox> boxes = new ArrayList<>();
        double cursor = x;
        for (Run run : runs(text, style)) {
            boxes.add(new TextBox(cursor, baseline, run.font().face(), style.size(), style.color(), run.text(), 0));
            cursor += run.font().width(run.text(), style.size());
        }
        return boxes;
    }

    public static List<TextBox> centred(String text, TextStyle style, double centreX, double baseline) {
        return at(text, style, centreX - width(text, style) / 2, baseline);
    }

    public static List<TextBox> right(String text, TextStyle style, double rightX, double baseline) {
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
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    /** Adds a label's boxes (none for empty text). */
    public static void add(List<Box> out, List<TextBox> label) {
        for (TextBox box : label) {
            if (!box.text().isEmpty()) {
                out.add(box);
            }
        }
    }
}
