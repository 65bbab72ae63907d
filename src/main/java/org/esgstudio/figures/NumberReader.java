package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns each number token into a mention: its qualifier, unit and suffix words, a range (20-35岁, 4% 至 5%) or a
 * hyphenated code (305-1, 2-29), and its kind — a figure unless {@link ContextRules} or {@link LatinWords} say
 * otherwise. Chinese numerals count only with a measure word (两次, 九项, 近十万户), after 第, or before 大 (九大企业);
 * a lone 一 or 二 is an article or "secondary" (一项举措, 二次起火), never a count.
 */
final class NumberReader {
    private NumberReader() {
    }

    static List<MentionDraft> read(String s, List<NumberToken> tokens, boolean[] claimed) {
        List<MentionDraft> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            NumberToken t = tokens.get(k);
            if (!SpecialSpans.isClaimed(claimed, t.start(), t.end())) {
                readOne(s, t, tokens, k, claimed, out);
            }
        }
        return out;
    }

    private static void readOne(String s, NumberToken t, List<NumberToken> tokens, int k, boolean[] claimed,
                                List<MentionDraft> out) {
        if (t.chinese() && Chars.endsAt(s, t.start(), "百分之")) {
            Qualifiers.Prefix prefix = Qualifiers.before(s, t.start() - 3);
            MentionDraft d = MentionDraft.of(prefix.start(), t.end(), t, MentionKind.PERCENT);
            d.unit = "%";
            d.qualifier = prefix.qualifier();
            add(d, claimed, out);
            return;
        }
        Qualifiers.Prefix prefix = Qualifiers.before(s, t.start());
        if (SpecialSpans.isClaimed(claimed, prefix.start(), t.start())) {
            prefix = new Qualifiers.Prefix(Qualifier.NONE, t.start());
        }
        UnitMatch u = UnitReader.read(s, t);
        if (SpecialSpans.isClaimed(claimed, t.end(), u.end())) {
            // what follows belongs to a date, code or name found before: the number stands alone
            u = new UnitMatch(t.end(), "", Qualifier.NONE, null, false);
        }
        if (readRange(s, t, u, prefix, tokens, k, claimed, out)) {
            return;
        }
        if (t.chinese() && !chineseCounts(s, t, u, prefix)) {
            return;
        }
        char before = Chars.charAt(s, t.start() - 1);
        if (!t.chinese() && !(t.isYearLike() && !Chars.isAsciiLetter(before)) && LatinWords.touchesLetters(s, t, u)) {
            LatinWords.read(s, t, claimed).forEach(out::add);
            return;
        }
        ContextRules.Verdict verdict = ContextRules.classify(s, t, u, prefix);
        if (verdict != null) {
            MentionDraft d = MentionDraft.of(verdict.start(), verdict.end(), t, verdict.kind());
            d.unit = verdict.unit() != null ? verdict.unit() : u.unit();
            add(d, claimed, out);
            return;
        }
        MentionDraft d = MentionDraft.of(prefix.start(), u.end(), t, MentionKind.FIGURE);
        d.unit = u.unit();
        d.qualifier = Qualifiers.combine(prefix.qualifier(), u.qualifier());
        if (t.vague()) {
            d.qualifier = Qualifier.APPROX;
        }
        if (u.threshold() != null) {
            d.kind = MentionKind.THRESHOLD;
            d.qualifier = u.threshold();
        } else if (u.percent()) {
            d.kind = MentionKind.PERCENT;
        } else if (u.points()) {
            d.kind = MentionKind.PERCENT_POINTS;
        }
        if (prefix.qualifier() == Qualifier.NONE && before == '-' && isSignPosition(s, t.start() - 1)) {
            d.start = t.start() - 1;
            d.value = d.value.negate();
        }
        add(d, claimed, out);
    }

    /** A minus sign, not a hyphen: at the start, after a space, an opening bracket or a colon. */
    private static boolean isSignPosition(String s, int minus) {
        char c = Chars.charAt(s, minus - 1);
        return minus == 0 || c == ' ' || c == '(' || c == ':' || c == '为';
    }

    /** 20-35岁, 1-3天, 4%至5%, 三至五年 → RANGE; 305-1, 2-29 (no unit on either side) → CODE or an address. */
    private static boolean readRange(String s, NumberToken t, UnitMatch u, Qualifiers.Prefix prefix,
                                     List<NumberToken> tokens, int k, boolean[] claimed, List<MentionDraft> out) {
        if (u.threshold() != null || k + 1 >= tokens.size()) {
            return false;
        }
        int at = u.end();
        if (Chars.charAt(s, at) == ' ') {
            at++;
        }
        char sep = Chars.charAt(s, at);
        boolean dash = sep == '-' || sep == '~' || sep == '—';
        boolean to = sep == '至' || sep == '到';
        if (!dash && !to) {
            return false;
        }
        int next = at + 1;
        if (Chars.charAt(s, next) == ' ') {
            next++;
        }
        NumberToken t2 = tokens.get(k + 1);
        if (t2.start() != next || t2.chinese() != t.chinese()
                || SpecialSpans.isClaimed(claimed, t2.start(), t2.end())) {
            return false;
        }
        UnitMatch u2 = UnitReader.read(s, t2);
        if (sep == '-' && u.isEmpty() && u2.isEmpty()) {
            boolean address = ContextRules.isAddressList(s, u2.end())
                    || s.startsWith("单元", u2.end()) || s.startsWith("室", u2.end());
            MentionKind kind = address ? MentionKind.ADDRESS : MentionKind.CODE;
            add(MentionDraft.of(t.start(), u2.end(), t, kind), claimed, out);
            return true;
        }
        char beforeRange = Chars.charAt(s, prefix.start() - 1);
        boolean ranged = dash ? !(u.isEmpty() && u2.isEmpty()) || sep == '~'
                : !u2.isEmpty() && beforeRange != '由' && beforeRange != '从';
        if (!ranged) {
            return false;
        }
        MentionDraft d = MentionDraft.of(prefix.start(), u2.end(), t, MentionKind.RANGE);
        d.unit = u2.isEmpty() ? u.unit() : u2.unit();
        d.upper = t2.value();
        d.qualifier = prefix.qualifier();
        add(d, claimed, out);
        return true;
    }

    /** Whether a Chinese numeral is a count here, or just part of a word. */
    private static boolean chineseCounts(String s, NumberToken t, UnitMatch u, Qualifiers.Prefix prefix) {
        String numeral = s.substring(t.start() + (t.vague() ? 1 : 0), t.end() - t.scale().length());
        char before = Chars.charAt(s, t.start() - 1);
        if (before == '第') {
            return true;
        }
        if ((numeral.equals("一") || numeral.equals("二")) && t.scale().isEmpty()) {
            return false;
        }
        boolean qualified = prefix.qualifier() != Qualifier.NONE;
        if (numeral.isEmpty() && !(prefix.qualifier() == Qualifier.NEAR || prefix.qualifier() == Qualifier.OVER
                || prefix.qualifier() == Qualifier.APPROX)) {
            // 超万亿元, 近亿条: a scale word alone is a number only after 近, 超, 逾, 约
            return false;
        }
        boolean bareHundredOrThousand = numeral.equals("百") || numeral.equals("千");
        if (bareHundredOrThousand && !qualified && u.qualifier() != Qualifier.PLUS && !t.vague()) {
            return false;
        }
        boolean countsBig = u.isEmpty() && Chars.charAt(s, t.end()) == '大' && Chars.isHan(Chars.charAt(s, t.end() + 1));
        return !u.isEmpty() || countsBig;
    }

    private static void add(MentionDraft d, boolean[] claimed, List<MentionDraft> out) {
        SpecialSpans.claim(claimed, d.start, d.end);
        out.add(d);
    }
}
