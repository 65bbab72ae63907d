package org.esgstudio.layout.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.esgstudio.layout.font.FontMetrics;

/**
 * Chooses for every code point the font that shows it: the style's font, else its fallbacks in order. Sub- and
 * superscript digits no font has are set as the plain digit, smaller and shifted (reported SUBSTITUTED); anything
 * else no font has is set as U+FFFD (or '?') from the style's font in the text colour and reported MISSING, never
 * dropped.
 */
final class GlyphFallback {
    /** Size of a substituted sub- or superscript digit, relative to the text. */
    static final double SCRIPT_SCALE = 0.7;
    /** How far a substituted subscript digit is lowered, in ems of the text. */
    static final double SUBSCRIPT_DROP = 0.15;
    /** How far a substituted superscript digit is raised, in ems of the text. */
    static final double SUPERSCRIPT_RISE = 0.33;

    private final Consumer<GlyphProblem> problems;

    GlyphFallback(Consumer<GlyphProblem> problems) {
        this.problems = problems;
    }

    /** Fills {@code drawn}, {@code face} and {@code advance} of every code point of {@code p}. */
    void resolve(ParagraphText p) {
        int spanCount = p.spans.size();
        int[][] normalFaces = new int[spanCount][];
        for (int i = 0; i < p.length; i++) {
            int s = p.span[i];
            Span span = p.spans.get(s);
            TextStyle style = span.style();
            int cp = p.source[i];
            int chainIndex = cp == ' ' ? 0 : fontFor(style, cp);
            if (chainIndex > 0 && scriptDigit(cp) >= 0) {
                // A sub- or superscript digit the main font lacks is set as its own digit, scaled and shifted, rather
                // than borrowed from another face (CO₂ in sans text gets a sans 2), and reported (decision 0005).
                chainIndex = -1;
            }
            if (chainIndex >= 0) {
                if (normalFaces[s] == null) {
                    normalFaces[s] = new int[1 + style.fallbacks().size()];
                    Arrays.fill(normalFaces[s], -1);
                }
                int f = normalFaces[s][chainIndex];
                if (f < 0) {
                    f = p.faceIndex(face(span, font(style, chainIndex), style.size(), style.baselineShift()));
                    normalFaces[s][chainIndex] = f;
                }
                set(p, i, cp, f);
            } else {
                substituteOrReplace(p, i, span);
            }
        }
    }

    private void substituteOrReplace(ParagraphText p, int i, Span span) {
        TextStyle style = span.style();
        int cp = p.source[i];
        int digit = scriptDigit(cp);
        if (digit >= 0) {
            int chainIndex = fontFor(style, digit);
            if (chainIndex >= 0) {
                boolean sub = cp >= 0x2080;
                double shift = style.baselineShift()
                        + (sub ? -SUBSCRIPT_DROP : SUPERSCRIPT_RISE) * style.size();
                Face f = face(span, font(style, chainIndex), style.size() * SCRIPT_SCALE, shift);
                set(p, i, digit, p.faceIndex(f));
                problems.accept(new GlyphProblem(cp, p.context(i), GlyphProblem.Kind.SUBSTITUTED,
                        new String(Character.toChars(digit))));
                return;
            }
        }
        int replacement = style.font().hasGlyph(0xFFFD) ? 0xFFFD : '?';
        Face f = face(span, style.font(), style.size(), style.baselineShift());
        set(p, i, replacement, p.faceIndex(f));
        problems.accept(new GlyphProblem(cp, p.context(i), GlyphProblem.Kind.MISSING,
                new String(Character.toChars(replacement))));
    }

    private static void set(ParagraphText p, int i, int drawn, int faceIndex) {
        Face f = p.faces.get(faceIndex);
        p.drawn[i] = drawn;
        p.face[i] = faceIndex;
        p.advance[i] = f.font().advance(drawn, f.size());
    }

    /** The digit (or sign) a super- or subscript stands for, or -1. */
    static int scriptDigit(int cp) {
        switch (cp) {
            case 0xB9:
                return '1';
            case 0xB2:
                return '2';
            case 0xB3:
                return '3';
            case 0x2070:
            case 0x2080:
                return '0';
            case 0x207A:
            case 0x208A:
                return '+';
            case 0x207B:
            case 0x208B:
                return '-';
            default:
                if (cp >= 0x2074 && cp <= 0x2079) {
                    return '4' + cp - 0x2074;
                }
                if (cp >= 0x2081 && cp <= 0x2089) {
                    return '1' + cp - 0x2081;
                }
                return -1;
        }
    }

    /** Index in the style's chain (0 = its font, then fallbacks) of the first font with the glyph, or -1. */
    private static int fontFor(TextStyle style, int cp) {
        if (style.font().hasGlyph(cp)) {
            return 0;
        }
        List<FontMetrics> fallbacks = style.fallbacks();
        for (int k = 0; k < fallbacks.size(); k++) {
            if (fallbacks.get(k).hasGlyph(cp)) {
                return k + 1;
            }
        }
        return -1;
    }

    private static FontMetrics font(TextStyle style, int chainIndex) {
        return chainIndex == 0 ? style.font() : style.fallbacks().get(chainIndex - 1);
    }

    private static Face face(Span span, FontMetrics font, double size, double shift) {
        TextStyle style = span.style();
        return new Face(font, size, style.color(), shift, span.footnoteId(), span.linkTarget());
    }
}
