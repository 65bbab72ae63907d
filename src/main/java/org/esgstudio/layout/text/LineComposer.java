package org.esgstudio.layout.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets one chosen line: the glue after every character (CJK–Western space, punctuation compression, then either
 * the extra compression a tight line needs or the justification a loose line gets, never both), the alignment
 * offset, and the runs: maximal stretches of one face and one spacing, each at its exact x, so that every run ends
 * exactly where the next begins.
 */
final class LineComposer {
    private static final double SAME = 1e-9;
    private double[] gap = new double[64];

    LaidLine set(ParagraphText p, Spacing s, boolean[] allowed, LineRange range, double indent, double available,
                 Alignment alignment, boolean last) {
        int from = range.start();
        int t = s.lastVisible(from, range.end());
        int count = t - from + 1;
        if (gap.length < count) {
            gap = new double[Math.max(count, gap.length * 2)];
        }
        for (int i = from; i < t; i++) {
            gap[i - from] = s.pairAdjust[i + 1];
        }
        gap[t - from] = -s.endTrim(t);
        double natural = s.width(from, t);
        double content = natural;
        if (natural > available + LineSplitter.EPSILON && !range.emergency()) {
            content = compress(s, from, t, natural - available, content);
        } else if (alignment == Alignment.JUSTIFY && !last && !range.emergency()
                && hasBreakInside(allowed, from, t)) {
            int gaps = s.gaps(from, t);
            double slack = available - natural;
            if (gaps > 0 && slack > LineSplitter.EPSILON) {
                double extra = slack / gaps;
                for (int i = from; i < t; i++) {
                    if (s.gapAfter[i]) {
                        gap[i - from] += extra;
                    }
                }
                content = available;
            }
        }
        double offset = 0;
        if (content < available) {
            if (alignment == Alignment.CENTER) {
                offset = (available - content) / 2;
            } else if (alignment == Alignment.RIGHT) {
                offset = available - content;
            }
        }
        return runs(p, from, t, indent, indent + offset, content, last);
    }

    /** Gives up every compressible blank in the same proportion, just enough to take away {@code excess}. */
    private double compress(Spacing s, int from, int t, double excess, double natural) {
        double total = s.shrink(from, t);
        if (total <= 0) {
            return natural;
        }
        double ratio = Math.min(1, excess / total);
        for (int i = from; i <= t; i++) {
            if (i > from) {
                gap[i - 1 - from] -= s.shrinkLeft[i] * ratio;
            }
            if (i < t) {
                gap[i - from] -= s.shrinkRight[i] * ratio;
            }
        }
        return natural - total * ratio;
    }

    /** A line that is one unbreakable item is not stretched. */
    private static boolean hasBreakInside(boolean[] allowed, int from, int t) {
        for (int i = from + 1; i <= t; i++) {
            if (allowed[i]) {
                return true;
            }
        }
        return false;
    }

    private LaidLine runs(ParagraphText p, int from, int t, double indent, double x0, double content, boolean last) {
        List<PlacedRun> runs = new ArrayList<>();
        List<String> footnotes = new ArrayList<>(0);
        double ascent = 0;
        double descent = 0;
        double x = x0;
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i <= t) {
            int faceIndex = p.face[i];
            double spacing = gap[i - from];
            int j = i + 1;
            while (j <= t && p.face[j] == faceIndex && Math.abs(gap[j - from] - spacing) < SAME) {
                j++;
            }
            text.setLength(0);
            boolean substituted = false;
            double advance = 0;
            for (int k = i; k < j; k++) {
                text.appendCodePoint(p.drawn[k]);
                substituted |= p.drawn[k] != p.source[k];
                advance += p.advance[k] + gap[k - from];
            }
            Face face = p.faces.get(faceIndex);
            runs.add(new PlacedRun(x, text.toString(), face.font(), face.size(), face.color(), spacing,
                    face.baselineShift(), face.footnoteId(), face.linkTarget(), substituted ? p.source(i, j) : null));
            ascent = Math.max(ascent, face.ascent());
            descent = Math.max(descent, face.descent());
            if (face.footnoteId() != null && !footnotes.contains(face.footnoteId())) {
                footnotes.add(face.footnoteId());
            }
            x += advance;
            i = j;
        }
        return new LaidLine(runs, indent + content, ascent, descent, footnotes, last);
    }
}
