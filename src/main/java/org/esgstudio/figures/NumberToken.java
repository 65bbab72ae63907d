package org.esgstudio.figures;

import java.math.BigDecimal;

/**
 * A number as written, before its context is read: [start, end) in normalised text.
 *
 * @param value    the number (for Chinese numerals, without a trailing scale word: 十万 is 10 with scale 万)
 * @param decimals decimals as printed
 * @param grouped  written with thousands separators (10,745)
 * @param chinese  written in Chinese numerals
 * @param scale    the scale word a Chinese numeral ends with (万, 亿, 万亿), "" otherwise
 * @param vague    a vague Chinese quantity (数十, 几百)
 */
record NumberToken(int start, int end, BigDecimal value, int decimals, boolean grouped, boolean chinese, String scale,
                   boolean vague) {

    boolean isSmallInteger() {
        return !chinese && decimals == 0 && !grouped && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(99)) <= 0;
    }

    boolean isYearLike() {
        return !chinese && !grouped && decimals == 0 && end - start == 4 && value.intValue() >= 1900
                && value.intValue() <= 2100;
    }
}
