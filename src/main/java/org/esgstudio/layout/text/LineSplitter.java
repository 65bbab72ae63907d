package org.esgstudio.layout.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chooses where lines end. Greedy: each line takes as many break-separated items as fit at their real widths; an
 * item that overflows only by closing punctuation (which may not start the next line) is pulled in by compressing
 * the line's punctuation, else the line ends before it. An item wider than a whole line is broken after the last
 * character that fits (reported). Finally the last line gets at least two characters that are not punctuation by
 * moving the previous line's last break back.
 */
final class LineSplitter {
    static final double EPSILON = 1e-7;
    private static final int NO = 0;
    private static final int FITS = 1;
    private static final int COMPRESSED = 2;

    private final Consumer<EmergencyBreak> overfull;
    /** End of the last item reported as broken, so its later pieces are not reported again. */
    private int reportedItemEnd;

    LineSplitter(Consumer<EmergencyBreak> overfull) {
        this.overfull = overfull;
    }

    List<LineRange> split(ParagraphText p, Spacing s, boolean[] allowed, double width, double indent) {
        int n = p.length;
        List<LineRange> lines = new ArrayList<>();
        int pos = skipSpaces(p, 0);
        reportedItemEnd = -1;
        while (pos < n) {
            double available = lines.isEmpty() ? width - indent : width;
            int good = -1;
            int candidate = next(allowed, pos);
            while (true) {
                int fit = fit(p, s, pos, candidate, available);
                if (fit == NO) {
                    break;
                }
                good = candidate;
                if (fit == COMPRESSED || candidate == n) {
                    break;
                }
                candidate = next(allowed, candidate);
            }
            int cut = emergencyEnd(p, s, allowed, pos, good, candidate, width, available);
            boolean emergency = cut >= 0;
            if (emergency) {
                good = cut;
            }
            lines.add(new LineRange(pos, good, emergency));
            pos = skipSpaces(p, good);
        }
        keepTwoCharactersOnLastLine(p, s, allowed, lines, width);
        return lines;
    }

    /**
     * Where the line from {@code pos} ends inside an item wider than a whole line ([item start, {@code candidate}),
     * after the last fitting item {@code good}, or at {@code pos} when nothing fitted), or -1 when no emergency
     * break is needed. The item is started on this line rather than leave a short line before it; reported once.
     */
    private int emergencyEnd(ParagraphText p, Spacing s, boolean[] allowed, int pos, int good, int candidate,
                             double width, double available) {
        int itemStart = good < 0 ? pos : skipSpaces(p, good);
        boolean tooWide = good < 0
                || candidate > itemStart && s.width(itemStart, s.lastVisible(itemStart, candidate)) > width + EPSILON;
        if (!tooWide) {
            return -1;
        }
        int cut = emergencyBreak(p, s, pos, candidate, available);
        if (cut <= itemStart && good >= 0) {
            return -1;
        }
        if (candidate != reportedItemEnd) {
            reportedItemEnd = candidate;
            int first = itemBegin(allowed, itemStart);
            int lastOfItem = s.lastVisible(first, candidate);
            overfull.accept(new EmergencyBreak(p.source(first, lastOfItem + 1), p.context(cut),
                    s.width(first, lastOfItem), available));
        }
        return cut;
    }

    /** Whether [from, end) fits {@code available}: as set, by compressing its punctuation, or not at all. */
    static int fit(ParagraphText p, Spacing s, int from, int end, double available) {
        int last = s.lastVisible(from, end);
        double natural = s.width(from, last);
        if (natural <= available + EPSILON) {
            return FITS;
        }
        // Overflowing only by closing punctuation (and footnote markers) that cannot start the next line?
        int k = last;
        while (k >= from && (CharClass.isNoStart(p.source[k]) || p.isFootnoteMarker(k))) {
            k--;
        }
        if (k == last) {
            return NO;
        }
        int before = s.lastVisible(from, k + 1);
        if (s.width(from, before) > available + EPSILON) {
            return NO;
        }
        return natural - s.shrink(from, last) <= available + EPSILON ? COMPRESSED : NO;
    }

    /** Breaks the unbreakable item [from, end) after the last code point that fits; at least one goes on the line. */
    private static int emergencyBreak(ParagraphText p, Spacing s, int from, int end, double available) {
        int best = -1;
        int preferred = -1;
        for (int m = from + 1; m < end; m++) {
            if (s.width(from, m - 1) > available + EPSILON) {
                break;
            }
            if (Character.getType(p.source[m]) == Character.NON_SPACING_MARK
                    || Character.getType(p.source[m]) == Character.ENCLOSING_MARK || p.isFootnoteMarker(m)) {
                continue;
            }
            best = m;
            if (!CharClass.isNoStart(p.source[m]) && !CharClass.isNoEnd(p.source[m - 1]) && p.source[m] != ' ') {
                preferred = m;
            }
        }
        if (preferred > from) {
            return preferred;
        }
        if (best > from) {
            return best;
        }
        int m = from + 1;
        while (m < end && (Character.getType(p.source[m]) == Character.NON_SPACING_MARK || p.isFootnoteMarker(m))) {
            m++;
        }
        return m;
    }

    /**
     * GB/T and clreq: a paragraph's last line should not hold a lone character. When it has fewer than two
     * characters that are not punctuation, the previous line gives up its last items (the latest break that leaves
     * two such characters below and still fits).
     */
    private static void keepTwoCharactersOnLastLine(ParagraphText p, Spacing s, boolean[] allowed,
                                                    List<LineRange> lines, double width) {
        int count = lines.size();
        if (count < 2 || countLetters(p, 0, p.length) < 3) {
            return;
        }
        LineRange last = lines.get(count - 1);
        int letters = countLetters(p, last.start(), p.length);
        if (letters >= 2) {
            return;
        }
        LineRange previous = lines.get(count - 2);
        for (int b = last.start() - 1; b > previous.start(); b--) {
            letters += isLetter(p, b) ? 1 : 0;
            if (!allowed[b] || letters < 2) {
                continue;
            }
            if (s.lastVisible(previous.start(), b) < previous.start()) {
                return;
            }
            int start = skipSpaces(p, b);
            if (fit(p, s, start, p.length, width) == NO) {
                return;
            }
            lines.set(count - 2, new LineRange(previous.start(), b, false));
            lines.set(count - 1, new LineRange(start, p.length, last.emergency()));
            return;
        }
    }

    private static int countLetters(ParagraphText p, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            letters += isLetter(p, i) ? 1 : 0;
        }
        return letters;
    }

    /** A character that is not punctuation (nor a space, nor part of a footnote marker). */
    static boolean isLetter(ParagraphText p, int i) {
        return !CharClass.isPunctuationOrSymbol(p.source[i]) && !p.isFootnoteMarker(i);
    }

    private static int next(boolean[] allowed, int from) {
        int b = from + 1;
        while (!allowed[b]) {
            b++;
        }
        return b;
    }

    /** Where the unbreakable item holding code point {@code i} begins (an earlier line may hold its start). */
    private static int itemBegin(boolean[] allowed, int i) {
        int b = i;
        while (b > 0 && !allowed[b]) {
            b--;
        }
        return b;
    }

    private static int skipSpaces(ParagraphText p, int i) {
        while (i < p.length && p.source[i] == ' ') {
            i++;
        }
        return i;
    }
}
