package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers in normalised text: Arabic numbers with thousands separators and decimals (10,745 / 214,348.00), and
 * runs of Chinese numerals (两, 十六, 三千五百万, a bare 万亿 or 亿 for 超万亿元 and 近亿条). Characters already claimed by
 * a date, code or name are skipped. Whether a token is a figure is decided later, from its context.
 */
final class NumberScanner {
    private NumberScanner() {
    }

    static List<NumberToken> scan(String s, boolean[] claimed) {
        List<NumberToken> tokens = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (claimed[i]) {
                i++;
            } else if (Chars.isDigit(c)) {
                int end = arabicEnd(s, i, claimed);
                tokens.add(arabic(s, i, end));
                i = end;
            } else if ((c == '一' || c == '二') && !ChineseNumerals.isNumeral(Chars.charAt(s, i + 1))
                    && "第之".indexOf(Chars.charAt(s, i - 1)) < 0) {
                // a lone 一 or 二 is an article or "secondary", never a count: the commonest numeral, skipped early
                i++;
            } else if (ChineseNumerals.isNumeral(c)) {
                int end = i;
                while (end < n && !claimed[end] && ChineseNumerals.isNumeral(s.charAt(end))) {
                    end++;
                }
                NumberToken token = chinese(s, i, end);
                if (token != null) {
                    tokens.add(token);
                }
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static int arabicEnd(String s, int start, boolean[] claimed) {
        int n = s.length();
        int i = start;
        while (i < n && Chars.isDigit(s.charAt(i))) {
            i++;
        }
        // Thousands separators only after 1–3 leading digits, never in the second half of a code (305-1,305-4).
        boolean afterCode = start >= 2 && s.charAt(start - 1) == '-' && Chars.isDigit(s.charAt(start - 2));
        boolean mayGroup = i - start <= 3 && !afterCode;
        if (mayGroup) {
            int j = i;
            while (j + 3 < n && s.charAt(j) == ',' && allDigits(s, j + 1, j + 4)
                    && !(j + 4 < n && Chars.isDigit(s.charAt(j + 4)))) {
                j += 4;
            }
            i = j;
        }
        if (i + 1 < n && s.charAt(i) == '.' && Chars.isDigit(s.charAt(i + 1)) && !claimed[i + 1]) {
            i++;
            while (i < n && Chars.isDigit(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static NumberToken arabic(String s, int start, int end) {
        String text = s.substring(start, end);
        boolean grouped = text.indexOf(',') >= 0;
        BigDecimal value = new BigDecimal(grouped ? text.replace(",", "") : text);
        return new NumberToken(start, end, value, Math.max(0, value.scale()), grouped, false, "", false);
    }

    /** A run of Chinese numerals as a number and its trailing scale word; null when the run is a word, not a number. */
    private static NumberToken chinese(String s, int start, int end) {
        String run = s.substring(start, end);
        boolean pureScale = run.equals("万") || run.equals("亿") || run.equals("万亿");
        if (!pureScale && ChineseNumerals.isScale(run.charAt(0))) {
            return null;
        }
        String scale = run.endsWith("万亿") ? "万亿" : run.endsWith("亿") ? "亿" : run.endsWith("万") ? "万" : "";
        String numeral = run.substring(0, run.length() - scale.length());
        BigDecimal value = numeral.isEmpty() ? BigDecimal.ONE : ChineseNumerals.parse(numeral);
        if (value == null) {
            return null;
        }
        boolean vague = false;
        int tokenStart = start;
        char before = Chars.charAt(s, start - 1);
        if ((before == '数' || before == '几') && !numeral.isEmpty() && ChineseNumerals.isMultiplier(numeral.charAt(0))
                && vaguePrefix(s, start - 1)) {
            vague = true;
            tokenStart = start - 1;
        }
        return new NumberToken(tokenStart, end, value, 0, false, true, scale, vague);
    }

    /** 数 in 数十万 is "several"; in 人数十万, 次数, 多数 … it ends the word before ("the number of …"). */
    private static boolean vaguePrefix(String s, int at) {
        return NOT_VAGUE.indexOf(Chars.charAt(s, at - 1)) < 0;
    }

    private static final String NOT_VAGUE = "人次总户件个函指系倍分多少无半岁参基变积位台点页笔场天年家条款项期单双奇偶整小实虚级度票字股课";
}
