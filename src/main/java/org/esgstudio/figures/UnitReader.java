package org.esgstudio.figures;

/**
 * Reads the unit after a number: "%" (with 99%+), 个百分点, plus marks (余 多 +, before or after the scale word: 5100 多万名,
 * 20 万余亩, 9 亿余元), a scale word, a unit or measure word (Chinese or Latin, 28 亿 kWh), a denominator (件 / 亿元,
 * 吨二氧化碳当量/人; 万户 / 次 is the compound 万户次), then 左右 and threshold words (以上, 及以下, 以内).
 */
final class UnitReader {
    private UnitReader() {
    }

    static UnitMatch read(String s, NumberToken token) {
        int q = token.end();
        StringBuilder unit = new StringBuilder(token.scale());
        Qualifier suffix = Qualifier.NONE;
        boolean latin = false;
        boolean chinese = token.chinese();
        int spaced = Chars.charAt(s, q) == ' ' ? q + 1 : q;
        char c = Chars.charAt(s, spaced);
        if (!chinese && (c == '%' || c == '‰')) {
            unit.append(c);
            q = spaced + 1;
            if (Chars.charAt(s, q) == '+' && !Chars.isDigit(Chars.charAt(s, q + 1))) {
                suffix = Qualifier.PLUS;
                q++;
            }
            return finish(s, q, unit.toString(), suffix, false);
        }
        if (s.startsWith("个百分点", q) || !chinese && s.startsWith("百分点", q)) {
            String word = s.startsWith("个百分点", q) ? "个百分点" : "百分点";
            return finish(s, q + word.length(), word, suffix, false);
        }
        if (!chinese && (c == ':' || c == '∶') && Chars.charAt(s, spaced + 1) == '1'
                && !Chars.isDigit(Chars.charAt(s, spaced + 2)) && Chars.charAt(s, spaced + 2) != '.') {
            // 继任者与关键岗位之比 1.8∶1: a ratio to one
            return finish(s, spaced + 2, ":1", suffix, false);
        }
        if (isPlusMark(s, q, chinese)) {
            suffix = Qualifier.PLUS;
            q++;
        }
        if (!chinese && unit.length() == 0) {
            String scale = UnitWords.scaleAt(s, q);
            if (scale != null && !s.startsWith("百分", q)) {
                unit.append(scale);
                q += scale.length();
            }
        }
        if (unit.length() > 0 && isPlusMark(s, q, true)) {
            suffix = Qualifier.PLUS;
            q++;
        }
        String base = chinese ? null : UnitWords.latinAt(s, q);
        if (base == null && !chinese && Chars.charAt(s, q) == ' ') {
            base = UnitWords.latinAt(s, q + 1);
            if (base != null) {
                q++;
            }
        }
        if (base != null) {
            latin = true;
        } else {
            base = UnitWords.cjkAt(s, q, chinese && unit.length() == 0);
        }
        if (base != null) {
            unit.append(base);
            q += base.length();
            if (base.equals("元") && s.startsWith("人民币", q)) {
                unit.append("人民币");
                q += 3;
            }
            q = denominator(s, q, base, unit);
        }
        return finish(s, q, unit.toString(), suffix, latin);
    }

    /** 余 and 多 after a number or scale word, and a "+" that is not a sum (5+5). */
    private static boolean isPlusMark(String s, int q, boolean chineseOrScale) {
        char c = Chars.charAt(s, q);
        if (c == '余' || c == '多') {
            return !s.startsWith("多元", q) && !s.startsWith("余额", q);
        }
        return c == '+' && !chineseOrScale && !Chars.isDigit(Chars.charAt(s, q + 1))
                && Chars.charAt(s, q + 1) != ' ';
    }

    /** "/" and a denominator; "/次" after a measure of visits makes one compound (户 / 次 → 户次). */
    private static int denominator(String s, int q, String base, StringBuilder unit) {
        if (Chars.charAt(s, q) != '/') {
            return q;
        }
        int d = q + 1;
        String scale = UnitWords.scaleAt(s, d);
        int afterScale = scale == null ? d : d + scale.length();
        String denom = UnitWords.latinAt(s, afterScale);
        if (denom == null) {
            denom = UnitWords.cjkAt(s, afterScale, false);
        }
        if (denom == null) {
            return q;
        }
        if (scale == null && denom.equals("次") && UnitWords.PER_VISIT.contains(base)) {
            unit.append("次");
        } else {
            unit.append('/').append(scale == null ? "" : scale).append(denom);
        }
        return afterScale + denom.length();
    }

    private static UnitMatch finish(String s, int q, String unit, Qualifier suffix, boolean latin) {
        if (s.startsWith("左右", q) || s.startsWith("上下", q)) {
            return new UnitMatch(q + 2, unit, Qualifiers.combine(suffix, Qualifier.APPROX), null, latin);
        }
        for (String word : new String[] {"及以上", "以上"}) {
            if (s.startsWith(word, q)) {
                return new UnitMatch(q + word.length(), unit, suffix, Qualifier.REACH, latin);
            }
        }
        for (String word : new String[] {"及以下", "以下", "及以内", "以内"}) {
            if (s.startsWith(word, q)) {
                return new UnitMatch(q + word.length(), unit, suffix, Qualifier.AT_MOST, latin);
            }
        }
        return new UnitMatch(q, unit, suffix, null, latin);
    }
}
