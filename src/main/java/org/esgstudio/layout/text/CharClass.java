package org.esgstudio.layout.text;

/**
 * What the Chinese line-breaking rules (W3C clreq, GB/T 15834) need to know about a code point: which punctuation
 * may not start or end a line, which marks are opening or closing (and so have a blank half to compress), what is
 * Han and what is Western for spacing and justification, and which characters are measure words after numbers.
 * Pure functions over code points; no font is consulted here.
 */
final class CharClass {

    /** Opening brackets and quotes: never at a line end; their blank half is on the left. */
    private static final String OPENING = "（［｛〔【〖〘〚「『《〈“‘〝｟([{⦅｢";
    /** Closing brackets and quotes: never at a line start; their blank half is on the right. */
    private static final String CLOSING = "）］｝〕】〗〙〛」』》〉”’〞〟｠)]}⦆｣";
    /** Stops and pauses (点号): never at a line start; the full-width ones have their blank half on the right. */
    private static final String STOPS = "，。、；：！？．｡､,.;:!?";
    /** Other characters that must not start a line: dashes and ellipses, unit symbols, iteration marks, small kana. */
    private static final String OTHER_NO_START = "…‥⋯—―⸺⸻％%‰‱℃℉°′″㎡㎥㎏㎞㎎㎜㎝㎖㎘"
            + "々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
    /** Interpuncts (间隔号), centred in their em: never at a line start, compressible on both sides. */
    private static final String MIDDLE = "·・‧";
    /** Dashes (破折号 halves): never split from each other nor set at a line start. */
    private static final String DASHES = "—―⸺⸻";
    /** Ellipsis halves (省略号). */
    private static final String ELLIPSES = "…‥⋯";
    /**
     * One-character units, measure words and magnitude words (and the first character of common two-character
     * units) that stay on the line of the number before them: 717人, 42亿, 2024年, 10小时, 3.0版, 1,760余名.
     */
    private static final String UNITS_AFTER_NUMBER = "万亿千百十兆吉毫厘元角分人名位员户家个项场次期件笔条篇部款门台辆间"
            + "头只架通份例类岁年月日天周时秒度吨克米亩斤升瓦里套张本册所座栋层株棵枚颗批轮届班支队组起宗单倍成折码号"
            + "余多强级星章节页版代季点小公平立美港欧英镑倍幢艘趟道处区县省市棵朵匹首集卷帧轮股手";

    private static final byte[] ASCII_WESTERN = new byte[128];

    static {
        for (int c = '0'; c <= '9'; c++) {
            ASCII_WESTERN[c] = 1;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            ASCII_WESTERN[c] = 1;
            ASCII_WESTERN[c + 32] = 1;
        }
    }

    private CharClass() {
    }

    static boolean isOpening(int cp) {
        return OPENING.indexOf(cp) >= 0;
    }

    static boolean isClosing(int cp) {
        return CLOSING.indexOf(cp) >= 0 || STOPS.indexOf(cp) >= 0;
    }

    static boolean isMiddleDot(int cp) {
        return MIDDLE.indexOf(cp) >= 0;
    }

    static boolean isDash(int cp) {
        return DASHES.indexOf(cp) >= 0;
    }

    static boolean isEllipsis(int cp) {
        return ELLIPSES.indexOf(cp) >= 0;
    }

    /** Must not begin a line (避头): closing marks, stops, dashes, ellipses, %, unit symbols, interpuncts. */
    static boolean isNoStart(int cp) {
        return isClosing(cp) || OTHER_NO_START.indexOf(cp) >= 0 || isMiddleDot(cp);
    }

    /** Must not end a line (避尾): opening brackets and quotes. */
    static boolean isNoEnd(int cp) {
        return isOpening(cp);
    }

    /** Punctuation of any script (for the "at least two characters that are not punctuation" rule). */
    static boolean isPunctuationOrSymbol(int cp) {
        return !Character.isLetterOrDigit(cp) && !isSuperOrSubscriptDigit(cp);
    }

    /** A unit or measure word that stays with the number before it. */
    static boolean isUnitAfterNumber(int cp) {
        return UNITS_AFTER_NUMBER.indexOf(cp) >= 0;
    }

    /** Whitespace that collapses to one space and vanishes at line ends (not the ideographic space U+3000). */
    static boolean isCollapsibleSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B || cp == 0x2028
                || cp == 0x2029;
    }

    /** Invisible format characters that are not set at all (zero-width spaces and joiners, selectors, BOM). */
    static boolean isIgnorable(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Han ideographs and the other CJK scripts (kana, hangul, bopomofo), including full-width letters and digits. */
    static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        if (cp >= 0xFF10 && cp <= 0xFF5A) {
            return Character.isLetterOrDigit(cp);
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** Latin (or Greek, Cyrillic ...) letters and digits, and super/subscript digits: "Western" for CJK spacing. */
    static boolean isWesternAlnum(int cp) {
        if (cp < 128) {
            return ASCII_WESTERN[cp] != 0;
        }
        if (isSuperOrSubscriptDigit(cp)) {
            return true;
        }
        return Character.isLetterOrDigit(cp) && !isHan(cp) && !(cp >= 0x2460 && cp <= 0x24FF);
    }

    static boolean isSuperOrSubscriptDigit(int cp) {
        return cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || (cp >= 0x2070 && cp <= 0x2079) || (cp >= 0x2080 && cp <= 0x2089);
    }

    /**
     * CJK text for justification and for telling Chinese from English paragraphs: Han and kana, CJK and full-width
     * punctuation, the quotes, dashes and ellipses as Chinese text uses them, circled numbers.
     */
    static boolean isCjk(int cp) {
        if (cp < 0x2000) {
            return cp == 0xB7;
        }
        return isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2014 && cp <= 0x2026) || cp == 0x22EF
                || cp == 0x2E3A || cp == 0x2E3B || cp == 0x30FB;
    }

    static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0x80 && Character.isDigit(cp);
    }
}
