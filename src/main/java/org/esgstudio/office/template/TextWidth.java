package org.esgstudio.office.template;

/** How many Latin character widths a text takes in a spreadsheet column: Chinese characters take two. */
public final class TextWidth {
    private TextWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += isWide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    private static boolean isWide(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA;
    }

    /** Lines a text wraps to in a column {@code columnWidth} characters wide (at least one). */
    static int lines(String text, int columnWidth) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (of(paragraph) + columnWidth - 1) / Math.max(1, columnWidth));
        }
        return Math.max(1, lines);
    }
}
