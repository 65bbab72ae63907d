package org.esgstudio.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are not figures and span several tokens, found by pattern before single numbers are read
 * (numbers.md §5–§11): links, standard and disclosure codes, circular and article numbers, phone numbers and
 * postcodes, dates and day names (3·15, "3.15", 618购物节), years and year ranges, and names built from numbers
 * (7*24小时, "5+5", 1对1, TOP20, 500强, 十四五, 三道防线 …), and list enumerators. What they cover is claimed, so that
 * no figure is read inside them.
 *
 * <p>Each pattern is tried only where a match can start (the start of a digit run, a Chinese numeral, a Latin word or
 * a given character), with {@link Matcher#lookingAt()}: scanning the whole text once per pattern costs far more.
 */
final class SpecialSpans {
    private static final String CN = "零〇一二两三四五六七八九十百千";
    private static final String MONTH = "(1[0-2]|0?[1-9])";
    private static final String DAY = "(3[01]|[12]\\d|0?[1-9])";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String UNIT_AHEAD = "(?![\\d,.%万亿元人名位家户次个项件通条场笔])";
    private static final String QUOTES = "“\"‘「『";

    /** Where a pattern's match can start. */
    private enum Anchor {
        DIGITS, NUMERAL, WORD, CHARS, ANYWHERE
    }

    /**
     * One pattern: where it can start (and which characters, for CHARS and ANYWHERE), the kind it marks (null: claim
     * without a mention), the group that is the mention, the group of a range end, and a check on the match.
     */
    private record Rule(Anchor anchor, String chars, Pattern pattern, MentionKind kind, int group, int upperGroup,
                        Predicate<Matcher> valid, String needs, String firsts) {
        Rule upTo(int upper, Predicate<Matcher> check) {
            return new Rule(anchor, chars, pattern, kind, group, upper, check, needs, firsts);
        }

        /** The text must hold one of these characters for the rule to be tried (年 for years, 月 for months …). */
        Rule needing(String characters) {
            return new Rule(anchor, chars, pattern, kind, group, upperGroup, valid, characters, firsts);
        }

        /** A match starts with one of these characters (years with 1 or 2): a cheap test before the pattern. */
        Rule startingWith(String characters) {
            return new Rule(anchor, chars, pattern, kind, group, upperGroup, valid, needs, characters);
        }
    }

    private static Rule rule(Anchor anchor, String chars, String regex, MentionKind kind, int group) {
        return new Rule(anchor, chars, Pattern.compile(regex), kind, group, 0, m -> true,
                anchor == Anchor.CHARS || anchor == Anchor.ANYWHERE ? chars : "", "");
    }

    private static Rule digits(String regex, MentionKind kind) {
        return rule(Anchor.DIGITS, "", regex, kind, 0);
    }

    private static final List<Rule> RULES = List.of(
            // links and e-mail addresses carry digits and dots that are no numbers (§10)
            rule(Anchor.CHARS, "wWhH", "(?i)(?:https?://|www\\.)[A-Za-z0-9./\\-_?=&%#~:+]+", null, 0),
            rule(Anchor.ANYWHERE, "@", "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+", null, 0),
            // standards and disclosure codes (§9): GB/T 2589-2020, CJ164-2022, ISO 14001, GRI 305-1, E.1.1
            rule(Anchor.WORD, "", "(?<![A-Za-z])[A-Z]{1,5}(?:/[A-Z]{1,2})?\\s?\\d+(?:\\.\\d+)*(?:-\\d+)?[-:]"
                    + "(?:19|20)\\d{2}"
                    + "(?!\\d)", MentionKind.CODE, 0),
            rule(Anchor.WORD, "", "(?:GB/[TZ]|GB|ISO/IEC|ISO|IEC|HJ/T|HJ|JR/T|IFRS|IAS|GRI)\\s?\\d+(?:[.\\-]\\d+)*",
                    MentionKind.CODE, 0),
            rule(Anchor.WORD, "", "[A-Z]\\.\\d+(?:\\.\\d+)+(?!\\d)", MentionKind.CODE, 0),
            digits(YEAR + "[./-]" + MONTH + "[./-]" + DAY + "(?![\\d.])", MentionKind.DATE).needing("./-")
                    .startingWith("12"),
            digits("(?<!\\.)\\d+\\.\\d+\\.\\d+(?:\\.\\d+)*(?!\\d)", MentionKind.CODE).needing("."),
            // circular and article numbers: 〔2024〕5 号, 第六十二条
            rule(Anchor.CHARS, "〔[【(", "[〔\\[【(]\\s?(?:19|20)\\d{2}\\s?[〕\\]】)]\\s?第?\\s?\\d+\\s?号",
                    MentionKind.CODE, 0),
            rule(Anchor.CHARS, "第", "第\\s?[\\d" + CN + "]+\\s?[条款章节](?![件例约])", MentionKind.CODE, 0),
            // contact data (§10)
            rule(Anchor.CHARS, "电热客传拨Tt手", "(?:电话|热线|客服|传真|拨打|Tel|TEL|tel|手机)[^\\d。；\\n，,]{0,6}?:?\\s?("
                    + "(?:\\+?86[-\\s]?)?(?:\\d{3,4}-)?\\d{5,8}(?:-\\d{1,4})?(?:转\\d{1,4})*)" + UNIT_AHEAD,
                    MentionKind.PHONE, 1),
            digits("(?<!-)0\\d{2,3}-\\d{7,8}(?:-\\d{1,4})?(?!\\d)", MentionKind.PHONE).needing("-").startingWith("0"),
            digits("(?<![,.])(?:95\\d{3}|96\\d{3}|400-?\\d{3}-?\\d{4}|800-?\\d{3}-?\\d{4})(?:转\\d{1,4})*" + UNIT_AHEAD,
                    MentionKind.PHONE).startingWith("948"),
            digits("1[3-9]\\d{9}(?!\\d)", MentionKind.PHONE).startingWith("1"),
            rule(Anchor.CHARS, "邮", "(?:邮编|邮政编码)\\s?:?\\s?(\\d{6})(?!\\d)", MentionKind.POSTCODE, 1),
            // dates (§8)
            digits("(?<![.,])" + YEAR + "\\s?年\\s?" + MONTH + "\\s?(?:-\\s?" + MONTH + "\\s?)?月(?:\\s?" + DAY
                    + "\\s?[日号])?", MentionKind.DATE).needing("年").startingWith("12"),
            digits("(?<![.,])" + MONTH + "\\s?(?:-\\s?" + MONTH + "\\s?)?月(?:\\s?" + DAY + "\\s?[日号])?(?!份额)",
                    MentionKind.DATE).upTo(2, m -> true).needing("月"),
            digits("(?<![.,])" + DAY + "\\s?日(?![均常益照])", MentionKind.DATE).needing("日"),
            digits("(?<![.:])([01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])", MentionKind.DATE).needing(":"),
            rule(Anchor.NUMERAL, "", "(?<![" + CN + "])(十[一二]?|[一二三四五六七八九])月(?:(三十一?|二?十[一二三四五六七八九]?|"
                    + "[一二三四五六七八九])[日号])?", MentionKind.DATE, 0).needing("月"),
            rule(Anchor.NUMERAL, "", "([〇零一二三四五六七八九]{4})年(?:度)?", MentionKind.YEAR, 0)
                    .upTo(0, SpecialSpans::chineseYear).needing("年").startingWith("一二"),
            digits("([1-9]0)年代", MentionKind.DATE).needing("代"),
            // day names: 3·15, “3.15”, 7.8 全国保险公众宣传日, 618购物节, 78 奋力前行
            digits("(?<!\\.)" + MONTH + "·" + DAY + "(?!\\d)", MentionKind.DATE).needing("·"),
            digits("(?<=[" + QUOTES + "])(1[0-2]|[1-9])\\.(3[01]|[12]\\d|[1-9])(?=[”\"’」』])", MentionKind.DATE)
                    .needing("”\"’」』"),
            digits("(?<![.,])(1[0-2]|[1-9])\\.(3[01]|[12]\\d|[1-9])(?=国际|全国|世界|中国|消费者|保险|宣传|纪念|公益|购物|活动|晚会)",
                    MentionKind.DATE).needing("."),
            digits("(?<![.,])(?:(?:1[0-2]|[1-9])(?:3[01]|[12]\\d|0[1-9])|[1-9][1-9])"
                    + "(?=购物节|大促|狂欢|晚会|奋力|宣传日|消费者权益日|公益日)", MentionKind.DATE).needing("节促狂晚奋宣消公"),
            // years and year ranges: 2024-2026 年, 2023-2024 年度, 2024 年, 2023年度
            digits("(?<![.,])" + YEAR + "\\s?[-~至到—]\\s?" + YEAR + "(?![\\d.])(?:\\s?年(?:度)?)?", MentionKind.YEAR)
                    .upTo(2, m -> Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1))).needing("-~至到—")
                    .startingWith("12"),
            digits("(?<![.,])" + YEAR + "\\s?年(?:度)?", MentionKind.YEAR).needing("年").startingWith("12"),
            // names built from numbers (§7, §11)
            digits("(?<!\\.)\\d{1,2}\\s?[*×xX]\\s?\\d{1,2}(?![\\d.])(?:\\s?小时)?", MentionKind.NAME).needing("*×xX"),
            digits("(?<!\\.)\\d{1,2}\\s?\\+\\s?\\d{1,2}(?![\\d.%])", MentionKind.NAME).needing("+"),
            digits("\\d{1,2}对\\d{1,2}", MentionKind.NAME).needing("对"),
            rule(Anchor.NUMERAL, "", "[一两二三四五六七八九十]对[一两二三四五六七八九十多]", MentionKind.NAME, 0).needing("对"),
            rule(Anchor.CHARS, "Tt", "(?i)(?<![A-Za-z])top\\s?\\d+", MentionKind.NAME, 0),
            digits("(?<![.,])\\d+强", MentionKind.NAME).needing("强"),
            rule(Anchor.NUMERAL, "", "(?:[一二三四五六七八九十]+届)?[一二三四五六七八九]中(?:、[一二三四五六七八九]中)*全会",
                    MentionKind.NAME, 0).needing("全"),
            rule(Anchor.NUMERAL, "", "(?<=[" + QUOTES + "])[一两三四五六七八九十百千万][\\u4e00-\\u9fff]{1,4}(?=[”\"’」』])",
                    MentionKind.NAME, 0).needing("“\"‘「『"),
            // list enumerators: (1), 1．您对本报告…
            rule(Anchor.CHARS, "(", "\\(\\s?\\d{1,2}\\s?\\)", MentionKind.ENUMERATOR, 0),
            digits("(?:^|(?<=[。；;:！？!?\\n]))(\\d{1,2})[.、](?!\\d)", MentionKind.ENUMERATOR).needing(".、"));

    /** Names, plans, slogans and governance jargon written with numerals (§6): never counts. */
    private static final List<String> JARGON = List.of("三道防线", "十四五", "十五五", "十三五", "十二五", "二十大", "十九大",
            "十八大", "五篇大文章", "三会一课", "三会一层", "三重一大", "四责协同", "一岗双责", "三个区分开来", "五个一", "三位一体",
            "四位一体", "五位一体", "一碗汤的距离", "一喷三防", "三年打基础", "五年达转型", "十年显成效", "偿二代二期", "偿二代",
            "一带一路", "两个维护", "两个确立", "四个意识", "四个自信", "两学一做", "三严三实", "一体两翼", "一老一小", "三农",
            "双十一", "百年一遇", "千家万户", "四新");
    private static final Map<Character, List<String>> JARGON_BY_FIRST = new HashMap<>();
    /** For each character some rule needs, 1 + its bit (characters sharing a bit only make a rule run more often). */
    private static final byte[] NEED_BITS = new byte[Character.MAX_VALUE + 1];
    private static final long[] RULE_NEEDS = new long[RULES.size()];
    /** One matcher per rule and thread, reset for each text: making ~30 matchers per text costs more than matching. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> RULES.stream()
            .map(r -> r.pattern().matcher("").useTransparentBounds(true).useAnchoringBounds(false))
            .toArray(Matcher[]::new));

    static {
        int next = 0;
        for (int r = 0; r < RULES.size(); r++) {
            for (char c : RULES.get(r).needs().toCharArray()) {
                if (NEED_BITS[c] == 0) {
                    NEED_BITS[c] = (byte) (1 + next++ % 63);
                }
                RULE_NEEDS[r] |= 1L << NEED_BITS[c];
            }
        }
        for (String word : JARGON) {
            JARGON_BY_FIRST.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
        }
        JARGON_BY_FIRST.values().forEach(words -> words.sort((a, b) -> b.length() - a.length()));
    }

    private SpecialSpans() {
    }

    /** Finds the special spans of {@code s}, marks them in {@code claimed} and returns those that are mentions. */
    static List<MentionDraft> scan(String s, boolean[] claimed) {
        List<MentionDraft> drafts = new ArrayList<>();
        int n = s.length();
        int[] digitStarts = new int[n];
        int[] numerals = new int[n];
        int[] wordStarts = new int[n];
        int digitCount = 0;
        int numeralCount = 0;
        int wordCount = 0;
        long present = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            present |= 1L << NEED_BITS[c];
            char before = i == 0 ? ' ' : s.charAt(i - 1);
            if (Chars.isDigit(c) && !Chars.isDigit(before)) {
                digitStarts[digitCount++] = i;
            } else if (ChineseNumerals.isNumeral(c) || c == '双' || c == '偿') {
                numerals[numeralCount++] = i;
            } else if (Chars.isUpper(c) && !Chars.isAsciiLetter(before)) {
                wordStarts[wordCount++] = i;
            }
        }
        if (digitCount == 0 && numeralCount == 0) {
            return drafts;
        }
        Matcher[] matchers = MATCHERS.get();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            if (RULE_NEEDS[r] != 0 && (present & RULE_NEEDS[r]) == 0) {
                continue;
            }
            Matcher m = matchers[r].reset(s);
            switch (rule.anchor()) {
                case DIGITS -> tryAt(s, rule, m, digitStarts, digitCount, claimed, drafts);
                case NUMERAL -> tryAt(s, rule, m, numerals, numeralCount, claimed, drafts);
                case WORD -> tryAt(s, rule, m, wordStarts, wordCount, claimed, drafts);
                case CHARS -> tryAtChars(s, rule, m, claimed, drafts);
                case ANYWHERE -> {
                    if (s.indexOf(rule.chars()) >= 0) {
                        while (m.find()) {
                            accept(s, rule, m, claimed, drafts);
                        }
                    }
                }
            }
        }
        jargon(s, numerals, numeralCount, claimed, drafts);
        return drafts;
    }

    private static void tryAtChars(String s, Rule rule, Matcher m, boolean[] claimed, List<MentionDraft> drafts) {
        int count = 0;
        int[] at = new int[8];
        for (int i = 0; i < s.length(); i++) {
            if (rule.chars().indexOf(s.charAt(i)) >= 0) {
                if (count == at.length) {
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                at[count++] = i;
            }
        }
        tryAt(s, rule, m, at, count, claimed, drafts);
    }

    private static void tryAt(String s, Rule rule, Matcher m, int[] starts, int count, boolean[] claimed,
                              List<MentionDraft> drafts) {
        int after = 0;
        for (int k = 0; k < count; k++) {
            int at = starts[k];
            if (at < after || claimed[at] || !rule.firsts().isEmpty() && rule.firsts().indexOf(s.charAt(at)) < 0) {
                continue;
            }
            m.region(at, s.length());
            if (m.lookingAt() && accept(s, rule, m, claimed, drafts)) {
                after = m.end();
            }
        }
    }

    private static boolean accept(String s, Rule rule, Matcher m, boolean[] claimed, List<MentionDraft> drafts) {
        int start = m.start(rule.group());
        int end = m.end(rule.group());
        if (start < 0 || !rule.valid().test(m) || isClaimed(claimed, start, end)) {
            return false;
        }
        claim(claimed, start, end);
        if (rule.kind() != null) {
            MentionDraft draft = new MentionDraft(start, end, firstNumber(s.substring(start, end)), rule.kind());
            if (rule.upperGroup() > 0 && m.group(rule.upperGroup()) != null) {
                draft.upper = firstNumber(m.group(rule.upperGroup()));
            }
            drafts.add(draft);
        }
        return true;
    }

    private static void jargon(String s, int[] starts, int count, boolean[] claimed, List<MentionDraft> drafts) {
        int after = 0;
        for (int k = 0; k < count; k++) {
            int i = starts[k];
            List<String> words = i < after || claimed[i] ? null : JARGON_BY_FIRST.get(s.charAt(i));
            if (words == null) {
                continue;
            }
            for (String word : words) {
                if (s.startsWith(word, i) && !isClaimed(claimed, i, i + word.length())) {
                    claim(claimed, i, i + word.length());
                    drafts.add(new MentionDraft(i, i + word.length(), firstNumber(word), MentionKind.NAME));
                    after = i + word.length();
                    break;
                }
            }
        }
    }

    private static boolean chineseYear(Matcher m) {
        Integer year = ChineseNumerals.digitByDigit(m.group(1));
        return year != null && year >= 1900 && year <= 2100;
    }

    static boolean isClaimed(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    static void claim(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) {
            claimed[i] = true;
        }
    }

    /** The first number written in a span: Arabic digits, else a Chinese numeral (a year digit by digit). */
    static BigDecimal firstNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isDigit(text.charAt(i))) {
                int end = i;
                while (end < text.length() && Chars.isDigit(text.charAt(end))) {
                    end++;
                }
                return new BigDecimal(text.substring(i, end));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (ChineseNumerals.isNumeral(text.charAt(i))) {
                int end = i;
                while (end < text.length() && ChineseNumerals.isNumeral(text.charAt(end))) {
                    end++;
                }
                String run = text.substring(i, end);
                Integer year = run.length() == 4 ? ChineseNumerals.digitByDigit(run) : null;
                if (year != null) {
                    return BigDecimal.valueOf(year);
                }
                for (int len = run.length(); len > 0; len--) {
                    BigDecimal value = ChineseNumerals.parse(run.substring(0, len));
                    if (value != null) {
                        return value;
                    }
                }
                return BigDecimal.ZERO;
            }
        }
        return BigDecimal.ZERO;
    }
}
