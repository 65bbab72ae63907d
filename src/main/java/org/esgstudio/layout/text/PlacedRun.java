package org.esgstudio.layout.text;

import org.esgstudio.layout.font.FontMetrics;

/**
 * Characters set in one font at one position: {@code x} from the line's start, {@code charSpacing} added after
 * every character (PDF Tc, used to justify Chinese text), the baseline shift of a superscript.
 * {@code actualText} is the source text when the drawn text differs from it (a missing ₂ drawn as a lowered "2",
 * a missing character drawn as U+FFFD), so a PDF writer can give copy-and-paste and screen readers the original
 * (/ActualText); null when the drawn text is the source text.
 */
public record PlacedRun(double x, String text, FontMetrics font, double size, org.esgstudio.layout.Rgb color,
                        double charSpacing, double baselineShift, String footnoteId, String linkTarget,
                        String actualText) {

    public PlacedRun(double x, String text, FontMetrics font, double size, org.esgstudio.layout.Rgb color,
                     double charSpacing, double baselineShift, String footnoteId, String linkTarget) {
        this(x, text, font, size, color, charSpacing, baselineShift, footnoteId, linkTarget, null);
    }

    /** The run's width as set: advances plus character spacing after each character. */
    public double width() {
        return font.width(text, size) + charSpacing * text.codePointCount(0, text.length());
    }

    /** The text the run stands for: {@link #actualText} when set, else the drawn text. */
    public String sourceText() {
        return actualText != null ? actualText : text;
    }
}
