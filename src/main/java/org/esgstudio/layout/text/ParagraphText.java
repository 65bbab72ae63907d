package org.esgstudio.layout.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph prepared for breaking: its code points (runs of whitespace collapsed to one space, leading and trailing
 * spaces and invisible format characters removed), and per code point the span it came from, the code point actually
 * drawn, its face and advance. Arrays indexed by code point; no object per character.
 */
final class ParagraphText {
    final List<Span> spans;
    final int length;
    /** Source code points (what the reader should get back). */
    final int[] source;
    /** Index of the span each code point came from. */
    final int[] span;
    /** The code point drawn (differs from {@link #source} for substituted and missing glyphs). */
    final int[] drawn;
    /** Index into {@link #faces}. */
    final int[] face;
    /** Advance of the drawn glyph in its face, in points. */
    final double[] advance;
    final List<Face> faces = new ArrayList<>();
    /** The collapsed text as a string (what ICU sees) and the char offset of each code point (length + 1 entries). */
    final String text;
    final int[] charOffset;

    private ParagraphText(List<Span> spans, int[] source, int[] span, int length) {
        this.spans = spans;
        this.length = length;
        this.source = source;
        this.span = span;
        this.drawn = new int[length];
        this.face = new int[length];
        this.advance = new double[length];
        StringBuilder out = new StringBuilder(length + 8);
        charOffset = new int[length + 1];
        for (int i = 0; i < length; i++) {
            charOffset[i] = out.length();
            out.appendCodePoint(source[i]);
        }
        charOffset[length] = out.length();
        text = out.toString();
    }

    /** Collects the spans' text, collapsing whitespace (one space, none at the start or end) and dropping invisibles. */
    static ParagraphText collect(List<Span> spans) {
        int capacity = 0;
        for (Span s : spans) {
            capacity += s.text().length();
        }
        int[] cps = new int[capacity];
        int[] owner = new int[capacity];
        int n = 0;
        for (int s = 0; s < spans.size(); s++) {
            String text = spans.get(s).text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (CharClass.isIgnorable(cp)) {
                    continue;
                }
                if (CharClass.isCollapsibleSpace(cp)) {
                    if (n == 0 || cps[n - 1] == ' ') {
                        continue;
                    }
                    cp = ' ';
                }
                cps[n] = cp;
                owner[n] = s;
                n++;
            }
        }
        if (n > 0 && cps[n - 1] == ' ') {
            n--;
        }
        return new ParagraphText(spans, cps, owner, n);
    }

    Face faceAt(int i) {
        return faces.get(face[i]);
    }

    boolean isFootnoteMarker(int i) {
        return spans.get(span[i]).footnoteId() != null;
    }

    /** The source text of code points [from, to). */
    String source(int from, int to) {
        return text.substring(charOffset[from], charOffset[to]);
    }

    /** About twenty characters around code point {@code i}, for problem reports. */
    String context(int i) {
        return source(Math.max(0, i - 10), Math.min(length, i + 11));
    }

    /** Index of a face equal to {@code f}, adding it when new. */
    int faceIndex(Face f) {
        int index = faces.indexOf(f);
        if (index >= 0) {
            return index;
        }
        faces.add(f);
        return faces.size() - 1;
    }
}
