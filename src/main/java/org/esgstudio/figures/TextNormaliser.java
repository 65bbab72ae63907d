package org.esgstudio.figures;

import java.text.Normalizer;

/**
 * Normalises report text before numbers are read (numbers.md §0), keeping the way back to the original offsets.
 *
 * <ul>
 * <li>Circled footnote digits (①–⑳, ㉑–㊿, ❶–❿ …) and stray superscript digits are removed first: NFKC would
 * turn ③ into a 3 glued to the previous number.</li>
 * <li>Kangxi radicals, CJK compatibility ideographs and the CJK Radicals Supplement become ordinary ideographs (an
 * explicit table where NFKC maps nothing: ⻛ ⻋ ⺠ ⻓ …); three glyphs the JD text layer corrupts are mapped by hand.
 * NFKC is applied character by character, never to the whole text, so "15，20" does not become "15,20".</li>
 * <li>Full-width digits, letters and signs become ASCII, except the full-width comma "，", a list separator.</li>
 * <li>Whitespace (line breaks included) next to a CJK character is dropped: "47.1 亿元", "378⏎⏎亿元" and
 * letter-spaced "评 估 等 7 个" read as written without spaces; between two Latin characters or digits it stays as
 * one space, so "726.70 5.70" stays two numbers.</li>
 * </ul>
 */
final class TextNormaliser {
    private static final String REMOVED = "";
    private static final String SPACE = " ";
    /**
     * What pass 1 made of each character, kept beside the characters rather than as marker characters in them: any
     * character, a private-use one included, may occur in a pasted text (found by fuzzing: U+E002 read as a mark).
     * 0 means the character is kept as mapped.
     */
    private static final byte REMOVED_MARK = 1;
    private static final byte SPACE_MARK = 2;
    private static final byte EXPANDED_MARK = 3;
    private static final String[] ASCII = new String[0x80];
    private static final String[] KANGXI = new String[0x2FD6 - 0x2F00];
    private static final char[] SUPPLEMENT = new char[0x2EF4 - 0x2E80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = String.valueOf(c);
        }
        for (int c = 0x2F00; c < 0x2FD6; c++) {
            KANGXI[c - 0x2F00] = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
        }
        // CJK Radicals Supplement: NFKC maps only ⺟ and ⻳; the rest by the ideograph each radical stands for.
        String table = "⺁厂⺅亻⺆冂⺊卜⺌小⺍小⺎尢⺔彐⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫"
                + "⺦丬⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺮竹⺯糸⺰纟⺱网⺲罒⺳罓⺴罓⺶羊⺷羊⺸羊⺹耂⺺聿⺻聿⺼月⺽臼"
                + "⺾艹⺿艹⻀艹⻁虎⻂衤⻃西⻄西⻅见⻆角⻇角⻈讠⻉贝⻊足⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门"
                + "⻕阝⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞食⻟食⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉"
                + "⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";
        for (int i = 0; i < table.length(); i += 2) {
            SUPPLEMENT[table.charAt(i) - 0x2E80] = table.charAt(i + 1);
        }
    }

    private TextNormaliser() {
    }

    static NormalisedText normalise(String original) {
        int n = original.length();
        // Pass 1: what each character becomes — one character (the common case), nothing (REMOVED), a space, or an
        // expansion kept aside (⑴ → "(1)").
        char[] mapped = new char[n];
        byte[] marks = new byte[n];
        String[] expansions = null;
        for (int i = 0; i < n; i++) {
            String m = map(original, i);
            if (m == null) {
                mapped[i] = original.charAt(i);
            } else if (m.length() == 1) {
                if (m == SPACE) {
                    marks[i] = SPACE_MARK;
                } else {
                    mapped[i] = m.charAt(0);
                }
            } else if (m.isEmpty()) {
                marks[i] = REMOVED_MARK;
            } else {
                if (expansions == null) {
                    expansions = new String[n];
                }
                expansions[i] = m;
                marks[i] = EXPANDED_MARK;
            }
        }
        // Pass 2: collapse whitespace runs; keep one space only between two characters that are not CJK.
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n + 8];
        int[] to = new int[n + 8];
        int i = 0;
        while (i < n) {
            char c = mapped[i];
            byte mark = marks[i];
            if (mark == SPACE_MARK) {
                int runStart = i;
                while (i < n && (marks[i] == SPACE_MARK || marks[i] == REMOVED_MARK)) {
                    i++;
                }
                if (out.length() > 0 && i < n && !Chars.isTight(out.charAt(out.length() - 1))
                        && !Chars.isTight(firstOf(mapped, marks, expansions, i))) {
                    from = grow(from, out.length());
                    to = grow(to, out.length());
                    from[out.length()] = runStart;
                    to[out.length()] = i;
                    out.append(' ');
                }
                continue;
            }
            if (mark != REMOVED_MARK) {
                String expansion = mark == EXPANDED_MARK ? expansions[i] : null;
                int length = expansion == null ? 1 : expansion.length();
                for (int k = 0; k < length; k++) {
                    from = grow(from, out.length());
                    to = grow(to, out.length());
                    from[out.length()] = i;
                    to[out.length()] = i + 1;
                    out.append(expansion == null ? c : expansion.charAt(k));
                }
            }
            i++;
        }
        return new NormalisedText(original, out.toString(), from, to);
    }

    private static char firstOf(char[] mapped, byte[] marks, String[] expansions, int i) {
        return marks[i] == EXPANDED_MARK ? expansions[i].charAt(0) : mapped[i];
    }

    private static int[] grow(int[] a, int index) {
        if (index < a.length) {
            return a;
        }
        int[] bigger = new int[a.length * 2 + 8];
        System.arraycopy(a, 0, bigger, 0, a.length);
        return bigger;
    }

    /** What one original character becomes: REMOVED, SPACE, its replacement text, or null when it stays as it is. */
    private static String map(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return Chars.isSpace(c) ? SPACE : ASCII[c];
        }
        if (Chars.isSpace(c)) {
            return c == '\u200B' || c == '\uFEFF' ? REMOVED : SPACE;
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return null;
        }
        if (isCircledNumber(c)) {
            return REMOVED;
        }
        if (isSuperscriptDigit(c)) {
            // m² and m³ are units; any other superscript digit is a footnote mark.
            boolean afterUnitLetter = i > 0 && (s.charAt(i - 1) == 'm' || s.charAt(i - 1) == 'M');
            return afterUnitLetter && (c == '²' || c == '³') ? (c == '²' ? "2" : "3") : REMOVED;
        }
        if (c >= 0x2F00 && c < 0x2FD6) {
            return KANGXI[c - 0x2F00];
        }
        if (c >= 0x2E80 && c < 0x2EF4) {
            char ideograph = SUPPLEMENT[c - 0x2E80];
            return ideograph == 0 ? null : String.valueOf(ideograph);
        }
        if (c >= 0xF900 && c <= 0xFAFF || c >= 0x2474 && c <= 0x249B) {
            return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        }
        switch (c) {
            case '\u1BFF':
                return "重";
            case '\u1C00':
                return "野";
            case '\u1C01':
                return "量";
            case '，':
                return "，";
            case '\u2212', '\u2013', '\u2010', '\u2011', '\uFE63':
                return "-";
            case '\u301C':
                return "~";
            case '・':
                return "·";
            default:
                break;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return ASCII[c - 0xFEE0];
        }
        return null;
    }

    private static boolean isCircledNumber(char c) {
        return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF)
                || (c >= 0x2776 && c <= 0x2793) || c == 0x24EA || (c >= 0x24EB && c <= 0x24FF);
    }

    private static boolean isSuperscriptDigit(char c) {
        return c == '¹' || c == '²' || c == '³' || c == '⁰' || (c >= '⁴' && c <= '⁹');
    }
}
