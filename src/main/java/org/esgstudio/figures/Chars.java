package org.esgstudio.figures;

/** Character classes the number reader asks about, on normalised text. */
final class Chars {
    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || isAsciiLetter(c);
    }

    /** A Han ideograph (BMP blocks and surrogates for the supplementary planes). */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || Character.isSurrogate(c) || c == '〇';
    }

    /** Characters next to which a space is layout, not meaning: CJK, full-width and typographic punctuation. */
    static boolean isTight(char c) {
        return c >= '\u2E80' || (c >= '\u2010' && c <= '\u206F') || c == '·' || c == '×';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    /** Sentence-internal or final punctuation after which a new list item or clause starts. */
    static boolean isClauseEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
    }

    static boolean endsAt(String s, int end, String word) {
        int from = end - word.length();
        return from >= 0 && s.startsWith(word, from);
    }

    static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }
}
