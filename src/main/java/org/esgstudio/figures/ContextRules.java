package org.esgstudio.figures;

/**
 * Tells single numbers that are not figures from their neighbours (numbers.md §6–§12): ordinals (第三份, 第 15 届,
 * 十六周年), ranks after a list name (世界500强 52 位), grades (等保三级), addresses (34层01-05、11、12单元, 5号), code
 * numbers (规范 1 号), versions (城心 2.0, 3.0版), names (305 医院, 地铁 2 号线, 公益 365 计划, 范围3), bare years
 * (基础2021, 2024(第十二届)) and footnote numbers glued to a word (权益 1。).
 */
final class ContextRules {
    /** A verdict: the kind, the span of the mention, and its unit when it differs from the unit read (null). */
    record Verdict(MentionKind kind, int start, int end, String unit) {
        Verdict(MentionKind kind, int start, int end) {
            this(kind, start, end, null);
        }
    }

    private static final String[] RANK_WORDS = {"强", "榜", "排名", "位列", "名列", "排行", "位居"};
    private static final String[] NAME_WORDS = {"医院", "号线", "计划", "工程", "行动", "中学", "小学", "大学", "部队", "研究院",
        "研究所"};
    private static final String[] ADDRESS_WORDS = {"单元", "室", "号楼", "栋", "房"};
    private static final String STREET = "路街道巷弄里村";
    /** Words after which a number is a label (范围3, 类别6, 表2, 附件1), not a quantity. */
    private static final String[] LABEL_WORDS = {"范围", "类别", "等级", "级别", "阶段", "编号", "序号", "型号", "类型", "附表",
        "附件", "附录", "附注", "注", "表", "图"};
    /** Characters after which a bare number is the value being stated, not a footnote mark. */
    private static final String INTRODUCERS = "为是达至到约近超逾共计有增降减升长加高低少幅短比占及和与或了在于第前后每各仅只余等过破足"
            + "合累总均值数额量率号:：（(［[、，,";

    private ContextRules() {
    }

    /** The kind of a number that is not a figure, or null when nothing in its context says so. */
    static Verdict classify(String s, NumberToken t, UnitMatch u, Qualifiers.Prefix prefix) {
        int end = u.end();
        char before = Chars.charAt(s, t.start() - 1);
        String unit = u.unit();
        if ((unit.equals("层") || unit.equals("楼")) && (Chars.isDigit(Chars.charAt(s, end)) || startsWithAny(s, end,
                ADDRESS_WORDS))) {
            return new Verdict(MentionKind.ADDRESS, before == '第' ? t.start() - 1 : t.start(), end);
        }
        if (before == '第') {
            if (u.isEmpty() && Chars.charAt(s, end) == '号' && !s.startsWith("号线", end)) {
                return new Verdict(MentionKind.ORDINAL, t.start() - 1, end + 1, "号");
            }
            return new Verdict(MentionKind.ORDINAL, t.start() - 1, end);
        }
        if (u.isEmpty()) {
            String addressWord = startingWord(s, end, ADDRESS_WORDS);
            if (addressWord != null) {
                return new Verdict(MentionKind.ADDRESS, t.start(), end + addressWord.length());
            }
            if (isAddressList(s, end)) {
                return new Verdict(MentionKind.ADDRESS, t.start(), end);
            }
            if (Chars.charAt(s, end) == '号') {
                if (s.startsWith("号线", end)) {
                    return new Verdict(MentionKind.NAME, t.start(), end);
                }
                boolean street = afterStreet(s, t.start());
                return new Verdict(street ? MentionKind.ADDRESS : MentionKind.CODE, t.start(), end + 1);
            }
            if (t.isYearLike() && prefix.qualifier() == Qualifier.NONE) {
                return new Verdict(MentionKind.YEAR, t.start(), end);
            }
            if (s.startsWith("版", end) && (t.decimals() > 0 || Chars.charAt(s, t.start() - 1) == 'V')) {
                return new Verdict(MentionKind.VERSION, t.start(), end + (s.startsWith("版本", end) ? 2 : 1));
            }
            if (isVersionNumber(s, t) && prefix.qualifier() == Qualifier.NONE) {
                return new Verdict(MentionKind.VERSION, t.start(), end);
            }
            if (startsWithAny(s, end, NAME_WORDS) || endsWithAny(s, t.start(), LABEL_WORDS)) {
                return new Verdict(MentionKind.NAME, t.start(), end);
            }
            if (isGluedFootnote(s, t, prefix) && Chars.charAt(s, end) != '大') {
                return new Verdict(MentionKind.FOOTNOTE_MARK, t.start(), t.end());
            }
        }
        if (unit.equals("年") && s.startsWith("一遇", end)) {
            return new Verdict(MentionKind.NAME, t.start(), end + 2);
        }
        if (unit.equals("届") && t.isYearLike()) {
            return new Verdict(MentionKind.YEAR, t.start(), end);
        }
        if (unit.equals("周年")) {
            return new Verdict(MentionKind.ORDINAL, prefix.start(), end);
        }
        if (unit.equals("级") || unit.equals("星")) {
            return new Verdict(MentionKind.ORDINAL, t.start(), end);
        }
        if ((unit.equals("位") || unit.equals("名")) && afterRankWord(s, t.start())) {
            return new Verdict(MentionKind.ORDINAL, t.start(), end);
        }
        return null;
    }

    /** 珠江西路5号, 剑南大道中段1666号: a street word just before the number. */
    private static boolean afterStreet(String s, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 4); i--) {
            char c = s.charAt(i);
            if (STREET.indexOf(c) >= 0) {
                return true;
            }
            if (!Chars.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /** 2.0 after a name (城心 2.0) is a version; 22.0 or 2.5 is not. */
    private static boolean isVersionNumber(String s, NumberToken t) {
        if (t.chinese() || t.end() - t.start() != 3 || s.charAt(t.start() + 1) != '.'
                || s.charAt(t.start() + 2) != '0') {
            return false;
        }
        char before = Chars.charAt(s, t.start() - 1);
        return Chars.isHan(before) && INTRODUCERS.indexOf(before) < 0 || before == '”' || before == '"';
    }

    /** A superscript footnote number printed as a plain digit after a word: 权益 1。 / 地区分布 4. */
    private static boolean isGluedFootnote(String s, NumberToken t, Qualifiers.Prefix prefix) {
        if (!t.isSmallInteger() || prefix.qualifier() != Qualifier.NONE) {
            return false;
        }
        char before = Chars.charAt(s, t.start() - 1);
        boolean afterWord = Chars.isHan(before) && INTRODUCERS.indexOf(before) < 0 || "”’」》)）".indexOf(before) >= 0
                && before != '\0';
        char after = Chars.charAt(s, t.end());
        boolean wordEnds = after == '\0' || after == ' ' || Chars.isHan(after) || "。，；：！？、)）”".indexOf(after) >= 0;
        return afterWord && wordEnds;
    }

    /** 01-05、11、12单元: numbers in a list that ends in a room or unit word. */
    static boolean isAddressList(String s, int from) {
        int i = from;
        boolean sawNumber = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Chars.isDigit(c)) {
                sawNumber = true;
            } else if (c != '、' && c != '-' && c != ',' && c != '，') {
                break;
            }
            i++;
        }
        return sawNumber && i > from && startsWithAny(s, i, ADDRESS_WORDS);
    }

    private static boolean afterRankWord(String s, int start) {
        int from = Math.max(0, start - 12);
        for (int i = start - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '，' || Chars.isClauseEnd(c)) {
                return false;
            }
            for (String word : RANK_WORDS) {
                if (s.startsWith(word, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, int end, String[] words) {
        for (String word : words) {
            if (Chars.endsAt(s, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, int at, String[] words) {
        return startingWord(s, at, words) != null;
    }

    private static String startingWord(String s, int at, String[] words) {
        for (String word : words) {
            if (s.startsWith(word, at)) {
                return word;
            }
        }
        return null;
    }
}
