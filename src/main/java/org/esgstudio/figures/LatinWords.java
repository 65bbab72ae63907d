package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Digits glued to Latin letters (numbers.md §7, §12): names and acronyms (RE100, N95, S2B2C, 2B, Scope 3) and footnote
 * marks glued to an acronym (CGI2 家办, “S2B2C3”) or to the start of a footnote text (2CGI 由…, 3S2B2C 即…).
 */
final class LatinWords {
    /** Acronyms that take a one-digit number as part of their name: SDG5, CO2, PM2.5, Q4, V2 … */
    private static final Set<String> NAMED_WITH_DIGIT = Set.of("SDG", "SDGS", "TOP", "COP", "CO", "NO", "SO", "CH",
            "SF", "NF", "NH", "PM", "MP", "Q", "H", "V", "G", "A", "B", "C", "S", "E", "RMB", "USD");
    private static final Set<String> CURRENCIES = Set.of("RMB", "USD", "HKD", "EUR", "CNY", "US$");

    private LatinWords() {
    }

    /** A digit run touching a Latin letter (through at most one space before it). */
    static boolean touchesLetters(String s, NumberToken t, UnitMatch u) {
        char before = Chars.charAt(s, t.start() - 1);
        boolean letterBefore = Chars.isAsciiLetter(before)
                || before == ' ' && Chars.isAsciiLetter(Chars.charAt(s, t.start() - 2))
                && isNameBefore(s, t.start() - 1);
        boolean letterAfter = u.isEmpty() && Chars.isAsciiLetter(Chars.charAt(s, t.end()));
        return !u.latin() && (letterBefore || letterAfter);
    }

    /** "Scope 3", "Web 3.0": a word before the space that is neither a currency (RMB 5) nor a unit (28 亿 kWh 20). */
    private static boolean isNameBefore(String s, int space) {
        String word = wordBefore(s, space);
        return !CURRENCIES.contains(word) && !UnitWords.LATIN.contains(word);
    }

    /** The mentions for the alphanumeric word around a token, claiming the word. */
    static List<MentionDraft> read(String s, NumberToken t, boolean[] claimed) {
        int start = t.start();
        while (start > 0 && isWordChar(s, start - 1) && !claimed[start - 1]) {
            start--;
        }
        int end = t.end();
        while (end < s.length() && isWordChar(s, end) && !claimed[end]) {
            end++;
        }
        if (start == t.start() && Chars.charAt(s, start - 1) == ' ') {
            // "Scope 3", "Web 3.0": a name and its number, spelled apart
            SpecialSpans.claim(claimed, t.start(), t.end());
            String word = wordBefore(s, start - 1);
            MentionKind kind = word.equalsIgnoreCase("V") || word.equalsIgnoreCase("Web") ? MentionKind.VERSION
                    : MentionKind.NAME;
            return List.of(MentionDraft.of(t.start(), t.end(), t, kind));
        }
        SpecialSpans.claim(claimed, start, end);
        String word = s.substring(start, end);
        int trailingDigits = 0;
        while (trailingDigits < word.length() && Chars.isDigit(word.charAt(word.length() - 1 - trailingDigits))) {
            trailingDigits++;
        }
        int leadingDigits = 0;
        while (leadingDigits < word.length() && Chars.isDigit(word.charAt(leadingDigits))) {
            leadingDigits++;
        }
        String head = word.substring(0, word.length() - trailingDigits);
        if (trailingDigits == 1 && upperCount(head) >= 2 && Chars.isUpper(head.charAt(head.length() - 1))
                && !NAMED_WITH_DIGIT.contains(lettersOnly(head)) && !Chars.isAsciiLetter(Chars.charAt(s, end))) {
            // CGI2 家办, “S2B2C3”: a footnote number glued after an acronym
            return withName(s, start, end - 1, new MentionDraft(end - 1, end, digitValue(word, word.length() - 1),
                    MentionKind.FOOTNOTE_MARK));
        }
        String tail = word.substring(leadingDigits);
        char beforeWord = Chars.charAt(s, start - 1);
        boolean atTextStart = start == 0 || !Chars.isAsciiAlnum(beforeWord) && beforeWord != '.';
        if (leadingDigits > 0 && leadingDigits <= 2 && atTextStart && upperCount(tail) >= 2
                && Chars.isUpper(tail.charAt(0))
                && startsFootnoteText(s, end)) {
            // 2CGI 由…, 3S2B2C 即…: a footnote number at the start of the footnote's text
            return withName(s, start + leadingDigits, end,
                    new MentionDraft(start, start + leadingDigits, digitValue(word, 0), MentionKind.FOOTNOTE_MARK));
        }
        MentionKind kind = head.equalsIgnoreCase("V") ? MentionKind.VERSION : MentionKind.NAME;
        return List.of(new MentionDraft(start, end, t.value(), kind));
    }

    private static boolean startsFootnoteText(String s, int end) {
        char next = Chars.charAt(s, end);
        return next == ' ' || Chars.isHan(next) || next == '\0';
    }

    /** The footnote mark, and the acronym next to it when the acronym itself holds digits (S2B2C). */
    private static List<MentionDraft> withName(String s, int nameStart, int nameEnd, MentionDraft mark) {
        for (int i = nameStart; i < nameEnd; i++) {
            if (Chars.isDigit(s.charAt(i))) {
                MentionDraft name = new MentionDraft(nameStart, nameEnd, digitValue(s, i), MentionKind.NAME);
                return nameStart < mark.start ? List.of(name, mark) : List.of(mark, name);
            }
        }
        return List.of(mark);
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        return Chars.isAsciiAlnum(c)
                || c == '.' && Chars.isDigit(Chars.charAt(s, i - 1)) && Chars.isDigit(Chars.charAt(s, i + 1));
    }

    private static String wordBefore(String s, int space) {
        int i = space;
        while (i > 0 && Chars.isAsciiLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i, space);
    }

    private static int upperCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isUpper(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String lettersOnly(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isAsciiLetter(text.charAt(i))) {
                out.append(Character.toUpperCase(text.charAt(i)));
            }
        }
        return out.toString();
    }

    private static BigDecimal digitValue(String text, int at) {
        int end = at;
        while (end < text.length() && Chars.isDigit(text.charAt(end))) {
            end++;
        }
        return new BigDecimal(text.substring(at, end));
    }
}
