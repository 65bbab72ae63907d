package org.esgstudio.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads change statements (numbers.md §3): the verb before a figure gives its direction (同比增长 12%, 降低 5 个百分点,
 * 降幅 1.3%, 缩短1.9天), "提升至 86.67%" is a level (NONE), and a year written as the comparison (较2022年, 同比2022年,
 * 2019年的基础上) is the base year. In a "respectively" list (同比增长 225.7%，169.1% 和 91.5%) each following figure of
 * the same kind takes the direction of the first.
 */
final class ChangeReader {
    private static final List<String> INCREASE = List.of("增长率", "增长", "增加", "增幅", "提升", "提高", "上升", "上涨", "涨幅",
            "攀升", "跃升", "扩大", "净增", "比增", "增速", "多出");
    private static final List<String> DECREASE = List.of("下降", "降低", "减少", "下滑", "缩短", "降幅", "减幅", "缩减", "压降",
            "压减", "压缩", "回落", "下跌", "比降", "比减");
    private static final Pattern BASE_YEAR = Pattern.compile(
            "(?:(?:较|比|相比|同比|对比|相较|与)于?((?:19|20)\\d{2})\\s?年)|(?:((?:19|20)\\d{2})\\s?年(?:的)?(?:基础上|基准|水平))");
    private static final int LOOK_BACK = 40;

    private ChangeReader() {
    }

    static void apply(String s, List<MentionDraft> drafts) {
        MentionDraft previous = null;
        for (MentionDraft d : drafts) {
            if (!d.kind.isFigure()) {
                previous = null;
                continue;
            }
            int verbEnd = skipBack(s, d.start);
            Direction direction = verbBefore(s, verbEnd);
            if (direction != Direction.NONE) {
                d.direction = direction;
                d.baseYear = baseYear(s, verbEnd);
            } else if (previous != null && previous.direction != Direction.NONE && previous.kind == d.kind
                    && onlyListSeparators(s, previous.end, d.start)) {
                d.direction = previous.direction;
                d.baseYear = previous.baseYear;
            }
            previous = d;
        }
    }

    /** From a mention's start, back over 了, 为 and spaces to where a verb would end. */
    private static int skipBack(String s, int start) {
        int i = start;
        while (i > 0 && "了为 ".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static Direction verbBefore(String s, int end) {
        char last = Chars.charAt(s, end - 1);
        if (last == '至' || last == '到') {
            return Direction.NONE;
        }
        for (String verb : INCREASE) {
            if (Chars.endsAt(s, end, verb) && !Chars.endsAt(s, end, "新" + verb)) {
                return Direction.INCREASE;
            }
        }
        for (String verb : DECREASE) {
            if (Chars.endsAt(s, end, verb)) {
                return Direction.DECREASE;
            }
        }
        return Direction.NONE;
    }

    /** The last comparison year written before the verb, in the same sentence. */
    private static Integer baseYear(String s, int verbEnd) {
        int from = verbEnd;
        int limit = Math.max(0, verbEnd - LOOK_BACK);
        while (from > limit && !Chars.isClauseEnd(s.charAt(from - 1))) {
            from--;
        }
        Matcher m = BASE_YEAR.matcher(s).region(from, verbEnd);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return year;
    }

    private static boolean onlyListSeparators(String s, int from, int to) {
        if (to < from || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("，,、和及与或 以".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
