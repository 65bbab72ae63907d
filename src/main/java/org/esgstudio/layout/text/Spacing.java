package org.esgstudio.layout.text;

/**
 * The glue between the characters of a paragraph and how lines measure with it: the quarter-em space between Han
 * and Western letters or digits, the blank halves of full-width punctuation (removed between adjacent marks such as
 * 。」 or ）、 and after a closing mark at a line end, and given up on demand to pull punctuation into a line), the
 * halves of a dash joined, and the places where justification may add space. Prefix sums make every line measure O(1).
 */
final class Spacing {
    /** Space between Han and Western letters or digits, in ems of the Han character. */
    static final double CJK_WESTERN_SPACE = 0.25;
    /** The most a full-width mark gives up on one side, in ems. */
    static final double MAX_BLANK = 0.5;
    /** The most an interpunct (·) gives up on each side, in ems. */
    static final double MAX_MIDDLE_BLANK = 0.25;
    /** Punctuation narrower than this (in ems) is proportional, not full-width, and is never compressed. */
    static final double FULL_WIDTH = 0.9;

    private final ParagraphText p;
    /** Blank right of a full-width closing mark / left of an opening mark, in points (0 for anything else). */
    final double[] blankRight;
    final double[] blankLeft;
    /** Glue between i-1 and i when both are on one line: + CJK–Western space, − blank of adjacent punctuation. */
    final double[] pairAdjust;
    /** Blank that may still be given up to fit a line (not already taken by adjacent punctuation). */
    final double[] shrinkLeft;
    final double[] shrinkRight;
    /** Whether justification may add space between i and i+1. */
    final boolean[] gapAfter;
    private final double[] widthSum;
    private final double[] shrinkSum;
    private final int[] gapSum;

    Spacing(ParagraphText p, boolean english) {
        this.p = p;
        int n = p.length;
        blankLeft = new double[n];
        blankRight = new double[n];
        shrinkLeft = new double[n];
        shrinkRight = new double[n];
        pairAdjust = new double[n];
        gapAfter = new boolean[n];
        int[] cp = p.source;
        for (int i = 0; i < n; i++) {
            blanks(i, cp[i]);
        }
        for (int i = 1; i < n; i++) {
            pairAdjust[i] = glue(i - 1, i, cp) - adjacentPunctuation(i - 1, i, cp) - joinedDashes(i - 1, i, cp);
        }
        for (int i = 0; i + 1 < n; i++) {
            gapAfter[i] = english ? cp[i] == ' ' : justifiable(i, i + 1, cp);
        }
        widthSum = new double[n + 1];
        shrinkSum = new double[n + 1];
        gapSum = new int[n + 1];
        for (int i = 0; i < n; i++) {
            widthSum[i + 1] = widthSum[i] + p.advance[i] + pairAdjust[i];
            shrinkSum[i + 1] = shrinkSum[i] + shrinkLeft[i] + shrinkRight[i];
            gapSum[i + 1] = gapSum[i] + (gapAfter[i] ? 1 : 0);
        }
    }

    private void blanks(int i, int cp) {
        Face f = p.faceAt(i);
        double size = f.size();
        if (p.drawn[i] != cp || p.advance[i] < FULL_WIDTH * size) {
            return;
        }
        if (CharClass.isClosing(cp)) {
            blankRight[i] = clamp(f.font().rightBearing(cp), MAX_BLANK) * size;
            shrinkRight[i] = blankRight[i];
        } else if (CharClass.isOpening(cp)) {
            blankLeft[i] = clamp(f.font().leftBearing(cp), MAX_BLANK) * size;
            shrinkLeft[i] = blankLeft[i];
        } else if (CharClass.isMiddleDot(cp)) {
            shrinkLeft[i] = clamp(f.font().leftBearing(cp), MAX_MIDDLE_BLANK) * size;
            shrinkRight[i] = clamp(f.font().rightBearing(cp), MAX_MIDDLE_BLANK) * size;
        }
    }

    private static double clamp(double bearing, double max) {
        return bearing <= 0 || Double.isNaN(bearing) ? 0 : Math.min(bearing, max);
    }

    /** Quarter-em between Han and Western letters or digits (not for footnote markers or raised text). */
    private double glue(int a, int b, int[] cp) {
        if (p.isFootnoteMarker(a) || p.isFootnoteMarker(b)) {
            return 0;
        }
        if (p.spans.get(p.span[a]).style().baselineShift() != 0 || p.spans.get(p.span[b]).style().baselineShift() != 0) {
            return 0;
        }
        if (CharClass.isHan(cp[a]) && CharClass.isWesternAlnum(cp[b])) {
            return CJK_WESTERN_SPACE * p.faceAt(a).size();
        }
        if (CharClass.isWesternAlnum(cp[a]) && CharClass.isHan(cp[b])) {
            return CJK_WESTERN_SPACE * p.faceAt(b).size();
        }
        return 0;
    }

    /**
     * Two adjacent full-width marks: the blank between them is removed (。」 ）、 ”（ keep only the second mark's
     * width; 「『 （《 likewise).
     */
    private double adjacentPunctuation(int a, int b, int[] cp) {
        boolean bFull = blankLeft[b] > 0 || blankRight[b] > 0;
        if (blankRight[a] > 0 && bFull && (CharClass.isClosing(cp[b]) || CharClass.isOpening(cp[b]))) {
            shrinkRight[a] = 0;
            return blankRight[a];
        }
        if (blankLeft[b] > 0 && (blankLeft[a] > 0 || blankRight[a] > 0) && CharClass.isOpening(cp[a])) {
            shrinkLeft[b] = 0;
            return blankLeft[b];
        }
        return 0;
    }

    /**
     * The two halves of a dash (——) touch, so it reads as one line: the blank right of the first and left of the
     * second are closed (a font's em dash is often narrower than the em, with side bearings).
     */
    private double joinedDashes(int a, int b, int[] cp) {
        if (!CharClass.isDash(cp[a]) || !CharClass.isDash(cp[b]) || p.drawn[a] != cp[a] || p.drawn[b] != cp[b]
                || p.face[a] != p.face[b]) {
            return 0;
        }
        Face f = p.faceAt(a);
        double gap = clamp(f.font().rightBearing(cp[a]), MAX_BLANK) + clamp(f.font().leftBearing(cp[b]), MAX_BLANK);
        return gap * f.size();
    }

    private boolean justifiable(int a, int b, int[] cp) {
        if (cp[a] == ' ') {
            return true;
        }
        if (cp[b] == ' ' || p.isFootnoteMarker(b)) {
            return false;
        }
        if (CharClass.isDash(cp[a]) && CharClass.isDash(cp[b])
                || CharClass.isEllipsis(cp[a]) && CharClass.isEllipsis(cp[b])) {
            return false;
        }
        return CharClass.isCjk(cp[a]) || CharClass.isCjk(cp[b]);
    }

    /** The last code point before {@code end} that is not a space, or {@code from - 1}. */
    int lastVisible(int from, int end) {
        int t = end - 1;
        while (t >= from && p.source[t] == ' ') {
            t--;
        }
        return t;
    }

    /** Blank of a closing mark removed when it ends a line. */
    double endTrim(int t) {
        return blankRight[t];
    }

    /** Natural width of the line holding code points [from, last] (glue inside, closing mark at the end halved). */
    double width(int from, int last) {
        if (last < from) {
            return 0;
        }
        return widthSum[last + 1] - widthSum[from] - pairAdjust[from] - endTrim(last);
    }

    /** How much the line [from, last] can still shrink by giving up punctuation blanks. */
    double shrink(int from, int last) {
        if (last <= from) {
            return 0;
        }
        return shrinkSum[last + 1] - shrinkSum[from] - shrinkLeft[from] - shrinkRight[last];
    }

    /** Justification opportunities inside the line [from, last]. */
    int gaps(int from, int last) {
        return last <= from ? 0 : gapSum[last] - gapSum[from];
    }
}
