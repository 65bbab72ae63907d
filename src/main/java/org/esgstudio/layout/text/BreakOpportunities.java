package org.esgstudio.layout.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where a line may end: ICU's UAX #14 opportunities for {@code zh@lb=strict} (plus breaks beside Chinese curly
 * quotes next to digits, which UAX #14 withholds), minus what Chinese typesetting forbids on top: a line start on
 * closing punctuation, stops, dashes, ellipses, % and unit symbols; a line end on opening punctuation (also across a
 * space); a break inside a number (10,745 / 56.92 / １２３); between a number and the unit or measure word after it
 * (717人, 42亿, 47.1 亿); before or inside a footnote marker.
 * Holds one ICU iterator, so an instance must not be shared between threads.
 */
final class BreakOpportunities {
    private final BreakIterator icu = BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));

    /**
     * {@code allowed[i]} (for 0 &lt; i &lt; length) tells whether a line may end before code point {@code i};
     * {@code allowed[length]} is true, {@code allowed[0]} false.
     */
    boolean[] find(ParagraphText p) {
        int n = p.length;
        boolean[] allowed = new boolean[n + 1];
        if (n == 0) {
            return allowed;
        }
        icu.setText(p.text);
        int cpIndex = 0;
        for (int offset = icu.next(); offset != BreakIterator.DONE; offset = icu.next()) {
            while (cpIndex < n && p.charOffset[cpIndex] < offset) {
                cpIndex++;
            }
            if (cpIndex < n && p.charOffset[cpIndex] == offset) {
                allowed[cpIndex] = true;
            }
        }
        allowed[n] = true;
        int[] cp = p.source;
        for (int i = 1; i < n; i++) {
            allowed[i] |= chineseQuoteBoundary(cp[i - 1], cp[i]);
        }
        for (int i = 1; i < n; i++) {
            if (allowed[i] && forbidden(p, cp, i)) {
                allowed[i] = false;
            }
        }
        return allowed;
    }

    /**
     * UAX #14 (LB19a) keeps the curly quotes to a neighbour that is not East Asian: 8,181,555“理” or ”2024年 would be
     * one unbreakable item. In Chinese text “ ‘ open and ” ’ close like brackets, so a line may end before “ ‘ after
     * a digit or CJK character, and after ” ’ before one (not before a Latin letter: ’ is also the apostrophe).
     */
    private static boolean chineseQuoteBoundary(int before, int after) {
        if (after == '“' || after == '‘') {
            return CharClass.isDigit(before) || CharClass.isCjk(before);
        }
        if (before == '”' || before == '’') {
            return CharClass.isDigit(after) || CharClass.isCjk(after);
        }
        return false;
    }

    /** Whether a break before {@code i} (after any spaces before it are dropped) breaks a rule. */
    private static boolean forbidden(ParagraphText p, int[] cp, int i) {
        int n = p.length;
        int first = i;
        while (first < n && cp[first] == ' ') {
            first++;
        }
        int last = i - 1;
        while (last >= 0 && cp[last] == ' ') {
            last--;
        }
        if (first >= n || last < 0) {
            return true;
        }
        int next = cp[first];
        int previous = cp[last];
        if (CharClass.isNoStart(next) || CharClass.isNoEnd(previous)) {
            return true;
        }
        if (p.isFootnoteMarker(first)) {
            return true;
        }
        boolean adjacent = first == i && last == i - 1;
        if (CharClass.isDigit(previous) && !p.isFootnoteMarker(last)) {
            if (CharClass.isUnitAfterNumber(next) || adjacent && CharClass.isDigit(next)) {
                return true;
            }
            // 10,|745 and 56.|92: a separator between digits
            if (adjacent && (next == ',' || next == '.') && first + 1 < n && CharClass.isDigit(cp[first + 1])) {
                return true;
            }
        }
        if (adjacent && (previous == ',' || previous == '.') && last > 0 && CharClass.isDigit(cp[last - 1])
                && CharClass.isDigit(next)) {
            return true;
        }
        return false;
    }
}
