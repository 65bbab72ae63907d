package org.esgstudio.figures;

import java.math.BigDecimal;

/** Reads Chinese numerals: 两 → 2, 十六 → 16, 六十二 → 62, 一百零五 → 105, 三亿五千万 → 350000000, 二零二三 → 2023. */
final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** The digit a character stands for (零/〇 0 … 九 9, 两 2), or -1. */
    static int digit(char c) {
        switch (c) {
            case '零', '〇':
                return 0;
            case '一':
                return 1;
            case '二', '两':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    /** A character that can be part of a Chinese numeral. */
    static boolean isNumeral(char c) {
        return digit(c) >= 0 || isMultiplier(c) || isScale(c);
    }

    static boolean isMultiplier(char c) {
        return c == '十' || c == '百' || c == '千';
    }

    static boolean isScale(char c) {
        return c == '万' || c == '亿';
    }

    /**
     * The value of a positional numeral (十六, 一百零五, 三亿五千万), or null when the text is not one (三四 is a vague
     * "three or four", 万一 a word).
     */
    static BigDecimal parse(String s) {
        if (s.isEmpty() || s.charAt(0) == '零' || s.charAt(0) == '〇') {
            return null;
        }
        long result = 0;
        long section = 0;
        long number = -1;
        boolean zeroSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d == 0) {
                zeroSeen = true;
                continue;
            }
            if (d > 0) {
                if (number >= 0 && !zeroSeen) {
                    return null;
                }
                number = d;
                zeroSeen = false;
            } else if (isMultiplier(c)) {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (number < 0 ? 1 : number) * unit;
                number = -1;
                zeroSeen = false;
            } else if (c == '万') {
                section += Math.max(number, 0);
                if (section == 0) {
                    section = 1;
                }
                result += section * 10_000L;
                section = 0;
                number = -1;
            } else if (c == '亿') {
                section += Math.max(number, 0);
                long base = result + section;
                result = (base == 0 ? 1 : base) * 100_000_000L;
                section = 0;
                number = -1;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(result + section + Math.max(number, 0));
    }

    /** A year written digit by digit (二零二三, 二〇二四), or null. */
    static Integer digitByDigit(String s) {
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0 || s.charAt(i) == '两') {
                return null;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
